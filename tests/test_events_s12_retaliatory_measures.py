"""Retaliatory and punitive measures (session 12, issue #13): "X took retaliatory action
against Y" is X's SANCTION of Y through the verb that carries the measure; a measure
still to come, or vowed or threatened, is a threat stated now.

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes), each construction on at least three dyads, with negatives
where the rule must stay silent. Keys are (type, source country, target country).
"""

from __future__ import annotations

import pytest

from sentence_events import events_of


def keys(events) -> list[tuple]:
    return [(e.type, e.source.country, e.target.country if e.target else None, e.modality) for e in events]


# (sentence, expected key, rule of the reading); a measure taken is a SANCTION, one to
# come or vowed a threat made now; either way the carrying verb tells no act of its own
# ("announced measures" is no threat, "vowed" no pledge)
READINGS = [
    ("Britain was taking retaliatory action against Moscow.", ("SANCTION", "GBR", "RUS", "asserted"), "carried-measure"),
    ("The government in Ankara adopted retaliatory measures against Austria on Tuesday.",
     ("SANCTION", "TUR", "AUT", "asserted"), "carried-measure"),
    ("Canada announced punitive measures against Iranian officials.", ("SANCTION", "CAN", "IRN", "asserted"),
     "carried-measure"),
    ("Egypt has taken punitive steps against Sudan.", ("SANCTION", "EGY", "SDN", "asserted"), "carried-measure"),
    ("Ghana said it would take punitive action against Togo.", ("THREATEN", "GHA", "TGO", "asserted"),
     "threatened-measure"),
    ("Beijing said it would take reciprocal measures against Canberra.", ("THREATEN", "CHN", "AUS", "asserted"),
     "threatened-measure"),
    ("Russia vowed retaliatory measures against Britain.", ("THREATEN", "RUS", "GBR", "asserted"), "threatened-measure"),
    ("Tehran threatened punitive steps against Baku.", ("THREATEN", "IRN", "AZE", "asserted"), "threatened-measure"),
]


@pytest.mark.parametrize("text,expected,rule", READINGS)
def test_a_retaliatory_measure_is_a_sanction_taken_or_a_threat_made(pipeline, text, expected, rule):
    events = events_of(pipeline, text)
    got = keys(events)
    assert got == [expected], got
    assert rule in events[0].rule, events[0].rule


@pytest.mark.parametrize("text", [
    "Turkey announced new measures to support farmers.",        # no retaliatory modifier
    "Kenya took measures against the floods.",                   # no party, no modifier
    "Ottawa condemned the punitive measures against Canadian firms.",  # the measures are condemned, not taken
])
def test_no_retaliatory_sanction(pipeline, text):
    got = [e for e in events_of(pipeline, text) if "carried-measure" in e.rule or "threatened-measure" in e.rule]
    assert not got, keys(got)
