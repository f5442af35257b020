"""Civilians' property as the target of an attack (issue #14, ``installation-as-target``
for the ``CIV`` rows of ``lexicons/installations.yaml``): "fired at Palestinian fishing
boats" targets Palestinian civilians; property with no modifier naming its holder
leaves the place's reading alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sentence_events import assert_events, dyad_key, events_of

DATE = "2022-05-10"


@pytest.mark.parametrize("text,expected,forbidden", [
    ("On 31 March 2022, Israeli gunboats opened fire towards Palestinian fishing boats off the coast of "
     "Khan Yunis (Khan Yunis, Gaza Strip).", [("ASSAULT", "ISR", "MIL", "PSE", "CIV")], []),
    ("On 2 May 2022, Indian troops opened fire towards Pakistani fishing boats off the coast of Sir Creek.",
     [("ASSAULT", "IND", "MIL", "PAK", "CIV")], []),
    ("On 2 May 2022, Russian troops opened fire towards Ukrainian farmland near Kupiansk (Kupiansk, Kharkiv).",
     [("ASSAULT", "RUS", "MIL", "UKR", "CIV")], []),
    # no modifier names whose the property is: no civilians of any state are made up
    ("On 3 May 2022, Israeli gunboats opened fire towards fishing boats off the coast of Tyre.", [],
     [("ASSAULT", "ISR", "MIL", "ISR", "CIV")]),
])
def test_property_targets(pipeline, text, expected, forbidden):
    assert_events([dyad_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)
