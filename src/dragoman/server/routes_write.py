"""The write endpoints: add documents (extract and store) and delete one.

Both need ``Authorization: Bearer <token>`` matching the server's ``DRAGOMAN_API_TOKEN``
(compared in constant time); without a configured token the API is read-only. A batch
is checked, read and extracted in full before anything is stored, then stored in one
transaction: a batch with one bad document stores nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import tempfile
from pathlib import Path as FsPath
from typing import Optional

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dragoman.server.errors import ApiError
from dragoman.server.params import reject_unknown_params

router = APIRouter(dependencies=[Depends(reject_unknown_params)])

MAX_BATCH = 200
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines")


class DocumentIn(BaseModel):
    """One document to add, with the fields a JSONL input file takes."""

    model_config = ConfigDict(extra="forbid")
    id: Optional[str] = Field(None, min_length=1, max_length=200, description="Default: a hash of the text.")
    text: str = Field(..., min_length=1, description="The article, as plain text.")
    title: Optional[str] = Field(None, max_length=1000)
    date: Optional[str] = Field(None, max_length=40, description="Publication date, if known.")
    source: Optional[str] = Field(None, max_length=200)
    url: Optional[str] = Field(None, max_length=2000)
    language: Optional[str] = Field(None, max_length=10)


class StoredDocument(BaseModel):
    id: str
    stored: bool = Field(description="False when the same text was already stored")
    events: list[str]


class WriteResult(BaseModel):
    documents: list[StoredDocument]
    event_ids: list[str]


def require_token(request: Request) -> None:
    """Refuse a write unless the request carries the server's token."""
    token = request.app.state.server.settings.token
    if token is None:
        raise ApiError(403, "this server is read-only (start it with DRAGOMAN_API_TOKEN set to allow writes)")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "a write needs the header 'Authorization: Bearer <token>'",
                       {"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "the bearer token is not this server's token", {"WWW-Authenticate": "Bearer"})


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, f"Content-Length: {declared!r} is not a number")
        if int(declared) > limit:
            raise ApiError(413, f"body: {declared} bytes, over the {limit}-byte limit")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"body: over the {limit}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(body: bytes, content_type: str) -> list[DocumentIn]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"body: not UTF-8 (byte {exc.start})") from exc
    if not text.strip():
        raise ApiError(400, "body: empty; send a JSON document, a JSON list or JSON lines")
    media = content_type.split(";")[0].strip().lower()
    if media in JSONL_TYPES:
        items = []
        for n, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                items.append((f"line {n}", _json(line, f"line {n}")))
    else:
        value = _json(text, "body")
        values = value if isinstance(value, list) else [value]
        items = [(f"document {i + 1}" if isinstance(value, list) else "body", v) for i, v in enumerate(values)]
    if not items:
        raise ApiError(400, "body: no documents")
    if len(items) > MAX_BATCH:
        raise ApiError(413, f"body: {len(items)} documents, over the {MAX_BATCH}-document limit of one batch")
    docs = []
    for where, value in items:
        if not isinstance(value, dict):
            raise ApiError(422, f"{where}: expected a JSON object with a 'text' field, got {type(value).__name__}")
        try:
            docs.append(DocumentIn.model_validate(value))
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err.get("loc", ())) or "document"
            raise ApiError(422, f"{where}: {field}: {err.get('msg', 'invalid')}") from exc
        if not docs[-1].text.strip():
            raise ApiError(422, f"{where}: text: empty")
    ids = [d.id or _default_id(d.text) for d in docs]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise ApiError(422, f"id {dup!r}: given twice in one batch")
    return [d.model_copy(update={"id": i}) for d, i in zip(docs, ids)]


def _json(text: str, where: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"{where}: malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    except RecursionError as exc:
        raise ApiError(400, f"{where}: JSON nested too deeply") from exc


def _default_id(text: str) -> str:
    return "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _prepare(items: list[DocumentIn]):
    """Documents as the documents stage makes them from a JSONL input (same reader)."""
    from dragoman.api import load_documents

    with tempfile.TemporaryDirectory(prefix="dragoman-post-") as tmp:
        path = FsPath(tmp) / "request.jsonl"
        path.write_text("".join(d.model_dump_json(exclude_none=True) + "\n" for d in items), encoding="utf-8")
        docs, problems = load_documents([path])
    if problems:
        raise ApiError(422, f"document {problems[0].path.rsplit(':', 1)[-1]}: {problems[0].message}")
    return [d.model_copy(update={"path": f"api:{d.id}"}) for d in docs]


@router.post("/documents", tags=["documents"], summary="Add documents: extract and store (token needed)",
             response_model=WriteResult, dependencies=[Depends(require_token)],
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": {"anyOf": [DocumentIn.model_json_schema(),
                                                           {"type": "array", "items": DocumentIn.model_json_schema()}]}},
                 "application/x-ndjson": {"schema": {"type": "string"}}}}})
async def post_documents(request: Request) -> WriteResult:
    """One JSON document, a JSON list of them or JSON lines (``application/x-ndjson``).
    Each needs ``text``; ``id``, ``title``, ``date``, ``source``, ``url`` are optional.
    Returns the ids of the events found. Nothing is stored unless every document is."""
    from starlette.concurrency import run_in_threadpool

    st = request.app.state.server
    body = await _read_body(request, st.settings.max_body_bytes)
    items = _parse(body, request.headers.get("content-type", "application/json"))
    return await run_in_threadpool(_extract_and_store, st, items)


def _extract_and_store(st, items: list[DocumentIn]) -> WriteResult:
    from dragoman.api import extract_documents

    docs = _prepare(items)
    failures = []
    with st.pipeline() as pipeline:
        pipeline.failures.clear()  # the pipeline is shared: only this batch's failures count
        results = extract_documents(docs, pipeline, problems=failures)
    if failures or len(results) != len(docs):
        first = failures[0] if failures else None
        raise ApiError(422, f"document {first.path if first else '?'}: extraction failed: "
                            f"{first.message if first else 'no result'}; nothing was stored")
    with st.store() as store:
        written = store.write_atomic(results)
        st.changed()
    out = [StoredDocument(id=r.document.id, stored=w, events=[e.id for e in r.events]) for r, w in zip(results, written)]
    return WriteResult(documents=out, event_ids=[i for d in out for i in d.events])


@router.delete("/documents/{doc_id}", tags=["documents"], summary="Delete a document and its events (token needed)",
               dependencies=[Depends(require_token)])
def delete_document(request: Request, doc_id: str = Path(..., max_length=500)) -> dict:
    st = request.app.state.server
    with st.store() as store:
        if not store.delete_document(doc_id):
            raise ApiError(404, f"document {doc_id!r}: no such document")
        st.changed()
    return {"deleted": doc_id}
