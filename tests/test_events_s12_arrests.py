"""Whom an arrest takes when no actor rule reads its one object ("arrested a shop
owner", "apprehended a landowner"): a person of the place's state (``unnamed_doers``
``unread_detainees``, ``PEOPLE_ARRESTS``); a verb that may take things ("seized a truck")
still needs people.

Sentences written for these tests, through the real spaCy model and the real pipeline.
Each case is (text, expected, forbidden): keys (type, source country, source sector,
target country, target sector).
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, dyad_key, events_of

DATE = "2022-06-10"

ARREST_CASES = [
    ("On 27 January 2022, in Myawaddy town (Myawaddy township, Kayin state), the police arrested a mobile phone shop "
     "owner for posting on Facebook.", [("COERCE", "MMR", "GOV", "MMR", "CIV")], []),
    ("On 5 February 2022, in Gulu (Northern region), Ugandan police arrested the landowner for unknown reasons.",
     [("COERCE", "UGA", "GOV", "UGA", "CIV")], []),
    ("On 3 May 2022, in Lahore, Punjab, police apprehended a tailor near the railway station.",
     [("COERCE", "PAK", "GOV", "PAK", "CIV")], []),
    ("On 4 May 2022, in Mombasa, Kenyan police seized a truck near the port.",
     [], [("COERCE", "KEN", "GOV", "KEN", "CIV")]),
]


@pytest.mark.parametrize("text,expected,forbidden", ARREST_CASES, ids=[c[0][:50] for c in ARREST_CASES])
def test_one_unread_person_arrested(pipeline, text, expected, forbidden):
    assert_events([dyad_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)
