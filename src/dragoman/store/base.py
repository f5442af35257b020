"""What every store offers, whatever the engine underneath.

A store keeps whole documents: a document, its sentences, mentions and events are
written together or not at all. The engines (an embedded DuckDB file, a PostgreSQL
server) differ in how they connect, lock and write; what the commands read is the
same SQL over the same tables, so the read side lives once, in ``queries``.

``store.con`` is the engine's connection seen through one dialect: ``execute(sql,
params)`` with ``?`` placeholders, returning something with ``fetchone()`` and
``fetchall()``, and ``executemany``. The analysis modules (dedup, dyad, claims,
network, export, report) use only SQL both engines understand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional, Protocol, runtime_checkable

from dragoman.models import Document, InputProblem
from dragoman.store.queries import StoreQueries


class StoreError(RuntimeError):
    """The store cannot be opened or has an incompatible schema."""


class DocumentNotStored(StoreError):
    """One document could not be written (the store is unchanged for it).

    ``str()`` is the one line for the user, naming the document; ``reason`` is the
    engine's own first line."""

    def __init__(self, doc: Document, reason: str):
        self.doc_id = doc.id
        self.reason = reason
        super().__init__(f"{doc.path or doc.id}: not stored: {reason}")


@dataclass
class EventFilter:
    type: Optional[str] = None
    actor: object = None  # country code, name or kb id (str), or a dragoman.filters.ActorMatch; source or target
    since: Optional[str] = None
    until: Optional[str] = None
    doc: Optional[str] = None
    modality: Optional[str] = None
    country: Optional[str] = None  # ISO alpha-3, source or target
    dyad: Optional[tuple[str, str]] = None  # two countries, either direction
    min_confidence: Optional[float] = None
    text: Optional[str] = None  # case-insensitive substring of the sentence
    located: bool = False  # only events with coordinates
    after: Optional[tuple] = None  # keyset cursor: the sort key of the last event already seen
    limit: Optional[int] = None


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
    def events(self, flt: EventFilter | None = None) -> list: ...
    def write_atomic(self, results: list) -> list[bool]: ...
    def release(self) -> None: ...
    def change_token(self) -> Optional[str]: ...
    def close(self) -> None: ...


class SqlStore(StoreQueries):
    """The batch writer and the life cycle shared by the engines (the reads are
    ``StoreQueries``); subclasses set ``con`` and ``path`` and implement
    ``write_atomic`` (documents in one transaction)."""

    path: str
    con: object

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def release(self) -> None:
        """Let other processes at the store between writes (an engine that must, does)."""

    def change_token(self) -> Optional[str]:
        """Something that changes whenever other processes change what is stored; None
        where no other process can write while this one holds the store (DuckDB)."""
        return None

    # -------------------------------------------------------------- write
    def write(self, result) -> bool:
        """Store one document's results in one transaction. False when already stored unchanged."""
        return self.write_atomic([result])[0]

    def write_atomic(self, results: list) -> list[bool]:  # pragma: no cover - each engine has its own
        """Store several documents in one transaction, all or none (``DocumentNotStored``
        when one is refused); per result, whether it was written."""
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
            except DocumentNotStored as exc:  # the engine rolled the document back; the batch goes on
                outcome.failed.append(not_stored(doc, exc.reason))
                continue
            (outcome.stored if stored else outcome.unchanged).append(doc.id)
        return outcome


def not_stored(doc: Document, reason: BaseException | str) -> InputProblem:
    """The one line reported for a document the store refused."""
    text = reason if isinstance(reason, str) else first_line(reason)
    return InputProblem(path=doc.path or doc.id, message=f"not stored: {text}")


def first_line(exc: BaseException) -> str:
    """An error's first line (engines' messages run over several)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
