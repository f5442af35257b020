"""The Phoenix dictionaries shipped as package data, their precedence, dates and filters, and
``dragoman kb import phoenix`` without ``--dest`` (real files, real CLI, no mocks)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dragoman.actors.importers import import_phoenix
from dragoman.actors.kb import KnowledgeBase
from dragoman.data_files import data_path

PHOENIX = Path("/work/shared/data/phoenix")
SHIPPED = data_path("kb", "phoenix")
BUILD = data_path("kb", "build_phoenix.py")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(None, [SHIPPED])


def test_default_kb_knows_phoenix_entries_without_an_import(kb):
    pelosi = kb.people_named("Nancy Pelosi")
    assert [p.id for p in pelosi] == ["phx:nancy-pelosi"]
    t = kb.post_on("phx:nancy-pelosi", date(2009, 6, 1))
    assert (t.country, t.sector) == ("USA", "GOV")
    assert kb.organisation("Amnesty International") is not None
    assert len(kb.people) > 15000 and len(kb.organisations) > 7000


def test_hand_written_entries_take_precedence(kb):
    # the package has Hillary Clinton with dated posts; Phoenix's entry of that name is left out
    assert [p.id for p in kb.people_named("Hillary Clinton")] == ["person:hillary-clinton"]
    assert "phx:hillary-clinton" not in kb.people
    assert any("phx:hillary-clinton" in c and "left out" in c for c in kb.conflicts)


def test_shipped_tenures_stay_inside_the_dictionaries_dates():
    """No shipped Phoenix tenure, default roles included, holds after the dictionaries were
    made (2014-2015): a person they code has no post from them in 2016."""
    with open(SHIPPED / "people_phoenix.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 25000 and all(r["end"] for r in rows)
    assert max(r["end"] for r in rows) <= "2015-12-31"
    kb = KnowledgeBase.load(None, [SHIPPED])
    assert kb.post_on("phx:nancy-pelosi", date(2016, 6, 1)) is None


def test_open_ended_roles_end_at_the_files_vintage_and_two_digit_years(tmp_path):
    src = tmp_path / "x.actors.txt"
    src.write_text(
        "# Generated at: Thu Jan 30 16:06:18 2014\n"
        "JANE_EXAMPLE_\n\t[KENGOV >100101]\n\t[KENELI 260101-091231]\n"
        "ABDULLAH_\n\t[JORGOV 990207-120101]\n"
        "KENYAN_DEFENCE_MINISTRY [KENGOV]\n"
        "BRIGHT_\n\t[KENGOV]\n", encoding="utf-8")
    rep = import_phoenix(src, tmp_path / "out")
    kb = KnowledgeBase.load(tmp_path / "empty", [tmp_path / "out"])
    pid = kb.people_named("Jane Example")[0].id
    assert kb.post_on(pid, date(2013, 6, 1)).sector == "GOV"
    assert kb.post_on(pid, date(2014, 2, 1)) is None  # the file knows nothing after 30 Jan 2014
    assert kb.organisation("Bright") is None  # a one-word name that is an English word
    eli = [t for t in kb.people[pid].tenures if t.start and t.start.year < 2000]
    assert eli and eli[0].start == date(1926, 1, 1)  # 26 is 1926 in a file of 2014, not 2026
    assert rep.dropped["person named by one word"] == 1  # "Abdullah" alone names too many people
    assert rep.dropped["organisation named by one English word"] == 1
    assert kb.people_named("Abdullah") == []


def test_composed_names_and_common_words_are_not_entries(tmp_path):
    src = tmp_path / "y.actors.txt"
    src.write_text("KENYAN_MILITARY_ [KENMIL]\nUS_SECRETARY_OF_DEFENSE_ [USAGOV]\nGEORGE_PRIME_\n"
                   "\t[GRDGOV 000101-051231]\n\t[GRDELI]\n", encoding="utf-8")
    rep = import_phoenix(src, tmp_path / "out")
    assert rep.dropped["organisation named by a (country +) role phrase"] == 2
    kb = KnowledgeBase.load(None, [tmp_path / "out"])
    assert kb.organisation("Kenyan military") is None  # the resolver composes KEN + military
    assert kb.people_named("George Prime")  # the full name is known ...
    assert not kb.is_surname("Prime")  # ... but "Prime" alone is an English word, not his surname
    assert kb.is_surname("Khan")  # a hand-written surname is untouched


def test_shipped_data_is_what_the_build_script_derives(tmp_path):
    if not PHOENIX.is_dir():
        pytest.skip("shared Phoenix dictionaries not present")
    copy = tmp_path / "kb"
    copy.mkdir()
    script = copy / "build_phoenix.py"
    script.write_text(BUILD.read_text(encoding="utf-8"), encoding="utf-8")
    res = subprocess.run([sys.executable, str(script), str(PHOENIX)], capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    for f in sorted(SHIPPED.iterdir()):
        assert (copy / "phoenix" / f.name).read_bytes() == f.read_bytes(), f.name


def _dragoman(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dragoman.cli", *args], capture_output=True, text=True,
                          timeout=600, env={**os.environ, **env})


def test_cli_import_without_dest_writes_the_user_data_dir_and_says_so(tmp_path):
    src = tmp_path / "z.actors.txt"
    src.write_text("WANJIKU_EXAMPLE_\n\t[KENGOV 100101-121231]\n", encoding="utf-8")
    user = tmp_path / "user-kb"
    env = {"DRAGOMAN_KB_DIR": str(user), "DRAGOMAN_CACHE_DIR": str(tmp_path / "cache")}
    res = _dragoman("kb", "import", "phoenix", str(src), env=env)
    assert res.returncode == 0, res.stderr
    assert f"written to {user}" in res.stdout and (user / "people_phoenix.csv").is_file()
    res = _dragoman("actors", "show", "Wanjiku Example", "--json", env=env)
    assert res.returncode == 0 and '"KEN"' in res.stdout  # the default knowledge base reads it
    res = _dragoman("kb", "import", "phoenix", str(tmp_path / "missing"), env=env)
    assert res.returncode == 1 and "no such file or folder" in res.stderr and "Traceback" not in res.stderr


def test_compiled_cache_follows_the_files(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAGOMAN_CACHE_DIR", str(tmp_path / "cache"))
    d = tmp_path / "kb"
    d.mkdir()
    (d / "people_x.csv").write_text("id,name,aliases,post,country,sector,start,end,source\n"
                                    "x:a,Amina Example,,Minister,KEN,GOV,2010,2012,test\n", encoding="utf-8")
    first = KnowledgeBase._cached_load([d])
    assert list(first.people) == ["x:a"] and list((tmp_path / "cache").glob("kb-*.pickle"))
    assert list(KnowledgeBase._cached_load([d]).people) == ["x:a"]
    (d / "people_x.csv").write_text("id,name,aliases,post,country,sector,start,end,source\n"
                                    "x:b,Baraka Example,,Minister,KEN,GOV,2010,2012,test\n", encoding="utf-8")
    assert list(KnowledgeBase._cached_load([d]).people) == ["x:b"]


def test_an_imported_surname_alone_needs_a_post_on_the_day(kb):
    """"Goma" in a 2022 story is the Congolese city, not Louis Sylvain Goma, a prime minister
    of the 1970s whom only Phoenix codes."""
    assert kb.people_named("Louis Sylvain Goma")
    assert kb.people_named("Goma", on=date(2022, 6, 12)) == []
    assert kb.people_named("Goma") == []
