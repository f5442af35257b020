"""The read endpoints: events, documents, actors, dyads, claims, network, exports, health.

Each route checks its parameters (``params``), then calls a store query method or the
analysis function the CLI calls, under the store lock.
"""

from __future__ import annotations

import os
import tempfile
from typing import Literal, Optional

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from dragoman.server import params
from dragoman.server.errors import ApiError
from dragoman.server.views import actor_id, actor_matches, document_summary, event_evidence, geojson
from dragoman.store import EventFilter
from dragoman.store.queries import event_sort_key

router = APIRouter(dependencies=[Depends(params.reject_unknown_params)])

MAX_PAGE = 1000
EXPORT_MEDIA = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet", "jsonl": "application/x-ndjson",
                "gdelt": "text/tab-separated-values", "plover": "application/x-ndjson"}
EXPORT_SUFFIX = {"csv": "csv", "parquet": "parquet", "jsonl": "jsonl", "gdelt": "tsv", "plover": "jsonl"}


def state(request: Request):
    return request.app.state.server


def event_filter(
    request: Request,
    type: Optional[str] = Query(None, max_length=40, description="PLOVER event type, e.g. REQUEST."),
    actor: Optional[str] = Query(None, max_length=200,
                                 description="Source or target: country code or name, actor name or alias, KB id."),
    country: Optional[str] = Query(None, max_length=100, description="Source or target country: ISO alpha-3 code or name."),
    dyad: Optional[str] = Query(None, max_length=200, description="Two countries, either direction: 'USA,PAK'."),
    since: Optional[str] = Query(None, max_length=40, description="Earliest event date: YYYY, YYYY-MM or YYYY-MM-DD."),
    until: Optional[str] = Query(None, max_length=40, description="Latest event date, at any precision."),
    modality: Optional[str] = Query(None, max_length=40, description="asserted, negated, hypothetical or future."),
    min_confidence: Optional[float] = Query(None, ge=0, le=1, allow_inf_nan=False, description="0 to 1."),
    q: Optional[str] = Query(None, max_length=200, description="Words the sentence contains (case-insensitive)."),
    doc: Optional[str] = Query(None, max_length=500, description="Only this document's events."),
) -> EventFilter:
    """The event filters shared by /events and the dashboard's map."""
    return EventFilter(
        type=params.event_type("type", type), actor=_actor_filter(request, actor),
        country=params.country("country", country), dyad=params.dyad_pair("dyad", dyad),
        since=params.date_bound("since", since), until=params.date_bound("until", until),
        modality=params.modality("modality", modality), min_confidence=min_confidence,
        text=q if q and q.strip() else None, doc=doc,
    )


def _actor_filter(request: Request, value: Optional[str]):
    """An actor filter resolved through the knowledge base and the names in the store."""
    if value is None:
        return None
    with state(request).store() as store:
        names = store.actor_names()
    return params.actor("actor", value, names)


@router.get("/health", tags=["service"], summary="Whether the server and its store answer")
def health(request: Request) -> dict:
    st = state(request)
    with st.store() as store:
        counts, shown = store.counts(), store.path  # a server's URL without its password
    return {"status": "ok", "store": shown, "counts": counts,
            "writable": st.settings.token is not None}


@router.get("/events", tags=["events"], summary="Events, filtered and paged (JSON, CSV or GeoJSON)")
def list_events(
    request: Request,
    flt: EventFilter = Depends(event_filter),
    limit: int = Query(100, ge=1, le=MAX_PAGE, description="Events per page."),
    cursor: Optional[str] = Query(None, max_length=2000, description="next_cursor of the previous page."),
    format: Literal["json", "csv", "geojson"] = Query("json", description="json, csv or geojson."),
):
    """Events in a stable order (document, sentence, offset, id). The cursor marks the last
    event of a page, so pages stay whole while documents are added."""
    flt.after = params.decode_cursor("cursor", cursor)
    flt.limit = limit + 1
    with state(request).store() as store:
        found = store.events(flt)
    page, more = found[:limit], len(found) > limit
    next_cursor = params.encode_cursor(event_sort_key(page[-1])) if more and page else None
    headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
    if format == "csv":
        from dragoman.cli import _events_csv

        return Response(_events_csv([e.to_output() for e in page]), media_type="text/csv", headers=headers)
    if format == "geojson":
        body = geojson(page)
        body["next_cursor"] = next_cursor
        return JSONResponse(body, media_type="application/geo+json", headers=headers)
    return {"count": len(page), "next_cursor": next_cursor, "events": [e.to_output() for e in page]}


@router.get("/events/{event_id}", tags=["events"], summary="One event with its evidence")
def get_event(request: Request, event_id: str = Path(..., max_length=500)) -> dict:
    """The event, its document, its sentence with the source, target, trigger and place
    spans marked, and the rules that fired."""
    with state(request).store() as store:
        event = store.event(event_id)
        if event is None:
            raise ApiError(404, f"event {event_id!r}: no such event")
        return event_evidence(event, store.document(event.doc), store.sentences(event.doc))


@router.get("/documents", tags=["documents"], summary="Stored documents (no text)")
def list_documents(request: Request, limit: int = Query(100, ge=1, le=MAX_PAGE),
                   offset: int = Query(0, ge=0, le=10**9)) -> dict:
    with state(request).store() as store:
        rows = store.document_index()
    return {"total": len(rows), "documents": rows[offset: offset + limit]}


@router.get("/documents/{doc_id}", tags=["documents"], summary="One document: text, sentences and events")
def get_document(request: Request, doc_id: str = Path(..., max_length=500)) -> dict:
    with state(request).store() as store:
        doc = store.document(doc_id)
        if doc is None:
            raise ApiError(404, f"document {doc_id!r}: no such document")
        sentences = store.sentences(doc_id)
        events = store.events(EventFilter(doc=doc_id))
    return {**document_summary(doc), "text": doc.text, "removed": [r.model_dump() for r in doc.removed],
            "sentences": [s.model_dump() for s in sentences], "events": [e.to_output() for e in events]}


@router.get("/actors", tags=["actors"], summary="Actors named in events, with their counts")
def list_actors(request: Request, q: Optional[str] = Query(None, max_length=200, description="Part of a name or code."),
                limit: int = Query(100, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**9)) -> dict:
    with state(request).store() as store:
        rows = store.actors()
    for r in rows:
        r["id"] = actor_id(r["country"], r["sector"], r["name"], r["kb_id"])
    if q and q.strip():
        needle = q.strip().lower()
        rows = [r for r in rows if needle in " ".join(str(r[k] or "") for k in ("id", "name", "country")).lower()]
    return {"total": len(rows), "actors": rows[offset: offset + limit]}


@router.get("/actors/{actor:path}", tags=["actors"], summary="One actor: counts, counterparts and events")
def get_actor(
    request: Request,
    actor: str = Path(..., max_length=500, description="An id from /actors: KB id or country|sector|name."),
) -> dict:
    with state(request).store() as store:
        rows = store.actors()
        match = [r for r in rows if actor_id(r["country"], r["sector"], r["name"], r["kb_id"]) == actor]
        if not match:
            raise ApiError(404, f"actor {actor!r}: no such actor (ids are listed by /actors)")
        a = match[0]
        events = store.events(EventFilter(actor=a["kb_id"] or a["name"] or a["country"]))
    mine = [e for e in events if actor_matches(e.source, actor) or actor_matches(e.target, actor)]
    counterparts: dict[str, int] = {}
    for e in mine:
        other = e.target if actor_matches(e.source, actor) else e.source
        if other is not None:
            key = actor_id(other.country, other.sector, other.name, other.kb_id)
            counterparts[key] = counterparts.get(key, 0) + 1
    return {**a, "id": actor, "counterparts": dict(sorted(counterparts.items(), key=lambda kv: (-kv[1], kv[0]))),
            "events": [e.to_output() for e in mine]}


@router.get("/dyads", tags=["dyads"], summary="The country pairs with the most events")
def list_dyads(request: Request, limit: int = Query(20, ge=1, le=MAX_PAGE)) -> dict:
    from dragoman.analysis.dyad import top_dyads
    from dragoman.analysis.dedup import ensure_deduplicated

    with state(request).store() as store:
        ensure_deduplicated(store)
        return {"dyads": top_dyads(store, limit=limit)}


@router.get("/dyads/{a}/{b}", tags=["dyads"], summary="A dyad's series, as `dragoman dyad` computes it")
def get_dyad(
    request: Request,
    a: str = Path(..., max_length=100, description="A country: ISO alpha-3 code or name."),
    b: str = Path(..., max_length=100),
    by: Literal["day", "week", "month", "year"] = Query("year"),
    directed: bool = Query(False, description="Each direction separately."),
    normalise: bool = Query(False, description="Also counts per document published in the period."),
) -> dict:
    from dragoman.analysis.dyad import dyad_rows

    ca, cb = params.country("a", a), params.country("b", b)
    with state(request).store() as store:
        rows = dyad_rows(store, ca, cb, by=by, directed=directed, normalise=normalise)
    return {"a": ca, "b": cb, "by": by, "directed": directed, "rows": rows}


@router.get("/claims", tags=["analysis"], summary="Demands, commitments and threats grouped by topic")
def get_claims(
    request: Request,
    actor: Optional[str] = Query(None, max_length=200, description="By or to this country (code or name) or actor."),
) -> dict:
    who = _actor_filter(request, actor)
    st = state(request)
    with st.store() as store:
        return {"groups": cached_claims(st, store, actor, who)}


def cached_claims(st, store, actor: Optional[str], match) -> list[dict]:
    """The claim groups (by or to ``match``), computed once per state of the store."""
    from dragoman.analysis.claims import claims

    key = ("claims", actor.strip() if actor else None)
    return st.cached(key, lambda: claims(store, actor=match))


@router.get("/network", tags=["analysis"], summary="The actor network (JSON or GraphML)")
def get_network(
    request: Request,
    since: Optional[str] = Query(None, max_length=40), until: Optional[str] = Query(None, max_length=40),
    format: Literal["json", "graphml"] = Query("json"),
):
    from dragoman.analysis.network import build_network, to_graphml

    lo, hi = params.date_bound("since", since), params.date_bound("until", until)
    with state(request).store() as store:
        net = build_network(store, since=lo, until=hi)
    if format == "graphml":
        return Response(to_graphml(net), media_type="application/graphml+xml")
    return net


@router.get("/exports/{format}", tags=["exports"], summary="The canonical events in an export format, streamed")
def get_export(
    request: Request,
    format: str = Path(..., max_length=20, description="csv, parquet, jsonl, gdelt or plover."),
):
    """The same file `dragoman export --format FMT` writes (see docs/exports.md)."""
    from dragoman.exports import FORMATS, export

    fmt = format.lower()
    if fmt not in FORMATS:
        raise ApiError(404, f"format {fmt!r}: no such export (one of {', '.join(FORMATS)})")
    fd, tmp = tempfile.mkstemp(prefix="dragoman-export-", suffix="." + EXPORT_SUFFIX[fmt])
    os.close(fd)
    try:
        with state(request).store() as store:
            export(store, fmt, tmp)
        fh = open(tmp, "rb")
    finally:
        os.unlink(tmp)  # the open handle keeps the data until the stream ends
    return StreamingResponse(_chunks(fh), media_type=EXPORT_MEDIA[fmt], headers={
        "Content-Disposition": f'attachment; filename="dragoman-events.{EXPORT_SUFFIX[fmt]}"'})


def _chunks(fh, size: int = 64 * 1024):
    with fh:
        while chunk := fh.read(size):
            yield chunk
