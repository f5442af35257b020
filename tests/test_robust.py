"""No crash on any input, nothing lost: the real CLI on real files and real DuckDB stores.

Each test names the finding of issue 15 it covers; each failed before the change.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

DRAGOMAN = [sys.executable, "-m", "dragoman.cli"]
ACCUSE = "India accused China of violating the border agreement on Monday, officials said in New Delhi."
MEET = "Pakistan's army chief met US officials in Islamabad and promised to act against militants."
THREAT = "Russia threatened to expel British diplomats after the poisoning, the foreign ministry said."


def dragoman(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(DRAGOMAN + list(args), capture_output=True, text=True, timeout=timeout,
                          encoding="utf-8", errors="replace")


def no_traceback(res: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in res.stderr, res.stderr
    assert res.returncode in (0, 1, 2), res.stderr


def stored(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------ inputs that crashed
def test_lone_surrogate_deep_json_and_bad_file_name_do_not_lose_the_batch(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    write_jsonl(corpus / "feed.jsonl", [
        json.dumps({"id": "good", "text": ACCUSE}),
        '{"id": "sur", "text": "Talks \\ud800 and \\udc80 went on. ' + MEET + '"}',
        "[" * 100000 + "]" * 100000,
        json.dumps({"id": "after", "text": THREAT}),
    ])
    with open(os.fsencode(corpus) + b"/bad\xff.txt", "wb") as fh:
        fh.write(ACCUSE.encode("utf-8"))
    db = tmp_path / "s.duckdb"
    res = dragoman("run", str(corpus), "--db", str(db), "--no-progress")
    no_traceback(res)
    assert res.returncode == 0
    docs = dict(stored(db, "SELECT id, record FROM documents"))
    assert {"good", "sur", "after", "bad\\xff"} <= set(docs)
    assert "Talks \ufffd and \ufffd went on" in json.loads(docs["sur"])["text"]  # the surrogates replaced, the rest kept
    assert "2 lone surrogates (\\ud800, \\udc80) replaced by U+FFFD" in res.stderr
    assert "feed.jsonl:3: malformed JSON: nested too deeply to read" in res.stderr
    assert "bad\\xff.txt: file name is not valid UTF-8" in res.stderr
    for command in (["extract", str(corpus)], ["docs", str(corpus), "--json"]):
        res = dragoman(*command)
        no_traceback(res)
        assert res.returncode == 0
        assert '"sur"' in res.stdout and '"after"' in res.stdout


def test_extreme_dates_are_out_of_range_not_a_crash(tmp_path):
    feed = write_jsonl(tmp_path / "dates.jsonl", [
        json.dumps({"id": "far", "date": "9999-12-31", "text": ACCUSE + " The deadline is December 31, 9999."}),
        json.dumps({"id": "zero", "date": "0000-00-00", "text": MEET}),
        json.dumps({"id": "early", "date": "0001-01-01", "text": THREAT + " It happened the day before."}),
    ])
    db = tmp_path / "s.duckdb"
    res = dragoman("run", str(feed), "--db", str(db), "--no-progress")
    no_traceback(res)
    assert "extraction failed" not in res.stderr
    assert {r[0] for r in stored(db, "SELECT id FROM documents")} == {"far", "zero", "early"}
    assert "publication date '9999-12-31' is out of range" in res.stderr
    dates = dict(stored(db, "SELECT id, publication_date FROM documents"))
    assert dates["far"] is None and dates["early"] is None


def test_long_text_is_parsed_in_pieces(nlp, monkeypatch):
    """A body over spaCy's max_length is processed (in pieces), not refused (E088)."""
    import dragoman.pipeline as pipeline_module
    from dragoman.documents import prepare
    from dragoman.models import Document
    from dragoman.pipeline import Pipeline, split_in_pieces

    text = "\n\n".join([ACCUSE, MEET, THREAT] * 40)
    pieces = split_in_pieces(text, 1000)
    assert "".join(pieces) == text and max(map(len, pieces)) <= 1000
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # cut at paragraph breaks
    monkeypatch.setattr(pipeline_module, "PIECE_CHARS", 2000)
    monkeypatch.setattr(nlp, "max_length", 3000)
    doc = prepare(Document(id="long", text=text))
    results = list(Pipeline(nlp=nlp).process([doc]))
    assert len(results) == 1
    types = [e.type for e in results[0].events]
    assert types.count("ACCUSE") == 40 and types.count("THREATEN") >= 40


def test_a_document_over_the_time_budget_is_reported_and_the_others_go_on(nlp):
    import time

    from dragoman.documents import prepare
    from dragoman.events.extractor import EventExtractor
    from dragoman.models import Document
    from dragoman.pipeline import Pipeline

    real = EventExtractor()

    def slow_on_one(doc, sdoc, mentions):  # a stage that never ends on one document
        if doc.id == "slow":
            time.sleep(30)
        return real(doc, sdoc, mentions)

    pipe = Pipeline(nlp=nlp, extractor=slow_on_one, document_seconds=2)
    docs = [prepare(Document(id=i, text=ACCUSE)) for i in ("fast1", "slow", "fast2")]
    started = time.monotonic()
    results = list(pipe.process(docs))
    assert time.monotonic() - started < 25
    assert [r.document.id for r in results] == ["fast1", "fast2"]
    assert [str(p) for p in pipe.failures] == ["slow: skipped: took over 2 s, the per-document time budget"]


# ------------------------------------------------------------------ ids unique per source
def _run_table(stdout: str) -> dict[str, int]:
    out = {}
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if len(cells) == 2 and cells[1].isdigit():
            out[cells[0]] = int(cells[1])
    return out


def test_same_stem_and_row_ids_in_two_sources_are_both_stored(tmp_path):
    corpus = tmp_path / "in"
    for sub, text in (("a", ACCUSE), ("b", MEET), ("c", ACCUSE)):
        (corpus / sub).mkdir(parents=True)
        (corpus / sub / "report.txt").write_text(text, encoding="utf-8")
    (corpus / "a" / "unique.txt").write_text(THREAT, encoding="utf-8")
    for feed, texts in (("feed1.csv", [ACCUSE, MEET]), ("feed2.csv", [THREAT, MEET + " Later talks followed."])):
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["id", "text"])
        for i, t in enumerate(texts, start=1):
            w.writerow([str(i), t])
        (corpus / feed).write_text(buf.getvalue(), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    res = dragoman("run", str(corpus), "--db", str(db), "--no-progress")
    no_traceback(res)
    ids = {r[0] for r in stored(db, "SELECT id FROM documents")}
    # a stem or row id unique in the run keeps it exactly; the others are told apart
    assert "unique" in ids and "report" in ids and "1" in ids and "2" in ids
    assert len([i for i in ids if i.startswith("report~")]) == 1  # c/report.txt is a true duplicate of a/
    assert len([i for i in ids if i.startswith("1~")]) == 1 and len([i for i in ids if i.startswith("2~")]) == 1
    assert len(ids) == 7
    assert "a true duplicate, stored once" in res.stderr
    table = _run_table(res.stdout)
    assert table["documents processed"] == len(ids)
    assert table["events"] == stored(db, "SELECT count(*) FROM events")[0][0]
    rerun = dragoman("run", str(corpus), "--db", str(db), "--no-progress")  # stable ids: nothing new
    assert _run_table(rerun.stdout)["documents already stored"] == 7


# ------------------------------------------------------------------ smaller losses
def test_one_nul_line_does_not_make_a_jsonl_file_binary(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(json.dumps({"id": "one", "text": ACCUSE}).encode() + b"\n\x00\x00\x00\n"
                     + json.dumps({"id": "two", "text": MEET}).encode() + b"\n")
    res = dragoman("docs", str(feed), "--json")
    no_traceback(res)
    assert [json.loads(x)["doc"] for x in res.stdout.splitlines()] == ["one", "two"]
    assert "feed.jsonl:2: binary data, not text (line skipped)" in res.stderr
    junk = tmp_path / "junk.jsonl"
    junk.write_bytes(bytes(range(256)) * 20)
    assert "junk.jsonl: binary file, not text" in dragoman("docs", str(junk)).stderr


def test_a_carriage_return_inside_a_json_line_is_whitespace(tmp_path):
    lines = ['{"text":\r"' + MEET + '"}', '{"text": "' + ACCUSE + '",\r"date": "2020-06-16"}', "not json"]
    inp = tmp_path / "phrases.jsonl"
    inp.write_bytes("\n".join(lines).encode() + b"\n")
    res = dragoman("actors", "resolve", "--input", str(inp), "--json")
    no_traceback(res)
    out = res.stdout.split("\n")[:-1]
    assert len(out) == 3
    assert json.loads(out[0])["actors"] and json.loads(out[1])["actors"]
    assert json.loads(out[2])["error"].startswith("invalid JSON")
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(('{"id": "cr",\r"text": "' + MEET + '"}\n').encode())
    assert [json.loads(x)["doc"] for x in dragoman("docs", str(feed), "--json").stdout.splitlines()] == ["cr"]


@pytest.mark.parametrize("value", ["0", "-1"])
def test_max_bytes_must_be_positive(tmp_path, value):
    (tmp_path / "a.txt").write_text(ACCUSE, encoding="utf-8")
    res = dragoman("docs", str(tmp_path / "a.txt"), "--max-bytes", value)
    assert res.returncode == 2
    assert res.stderr.strip() == f"dragoman: --max-bytes must be a positive number of bytes (got {value})"


def test_a_comment_like_paragraph_cuts_at_most_its_block(tmp_path):
    paragraph = " ".join([ACCUSE, MEET, THREAT])
    before = "\n\n".join(f"{paragraph} Part {i}." for i in range(100))
    after = "\n\n".join(f"{paragraph} Later part {i}." for i in range(400))
    text = f"{before}\n\n@Jim White: I disagree with this.\n\n{after}\n\nLeave a reply\n"
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    res = dragoman("docs", str(tmp_path / "long.txt"), "--json")
    no_traceback(res)
    summary = json.loads(res.stdout)
    assert summary["body_length"] > 0.95 * len(text)
    assert "line 101 looks like comments but" in res.stderr and "kept the rest" in res.stderr


def test_output_writes_through_special_files_and_symlinks_and_follows_the_umask(tmp_path):
    """A named pipe stands for /dev/null here: a broken writer must not replace the real one."""
    import threading

    (tmp_path / "a.txt").write_text(ACCUSE, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []

    def drain():
        with open(fifo, "rb") as fh:
            received.append(fh.read())

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    res = dragoman("extract", str(tmp_path / "a.txt"), "-o", str(fifo))
    no_traceback(res)
    assert res.returncode == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # written through, not replaced by a file
    assert received and b'"ACCUSE"' in received[0]
    target = tmp_path / "real.jsonl"
    target.write_text("", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert dragoman("extract", str(tmp_path / "a.txt"), "-o", str(link)).returncode == 0
    assert link.is_symlink() and '"ACCUSE"' in target.read_text(encoding="utf-8")
    fresh = tmp_path / "fresh.jsonl"
    umask = os.umask(0o022)
    try:
        assert dragoman("extract", str(tmp_path / "a.txt"), "-o", str(fresh)).returncode == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


# ------------------------------------------------------------------ CSV formula injection
def test_csv_and_tsv_cells_never_start_a_formula(tmp_path):
    feed = write_jsonl(tmp_path / "inj.jsonl", [json.dumps({
        "id": "inj", "source": "@SUM(1+1)", "date": "2021-03-04", "url": "=HYPERLINK(\"http://x\")",
        "text": f"=cmd|' /C calc'!A0 {ACCUSE}\n\n-2+3 {MEET}\n\n+1 {THREAT}",
    })])
    db = tmp_path / "s.duckdb"
    assert dragoman("run", str(feed), "--db", str(db), "--no-progress").returncode == 0
    res = dragoman("events", "--db", str(db), "--csv")
    tables = {"events --csv": list(csv.reader(io.StringIO(res.stdout)))}
    for fmt in ("csv", "gdelt"):
        out = tmp_path / f"export.{fmt}"
        r = dragoman("export", "--db", str(db), "--format", fmt, "-o", str(out), "--mentions")
        assert r.returncode == 0, r.stderr
        for p in (out, out.with_name(f"export.mentions.{fmt}")):
            text = p.read_text(encoding="utf-8")
            tables[p.name] = (list(csv.reader(io.StringIO(text))) if fmt == "csv"
                              else [line.split("\t") for line in text.splitlines()])
    seen = set()
    for name, rows in tables.items():
        assert len(rows) > 1, name
        for row in rows:
            for cell in row:
                seen.update(c for c in ("'=cmd", "'@SUM", "'-2+3", "'=HYPERLINK") if cell.startswith(c))
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    float(cell)  # only a plain number ("-2.0", "-1") may start so
    assert seen == {"'=cmd", "'@SUM", "'-2+3", "'=HYPERLINK"}


# ------------------------------------------------------------------ concurrency
def _corpus(seeds_dir: Path, folder: Path, n: int) -> Path:
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for i in range(n):
        (folder / f"doc{i:03d}.txt").write_text(texts[i % len(texts)] + f"\n\nIssue {i}.", encoding="utf-8")
    return folder


def test_events_answer_while_a_run_writes(seeds_dir, tmp_path):
    corpus = _corpus(seeds_dir, tmp_path / "corpus", 24)
    db = tmp_path / "s.duckdb"
    run = subprocess.Popen(DRAGOMAN + ["run", str(corpus), "--db", str(db), "--verbose"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for line in run.stderr:  # the first batch is stored
            if line.startswith("stored "):
                break
        answered_during_run = 0
        while run.poll() is None:
            res = dragoman("events", "--db", str(db), "--json", timeout=600)
            assert res.returncode == 0, res.stderr
            assert isinstance(json.loads(res.stdout), list)
            if run.poll() is None:
                answered_during_run += 1
        run.wait(timeout=900)
    finally:
        if run.poll() is None:
            run.kill()
        run.stderr.close()
    assert run.returncode == 0
    assert answered_during_run >= 1
    assert stored(db, "SELECT count(*) FROM documents")[0][0] == 24


def test_a_second_writer_waits_for_the_lock_and_says_so(tmp_path):
    (tmp_path / "a.txt").write_text(ACCUSE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    holder = duckdb.connect(str(db))  # another process's writer, holding the file
    run = subprocess.Popen(DRAGOMAN + ["run", str(tmp_path / "a.txt"), "--db", str(db), "--no-progress"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = run.stderr.readline()
        assert "is in use by another process" in first and "waiting for it" in first
        assert run.poll() is None  # waiting, not failed
    finally:
        holder.close()
    out, rest = run.communicate(timeout=900)
    assert run.returncode == 0, rest
    assert "Traceback" not in rest
    assert stored(db, "SELECT id FROM documents") == [("a",)]
