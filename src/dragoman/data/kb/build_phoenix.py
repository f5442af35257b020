"""Regenerate the shipped Phoenix knowledge base (``phoenix/``) from the CAMEO/Phoenix dictionaries.

Usage::

    python src/dragoman/data/kb/build_phoenix.py [PHOENIX_DIR]

``PHOENIX_DIR`` defaults to the team's shared copy (``../shared/data/phoenix``). The
dictionaries are read by :func:`dragoman.actors.importers.import_phoenix` (the same code
as ``dragoman kb import phoenix``) and written here in a compact form that keeps only
what the resolver reads: people and organisations with their names, aliases (on a
person's first row only), country, sector and dates; the post column ("CAMEO USAGOV") is
dropped, since country and sector say it. Not shipped: the country names (the package's
``countries.csv`` has them; Phoenix's country entries also list provinces and cities,
which Dragoman reads as places, not actors) and the agents file's role phrases
(``roles.csv`` follows the same CAMEO conventions; the agents' extra phrases changed
event extraction on the seeds and dev sets for the worse).
See ``SOURCES.md`` (section Phoenix) and ``LICENSE-phoenix``.
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "phoenix"
DEFAULT_SRC = HERE.parents[3] / ".." / "shared" / "data" / "phoenix"

PEOPLE = ["id", "name", "aliases", "country", "sector", "start", "end", "source"]


def _compact_people(src: Path, dst: Path) -> int:
    seen: set[str] = set()
    n = 0
    with open(src, encoding="utf-8", newline="") as fh, open(dst, "w", encoding="utf-8", newline="") as out:
        w = csv.DictWriter(out, fieldnames=PEOPLE, extrasaction="ignore")
        w.writeheader()
        for r in csv.DictReader(fh):
            if not (r["country"] or r["sector"]):
                continue  # a role line the resolver cannot use
            if r["id"] in seen:
                r["aliases"] = ""
            seen.add(r["id"])
            r["source"] = r["source"].replace("phoenix Phoenix.", "Phoenix ").replace(".actors.txt", "")
            w.writerow(r)
            n += 1
    return n


def main(src: Path) -> None:
    from dragoman.actors.importers import WEAK_SURNAMES_FILE, import_phoenix

    with tempfile.TemporaryDirectory() as tmp:
        report = import_phoenix(src, tmp)
        print(report.summary())
        OUT.mkdir(exist_ok=True)
        for old in OUT.glob("*.csv"):
            old.unlink()
        n = _compact_people(Path(tmp) / "people_phoenix.csv", OUT / "people_phoenix.csv")
        for name in ("organisations_phoenix.csv", WEAK_SURNAMES_FILE):
            shutil.copy(Path(tmp) / name, OUT / name)
    print(f"{OUT}: {n} tenure rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SRC)
