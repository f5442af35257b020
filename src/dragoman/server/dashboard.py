"""The web dashboard at ``/``: one HTML page, a vendored script and stylesheet of our own
(``static/``), and the map drawn on the server as SVG. Nothing is fetched from the internet.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from importlib import resources

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from dragoman.server import params
from dragoman.server.mapsvg import render_map
from dragoman.server.routes_read import event_filter, state
from dragoman.store import EventFilter

router = APIRouter(dependencies=[Depends(params.reject_unknown_params)])
MAP_LIMIT = 2000


def _template() -> str:
    return resources.files("dragoman.server").joinpath("templates", "dashboard.html").read_text(encoding="utf-8")


@router.get("/", response_class=HTMLResponse, tags=["dashboard"], summary="The web dashboard")
def page(request: Request) -> HTMLResponse:
    from dragoman.analysis.dedup import ensure_deduplicated
    from dragoman.analysis.dyad import top_dyads

    with state(request).store() as store:
        ensure_deduplicated(store)
        dyads = top_dyads(store, limit=30)
        counts = store.counts()
    dyad_options = "".join(
        f'<option value="{escape(d["a"])},{escape(d["b"])}">{escape(d["a"])} – {escape(d["b"])}'
        f' ({d["events"]} events)</option>' for d in dyads)
    type_options = "".join(f'<option value="{t}">{t}</option>' for t in params.event_types())
    html = (_template().replace("{{dyad_options}}", dyad_options).replace("{{type_options}}", type_options)
            .replace("{{store}}", escape(Path(state(request).settings.db).name))
            .replace("{{counts}}", escape(f"{counts['documents']} documents, {counts['events']} events")))
    return HTMLResponse(html)


@router.get("/dashboard/map.svg", tags=["dashboard"], summary="The map of located events (SVG)")
def map_svg(request: Request, flt: EventFilter = Depends(event_filter)) -> Response:
    flt.located = True
    flt.limit = MAP_LIMIT
    with state(request).store() as store:
        events = store.events(flt)
    dots = [{"id": e.id, "lon": e.location.lon, "lat": e.location.lat, "quad_class": e.quad_class,
             "place": e.location.name, "label": f"{e.date or 'undated'} {e.type}: {e.sentence[:120]}"}
            for e in events]
    return Response(render_map(dots), media_type="image/svg+xml")


def mount(app: FastAPI) -> None:
    app.include_router(router)
    static = resources.files("dragoman.server").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
