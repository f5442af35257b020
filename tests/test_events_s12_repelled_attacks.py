"""An attack told by the side that repelled it ("X engaged in an offensive ... but were
repulsed by Y") is X's attack on Y (``events/repelled_attacks.py``, rule
``repelled-attacker``), not Y's act against no one.

Sentences written for these tests, through the real spaCy model and the real pipeline.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of

DATE = "2022-05-10"

REPELLED_CASES = [
    ("Russian forces engaged in an offensive near Oleksandrivka, but were repulsed by Ukrainian forces.",
     "RUS", "UKR"),
    ("Armenian troops tried to advance towards Lachin but were repelled by Azerbaijani forces.", "ARM", "AZE"),
]


@pytest.mark.parametrize("text,source,target", REPELLED_CASES, ids=[c[1] for c in REPELLED_CASES])
def test_repelled_attacker_is_the_source(pipeline, text, source, target):
    evs = [e for e in events_of(pipeline, text, DATE) if e.type == "ASSAULT"]
    assert [(e.source.country, e.target.country if e.target else None) for e in evs] == [(source, target)]
    assert "repelled-attacker" in evs[0].rule


def test_repelled_armed_group_attacks_the_troops(pipeline):
    text = "Al Shabaab militants launched an offensive on the town but were repulsed by Somali troops."
    evs = [e for e in events_of(pipeline, text, DATE) if e.type == "ASSAULT" and "repelled-attacker" in e.rule]
    assert len(evs) == 1
    assert "Shabaab" in (evs[0].source.name or "") and (evs[0].target.country, evs[0].target.sector) == ("SOM", "MIL")


def test_an_attack_verb_tells_the_attack_itself(pipeline):
    text = "Islamic State militants attacked the base but were repelled by Iraqi troops."
    evs = events_of(pipeline, text, DATE)
    assert not any("repelled-attacker" in e.rule for e in evs)
    assert any(e.trigger.text == "attacked" and e.source.name == "Islamic State" for e in evs)
