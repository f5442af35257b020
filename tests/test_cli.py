"""The walking skeleton end to end: the CLI with the real model and real DuckDB files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

DRAGOMAN = [sys.executable, "-m", "dragoman.cli"]


def dragoman(*args: str, cwd: Path | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(DRAGOMAN + list(args), capture_output=True, text=True, cwd=cwd, timeout=timeout)


def test_help_lists_every_command():
    res = dragoman("--help")
    assert res.returncode == 0
    for command in ("run", "extract", "events", "docs", "eval", "kb", "gazetteer"):
        assert command in res.stdout


def test_extract_gives_events_for_every_seed(seeds_dir, tmp_path):
    out = tmp_path / "events.jsonl"
    res = dragoman("extract", str(seeds_dir), "-o", str(out))
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = {p.stem for p in seeds_dir.glob("*.txt")}
    assert {r["doc"] for r in rows} == docs
    for r in rows:
        for key in ("doc", "sentence", "type", "source", "target", "modality", "date", "location",
                    "start", "end", "cameo", "intensity", "confidence"):
            assert key in r
        for side in ("source", "target"):
            if r[side] is None:  # an act with no addressee (rule no-addressee) has no target
                assert side == "target" and "no-addressee" in (r["rule"] or ""), r
                continue
            assert set(r[side]) >= {"country", "sector", "name"}
        text = (seeds_dir / f"{r['doc']}.txt").read_text(encoding="utf-8")
        assert text[r["start"]:r["end"]] == r["trigger"]  # provenance points at the trigger


def test_run_twice_stores_nothing_twice(seeds_dir, tmp_path):
    db = tmp_path / "store.duckdb"
    first = dragoman("run", str(seeds_dir), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "events" in first.stdout and "documents processed" in first.stdout
    con = duckdb.connect(str(db), read_only=True)
    counts1 = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("documents", "sentences", "events")}
    con.close()
    assert counts1["documents"] == 5 and counts1["events"] > 0
    second = dragoman("run", str(seeds_dir), "--db", str(db))
    assert second.returncode == 0, second.stderr
    con = duckdb.connect(str(db), read_only=True)
    counts2 = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("documents", "sentences", "events")}
    con.close()
    assert counts2 == counts1
    listed = dragoman("events", "--db", str(db), "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == counts1["events"]


def test_bad_inputs_give_one_line_each_and_the_rest_goes_on(seeds_dir, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text((seeds_dir / sorted(p.name for p in seeds_dir.glob("*.txt"))[0]).read_text(encoding="utf-8"), encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    undecodable = tmp_path / "broken.txt"
    undecodable.write_bytes(b"\xff\xfe\x00" + "Ministers met.".encode("utf-16-le")[:-1] + b"\x81\x00\x00\xd8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a1", "text": "The Indian foreign minister met his Chinese counterpart in Beijing on Monday."}\n{not json\n', encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    res = dragoman("extract", str(good), str(binary), str(empty), str(undecodable), str(feed), str(missing))
    assert res.returncode == 0
    assert "Traceback" not in res.stderr
    lines = [l for l in res.stderr.splitlines() if l.strip()]
    for bad in (binary, empty, missing):
        assert sum(bad.name in l for l in lines) == 1, res.stderr
    assert any("feed.jsonl:2" in l and "JSON" in l for l in lines), res.stderr
    assert {json.loads(l)["doc"] for l in res.stdout.splitlines()} >= {"good"}


def test_nothing_processable_exits_non_zero(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    res = dragoman("extract", str(empty), str(tmp_path / "missing.txt"))
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    assert len([l for l in res.stderr.splitlines() if l.strip()]) == 2


def test_unknown_option_is_one_clear_error():
    res = dragoman("run", "--frobnicate")
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    assert "frobnicate" in res.stderr


def test_interrupted_run_keeps_whole_documents_and_rerun_completes(seeds_dir, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for i in range(40):  # enough documents that the kill lands mid-run
        (corpus / f"doc{i:03d}.txt").write_text(texts[i % len(texts)] + f"\n\nIssue {i}.", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    proc = subprocess.Popen(DRAGOMAN + ["run", str(corpus), "--db", str(db), "--verbose"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stored = 0
    for line in proc.stderr:  # one line per stored document
        if line.startswith("stored "):
            stored += 1
        if stored >= 3:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    proc.stderr.close()
    con = duckdb.connect(str(db))  # the store opens after a kill
    docs = {r[0] for r in con.execute("select id from documents").fetchall()}
    orphans = con.execute(
        "select count(*) from events where doc_id not in (select id from documents)"
    ).fetchone()[0]
    sentence_docs = {r[0] for r in con.execute("select distinct doc_id from sentences").fetchall()}
    con.close()
    assert orphans == 0
    assert sentence_docs == docs  # every stored document is whole
    assert len(docs) < 40
    res = dragoman("run", str(corpus), "--db", str(db))
    assert res.returncode == 0, res.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from documents").fetchone()[0] == 40
    con.close()
