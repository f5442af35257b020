"""The embedded DuckDB store.

One transaction per document: a document, its sentences, mentions and events are
written together or not at all, so an interrupted run leaves only whole documents and
a rerun completes the rest. A document already stored with the same content hash is
skipped; one whose content changed is replaced.

DuckDB lets one process at a time hold a file open for writing, and no other process
read it meanwhile. So a writer holds the file only while it writes (``release`` closes
the connection; the next use opens it again), and opening a file another process holds
waits for it, saying so once on stderr, for up to ``lock_wait`` seconds.

The reads are the shared ``StoreQueries``; the schema and its migrations are those of
every engine (``dragoman.store.migrations``).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Iterable, Optional

import duckdb

from dragoman.models import Document, Event
from dragoman.store.base import DocumentNotStored, EventFilter, SqlStore, StoreError, first_line
from dragoman.store.migrations import check_version, migrate
from dragoman.store.rows import EVENT_COLUMNS, event_row, insert_sql, replace_document

__all__ = ["DEFAULT_DB", "DocumentNotStored", "EventFilter", "Store", "StoreError", "event_row", "events_to_jsonl"]

DEFAULT_DB = "dragoman.duckdb"
# How long opening a store another process holds waits before giving up, and how often it tries.
DEFAULT_LOCK_WAIT_SECONDS = 600.0
LOCK_POLL_SECONDS = 0.25
EVENTS_INSERT = insert_sql("events", EVENT_COLUMNS, "INSERT OR REPLACE")


def _say_waiting(message: str) -> None:
    print(f"dragoman: {message}", file=sys.stderr, flush=True)


def _lock_holder(message: str) -> Optional[str]:
    """'PID 123' from DuckDB's lock error, '' for a lock error without one, None otherwise."""
    if "lock" not in message.lower():
        return None
    m = re.search(r"PID (\d+)", message)
    return f"PID {m.group(1)}" if m else ""


class Store(SqlStore):
    """A DuckDB file (one writing process at a time)."""

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        read_only: bool = False,
        lock_wait: float = DEFAULT_LOCK_WAIT_SECONDS,
        on_wait=_say_waiting,
    ):
        self.path = str(path)
        self.read_only = read_only
        self.lock_wait = lock_wait
        self.on_wait = on_wait
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (run `dragoman run` first)")
        self._con: Optional[duckdb.DuckDBPyConnection] = None
        try:
            if read_only:
                check_version(self.con, self.path)
            else:
                migrate(self.con, self.path)
        except StoreError:
            self.release()
            raise
        except duckdb.Error as exc:
            self.release()
            raise StoreError(f"{self.path}: cannot open store: {first_line(exc)}") from exc

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The open connection; opened again (waiting for the lock) after ``release``."""
        if self._con is None:
            self._con = self._connect()
        return self._con

    def _connect(self) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_wait
        said = False
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.Error as exc:
                first = first_line(exc)
                holder = _lock_holder(first)
                if holder is None:
                    raise StoreError(f"{self.path}: cannot open store: {first}") from exc
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"{self.path}: still in use by another process{' (' + holder + ')' if holder else ''} "
                        f"after {self.lock_wait:g} s; try again when it has finished"
                    ) from exc
                if not said and self.on_wait:
                    self.on_wait(f"{self.path} is in use by another process{' (' + holder + ')' if holder else ''}; "
                                 f"waiting for it (up to {self.lock_wait:g} s)")
                    said = True
                time.sleep(LOCK_POLL_SECONDS)

    def release(self) -> None:
        """Close the file so other processes may read or write it; the next use reopens it."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        self.release()

    # -------------------------------------------------------------- write
    def write_atomic(self, results) -> list[bool]:
        """Store several documents' results in one transaction: all of them or none.

        Returns, per result, whether it was written (False: already stored unchanged)."""
        with self._transaction():
            return [self._write_rows(r) for r in results]

    def _write_rows(self, result) -> bool:
        doc: Document = result.document
        if doc.content_hash and self.stored_hash(doc.id) == doc.content_hash:
            return False
        try:
            replace_document(self.con, result, EVENTS_INSERT)
        except (duckdb.Error, ValueError, UnicodeError) as exc:  # this document only; the store is unchanged
            raise DocumentNotStored(doc, first_line(exc)) from exc
        return True


def events_to_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(e.to_output(), ensure_ascii=False) + "\n" for e in events)
