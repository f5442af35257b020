"""The REST API over a PostgreSQL store answers as over a DuckDB file: the same seeds,
stored by the real pipeline in each engine, served by two real `dragoman serve`
processes; every read endpoint gives the same body. (The writes run on both engines in
test_server_write.py.)"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.postgres

READS = [
    ("/events", {"limit": "1000"}),
    ("/events", {"dyad": "USA,PAK", "type": "request", "limit": "1000"}),
    ("/events", {"country": "AFG", "since": "2011", "until": "2011-12", "limit": "1000"}),
    ("/events", {"q": "drone", "min_confidence": "0.5", "limit": "1000"}),
    ("/events", {"format": "geojson", "modality": "asserted", "limit": "1000"}),
    ("/events", {"actor": "Clinton", "limit": "1000"}),
    ("/events", {"format": "csv", "limit": "1000"}),
    ("/events", {"format": "geojson", "limit": "1000"}),
    ("/documents", {}),
    ("/actors", {}),
    ("/dyads", {}),
    ("/dyads/USA/PAK", {"by": "month", "directed": "true"}),
    ("/dyads/USA/PAK", {"by": "year", "normalise": "true"}),
    ("/claims", {}),
    ("/claims", {"actor": "Afghanistan"}),
    ("/network", {}),
    ("/network", {"format": "graphml", "since": "2011"}),
    ("/exports/csv", {}),
    ("/exports/jsonl", {}),
    ("/exports/gdelt", {}),
    ("/exports/plover", {}),
]


def _same(api, api_pg, path: str, params: dict) -> None:
    on_duckdb, on_postgres = api.get(path, params=params), api_pg.get(path, params=params)
    assert on_duckdb.status_code == 200, (path, on_duckdb.text[:300])
    assert on_postgres.status_code == 200, (path, on_postgres.text[:300])
    assert on_postgres.content == on_duckdb.content, (path, params)


@pytest.mark.parametrize("path, params", READS, ids=[f"{p}?{'&'.join(q)}" for p, q in READS])
def test_a_read_endpoint_answers_the_same_on_both_stores(api, api_pg, path, params):
    _same(api, api_pg, path, params)


def test_each_event_document_and_actor_answers_the_same_on_both_stores(api, api_pg):
    events = api.get("/events", params={"limit": "1000"}).json()["events"]
    assert api_pg.get("/health").json()["counts"] == api.get("/health").json()["counts"]
    for event in events[::4]:
        _same(api, api_pg, f"/events/{event['id']}", {})
    for doc in api.get("/documents").json()["documents"]:
        _same(api, api_pg, f"/documents/{doc['id']}", {})
    for actor in api.get("/actors").json()["actors"][:8]:
        _same(api, api_pg, f"/actors/{actor['id']}", {})


def test_paging_walks_the_same_events_on_both_stores(api, api_pg):
    pages = {}
    for name, server in (("duckdb", api), ("postgres", api_pg)):
        seen, cursor = [], None
        while True:
            page = server.get("/events", params={"limit": "9", **({"cursor": cursor} if cursor else {})}).json()
            seen += [e["id"] for e in page["events"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        pages[name] = seen
    assert pages["postgres"] == pages["duckdb"] and len(set(pages["duckdb"])) == len(pages["duckdb"]) > 50


def test_serve_on_an_unreachable_server_is_one_line_without_the_password():
    import subprocess

    from server_fixtures import DRAGOMAN, free_port

    url = f"postgresql://team:s3cret@127.0.0.1:{free_port()}/dragoman"  # nothing listens there
    done = subprocess.run(DRAGOMAN + ["serve", "--db", url, "--port", str(free_port())],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert "cannot open store" in last and "team:***@127.0.0.1" in last, done.stderr
    assert "s3cret" not in done.stderr + done.stdout and "Traceback" not in done.stderr
