"""Schema versions and the steps between them, the same for every engine.

Version 1 is the base schema, ``schema.sql``; each later version is a file
``migrations/NNNN_what.sql`` whose number is the version it brings the store to. The
SQL is written once for both engines (DuckDB and PostgreSQL understand it alike).
A store records its version in ``schema_info``; opening it for writing applies the
steps it lacks, all in one transaction, so a store is never left half-migrated.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Optional

from dragoman.models import SCHEMA_VERSION
from dragoman.store.base import StoreError

_STEP = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def steps() -> list[tuple[int, str]]:
    """(version, SQL) of every schema version, oldest first."""
    root = resources.files("dragoman.store")
    out = [(1, root.joinpath("schema.sql").read_text(encoding="utf-8"))]
    for entry in sorted(root.joinpath("migrations").iterdir(), key=lambda e: e.name):
        m = _STEP.match(entry.name)
        if m:
            out.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    versions = [v for v, _ in out]
    if versions != list(range(1, len(out) + 1)) or versions[-1] != SCHEMA_VERSION:
        raise StoreError(f"schema steps {versions} do not lead to schema version {SCHEMA_VERSION}")
    return out


def stored_version(con) -> Optional[int]:
    """The store's schema version; None when it has no schema yet."""
    try:
        row = con.execute("SELECT value FROM schema_info WHERE key = 'schema_version'").fetchone()
    except Exception:  # no schema_info table: an empty store (or not a Dragoman store at all)
        return None
    return int(row[0]) if row else None


def migrate(con, where: str) -> int:
    """Bring the store to ``SCHEMA_VERSION`` in one transaction; returns the version found.

    On PostgreSQL the transaction holds the store-wide lock (``pg_dialect``), so two
    processes opening a new database do not both create it.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE TABLE IF NOT EXISTS schema_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
        found = stored_version(con) or 0
        if found > SCHEMA_VERSION:
            raise StoreError(f"{where}: store schema v{found} is newer than this Dragoman (v{SCHEMA_VERSION})")
        for version, sql in steps():
            if version > found:
                con.execute(sql)
        if found == 0:
            con.execute("INSERT INTO schema_info VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif found < SCHEMA_VERSION:
            con.execute("UPDATE schema_info SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return found


def check_version(con, where: str) -> None:
    """For a store opened to read only: it must be a Dragoman store this version can read."""
    found = stored_version(con)
    if found is None:
        raise StoreError(f"{where}: not a Dragoman store (run `dragoman run` first)")
    if found > SCHEMA_VERSION:
        raise StoreError(f"{where}: store schema v{found} is newer than this Dragoman (v{SCHEMA_VERSION})")
