"""What the running server holds: its settings, the open store and the pipeline.

One store connection is shared by every request and used under a lock (a DuckDB
connection is not safe to use from two threads at once). The pipeline (the spaCy
model) is loaded on the first write only, so a read-only server starts fast.
"""

from __future__ import annotations

import logging
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterator, Optional, TypeVar

from dragoman.store import EventStore, open_store

DEFAULT_MAX_BODY_BYTES = 2_000_000
TOKEN_ENV = "DRAGOMAN_API_TOKEN"
CORS_ENV = "DRAGOMAN_API_CORS_ORIGINS"
T = TypeVar("T")
log = logging.getLogger("dragoman.server")


@dataclass
class Settings:
    """How one server runs. ``token=None`` makes the API read-only."""

    db: str = "dragoman.duckdb"
    token: Optional[str] = None
    cors_origins: list[str] = field(default_factory=list)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES

    @classmethod
    def from_env(cls, db: str, **overrides) -> "Settings":
        """Settings for ``db`` with the token and CORS origins read from the environment."""
        token = os.environ.get(TOKEN_ENV) or None
        origins = [o.strip() for o in os.environ.get(CORS_ENV, "").split(",") if o.strip()]
        values = {"token": token, "cors_origins": origins}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(db=db, **values)


class ServerState:
    """The store and pipeline behind the routes; open with ``open()``, end with ``close()``.

    The server holds a DuckDB store file (DuckDB lets one process write it), so the store
    changes only through this server's writes: ``changed()`` counts them, and analysis
    results are cached until the next one (``cached``). A PostgreSQL store is shared with
    other writers, so there a result is also kept only while the store's
    ``change_token()`` (what is stored) is the same."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._store: Optional[EventStore] = None
        self._store_lock = threading.RLock()
        self._pipeline = None
        self._pipeline_lock = threading.Lock()
        self._generation = 0
        self._cache: dict = {}

    def open(self) -> None:
        """Open the store (read-write: the analysis functions keep their canonical tables in it)."""
        if self._store is None:
            self._store = open_store(self.settings.db, lock_wait=0)  # a server refuses a held file at once

    def warm(self, compute: Callable[[EventStore], object]) -> threading.Thread:
        """Run ``compute`` on the store in the background (fills caches before the first page)."""
        def run() -> None:
            try:
                with self.store() as store:
                    compute(store)
            except Exception as exc:  # a cold cache is no reason to stop serving
                log.warning("warming the caches failed: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)

        thread = threading.Thread(target=run, name="dragoman-warm", daemon=True)
        thread.start()
        return thread

    def changed(self) -> None:
        """The stored documents changed: forget cached results."""
        with self._store_lock:
            self._generation += 1
            self._cache.clear()

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``'s result, kept until the store changes (call under ``store()``)."""
        with self._store_lock:
            state = (self._generation, self._store.change_token() if self._store is not None else None)
            hit = self._cache.get(key)
            if hit is not None and hit[0] == state:
                return hit[1]
            value = compute()
            self._cache[key] = (state, value)
            return value

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @contextmanager
    def store(self) -> Iterator[EventStore]:
        """The store, held for the duration of the ``with`` block."""
        with self._store_lock:
            if self._store is None:
                raise RuntimeError("the store is not open")
            yield self._store

    @contextmanager
    def pipeline(self):
        """The extraction pipeline, loaded on first use; one extraction at a time."""
        with self._pipeline_lock:
            if self._pipeline is None:
                from dragoman.pipeline import Pipeline

                self._pipeline = Pipeline()
            yield self._pipeline
