"""Shared fixtures: the real spaCy model, loaded once; the shared seeds and gold."""

from __future__ import annotations

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


from server_fixtures import api, api_rw, seeds_store  # noqa: E402,F401  (the REST API tests' servers)
