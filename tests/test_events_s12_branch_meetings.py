"""Meetings between branches of one state (issue #13, session 12, dev-b): two office
holders of the same state in different branches (executive, armed forces, legislature,
courts, intelligence) who meet consult each other; two organs named bare, or two members of
one branch, stay domestic business.

Sentences written for these tests, each dated inside the terms of the people it names.
Each case is (text, date, expected, forbidden) over (type, source country, source sector,
target country, target sector).
"""

from __future__ import annotations

import pytest

from sentence_events import assert_dyad_events, events_of_type

CASES = [
    ("Pakistani Prime Minister Shehbaz Sharif met army chief General Asim Munir in Islamabad on Tuesday.",
     "2023-03-01", [("CONSULT", "PAK", "GOV", "PAK", "MIL")], []),
    ("Indian Prime Minister Narendra Modi met army chief General Manoj Pande in New Delhi on Monday.",
     "2023-03-01", [("CONSULT", "IND", "GOV", "IND", "MIL")], []),
    ("President Joe Biden met House Speaker Nancy Pelosi at the White House on Friday.",
     "2021-06-01", [("CONSULT", "USA", "GOV", "USA", "LEG")], []),
    ("Ukrainian President Volodymyr Zelensky met army chief Valerii Zaluzhnyi in Kyiv on Friday.",
     "2022-05-10", [("CONSULT", "UKR", "GOV", "UKR", "MIL")], []),
    # two members of one cabinet: no event between actors
    ("Indian Prime Minister Narendra Modi met Foreign Minister S. Jaishankar in New Delhi.",
     "2023-03-01", [], [("CONSULT", "IND", "GOV", "IND", "GOV")]),
    # two organs named bare: domestic business
    ("The Pakistani government met the army in Islamabad.",
     "2023-03-01", [], [("CONSULT", "PAK", "GOV", "PAK", "MIL")]),
    # a branch meeting is a consultation only: an army chief's attack on a minister is not let through
    ("Pakistani Prime Minister Shehbaz Sharif accused army chief General Asim Munir of meddling.",
     "2023-03-01", [], [("ACCUSE", "PAK", "GOV", "PAK", "MIL")]),
]


@pytest.mark.parametrize("text,date,expected,forbidden", CASES, ids=[c[0][:50] for c in CASES])
def test_branch_meetings(pipeline, text, date, expected, forbidden):
    assert_dyad_events(pipeline, text, date, expected, forbidden)


def test_branch_meeting_names_its_rule(pipeline):
    events = events_of_type(pipeline, "President Joe Biden met House Speaker Nancy Pelosi at the White "
                            "House on Friday.", "CONSULT", "2021-06-01")
    assert events and all("branch-meeting" in e.rule for e in events)
