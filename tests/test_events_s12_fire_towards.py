"""Fire and stones thrown "towards" a party, or "at passing/fleeing" ones (the parser
hangs the object under the gerund): the party is the target (``triggers.csv`` target
prepositions of fire, open fire, hurl and pelt; ``clause_shapes.prep_objects``).

Sentences written for these tests, through the real spaCy model and the real pipeline.
Each case is (text, expected, forbidden): keys (type, source country, source sector,
target country).
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of, side_key

DATE = "2022-06-10"

FIRE_TOWARDS_CASES = [
    ("On 8 April 2022, Israeli settlers hurled stones at passing Palestinian vehicles near Huwara (Nablus, West Bank).",
     [("ASSAULT", "ISR", "CIV", "PSE")], [("ASSAULT", "ISR", "CIV", None)]),
    ("On 3 May 2022, Indian troops opened fire towards Pakistani positions along the Line of Control.",
     [("ASSAULT", "IND", "MIL", "PAK")], [("ASSAULT", "IND", "MIL", None)]),
    ("On 19 June 2022, Armenian forces fired shots towards Azerbaijani positions near Zivel, Kalbajar region.",
     [("ASSAULT", "ARM", "MIL", "AZE")], []),
    ("On 2 May 2022, Kenyan police fired shots at fleeing Somali smugglers near Mandera.",
     [("ASSAULT", "KEN", "GOV", "SOM")], []),
]


@pytest.mark.parametrize("text,expected,forbidden", FIRE_TOWARDS_CASES, ids=[c[0][:50] for c in FIRE_TOWARDS_CASES])
def test_fire_towards_a_party_targets_it(pipeline, text, expected, forbidden):
    assert_events([side_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


@pytest.mark.parametrize("text,expected", [
    ("On 4 May 2022, Armenian troops fired at Azerbaijani positions near Lachin.", ("ASSAULT", "ARM", "MIL", "AZE", "MIL")),
    ("On 5 May 2022, Indian troops opened fire towards Pakistani positions near Kupwara.", ("ASSAULT", "IND", "MIL", "PAK", "MIL")),
])
def test_installation_of_a_named_state_is_manned_by_its_forces(pipeline, text, expected):
    from sentence_events import dyad_key

    assert expected in {dyad_key(e) for e in events_of(pipeline, text, DATE)}
