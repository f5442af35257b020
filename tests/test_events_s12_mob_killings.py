"""Killings told as "burnt/stoned to death" (``triggers.csv`` rows burn and stone with
"to death"): an attack, by whoever the clause names (a mob: the public of the place).
Sentences written for these tests, through the real spaCy model and the real pipeline;
keys (type, source country, source sector, target country).
"""

from __future__ import annotations

import pytest

from sentence_events import events_of, side_key

DATE = "2022-06-10"


@pytest.mark.parametrize("text,expected", [
    ("On 15 February 2022, a man was burnt to death by a mob in Port Harcourt, Rivers.", ("ASSAULT", "NGA", "CIV", "NGA")),
    ("On 3 March 2022, villagers stoned a suspected thief to death in Kisii, Kenya.", ("ASSAULT", "KEN", "CIV", "KEN")),
    ("On 4 April 2022, in Cochabamba, residents burned a suspected robber to death.", ("ASSAULT", "BOL", "CIV", "BOL")),
])
def test_burnt_or_stoned_to_death_is_a_killing(pipeline, text, expected):
    events = events_of(pipeline, text, DATE)
    assert expected in {side_key(e) for e in events}, [side_key(e) for e in events]
    assert any("death" in (e.rule or "") for e in events)
