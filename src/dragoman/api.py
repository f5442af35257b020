"""The Python API: the functions the CLI, the REST API and the web page call.

>>> from dragoman.api import extract_paths
>>> results, problems = extract_paths(["../shared/corpus/seeds"])
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from dragoman.models import Document, Event, InputProblem
from dragoman.pipeline import DEFAULT_DOCUMENT_SECONDS, DocumentResult, Pipeline

DEFAULT_MAX_BYTES = 5_000_000
# A run writes its results in batches and lets go of a store file in between (so other
# processes can read it): a batch is written when it holds this many documents or is
# this many seconds old. A PostgreSQL store writes a batch in one transaction.
WRITE_BATCH_DOCUMENTS = 16
WRITE_BATCH_SECONDS = 2.0


@dataclass
class RunSummary:
    documents: int = 0
    skipped: int = 0
    sentences: int = 0
    events: int = 0
    events_by_type: Counter = field(default_factory=Counter)
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)


def load_documents(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Document], list[InputProblem]]:
    """Read and prepare every input (documents stage); problems are collected, not raised."""
    from dragoman.documents import load_documents as _load

    docs: list[Document] = []
    problems: list[InputProblem] = []
    for item in _load([str(p) for p in paths], max_bytes=max_bytes):  # marks near-duplicates too
        if isinstance(item, InputProblem):
            problems.append(item)
        else:
            docs.append(item)
    return docs, problems


def extract_documents(
    docs: list[Document],
    pipeline: Pipeline | None = None,
    on_result: Callable[[DocumentResult], None] | None = None,
    workers: int = 1,
    problems: list[InputProblem] | None = None,
    document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS,
) -> list[DocumentResult]:
    out = []
    for result in process_documents(docs, pipeline, workers, problems, document_seconds):
        if on_result:
            on_result(result)
        out.append(result)
    return out


def process_documents(
    docs: list[Document],
    pipeline: Pipeline | None = None,
    workers: int = 1,
    problems: list[InputProblem] | None = None,
    document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS,
) -> Iterator[DocumentResult]:
    """Run the pipeline over documents, in this process or in ``workers`` processes (order kept).

    A document whose extraction fails is left out and reported in ``problems``.
    """
    if workers <= 1 or len(docs) < 2:
        pipeline = pipeline or Pipeline(document_seconds=document_seconds)
        yield from pipeline.process(docs)
        if problems is not None:
            problems.extend(pipeline.failures)
        return
    import multiprocessing as mp

    global _WORKER_PIPELINE
    chunk = max(1, min(8, len(docs) // (workers * 4) or 1))
    forking = _forking()
    ctx = mp.get_context("fork") if forking else mp.get_context()
    if forking:  # workers inherit one warm pipeline instead of each loading the model and tables
        _WORKER_PIPELINE = pipeline or Pipeline(document_seconds=document_seconds)
        _WORKER_PIPELINE.warm()
    try:
        with ctx.Pool(workers, initializer=_worker_init, initargs=(document_seconds,)) as pool:
            for item in pool.imap(_worker_process, docs, chunksize=chunk):
                if isinstance(item, InputProblem):
                    if problems is not None:
                        problems.append(item)
                else:
                    yield item
    finally:
        _WORKER_PIPELINE = None


_WORKER_PIPELINE: Pipeline | None = None


def _forking() -> bool:
    import multiprocessing as mp

    return "fork" in mp.get_all_start_methods()


def _worker_init(document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS) -> None:
    """A worker's pipeline: the parent's when forked, else one built here."""
    global _WORKER_PIPELINE
    if _WORKER_PIPELINE is None:
        _WORKER_PIPELINE = Pipeline(document_seconds=document_seconds)
    _WORKER_PIPELINE.document_seconds = document_seconds
    _WORKER_PIPELINE.failures = []


def _worker_process(doc: Document) -> DocumentResult | InputProblem:
    assert _WORKER_PIPELINE is not None
    for result in _WORKER_PIPELINE.process([doc]):
        return result
    return _WORKER_PIPELINE.failures.pop()


def extract_paths(
    paths: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS,
) -> tuple[list[DocumentResult], list[InputProblem]]:
    docs, problems = load_documents(paths, max_bytes)
    return extract_documents(docs, workers=workers, problems=problems, document_seconds=document_seconds), problems


def events_of(results: Iterable[DocumentResult]) -> list[Event]:
    return [e for r in results for e in r.events]


def run_paths(
    paths: Iterable[str | Path],
    db: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Optional[Callable[[int, int, str], None]] = None,
    workers: int = 1,
    cluster: Optional[str] = None,
    cluster_progress: Optional[Callable[[int, int, int], None]] = None,
    pipeline: Pipeline | None = None,
    document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS,
) -> RunSummary:
    """The main job: extract and store. Documents already stored unchanged are skipped.

    ``db`` is a DuckDB file or a ``postgresql://`` URL; ``cluster`` (``local:N`` or a
    scheduler address) runs the extraction on Dask, reporting (tasks done, tasks,
    tasks on workers) to ``cluster_progress``. Results are stored by this process
    alone, up to ``WRITE_BATCH_DOCUMENTS`` whole documents at a time (fewer when results
    come slowly: no result waits much over ``WRITE_BATCH_SECONDS`` to be stored), and a
    DuckDB file is let go between batches so that other processes can query it meanwhile.
    ``pipeline``: one already built, for a run in this process; ``document_seconds``: how
    long one document may take (a slower one is reported and skipped).
    """
    from dragoman.store import open_store

    started = time.perf_counter()
    summary = RunSummary()
    docs, summary.problems = load_documents(paths, max_bytes)
    with open_store(db) as store:
        stored = store.stored_hashes(d.id for d in docs if d.content_hash)
        store.release()
        todo = [d for d in docs if not (d.content_hash and stored.get(d.id) == d.content_hash)]
        summary.skipped = len(docs) - len(todo)
        if progress:
            progress(0, len(todo), "")
        if pipeline is None and todo and not cluster and (workers <= 1 or _forking()):  # forked workers share it
            pipeline = Pipeline(document_seconds=document_seconds)
        if not todo:
            results: Iterable[DocumentResult] = []
        elif cluster:
            from dragoman.cluster import process_on_cluster

            results = process_on_cluster(todo, cluster, summary.problems, on_tasks=cluster_progress,
                                         document_seconds=document_seconds)
        else:
            results = process_documents(todo, pipeline, workers, summary.problems, document_seconds)
        for batch in _batches(results, WRITE_BATCH_DOCUMENTS):
            _store_batch(store, batch, summary, len(todo), progress)
            store.release()
        if pipeline:
            summary.stage_seconds = dict(pipeline.timer.seconds)
    summary.seconds = time.perf_counter() - started
    return summary


def _batches(items: Iterable, size: int, wait_s: float = WRITE_BATCH_SECONDS) -> Iterator[list]:
    """Consecutive items in lists of at most ``size``; a list is closed early once its
    first item has waited ``wait_s`` (checked as each item arrives)."""
    batch: list = []
    opened = 0.0
    for item in items:
        if not batch:
            opened = time.perf_counter()
        batch.append(item)
        if len(batch) >= size or time.perf_counter() - opened >= wait_s:
            yield batch
            batch = []
    if batch:
        yield batch


def _store_batch(store, batch: list[DocumentResult], summary: RunSummary, total: int, progress) -> None:
    outcome = store.write_batch(batch)
    summary.problems.extend(outcome.failed)
    summary.skipped += len(outcome.unchanged)  # stored meanwhile by another run
    written = set(outcome.stored)
    for result in batch:
        if result.document.id not in written:
            continue
        summary.documents += 1
        summary.sentences += len(result.sentences)
        summary.events += len(result.events)
        summary.events_by_type.update(e.type for e in result.events)
        if progress:
            progress(summary.documents, total, result.document.id)
