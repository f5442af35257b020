"""An attack known from a reported blame is told by the story (issue #13, session 12,
dev-b): "the government said X was behind the bombing of Y. The attack was the worst in
years" retells X's attack on Y (story-doer); the writer's own blame tells no attack, so
nothing is retold from it.

Sentences written for these tests. Each case is (text, expected story-doer events) over
(type, source country, source sector, target country).
"""

from __future__ import annotations

import pytest

from sentence_events import events_of, side_key

DATE = "2022-05-10"

CASES = [
    ("The Afghan government said the Haqqani network was behind the bombing of the Indian embassy in Kabul. "
     "The attack was the deadliest in the capital this year.", [("ASSAULT", "AFG", "INS", "IND")]),
    ("Kenyan officials said al-Shabab was responsible for the attack on a police station in Mandera. "
     "The assault was the third in the county this month.", [("ASSAULT", "SOM", "INS", "KEN")]),
    ("Pakistan said the Pakistani Taliban were behind the bombing of the Chinese consulate in Karachi. "
     "The attack was the worst on Chinese interests in years.", [("ASSAULT", "PAK", "INS", "CHN")]),
    # the writer's own blame tells no attack: nothing to retell
    ("Al-Shabab was behind the bombing of a Kenyan bus. The attack was the worst in years.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_a_blamed_attack_is_retold(pipeline, text, expected):
    retold = [e for e in events_of(pipeline, text, DATE) if "story-doer" in e.rule]
    assert [side_key(e) for e in retold] == expected
    assert all(e.sentence_index == 1 for e in retold)
