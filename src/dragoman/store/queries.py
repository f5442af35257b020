"""What every store reads, written once for any engine.

``StoreQueries`` is mixed into a store class that has ``con`` (``execute(sql, params)``
with ``?`` placeholders, ``fetchone``/``fetchall``; see ``dragoman.store.base``): the
stored content hashes, counts, documents and events the CLI reads, and what the REST
API needs beyond them (one event, document or document's sentences, the document
index, the actors with their counts, deleting a document). The SQL is what DuckDB and
PostgreSQL both understand. ``event_query`` builds the one ``events`` query from an
``EventFilter``, the API's filters (country, dyad, confidence, words, located, keyset
cursor) included.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Optional

from dragoman.models import Document, Event, Sentence
from dragoman.store.rows import delete_document_rows

STORED_TABLES = ("documents", "sentences", "mentions", "events")
HASH_QUERY_CHUNK = 500  # document ids per query when reading content hashes


class StoreQueries:
    con: object

    @contextmanager
    def _transaction(self):
        """Everything done inside is committed together, or rolled back on any error."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _delete_rows(self, doc_id: str) -> None:
        delete_document_rows(self.con, doc_id)

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document with its sentences, mentions and events in one transaction."""
        with self._transaction():
            found = self.con.execute("SELECT count(*) FROM documents WHERE id = ?", [doc_id]).fetchone()[0] > 0
            self._delete_rows(doc_id)
        return found

    # ------------------------------------------------------------ documents
    def stored_hash(self, doc_id: str) -> Optional[str]:
        row = self.con.execute("SELECT content_hash FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def stored_hashes(self, doc_ids: Iterable[str]) -> dict[str, Optional[str]]:
        """Content hash of each of these documents that is stored (a query per 500 ids, not one per id)."""
        ids, out = list(doc_ids), {}
        for i in range(0, len(ids), HASH_QUERY_CHUNK):
            chunk = ids[i:i + HASH_QUERY_CHUNK]
            sql = f"SELECT id, content_hash FROM documents WHERE id IN ({','.join('?' * len(chunk))})"
            out.update(self.con.execute(sql, chunk).fetchall())
        return out

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in STORED_TABLES}

    def documents(self) -> list[Document]:
        rows = self.con.execute("SELECT record FROM documents ORDER BY id").fetchall()
        return [Document.model_validate_json(r[0]) for r in rows]

    def document(self, doc_id: str) -> Optional[Document]:
        row = self.con.execute("SELECT record FROM documents WHERE id = ?", [doc_id]).fetchone()
        return Document.model_validate_json(row[0]) if row else None

    def sentences(self, doc_id: str) -> list[Sentence]:
        rows = self.con.execute(
            "SELECT doc_id, idx, start_char, end_char, text FROM sentences WHERE doc_id = ? ORDER BY idx", [doc_id]
        ).fetchall()
        return [Sentence(doc_id=d, index=i, start=s, end=e, text=t) for d, i, s, e, t in rows]

    def document_index(self) -> list[dict]:
        """One summary per document (no text): metadata and its number of sentences and events."""
        cols = ["id", "title", "source", "url", "publication_date", "date_basis", "date_precision", "duplicate_of",
                "body_length"]
        rows = self.con.execute(
            f"SELECT {', '.join('d.' + c for c in cols)},"
            " (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id),"
            " (SELECT count(*) FROM events e WHERE e.doc_id = d.id) FROM documents d ORDER BY d.id"
        ).fetchall()
        return [dict(zip(cols + ["sentences", "events"], r)) for r in rows]

    # --------------------------------------------------------------- events
    def events(self, flt=None) -> list[Event]:
        """The events a filter (``EventFilter``) keeps, in document and text order."""
        sql, params = event_query(flt)
        return [Event.model_validate_json(r[0]) for r in self.con.execute(sql, params).fetchall()]

    def event(self, event_id: str) -> Optional[Event]:
        row = self.con.execute("SELECT record FROM events WHERE id = ?", [event_id]).fetchone()
        return Event.model_validate_json(row[0]) if row else None

    def actor_names(self) -> list[str]:
        """Every actor name stored on either side of an event (for filters and suggestions)."""
        rows = self.con.execute(
            "SELECT DISTINCT n FROM (SELECT source_name AS n FROM events UNION SELECT target_name FROM events) AS names"
            " WHERE n IS NOT NULL ORDER BY n").fetchall()
        return [r[0] for r in rows]

    def actors(self) -> list[dict]:
        """Each actor named in an event (country, sector, name, kb id) with its counts as source and as target."""
        rows = self.con.execute(
            "WITH sides AS ("
            " SELECT source_country AS country, source_sector AS sector, source_name AS name, source_kb_id AS kb_id,"
            " 1 AS as_source, 0 AS as_target, doc_id FROM events"
            " UNION ALL SELECT target_country, target_sector, target_name, target_kb_id, 0, 1, doc_id FROM events"
            " WHERE target_country IS NOT NULL OR target_sector IS NOT NULL OR target_name IS NOT NULL)"
            " SELECT country, sector, name, kb_id, sum(as_source), sum(as_target), count(DISTINCT doc_id) FROM sides"
            " GROUP BY country, sector, name, kb_id"
            " ORDER BY sum(as_source) + sum(as_target) DESC, country, sector, name, kb_id"
        ).fetchall()
        return [
            {"country": c, "sector": s, "name": n, "kb_id": k, "as_source": int(a), "as_target": int(t),
             "documents": int(d)}
            for c, s, n, k, a, t, d in rows
        ]


def event_query(flt=None) -> tuple[str, list]:
    """The SELECT (with its parameters) for the events an ``EventFilter`` keeps, in
    document and text order (``event_sort_key``), at most ``flt.limit`` of them."""
    where: list[tuple[str, list]] = []
    if flt is not None:
        where = base_conditions(flt) + extra_conditions(flt)
    sql = "SELECT record FROM events"
    params: list = []
    if where:
        sql += " WHERE " + " AND ".join(cond for cond, _ in where)
        params = [p for _, values in where for p in values]
    sql += " ORDER BY doc_id, sentence_idx, trigger_start, id"
    if flt is not None and flt.limit is not None:
        sql += " LIMIT ?"
        params.append(flt.limit)
    return sql, params


def base_conditions(flt) -> list[tuple[str, list]]:
    """The SQL conditions of the CLI's filters: type, actor, since, until, doc, modality."""
    out: list[tuple[str, list]] = []
    if flt.type:
        out.append(("upper(type) = upper(?)", [flt.type]))
    if hasattr(flt.actor, "sql"):  # an ActorMatch resolved through the knowledge base
        out.append(flt.actor.sql())
    elif flt.actor:
        out.append((
            "(upper(source_country) = upper(?) OR upper(target_country) = upper(?) OR lower(source_name) = lower(?)"
            " OR lower(target_name) = lower(?) OR source_kb_id = ? OR target_kb_id = ?)", [flt.actor] * 6))
    if flt.since:
        out.append(("event_date >= ?", [flt.since]))
    if flt.until:
        out.append(("event_date IS NOT NULL AND substr(event_date, 1, ?) <= ?", [len(flt.until), flt.until]))
    if flt.doc:
        out.append(("doc_id = ?", [flt.doc]))
    if flt.modality:
        out.append(("modality = ?", [flt.modality]))
    return out


def extra_conditions(flt) -> list[tuple[str, list]]:
    """The SQL conditions (with their parameters) of an ``EventFilter``'s country, dyad,
    min_confidence, text, located and after (cursor) fields."""
    out: list[tuple[str, list]] = []
    if flt.country:
        out.append(("(upper(source_country) = upper(?) OR upper(target_country) = upper(?))", [flt.country] * 2))
    if flt.dyad:
        a, b = (c.upper() for c in flt.dyad)
        out.append(("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))",
                    [a, b, b, a]))
    if flt.min_confidence is not None:
        out.append(("confidence >= ?", [flt.min_confidence]))
    if flt.text:
        out.append(("strpos(lower(sentence), lower(?)) > 0", [flt.text]))
    if flt.located:
        out.append(("lat IS NOT NULL AND lon IS NOT NULL", []))
    if flt.after:  # keyset paging: strictly after this (doc_id, sentence_idx, trigger_start, id)
        d, s, t, i = flt.after
        out.append(("(doc_id > ? OR (doc_id = ? AND (sentence_idx > ? OR (sentence_idx = ? AND"
                    " (trigger_start > ? OR (trigger_start = ? AND id > ?))))))", [d, d, s, s, t, t, i]))
    return out


def event_sort_key(e: Event) -> tuple:
    """The order a store's ``events`` returns events in; ``EventFilter.after`` takes one of these."""
    return (e.doc, e.sentence_index, e.trigger.start, e.id)
