"""Stores: an embedded DuckDB file by default."""

from dragoman.store.duckdb_store import DEFAULT_DB, EventFilter, Store

__all__ = ["DEFAULT_DB", "EventFilter", "Store"]
