"""Helpers of the store and cluster tests: small corpora, the CLI in a subprocess, and
what must hold of a store after any run (whole documents, nothing twice)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

DRAGOMAN = [sys.executable, "-m", "dragoman.cli"]


def short_corpus(seeds_dir: Path, folder: Path, numbers, chars: int = 1500) -> Path:
    """Documents ``doc<N>.txt``: the opening paragraphs of a seed (about ``chars``) and an issue line."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for n in numbers:
        paragraphs, size = [], 0
        for para in texts[n % len(texts)].split("\n\n"):
            if size > chars:
                break
            paragraphs.append(para)
            size += len(para)
        (folder / f"doc{n:03d}.txt").write_text("\n\n".join(paragraphs) + f"\n\nIssue {n}.", encoding="utf-8")
    return folder


def dragoman(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(DRAGOMAN + list(args), capture_output=True, text=True, timeout=timeout)


def run_and_kill(args: list[str], after_stored: int = 1) -> int:
    """Start ``dragoman run ... --verbose``, kill -9 it once it has stored whole documents.

    Returns how many 'stored' lines it printed. The run's own process group is killed, so
    that a local Dask cluster it started goes with it, as after a crash of the machine.
    """
    proc = subprocess.Popen(DRAGOMAN + ["run", *args, "--verbose"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    stored = 0
    try:
        for line in proc.stderr:
            if line.startswith("stored "):
                stored += 1
            if stored >= after_stored:
                break
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
    return stored


def store_facts(target: str) -> dict:
    """What a store holds, per table and per document, read with the store's own interface."""
    from dragoman.store import open_store

    with open_store(target, read_only=True) as store:
        con = store.con
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        return {
            "documents": sorted(r[0] for r in q("SELECT id FROM documents")),
            "duplicate_ids": q(
                "SELECT 'documents', id FROM documents GROUP BY id HAVING count(*) > 1 UNION ALL "
                "SELECT 'events', id FROM events GROUP BY id HAVING count(*) > 1"),
            "orphans": q(
                "SELECT 'events', count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents) UNION ALL "
                "SELECT 'sentences', count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents) UNION ALL "
                "SELECT 'mentions', count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)"),
            "sentences": dict(q("SELECT doc_id, count(*) FROM sentences GROUP BY doc_id")),
            "mentions": dict(q("SELECT doc_id, count(*) FROM mentions GROUP BY doc_id")),
            "events": sorted(e.id for e in store.events()),
        }


def assert_whole(facts: dict) -> None:
    """Every stored document is whole and nothing is stored twice or without its document."""
    assert facts["duplicate_ids"] == []
    assert all(n == 0 for _, n in facts["orphans"]), facts["orphans"]
    assert sorted(facts["sentences"]) == facts["documents"]  # every stored document has its sentences


def expected_facts(results) -> dict:
    """What a store must hold after storing these pipeline results."""
    return {
        "documents": sorted(r.document.id for r in results),
        "sentences": {r.document.id: len(r.sentences) for r in results if r.sentences},
        "mentions": {r.document.id: len(r.mentions) for r in results if r.mentions},
        "events": sorted(e.id for r in results for e in r.events),
    }


def assert_holds(facts: dict, results) -> None:
    """The store holds exactly these results, each document once and whole."""
    assert_whole(facts)
    want = expected_facts(results)
    for key, value in want.items():
        assert facts[key] == value, key


def new_database(admin_url: str, template: str | None = None) -> str:
    """A new database on the test server (a copy of ``template`` when given); its URL."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return admin_url.rsplit("/", 1)[0] + "/" + name


def drop_database(admin_url: str, url: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")
