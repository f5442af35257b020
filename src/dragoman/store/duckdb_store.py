"""The embedded DuckDB store.

One transaction per document: a document, its sentences, mentions and events are
written together or not at all, so an interrupted run leaves only whole documents and
a rerun completes the rest. A document already stored with the same content hash is
skipped; one whose content changed is replaced.

DuckDB lets one process at a time hold a file open for writing, and no other process
read it meanwhile. So a writer holds the file only while it writes (``release`` closes
the connection; the next use opens it again), and opening a file another process holds
waits for it, saying so once on stderr, for up to ``lock_wait`` seconds.
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

import duckdb

from dragoman.models import SCHEMA_VERSION, Document, Event
from dragoman.store.queries import StoreQueries, extra_conditions

DEFAULT_DB = "dragoman.duckdb"
# How long opening a store another process holds waits before giving up, and how often it tries.
DEFAULT_LOCK_WAIT_SECONDS = 600.0
LOCK_POLL_SECONDS = 0.25

EVENT_COLUMNS = [
    "id", "doc_id", "sentence_idx", "sentence", "type", "mode", "cameo", "quad_class", "intensity",
    "source_country", "source_sector", "source_name", "source_kb_id", "source_rule",
    "target_country", "target_sector", "target_name", "target_kb_id", "target_rule",
    "modality", "historical", "quote", "quote_speaker", "event_date", "date_precision", "date_text",
    "location", "location_country", "admin1", "geonames_id", "lat", "lon", "location_precision",
    "confidence", "trigger_start", "trigger_end", "trigger_text", "source_start", "source_end",
    "target_start", "target_end", "rule", "record",
]


class StoreError(RuntimeError):
    """The store file cannot be opened or has an incompatible schema."""


class DocumentNotStored(StoreError):
    """One document could not be written (the store is unchanged for it)."""


def _say_waiting(message: str) -> None:
    print(f"dragoman: {message}", file=sys.stderr, flush=True)


def _lock_holder(message: str) -> Optional[str]:
    """'PID 123' from DuckDB's lock error, '' for a lock error without one, None otherwise."""
    if "lock" not in message.lower():
        return None
    m = re.search(r"PID (\d+)", message)
    return f"PID {m.group(1)}" if m else ""


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


class Store(StoreQueries):
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
        if not read_only:
            self._migrate()
        else:
            self._check_version()

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
                first = str(exc).splitlines()[0]
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

    # ------------------------------------------------------------- schema
    def _migrate(self) -> None:
        sql = resources.files("dragoman.store").joinpath("schema.sql").read_text(encoding="utf-8")
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(sql)
            row = self.con.execute("SELECT value FROM schema_info WHERE key = 'schema_version'").fetchone()
            if row is None:
                self.con.execute("INSERT INTO schema_info VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: store schema v{row[0]} is newer than this Dragoman (v{SCHEMA_VERSION})")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM schema_info WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a Dragoman store") from exc
        if row is None or int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: unsupported store schema {row}")

    def close(self) -> None:
        self.release()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -------------------------------------------------------------- write
    def stored_hash(self, doc_id: str) -> Optional[str]:
        row = self.con.execute("SELECT content_hash FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def write(self, result) -> bool:
        """Store one document's results in one transaction. False when already stored unchanged."""
        return self.write_atomic([result])[0]

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
            self._write(result)
        except (duckdb.Error, ValueError, UnicodeError) as exc:  # this document only; the store is unchanged
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise DocumentNotStored(f"{doc.path or doc.id}: not stored: {reason}") from exc
        return True

    def _write(self, result) -> None:
        doc: Document = result.document
        con = self.con
        self._delete_rows(doc.id)
        con.execute(
            "INSERT INTO documents (id, path, title, source, url, language, publication_date, date_basis,"
            " date_precision, duplicate_of, content_hash, body_length, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [doc.id, doc.path, doc.title, doc.source, doc.url, doc.language, doc.publication_date, doc.date_basis,
             doc.date_precision, doc.duplicate_of, doc.content_hash, len(doc.body), doc.model_dump_json()],
        )
        if result.sentences:
            con.executemany(
                "INSERT INTO sentences VALUES (?,?,?,?,?)",
                [[s.doc_id, s.index, s.start, s.end, s.text] for s in result.sentences],
            )
        if result.mentions:
            con.executemany(
                "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [[m.doc_id, i, m.sentence_index, m.start, m.end, m.text, m.kind,
                  m.actor.country if m.actor else None, m.actor.sector if m.actor else None,
                  m.actor.name if m.actor else None, m.actor.kb_id if m.actor else None,
                  m.actor.rule if m.actor else None] for i, m in enumerate(result.mentions)],
            )
        if result.events:
            placeholders = ",".join("?" * len(EVENT_COLUMNS))
            con.executemany(
                f"INSERT OR REPLACE INTO events ({','.join(EVENT_COLUMNS)}) VALUES ({placeholders})",
                [event_row(e) for e in result.events],
            )

    # --------------------------------------------------------------- read
    def counts(self) -> dict[str, int]:
        return {
            t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "sentences", "mentions", "events")
        }

    def actor_names(self) -> list[str]:
        """Every actor name stored on either side of an event (for filters and suggestions)."""
        rows = self.con.execute(
            "SELECT DISTINCT n FROM (SELECT source_name AS n FROM events UNION SELECT target_name FROM events)"
            " WHERE n IS NOT NULL ORDER BY n").fetchall()
        return [r[0] for r in rows]

    def documents(self) -> list[Document]:
        rows = self.con.execute("SELECT record FROM documents ORDER BY id").fetchall()
        return [Document.model_validate_json(r[0]) for r in rows]

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        flt = flt or EventFilter()
        where, params = [], []
        if flt.type:
            where.append("upper(type) = upper(?)")
            params.append(flt.type)
        if hasattr(flt.actor, "sql"):  # an ActorMatch resolved through the knowledge base
            cond, cond_params = flt.actor.sql()
            where.append(cond)
            params += cond_params
        elif flt.actor:
            a = flt.actor
            where.append(
                "(upper(source_country) = upper(?) OR upper(target_country) = upper(?) OR lower(source_name) = lower(?)"
                " OR lower(target_name) = lower(?) OR source_kb_id = ? OR target_kb_id = ?)"
            )
            params += [a] * 6
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
        for cond, values in extra_conditions(flt):
            where.append(cond)
            params += values
        sql = "SELECT record FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY doc_id, sentence_idx, trigger_start, id"
        if flt.limit is not None:
            sql += " LIMIT ?"
            params.append(flt.limit)
        return [Event.model_validate_json(r[0]) for r in self.con.execute(sql, params).fetchall()]



def event_row(e: Event) -> list:
    loc = e.location
    src, tgt = e.source, e.target
    return [
        e.id, e.doc, e.sentence_index, e.sentence, e.type, e.mode, e.cameo, e.quad_class, e.intensity,
        src.country, src.sector, src.name, src.kb_id, src.rule,
        tgt.country if tgt else None, tgt.sector if tgt else None, tgt.name if tgt else None,
        tgt.kb_id if tgt else None, tgt.rule if tgt else None,
        e.modality, e.historical, e.quote, e.quote_speaker, e.date, e.date_precision, e.date_text,
        loc.name if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
        loc.geonames_id if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        loc.precision if loc else None,
        e.confidence, e.trigger.start, e.trigger.end, e.trigger.text,
        e.source_span.start if e.source_span else None, e.source_span.end if e.source_span else None,
        e.target_span.start if e.target_span else None, e.target_span.end if e.target_span else None,
        e.rule, e.model_dump_json(),
    ]


def events_to_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(e.to_output(), ensure_ascii=False) + "\n" for e in events)
