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
    # one document order decides. In tie0 no two places agree and all three can lie in the
    # same countries: they go to one of them, so the coordinated protesters of the
    # sentence stay one PROTEST event in one country
    tie0 = [e for e in events if e["doc"] == "tie0"]
    assert [e["type"] for e in tie0] == ["PROTEST"]
    countries = {e["place"]["country"] for e in tie0 if e["place"]} | {e["source"]["country"] for e in tie0 if e["source"]}
    assert len(countries) == 1, countries
    # in tie1 two places agree on a country the third cannot lie in: the event's place is
    # read there under every seed (the outputs above are the same to the byte)
    tie1 = [e for e in events if e["doc"] == "tie1"]
    assert tie1 and len({e["place"]["country"] for e in tie1 if e["place"]}) == 1
