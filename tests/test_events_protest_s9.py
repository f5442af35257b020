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


COUNTED_CROWD_CASES = [
    # a subject that only counts the crowd is the public of the place
    ("On 5 May 2022, around 2,000 demonstrated in Leipzig against the war.", ("PROTEST", "DEU", "CIV", None)),
    ("On 5 May 2022, hundreds gathered in Mosul to demand clean water.", ("PROTEST", "IRQ", "CIV", None)),
    ("On 5 May 2022, roughly 300 marched in Valparaiso, Chile, to denounce pension cuts.", ("PROTEST", "CHL", "CIV", None)),
]


@pytest.mark.parametrize("text,expected", COUNTED_CROWD_CASES, ids=[c[0][:50] for c in COUNTED_CROWD_CASES])
def test_counted_crowd_is_the_public(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [])


def test_counted_soldiers_are_no_public(pipeline):
    got = _events(pipeline, "On 5 May 2022, hundreds of soldiers gathered in Mosul to defend the bridge.")
    assert not [e for e in got if e[0] == "PROTEST"], got


PROTESTERS_GATHERING_CASES = [
    # protesters who gather or march protest, with no purpose said
    ("On 6 May 2022, demonstrators gathered in Toulouse. They denounced the reform.", ("PROTEST", "FRA", "CIV", None)),
    ("On 6 May 2022, protesters marched in Kampala on Friday.", ("PROTEST", "UGA", "CIV", None)),
    ("On 6 May 2022, demonstrators assembled in Rosario, Argentina.", ("PROTEST", "ARG", "CIV", None)),
]


@pytest.mark.parametrize("text,expected", PROTESTERS_GATHERING_CASES, ids=[c[0][:50] for c in PROTESTERS_GATHERING_CASES])
def test_protesters_gathering_is_a_protest(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [])


def test_fans_gathering_is_no_protest(pipeline):
    got = _events(pipeline, "On 6 May 2022, fans gathered in Kampala on Friday.")
    assert not [e for e in got if e[0] == "PROTEST"], got


EMBASSY_SETTING_CASES = [
    # the state an embassy represents is not where its protesters are
    ("On 7 May 2022, students protested outside the Chinese consulate in Almaty.", ("PROTEST", "KAZ", "CIV", None)),
    ("On 7 May 2022, activists demonstrated outside the Iranian embassy in Baku.", ("PROTEST", "AZE", "CIV", None)),
    ("On 7 May 2022, dozens of students gathered outside the Turkish embassy in Athens to protest.",
     ("PROTEST", "GRC", "CIV", None)),
]


@pytest.mark.parametrize("text,expected", EMBASSY_SETTING_CASES, ids=[c[0][:50] for c in EMBASSY_SETTING_CASES])
def test_embassy_protesters_are_of_the_host_state(pipeline, text, expected):
    got = _events(pipeline, text)
    assert [e for e in got if e[0] == "PROTEST" and e[1] == expected[1]], got


TOPIC_STATE_CASES = [
    # a state named whole in what the protest is about does not outweigh the town it is held in
    ("On 8 May 2022, around 80 people demonstrated in Tubingen to call for a ceasefire in Yemen.",
     ("PROTEST", "DEU", "CIV", None)),
    ("On 8 May 2022, about 60 people rallied in Draguignan against the war in Ukraine.",
     ("PROTEST", "FRA", "CIV", None)),
    ("On 8 May 2022, some 50 people marched in Uppsala to demand aid for Afghanistan.",
     ("PROTEST", "SWE", "CIV", None)),
]


@pytest.mark.parametrize("text,expected", TOPIC_STATE_CASES, ids=[c[0][:50] for c in TOPIC_STATE_CASES])
def test_topic_state_does_not_outweigh_the_protest_town(pipeline, text, expected):
    got = _events(pipeline, text)
    assert [e for e in got if e[0] == "PROTEST" and e[1] == expected[1] and e[2] == "CIV"], got
