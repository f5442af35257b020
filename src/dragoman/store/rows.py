"""The table rows of one document's results, as every engine stores them.

Column order follows ``schema.sql``; each INSERT is written with ``?`` placeholders
(the store dialect of ``dragoman.store.base``).
"""

from __future__ import annotations

from dragoman.models import Document, Event

DOCUMENT_COLUMNS = [
    "id", "path", "title", "source", "url", "language", "publication_date", "date_basis",
    "date_precision", "duplicate_of", "content_hash", "body_length", "record",
]
SENTENCE_COLUMNS = ["doc_id", "idx", "start_char", "end_char", "text"]
MENTION_COLUMNS = ["doc_id", "idx", "sentence_idx", "start_char", "end_char", "text", "kind",
                   "country", "sector", "name", "kb_id", "rule"]
EVENT_COLUMNS = [
    "id", "doc_id", "sentence_idx", "sentence", "type", "mode", "cameo", "quad_class", "intensity",
    "source_country", "source_sector", "source_name", "source_kb_id", "source_rule",
    "target_country", "target_sector", "target_name", "target_kb_id", "target_rule",
    "modality", "historical", "quote", "quote_speaker", "event_date", "date_precision", "date_text",
    "location", "location_country", "admin1", "geonames_id", "lat", "lon", "location_precision",
    "confidence", "trigger_start", "trigger_end", "trigger_text", "source_start", "source_end",
    "target_start", "target_end", "rule", "record",
]
# a document's rows, children first: the order to delete them in (the reverse to insert)
DOCUMENT_TABLES = (("events", "doc_id"), ("mentions", "doc_id"), ("sentences", "doc_id"), ("documents", "id"))


def replace_document(con, result, events_insert: str) -> None:
    """Delete what is stored under the document's id and insert its new rows (inside the
    caller's transaction). ``events_insert``: the engine's INSERT for events, which may
    replace an event of the same id (``INSERT OR REPLACE``, ``ON CONFLICT``)."""
    doc = result.document
    delete_document_rows(con, doc.id)
    con.execute(insert_sql("documents", DOCUMENT_COLUMNS), document_row(doc))
    if result.sentences:
        con.executemany(insert_sql("sentences", SENTENCE_COLUMNS), sentence_rows(result))
    if result.mentions:
        con.executemany(insert_sql("mentions", MENTION_COLUMNS), mention_rows(result))
    if result.events:
        con.executemany(events_insert, [event_row(e) for e in result.events])


def delete_document_rows(con, doc_id: str) -> None:
    """Delete a document and its sentences, mentions and events (inside the caller's transaction)."""
    for table, key in DOCUMENT_TABLES:
        con.execute(f"DELETE FROM {table} WHERE {key} = ?", [doc_id])


def insert_sql(table: str, columns: list[str], verb: str = "INSERT") -> str:
    return f"{verb} INTO {table} ({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})"


def document_row(doc: Document) -> list:
    return [doc.id, doc.path, doc.title, doc.source, doc.url, doc.language, doc.publication_date, doc.date_basis,
            doc.date_precision, doc.duplicate_of, doc.content_hash, len(doc.body), doc.model_dump_json()]


def sentence_rows(result) -> list[list]:
    return [[s.doc_id, s.index, s.start, s.end, s.text] for s in result.sentences]


def mention_rows(result) -> list[list]:
    rows = []
    for i, m in enumerate(result.mentions):
        a = m.actor
        rows.append([m.doc_id, i, m.sentence_index, m.start, m.end, m.text, m.kind,
                     a.country if a else None, a.sector if a else None, a.name if a else None,
                     a.kb_id if a else None, a.rule if a else None])
    return rows


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
