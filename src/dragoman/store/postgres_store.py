"""The PostgreSQL store: one database shared by a team, written by many processes.

Same tables as the DuckDB file (``schema.sql`` and ``migrations/``), same reads
(``dragoman.store.base``). What differs is writing from several machines at once:

- a batch of documents is one transaction, each document in a savepoint of its own,
  so a document the server refuses is reported and the rest of the batch is stored;
- before writing, the batch takes a transaction-scoped advisory lock per document
  (in one global order, so two writers never deadlock) and reads the stored content
  hashes again under those locks: of two runs over overlapping corpora, the second to
  reach a document finds it stored and leaves it alone;
- events are inserted with ``ON CONFLICT (id)``, documents and their rows are keyed
  by primary keys, so nothing can be stored twice even by a writer that skipped the
  locks.

A process killed mid-batch leaves nothing of that batch: the server rolls it back.
"""

from __future__ import annotations

import hashlib
import re

from dragoman.store.base import BatchOutcome, DocumentNotStored, SqlStore, StoreError, first_line, not_stored
from dragoman.store.migrations import check_version, migrate, stored_version
from dragoman.store.pg_dialect import DOCUMENT_LOCK_NAMESPACE, QmarkConnection
from dragoman.store.rows import EVENT_COLUMNS, insert_sql, replace_document

_PASSWORD = re.compile(r"(://[^:/@]+:)[^@]*@")
EVENTS_UPSERT = insert_sql("events", EVENT_COLUMNS) + " ON CONFLICT (id) DO UPDATE SET " + ", ".join(
    f"{c} = EXCLUDED.{c}" for c in EVENT_COLUMNS if c != "id"
)


def redact(url: str) -> str:
    """The URL as shown to the user: without its password."""
    return _PASSWORD.sub(r"\1***@", url)


def document_lock_key(doc_id: str) -> int:
    """A stable signed 32-bit key for a document's advisory lock (the same in every process)."""
    return int.from_bytes(hashlib.sha1(doc_id.encode("utf-8")).digest()[:4], "big", signed=True)


class PostgresStore(SqlStore):
    """A PostgreSQL database, named by a ``postgresql://`` URL."""

    def __init__(self, url: str, read_only: bool = False, create: bool = True):
        """Connect (and create or migrate the schema unless ``read_only``); a server that
        cannot be reached or refuses raises ``StoreError`` with the server's first line."""
        self.path = redact(url)
        try:
            import psycopg
            from psycopg.types.numeric import FloatLoader
            from psycopg.types.string import TextLoader
        except ImportError as exc:
            raise StoreError(f"{self.path}: a PostgreSQL store needs psycopg: pip install 'dragoman[postgres]'") from exc
        self._errors = psycopg.Error
        try:
            self.raw = psycopg.connect(url, autocommit=True, application_name="dragoman")
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {first_line(exc)}") from exc
        # rows come back as DuckDB gives them: JSON as its text, averages as floats
        for name in ("json", "jsonb"):
            self.raw.adapters.register_loader(name, TextLoader)
        self.raw.adapters.register_loader("numeric", FloatLoader)
        self.con = QmarkConnection(self.raw)
        try:
            if read_only or (not create and stored_version(self.con) is None):
                check_version(self.con, self.path)
            else:
                migrate(self.con, self.path)
        except psycopg.Error as exc:
            self.raw.close()
            raise StoreError(f"{self.path}: cannot open store: {first_line(exc)}") from exc
        except StoreError:
            self.raw.close()
            raise

    def change_token(self) -> str:
        """The stored documents and their content, in one digest (other writers share the server)."""
        row = self.con.execute(
            "SELECT count(*), md5(coalesce(string_agg(id || ':' || coalesce(content_hash, ''), ',' ORDER BY id), ''))"
            " FROM documents").fetchone()
        return f"{row[0]}:{row[1]}"

    # -------------------------------------------------------------- write
    def _lock_documents(self, results: list) -> dict:
        """Inside a transaction: take each document's advisory lock (in one global order, so
        two writers never deadlock) and read the stored hashes again under the locks."""
        for key in sorted({document_lock_key(r.document.id) for r in results}):
            self.raw.execute("SELECT pg_advisory_xact_lock(%s, %s)", [DOCUMENT_LOCK_NAMESPACE, key])
        return self.stored_hashes(r.document.id for r in results)  # what other writers committed

    def write_atomic(self, results: list) -> list[bool]:
        """Store several documents in one transaction: all of them or none
        (``DocumentNotStored`` names the one refused). Per result, whether it was written."""
        return [state == "stored" for state, _ in self._write_locked(results, all_or_none=True)]

    def write_batch(self, results: list) -> BatchOutcome:
        """The batch in one transaction, each document in a savepoint: one the server
        refuses is reported, the rest are stored."""
        outcome = BatchOutcome()
        for (state, problem), result in zip(self._write_locked(results, all_or_none=False), results):
            if problem is not None:
                outcome.failed.append(problem)
            else:
                (outcome.stored if state == "stored" else outcome.unchanged).append(result.document.id)
        return outcome

    def _write_locked(self, results: list, all_or_none: bool) -> list[tuple[str, object]]:
        """Write the documents in one transaction under their locks; per result
        ("stored" | "unchanged" | "failed", the problem of a failed one)."""
        states: list[tuple[str, object]] = []
        if not results:
            return states
        with self.raw.transaction():
            stored = self._lock_documents(results)
            for result in results:
                doc = result.document
                if doc.content_hash and stored.get(doc.id) == doc.content_hash:
                    states.append(("unchanged", None))
                    continue
                try:
                    with self.raw.transaction():  # a savepoint: a refused document leaves the batch going
                        replace_document(self.con, result, EVENTS_UPSERT)
                except self._errors as exc:
                    if all_or_none:
                        raise DocumentNotStored(doc, first_line(exc)) from exc
                    states.append(("failed", not_stored(doc, exc)))
                    continue
                stored[doc.id] = doc.content_hash
                states.append(("stored", None))
        return states
