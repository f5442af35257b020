"""Exports of canonical events: round trips, documented schema, byte-identical reruns."""

from __future__ import annotations

import csv
import json
import subprocess

import duckdb
import pytest

from dragoman.exports import (EVENT_SCHEMA, GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, MENTION_SCHEMA, export,
                              global_event_id, mentions_path)
from dragoman.store import Store
from test_analysis import DOCS, DRAGOMAN, build_store

N_EVENTS = sum(len(evs) for *_, sents in DOCS for _, evs in sents)  # event mentions in the fixture
DUCK_TYPES = {"string": "VARCHAR", "int32": "INTEGER", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN"}


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    build_store(path)
    return path


def _canonical(db):
    with Store(db) as store:
        from dragoman.analysis import ensure_deduplicated

        ensure_deduplicated(store)
        cols = [c for c, _ in EVENT_SCHEMA]
        rows = store.con.execute(f"SELECT {', '.join(cols)} FROM canonical_events ORDER BY canonical_id").fetchall()
    return cols, rows


def test_csv_round_trip(db, tmp_path):
    out = tmp_path / "ev.csv"
    with Store(db) as store:
        written = export(store, "csv", out, with_mentions=True)
    assert written == [out, tmp_path / "ev.mentions.csv"]
    cols, rows = _canonical(db)
    with open(out, newline="", encoding="utf-8") as fh:
        back = list(csv.DictReader(fh))
    assert list(back[0]) == cols
    assert len(back) == len(rows)

    def cell(v):
        return "" if v is None else ("true" if v is True else "false" if v is False else str(v))

    assert [[r[c] for c in cols] for r in back] == [[cell(v) for v in row] for row in rows]
    with open(tmp_path / "ev.mentions.csv", newline="", encoding="utf-8") as fh:
        mentions = list(csv.DictReader(fh))
    assert len(mentions) == N_EVENTS and list(mentions[0]) == [c for c, _ in MENTION_SCHEMA]
    assert {m["canonical_id"] for m in mentions} == {r["canonical_id"] for r in back}


def test_jsonl_round_trip(db, tmp_path):
    out = tmp_path / "ev.jsonl"
    with Store(db) as store:
        export(store, "jsonl", out)
    cols, rows = _canonical(db)
    back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back == [dict(zip(cols, row)) for row in rows]
    aid = [r for r in back if r["num_mentions"] == 4]
    assert len(aid) == 1 and aid[0]["source_country"] == "USA" and aid[0]["target_country"] == "PAK"


def test_parquet_reads_back_in_duckdb_with_the_documented_schema(db, tmp_path):
    out = tmp_path / "ev.parquet"
    with Store(db) as store:
        export(store, "parquet", out, with_mentions=True)
    con = duckdb.connect()
    described = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()
    assert [(r[0], r[1]) for r in described] == [(c, DUCK_TYPES[t]) for c, t in EVENT_SCHEMA]
    cols, rows = _canonical(db)
    assert con.execute(f"SELECT * FROM read_parquet('{out}') ORDER BY canonical_id").fetchall() == rows
    m = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{mentions_path(out)}')").fetchall()
    assert [(r[0], r[1]) for r in m] == [(c, DUCK_TYPES[t]) for c, t in MENTION_SCHEMA]
    # every column the docs list, with its type, for both files
    doc = (__import__("pathlib").Path(__file__).parents[1] / "docs" / "exports.md").read_text(encoding="utf-8")
    for c, t in EVENT_SCHEMA + MENTION_SCHEMA:
        assert f"| `{c}` | {DUCK_TYPES[t]} |" in doc, c


def test_gdelt_columns_and_values(db, tmp_path):
    out = tmp_path / "ev.tsv"
    with Store(db) as store:
        export(store, "gdelt", out, with_mentions=True)
    cols, rows = _canonical(db)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(rows)
    recs = [dict(zip(GDELT_EVENT_COLUMNS, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == len(GDELT_EVENT_COLUMNS) == 61 for line in lines)
    by_id = {r["GLOBALEVENTID"]: r for r in recs}
    canon = [dict(zip(cols, row)) for row in rows]
    aid = next(c for c in canon if c["num_mentions"] == 4)
    g = by_id[str(global_event_id(aid["canonical_id"]))]
    assert (g["SQLDATE"], g["MonthYear"], g["Year"]) == ("20110710", "201107", "2011")
    assert (g["Actor1Code"], g["Actor1CountryCode"], g["Actor1Type1Code"]) == ("USAGOV", "USA", "GOV")
    assert g["Actor2CountryCode"] == "PAK"
    assert (g["EventCode"], g["EventBaseCode"], g["EventRootCode"], g["QuadClass"]) == ("163", "163", "16", "4")
    assert (g["NumMentions"], g["NumSources"], g["NumArticles"], g["AvgTone"]) == ("4", "3", "3", "")
    assert g["IsRootEvent"] == "1" and g["DATEADDED"] == "20110710000000"
    meet = next(c for c in canon if c["location"] == "Islamabad")
    g = by_id[str(global_event_id(meet["canonical_id"]))]
    assert (g["ActionGeo_Type"], g["ActionGeo_FullName"], g["ActionGeo_CountryCode"]) == ("4", "Islamabad, Pakistan", "PAK")
    assert (g["ActionGeo_Lat"], g["ActionGeo_Long"], g["ActionGeo_FeatureID"]) == ("33.72", "73.04", "1176615")
    mentions = [m.split("\t") for m in mentions_path(out).read_text(encoding="utf-8").splitlines()]
    assert len(mentions) == N_EVENTS and all(len(m) == len(GDELT_MENTION_COLUMNS) for m in mentions)
    assert {m[0] for m in mentions} == set(by_id)


def test_plover_fields(db, tmp_path):
    out = tmp_path / "ev.plover.jsonl"
    with Store(db) as store:
        export(store, "plover", out)
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    aid = next(e for e in events if e["num_mentions"] == 4)
    assert aid["event_type"] == "SANCTION" and aid["event_date"] == "2011-07-10"
    assert (aid["source_actor"], aid["source_sector"], aid["target_actor"]) == ("USA", "GOV", "PAK")
    assert aid["publisher"] == "Dawn" and aid["story_date"] == "2011-07-10"
    assert aid["text"] == "The United States cut $300 million of military aid to Pakistan on Sunday."
    assert len(aid["mentions"]) == 4 and {m["publisher"] for m in aid["mentions"]} == {"Dawn", "New York Times", "Reuters"}
    meet = next(e for e in events if e["location"] and e["location"]["name"] == "Kabul")
    assert meet["location"]["country"] == "AFG" and meet["source_name"] == "Hillary Clinton"


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl", "gdelt", "plover"])
def test_reruns_are_byte_identical(db, tmp_path, fmt):
    outs = []
    for i in range(2):
        out = tmp_path / f"run{i}" / f"events.{fmt}"
        proc = subprocess.run(DRAGOMAN + ["export", "--db", str(db), "--format", fmt, "-o", str(out), "--mentions"],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        outs.append((out.read_bytes(), mentions_path(out).read_bytes()))
        assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    assert outs[0] == outs[1]
    assert outs[0][0]


def test_export_errors_are_one_line(db, tmp_path):
    proc = subprocess.run(DRAGOMAN + ["export", "--db", str(db), "--format", "xml", "-o", str(tmp_path / "x")],
                          capture_output=True, text=True)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr and "--format" in proc.stderr
    proc = subprocess.run(DRAGOMAN + ["export", "--db", str(tmp_path / "none.duckdb"), "--format", "csv",
                                      "-o", str(tmp_path / "x.csv")], capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and "no such store" in proc.stderr
