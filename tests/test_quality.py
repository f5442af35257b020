"""The extractor measured against the seeds gold, every run (issue: evaluation)."""

from __future__ import annotations

import json
from pathlib import Path

from dragoman.evaluation import load_jsonl, score

QUALITY = Path(__file__).with_name("quality.json")


def _predictions(seeds_extraction):
    results, _ = seeds_extraction
    return [e.to_output() for r in results for e in r.events]


def test_seed_scores_do_not_regress(seeds_extraction, gold_path):
    config = json.loads(QUALITY.read_text(encoding="utf-8"))
    report = score(load_jsonl(gold_path), _predictions(seeds_extraction)).to_json()
    for figure, floor in config["floors"].items():
        value = report[figure] or 0.0
        assert value >= floor - config["tolerance"], f"{figure} = {value:.3f}, floor {floor}"


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
