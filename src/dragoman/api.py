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
# A run writes its results in batches and lets go of the store file in between (so other
# processes can read it): a batch is written when it holds this many documents or is
# this many seconds old.
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

    chunk = max(1, min(8, len(docs) // (workers * 4) or 1))
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_worker_init, initargs=(document_seconds,)) as pool:
        for item in pool.imap(_worker_process, docs, chunksize=chunk):
            if isinstance(item, InputProblem):
                if problems is not None:
                    problems.append(item)
            else:
                yield item


_WORKER_PIPELINE: Pipeline | None = None


def _worker_init(document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(document_seconds=document_seconds)


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
    document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS,
) -> RunSummary:
    """The main job: extract and store. Documents already stored unchanged are skipped.

    Results are written in small batches, each document in its own transaction, and the
    store file is let go between batches so that other processes can query it meanwhile.
    The summary counts what was stored; a document that cannot be written is a problem.
    """
    from dragoman.store import Store
    from dragoman.store.duckdb_store import DocumentNotStored

    started = time.perf_counter()
    summary = RunSummary()
    docs, summary.problems = load_documents(paths, max_bytes)
    with Store(db) as store:
        todo = [d for d in docs if not (d.content_hash and store.stored_hash(d.id) == d.content_hash)]
        store.release()
        summary.skipped = len(docs) - len(todo)
        if progress:
            progress(0, len(todo), "")
        pipeline = Pipeline(document_seconds=document_seconds) if todo and workers <= 1 else None
        pending: list[DocumentResult] = []
        oldest = time.monotonic()

        def flush() -> None:
            for result in pending:
                try:
                    store.write(result)
                except DocumentNotStored as exc:
                    summary.problems.append(InputProblem(path=result.document.path or result.document.id,
                                                         message="not stored: " + str(exc).split(": not stored: ", 1)[-1]))
                    continue
                summary.documents += 1
                summary.sentences += len(result.sentences)
                summary.events += len(result.events)
                summary.events_by_type.update(e.type for e in result.events)
                if progress:
                    progress(summary.documents, len(todo), result.document.id)
            pending.clear()
            store.release()

        results = process_documents(todo, pipeline, workers, summary.problems, document_seconds) if todo else []
        for result in results:
            if not pending:
                oldest = time.monotonic()
            pending.append(result)
            if len(pending) >= WRITE_BATCH_DOCUMENTS or time.monotonic() - oldest >= WRITE_BATCH_SECONDS:
                flush()
        flush()
        if pipeline:
            summary.stage_seconds = dict(pipeline.timer.seconds)
    summary.seconds = time.perf_counter() - started
    return summary
