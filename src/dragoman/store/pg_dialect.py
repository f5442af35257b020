"""A psycopg connection seen through the store dialect (``?`` placeholders).

The analysis modules and the shared read side write SQL once, with DB-API ``qmark``
placeholders as DuckDB takes them; psycopg takes ``%s``. This wrapper rewrites the
placeholders (outside quoted strings and identifiers) and escapes literal ``%``.
An explicit ``BEGIN TRANSACTION`` also takes a store-wide advisory lock, so that the
derived tables the analysis commands rebuild in one transaction (``dedup``) and a
migration are never rebuilt by two processes at once.
"""

from __future__ import annotations

from functools import lru_cache

# advisory-lock keys: one bigint for the store's derived tables and schema, and a
# namespace for the two-int keys of documents (the two key spaces never collide)
DERIVED_TABLES_LOCK = 0x4452_4147_4D41_4E01  # "DRAGMAN" + 1
DOCUMENT_LOCK_NAMESPACE = 0x4452_4147  # "DRAG"


@lru_cache(maxsize=512)
def to_format_style(sql: str) -> str:
    """``?`` → ``%s`` and ``%`` → ``%%``, leaving quoted text and identifiers alone."""
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            if ch == quote:
                quote = ""
            out.append("%%" if ch == "%" else ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


class QmarkConnection:
    """``execute``/``executemany`` with ``?`` placeholders over a psycopg connection in autocommit mode."""

    def __init__(self, raw):
        self.raw = raw

    def execute(self, sql: str, params=None):
        statement = sql.strip().rstrip(";").upper()
        if statement in ("BEGIN", "BEGIN TRANSACTION"):
            cur = self.raw.execute("BEGIN")
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [DERIVED_TABLES_LOCK])
            return cur
        if params is None:
            return self.raw.execute(sql)  # may hold several statements (a schema file)
        return self.raw.execute(to_format_style(sql), list(params))

    def executemany(self, sql: str, rows) -> None:
        with self.raw.cursor() as cur:
            cur.executemany(to_format_style(sql), [list(r) for r in rows])

    def close(self) -> None:
        self.raw.close()
