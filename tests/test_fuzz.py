"""A bounded fuzz run: generated bad inputs with canaries, through the real commands.

The long run is ``python scripts/fuzz.py --inputs 10000`` (a new process per command);
this one is a single small round of the same generator (no huge lines), its commands run
in this process (``call_in_process``: the model and tables loaded once, not once per
command), so that it stays well under two minutes. The kill -9 test kills a real process.
"""

from __future__ import annotations

import importlib.util
import json
import signal
import subprocess
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]


def _fuzz():
    spec = importlib.util.spec_from_file_location("dragoman_fuzz", REPO / "scripts" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["dragoman_fuzz"] = module
    spec.loader.exec_module(module)
    return module


def test_a_fuzz_round_gives_no_traceback_and_loses_no_canary(tmp_path):
    fuzz = _fuzz()
    rnd = fuzz.generate_round(tmp_path / "round", files=16, seed=7, huge=False)
    assert len(rnd.canaries) >= 2 and rnd.actor_canary_lines
    outcomes = fuzz.check_round(rnd, tmp_path, timeout=600, call=fuzz.call_in_process)
    assert [o.command for o in outcomes] == ["run", "extract", "docs", "actors resolve --input"]
    for o in outcomes:
        assert o.tracebacks == 0, o.failures
        assert o.canaries_lost == [], o.command


def test_kill_9_during_a_fuzz_run_leaves_a_store_that_a_rerun_completes(tmp_path):
    fuzz = _fuzz()
    rnd = fuzz.generate_round(tmp_path / "round", files=40, seed=8, huge=False)
    db = tmp_path / "s.duckdb"
    proc = subprocess.Popen(fuzz.DRAGOMAN + ["run", str(rnd.folder), "--db", str(db), "--verbose"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
    for line in proc.stderr:
        if line.startswith("stored "):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    proc.stderr.close()
    con = duckdb.connect(str(db))  # opens after the kill, every table consistent
    docs = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
    orphans = con.execute(
        "SELECT (SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents))"
        " + (SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents))"
        " + (SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents))"
    ).fetchone()[0]
    con.close()
    assert orphans == 0 and docs
    rerun = fuzz.call_in_process(["run", str(rnd.folder), "--db", str(db), "--no-progress"], 900)
    assert rerun.returncode == 0 and "Traceback" not in rerun.stderr, rerun.stderr
    listed = fuzz.call_in_process(["docs", str(rnd.folder), "--json"], 600)
    expected = {json.loads(line)["doc"] for line in listed.stdout.split("\n") if line}
    con = duckdb.connect(str(db), read_only=True)
    final = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
    con.close()
    assert final == expected  # every readable document stored once, whatever the kill interrupted
    assert {c.doc_id for c in rnd.canaries} <= final


def test_actor_canaries_are_numbered_by_the_lines_the_command_reads(tmp_path):
    """Generated lines with raw LFs inside are several input lines: the canary numbers
    must still point at the canary lines (they looked lost when they did not)."""
    from dragoman.cli_actors import _input_lines

    fuzz = _fuzz()
    split_lines = 0
    for round_no in range(6):
        rnd = fuzz.generate_round(tmp_path / f"r{round_no}", files=40, seed=3, round_no=round_no, huge=False)
        data = (tmp_path / f"r{round_no}-actors.jsonl").read_bytes()
        lines = _input_lines(data)
        assert len(lines) == rnd.actor_lines
        for i in rnd.actor_canary_lines:
            assert json.loads(lines[i])["text"] in fuzz.CANARY_SENTENCES
        split_lines += len(lines) - max(10, 40 // 4)
    assert split_lines > 0  # some generated line did hold a raw LF
