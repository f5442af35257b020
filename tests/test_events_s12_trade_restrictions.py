"""Trade and visa restrictions (session 12, issue #13): a restriction of trade or entry
imposed on another party is a SANCTION (embargo, CAMEO 163; coding guide §2), not the
COERCE of a population (rule ``trade-restriction``); a restriction of gatherings or
protests stays COERCE.

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes), on at least three dyads, with negatives.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of


def typed(events) -> list[tuple]:
    return [(e.type, e.source.country, e.target.country if e.target else None) for e in events]


@pytest.mark.parametrize("text,expected", [
    ("The United States imposed visa restrictions on Nigerian officials.", ("SANCTION", "USA", "NGA")),
    ("Japan imposed export restrictions on South Korea.", ("SANCTION", "JPN", "KOR")),
    ("China imposed a ban on Australian wine imports.", ("SANCTION", "CHN", "AUS")),
    ("Beijing announced import curbs on Japanese seafood.", ("SANCTION", "CHN", "JPN")),
])
def test_a_trade_or_visa_restriction_is_a_sanction(pipeline, text, expected):
    events = events_of(pipeline, text)
    got = typed(events)
    assert expected in got, got
    assert not [k for k in got if k[0] == "COERCE"], got
    assert any("trade-restriction" in e.rule for e in events)


@pytest.mark.parametrize("text", [
    "Police imposed restrictions on gatherings in Kampala.",
    "The Indian government imposed a ban on protests in Delhi.",
    "Turkish authorities imposed restrictions on the press in Istanbul.",
])
def test_a_restriction_of_people_is_no_trade_sanction(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if "trade-restriction" in e.rule]
