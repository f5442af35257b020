"""Measures that start (session 12, issue #13): "the duties start on Monday" comes into
force as "take effect" does, and a definite measure noun in the writer's own report
tells again the story's latest sanction, with its source and target (rule
``story-measure``).

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes), on at least three dyads, with negatives.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of


def told_again(events) -> list[tuple]:
    return [(e.type, e.source.country or e.source.name, e.target.country if e.target else None, e.sentence_index)
            for e in events if "story-measure" in e.rule]


@pytest.mark.parametrize("text,expected", [
    ("Ottawa imposed duties on American steel on Friday. The duties will start at 25 percent, beginning Monday.",
     ("SANCTION", "CAN", "USA", 1)),
    ("The European Union announced sanctions on Belarus. The sanctions begin on Monday.",
     ("SANCTION", "European Union", "BLR", 1)),
    ("Australia imposed tariffs on Chinese aluminium. The tariffs start at 10 percent next week.",
     ("SANCTION", "AUS", "CHN", 1)),
])
def test_a_started_measure_just_told_is_the_storys_sanction(pipeline, text, expected):
    got = told_again(events_of(pipeline, text))
    assert got == [expected], got


def test_a_measure_to_start_keeps_its_future(pipeline):
    events = events_of(pipeline, "Ottawa imposed duties on American steel on Friday. "
                                 "The duties will start at 25 percent, beginning Monday.")
    assert [e.modality for e in events if "story-measure" in e.rule] == ["future"]


def test_a_started_measure_reported_by_a_speaker_is_the_speakers(pipeline):
    events = events_of(pipeline, "The new sanctions on Iran begin on Monday, the French foreign minister said.")
    got = [(e.type, e.source.country, e.target.country) for e in events if "measure-in-force" in e.rule]
    assert ("SANCTION", "FRA", "IRN") in got, got


@pytest.mark.parametrize("text", [
    "The new tariffs on Chinese steel will start in March.",                       # no sanction told before
    "Britain expelled Russian diplomats. The talks will start on Monday.",           # talks are no measure
    "Washington imposed sanctions on Caracas. The sanctions started to bite in March.",  # a start of an effect
])
def test_no_story_measure(pipeline, text):
    assert not told_again(events_of(pipeline, text))
