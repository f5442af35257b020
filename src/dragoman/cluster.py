"""Running the pipeline on a Dask distributed cluster (``dragoman run --cluster``).

``local:N`` starts a ``LocalCluster`` of N worker processes bound to 127.0.0.1; an
address (``tcp://host:8786``) connects to a scheduler that is already running. The
documents are read here, cut into partitions and sent to the workers; each worker
builds the pipeline once (``cluster_tasks.PipelinePlugin``: the spaCy model, the knowledge base)
and parses a partition in ``nlp.pipe`` batches. Results come back to this process,
which alone writes them to the store, whole documents at a time; so a run killed
anywhere leaves whole documents only, and a rerun skips them as usual.

At most a few partitions per worker are in flight, so the memory of this process
stays bounded however long the corpus. Progress is the cluster's task counts.
"""

from __future__ import annotations

import logging
import math
import os
import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from dragoman.models import Document, InputProblem
from dragoman.pipeline import DEFAULT_DOCUMENT_SECONDS, DocumentResult

TASKS_PER_WORKER = 4  # partitions per worker over the run: small enough to balance, large enough to batch
MAX_PARTITION = 32  # documents per task at most
IN_FLIGHT_PER_WORKER = 2  # partitions submitted ahead per worker
_LOCAL = re.compile(r"^local(?::(\d+))?$")
_ADDRESS = re.compile(r"^((tcp|tls|ws|wss|ucx|inproc)://)?[\w.\-\[\]:]+:\d+$")


class ClusterError(RuntimeError):
    """The cluster cannot be started or reached (one line for the user)."""


@dataclass(frozen=True)
class ClusterSpec:
    """Where to run: a local cluster of ``local_workers`` processes, or a scheduler ``address``."""

    local_workers: Optional[int] = None
    address: Optional[str] = None

    def __str__(self) -> str:
        return f"local:{self.local_workers}" if self.local_workers else str(self.address)


def parse_cluster(text: str) -> ClusterSpec:
    """``local``, ``local:N`` or a scheduler address (``tcp://host:port`` or ``host:port``)."""
    text = text.strip()
    m = _LOCAL.match(text)
    if m:
        n = int(m.group(1)) if m.group(1) else (os.cpu_count() or 1)
        if n < 1:
            raise ClusterError(f"--cluster {text}: a local cluster needs at least one worker")
        return ClusterSpec(local_workers=n)
    if _ADDRESS.match(text):
        return ClusterSpec(address=text if "://" in text else f"tcp://{text}")
    raise ClusterError(f"--cluster {text}: give local, local:N or a scheduler address such as tcp://host:8786")


def _distributed():
    try:
        import distributed
    except ImportError as exc:
        raise ClusterError("--cluster needs Dask: pip install 'dragoman[scale]'") from exc
    return distributed


@contextmanager
def connect(spec: ClusterSpec) -> Iterator:
    """A ``distributed.Client`` on the cluster; a local cluster is shut down afterwards."""
    distributed = _distributed()
    cluster = None
    try:
        if spec.local_workers:
            cluster = distributed.LocalCluster(
                n_workers=spec.local_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, silence_logs=logging.ERROR,
            )
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(spec.address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        what = "cannot start the local cluster" if spec.local_workers else "cannot reach the scheduler"
        raise ClusterError(f"--cluster {spec}: {what}: {exc}") from exc
    try:
        yield client
    finally:
        if cluster is not None:
            _quiet_worker_shutdown(client)
        client.close()
        if cluster is not None:
            cluster.close()


def _quieten_worker_logs() -> None:
    """Run in each worker of a local cluster being shut down: a heartbeat that meets the
    closing scheduler is no error of the run."""
    for name in ("distributed.worker", "distributed.core", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _quiet_worker_shutdown(client) -> None:
    """Before a local cluster closes, its workers stop logging the closing as errors; a
    worker already gone is no failure of the run."""
    try:
        client.run(_quieten_worker_logs)
    except Exception:  # noqa: BLE001 - shutting down: nothing of the run depends on it
        pass


def partitions(docs: list[Document], workers: int, size: Optional[int] = None) -> list[list[Document]]:
    """Cut the documents, in order, into partitions: about ``TASKS_PER_WORKER`` per worker."""
    size = size or max(1, min(MAX_PARTITION, math.ceil(len(docs) / (max(1, workers) * TASKS_PER_WORKER))))
    return [docs[i:i + size] for i in range(0, len(docs), size)]


def process_on_cluster(
    docs: list[Document],
    cluster: str | ClusterSpec,
    problems: list[InputProblem],
    on_tasks: Optional[Callable[[int, int, int], None]] = None,
    partition_size: Optional[int] = None,
    document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS,
) -> Iterator[DocumentResult]:
    """Run the pipeline over ``docs`` on the cluster; results as partitions finish.

    A partition that fails on the cluster (a worker lost too often) is reported in
    ``problems``, one line per document, and the rest goes on. ``on_tasks(done, total,
    processing)`` gets the cluster's task counts after each partition; ``document_seconds``
    is how long one document may take on a worker (a slower one is reported and skipped).
    """
    spec = parse_cluster(cluster) if isinstance(cluster, str) else cluster
    with connect(spec) as client:
        prepare_workers(client, document_seconds)
        yield from process_with_client(client, docs, problems, on_tasks, partition_size)


def prepare_workers(client, document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS) -> None:
    """Build the pipeline on every worker (and on workers that join later)."""
    from dragoman.cluster_tasks import PLUGIN_NAME, PipelinePlugin

    client.register_plugin(PipelinePlugin(document_seconds), name=PLUGIN_NAME)


def process_with_client(
    client,
    docs: list[Document],
    problems: list[InputProblem],
    on_tasks: Optional[Callable[[int, int, int], None]] = None,
    partition_size: Optional[int] = None,
) -> Iterator[DocumentResult]:
    """``process_on_cluster`` on a client already connected, whose workers are prepared."""
    distributed = _distributed()
    from dragoman.cluster_tasks import extract_partition

    workers = len(client.scheduler_info().get("workers", {})) or 1
    parts = partitions(docs, workers, partition_size)
    pending = iter(enumerate(parts))
    run = uuid.uuid4().hex[:12]  # task keys of two runs on one scheduler never meet
    running = distributed.as_completed()
    members: dict = {}

    def submit_next() -> None:
        for index, part in pending:
            future = client.submit(extract_partition, part, key=f"dragoman-{run}-{index}", pure=False)
            members[future.key] = part
            running.add(future)
            return

    for _ in range(max(2, IN_FLIGHT_PER_WORKER * workers)):
        submit_next()
    done = 0
    for future in running:
        part = members.pop(future.key)
        try:
            results, failures = future.result()
        except Exception as exc:  # a worker died on it too often, or the task could not run
            message = f"extraction failed on the cluster: {type(exc).__name__}: {exc}"
            results, failures = [], [InputProblem(path=d.path or d.id, message=message) for d in part]
        future.release()
        submit_next()
        problems.extend(failures)
        done += 1
        if on_tasks:
            on_tasks(done, len(parts), sum(len(keys) for keys in client.processing().values()))
        yield from results
