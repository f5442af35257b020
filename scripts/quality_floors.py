"""Rewrite tests/quality.json's floors from a fresh run of the development suite.

Usage: python scripts/quality_floors.py [--check]
Each floor is the measured figure rounded down to two decimals. With --check, print the
figures next to the floors and change nothing.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUALITY = REPO / "tests" / "quality.json"
FIGURES = {
    "default": ["event_p", "event_r", "event_f1", "type_f1", "dyad_acc", "sector_acc", "modality_acc",
                "date_acc", "location_acc", "actor_country_acc", "actor_sector_acc"],
    "recall_only": ["event_r", "type_r", "location_acc", "actor_country_acc", "actor_sector_acc"],
}


def main(argv: list[str]) -> int:
    from dragoman.actors import KnowledgeBase
    from dragoman.evaluation.suite import load_suite, run_suite

    config = json.loads(QUALITY.read_text(encoding="utf-8"))
    result = run_suite(load_suite(REPO / "eval" / "suite.yaml"), alias_resolver=KnowledgeBase.default().alias_resolver)
    floors = {}
    for sr in result.sets:
        report = sr.report.to_json()
        keys = FIGURES["recall_only" if sr.gold_set.recall_only else "default"]
        floors[sr.gold_set.name] = {k: math.floor((report[k] or 0.0) * 100) / 100 for k in keys}
        for k in keys:
            old = config.get("floors", {}).get(sr.gold_set.name, {}).get(k)
            print(f"{sr.gold_set.name:<12} {k:<18} {report[k] or 0.0:.3f}  floor {old}")
    if "--check" not in argv:
        config["floors"] = floors
        QUALITY.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {QUALITY}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
