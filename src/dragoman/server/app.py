"""The FastAPI application: routes, error handlers, access log, CORS, lifecycle."""

from __future__ import annotations

import json
import logging
import time
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request

from dragoman import __version__
from dragoman.server import apidocs, dashboard, routes_read, routes_write
from dragoman.server.errors import install_error_handlers
from dragoman.server.state import ServerState, Settings

access_log = logging.getLogger("dragoman.access")

DESCRIPTION = """Dragoman's event data over HTTP: events with their evidence, documents, actors,
dyad series, claims, the actor network and the exports. Errors are `{"error": "one line"}`.
Writes need `Authorization: Bearer <DRAGOMAN_API_TOKEN>`; without that setting the API is read-only."""


def create_app(settings: Settings) -> FastAPI:
    """The app over ``settings.db``; the store opens when the app starts and closes when it stops."""
    server = ServerState(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        server.open()
        server.warm(lambda store: _warm_up(server, store))
        try:
            yield
        finally:
            server.close()

    app = FastAPI(title="Dragoman API", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.server = server
    install_error_handlers(app)
    app.include_router(routes_read.router)
    app.include_router(routes_write.router)
    dashboard.mount(app)
    apidocs.mount(app)

    @app.middleware("http")
    async def log_access(request: Request, call_next):
        started = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            access_log.info(json.dumps({
                "method": request.method, "path": request.url.path, "query": request.url.query or None,
                "status": status, "ms": round((time.perf_counter() - started) * 1000, 1),
                "client": request.client.host if request.client else None,
            }))

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type"])
    return app


def _warm_up(server: ServerState, store) -> None:
    """What the dashboard's first load asks for: the canonical events and the claims."""
    routes_read.cached_claims(server, store, None, None)


def configure_logging() -> None:
    """Access log lines are JSON objects on stderr, one per request."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    for name in ("dragoman.access", "dragoman.server"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app under uvicorn until interrupted."""
    import uvicorn

    configure_logging()
    app = create_app(settings)
    app.state.server.open()  # a missing or locked store is a one-line error here, not a traceback later
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning")
