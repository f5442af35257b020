"""Attributed attacks, denials and state boycotts (docs/events.md): sentences written for
these tests, across dyads. Each case is (text, expected, unexpected): the events
(type, source country, target country or None) that must and must not be extracted."""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of


CASES = [
    # a speaker who reports another party's attack accuses it ...
    ("Kenyan officials said Somali militants had attacked the base.",
     [("ACCUSE", "KEN", "SOM"), ("ASSAULT", "SOM", None)], []),
    ("\u201cThe rebels attacked a police post in Mopti,\u201d the Malian defence minister said.",
     [("ACCUSE", "MLI", "MLI")], []),
    ("Armenia said Azerbaijani troops had shelled border villages overnight.",
     [("ACCUSE", "ARM", "AZE")], []),
    # ... but not an act of its own side, and a witness only testifies
    ("Pakistan said its forces had killed ten militants near Wana.", [], [("ACCUSE", "PAK", "PAK")]),
    ("Residents in Goma said M23 fighters had shelled the camp.", [], [("ACCUSE", "COD", "COD")]),
    # a denial answers the story's latest accuser of the denier, and the denied act is not told
    ("Congolese authorities accused Rwanda of supporting the M23. Rwanda has repeatedly denied backing the rebels.",
     [("REJECT", "RWA", "COD")], [("SUPPORT", "RWA", "COD")]),
    ("Peru accused Chile of spying on its navy in March. The Chilean government denied spying on its neighbour.",
     [("REJECT", "CHL", "PER")], []),
    ("Serbia accused Kosovo of arming a militia. Pristina dismissed the claims.", [("REJECT", "XKX", "SRB")], []),
    # a denial nobody made an accusation for has no addressee: no event
    ("Norway denied spying.", [], [("REJECT", "NOR", None)]),
    # a boycott between states is a sanction; a public's boycott stays a protest
    ("Egypt and Jordan have joined Saudi Arabia in boycotting Qatar since 2017.",
     [("SANCTION", "EGY", "QAT"), ("SANCTION", "JOR", "QAT"), ("SANCTION", "SAU", "QAT")],
     [("PROTEST", "EGY", "QAT")]),
    ("Lithuania announced it would boycott Belarus.", [("SANCTION", "LTU", "BLR")], []),
    # a light verb carries the act its object names, even where one of its rows answers
    # another object ("make peace"); a verb that oversees an act does not do it
    ("India made a commitment to Russia to buy more oil.", [("AGREE", "IND", "RUS")], []),
    ("Kenya made a pledge to Somalia that it would keep its troops there.", [("AGREE", "KEN", "SOM")], []),
    ("Chile made a promise to Bolivia that it would reopen the talks.", [("AGREE", "CHL", "BOL")], []),
    ("Norway and Qatar have been monitoring the ceasefire deal between Ethiopia and Eritrea.", [],
     [("AGREE", "NOR", "QAT")]),
    # a retaliation announced with no addressee is addressed to the story's other state ...
    ("Washington imposed new tariffs on Chinese steel on Monday. China said it would take countermeasures.",
     [("THREATEN", "CHN", "USA")], []),
    ("Ottawa expelled two Indian diplomats on Monday. New Delhi warned that the Canadian government would "
     "bear the consequences.", [("THREATEN", "IND", "CAN")], []),
    # sanctions imposed with no target named are on the story's other state
    ("Belarus detained a Polish journalist on Sunday. Poland condemned the arrest. Warsaw is imposing economic "
     "sanctions.", [("SANCTION", "POL", "BLR")], []),
    ("Colombia expelled Venezuelan diplomats. On Monday Venezuela imposed trade sanctions.",
     [("SANCTION", "VEN", "COL")], []),
    # ... but a bare warning about a state of affairs threatens no one
    ("Canada expelled two Indian diplomats on Monday. The Canadian minister cautioned that a lot of work "
     "remained to be done.", [], [("THREATEN", "CAN", "IND")]),
]


def _events(pipeline, text):
    return events_of(pipeline, text)


@pytest.mark.parametrize("text, expected, unexpected", CASES, ids=[c[0][:40] for c in CASES])
def test_diplomacy_constructions(pipeline, text, expected, unexpected):
    got = {(e.type, e.source.country, e.target.country if e.target else None) for e in _events(pipeline, text)}
    assert_events(got, expected, unexpected)


def test_the_attributed_accusation_names_its_rule_and_speech_verb(pipeline):
    events = _events(pipeline, "Kenyan officials said Somali militants had attacked the base.")
    (accusation,) = [e for e in events if e.type == "ACCUSE"]
    assert "attributed-attack" in accusation.rule and accusation.trigger.text == "said"
    assert accusation.cameo == "112"


def test_a_denial_is_a_denial_of_responsibility(pipeline):
    text = "Congolese authorities accused Rwanda of supporting the M23. Rwanda has repeatedly denied backing the rebels."
    (denial,) = [e for e in _events(pipeline, text) if e.type == "REJECT"]
    assert denial.cameo == "016" and "denied-accusation" in denial.rule and denial.sentence_index == 1


RETOLD = [
    ("ELN rebels bombed the police academy in Bogota on Thursday. The attack was the worst to hit the capital "
     "in years.", ("ASSAULT", "COL", "COL")),
    ("Azerbaijani troops shelled Armenian positions near Jermuk on Monday. The attack killed two soldiers.",
     ("ASSAULT", "AZE", "ARM")),
]


@pytest.mark.parametrize("text, expected", RETOLD, ids=[c[0][:40] for c in RETOLD])
def test_a_retold_attack_keeps_the_story_doer(pipeline, text, expected):
    retold = [e for e in _events(pipeline, text) if "story-doer" in e.rule]
    assert [(e.type, e.source.country, e.target.country) for e in retold] == [expected]
    assert retold[0].sentence_index == 1


def test_a_retold_attack_with_no_earlier_attack_is_no_event(pipeline):
    events = _events(pipeline, "Chile and Peru held talks in Lima. The attack was the worst in years.")
    assert not [e for e in events if "story-doer" in e.rule]
