"""The read endpoints of the REST API, over real HTTP against `dragoman serve` (uvicorn)
on a store the real pipeline built from the seeds."""

from __future__ import annotations

import csv
import io
import json

import pytest

from server_fixtures import CORS_ORIGIN


def _one_line_error(response, status: int, *words: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    message = response.json()["error"]
    assert "\n" not in message and "Traceback" not in message
    for w in words:
        assert w in message, message
    return message


@pytest.fixture(scope="module")
def all_events(api):
    return api.get("/events", params={"limit": 1000}).json()["events"]


def test_health_reports_the_store_and_that_it_is_read_only(api):
    body = api.get("/health").json()
    assert body["status"] == "ok" and body["writable"] is False
    assert body["counts"]["documents"] == 5 and body["counts"]["events"] > 50


def test_docs_list_every_endpoint_without_fetching_anything(api):
    schema = api.get("/openapi.json").json()
    docs = api.get("/docs")
    assert docs.status_code == 200 and "<script" not in docs.text and "cdn" not in docs.text.lower()
    wanted = {"/events", "/events/{event_id}", "/documents", "/documents/{doc_id}", "/actors", "/actors/{actor}",
              "/dyads", "/dyads/{a}/{b}", "/claims", "/network", "/exports/{format}", "/health"}
    assert wanted <= set(schema["paths"])
    for path, item in schema["paths"].items():
        for method in item:
            assert f"{method.upper()}</span> <code>{path}</code>" in docs.text
    assert {"post", "get"} <= set(schema["paths"]["/documents"]) and "delete" in schema["paths"]["/documents/{doc_id}"]


def test_events_are_the_stores_events_in_the_cli_order(api, all_events, api_rw):
    from dragoman.store import Store

    with Store(_seeds_db(api), read_only=True) as store:
        stored = [e.to_output() for e in store.events()]
    assert all_events == stored


def _seeds_db(api):
    # the fixture store the servers' copies were made from
    from server_fixtures import Path

    return next(Path(api.db).parents[1].glob("api-store*/seeds.duckdb"))


def test_paging_with_the_cursor_walks_every_event_once(api, all_events):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = api.get("/events", params=params).json()
        assert page["count"] == len(page["events"]) <= 7
        seen += [e["id"] for e in page["events"]]
        pages += 1
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [e["id"] for e in all_events]
    assert pages == -(-len(all_events) // 7)


def test_filters_narrow_the_events(api, all_events):
    by_type = api.get("/events", params={"type": "request", "limit": 1000}).json()["events"]
    assert by_type and len(by_type) == sum(1 for e in all_events if e["type"] == "REQUEST")
    dyad = api.get("/events", params={"dyad": "Pakistan,USA", "limit": 1000}).json()["events"]
    assert dyad and all({e["source"]["country"], (e["target"] or {}).get("country")} == {"PAK", "USA"} for e in dyad)
    dated = api.get("/events", params={"since": "2011-05", "until": "2011-10", "limit": 1000}).json()["events"]
    assert dated and all("2011-05" <= e["date"] and e["date"][:7] <= "2011-10" for e in dated)
    sure = api.get("/events", params={"min_confidence": 0.8, "limit": 1000}).json()["events"]
    assert all(e["confidence"] >= 0.8 for e in sure) and len(sure) < len(all_events)
    words = api.get("/events", params={"q": "haqqani", "limit": 1000}).json()["events"]
    assert words and all("haqqani" in e["sentence"].lower() for e in words)
    country = api.get("/events", params={"country": "afghanistan", "limit": 1000}).json()["events"]
    assert country and all("AFG" in (e["source"]["country"], (e["target"] or {}).get("country")) for e in country)
    actor = api.get("/events", params={"actor": "PAK", "limit": 1000}).json()["events"]
    assert len(actor) >= len([e for e in all_events if e["source"]["country"] == "PAK"])


def test_csv_and_geojson(api, all_events):
    response = api.get("/events", params={"format": "csv", "limit": 1000})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == [e["id"] for e in all_events]
    geo = api.get("/events", params={"format": "geojson", "limit": 1000})
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    located = [e for e in all_events if e["place"] and e["place"]["lat"] is not None]
    assert features and len(features) == len(located)
    lon, lat = features[0]["geometry"]["coordinates"]
    place = next(e["place"] for e in located if e["id"] == features[0]["id"])
    assert (lon, lat) == (place["lon"], place["lat"])


def test_one_event_carries_its_sentence_spans_and_rule(api, all_events):
    event = next(e for e in all_events if e["target_span"] and e["place"] and e["place"]["start"] is not None)
    body = api.get(f"/events/{event['id']}").json()
    assert body["event"] == event and body["document"]["id"] == event["doc"]
    sentence = body["sentence"]
    assert sentence["text"] == event["sentence"]
    roles = {h["role"]: h for h in sentence["highlights"]}
    assert roles["trigger"]["text"] == event["trigger"]
    assert roles["source"]["text"] == event["source_span"]["text"]
    assert roles["target"]["text"] == event["target_span"]["text"]
    assert roles["place"]["text"] == sentence["text"][roles["place"]["start"]:roles["place"]["end"]]
    assert "".join(s["text"] for s in sentence["segments"]) == sentence["text"]
    assert body["rule"]["event"] == event["rule"] and body["rule"]["source"] == event["source"]["rule"]


def test_documents_and_one_document(api, all_events):
    docs = api.get("/documents").json()
    assert docs["total"] == 5 and sum(d["events"] for d in docs["documents"]) == len(all_events)
    first = docs["documents"][0]
    one = api.get(f"/documents/{first['id']}").json()
    assert one["title"] == first["title"] and len(one["sentences"]) == first["sentences"]
    assert [e["id"] for e in one["events"]] == [e["id"] for e in all_events if e["doc"] == first["id"]]
    s = one["sentences"][0]
    assert one["text"][s["start"]:s["end"]] == s["text"]


def test_actors_and_one_actor(api, all_events):
    actors = api.get("/actors", params={"limit": 1000}).json()["actors"]
    pak = next(a for a in actors if a["id"] == "PAK||")
    assert pak["as_target"] == sum(1 for e in all_events if e["target"] and
                                   (e["target"]["country"], e["target"]["sector"], e["target"]["name"]) == ("PAK", None, None))
    one = api.get("/actors/PAK||").json()
    assert len(one["events"]) == pak["as_source"] + pak["as_target"] - sum(
        1 for e in one["events"] if e["source"] == e["target"])
    assert one["counterparts"] and api.get("/actors", params={"q": "pak"}).json()["total"] >= 1


def test_dyad_series_is_what_dragoman_dyad_computes(api, tmp_path):
    import shutil
    import subprocess

    from server_fixtures import DRAGOMAN

    db = tmp_path / "copy.duckdb"
    shutil.copy(_seeds_db(api), db)
    cli = subprocess.run(DRAGOMAN + ["dyad", "USA", "PAK", "--db", str(db), "--by", "month", "--json", "--directed"],
                         capture_output=True, text=True, check=True)
    served = api.get("/dyads/usa/Pakistan", params={"by": "month", "directed": "true"}).json()
    assert served["a"] == "USA" and served["b"] == "PAK"
    assert served["rows"] == json.loads(cli.stdout)
    top = api.get("/dyads").json()["dyads"]
    assert {top[0]["a"], top[0]["b"]} == {"PAK", "USA"}


def test_claims_network_and_exports(api, tmp_path):
    groups = api.get("/claims").json()["groups"]
    assert groups and all(c["type"] in ("REQUEST", "AGREE", "THREATEN") for g in groups for c in g["items"])
    by_actor = api.get("/claims", params={"actor": "Afghanistan"}).json()["groups"]
    assert 0 < sum(g["claims"] for g in by_actor) < sum(g["claims"] for g in groups)
    net = api.get("/network").json()
    assert net["nodes"] and net["edges"]
    graphml = api.get("/network", params={"format": "graphml"})
    assert graphml.text.startswith("<?xml") and "<graphml" in graphml.text
    later = api.get("/network", params={"since": "2011"}).json()
    assert sum(e["count"] for e in later["edges"]) < sum(e["count"] for e in net["edges"])
    for fmt in ("csv", "jsonl", "gdelt", "plover", "parquet"):
        with_httpx = api.get(f"/exports/{fmt}")
        assert with_httpx.status_code == 200 and with_httpx.content, fmt
    lines = api.get("/exports/jsonl").text.splitlines()
    assert lines and all(json.loads(line)["canonical_id"] for line in lines)
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    path.write_bytes(api.get("/exports/parquet").content)
    assert pq.read_table(path).num_rows == len(lines)


@pytest.mark.parametrize("path, params, status, words", [
    ("/events", {"since": "not-a-date"}, 422, ["since", "not-a-date"]),
    ("/events", {"until": "2011-13"}, 422, ["until"]),
    ("/events", {"type": "REQEST"}, 422, ["type", "REQUEST"]),
    ("/events", {"limit": "many"}, 422, ["limit"]),
    ("/events", {"limit": "0"}, 422, ["limit"]),
    ("/events", {"min_confidence": "2"}, 422, ["min_confidence"]),
    ("/events", {"min_confidence": "nan"}, 422, ["min_confidence"]),
    ("/events", {"modality": "maybe"}, 422, ["modality", "asserted"]),
    ("/events", {"dyad": "USA"}, 422, ["dyad"]),
    ("/events", {"country": "Atlantis"}, 422, ["country", "Atlantis"]),
    ("/events", {"cursor": "bm90IGEgY3Vyc29y"}, 422, ["cursor"]),
    ("/events", {"format": "xml"}, 422, ["format"]),
    ("/events", {"typ": "REQUEST"}, 422, ["typ", "unknown parameter", "type"]),
    ("/events/ev_nope", {}, 404, ["ev_nope"]),
    ("/documents/nope", {}, 404, ["nope"]),
    ("/actors/nobody", {}, 404, ["nobody"]),
    ("/dyads/USA/XYZ", {}, 422, ["b", "XYZ"]),
    ("/dyads/USA/PAK", {"by": "decade"}, 422, ["by"]),
    ("/network", {"since": "yesterday"}, 422, ["since"]),
    ("/exports/xlsx", {}, 404, ["xlsx", "csv"]),
    ("/no/such/thing", {}, 404, ["no such endpoint"]),
])
def test_bad_inputs_get_a_one_line_4xx(api, path, params, status, words):
    _one_line_error(api.get(path, params=params), status, *words)


def test_access_log_is_one_json_object_per_request(api):
    api.get("/events", params={"limit": 1, "type": "ACCUSE"})
    lines = [json.loads(line) for line in api.log.read_text().splitlines() if line.startswith("{")]
    mine = [r for r in lines if r["path"] == "/events" and r["query"] == "limit=1&type=ACCUSE"]
    assert mine and mine[-1]["status"] == 200 and mine[-1]["method"] == "GET" and mine[-1]["ms"] >= 0


def test_cors_only_for_the_configured_origin(api, api_rw):
    allowed = api.get("/events", params={"limit": 1}, headers={"Origin": CORS_ORIGIN})
    assert allowed.headers.get("access-control-allow-origin") == CORS_ORIGIN
    other = api.get("/events", params={"limit": 1}, headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    off = api_rw.get("/events", params={"limit": 1}, headers={"Origin": CORS_ORIGIN})
    assert "access-control-allow-origin" not in off.headers


def test_serve_refuses_a_missing_or_held_store_in_one_line(api, tmp_path):
    import subprocess

    from server_fixtures import DRAGOMAN, free_port

    for db in (tmp_path / "missing.duckdb", api.db):  # the running server holds api.db
        proc = subprocess.run(DRAGOMAN + ["serve", "--db", str(db), "--port", str(free_port())],
                              capture_output=True, text=True, timeout=120)
        lines = proc.stderr.strip().splitlines()
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        assert lines[-1].startswith(f"dragoman: {db}") and ("no such store" in lines[-1] or "cannot open" in lines[-1] or "in use by another process" in lines[-1])
