"""Regenerate ``countries.csv`` from pycountry plus the hand-written overrides.

Usage::

    python src/dragoman/data/kb/build_countries.py

Base rows come from pycountry (ISO 3166-1): ``name`` is the common name where
pycountry has one, otherwise the short ISO name; the ISO short name and the
official name become aliases when they differ from ``name``.

``countries_overrides.csv`` (same columns) is merged on ``iso3``:

* ``name``, ``capital``, ``seats``: a non-empty override cell replaces the base;
* ``aliases``, ``demonyms``: union of base and override values, order kept;
* ``source``: the override's source is appended to the base source.

Override rows whose ``iso3`` is not in ISO 3166-1 (e.g. ``XKX`` Kosovo) are
added as extra rows.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
OVERRIDES = HERE / "countries_overrides.csv"
OUTPUT = HERE / "countries.csv"
COLUMNS = ["iso3", "name", "aliases", "demonyms", "capital", "seats", "source"]
BASE_SOURCE = "pycountry (ISO 3166-1)"


def _split(cell: str) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def _union(*lists: list[str], exclude: str = "") -> str:
    seen: list[str] = []
    for values in lists:
        for v in values:
            if v != exclude and v not in seen:
                seen.append(v)
    return "|".join(seen)


def base_rows() -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        aliases = [c.name, getattr(c, "official_name", "") or ""]
        rows[c.alpha_3] = {
            "iso3": c.alpha_3,
            "name": name,
            "aliases": _union([a for a in aliases if a], exclude=name),
            "demonyms": "",
            "capital": "",
            "seats": "",
            "source": BASE_SOURCE,
        }
    return rows


def merge(rows: dict[str, dict[str, str]], overrides: list[dict[str, str]]) -> None:
    for o in overrides:
        iso3 = o["iso3"].strip()
        row = rows.get(iso3)
        if row is None:
            row = {k: "" for k in COLUMNS}
            row["iso3"] = iso3
            rows[iso3] = row
        old_name = row["name"]
        for key in ("name", "capital", "seats"):
            if (o.get(key) or "").strip():
                row[key] = o[key].strip()
        extra = [old_name] if old_name and old_name != row["name"] else []
        row["aliases"] = _union(_split(row["aliases"]), extra, _split(o.get("aliases", "")),
                                exclude=row["name"])
        row["demonyms"] = _union(_split(row["demonyms"]), _split(o.get("demonyms", "")))
        src = (o.get("source") or "").strip()
        if src:
            row["source"] = f"{row['source']}; {src}" if row["source"] else src


def build() -> list[dict[str, str]]:
    rows = base_rows()
    with OVERRIDES.open(encoding="utf-8", newline="") as fh:
        merge(rows, list(csv.DictReader(fh)))
    return [rows[k] for k in sorted(rows)]


def main() -> None:
    out = build()
    with OUTPUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(out)
    print(f"wrote {len(out)} rows to {OUTPUT}")


if __name__ == "__main__":
    main()
