"""Writes over real HTTP: POST /documents and DELETE /documents/{id} need the bearer token;
bad bodies get a one-line 4xx; a batch with one bad document stores nothing. Each test
runs against a server on a DuckDB file and one on a PostgreSQL database."""

from __future__ import annotations

import json

import pytest

from server_fixtures import BODY_LIMIT, auth

ARTICLE = ("ISLAMABAD, March 3, 2011 — Pakistan's foreign minister met the United States envoy in Islamabad on "
           "Thursday and urged Washington to halt drone strikes in North Waziristan. The envoy said the United "
           "States would review the request.")


def _error(response, status: int, *words: str) -> str:
    assert response.status_code == status, response.text
    message = response.json()["error"]
    assert "\n" not in message and "Traceback" not in message
    for w in words:
        assert w in message, message
    return message


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def api_rw(request, api_rw):
    """The writable server, over each engine's store of the seeds."""
    return api_rw if request.param == "duckdb" else request.getfixturevalue("api_rw_pg")


def _counts(server) -> dict:
    return server.get("/health").json()["counts"]


def test_writes_are_refused_without_the_right_token(api_rw):
    body = {"id": "unauthorised", "text": ARTICLE}
    _error(api_rw.request("POST", "/documents", json=body), 401, "Authorization")
    _error(api_rw.request("POST", "/documents", json=body, headers=auth("wrong-token")), 401, "token")
    _error(api_rw.request("POST", "/documents", json=body, headers={"Authorization": "Basic dXNlcg=="}), 401)
    _error(api_rw.request("DELETE", "/documents/000_90fab22a5fe93383", headers=auth("wrong")), 401)
    assert api_rw.get("/documents/unauthorised").status_code == 404
    assert api_rw.get("/documents/000_90fab22a5fe93383").status_code == 200


def test_a_read_only_server_refuses_every_write(api):
    _error(api.request("POST", "/documents", json={"text": ARTICLE}, headers=auth()), 403, "read-only")
    _error(api.request("DELETE", "/documents/000_90fab22a5fe93383", headers=auth()), 403, "read-only")


def test_post_extracts_and_stores_then_delete_removes(api_rw):
    before = _counts(api_rw)
    response = api_rw.request("POST", "/documents", json={"id": "api-one", "text": ARTICLE, "date": "2011-03-03",
                                                          "title": "Envoy meets minister"}, headers=auth())
    assert response.status_code == 200, response.text
    written = response.json()
    assert written["documents"][0]["id"] == "api-one" and written["documents"][0]["stored"] is True
    ids = written["event_ids"]
    assert ids, "the pipeline finds events in the article"
    for event_id in ids:
        evidence = api_rw.get(f"/events/{event_id}").json()
        assert evidence["document"]["id"] == "api-one" and evidence["document"]["title"] == "Envoy meets minister"
    assert _counts(api_rw)["events"] == before["events"] + len(ids)
    again = api_rw.request("POST", "/documents", json={"id": "api-one", "text": ARTICLE, "date": "2011-03-03",
                                                       "title": "Envoy meets minister"}, headers=auth()).json()
    assert again["documents"][0]["stored"] is False and _counts(api_rw)["events"] == before["events"] + len(ids)
    assert api_rw.request("DELETE", "/documents/api-one", headers=auth()).json() == {"deleted": "api-one"}
    assert _counts(api_rw) == before
    _error(api_rw.request("DELETE", "/documents/api-one", headers=auth()), 404, "api-one")


def test_a_jsonl_batch_is_stored_whole(api_rw):
    before = _counts(api_rw)
    lines = "\n".join(json.dumps({"id": f"batch-{i}", "text": ARTICLE.replace("Thursday", day)})
                      for i, day in enumerate(["Monday", "Tuesday"]))
    response = api_rw.request("POST", "/documents", content=lines,
                              headers={**auth(), "Content-Type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    assert [d["id"] for d in response.json()["documents"]] == ["batch-0", "batch-1"]
    assert _counts(api_rw)["documents"] == before["documents"] + 2
    for i in range(2):
        assert api_rw.request("DELETE", f"/documents/batch-{i}", headers=auth()).status_code == 200
    assert _counts(api_rw) == before


@pytest.mark.parametrize("body, content_type, status, words", [
    (b'{"text": "unclosed', "application/json", 400, ["malformed JSON"]),
    (b"", "application/json", 400, ["empty"]),
    (b"\xff\xfe\x00", "application/json", 400, ["UTF-8"]),
    (b'{"title": "no text"}', "application/json", 422, ["text"]),
    (b'{"text": 42}', "application/json", 422, ["text"]),
    (b'{"text": "   "}', "application/json", 422, ["text"]),
    (b'{"text": "fine", "colour": "red"}', "application/json", 422, ["colour"]),
    (b'"just a string"', "application/json", 422, ["object"]),
    (b'[{"id": "x", "text": "a"}, {"id": "x", "text": "b"}]', "application/json", 422, ["'x'", "twice"]),
    (b'{"id": "ok", "text": "fine"}\n{broken', "application/x-ndjson", 400, ["line 2", "malformed JSON"]),
])
def test_bad_bodies_get_a_one_line_4xx_and_nothing_is_stored(api_rw, body, content_type, status, words):
    before = _counts(api_rw)
    response = api_rw.request("POST", "/documents", content=body, headers={**auth(), "Content-Type": content_type})
    _error(response, status, *words)
    assert _counts(api_rw) == before


def test_a_batch_with_one_bad_document_writes_nothing(api_rw):
    before = _counts(api_rw)
    batch = [{"id": "good-1", "text": ARTICLE}, {"id": "good-2", "text": ARTICLE.replace("Islamabad", "Kabul")},
             {"id": "bad", "text": ""}]
    _error(api_rw.request("POST", "/documents", json=batch, headers=auth()), 422, "document 3", "text")
    assert _counts(api_rw) == before
    assert api_rw.get("/documents/good-1").status_code == 404


def test_oversized_bodies_are_refused(api_rw):
    before = _counts(api_rw)
    big = {"id": "big", "text": "word " * (BODY_LIMIT // 4)}
    _error(api_rw.request("POST", "/documents", json=big, headers=auth()), 413, "limit")

    def chunks():  # no Content-Length: the server counts what arrives
        for _ in range(BODY_LIMIT // 1000 + 2):
            yield b"x" * 1000

    _error(api_rw.request("POST", "/documents", content=chunks(), headers={**auth(), "Content-Type": "application/json"}),
           413, "limit")
    assert _counts(api_rw) == before


def test_the_store_writes_a_batch_whole_or_not_at_all(store_target, seeds_extraction):
    import dataclasses

    from dragoman.store import open_store

    results, _ = seeds_extraction
    first, second = results[0], results[1]
    broken = dataclasses.replace(second, events=[*second.events, "not an event"])
    with open_store(store_target) as store:
        with pytest.raises(AttributeError):
            store.write_atomic([first, broken])
        assert store.counts() == {"documents": 0, "sentences": 0, "mentions": 0, "events": 0}
        assert store.write_atomic([first, second]) == [True, True]
        assert store.write_atomic([first]) == [False]  # stored unchanged: skipped
        assert store.delete_document(first.document.id) is True
        assert store.counts()["documents"] == 1 and store.counts()["events"] == len(second.events)
        assert store.event(first.events[0].id) is None and store.document(first.document.id) is None
        assert store.delete_document(first.document.id) is False
