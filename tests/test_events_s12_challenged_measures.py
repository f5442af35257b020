"""Challenged measures (session 12, issue #13): "X challenged Y's tariffs at the WTO" is
X's complaint against the measure's owner (ACCUSE, CAMEO 115), not against the body it
is brought to; and a measure in force is read by the plain measure entry, not by the
row of retaliatory measures.

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes), on at least three dyads, with negatives.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of


def accusations(events) -> list[tuple]:
    return [(e.source.country, e.target.country if e.target else None, e.target.name if e.target else None)
            for e in events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text,source,target", [
    ("Seoul would challenge the Japanese measures at the World Trade Organization.", "KOR", "JPN"),
    ("Canada challenged Washington's tariffs at the WTO.", "CAN", "USA"),
    ("Beijing challenged the Indian ban on Chinese apps.", "CHN", "IND"),
])
def test_a_challenged_measure_accuses_its_owner(pipeline, text, source, target):
    got = accusations(events_of(pipeline, text))
    assert [(s, t) for s, t, _ in got] == [(source, target)], got


def test_the_body_a_challenge_is_brought_to_is_not_accused(pipeline):
    got = accusations(events_of(pipeline, "Canada challenged Washington's tariffs at the WTO."))
    assert not [g for g in got if g[2] == "World Trade Organization"], got


@pytest.mark.parametrize("text", [
    "The minister challenged the opposition leader to a debate.",   # no measure challenged
    "Kenyan runners challenged the record in Berlin.",               # no measure, no owner
])
def test_no_challenge_accusation(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if "challenge" in e.rule and e.type == "ACCUSE"]


def test_a_measure_in_force_is_read_by_the_plain_measure_entry(pipeline):
    events = events_of(pipeline, "The new export measures against Seoul would go into effect on Aug. 28, "
                                 "the Japanese trade minister said.")
    rules = [e.rule for e in events if "measure-in-force" in e.rule]
    assert rules and not [r for r in rules if "retaliatory" in r], rules
