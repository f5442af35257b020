"""Constructions of news prose (session 9): an attacked base told by who it hosts, a
deployment told by what the forces were sent to fight, a retaliation told by how it was
done, and trade measures that "hit" goods.

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes); each construction is proved on at least three dyads, with
negatives where the rule must stay silent. Keys are (type, source country, source
sector, target country) and, for dyad keys, the target sector.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, dyad_key, events_of, side_key

OCCUPANTS = [
    ("Russia fired missiles at two Syrian bases hosting Turkish troops.",
     [("ASSAULT", "RUS", None, "TUR", "MIL")], [("ASSAULT", "RUS", None, "SYR", None)]),
    ("Al-Shabab fighters stormed a Somali army base hosting Kenyan soldiers.",
     [("ASSAULT", "SOM", "INS", "KEN", "MIL")], [("ASSAULT", "SOM", "INS", "SOM", "MIL")]),
    ("North Korea fired a rocket at a South Korean base hosting American troops.",
     [("ASSAULT", "PRK", None, "USA", "MIL")], [("ASSAULT", "PRK", None, "KOR", "MIL")]),
]


@pytest.mark.parametrize("text,expected,unexpected", OCCUPANTS)
def test_attack_on_a_base_targets_the_forces_it_hosts(pipeline, text, expected, unexpected):
    events = events_of(pipeline, text)
    assert_events([dyad_key(e) for e in events], expected, unexpected)
    assert not [e for e in events if e.type == "COOPERATE"], "the hosting participle describes the base"


def test_a_base_with_no_occupant_stays_the_target(pipeline):
    events = events_of(pipeline, "Hezbollah fired rockets at an Israeli army base.")
    assert ("ASSAULT", "LBN", "INS", "ISR", "MIL") in [dyad_key(e) for e in events]


def test_hosting_told_as_news_is_still_cooperation(pipeline):
    events = events_of(pipeline, "Qatar hosts American troops at Al Udeid.")
    assert "COOPERATE" in [e.type for e in events]


DEPLOYMENTS = [
    ("The base houses French forces deployed to fight jihadists in Mali.", ("MOBILIZE", "FRA", "MIL", "MLI")),
    ("Rwandan soldiers deployed to fight insurgents in Mozambique.", ("MOBILIZE", "RWA", "MIL", "MOZ")),
    ("British soldiers deployed to fight the Taliban in Helmand province.", ("MOBILIZE", "GBR", "MIL", "AFG")),
]


@pytest.mark.parametrize("text,expected", DEPLOYMENTS)
def test_deployment_takes_the_target_of_its_purpose(pipeline, text, expected):
    events = events_of(pipeline, text)
    keys = [side_key(e) for e in events]
    assert expected in keys, keys
    assert not [e for e in events if e.type == "ASSAULT"], "the fight is the purpose, not a stated attack"


def test_a_stated_fight_is_still_an_attack(pipeline):
    events = events_of(pipeline, "French forces fought jihadists in northern Mali.")
    assert "ASSAULT" in [e.type for e in events]


TRADE_HITS = [
    ("And India has retaliated in kind, hitting American almonds and steel, among other goods.",
     ("SANCTION", "IND", None, "USA")),
    ("Canada hit US steel and aluminium with duties of 25 percent.", ("SANCTION", "CAN", None, "USA")),
    ("The European Union targeted American imports worth 3 billion euros.", ("SANCTION", None, "IGO", "USA")),
]


@pytest.mark.parametrize("text,expected", TRADE_HITS)
def test_hitting_goods_is_a_trade_measure(pipeline, text, expected):
    events = events_of(pipeline, text)
    keys = [side_key(e) for e in events]
    assert expected in keys, keys
    assert not [e for e in events if e.type == "ASSAULT"], "no attack: goods were hit"


def test_hitting_positions_is_still_an_attack(pipeline):
    events = events_of(pipeline, "Russian troops hit Ukrainian positions near Bakhmut.")
    assert ("ASSAULT", "RUS", "MIL", "UKR") in [side_key(e) for e in events]


BENEFICIARIES = [
    ("The ambassador cited Turkey's support for membership for Sweden in NATO.", ("SUPPORT", "TUR", None, "SWE")),
    ("Officials welcomed Japan's support for a permanent seat for India on the Security Council.",
     ("SUPPORT", "JPN", None, "IND")),
    ("The envoy praised Brazil's backing for full membership for Palestine at the United Nations.",
     ("SUPPORT", "BRA", None, "PSE")),
]


@pytest.mark.parametrize("text,expected", BENEFICIARIES)
def test_support_for_a_thing_is_for_whom_the_thing_is(pipeline, text, expected):
    keys = [side_key(e) for e in events_of(pipeline, text)]
    assert expected in keys, keys


def test_a_citing_speaker_is_not_the_addressee_of_the_support(pipeline):
    keys = [side_key(e) for e in events_of(
        pipeline, "The Kenyan minister cited Uganda's support for the agreement as the reason for the decision.")]
    assert not [k for k in keys if k[0] == "SUPPORT" and k[3] == "KEN"], keys


def test_a_rejected_demand_is_still_addressed_to_the_one_who_rejects(pipeline):
    keys = [side_key(e) for e in events_of(pipeline, "Pakistan rejected India's demands.")]
    assert ("REQUEST", "IND", None, "PAK") in keys, keys


ROLES = [
    ("Al-Shabab claimed Monday to have killed 30 troops in the Lamu and Mandera attacks, according to the SITE "
     "Intelligence Group which monitors jihadist activities.", ("ASSAULT", "SOM", "INS", "KEN")),
    ("Boko Haram fighters raided a base near Maiduguri. Boko Haram claimed to have killed 42 troops, according to "
     "the SITE Intelligence Group which monitors jihadist activities.", ("ASSAULT", "NGA", "INS", "NGA")),
    ("The Syrian Observatory for Human Rights, which monitors the war, said Russian jets struck Idlib.",
     ("ACCUSE", "SYR", None, "RUS")),
]


@pytest.mark.parametrize("text,expected", ROLES)
def test_a_monitors_standing_role_is_no_accusation(pipeline, text, expected):
    events = events_of(pipeline, text)
    keys = [side_key(e) for e in events]
    assert expected in keys, keys
    assert not [e for e in events if e.source.name == "SITE Intelligence Group"], keys
    assert not [e for e in events if "monitor" in (e.rule or "")], keys


def test_monitoring_done_as_news_stays(pipeline):
    events = events_of(pipeline, "The United Nations monitored the ceasefire between Armenia and Azerbaijan.")
    assert events, "a monitoring told as an act is still read"
