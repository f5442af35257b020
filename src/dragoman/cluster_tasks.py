"""What runs on the Dask workers of ``dragoman run --cluster``.

Kept apart from ``dragoman.cluster`` (the client side) because it needs Dask at import
time: a worker plugin is a ``distributed.WorkerPlugin``.
"""

from __future__ import annotations

import threading
from typing import Optional

from distributed import WorkerPlugin, get_worker

from dragoman.models import Document, InputProblem
from dragoman.pipeline import DEFAULT_DOCUMENT_SECONDS, DocumentResult

PLUGIN_NAME = "dragoman-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Built on each worker when it joins: one pipeline (one spaCy model) per worker process.

    A lock keeps a worker with several threads from running the pipeline twice at once
    (spaCy's pipeline is not thread-safe); give workers one thread each.
    """

    name = PLUGIN_NAME

    def __init__(self, document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS):
        self.document_seconds = document_seconds  # how long one document may take (None: no limit)

    def setup(self, worker) -> None:
        from dragoman.pipeline import Pipeline

        self.pipeline = Pipeline(document_seconds=self.document_seconds).warm()  # its tables too
        self.lock = threading.Lock()


def extract_partition(docs: list[Document]) -> tuple[list[DocumentResult], list[InputProblem]]:
    """The task: run this worker's pipeline over one partition (one ``nlp.pipe`` pass)."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    with plugin.lock:
        pipeline = plugin.pipeline
        before = len(pipeline.failures)
        results = list(pipeline.process(docs))
        failures = pipeline.failures[before:]
        del pipeline.failures[before:]
    return results, failures
