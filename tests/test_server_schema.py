"""Property-based run over the API's own OpenAPI schema (schemathesis + hypothesis):
over a thousand generated requests, valid and invalid, to a real `dragoman serve`; no
response may be a server error, and every refusal is a one-line JSON message."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402

from server_fixtures import TOKEN, auth  # noqa: E402

POSITIVE_EXAMPLES = 45
NEGATIVE_EXAMPLES = 30
MIN_REQUESTS = 1000
WRITES = {("POST", "/documents"), ("DELETE", "/documents/{doc_id}")}


def _operations(server):
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    ops = [result.ok() for result in schema.get_all_operations()]
    assert len(ops) >= 15
    return ops


def _check(response, case, failures: list) -> None:
    status = response.status_code
    where = f"{case.method} {case.formatted_path} {case.query or ''}"
    if status >= 500:
        failures.append(f"{where}: {status} {response.text[:200]}")
    elif status >= 400:
        try:
            message = response.json()["error"]
        except (ValueError, KeyError, TypeError):
            failures.append(f"{where}: {status} without a JSON error: {response.text[:200]}")
            return
        if "\n" in message or "Traceback" in message:
            failures.append(f"{where}: {status} error is not one line: {message[:200]}")


def _run(op, server, mode, examples: int, headers: dict, counter: list, failures: list, posted: list) -> None:
    from schemathesis.checks import not_a_server_error

    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(case=op.as_strategy(generation_mode=mode))
    def run(case):
        response = case.call(base_url=server.url, headers=headers, timeout=60)
        counter.append(1)
        _check(response, case, failures)
        case.validate_response(response, checks=[not_a_server_error])
        if case.method == "POST" and response.status_code == 200:
            posted.extend(d["id"] for d in response.json()["documents"] if d["stored"])

    try:
        run()
    except Unsatisfiable:  # an operation without parameters has no invalid requests to make
        pass


def test_a_thousand_generated_requests_get_no_server_error(api, api_rw):
    from schemathesis import GenerationMode

    counter: list = []
    failures: list = []
    posted: list = []
    seeds = {d["id"] for d in api_rw.get("/documents").json()["documents"]}
    for op in _operations(api):
        writes = (op.method.upper(), op.path) in WRITES
        # reads and refused writes on the read-only server; writes with the token on the writable one
        targets = [(api, {})] + ([(api_rw, auth())] if writes and op.method.upper() == "POST" else [])
        for server, headers in targets:
            for mode, n in ((GenerationMode.POSITIVE, POSITIVE_EXAMPLES), (GenerationMode.NEGATIVE, NEGATIVE_EXAMPLES)):
                _run(op, server, mode, n, headers, counter, failures, posted)
    for doc_id in posted:  # leave the writable store as the other tests expect it
        if doc_id not in seeds:
            api_rw.request("DELETE", f"/documents/{doc_id}", headers={"Authorization": f"Bearer {TOKEN}"})
    print(f"schemathesis: {len(counter)} requests, {len(failures)} failures, {len(posted)} documents posted")
    assert not failures, "\n".join(failures[:20])
    assert len(counter) >= MIN_REQUESTS
