"""A reciprocal act of violence whose subject is two parties joined by "and" ("the army and
JNIM militants clashed") is between them: the first named is the source, the other its
target (``events/rival_groups.py`` ``coordinated_parties``, rule ``coordinated-parties``),
one event rather than two attacks on no one.

Sentences written for these tests, through the real spaCy model and the real pipeline.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of

DATE = "2022-05-10"

PARTY_CASES = [
    ("The Malian army and JNIM militants clashed near Niono.", ("MLI", "MIL"), "Jama'at Nasr al-Islam wal Muslimin"),
    ("Colombian soldiers and ELN rebels fought near Arauca.", ("COL", "MIL"), "ELN"),
    ("Nigerian troops and Boko Haram fighters clashed near Bama.", ("NGA", "MIL"), "Boko Haram"),
]


@pytest.mark.parametrize("text,source,target_name", PARTY_CASES, ids=[c[1][0] for c in PARTY_CASES])
def test_coordinated_parties_fight_each_other(pipeline, text, source, target_name):
    evs = [e for e in events_of(pipeline, text, DATE) if e.type == "ASSAULT"]
    assert len(evs) == 1, [(e.source.name, e.target) for e in evs]
    e = evs[0]
    assert (e.source.country, e.source.sector) == source and e.target is not None
    assert e.target.name == target_name and "coordinated-parties" in e.rule


def test_a_party_under_with_is_the_other_side(pipeline):
    evs = [e for e in events_of(pipeline, "Protesters and students clashed with police in Nairobi.", DATE)
           if e.type == "ASSAULT"]
    assert evs and not any("coordinated-parties" in e.rule for e in evs)
