"""``dragoman run --cluster``: a real Dask LocalCluster with 2 workers, into both stores.

The events (and their ids) must be those of the single-process run; a client killed
mid-run leaves whole documents only and a rerun on the cluster completes the rest;
progress is the cluster's task counts.
"""

from __future__ import annotations

import pytest
from store_checks import assert_holds, assert_whole, dragoman, run_and_kill, short_corpus, store_facts

from dragoman.cluster import ClusterError, ClusterSpec, parse_cluster, partitions


@pytest.mark.parametrize("text, spec", [
    ("local:2", ClusterSpec(local_workers=2)),
    ("local:16", ClusterSpec(local_workers=16)),
    ("tcp://10.0.0.5:8786", ClusterSpec(address="tcp://10.0.0.5:8786")),
    ("scheduler.example.org:8786", ClusterSpec(address="tcp://scheduler.example.org:8786")),
])
def test_cluster_specs(text, spec):
    assert parse_cluster(text) == spec


@pytest.mark.parametrize("text", ["local:0", "locale", "local:two", "http//x", "tcp://host", ""])
def test_a_bad_cluster_spec_is_one_clear_error(text):
    with pytest.raises(ClusterError, match="--cluster"):
        parse_cluster(text)


def test_partitions_keep_every_document_once_in_order():
    docs = list(range(101))
    parts = partitions(docs, workers=2)
    assert [d for p in parts for d in p] == docs
    assert len(parts) >= 8 and max(len(p) for p in parts) <= 32  # enough tasks to balance two workers


def test_the_cli_says_in_one_line_what_is_wrong_with_a_cluster(tmp_path, seeds_dir):
    res = dragoman("run", str(seeds_dir), "--db", str(tmp_path / "s.duckdb"), "--cluster", "local:none")
    lines = [l for l in res.stderr.splitlines() if l.strip()]
    assert res.returncode == 1 and len(lines) == 1 and "--cluster local:none" in lines[0], res.stderr
    both = dragoman("run", str(seeds_dir), "--cluster", "local:2", "--workers", "2")
    assert both.returncode == 1 and "not both" in both.stderr


@pytest.mark.dask
def test_a_cluster_run_stores_the_single_process_events(store_target, seeds_dir, seeds_extraction, dask_available):
    results, _ = seeds_extraction
    res = dragoman("run", str(seeds_dir), "--db", store_target, "--cluster", "local:2")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    assert_holds(store_facts(store_target), results)  # same documents, sentences, mentions, event ids
    from dragoman.store import open_store

    with open_store(store_target, read_only=True) as store:
        assert {e.id: e.to_output() for e in store.events()} == {e.id: e.to_output() for r in results for e in r.events}


@pytest.mark.dask
@pytest.mark.postgres
def test_a_killed_cluster_run_resumes_on_the_cluster(seeds_dir, pipeline, postgres_url, tmp_path, dask_available):
    from dragoman.api import extract_documents, load_documents, run_paths

    corpus = short_corpus(seeds_dir, tmp_path / "corpus", range(24), chars=800)
    docs, _ = load_documents([corpus])
    wanted = extract_documents(docs, pipeline)
    assert run_and_kill([str(corpus), "--db", postgres_url, "--cluster", "local:2"], after_stored=1) == 1
    facts = store_facts(postgres_url)
    assert_whole(facts)
    assert 0 < len(facts["documents"]) < len(docs)
    ticks: list[tuple[int, int, int]] = []
    summary = run_paths([corpus], postgres_url, cluster="local:2", cluster_progress=lambda *t: ticks.append(t))
    assert summary.skipped == len(facts["documents"]) and summary.documents == len(docs) - summary.skipped
    assert not summary.problems
    todo = len(docs) - summary.skipped
    assert [t[:2] for t in ticks] == [(i, len(partitions(list(range(todo)), 2))) for i in range(1, len(ticks) + 1)]
    assert ticks[-1][2] == 0  # nothing left on the workers at the end
    assert_holds(store_facts(postgres_url), wanted)


def test_worker_processes_share_the_parents_pipeline_and_give_its_events(seeds_dir, seeds_extraction, pipeline):
    """``--workers 2`` forks from this process's warm pipeline: same events and ids, in order,
    and the pipeline is let go once the pool is done."""
    import dragoman.api as api

    results, _ = seeds_extraction
    docs, _ = api.load_documents([seeds_dir])
    problems: list = []
    forked = list(api.process_documents(docs, pipeline, workers=2, problems=problems))
    assert not problems
    assert [r.document.id for r in forked] == [r.document.id for r in results]
    assert [e.to_output() for r in forked for e in r.events] == [e.to_output() for r in results for e in r.events]
    assert api._WORKER_PIPELINE is None
