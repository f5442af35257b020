"""Unnamed people who open fire are armed men (issue #14, rule ``armed-by-act``):
"individuals on a motorcycle opened fire and killed a man" is done by an unidentified
armed group (INS), not by the public. Sentences written for these tests; keys are
(type, source country, source sector, target country, target sector)."""

from __future__ import annotations

import pytest

from sentence_events import assert_events, dyad_key, events_of

DATE = "2022-05-10"


@pytest.mark.parametrize("text,expected,forbidden", [
    ("On 6 May 2022, in Celaya, Guanajuato, two individuals on a motorcycle opened fire and killed a teacher.",
     [("ASSAULT", "MEX", "INS", "MEX", "CIV")], [("ASSAULT", "MEX", "CIV", "MEX", "CIV")]),
    ("On 7 May 2022, in San Pedro Sula, Cortes, three men shot and killed a taxi driver.",
     [("ASSAULT", "HND", "INS", "HND", "CIV")], [("ASSAULT", "HND", "CIV", "HND", "CIV")]),
    ("On 8 May 2022, in Cali, Valle del Cauca, unidentified persons opened fire and wounded two farmers.",
     [("ASSAULT", "COL", "INS", "COL", "CIV")], [("ASSAULT", "COL", "CIV", "COL", "CIV")]),
    # people who beat a man, and fire no shot, stay the public
    ("On 9 May 2022, in Celaya, Guanajuato, residents beat and injured a suspected thief.",
     [("ASSAULT", "MEX", "CIV", "MEX", "CIV")], [("ASSAULT", "MEX", "INS", "MEX", "CIV")]),
])
def test_armed_by_their_act(pipeline, text, expected, forbidden):
    assert_events([dyad_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)
