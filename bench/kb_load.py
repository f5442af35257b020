"""Benchmark: how long ``KnowledgeBase.default()`` takes, with and without its compiled cache.

Run on demand, never as a test. Each measurement runs in a fresh process (so nothing is
warm in memory) with its own empty cache folder; CPU seconds are reported because the
machine is shared and wall time is noisy.

    python bench/kb_load.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

PROBE = (
    "import time; t = time.process_time(); "
    "from dragoman.actors.kb import KnowledgeBase; kb = KnowledgeBase.default(); "
    "print(time.process_time() - t, len(kb.people), len(kb.organisations))"
)


def _run(cache: str) -> tuple[float, int, int]:
    env = {**os.environ, "DRAGOMAN_CACHE_DIR": cache}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True).stdout
    cpu, people, orgs = out.split()
    return float(cpu), int(people), int(orgs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    cold, warm = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as cache:
            cpu, people, orgs = _run(cache)  # builds the cache
            cold.append(cpu)
            warm.append(_run(cache)[0])  # reads it
    result = {"people": people, "organisations": orgs,
              "cold_cpu_s": round(statistics.median(cold), 3), "cached_cpu_s": round(statistics.median(warm), 3)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
