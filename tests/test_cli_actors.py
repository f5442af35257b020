"""`dragoman actors resolve` and `dragoman actors show` through the real CLI and model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DRAGOMAN = [sys.executable, "-m", "dragoman.cli"]


def dragoman(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(DRAGOMAN + list(args), capture_output=True, text=True, timeout=600)


def test_resolve_one_phrase_json_principal_first():
    res = dragoman("actors", "resolve", "Kenya's army chief met Ugandan officials", "--date", "2019-05-01", "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    first = out["actors"][0]
    assert (first["country"], first["sector"], first["start"], first["end"]) == ("KEN", "MIL", 0, 18)
    for a in out["actors"]:
        assert {"country", "sector", "name", "kb_id", "rule", "start", "end"} <= set(a)
    assert any(a["country"] == "UGA" and a["sector"] == "GOV" for a in out["actors"])


def test_resolve_table_and_bad_date():
    res = dragoman("actors", "resolve", "Nigerian troops attacked Boko Haram", "--date", "2015-03-01")
    assert res.returncode == 0 and "NGA" in res.stdout and "Boko Haram" in res.stdout
    res = dragoman("actors", "resolve", "Nigerian troops", "--date", "2015-02-30")
    assert res.returncode != 0 and "Traceback" not in res.stderr and "2015-02-30" in res.stderr


def test_resolve_batch_one_line_per_input_line(tmp_path: Path):
    src = tmp_path / "phrases.jsonl"
    src.write_text("\n".join([
        json.dumps({"text": "Nigeria's army chief", "date": "2018-01-01"}),
        '{"text": "broken',
        json.dumps({"date": "2018-01-01"}),
        json.dumps({"text": "Ghanaian officials", "date": "2018-31-01"}),
        json.dumps({"text": "al-Shabaab fighters attacked Kenyan troops", "date": "2016-03-01"}),
    ]) + "\n", encoding="utf-8")
    res = dragoman("actors", "resolve", "--input", str(src), "--json")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(lines) == 5
    assert lines[0]["text"] == "Nigeria's army chief"
    assert (lines[0]["actors"][0]["country"], lines[0]["actors"][0]["sector"]) == ("NGA", "MIL")
    for bad in (1, 2, 3):
        assert lines[bad]["actors"] == [] and lines[bad]["error"]
    assert lines[3]["text"] == "Ghanaian officials"
    first = lines[4]["actors"][0]
    assert (first["country"], first["sector"], first["name"]) == ("SOM", "INS", "al-Shabaab")
    errs = res.stderr.strip().splitlines()
    assert len(errs) == 3
    assert all(str(src) in e for e in errs)
    assert [e.split(": line ")[1].split(":")[0] for e in errs] == ["2", "3", "4"]


def test_resolve_missing_input_file(tmp_path: Path):
    res = dragoman("actors", "resolve", "--input", str(tmp_path / "nope.jsonl"), "--json")
    assert res.returncode == 1 and "nope.jsonl" in res.stderr and "Traceback" not in res.stderr


def test_show_person_with_dated_posts_and_unknown_name():
    res = dragoman("actors", "show", "Xi Jinping", "--json")
    assert res.returncode == 0, res.stderr
    entries = json.loads(res.stdout)
    person = entries[0]
    assert person["kind"] == "person" and person["id"] == "person:xi-jinping"
    posts = {(p["post"], p["country"], p["sector"], p["start"]) for p in person["posts"]}
    assert ("President", "CHN", "GOV", "2013-03-14") in posts
    assert all(p["source"] for p in person["posts"])
    res = dragoman("actors", "show", "Nairobi")
    assert res.returncode == 0 and "KEN" in res.stdout
    res = dragoman("actors", "show", "Nobody Atall")
    assert res.returncode == 1 and "not in the knowledge base" in res.stderr and "Traceback" not in res.stderr
