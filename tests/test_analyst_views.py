"""What analysts read (issue 15, findings 1-8): claims, filters, dyads, date evidence,
HTML pages and publishers, through the real commands on stores the real pipeline built.

The India–China fixture (tests/fixtures/analyst) was written for these tests: a JSONL
feed where India makes the same demand twice, weeks apart, and China later does what
was demanded, and an HTML page whose only date is its visible byline.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from dragoman.actors import KnowledgeBase
from dragoman.when import lexicon as time_lexicon

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "analyst"
FEEDS = REPO.parent / "shared" / "corpus" / "feeds"
DRAGOMAN = [sys.executable, "-m", "dragoman.cli"]


def dragoman(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(DRAGOMAN + [str(a) for a in args], capture_output=True, text=True, timeout=600)


def _run_store(tmp_path_factory, name: str, *inputs) -> Path:
    db = tmp_path_factory.mktemp(name) / "store.duckdb"
    proc = dragoman("run", *inputs, "--db", db, "--no-progress")
    assert proc.returncode == 0, proc.stderr
    return db


@pytest.fixture(scope="module")
def ic_store(tmp_path_factory) -> Path:
    return _run_store(tmp_path_factory, "india_china", FIXTURE)


@pytest.fixture(scope="module")
def seeds_feed_store(tmp_path_factory, seeds_dir) -> Path:
    """The seeds feed (with publication dates) and the dev articles, in one store."""
    for f in ("seeds.jsonl", "dev.jsonl"):
        if not (FEEDS / f).is_file():
            pytest.skip(f"{FEEDS / f} not found")
    return _run_store(tmp_path_factory, "seeds_feed", FEEDS / "seeds.jsonl", FEEDS / "dev.jsonl")


@pytest.fixture(scope="module")
def seeds_text_store(tmp_path_factory, seeds_dir) -> Path:
    return _run_store(tmp_path_factory, "seeds_text", seeds_dir)


def _claims(db: Path, *extra) -> list[dict]:
    proc = dragoman("claims", "--db", db, "--json", *extra)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


# ------------------------------------------------------------------ 1. claims
def test_same_demand_weeks_apart_is_one_group_and_met(ic_store):
    groups = _claims(ic_store)
    g = next(g for g in groups if g["topic"] == "withdraw troops from the border")
    assert g["claims"] == 2 and g["recurs"] and g["dates"] == ["2020-06-15", "2020-06-26"]
    for c in g["items"]:
        assert (c["kind"], c["source"]["country"], c["target"]["country"]) == ("demand", "IND", "CHN")
        assert c["fulfilment"]["status"] == "met" and c["fulfilment"]["act_type"] == "RETREAT"
        assert c["fulfilment"]["event"]["date"] == "2020-07-08"  # "China withdrew troops ... on Wednesday"
    assert not any(g["topic"] in ("Monday", "(topic not stated)") for g in groups if g["items"][0]["date"])


def _bad_topics(groups: list[dict], stored_names: set[str]) -> list[str]:
    """Topics that are a weekday, a bare word of one verb, or a person's name."""
    weekdays = {w.lower() for w in time_lexicon().weekdays}
    kb = KnowledgeBase.default()
    people = {p.name.lower() for p in kb.people.values()} | {n.lower() for n in stored_names}
    bad = []
    for g in groups:
        t = g["topic"]
        if t == "(topic not stated)":
            continue
        words = t.lower().split()
        if set(words) & weekdays or len(words) < 2 or t.lower() in people:
            bad.append(t)
    return bad


def _stored_names(db: Path) -> set[str]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT source_name FROM events UNION SELECT target_name FROM events").fetchall()
    finally:
        con.close()
    return {r[0] for r in rows if r[0]}


@pytest.mark.parametrize("store", ["seeds_feed_store", "seeds_text_store"])
def test_seed_claims_have_real_topics_and_one_recurs(store, request):
    db = request.getfixturevalue(store)
    groups = _claims(db)
    assert groups
    assert _bad_topics(groups, _stored_names(db)) == []
    recurring = [g for g in groups if g["recurs"]]
    assert recurring and all(len(set(g["dates"])) >= 2 for g in recurring)
    assert all(g["topic"] != "(topic not stated)" for g in recurring)


def test_report_claims_section_says_recurrence_and_fulfilment(ic_store, tmp_path):
    out = tmp_path / "report.html"
    proc = dragoman("report", "--db", ic_store, "-o", out)
    assert proc.returncode == 0, proc.stderr
    section = re.search(r'<section id="claims">(.*?)</section>', out.read_text(), re.S).group(1)
    assert "withdraw troops from the border" in section and ">recurs<" in section
    assert "made on 2 dates: 2020-06-15, 2020-06-26" in section
    assert "met: RETREAT by CHN on 2020-07-08" in section


# ------------------------------------------------------------------ 2. filters
def test_events_actor_resolves_through_the_knowledge_base(ic_store):
    for actor, side_key, wanted in (("India", "country", "IND"), ("Modi", "kb_id", "person:narendra-modi")):
        proc = dragoman("events", "--db", ic_store, "--actor", actor, "--json")
        assert proc.returncode == 0, proc.stderr
        rows = json.loads(proc.stdout)
        assert rows and all(wanted in (r["source"][side_key], (r["target"] or {}).get(side_key)) for r in rows)


def test_claims_actor_finds_india(ic_store):
    groups = _claims(ic_store, "--actor", "India")
    assert any(g["topic"] == "withdraw troops from the border" for g in groups)


@pytest.mark.parametrize("args,needle", [
    (["events", "--type", "asault"], "--type 'asault': not a PLOVER event type; did you mean 'ASSAULT'"),
    (["events", "--since", "yesterday"], "--since 'yesterday': not a date"),
    (["claims", "--actor", "Indai"], "--actor 'Indai': no such actor"),
    (["dyad", "IND", "Chna"], "did you mean 'China'"),
])
def test_bad_filter_is_one_line_with_suggestion_and_exit_2(ic_store, args, needle):
    proc = dragoman(*args, "--db", ic_store)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in proc.stderr


# ------------------------------------------------------------------ 3. dyads
def test_undirected_dyad_rows_name_both_directed_keep_direction(ic_store):
    rows = json.loads(dragoman("dyad", "IND", "CHN", "--db", ic_store, "--json").stdout)
    assert rows and {r["dyad"] for r in rows} == {"IND\u2013CHN"}
    assert not any("source" in r for r in rows)
    directed = json.loads(dragoman("dyad", "India", "China", "--db", ic_store, "--json", "--directed").stdout)
    assault = [r for r in directed if r["types"].get("ASSAULT")]
    assert [(r["dyad"], r["source"], r["target"]) for r in assault] == [("CHN\u2192IND", "CHN", "IND")]
    table = dragoman("dyad", "IND", "CHN", "--db", ic_store).stdout
    assert "IND\u2013CHN" in table and "source" not in table


# ------------------------------------------------------------------ 4. date evidence
def test_date_carried_from_an_earlier_sentence_says_so():
    proc = dragoman("extract", FIXTURE / "india_china.jsonl")
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    again = next(e for e in events if e["doc"] == "border-2" and e["type"] == "REQUEST")
    assert again["date"] == "2020-06-26" and again["date_text"] == "Friday"
    assert again["date_basis"] == "story time" and again["date_sentence"] == 0
    own = next(e for e in events if e["doc"] == "border-1" and e["type"] == "REQUEST")
    assert own["date_basis"] == "stated" and own["date_sentence"] is None


# ------------------------------------------------------------------ 5-6. HTML pages
def _docs_json(path: Path) -> dict:
    proc = dragoman("docs", path, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_publication_date_from_the_visible_byline():
    d = _docs_json(FIXTURE / "byline_only.html")
    assert (d["publication_date"], d["date_precision"], d["date_basis"]) == ("2024-10-22", "day", "stated in text")
    assert "Published October 22, 2024" in d["date_evidence"] and "htmldate" in d["date_evidence"]


def test_docs_on_html_lists_each_removed_part_with_its_reason():
    d = _docs_json(FIXTURE / "byline_only.html")
    parts = {p["reason"]: p for p in d["removed_from_page"]}
    assert {"navigation", "comments", "related", "footer"} <= set(parts)
    assert "Ravi says" in parts["comments"]["text_preview"] and parts["footer"]["element"].startswith("<footer")
    assert not any(p["text_preview"][:30] in d["body"] for p in d["removed_from_page"])
    shown = dragoman("docs", FIXTURE / "byline_only.html").stdout
    for reason in ("navigation", "comments", "related", "footer"):
        assert re.search(rf"^{reason}\b", shown, re.M)


# ------------------------------------------------------------------ 7. publishers
def test_unknown_publisher_is_unknown(ic_store, tmp_path):
    out = tmp_path / "report.html"
    assert dragoman("report", "--db", ic_store, "-o", out).returncode == 0
    # Himalaya Wire (border-1, border-4); border-2, border-3 and the page have none
    assert re.search(r'class="num">1 \(\+3 unknown\)</div><div class="lbl">publishers', out.read_text())
    exported = tmp_path / "events.csv"
    proc = dragoman("export", "--db", ic_store, "--format", "csv", "-o", exported, "--mentions")
    assert proc.returncode == 0, proc.stderr
    doc_ids = {"border-1", "border-2", "border-3", "border-4", "byline_only"}
    for path in (exported, tmp_path / "events.mentions.csv"):
        publishers = {r["publisher"] for r in csv.DictReader(io.StringIO(path.read_text()))}
        assert publishers and not publishers & doc_ids and publishers <= {"Himalaya Wire", ""}


# ------------------------------------------------------------------ 8. small things
def test_events_and_dyad_csv_agree_stdout_or_file(ic_store, tmp_path):
    for cmd in (["events"], ["dyad", "IND", "CHN"]):
        printed = dragoman(*cmd, "--db", ic_store, "--csv")
        assert printed.returncode == 0 and printed.stdout.count("\n") > 1
        target = tmp_path / f"{cmd[0]}.csv"
        written = dragoman(*cmd, "--db", ic_store, "--csv", "-o", target)
        assert written.returncode == 0 and written.stdout == ""
        assert target.read_text() == printed.stdout and f"wrote {target}" in written.stderr
    alone = dragoman("events", "--db", ic_store, "-o", tmp_path / "x")
    assert alone.returncode == 2 and "--csv or --json" in alone.stderr


def test_readme_opens_with_the_two_commands_in_a_code_block():
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("```")
    close = lines.index("```", 1)
    assert [ln.split()[:2] for ln in lines[1:close]] == [["make", "demo"], ["make", "test"]]
    assert next(ln for ln in lines[close + 1:] if ln.strip()).startswith("# Dragoman")


def test_license_is_an_spdx_string():
    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["license"] == "MIT"
    assert any(re.match(r"setuptools>=(\d+)", r) and int(re.match(r"setuptools>=(\d+)", r).group(1)) >= 77
               for r in meta["build-system"]["requires"])


@pytest.mark.skipif(os.geteuid() != 0, reason="the apt-get path of the script runs as root")
@pytest.mark.parametrize("apt_works", [True, False])
def test_install_chromium_prints_one_line_and_apt_output_only_on_failure(tmp_path, apt_works):
    """The script itself is run; apt-get is a stand-in on PATH that talks as much as apt
    does (a real installation cannot run in a test), so what reaches the user is counted."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("id", "tail", "cp"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    install = f'cp "{bin_dir}/id" "{bin_dir}/chromium"' if apt_works else "echo 'E: Unable to locate package'; exit 100"
    (bin_dir / "apt-get").write_text(
        "#!/bin/sh\n" + "".join(f"echo 'Get:{i} http://deb.example stable/main chromium'\n" for i in range(56))
        + f'case "$*" in *install*) {install};; esac\n')
    (bin_dir / "apt-get").chmod(0o755)
    env = {"PATH": str(bin_dir), "TMPDIR": str(tmp_path)}
    proc = subprocess.run(["/bin/sh", str(REPO / "scripts" / "install-chromium.sh")], capture_output=True,
                          text=True, env=env, timeout=60)
    out = (proc.stdout + proc.stderr).strip().splitlines()
    if apt_works:
        assert proc.returncode == 0 and len(out) == 1 and out[0].startswith("install-chromium: installed ")
    else:
        assert proc.returncode == 1 and "apt-get install failed" in out[0]
        assert "E: Unable to locate package" in proc.stderr  # the log, shown because it failed
