"""Retold attacks (issue #13, session 12, dev-b). An attack known from a reported blame is
told by the story: "the government said X was behind the bombing of Y. The attack was the
worst in years" retells X's attack on Y (story-doer); the writer's own blame tells no
attack, so nothing is retold from it. An act noun with a demonstrative retells the
story's act wherever it stands ("two soldiers died in that attack"), as "the attack" does
only as its clause's subject; one that names its own party is read by the lexicon.

Sentences written for these tests. Each case is (text, expected story-doer events) over
(type, source country, source sector, target country).
"""

from __future__ import annotations

import pytest

from sentence_events import events_of, side_key

DATE = "2022-05-10"

BLAMED_CASES = [
    ("The Afghan government said the Haqqani network was behind the bombing of the Indian embassy in Kabul. "
     "The attack was the deadliest in the capital this year.", [("ASSAULT", "AFG", "INS", "IND")]),
    ("Kenyan officials said al-Shabab was responsible for the attack on a police station in Mandera. "
     "The assault was the third in the county this month.", [("ASSAULT", "SOM", "INS", "KEN")]),
    ("Pakistan said the Pakistani Taliban were behind the bombing of the Chinese consulate in Karachi. "
     "The attack was the worst on Chinese interests in years.", [("ASSAULT", "PAK", "INS", "CHN")]),
    # the writer's own blame tells no attack: nothing to retell
    ("Al-Shabab was behind the bombing of a Kenyan bus. The attack was the worst in years.", []),
]

DEMONSTRATIVE_CASES = [
    # a demonstrative retells wherever the noun stands
    ("Azerbaijani troops shelled Armenian positions near Jermuk on Monday. Armenia said two soldiers died in "
     "that attack.", [("ASSAULT", "AZE", "MIL", "ARM")]),
    ("Israeli jets struck Hamas positions in Gaza on Sunday. Hamas said three fighters died in this attack.",
     [("ASSAULT", "ISR", "MIL", "PSE")]),
    ("Indian troops fired on Pakistani posts along the Line of Control on Tuesday. Pakistan's army said a "
     "soldier died in that attack.", [("ASSAULT", "IND", "MIL", "PAK")]),
    # the noun names its own party: not a retelling
    ("Azerbaijani troops shelled Armenian positions near Jermuk on Monday. Armenia said two soldiers died in "
     "that Azerbaijani attack.", []),
    # no attack told before: nothing to retell
    ("Chile and Peru held talks in Lima. Officials said nobody was hurt in that attack.", []),
]

CASES = BLAMED_CASES + DEMONSTRATIVE_CASES


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][-45:] for c in CASES])
def test_an_attack_is_retold(pipeline, text, expected):
    retold = [e for e in events_of(pipeline, text, DATE) if "story-doer" in e.rule]
    assert [side_key(e) for e in retold] == expected
    assert all(e.sentence_index == 1 for e in retold)
