"""Extraction does not depend on Python's hash seed.

The real `dragoman extract` runs in subprocesses under three ``PYTHONHASHSEED`` values on
sentences whose places can each be read in several countries, with two or more countries
equally supported by all of them (San Jose, Santa Cruz and La Libertad all exist in
Honduras, Mexico and the Philippines). Before ties were broken in document order, the
country each place took came from set iteration order, so the coordinated sources split
into one or two events in different countries from run to run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DRAGOMAN = Path(sys.executable).with_name("dragoman")

TIED_PLACES = [
    "On 3 May 2023, near San Jose (Santa Cruz), a nurse and farmers from the La Libertad community "
    "blocked a road to demand clean water.",
    "On 9 June 2023, near Santa Cruz (San Jose), a priest and fishermen from the La Libertad village "
    "blocked the coast road to demand fuel subsidies.",
]


def _extract_under(seed: int, path: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([str(DRAGOMAN), "extract", str(path)], env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_extract_output_is_the_same_under_any_hash_seed(tmp_path):
    feed = tmp_path / "tied.jsonl"
    feed.write_text("".join(json.dumps({"id": f"tie{i}", "text": t}) + "\n" for i, t in enumerate(TIED_PLACES)))
    outputs = [_extract_under(seed, feed) for seed in (0, 1, 2)]
    assert outputs[0].strip(), "no events extracted"
    assert outputs[1] == outputs[0]
    assert outputs[2] == outputs[0]
    events = [json.loads(line) for line in outputs[0].splitlines()]
    # one document order decides: every place of a story is read in the same country,
    # so the coordinated protesters of the first sentence stay one PROTEST event
    for doc in ("tie0", "tie1"):
        assert [e["type"] for e in events if e["doc"] == doc] == ["PROTEST"], doc
        countries = {e["place"]["country"] for e in events if e["doc"] == doc and e["place"]}
        countries |= {e["source"]["country"] for e in events if e["doc"] == doc and e["source"]}
        assert len(countries) == 1, (doc, countries)
