"""Protests as ACLED's coders tell them (issues #13, #14): the crowd, where it stands,
what it blocks and whom it addresses.

Sentences written for these tests, across many states. Each case is (text, expected,
forbidden) over (type, source country, source sector, target country) keys; a
``None`` target in ``expected`` means the protest names no addressee.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of, side_key

DATE = "2022-05-10"


def _events(pipeline, text: str):
    return [side_key(e) for e in events_of(pipeline, text, DATE)]


def _protest_targets(pipeline, text: str):
    return [(e.target.country, e.target.name) if e.target else None
            for e in events_of(pipeline, text, DATE) if e.type == "PROTEST"]


SITE_CASES = [
    # the name of a road a crowd blocks is no addressee
    "Truck drivers blocked the Quito-Latacunga highway in Ecuador to protest against fuel prices.",
    "Farmers blocked the Nakuru-Eldoret highway in Kenya to demand better maize prices.",
    "Residents blocked the Jalan Sudirman road in Jakarta to protest against power cuts.",
    # a shop or a hall a crowd rallies at is where, not whom
    "Nurses rallied outside the Mombasa Trade Centre in Kenya to demand unpaid allowances.",
    "Students picketed at the Coimbra Sports Pavilion in Portugal to demand lower fees.",
    # a law or a measure a crowd opposes names no party
    "Teachers marched in Accra against the new Education Service Law.",
    "Hundreds of shopkeepers protested in Lahore against the Punjab Property Tax.",
]


@pytest.mark.parametrize("text", SITE_CASES, ids=[c[:40] for c in SITE_CASES])
def test_site_route_or_measure_is_no_protest_target(pipeline, text):
    targets = _protest_targets(pipeline, text)
    assert targets and all(t is None for t in targets), targets


ADDRESSED_CASES = [
    # a party the protest is against stays its addressee
    ("Demonstrators in Nairobi protested against the Kenyan government.", ("PROTEST", "KEN", "CIV", "KEN")),
    ("Students in Manila chanted anti-American slogans.", ("PROTEST", "PHL", "CIV", "USA")),
]


@pytest.mark.parametrize("text,expected", ADDRESSED_CASES, ids=[c[0][:40] for c in ADDRESSED_CASES])
def test_named_party_stays_protest_target(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [])


BRACKETED_PLACE_CASES = [
    # a place told with its divisions in a bracket: the bracket's state decides
    ("On 3 May 2022, around 60 nurses protested in Boa Vista (Roraima) over unpaid wages.",
     ("PROTEST", "BRA", "CIV", None)),
    ("On 3 May 2022, around 200 miners protested in Dimitrovgrad (Haskovo) over the closure of their plant.",
     ("PROTEST", "BGR", "CIV", None)),
    ("On 3 May 2022, dozens of farmers protested in Santa Rosa (La Pampa) against export duties.",
     ("PROTEST", "ARG", "CIV", None)),
]


@pytest.mark.parametrize("text,expected", BRACKETED_PLACE_CASES, ids=[c[0][:50] for c in BRACKETED_PLACE_CASES])
def test_bracketed_divisions_give_the_protesters_state(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [])


HUNG_PURPOSE_CASES = [
    # "gathered in a square to demand": the infinitive hung on the place is the crowd's purpose
    ("On 4 May 2022, in Kisumu, Kenya, teachers gathered in a park to demand their arrears.",
     ("PROTEST", "KEN", "CIV", None)),
    ("On 4 May 2022, in Harare, Zimbabwe, vendors gathered in a square to denounce the evictions.",
     ("PROTEST", "ZWE", "CIV", None)),
    ("On 4 May 2022, in Chittagong, Bangladesh, garment workers gathered in front of the factory to demand bonuses.",
     ("PROTEST", "BGD", "CIV", None)),
]


@pytest.mark.parametrize("text,expected", HUNG_PURPOSE_CASES, ids=[c[0][:50] for c in HUNG_PURPOSE_CASES])
def test_purpose_hung_on_the_place_is_a_protest(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [])


def test_gathering_at_a_place_to_celebrate_is_no_protest(pipeline):
    got = _events(pipeline, "On 4 May 2022, in Lusaka, Zambia, fans gathered in a stadium to celebrate the win.")
    assert not [e for e in got if e[0] == "PROTEST"], got


def test_place_with_a_subject_clause_is_no_purpose(pipeline):
    got = _events(pipeline, "On 4 May 2022, in Accra, Ghana, tourists gathered in a hall where guides demand tips.")
    assert not [e for e in got if e[0] == "PROTEST"], got
