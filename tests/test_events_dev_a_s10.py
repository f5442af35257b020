"""Accusations and attacks told through blame, labels and complaints (session 10, issue
#13): a statement that labels a party a wrongdoer, a complaint of being treated so by a
named agent, a target phrase the parser hung on a reason phrase, and the attack a
statement of blame names.

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes); each construction is proved on at least three dyads, with
negatives where the rule must stay silent. Keys are (type, source country, source
sector, target country) and, for dyad keys, the target sector.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, dyad_key, events_of, side_key


# --- stated-label: "Y said the men were spies" accuses the men (their state)
LABELS = [
    ("Moscow said the expelled British diplomats were spies.", ("ACCUSE", "RUS", "GOV", "GBR")),
    ("Ankara said the detained Greek nationals were terrorists.", ("ACCUSE", "TUR", "GOV", "GRC")),
    ("Iran expelled two German diplomats who Iranian officials said were intelligence agents.",
     ("ACCUSE", "IRN", "GOV", "DEU")),
]


@pytest.mark.parametrize("text,expected", LABELS)
def test_a_reported_label_of_wrongdoing_is_an_accusation(pipeline, text, expected):
    events = events_of(pipeline, text)
    assert_events([side_key(e) for e in events], [expected], [])
    assert any("stated-label" in e.rule for e in events if e.type == "ACCUSE")


@pytest.mark.parametrize("text", [
    "Mexican officials said the detained Guatemalan men were not spies.",   # negated
    "The expelled British diplomats were spies.",                            # the writer's own words
    "Kenyan officials said the Ugandan visitors were free agents.",          # no label of wrongdoing
])
def test_no_label_no_accusation(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if e.type == "ACCUSE"]


# --- complained-treatment: "X complained of being harassed by Y"
COMPLAINTS = [
    ("Venezuelan migrants complain about being harassed and detained by Colombian police.",
     ("ACCUSE", "VEN", "CIV", "COL")),
    ("Pakistani traders complained of being harassed by Afghan border guards.", ("ACCUSE", "PAK", "BUS", "AFG")),
    ("Chinese students complained of being targeted by Australian police.", ("ACCUSE", "CHN", "CIV", "AUS")),
]


@pytest.mark.parametrize("text,expected", COMPLAINTS)
def test_a_complaint_of_treatment_accuses_its_agent(pipeline, text, expected):
    events = events_of(pipeline, text)
    got = [e for e in events if e.type == "ACCUSE" and "complained-treatment" in e.rule]
    assert got, [side_key(e) for e in events]
    assert (got[0].source.country, got[0].target.country) == (expected[1], expected[3])


def test_the_complained_treatment_is_no_act_of_its_own(pipeline):
    events = events_of(pipeline, "Chinese students complained of being targeted by Australian police.")
    assert not [e for e in events if e.type in ("ASSAULT", "COERCE")], [side_key(e) for e in events]


def test_a_complaint_with_no_agent_accuses_no_one_here(pipeline):
    events = events_of(pipeline, "Pakistani traders complained of being harassed at the border.")
    assert not [e for e in events if "complained-treatment" in e.rule]


# --- past-reason-target: "pointed the finger for / over Y at X"
@pytest.mark.parametrize("text,expected", [
    ("Kenyan officials pointed the finger for the massacre at Somali militants.", ("ACCUSE", "KEN", "GOV", "SOM")),
    ("Ukrainian officials have pointed the finger over the blackout at Russia.", ("ACCUSE", "UKR", "GOV", "RUS")),
    ("Indian officials pointed the finger for the riots at Pakistan.", ("ACCUSE", "IND", "GOV", "PAK")),
])
def test_the_target_of_a_pointed_finger_past_a_reason_phrase(pipeline, text, expected):
    assert_events([side_key(e) for e in events_of(pipeline, text)], [expected], [])


def test_a_reason_phrase_does_not_give_its_victim_as_target(pipeline):
    """"sanctions over the attack on Ukraine": the attack's victim is not the sanctioned."""
    events = events_of(pipeline, "The European Union imposed sanctions over the attack on Ukraine.")
    assert not [e for e in events if e.type == "SANCTION" and e.target and e.target.country == "UKR"]


# --- blamed-attack: "Y said X was behind the attack on Z" is also X's attack on Z
BLAMES = [
    ("Pakistan said the attack on the Chinese consulate was the work of the Pakistani Taliban.",
     ("ASSAULT", "PAK", "INS", "CHN")),
    ("The Afghan government said the Haqqani network was responsible for the attack on the Indian embassy.",
     ("ASSAULT", "AFG", "INS", "IND")),
    ("Kenyan officials said al-Shabab was behind the kidnapping of two Cuban doctors.",
     ("ASSAULT", "SOM", "INS", "CUB")),
]


@pytest.mark.parametrize("text,expected", BLAMES)
def test_an_attack_blamed_on_a_party_is_its_attack(pipeline, text, expected):
    events = events_of(pipeline, text)
    keys = [side_key(e) for e in events]
    assert expected in keys, keys
    assert [e for e in events if e.type == "ACCUSE"], "the blame is still the speaker's accusation"


def test_a_blamed_bombing_at_a_police_academy_targets_the_police(pipeline):
    events = events_of(pipeline, "Peruvian officials said the Shining Path was behind a bombing that killed "
                                 "nine cadets at a police training academy in Lima.")
    assert ("ASSAULT", "PER", "INS", "PER", "GOV") in [dyad_key(e) for e in events]


@pytest.mark.parametrize("text", [
    "Al-Shabab was behind the bombing of a Kenyan bus.",                         # the writer's own words
    "Kenyan officials said al-Shabab was behind the protests against Ugandan traders.",  # not an attack
])
def test_no_blamed_attack_without_a_reported_blame_of_an_attack(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if "blamed-attack" in e.rule]


# --- measure-in-force: "the sanctions take effect on Monday, the minister said"
MEASURES = [
    ("The new sanctions on Russia take effect on Monday, the British foreign secretary said.",
     ("SANCTION", "GBR", "GOV", "RUS")),
    ("The tariffs on Mexican steel will go into effect on June 1, the US commerce secretary said.",
     ("SANCTION", "USA", "GOV", "MEX")),
    ("Washington announced sanctions on Caracas. The measures take effect on Friday, the US Treasury Secretary said.",
     ("SANCTION", "USA", "GOV", "VEN")),
]


@pytest.mark.parametrize("text,expected", MEASURES)
def test_a_measure_said_to_come_into_force_is_the_speakers_sanction(pipeline, text, expected):
    events = events_of(pipeline, text)
    # the speaker's sector is the actor resolver's; the event is (type, source state, target state)
    got = [(k[0], k[1], k[3]) for k in (side_key(e) for e in events if "measure-in-force" in e.rule)]
    assert (expected[0], expected[1], expected[3]) in got, [side_key(e) for e in events]


@pytest.mark.parametrize("text", [
    "Moscow's countermeasures take effect today, the British foreign secretary said.",  # another party's measure
    "The new tariffs on Chinese steel will take effect in March.",                         # the writer's own report
    "The new sanctions on Russia were discussed on Monday, the British foreign secretary said.",  # not in force
])
def test_no_measure_in_force_event(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if "measure-in-force" in e.rule]


# --- gerund-object: "approved ejecting South Korea", the gerund misparsed as the name's modifier
GERUNDS = [
    ("The Japanese cabinet formally approved ejecting South Korea from the list.", ("SANCTION", "JPN", "KOR")),
    ("The Turkish parliament approved ejecting Sweden from the pact.", ("SANCTION", "TUR", "SWE")),
    ("The Kenyan government approved funding Somalia.", ("AID", "KEN", "SOM")),
]


@pytest.mark.parametrize("text,expected", GERUNDS)
def test_a_misparsed_gerund_states_its_act_on_the_name(pipeline, text, expected):
    events = events_of(pipeline, text)
    got = [(k[0], k[1], k[3]) for k in (side_key(e) for e in events)]
    assert expected in got, got
    assert ("SUPPORT", expected[1], expected[2]) not in got, "the name is not what was approved"


def test_an_approved_visit_is_no_gerund_act(pipeline):
    events = events_of(pipeline, "The Japanese cabinet approved the visit of South Korean President Yoon.")
    assert not [e for e in events if "gerund-object" in e.rule]
