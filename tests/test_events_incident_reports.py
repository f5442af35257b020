"""Incident reports: violence and protest told the way event notes and wire briefs tell
them (a fronted date and place, an act noun with no named doer, a crowd taking to the
streets). Sentences written for these tests, across many states. Each case is (text,
expected, forbidden): ``expected`` events (type, source country, source sector, target
country or None) must be among what the pipeline extracts; ``forbidden`` ones must not.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of, side_key

from dragoman.documents.readers import prepare
from dragoman.models import Document

DATE = "2022-05-10"


def _events(pipeline, text: str):
    return [side_key(e) for e in events_of(pipeline, text, DATE)]


def _check(pipeline, text, expected, forbidden):
    assert_events(_events(pipeline, text), expected, forbidden)


FRONTED_SUBJECT_CASES = [
    # the subject parsed as one more item of the fronted place list
    ("On 4 March 2021, in Culiacan, Sinaloa, armed men riding in two trucks kidnapped a lawyer outside his office.",
     [("ASSAULT", "MEX", "INS", "MEX")], []),
    ("On 2 May 2021, in Recife, Pernambuco, nurses and doctors staged a protest to demand higher wages.",
     [("PROTEST", "BRA", "CIV", None)], []),
    ("On 9 June 2021, in Bandung, West Java, hundreds of students marched to the governor's office to demand cheaper fuel.",
     [("PROTEST", "IDN", "CIV", None)], []),
]


@pytest.mark.parametrize("text,expected,forbidden", FRONTED_SUBJECT_CASES,
                         ids=[c[0][:50] for c in FRONTED_SUBJECT_CASES])
def test_subject_parsed_into_a_fronted_setting(pipeline, text, expected, forbidden):
    _check(pipeline, text, expected, forbidden)


def test_a_place_of_the_list_is_no_subject(pipeline):
    from dragoman.events.fronted_subjects import fronted_subject

    sdoc = pipeline.nlp("On 3 May 2021, in Medellin, Antioquia, the army clashed with dissidents.")
    verb = next(t for t in sdoc if t.lemma_ == "clash")
    subject = fronted_subject(verb)
    assert subject is None or subject.lower_ != "antioquia"


STREETS_CASES = [
    ("Thousands of farmers took to the streets in Lahore against the new tax.", [("PROTEST", "PAK", "CIV", None)], []),
    ("Students took to the streets in Valparaiso, Chile, to demand free education.", [("PROTEST", "CHL", "CIV", None)], []),
    ("Nurses took to the streets in Nairobi on Monday.", [("PROTEST", "KEN", "CIV", None)], []),
]


@pytest.mark.parametrize("text,expected,forbidden", STREETS_CASES, ids=[c[0][:50] for c in STREETS_CASES])
def test_taking_to_the_streets_is_a_protest(pipeline, text, expected, forbidden):
    _check(pipeline, text, expected, forbidden)


UNNAMED_DOER_CASES = [
    # an act noun told as having happened, no doer named: the unnamed actor of the place
    ("On 9 May 2021, an explosion occurred near the central market in Mogadishu.",
     [("ASSAULT", "SOM", "INS", None)], []),
    ("A blast rocked a mosque in Kunduz, Afghanistan, on Friday.", [("ASSAULT", "AFG", "INS", None)], []),
    ("Observers recorded 14 explosions near Avdiivka, Ukraine, on Tuesday.", [("ASSAULT", "UKR", "INS", None)],
     [("ASSAULT", None, "IGO", None)]),  # who observes an act is not its doer
    ("On 2 April 2021, there was an armed clash in Tumaco, Colombia.", [("ASSAULT", "COL", "INS", None)], []),
    # a device that exploded: its planter when named, else the unnamed actor of the place
    ("A roadside bomb exploded in Kandahar on Sunday.", [("ASSAULT", "AFG", "INS", None)], []),
    ("An IED planted by militants exploded near a police post in Bannu, Pakistan.",
     [("ASSAULT", "PAK", "INS", None)], []),
]


@pytest.mark.parametrize("text,expected,forbidden", UNNAMED_DOER_CASES, ids=[c[0][:50] for c in UNNAMED_DOER_CASES])
def test_act_told_with_no_doer_named(pipeline, text, expected, forbidden):
    _check(pipeline, text, expected, forbidden)


NOT_TOLD_CASES = [
    # an act talked of, spreading or to come, and an act told before, have no unnamed doer here
    "Protests have spread to many cities across Iran.",
    "The government condemned the explosion in Peshawar.",
    "Officials fear clashes in Juba after the vote.",
    "Clashes raged on in Khartoum, Sudan, on Saturday.",
]


@pytest.mark.parametrize("text", NOT_TOLD_CASES, ids=[c[:40] for c in NOT_TOLD_CASES])
def test_act_not_told_as_happening_has_no_unnamed_doer(pipeline, text):
    doc = prepare(Document(id="n", text=text, publication_date=DATE, date_basis="metadata", date_precision="day"))
    (result,) = list(pipeline.process([doc]))
    assert not [e for e in result.events if "unnamed-doer" in e.rule], [e.rule for e in result.events]


ONE_GROUP_CASES = [
    ("On 5 May 2021, in Villa Nueva, Guatemala, there was an armed clash between gang members.",
     [("ASSAULT", "GTM", "INS", "GTM")], []),
    ("A clash between villagers in Bhola, Bangladesh, left five people injured.",
     [("ASSAULT", "BGD", "CIV", "BGD")], []),
    ("On 3 June 2021, clashes between militiamen took place in Bunia, Democratic Republic of Congo.",
     [("ASSAULT", "COD", "INS", "COD")], []),
]


@pytest.mark.parametrize("text,expected,forbidden", ONE_GROUP_CASES, ids=[c[0][:50] for c in ONE_GROUP_CASES])
def test_clash_between_the_parts_of_one_group(pipeline, text, expected, forbidden):
    _check(pipeline, text, expected, forbidden)


BRACKET_CASES = [
    # the divisions a setting's bracket lists give the state of an unnamed actor
    ("On 3 May 2021, gunmen killed two farmers in Kasunyu village (Bwisha, Rutshuru, Nord-Kivu).",
     [("ASSAULT", "COD", "INS", "COD")], []),
    ("On 8 July 2021, hundreds of residents protested in Mandu village (Yesagyo township, Magway region).",
     [("PROTEST", "MMR", "CIV", None)], []),
    ("On 9 June 2021, police detained twelve traders in Ikot Akpan (Abak, Akwa Ibom).",
     [("COERCE", "NGA", "GOV", "NGA")], []),
]


@pytest.mark.parametrize("text,expected,forbidden", BRACKET_CASES, ids=[c[0][:50] for c in BRACKET_CASES])
def test_bracketed_divisions_give_the_setting_state(pipeline, text, expected, forbidden):
    _check(pipeline, text, expected, forbidden)


def test_bracketed_divisions_of_two_states_give_none(nlp):
    from dragoman.events.generic import bracketed_divisions_country

    sdoc = nlp("Talks were held in a border town (Nord-Kivu, Kigali).")
    assert bracketed_divisions_country(next(iter(sdoc.sents))) is None


DIVISION_CASES = [
    # a division named with its kind after it ("Diyala province") is read by its bare name
    ("On 4 May 2021, gunmen attacked a checkpoint near Khalis in Diyala province.", [("ASSAULT", "IRQ", "INS", None)]),
    ("On 5 May 2021, villagers protested near Falam in Falam district.", [("PROTEST", "MMR", "CIV", None)]),
]


@pytest.mark.parametrize("text,expected", DIVISION_CASES, ids=[c[0][:50] for c in DIVISION_CASES])
def test_a_division_named_with_its_kind(pipeline, text, expected):
    got = _events(pipeline, text)
    assert expected[0][:3] in [g[:3] for g in got], got


CROWD_CASES = [
    # the subject of a protest verb no actor rule reads is the protesting public of the place
    ("On 16 February 2021, cadres belonging to six parties staged a demonstration in Pokhara, Nepal.",
     [("PROTEST", "NPL", "CIV", None)], []),
    ("On 2 March 2021, members of several traders' associations held a sit-in in Kumasi, Ghana.",
     [("PROTEST", "GHA", "BUS", None)], []),  # the traders keep their sector
    ("On 7 April 2021, a group led by the neighbourhood committee organised a protest in Omdurman, Sudan.",
     [("PROTEST", "SDN", "CIV", None)], []),
]


@pytest.mark.parametrize("text,expected,forbidden", CROWD_CASES, ids=[c[0][:50] for c in CROWD_CASES])
def test_unread_subject_of_a_protest_is_the_public(pipeline, text, expected, forbidden):
    _check(pipeline, text, expected, forbidden)


def test_soldiers_marching_are_no_crowd(pipeline):
    got = _events(pipeline, "On 1 May 2021, soldiers marched through Bamako, Mali.")
    assert not [e for e in got if e[0] == "PROTEST"], got


DETAINEE_CASES = [
    # people an arrest takes whom no actor rule reads are the public of the place
    ("On 22 May 2021, the military arrested three Rohingya in Buthidaung, Myanmar.", [("COERCE", "MMR", "MIL", "MMR")]),
    ("Police in Lima arrested the suspects on Monday.", [("COERCE", "PER", "GOV", "PER")]),
    ("On 4 April 2021, gendarmes detained eleven Fulani herders near Kaya, Burkina Faso.",
     [("COERCE", "BFA", "GOV", "BFA")]),
]


@pytest.mark.parametrize("text,expected", DETAINEE_CASES, ids=[c[0][:50] for c in DETAINEE_CASES])
def test_unread_detainees(pipeline, text, expected):
    _check(pipeline, text, expected, [])


def test_a_seized_thing_is_no_detainee(pipeline):
    got = _events(pipeline, "Customs officers in Mombasa, Kenya, seized a truck on Friday.")
    assert not [e for e in got if e[0] == "COERCE" and e[3] is not None], got
