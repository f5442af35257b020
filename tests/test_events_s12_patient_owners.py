"""The owner of an act done to a person is its patient (issue #13, session 12, dev-b):
"the student's arrest by Iranian police" is COERCE from the police to the student; a
possessive pronoun ("her arrest") is the person named before it; with no "by" agent the
owner keeps its reading as the doer.

Sentences written for these tests. Each case is (text, expected, forbidden) over
(type, source country, source sector, target country, target sector).
"""

from __future__ import annotations

import pytest

from sentence_events import assert_dyad_events, events_of_type

DATE = "2022-05-10"

CASES = [
    ("The student's arrest by Iranian police sparked protests in Tehran.",
     [("COERCE", "IRN", "GOV", "IRN", "CIV")], [("COERCE", "IRN", "CIV", "IRN", "GOV")]),
    ("Human rights groups condemned the activist's abduction by Houthi rebels in Sanaa.",
     [("ASSAULT", "YEM", "INS", "YEM", "CIV")], [("ASSAULT", "YEM", "CIV", "YEM", None)]),
    ("The reporter's killing by gunmen in Veracruz shocked Mexico.",
     [("ASSAULT", "MEX", "INS", "MEX", "MED")], [("ASSAULT", "MEX", "MED", "MEX", "INS")]),
    # a possessive pronoun: the person named before it
    ("Protests spread across Belarus over the death of a young man after his arrest by the Belarusian police.",
     [("COERCE", "BLR", "GOV", "BLR", "CIV")], []),
    # an act the owner does, not suffers, is left as it was: no "by" agent
    ("Ethiopia's arrest of Kenyan journalists drew condemnation from Nairobi.",
     [("COERCE", "ETH", None, "KEN", "MED")], [("COERCE", "KEN", "MED", "ETH", None)]),
]


@pytest.mark.parametrize("text,expected,forbidden", CASES, ids=[c[0][:50] for c in CASES])
def test_patient_owners(pipeline, text, expected, forbidden):
    assert_dyad_events(pipeline, text, DATE, expected, forbidden)


def test_patient_owner_names_its_rule(pipeline):
    events = events_of_type(pipeline, "The student's arrest by Iranian police sparked protests in Tehran.", "COERCE", DATE)
    assert events and all("patient-owner" in e.rule and "nominal-source" not in e.rule for e in events)
