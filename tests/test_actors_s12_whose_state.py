"""The state of "whose country" (session 12, issue #13): "the Kuwaiti minister, whose
country has been mediating the row" — a state noun owned by "whose" in a relative clause
is the state of the clause's antecedent (``events/context.py``, rule ``whose-state``).

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes), on at least three dyads, with negatives.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of


@pytest.mark.parametrize("text,state,sector,parties", [
    ("Saudi Arabia and Qatar cut ties in 2017. Kuwaiti Foreign Minister Ahmad Nasser, whose country has been "
     "mediating the row, announced the details.", "KWT", None, {"SAU", "QAT"}),
    ("Ethiopia and Egypt have quarrelled over the dam. Sudanese Prime Minister Abdalla Hamdok, whose country has "
     "been mediating the dispute, spoke on Monday.", "SDN", None, {"ETH", "EGY"}),
    ("Turkish President Erdogan, whose government hosted talks between Russia and Ukraine, said the war must end.",
     "TUR", "GOV", {"RUS", "UKR"}),
])
def test_whose_country_is_the_state_of_the_antecedent(pipeline, text, state, sector, parties):
    events = [e for e in events_of(pipeline, text) if e.type == "CONSULT" and e.source.country == state]
    assert {e.target.country for e in events} == parties, [(e.source, e.target) for e in events]
    assert all(e.source.sector == sector and "whose-state" in (e.source.rule or "") for e in events)


def test_whose_with_an_unread_antecedent_names_no_state(pipeline):
    text = ("Saudi Arabia and Qatar cut ties in 2017. The old man, whose country has been mediating the row, "
            "spoke on Monday.")
    assert not [e for e in events_of(pipeline, text) if "whose-state" in (e.source.rule or "")]
