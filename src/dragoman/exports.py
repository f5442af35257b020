"""Exports of canonical events (and, on request, their mentions).

Formats: ``csv``, ``parquet``, ``jsonl`` (the flat columns of ``canonical_events``),
``gdelt`` (GDELT 2.0 event table, tab-separated, no header) and ``plover`` (PLOVER
JSON events, one per line). The schema of each is documented in ``docs/exports.md``.

Every file is sorted, carries no timestamp and is written atomically (temporary file
in the same folder, then rename), so a rerun over the same store gives the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional

from dragoman.analysis.dedup import CANONICAL_COLUMNS, ensure_deduplicated, parse_date

FORMATS = ("csv", "parquet", "jsonl", "gdelt", "plover")

# column name -> Arrow / DuckDB type of the canonical export (csv, jsonl, parquet)
_SQL_TO_ARROW = {"VARCHAR": "string", "INTEGER": "int32", "BIGINT": "int64", "DOUBLE": "float64", "BOOLEAN": "bool"}
EVENT_SCHEMA = [(c, _SQL_TO_ARROW[t.split()[0]]) for c, t in CANONICAL_COLUMNS]

MENTION_SCHEMA = [
    ("event_id", "string"), ("canonical_id", "string"), ("doc_id", "string"), ("sentence_idx", "int32"),
    ("sentence", "string"), ("type", "string"), ("cameo", "string"), ("quad_class", "int32"), ("intensity", "float64"),
    ("source_country", "string"), ("source_sector", "string"), ("source_name", "string"),
    ("target_country", "string"), ("target_sector", "string"), ("target_name", "string"),
    ("modality", "string"), ("historical", "bool"), ("event_date", "string"), ("date_precision", "string"),
    ("location", "string"), ("location_country", "string"),
    ("trigger_text", "string"), ("trigger_start", "int32"), ("trigger_end", "int32"),
    ("source_start", "int32"), ("source_end", "int32"), ("target_start", "int32"), ("target_end", "int32"),
    ("confidence", "float64"), ("publisher", "string"), ("story_date", "string"), ("url", "string"),
    ("is_first", "bool"),
]

GDELT_EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{i}{f}" for i in (1, 2) for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                               "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
       "NumSources", "NumArticles", "AvgTone"]
    + [f"{p}Geo_{f}" for p in ("Actor1", "Actor2", "Action") for f in ("Type", "FullName", "CountryCode", "ADM1Code",
                                                                     "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)
GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]
LEAD_SENTENCES = 3  # IsRootEvent = 1 when the first report is in a document's first sentences


class ExportError(RuntimeError):
    pass


# ------------------------------------------------------------------ writing
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all.

    A regular file (or a new one) is replaced by renaming a temporary file over it, with
    the mode the file had, or for a new file the mode the umask gives (as ``open`` would).
    A symbolic link is followed: its target is written and the link kept. A special file
    (``/dev/null``, a FIFO, a terminal) is written through, never replaced.
    """
    path = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    if path.exists() and not path.is_file():
        if path.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(path))
        with open(path, "wb") as fh:  # a device or a pipe: written through
            fh.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = (path.stat().st_mode & 0o7777) if path.exists() else (0o666 & ~_umask())
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def mentions_path(path: str | Path) -> Path:
    """Where ``--mentions`` writes: ``events.csv`` -> ``events.mentions.csv``."""
    p = Path(path)
    return p.with_name(f"{p.stem}.mentions{p.suffix}") if p.suffix else p.with_name(p.name + ".mentions")


# ------------------------------------------------------------------ reading the store
def event_rows(store) -> list[dict]:
    cols = [c for c, _ in CANONICAL_COLUMNS]
    rows = store.con.execute(f"SELECT {', '.join(cols)} FROM canonical_events ORDER BY canonical_id").fetchall()
    return [dict(zip(cols, r)) for r in rows]


def mention_rows(store) -> list[dict]:
    cols = [c for c, _ in MENTION_SCHEMA]
    exprs = {c: f"e.{c}" for c in cols}
    exprs.update({
        "event_id": "e.id", "canonical_id": "ec.canonical_id", "publisher": "ec.publisher",
        "story_date": "ec.story_date", "url": "d.url", "is_first": "ec.is_first", "doc_id": "e.doc_id",
    })
    sql = (
        f"SELECT {', '.join(exprs[c] for c in cols)} FROM events e"
        " JOIN event_clusters ec ON ec.event_id = e.id LEFT JOIN documents d ON d.id = e.doc_id"
        " ORDER BY ec.canonical_id, e.doc_id, e.sentence_idx, e.trigger_start, e.id"
    )
    return [dict(zip(cols, r)) for r in store.con.execute(sql).fetchall()]


# ------------------------------------------------------------------ flat formats
# Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def neutralise_cell(text: str) -> str:
    """A CSV/TSV cell that a spreadsheet will not execute: one that starts with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading single quote, as OWASP advises
    for CSV injection. A plain number ("-3.5", "-1") is a number, not a formula, and is
    left as it is."""
    if text and text[0] in FORMULA_STARTS and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def _csv_cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return neutralise_cell(str(v))


def _tsv_cell(v: str) -> str:
    return neutralise_cell(v.replace("\t", " ").replace("\n", " ").replace("\r", " "))


def to_csv(rows: list[dict], schema) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([c for c, _ in schema])
    for r in rows:
        w.writerow([_csv_cell(r[c]) for c, _ in schema])
    return buf.getvalue().encode("utf-8")


def to_jsonl(rows: list[dict], schema) -> bytes:
    return "".join(json.dumps({c: r[c] for c, _ in schema}, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def arrow_schema(schema):
    import pyarrow as pa

    return pa.schema([(c, getattr(pa, "bool_" if t == "bool" else t)()) for c, t in schema])


def to_parquet(rows: list[dict], schema) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([{c: r[c] for c, _ in schema} for r in rows], schema=arrow_schema(schema))
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue().to_pybytes()


# ------------------------------------------------------------------ GDELT
def global_event_id(canonical_id: str) -> int:
    """A stable positive integer for GDELT's numeric GLOBALEVENTID (from the canonical id)."""
    return int(hashlib.sha1(canonical_id.encode("utf-8")).hexdigest()[:15], 16)


@lru_cache(maxsize=512)
def country_name(iso3: Optional[str]) -> Optional[str]:
    if not iso3:
        return None
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=iso3)
        return c.name if c else None
    except Exception:  # pragma: no cover - pycountry missing data
        return None


def _gdelt_date(value: Optional[str]):
    when, _ = parse_date(value)
    return when


def _geo_type(country: Optional[str], precision: Optional[str]) -> str:
    if precision is None and country is None:
        return ""
    if precision in (None, "country"):
        return "1"
    if precision == "province":
        return "2" if country == "USA" else "5"
    return "3" if country == "USA" else "4"


def _num(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4f}".rstrip("0").rstrip(".") if v != int(v) else f"{v:.1f}"
    return str(v)


def _actor_cols(country, sector, name) -> list[str]:
    code = (country or "") + (sector or "")
    label = name or country_name(country) or ""
    return [code, label.upper(), country or "", "", "", "", "", sector or "", "", ""]


def gdelt_event_line(r: dict, first_sentence_idx: Optional[int]) -> list[str]:
    when = _gdelt_date(r["period_date"])
    story = _gdelt_date(r["story_date"])
    cameo = r["cameo"] or ""
    loc_name = r["location"]
    full = None
    if loc_name:
        cname = country_name(r["location_country"])
        full = loc_name if r["location_precision"] == "country" or not cname or cname == loc_name else f"{loc_name}, {cname}"
    cols = [
        str(global_event_id(r["canonical_id"])),
        when.strftime("%Y%m%d") if when else "",
        when.strftime("%Y%m") if when else "",
        str(when.year) if when else "",
        f"{when.year + (when.timetuple().tm_yday / 365.0):.4f}" if when else "",
        *_actor_cols(r["source_country"], r["source_sector"], r["source_name"]),
        *_actor_cols(r["target_country"], r["target_sector"], r["target_name"]),
        "1" if first_sentence_idx is not None and first_sentence_idx < LEAD_SENTENCES else "0",
        cameo, cameo[:3], cameo[:2], _num(r["quad_class"]), _num(r["intensity"]),
        _num(r["num_mentions"]), _num(r["num_sources"]), _num(r["num_documents"]), "",
        *([""] * 16),  # Actor1Geo_*, Actor2Geo_*: not coded
        _geo_type(r["location_country"], r["location_precision"]) if loc_name else "",
        full or "", r["location_country"] or "", r["admin1"] or "", "",
        _num(r["lat"]), _num(r["lon"]), _num(r["geonames_id"]),
        story.strftime("%Y%m%d000000") if story else "",
        r["url"] or r["first_doc_id"] or "",
    ]
    return [_tsv_cell(c) for c in cols]


def to_gdelt(store, rows: list[dict]) -> bytes:
    firsts = dict(store.con.execute("SELECT canonical_id, sentence_idx FROM event_clusters WHERE is_first").fetchall())
    lines = ["\t".join(gdelt_event_line(r, firsts.get(r["canonical_id"]))) for r in rows]
    return "".join(line + "\n" for line in lines).encode("utf-8")


def to_gdelt_mentions(store, mentions: list[dict]) -> bytes:
    canon = dict(store.con.execute("SELECT canonical_id, period_date FROM canonical_events").fetchall())
    lengths = dict(store.con.execute("SELECT id, body_length FROM documents").fetchall())
    out = []
    for m in mentions:
        ev = _gdelt_date(canon.get(m["canonical_id"]))
        st = _gdelt_date(m["story_date"])
        cols = [
            str(global_event_id(m["canonical_id"])),
            ev.strftime("%Y%m%d000000") if ev else "", st.strftime("%Y%m%d000000") if st else "",
            "1", m["publisher"] or "", m["url"] or m["doc_id"], str(m["sentence_idx"]),
            _num(m["source_start"]) if m["source_start"] is not None else "-1",
            _num(m["target_start"]) if m["target_start"] is not None else "-1",
            _num(m["trigger_start"]) if m["trigger_start"] is not None else "-1",
            "1", str(round((m["confidence"] or 0) * 100)), _num(lengths.get(m["doc_id"])), "", "", "",
        ]
        out.append("\t".join(_tsv_cell(c) for c in cols) + "\n")
    return "".join(out).encode("utf-8")


# ------------------------------------------------------------------ PLOVER
def plover_event(r: dict, mentions: list[dict]) -> dict:
    loc = None
    if r["location"]:
        loc = {"name": r["location"], "country": r["location_country"], "admin1": r["admin1"], "lat": r["lat"],
               "lon": r["lon"], "geonames_id": r["geonames_id"], "precision": r["location_precision"]}
    return {
        "event_id": r["canonical_id"],
        "event_date": r["event_date"],
        "date_precision": r["date_precision"],
        "event_type": r["type"],
        "mode": r["mode"],
        "context": [],
        "source_actor": r["source_country"],
        "source_sector": r["source_sector"],
        "source_name": r["source_name"],
        "target_actor": r["target_country"],
        "target_sector": r["target_sector"],
        "target_name": r["target_name"],
        "location": loc,
        "story_date": r["story_date"],
        "publisher": r["publisher"],
        "url": r["url"],
        "text": r["sentence"],
        "trigger": r["trigger_text"],
        "modality": r["modality"],
        "historical": r["historical"],
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "intensity": r["intensity"],
        "num_mentions": r["num_mentions"],
        "num_sources": r["num_sources"],
        "mentions": [
            {"event_id": m["event_id"], "doc_id": m["doc_id"], "sentence_idx": m["sentence_idx"],
             "sentence": m["sentence"], "publisher": m["publisher"], "story_date": m["story_date"], "url": m["url"]}
            for m in mentions
        ],
    }


def to_plover(rows: list[dict], mentions: list[dict]) -> bytes:
    by_c: dict[str, list[dict]] = {}
    for m in mentions:
        by_c.setdefault(m["canonical_id"], []).append(m)
    return "".join(
        json.dumps(plover_event(r, by_c.get(r["canonical_id"], [])), ensure_ascii=False) + "\n" for r in rows
    ).encode("utf-8")


# ------------------------------------------------------------------ entry point
def export(store, fmt: str, path: str | Path, with_mentions: bool = False, dedup: bool = True) -> list[Path]:
    """Write the export; returns the paths written."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if dedup:
        ensure_deduplicated(store)
    rows = event_rows(store)
    mentions = mention_rows(store) if (with_mentions or fmt == "plover") else []
    if fmt == "csv":
        data, mdata = to_csv(rows, EVENT_SCHEMA), (to_csv(mentions, MENTION_SCHEMA) if with_mentions else None)
    elif fmt == "jsonl":
        data, mdata = to_jsonl(rows, EVENT_SCHEMA), (to_jsonl(mentions, MENTION_SCHEMA) if with_mentions else None)
    elif fmt == "parquet":
        data, mdata = to_parquet(rows, EVENT_SCHEMA), (to_parquet(mentions, MENTION_SCHEMA) if with_mentions else None)
    elif fmt == "gdelt":
        data, mdata = to_gdelt(store, rows), (to_gdelt_mentions(store, mentions) if with_mentions else None)
    else:
        data, mdata = to_plover(rows, mentions), (to_jsonl(mentions, MENTION_SCHEMA) if with_mentions else None)
    written = [Path(path)]
    atomic_write_bytes(path, data)
    if mdata is not None:
        mp = mentions_path(path)
        atomic_write_bytes(mp, mdata)
        written.append(mp)
    return written
