"""Fixtures for the REST API tests: real `dragoman serve` processes (uvicorn on 127.0.0.1,
a free port) over a real DuckDB store built by the real pipeline from the seeds.

Imported by ``conftest.py`` so every test module shares one store and one server of
each kind per session:

- ``api``: read-only (no token configured), CORS on for one origin;
- ``api_rw``: writable with a token, a small body limit, CORS off. Tests that write
  clean up after themselves (they delete what they add);
- ``api_pg`` and ``api_rw_pg``: the same two servers over the same seeds in a
  PostgreSQL database on the test server (marker ``postgres``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

try:
    import httpx
except ImportError:  # the server extra is not installed: the server tests skip
    httpx = None

DRAGOMAN = [sys.executable, "-c", "from dragoman.cli import main; main()"]
TOKEN = "test-token-4f9c2a"
CORS_ORIGIN = "http://analyst.example"
BODY_LIMIT = 60_000


@dataclass
class Server:
    url: str
    db: Path | str  # a DuckDB file or a postgresql:// URL
    log: Path
    process: subprocess.Popen

    def get(self, path: str, **kw) -> "httpx.Response":
        return httpx.get(self.url + path, timeout=60, **kw)

    def request(self, method: str, path: str, **kw) -> "httpx.Response":
        return httpx.request(method, self.url + path, timeout=120, **kw)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path | str, log: Path, env: dict, *args: str) -> Server:
    if httpx is None:
        pytest.skip("the server extra (fastapi, uvicorn, httpx) is not installed")
    port = free_port()
    out = open(log, "w")
    proc = subprocess.Popen(DRAGOMAN + ["serve", "--db", str(db), "--port", str(port), *args],
                            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dragoman serve exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return Server(url, db, log, proc)
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"dragoman serve did not answer: {log.read_text()[-2000:]}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, seeds_extraction) -> Path:
    """The seeds, extracted by the real pipeline, stored in a DuckDB file (kept read-only)."""
    from dragoman.store import Store

    results, _ = seeds_extraction
    db = tmp_path_factory.mktemp("api-store") / "seeds.duckdb"
    with Store(db) as store:
        store.write_atomic(results)
    return db


def _copy(store: Path, name: str, tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp(name) / "store.duckdb"
    shutil.copy(store, dest)
    return dest


@pytest.fixture(scope="session")
def seeds_postgres(postgres_server, seeds_extraction):
    """The same seeds' results stored in a database on the PostgreSQL test server (kept read-only)."""
    from store_checks import drop_database, new_database

    from dragoman.store import open_store

    results, _ = seeds_extraction
    url = new_database(postgres_server)
    with open_store(url) as store:
        store.write_atomic(results)
    yield url
    drop_database(postgres_server, url)


def _copy_postgres(admin_url: str, url: str):
    """A copy of the database at ``url`` (a template copy: no one may be connected to it)."""
    from store_checks import new_database

    return new_database(admin_url, template=url.rsplit("/", 1)[1])


READ_ONLY_ENV = {"DRAGOMAN_API_TOKEN": "", "DRAGOMAN_API_CORS_ORIGINS": CORS_ORIGIN}
WRITABLE_ENV = {"DRAGOMAN_API_TOKEN": TOKEN, "DRAGOMAN_API_CORS_ORIGINS": ""}


@pytest.fixture(scope="session")
def api(seeds_store, tmp_path_factory):
    db = _copy(seeds_store, "api-ro", tmp_path_factory)
    server = start_server(db, db.with_suffix(".log"), READ_ONLY_ENV)
    yield server
    stop_server(server)


@pytest.fixture(scope="session")
def api_rw(seeds_store, tmp_path_factory):
    db = _copy(seeds_store, "api-rw", tmp_path_factory)
    server = start_server(db, db.with_suffix(".log"), WRITABLE_ENV, "--max-body-bytes", str(BODY_LIMIT))
    yield server
    stop_server(server)


@pytest.fixture(scope="session")
def api_pg(postgres_server, seeds_postgres, tmp_path_factory):
    from store_checks import drop_database

    url = _copy_postgres(postgres_server, seeds_postgres)
    server = start_server(url, tmp_path_factory.mktemp("api-pg-ro") / "server.log", READ_ONLY_ENV)
    yield server
    stop_server(server)
    drop_database(postgres_server, url)


@pytest.fixture(scope="session")
def api_rw_pg(postgres_server, seeds_postgres, tmp_path_factory):
    from store_checks import drop_database

    url = _copy_postgres(postgres_server, seeds_postgres)
    server = start_server(url, tmp_path_factory.mktemp("api-pg-rw") / "server.log", WRITABLE_ENV,
                          "--max-body-bytes", str(BODY_LIMIT))
    yield server
    stop_server(server)
    drop_database(postgres_server, url)


def auth(token: str = TOKEN) -> dict:
    return {"Authorization": f"Bearer {token}"}
