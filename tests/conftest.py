"""Shared fixtures: the real spaCy model, loaded once; the shared seeds and gold."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from dragoman.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def gold_path() -> Path:
    if not GOLD.is_file():
        pytest.skip(f"gold file not found at {GOLD}")
    return GOLD


@pytest.fixture(scope="session")
def pipeline(nlp):
    from dragoman.pipeline import Pipeline

    return Pipeline(nlp=nlp)


@pytest.fixture(scope="session")
def resolver():
    """The actor resolver on the shipped knowledge base (module fixtures may override it)."""
    from dragoman.actors.kb import KnowledgeBase
    from dragoman.actors.resolver import ActorResolver

    return ActorResolver(KnowledgeBase.load())


@pytest.fixture(scope="session")
def seeds_extraction(seeds_dir, pipeline):
    """The seeds extracted once per session: (results, problems)."""
    from dragoman.api import extract_documents, load_documents

    docs, problems = load_documents([seeds_dir])
    return extract_documents(docs, pipeline), problems


SUITE = REPO / "eval" / "suite.yaml"


@pytest.fixture(scope="session")
def suite_result(pipeline):
    """Every set of the development suite extracted and scored once per session."""
    import os

    from dragoman.actors import KnowledgeBase
    from dragoman.evaluation.suite import load_suite, run_suite

    try:
        sets = load_suite(SUITE)
    except ValueError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    return run_suite(sets, alias_resolver=KnowledgeBase.default().alias_resolver, pipeline=pipeline)


from server_fixtures import api, api_pg, api_rw, api_rw_pg, seeds_postgres, seeds_store  # noqa: E402,F401  (the REST API tests' servers)


# ----------------------------------------------------------------- services
# Tests marked `postgres` need the server scripts/test-services.sh starts (its URL is in
# .services/postgres.url); those marked `dask` need Dask installed. Under CI=true a
# missing service fails the test: in CI none of them is skipped.
SERVICES = REPO / ".services"


def service_missing(message: str):
    """Fail under CI, skip on a developer's machine."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)


def _server_answers(url: str) -> bool:
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error:
        return False
    return True


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of the test server's admin database; started here when not already running."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        service_missing("psycopg is not installed (pip install -e '.[test]')")
    url_file = SERVICES / "postgres.url"
    url = os.environ.get("DRAGOMAN_TEST_POSTGRES_URL") or (url_file.read_text().strip() if url_file.is_file() else "")
    if not url or not _server_answers(url):
        started = subprocess.run(["sh", str(REPO / "scripts" / "start-postgres.sh")], capture_output=True, text=True)
        url = url_file.read_text().strip() if url_file.is_file() else ""
        if started.returncode != 0 or not url or not _server_answers(url):
            service_missing(f"no PostgreSQL server: {(started.stderr or started.stdout).strip()[-300:]}")
    return url


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A fresh database on the test server for one test, dropped afterwards."""
    from store_checks import drop_database, new_database

    url = new_database(postgres_server)
    yield url
    drop_database(postgres_server, url)


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_target(request, tmp_path) -> str:
    """A new store of each engine: a DuckDB file, a PostgreSQL database."""
    if request.param == "postgres":
        return request.getfixturevalue("postgres_url")
    return str(tmp_path / "store.duckdb")


@pytest.fixture(scope="session")
def dask_available() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        service_missing("Dask is not installed (pip install -e '.[test]')")
