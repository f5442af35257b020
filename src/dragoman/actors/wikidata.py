"""Import people and their dated posts from a JSON-lines Wikidata extract into the knowledge
base's CSV format (``people_wikidata.csv``); see :func:`import_wikidata`."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Optional

from dragoman.actors.importers import PEOPLE_FIELDS, ImportReport, _write
from dragoman.actors.kb import load_patterns, norm

__all__ = ["import_wikidata"]


def _wd_time(snaks: list | None) -> Optional[str]:
    """Wikidata time value -> ISO at its precision ('+2011-09-06T00:00:00Z' -> '2011-09-06')."""
    for s in snaks or []:
        v = ((s.get("datavalue") or {}).get("value")) or {}
        t = v.get("time") if isinstance(v, dict) else None
        if not t:
            continue
        m = re.match(r"^[+]?(\d{1,4})-(\d{2})-(\d{2})", t)
        if not m:
            continue
        y, mo, d = m.groups()
        prec = v.get("precision", 11)
        if mo == "00" or prec <= 9:
            return f"{int(y):04d}"
        if d == "00" or prec == 10:
            return f"{int(y):04d}-{mo}"
        return f"{int(y):04d}-{mo}-{d}"
    return None


def _label(ent: dict) -> Optional[str]:
    lab = (ent.get("labels") or {}).get("en")
    return lab.get("value") if isinstance(lab, dict) else lab


def _claim_ids(ent: dict, prop: str) -> list[str]:
    out = []
    for c in (ent.get("claims") or {}).get(prop, []):
        v = ((c.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(v, dict) and v.get("id"):
            out.append(v["id"])
        elif isinstance(v, str):
            out.append(v)
    return out


def _position_table(path: str | Path | None) -> dict[str, dict]:
    """Position QID -> {label, country, sector}: the lexicon's table plus a CSV (qid,label,country,sector)."""
    table = {q: dict(v) for q, v in (load_patterns().get("wikidata_positions") or {}).items()}
    if path:
        with open(path, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                q = (r.get("qid") or "").strip()
                if q:
                    table[q] = {"label": (r.get("label") or "").strip(),
                                "country": (r.get("country") or "").strip() or None,
                                "sector": (r.get("sector") or "").strip() or None}
    return table


def import_wikidata(jsonl_file: str | Path, dest: str | Path | None = None,
                    positions: str | Path | None = None) -> ImportReport:
    """Import people and their positions held (P39, with P580 start / P582 end).

    A position is mapped to country and sector by the position table (``positions`` CSV
    with columns ``qid,label,country,sector``, plus the lexicon's ``wikidata_positions``).
    Positions missing from the table are resolved when the extract also holds the position
    entity: its country (P17 / P1001, through a country entity with ISO alpha-3 P298) and
    a sector from its English label via the role phrases of the knowledge base.
    Unmapped positions are counted in the report and left out.
    """
    from dragoman.actors.kb import KnowledgeBase, user_kb_dir

    dest = Path(dest) if dest else user_kb_dir()
    report = ImportReport(dest=str(dest))
    report.files.append(str(jsonl_file))
    table = _position_table(positions)
    entities: dict[str, dict] = {}
    order: list[str] = []
    with open(jsonl_file, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip().rstrip(",")
            if not line or line in ("[", "]"):
                continue
            report.lines += 1
            try:
                ent = json.loads(line)
            except json.JSONDecodeError:
                report.skip("not JSON", raw)
                continue
            if not isinstance(ent, dict) or not ent.get("id"):
                report.skip("no entity id", raw)
                continue
            entities[ent["id"]] = ent
            order.append(ent["id"])
    iso_of = {q: (_claim_ids(e, "P298") or [None])[0] for q, e in entities.items() if _claim_ids(e, "P298")}
    kb = None

    def position(q: str) -> Optional[dict]:
        nonlocal kb
        if q in table:
            return table[q]
        pe = entities.get(q)
        if pe is None:
            return None
        country = next((iso_of[c] for c in _claim_ids(pe, "P17") + _claim_ids(pe, "P1001") if c in iso_of), None)
        label = _label(pe) or ""
        if kb is None:
            kb = KnowledgeBase.default()
        words = norm(label).split(" ")
        sector = None
        for n in range(len(words), 0, -1):  # longest role phrase inside the label
            for i in range(0, len(words) - n + 1):
                s = kb.role(" ".join(words[i:i + n]))
                if s:
                    sector = s
                    break
            if sector:
                break
        if not country or not sector:
            return None
        return {"label": label, "country": country, "sector": sector}

    rows = []
    for q in order:
        ent = entities[q]
        claims = (ent.get("claims") or {}).get("P39", [])
        if not claims:
            continue  # positions, countries and other helper entities
        name = _label(ent)
        if not name:
            report.skip("person without English label", q)
            continue
        report.entries += 1
        aliases = [a.get("value") if isinstance(a, dict) else a for a in (ent.get("aliases") or {}).get("en", [])]
        aliases = [a for a in aliases if a]
        report.synonyms += len(aliases)
        n_before = len(rows)
        for c in claims:
            report.role_lines += 1
            v = ((c.get("mainsnak") or {}).get("datavalue") or {}).get("value")
            pq = v.get("id") if isinstance(v, dict) else None
            pos = position(pq) if pq else None
            if pos is None:
                report.skip("position not in table", f"{q} {pq}")
                report.unmapped_codes[pq or "?"] += 1
                continue
            quals = c.get("qualifiers") or {}
            rows.append({"id": f"wd:{q}", "name": name, "aliases": "|".join(aliases),
                         "post": pos.get("label") or pq, "country": pos.get("country") or "",
                         "sector": pos.get("sector") or "", "start": _wd_time(quals.get("P580")) or "",
                         "end": _wd_time(quals.get("P582")) or "", "source": f"wikidata {pq}"})
        if len(rows) > n_before:
            report.people += 1
    report.tenures = len(rows)
    if rows:
        _write(dest / "people_wikidata.csv", PEOPLE_FIELDS, rows, report)
    return report
