"""Violence told in incident reports (issue #13): acts observed by monitors, counted in an
amount ("a total of 12 explosions"), and the host state of the mission that observed them
when the village is one the gazetteer does not know.

Sentences written for these tests. Each case is (text, expected, forbidden): ``expected``
events (type, source country, source sector, target country or None) must be among what
the pipeline extracts; ``forbidden`` ones must not be.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of, side_key

DATE = "2022-02-10"

OBSERVED_AMOUNT_CASES = [
    # an act counted in an amount under a verb of observing is told as having happened;
    # the observer is no doer
    ("UN monitors recorded a total of 30 explosions near Kharkiv on Monday.",
     [("ASSAULT", "UKR", "INS", None)], [("ASSAULT", None, "IGO", None)]),
    ("The observers noted a series of blasts in Goma overnight.", [("ASSAULT", "COD", "INS", None)], []),
    ("Residents heard a total of 9 explosions near Gao on Sunday.", [("ASSAULT", "MLI", "INS", None)], []),
    ("Monitors observed a total of 16 projectiles near Mariupol.", [("ASSAULT", "UKR", "INS", None)], []),
    # an amount of things that are no act stays silent
    ("Monitors observed a total of 40 trucks near Kharkiv.", [], [("ASSAULT", "UKR", "INS", None)]),
]

MISSION_HOST_CASES = [
    # a mission's observation near a village no gazetteer knows lies in the mission's host state
    ("The OSCE SMM observed a total of 7 explosions near Zorivka-Druha.", [("ASSAULT", "UKR", "MIL", None)],
     [("ASSAULT", "UKR", "INS", None)]),
    # (a ceasefire monitor watches the sides' forces: the host state's forces, with a known place too)
    ("The OSCE SMM recorded a total of 12 explosions near Mariupol.", [("ASSAULT", "UKR", "MIL", None)], []),
    ("UNMISS recorded two explosions near Pagak-Nyirol on Tuesday.", [("ASSAULT", "SSD", "INS", None)], []),
    ("MONUSCO observed a total of 5 explosions near Bukombo-Kisharu.", [("ASSAULT", "COD", "INS", None)], []),
    ("The EUMM recorded an explosion near Odzisi-Kvemo.", [("ASSAULT", "GEO", "INS", None)], []),
    # with no mission named, an unknown village gives no state: no doer is made up
    ("Observers recorded a total of 7 explosions near Zorivka-Druha.", [],
     [("ASSAULT", "UKR", "INS", None), ("ASSAULT", "SSD", "INS", None)]),
]


@pytest.mark.parametrize("text,expected,forbidden", OBSERVED_AMOUNT_CASES + MISSION_HOST_CASES,
                         ids=[c[0][:40] for c in OBSERVED_AMOUNT_CASES + MISSION_HOST_CASES])
def test_observed_violence(pipeline, text, expected, forbidden):
    assert_events([side_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


def test_mission_host_state_reads_the_table():
    from dragoman.nlp import load_model
    from dragoman.events.missions import mission_host_state

    nlp = load_model()
    assert mission_host_state(next(nlp("UNIFIL patrols were fired upon.").sents)) == "LBN"
    assert mission_host_state(next(nlp("The monitors left the area.").sents)) is None
    # missions of two states: none of them
    assert mission_host_state(next(nlp("UNMISS and MINUSMA staff met.").sents)) is None
