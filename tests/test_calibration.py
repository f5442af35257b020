"""Confidence is the measured precision of the rules that made an event."""

from __future__ import annotations

import json

import pytest

from dragoman.events.calibration import Calibration, reliability, signature


def test_signature_leaves_out_the_modality_cue():
    entry, sig = signature("lexicon:verb:urge->REQUEST;prep-target;modality:aux:will")
    assert entry == "lexicon:verb:urge->REQUEST"
    assert sig == "lexicon:verb:urge->REQUEST;prep-target"


def test_backs_off_from_signature_to_entry_to_type():
    cal = Calibration()
    for _ in range(40):
        cal.add("ASSAULT", "lexicon:verb:shell->ASSAULT;prep-target", True)
    for _ in range(40):
        cal.add("ASSAULT", "lexicon:verb:fire->ASSAULT;prep-target", False)
    good = cal.confidence("ASSAULT", "lexicon:verb:shell->ASSAULT;prep-target")
    bad = cal.confidence("ASSAULT", "lexicon:verb:fire->ASSAULT;prep-target")
    assert good > 0.9 and bad < 0.1
    # an unseen argument rule on a known entry gets close to the entry's precision
    assert cal.confidence("ASSAULT", "lexicon:verb:shell->ASSAULT;passive") > 0.8
    # an unseen entry of a known type gets the type's precision (half right here)
    assert 0.4 < cal.confidence("ASSAULT", "lexicon:verb:bomb->ASSAULT") < 0.6
    # round trip through the file format
    again = Calibration.from_json(json.loads(json.dumps(cal.to_json())))
    assert again.confidence("ASSAULT", "lexicon:verb:shell->ASSAULT;prep-target") == good


def test_reliability_counts_events_over_each_threshold():
    pairs = [({"confidence": 0.9}, True), ({"confidence": 0.9}, False), ({"confidence": 0.4}, False)]
    rows = dict((t, (n, p)) for t, n, p in reliability(pairs, thresholds=(0.3, 0.8)))
    assert rows[0.3] == (3, pytest.approx(1 / 3)) and rows[0.8] == (2, 0.5)


def test_shipped_confidences_keep_their_promise_on_the_suite(suite_result):
    """Events kept at a confidence threshold reach about that precision on the
    calibration sets (the file must be rewritten by `dragoman calibrate` when rules change)."""
    pairs = [pair for sr in suite_result.sets if sr.gold_set.calibrate for pair in sr.hits()]
    assert pairs
    for threshold, kept, precision in reliability(pairs, thresholds=(0.5, 0.7, 0.8)):
        if kept >= 20:
            assert precision >= threshold - 0.1, (threshold, kept, precision)
