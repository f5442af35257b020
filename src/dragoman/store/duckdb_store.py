"""The embedded DuckDB store.

One transaction per document: a document, its sentences, mentions and events are
written together or not at all, so an interrupted run leaves only whole documents and
a rerun completes the rest. A document already stored with the same content hash is
skipped; one whose content changed is replaced.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import duckdb

from dragoman.models import Document, Event
from dragoman.store.base import EventFilter, SqlStore, StoreError
from dragoman.store.migrations import check_version, migrate
from dragoman.store.rows import EVENT_COLUMNS, event_row, insert_sql, replace_document

__all__ = ["DEFAULT_DB", "EventFilter", "Store", "StoreError", "event_row", "events_to_jsonl"]

DEFAULT_DB = "dragoman.duckdb"
EVENTS_INSERT = insert_sql("events", EVENT_COLUMNS, "INSERT OR REPLACE")


class Store(SqlStore):
    """A DuckDB file (one writing process at a time)."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        try:
            if read_only and not Path(self.path).exists():
                raise StoreError(f"{self.path}: no such store (run `dragoman run` first)")
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {str(exc).splitlines()[0]}") from exc
        if read_only:
            check_version(self.con, self.path)
        else:
            migrate(self.con, self.path)

    # -------------------------------------------------------------- write
    def write(self, result) -> bool:
        """Store one document's results in one transaction. False when already stored unchanged."""
        doc: Document = result.document
        if doc.content_hash and self.stored_hash(doc.id) == doc.content_hash:
            return False
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            replace_document(con, result, EVENTS_INSERT)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return True


def events_to_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(e.to_output(), ensure_ascii=False) + "\n" for e in events)
