"""Hosted talks (session 12, issue #13): "Oman hosted talks between Iran and the United
States" is the host's CONSULT with each party (the host row's "between" preposition),
and the talks between the two parties stay their own CONSULT: a meeting noun that names
two parties of its own is not consumed by the verb that carries it.

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes), on at least three dyads, with negatives.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of


def pairs(events) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.type == "CONSULT"}


@pytest.mark.parametrize("text,host,first,second", [
    ("Oman hosted talks between Iran and the United States.", "OMN", "IRN", "USA"),
    ("Switzerland hosted a meeting between Armenia and Azerbaijan.", "CHE", "ARM", "AZE"),
    ("Egypt hosted negotiations between Sudan and South Sudan.", "EGY", "SDN", "SSD"),
])
def test_the_host_meets_each_party_and_the_parties_meet_each_other(pipeline, text, host, first, second):
    got = pairs(events_of(pipeline, text))
    assert {(host, first), (host, second), (first, second)} <= got, got


@pytest.mark.parametrize("text,unexpected", [
    ("Oman hosted talks with Iran.", ("IRN", None)),                      # no parties of the talks' own
    ("Iran held talks with the United States in Muscat.", ("USA", "IRN")),  # the talks are the holder's act
])
def test_talks_without_two_named_parties_stay_the_verbs_act(pipeline, text, unexpected):
    events = events_of(pipeline, text)
    got = pairs(events)
    assert unexpected not in got, got
    assert len([e for e in events if e.type == "CONSULT"]) == 1, got
