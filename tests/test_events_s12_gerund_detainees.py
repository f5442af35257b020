"""Arrests told by a passive gerund (issue #13, session 12, dev-b): "X fell ill after being
detained in Harare" is COERCE from the government of the place to X, the subject of the
clause the gerund hangs on; a detainee named by a name the knowledge base does not know,
of no state, is of the state where the arrest happened.

Sentences written for these tests. Each case is (text, expected, forbidden) over
(type, source country, source sector, target country, target sector).
"""

from __future__ import annotations

import pytest

from sentence_events import assert_dyad_events, events_of_type

DATE = "2022-05-10"

CASES = [
    ("The activist fell ill after being detained in Harare on Friday.",
     [("COERCE", "ZWE", "GOV", "ZWE", "CIV")], []),
    ("The journalist was released after being detained in Istanbul for two days.",
     [("COERCE", "TUR", "GOV", "TUR", "MED")], []),
    ("Two students in Dhaka were hospitalised after being arrested on Monday.",
     [("COERCE", "BGD", "GOV", "BGD", "CIV")], []),
    # a name the knowledge base does not know: of the state where the arrest happened
    ("Sara Karimi fell into a coma after being detained in Tehran last week.",
     [("COERCE", "IRN", "GOV", "IRN", None)], [("COERCE", "IRN", "GOV", None, None)]),
    ("Jorge Salinas was freed on Friday after being jailed in Caracas for a month.",
     [("COERCE", "VEN", "GOV", "VEN", None)], [("COERCE", "VEN", "GOV", None, None)]),
    # a "by" phrase names a doer the actor rules could not read: no unstated arrester
    ("The activist fell ill after being detained by unknown men in Harare.",
     [], [("COERCE", "ZWE", "GOV", "ZWE", "CIV")]),
    # a gerund of another verb is no arrest
    ("The student resigned after being criticised in Nairobi.", [], [("COERCE", "KEN", "GOV", "KEN", "CIV")]),
]


@pytest.mark.parametrize("text,expected,forbidden", CASES, ids=[c[0][:50] for c in CASES])
def test_gerund_detainees(pipeline, text, expected, forbidden):
    assert_dyad_events(pipeline, text, DATE, expected, forbidden)


def test_gerund_detainee_names_its_rule(pipeline):
    events = events_of_type(pipeline, "The activist fell ill after being detained in Harare on Friday.", "COERCE", DATE)
    assert events and all("gerund-detainee" in e.rule for e in events)
