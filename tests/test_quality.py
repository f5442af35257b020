"""The extractor measured against every set of the development suite, every run.

`eval/suite.yaml` lists the sets (the seeds as plain text and as a dated feed, the dev
articles, the ACLED notes); `tests/quality.json` holds a floor for each figure of each
set. `python scripts/quality_floors.py` rewrites the floors from a fresh measurement:
raise them when the extractor improves, never lower them to let a regression in.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

QUALITY = Path(__file__).with_name("quality.json")
CONFIG = json.loads(QUALITY.read_text(encoding="utf-8"))


@pytest.mark.parametrize("set_name", sorted(CONFIG["floors"]))
def test_suite_scores_do_not_regress(suite_result, set_name):
    sets = suite_result.by_name()
    assert set_name in sets, f"set {set_name!r} of quality.json is not in the suite"
    report = sets[set_name].report.to_json()
    low = []
    for figure, floor in CONFIG["floors"][set_name].items():
        value = report[figure] or 0.0
        if value < floor - CONFIG["tolerance"]:
            low.append(f"{figure} = {value:.3f} (floor {floor})")
    assert not low, f"{set_name}: " + "; ".join(low)


def test_no_event_comes_from_outside_the_body(seeds_extraction):
    results, _ = seeds_extraction
    for r in results:
        doc = r.document
        for ev in r.events:
            for span in (ev.trigger, ev.source_span, ev.target_span):
                if span is None:
                    continue
                for cut in doc.removed:
                    assert not (cut.start <= span.start < cut.end), (doc.id, cut.reason, span.text)


def test_every_event_points_at_its_sentence(seeds_extraction):
    results, _ = seeds_extraction
    for r in results:
        text = r.document.text
        by_index = {s.index: s for s in r.sentences}
        for ev in r.events:
            sent = by_index[ev.sentence_index]
            assert sent.start <= ev.trigger.start < ev.trigger.end <= sent.end
            assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
