"""The same behaviour from both stores (DuckDB file, PostgreSQL server): reruns, a run
killed mid-way, two runs at once on overlapping corpora, migrations, refused input.

Each test runs once per engine (``store_target``); the PostgreSQL runs carry the
``postgres`` marker and use a fresh database on the server scripts/test-services.sh starts.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from store_checks import DRAGOMAN, assert_holds, assert_whole, dragoman, run_and_kill, short_corpus, store_facts

from dragoman.api import extract_documents, load_documents, run_paths
from dragoman.store import StoreError, open_store

CORPUS_SIZE = 30


@pytest.fixture(scope="module")
def short_results(seeds_dir, pipeline, tmp_path_factory):
    """The short corpus (doc000 … doc029) and its results from one process: the expected store."""
    folder = short_corpus(seeds_dir, tmp_path_factory.mktemp("short") / "all", range(CORPUS_SIZE))
    docs, problems = load_documents([folder])
    assert not problems
    return {r.document.id: r for r in extract_documents(docs, pipeline)}


def test_rerun_stores_nothing_twice(store_target, seeds_dir, seeds_extraction, pipeline):
    results, _ = seeds_extraction
    first = run_paths([seeds_dir], store_target, pipeline=pipeline)
    assert (first.documents, first.skipped) == (5, 0)
    facts = store_facts(store_target)
    assert_holds(facts, results)  # the same events, with the same ids, as the single-process extraction
    second = run_paths([seeds_dir], store_target, pipeline=pipeline)
    assert (second.documents, second.skipped, second.events) == (0, 5, 0)
    assert store_facts(store_target) == facts
    with open_store(store_target, read_only=True) as store:
        stored = {e.id: e.to_output() for e in store.events()}
    assert stored == {e.id: e.to_output() for r in results for e in r.events}


def test_killed_run_leaves_whole_documents_and_rerun_completes(store_target, seeds_dir, tmp_path, short_results):
    corpus = short_corpus(seeds_dir, tmp_path / "corpus", range(CORPUS_SIZE))
    wanted = [short_results[p.stem] for p in sorted(corpus.glob("*.txt"))]
    stored_lines = run_and_kill([str(corpus), "--db", store_target], after_stored=1)
    assert stored_lines == 1
    facts = store_facts(store_target)  # the store opens after a kill -9
    assert_whole(facts)
    assert 0 < len(facts["documents"]) < len(wanted)
    rerun = dragoman("run", str(corpus), "--db", store_target)
    assert rerun.returncode == 0, rerun.stderr
    assert _count(rerun.stdout, "documents already stored") == len(facts["documents"])
    assert_holds(store_facts(store_target), wanted)


def _count(table: str, label: str) -> int:
    m = re.search(rf"{label}\s*│\s*(\d+)", table)
    assert m, table
    return int(m.group(1))


def test_two_runs_at_once_on_overlapping_corpora(store_target, seeds_dir, tmp_path, short_results):
    a = short_corpus(seeds_dir, tmp_path / "a", range(0, 20))
    b = short_corpus(seeds_dir, tmp_path / "b", range(10, CORPUS_SIZE))
    procs = [subprocess.Popen(DRAGOMAN + ["run", str(c), "--db", store_target], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for c in (a, b)]
    outs = [p.communicate(timeout=900) for p in procs]
    codes = [p.returncode for p in procs]
    for code, (stdout, stderr) in zip(codes, outs):
        assert "Traceback" not in stderr
        if code != 0:  # a DuckDB file has one writer at a time: the other says so in one line
            assert not store_target.startswith("postgresql"), stderr
            lines = [l for l in stderr.splitlines() if l.strip()]
            assert len(lines) == 1 and lines[0].startswith("dragoman: ") and "lock" in lines[0].lower(), stderr
    if store_target.startswith("postgresql"):
        assert codes == [0, 0], [o[1] for o in outs]
        # each document stored by exactly one of the two runs; the other found it stored
        processed = [_count(stdout, "documents processed") for stdout, _ in outs]
        skipped = [_count(stdout, "documents already stored") for stdout, _ in outs]
        assert sum(processed) == CORPUS_SIZE and sum(processed) + sum(skipped) == 40
    for code, corpus in zip(codes, (a, b)):
        if code != 0:
            rerun = dragoman("run", str(corpus), "--db", store_target)
            assert rerun.returncode == 0, rerun.stderr
    assert_holds(store_facts(store_target), list(short_results.values()))


def test_an_old_store_is_migrated_and_a_newer_one_refused(store_target):
    from dragoman.models import SCHEMA_VERSION
    from dragoman.store.migrations import steps, stored_version

    with open_store(store_target) as store:  # a new store: every step, in one go
        assert stored_version(store.con) == SCHEMA_VERSION
        # back to version 1: the base schema only, as a store of the first release
        store.con.execute("DROP INDEX events_doc_id")
        store.con.execute("UPDATE schema_info SET value = '1' WHERE key = 'schema_version'")
    with open_store(store_target, read_only=True) as store:  # reading needs no migration
        assert stored_version(store.con) == 1
    with open_store(store_target) as store:
        assert stored_version(store.con) == SCHEMA_VERSION == len(steps())
        store.con.execute("DROP INDEX events_doc_id")  # the step ran: the index is back
        store.con.execute("UPDATE schema_info SET value = '99' WHERE key = 'schema_version'")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer than this Dragoman"):
            open_store(store_target, read_only=read_only)


def test_an_empty_database_is_not_a_store_to_read(store_target):
    with pytest.raises(StoreError, match="run `dragoman run` first"):
        open_store(store_target, read_only=True)
    with pytest.raises(StoreError, match="run `dragoman run` first"):
        open_store(store_target, create=False)


@pytest.mark.postgres
def test_read_commands_give_the_same_output_from_either_store(seeds_extraction, tmp_path, postgres_url):
    """dyad, claims, network, export, report: byte for byte the same from DuckDB and PostgreSQL."""
    from dragoman.analysis.claims import claims
    from dragoman.analysis.dyad import dyad_rows
    from dragoman.analysis.network import build_network, to_json
    from dragoman.analysis.report import build_report
    from dragoman.exports import export

    results, _ = seeds_extraction
    outputs = []
    for n, target in enumerate((str(tmp_path / "s.duckdb"), postgres_url)):
        with open_store(target) as store:
            assert store.write_batch(results).stored == [r.document.id for r in results]
            got = {
                "dyad": dyad_rows(store, "USA", "PAK", by="month", directed=True, normalise=True),
                "claims": claims(store),
                "network": to_json(build_network(store)),
                "report": build_report(store),
            }
            for fmt in ("csv", "jsonl", "gdelt", "plover", "parquet"):
                for path in export(store, fmt, str(tmp_path / f"{n}.{fmt}"), with_mentions=fmt != "plover"):
                    got[f"{fmt}:{path.name[2:]}"] = path.read_bytes()
        outputs.append(got)
    duck, pg = outputs
    assert duck["claims"] and duck["dyad"] and len(duck) > 8
    for key in duck:
        assert pg[key] == duck[key], key


@pytest.mark.postgres
def test_events_command_reads_a_server_and_hides_its_password(seeds_extraction, postgres_url):
    results, _ = seeds_extraction
    with open_store(postgres_url) as store:
        store.write_batch(results)
    listed = dragoman("events", "--db", postgres_url, "--json", "--type", "REQUEST")
    assert listed.returncode == 0, listed.stderr
    assert '"type": "REQUEST"' in listed.stdout
    unreachable = postgres_url.replace("dragoman@", "dragoman:s3cret@").rsplit(":", 1)[0] + ":1/nowhere"
    res = dragoman("events", "--db", unreachable)
    lines = [l for l in res.stderr.splitlines() if l.strip()]
    assert res.returncode == 1 and len(lines) == 1 and lines[0].startswith("dragoman: "), res.stderr
    assert "s3cret" not in res.stderr and "***" in res.stderr


@pytest.mark.postgres
def test_a_document_the_server_refuses_is_reported_and_the_batch_goes_on(seeds_extraction, postgres_url):
    results, _ = seeds_extraction
    first, second, *rest = results
    refused = type(second)(  # PostgreSQL text cannot hold a NUL character
        second.document.model_copy(update={"title": "bad\x00title"}), second.sentences, second.mentions,
        second.events)
    with open_store(postgres_url) as store:
        outcome = store.write_batch([first, refused, *rest])
    assert outcome.stored == [first.document.id] + [r.document.id for r in rest]
    assert len(outcome.failed) == 1 and outcome.failed[0].path == (second.document.path or second.document.id)
    assert "not stored" in str(outcome.failed[0]) and "\n" not in str(outcome.failed[0])
    assert_holds(store_facts(postgres_url), [first, *rest])


@pytest.mark.parametrize("sql, expected", [
    ("SELECT x FROM t WHERE a = ? AND b IN (?,?)", "SELECT x FROM t WHERE a = %s AND b IN (%s,%s)"),
    ("SELECT '?', \"odd?col\" FROM t WHERE a LIKE 'x%' AND b = ?", "SELECT '?', \"odd?col\" FROM t WHERE a LIKE 'x%%' AND b = %s"),
    ("SELECT 'it''s ?' || ?", "SELECT 'it''s ?' || %s"),
    ("SELECT 5 % 2", "SELECT 5 %% 2"),
])
def test_store_sql_reaches_psycopg_with_its_placeholders(sql, expected):
    from dragoman.store.pg_dialect import to_format_style

    assert to_format_style(sql) == expected
