"""Mediators and the parties they meet (session 12, issue #13): "Qatar and Egypt have been
monitoring a truce that ended the fighting between Israel and Hamas" is each mediator's
CONSULT with each party (rule ``mediated-parties``): the parties a "between" phrase names
inside the mediated object, else the story's two states; a state's armed opponents are
a side of their own.

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes), on at least three dyads, with negatives.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of


def mediations(events) -> set[tuple]:
    return {(e.source.country, e.target.country, e.target.sector) for e in events
            if e.type == "CONSULT" and "mediated-parties" in e.rule}


@pytest.mark.parametrize("text,expected", [
    ("Qatar and Egypt have been monitoring a truce that ended the fighting between Israel and Hamas.",
     {"QAT": {"ISR", "PSE"}, "EGY": {"ISR", "PSE"}}),
    ("Turkey oversaw a ceasefire meant to end the clashes between Armenia and Azerbaijan.",
     {"TUR": {"ARM", "AZE"}}),
    ("Kenya is monitoring a truce that raised hopes of an end to the war between Ethiopia and Eritrea.",
     {"KEN": {"ETH", "ERI"}}),
])
def test_a_mediator_meets_each_party_named_inside_what_it_mediates(pipeline, text, expected):
    got = mediations(events_of(pipeline, text))
    for mediator, parties in expected.items():
        assert {t for s, t, _ in got if s == mediator} == parties, got
    # coordinated mediators are not each other's counterparts
    assert not [g for g in got if g[1] in expected], got


def test_a_states_army_and_its_armed_opponents_are_two_parties(pipeline):
    got = mediations(events_of(pipeline, "Uganda has been monitoring a ceasefire that ended a war between "
                                         "the Congolese army and the M23 rebels."))
    assert {(t, sec in ("INS",)) for s, t, sec in got if s == "UGA"} == {("COD", False), ("COD", True)}, got


# a dispute or agreement that names no party is between the story's two states; a passive
# host or mediator meets the parties of its subject's "between" phrase
@pytest.mark.parametrize("text,mediator,parties", [
    ("Saudi Arabia and Qatar cut ties in 2017. Kuwait has been mediating the dispute.", "KWT", {"SAU", "QAT"}),
    ("Armenia and Azerbaijan fought a war in 2020. Russia brokered the ceasefire.", "RUS", {"ARM", "AZE"}),
    ("Ethiopia and Egypt have quarrelled over the dam. Sudan has been mediating the row.", "SDN", {"ETH", "EGY"}),
    ("The talks between Ethiopia and Egypt were hosted by Sudan.", "SDN", {"ETH", "EGY"}),
    ("Talks between Russia and Ukraine were mediated by Turkey.", "TUR", {"RUS", "UKR"}),
    ("The meeting between Armenia and Azerbaijan was hosted by Switzerland.", "CHE", {"ARM", "AZE"}),
])
def test_the_parties_of_a_story_dispute_or_of_passive_talks(pipeline, text, mediator, parties):
    got = mediations(events_of(pipeline, text))
    assert {t for s, t, _ in got if s == mediator} == parties, got


@pytest.mark.parametrize("text", [
    "India and Pakistan exchanged fire. Pakistan has been mediating the dispute.",  # a mediator of the dyad
    "Norway has been monitoring the situation in the region.",                      # no mediated deal
])
def test_no_mediated_parties(pipeline, text):
    assert not mediations(events_of(pipeline, text))


def test_a_host_meets_no_party_the_talks_do_not_name(pipeline):
    got = mediations(events_of(pipeline, "Iran and the United States are at odds. Oman hosted the talks."))
    assert not got, got
