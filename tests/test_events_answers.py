"""Answered acts, pledged threats, condemnatory descriptions and officials named by their
principal (docs/events.md, docs/actors.md): sentences written for these tests, across
dyads. Each case is (text, expected, unexpected): the events (type, source country,
target country or None) that must and must not be extracted."""

from __future__ import annotations

import pytest

from sentence_events import assert_events

from dragoman.documents.readers import prepare
from dragoman.models import Document


def _result(pipeline, text):
    doc = prepare(Document(id="t", text=text, publication_date="2022-05-10", date_basis="metadata",
                           date_precision="day"))
    (result,) = list(pipeline.process([doc]))
    return result


def _events(pipeline, text):
    return _result(pipeline, text).events


CASES = [
    # a retaliation names the act it answers: it is addressed to that act's doer
    ("China said it would take countermeasures after Washington announced new tariffs.",
     [("THREATEN", "CHN", "USA")], []),
    ("Lithuania imposed sanctions in response to Belarus's decision to expel its diplomats.",
     [("SANCTION", "LTU", "BLR")], []),
    ("India vowed to take countermeasures for what it called a provocative decision by Pakistan.",
     [("THREATEN", "IND", "PAK")], []),
    # a pledge of retaliation is a threat stated now, addressed as a threat is
    ("Seoul pledged to take countermeasures against Tokyo.", [("THREATEN", "KOR", "JPN")], []),
    ("Tokyo imposed export curbs on South Korea on Monday. Seoul pledged to take countermeasures.",
     [("THREATEN", "KOR", "JPN")], []),
    ("Caracas expelled the Colombian ambassador on Monday. Bogota vowed to take reprisals.",
     [("THREATEN", "COL", "VEN")], []),
    # a retaliation said to come is a threat of its owner
    ("Britain expelled Russian diplomats on Monday. Peskov said Moscow's response \"will be coming shortly\".",
     [("THREATEN", "RUS", "GBR")], []),
    ("Israel struck targets in Iran on Friday. Tehran's retaliation will be swift, the foreign ministry said.",
     [("THREATEN", "IRN", "ISR")], []),
    ("Seoul imposed curbs on Japanese imports. \u201cOur response will come soon,\u201d the Japanese minister said.",
     [("THREATEN", "JPN", "KOR")], []),
    ("India banned Chinese apps. Beijing's response will not come soon.", [], [("THREATEN", "CHN", "IND")]),
    # a speaker who calls another party's act unforgivable, illegal, reckless accuses it
    ("Kremlin spokesman Dmitry Peskov said London's accusation against the president was unforgivable.",
     [("ACCUSE", "RUS", "GBR")], []),
    ("Turkey said the Greek deployment on the islands was illegal.", [("ACCUSE", "TUR", "GRC")], []),
    ("The Serbian government called Kosovo's decision illegal.", [("ACCUSE", "SRB", "XKX")], []),
    ("South Korean President Moon Jae-in described the decision by Japan as reckless.",
     [("ACCUSE", "KOR", "JPN")], []),
    ("\u201cThe Moroccan kingdom has never stopped its hostile actions against Algeria,\u201d the Algerian foreign "
     "minister said.", [("ACCUSE", "DZA", "MAR")], []),
    ("Britain expelled Russian diplomats on Monday. Moscow said the expulsions violate international law.",
     [("ACCUSE", "RUS", "GBR")], []),
    # ... but not when the description is negated, nor a witness's, nor of the speaker's own state
    ("Turkey said the Greek deployment on the islands was not illegal.", [], [("ACCUSE", "TUR", "GRC")]),
    ("Residents said the raid by Rwandan troops was barbaric.", [], [("ACCUSE", None, "RWA")]),
    ("The Kenyan government said the ruling by Kenyan judges was illegal.", [], [("ACCUSE", "KEN", "KEN")]),
    ("The Chilean minister said the weather in Lima was terrible.", [], [("ACCUSE", "CHL", "PER")]),
]


@pytest.mark.parametrize("text, expected, unexpected", CASES, ids=[c[0][:40] for c in CASES])
def test_answer_and_condemnation_constructions(pipeline, text, expected, unexpected):
    got = {(e.type, e.source.country, e.target.country if e.target else None) for e in _events(pipeline, text)}
    assert_events(got, expected, unexpected)


def test_the_rules_name_themselves(pipeline):
    (threat,) = [e for e in _events(pipeline, "Seoul pledged to take countermeasures against Tokyo.")
                 if e.type == "THREATEN"]
    assert "pledged-threat" in threat.rule and threat.modality == "asserted"
    (answer,) = [e for e in _events(pipeline, "China said it would take countermeasures after Washington "
                                              "announced new tariffs.") if e.type == "THREATEN"]
    assert "answered-act-doer" in answer.rule
    (accusation,) = [e for e in _events(pipeline, "Turkey said the Greek deployment on the islands was illegal.")
                     if e.type == "ACCUSE"]
    assert "condemnatory-description" in accusation.rule and accusation.trigger.text == "said"


PRINCIPALS = [
    ("Vladimir Putin spoke on Friday. Putin's spokesman, Dmitry Peskov, said the talks were useful.",
     "Dmitry Peskov", "RUS"),
    ("Recep Tayyip Erdogan spoke on Monday. Erdogan's spokesman, Omer Celikbas, said the talks were useful.",
     "Omer Celikbas", "TUR"),
    ("Emmanuel Macron spoke on Monday. Macron's adviser, Pierre Durandal, said the talks were useful.",
     "Pierre Durandal", "FRA"),
]


@pytest.mark.parametrize("text, name, country", PRINCIPALS, ids=[c[1] for c in PRINCIPALS])
def test_an_official_named_by_a_principal_is_of_the_principal_state(pipeline, text, name, country):
    actors = [m.actor for m in _result(pipeline, text).mentions if m.actor and m.actor.name == name]
    assert actors and all(a.country == country and a.sector == "GOV" for a in actors), actors


def test_a_principal_who_holds_no_state_post_gives_no_state(pipeline):
    text = "Mahsa Amini died in September. Amini's lawyer, Saleh Nikbakht, said the report was false."
    actors = [m.actor for m in _result(pipeline, text).mentions if m.actor and m.actor.name == "Saleh Nikbakht"]
    assert all(a.country is None or a.sector != "GOV" for a in actors), actors


SHORT_NAMES = [
    ("Ethiopian Prime Minister Abiy Ahmed spoke on Wednesday. The TPLF \u201chas attacked a military camp\u201d in "
     "the region, Abiy said in a post on Facebook.", "Abiy", "ETH"),
    ("Kenyan President William Ruto spoke on Monday. The talks were useful, Ruto said in a post on Twitter.",
     "Ruto", "KEN"),
    ("Egyptian President Abdel Fattah al-Sisi spoke on Monday. The talks were useful, Sisi said in a statement.",
     "Sisi", "EGY"),
]


@pytest.mark.parametrize("text, word, country", SHORT_NAMES, ids=[c[1] for c in SHORT_NAMES])
def test_a_short_mention_of_a_known_person_is_that_person(pipeline, text, word, country):
    """A one-word mention that is a word of an earlier known person's full name is that
    person, also where the NER calls the word an organisation."""
    actors = [m.actor for m in _result(pipeline, text).mentions if m.text == word]
    assert actors and all(a.country == country and a.sector == "GOV" for a in actors), actors


def test_a_misread_short_name_lets_its_speaker_accuse(pipeline):
    text = SHORT_NAMES[0][0]
    got = {(e.type, e.source.country, e.target.country if e.target else None) for e in _events(pipeline, text)}
    assert ("ACCUSE", "ETH", "ETH") in got, got


def test_a_threat_of_a_later_retaliation_is_made_now(pipeline):
    """The retaliation is to come; the threat is stated now (modality asserted)."""
    for text in ("China said it would take countermeasures after Washington announced new tariffs.",
                 "Ottawa expelled two Indian diplomats. India will take reprisals, the ministry said."):
        threats = [e for e in _events(pipeline, text) if e.type == "THREATEN"]
        assert threats and all(e.modality == "asserted" for e in threats), threats
