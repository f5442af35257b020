"""Punishment warnings (issue #13, session 12, dev-b): a speaker's word that a party will be
punished ("will face justice", "will not go unpunished", "will be brought to justice",
"will be held accountable", "will pay a heavy price") is THREATEN from the speaker to that
party; "they", "those responsible" or "this crime" stand for the party the story last
held to blame.

Sentences written for these tests. Each case is (text, expected, forbidden) over
(type, source country, source sector, target country, target sector).
"""

from __future__ import annotations

import pytest

from sentence_events import assert_dyad_events, events_of_type

DATE = "2022-05-10"

WARNING_CASES = [
    # the act itself stands for its doer, from the story's latest attack
    ("Gunmen killed 12 soldiers near Gao on Sunday. \"This crime will not go unpunished,\" the Malian defence "
     "minister said.", [("THREATEN", "MLI", "GOV", "MLI", "INS")], []),
    # "the perpetrators" in a reported clause
    ("Al-Shabab militants bombed a market in Mogadishu. The Somali interior minister said the perpetrators "
     "would be brought to justice.", [("THREATEN", "SOM", "GOV", "SOM", "INS")], []),
    # "they" after "those responsible", the story's accused party
    ("Britain accused Russia of the poisoning in Salisbury. “We will find those responsible, and they will "
     "face justice,” the British prime minister said.", [("THREATEN", "GBR", "GOV", "RUS", None)], []),
    # "those responsible" held accountable
    ("Pakistan accused India of shelling villages in Kashmir. \"Those responsible will be held accountable,\" "
     "the Pakistani foreign minister said.", [("THREATEN", "PAK", "GOV", "IND", None)], []),
    # a named party punished
    ("“Boko Haram will pay a heavy price for this attack,” the Nigerian army chief said.",
     [("THREATEN", "NGA", "MIL", "NGA", "INS")], []),
]

NO_WARNING_CASES = [
    # the writer's own words threaten no one
    ("Gunmen killed 12 soldiers near Gao on Sunday. The attackers will face justice.",
     [], [("THREATEN", "MLI", "GOV", "MLI", "INS")]),
    # a speaker's own side is not what it threatens
    ("Gunmen killed 12 soldiers near Gao on Sunday. \"We will not go unpunished,\" the rebel commander said.",
     [], [("THREATEN", "MLI", "INS", "MLI", "INS")]),
    # no warning of what will come: a past trial is no threat
    ("Al-Shabab militants bombed a market in Mogadishu. The Somali minister said the perpetrators faced justice.",
     [], [("THREATEN", "SOM", "GOV", "SOM", "INS")]),
    # negated: "will not face justice" warns of nothing
    ("Gunmen killed 12 soldiers near Gao. \"They will not face justice,\" the Malian defence minister said.",
     [], [("THREATEN", "MLI", "GOV", "MLI", "INS")]),
]

CASES = WARNING_CASES + NO_WARNING_CASES


@pytest.mark.parametrize("text,expected,forbidden", CASES, ids=[c[0][:50] for c in CASES])
def test_punishment_warnings(pipeline, text, expected, forbidden):
    assert_dyad_events(pipeline, text, DATE, expected, forbidden)


def test_warning_is_asserted_and_named(pipeline):
    events = events_of_type(pipeline, "Gunmen killed 12 soldiers near Gao on Sunday. \"This crime will not "
                            "go unpunished,\" the Malian defence minister said.", "THREATEN", DATE)
    assert events and all(e.modality == "asserted" and "punishment-warning" in e.rule for e in events)
