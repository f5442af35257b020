"""Stores: an embedded DuckDB file by default, a PostgreSQL database for a team.

``open_store(target)`` picks the engine from the target: a ``postgresql://`` (or
``postgres://``) URL opens a PostgreSQL database, anything else a DuckDB file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dragoman.store.base import BatchOutcome, DocumentNotStored, EventFilter, EventStore, StoreError, first_line
from dragoman.store.duckdb_store import DEFAULT_DB, DEFAULT_LOCK_WAIT_SECONDS, Store

__all__ = ["DEFAULT_DB", "BatchOutcome", "DocumentNotStored", "EventFilter", "EventStore", "Store", "StoreError",
           "engine_errors", "first_line", "is_server_url", "open_store"]

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target: str | Path) -> bool:
    return str(target).lower().startswith(SERVER_SCHEMES)


def open_store(target: str | Path = DEFAULT_DB, read_only: bool = False, create: bool = True,
               lock_wait: float = DEFAULT_LOCK_WAIT_SECONDS) -> EventStore:
    """Open the store at ``target`` (a DuckDB file or a PostgreSQL URL).

    ``read_only``: never change the store (the schema must already be there);
    ``create=False``: the store must exist already (analysis commands, which write
    their derived tables but have nothing to analyse in a new store);
    ``lock_wait``: how long to wait for a DuckDB file another process holds (a
    PostgreSQL server serves many processes at once).
    """
    if is_server_url(target):
        from dragoman.store.postgres_store import PostgresStore

        return PostgresStore(str(target), read_only=read_only, create=create)
    if not create and not Path(target).exists():
        raise StoreError(f"{target}: no such store (run `dragoman run` first)")
    return Store(target, read_only=read_only, lock_wait=lock_wait)


def engine_errors() -> tuple[type[BaseException], ...]:
    """The exception classes of the engines in use (to report their errors in one line)."""
    import duckdb

    errors: list[type[BaseException]] = [duckdb.Error]
    if "psycopg" in sys.modules:
        errors.append(sys.modules["psycopg"].Error)
    return tuple(errors)
