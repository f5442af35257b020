"""Visited places (session 12, issue #13): an act noun that is the object of "visit" or
"tour" names a place or a memorial ("visited the Battle of Britain Bunker"), not an act
of the visitor (veto ``visited-place``); the visit itself stays a CONSULT.

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes), on at least three dyads, with negatives.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of


@pytest.mark.parametrize("text,visitor", [
    ("The Australian foreign minister visited the Battle of Kapyong memorial with his South Korean counterpart.",
     "AUS"),
    ("The New Zealand prime minister visited the Battle of Crete memorial with Greek officials.", "NZL"),
    ("The Canadian prime minister visited the Battle of Vimy Ridge memorial with French officials.", "CAN"),
])
def test_a_visited_act_noun_is_a_place_not_an_act(pipeline, text, visitor):
    events = events_of(pipeline, text)
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.rule) for e in events]
    assert [e for e in events if e.type == "CONSULT" and e.source.country == visitor], [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text,expected", [
    ("Pakistani troops launched an attack on the camp.", "ASSAULT"),          # a light verb, not a visit
    ("The Kenyan president attended the summit with Ugandan officials.", "CONSULT"),
])
def test_other_verbs_still_carry_their_act_noun(pipeline, text, expected):
    assert expected in [e.type for e in events_of(pipeline, text)]
