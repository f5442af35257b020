"""What every store offers, whatever the engine underneath.

A store keeps whole documents: a document, its sentences, mentions and events are
written together or not at all. The engines (an embedded DuckDB file, a PostgreSQL
server) differ in how they connect, lock and write; what the commands read is the
same SQL over the same tables, so the read side lives here once.

``store.con`` is the engine's connection seen through one dialect: ``execute(sql,
params)`` with ``?`` placeholders, returning something with ``fetchone()`` and
``fetchall()``, and ``executemany``. The analysis modules (dedup, dyad, claims,
network, export, report) use only SQL both engines understand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional, Protocol, runtime_checkable

from dragoman.models import Document, Event, InputProblem

STORED_TABLES = ("documents", "sentences", "mentions", "events")


class StoreError(RuntimeError):
    """The store cannot be opened or has an incompatible schema."""


@dataclass
class EventFilter:
    type: Optional[str] = None
    actor: Optional[str] = None  # country code, name or kb id, matched on source or target
    since: Optional[str] = None
    until: Optional[str] = None
    doc: Optional[str] = None
    modality: Optional[str] = None


@dataclass
class BatchOutcome:
    """What became of each document of a written batch."""

    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # already stored with the same content
    failed: list[InputProblem] = field(default_factory=list)


@runtime_checkable
class EventStore(Protocol):
    """The interface the pipeline, the commands and the analysis modules rely on."""

    path: str  # where the store is, as shown to the user (a file, or a URL without its password)
    con: object  # the connection, in the ``?``-placeholder dialect described above

    def stored_hash(self, doc_id: str) -> Optional[str]: ...
    def stored_hashes(self, doc_ids: Iterable[str]) -> dict[str, Optional[str]]: ...
    def write(self, result) -> bool: ...
    def write_batch(self, results: list) -> BatchOutcome: ...
    def counts(self) -> dict[str, int]: ...
    def documents(self) -> list[Document]: ...
    def events(self, flt: EventFilter | None = None) -> list[Event]: ...
    def close(self) -> None: ...


class SqlStore:
    """The read side and the batch writer shared by the engines; subclasses set ``con``
    and ``path`` and implement ``write`` (one document, one transaction)."""

    path: str
    con: object

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -------------------------------------------------------------- write
    def write(self, result) -> bool:  # pragma: no cover - each engine has its own
        raise NotImplementedError

    def write_batch(self, results: list) -> BatchOutcome:
        """Store several documents; one that cannot be stored is reported, the rest go on.

        This default gives each document its own transaction; an engine may do better
        (PostgreSQL writes a batch in one transaction, with a savepoint per document).
        """
        outcome = BatchOutcome()
        for result in results:
            doc = result.document
            try:
                stored = self.write(result)
            except Exception as exc:  # the engine rolled the document back; the batch goes on
                outcome.failed.append(not_stored(doc, exc))
                continue
            (outcome.stored if stored else outcome.unchanged).append(doc.id)
        return outcome

    # --------------------------------------------------------------- read
    def stored_hash(self, doc_id: str) -> Optional[str]:
        row = self.con.execute("SELECT content_hash FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def stored_hashes(self, doc_ids: Iterable[str]) -> dict[str, Optional[str]]:
        """Content hash of each of these documents that is stored (a query per 500 ids, not one per id)."""
        ids, out = list(doc_ids), {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            sql = f"SELECT id, content_hash FROM documents WHERE id IN ({','.join('?' * len(chunk))})"
            out.update(self.con.execute(sql, chunk).fetchall())
        return out

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in STORED_TABLES}

    def documents(self) -> list[Document]:
        rows = self.con.execute("SELECT record FROM documents ORDER BY id").fetchall()
        return [Document.model_validate_json(r[0]) for r in rows]

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        sql, params = event_query(flt or EventFilter())
        return [Event.model_validate_json(r[0]) for r in self.con.execute(sql, params).fetchall()]


def event_query(flt: EventFilter) -> tuple[str, list]:
    """The SELECT for the events a filter keeps, in document and text order."""
    where, params = [], []
    if flt.type:
        where.append("upper(type) = upper(?)")
        params.append(flt.type)
    if flt.actor:
        where.append(
            "(upper(source_country) = upper(?) OR upper(target_country) = upper(?) OR lower(source_name) = lower(?)"
            " OR lower(target_name) = lower(?) OR source_kb_id = ? OR target_kb_id = ?)"
        )
        params += [flt.actor] * 6
    if flt.since:
        where.append("event_date >= ?")
        params.append(flt.since)
    if flt.until:
        where.append("event_date IS NOT NULL AND substr(event_date, 1, ?) <= ?")
        params += [len(flt.until), flt.until]
    if flt.doc:
        where.append("doc_id = ?")
        params.append(flt.doc)
    if flt.modality:
        where.append("modality = ?")
        params.append(flt.modality)
    sql = "SELECT record FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY doc_id, sentence_idx, trigger_start, id", params


def not_stored(doc: Document, exc: BaseException) -> InputProblem:
    """The one line reported for a document the store refused."""
    return InputProblem(path=doc.path or doc.id, message=f"not stored: {first_line(exc)}")


def first_line(exc: BaseException) -> str:
    """An error's first line (engines' messages run over several)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
