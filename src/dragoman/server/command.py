"""The ``dragoman serve`` command. Imports FastAPI only when run, so the CLI works
without the optional ``server`` extra."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: str = typer.Option("dragoman.duckdb", "--db", help="DuckDB store file, or a postgresql:// URL."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
        max_body: int = typer.Option(None, "--max-body-bytes", min=1, help="Largest request body accepted."),
    ) -> None:
        """Serve the REST API (docs at /docs) and the web dashboard (at /) over the store.

        Writes need DRAGOMAN_API_TOKEN set (clients send it as a bearer token); without it the
        API is read-only. DRAGOMAN_API_CORS_ORIGINS (comma-separated) turns CORS on."""
        try:
            from dragoman.server.app import serve as run_server
            from dragoman.server.state import Settings
        except ImportError as exc:
            typer.echo(f"dragoman: serve needs the server extra (pip install 'dragoman[server]'): {exc}", err=True)
            raise typer.Exit(1)
        from dragoman.store import is_server_url
        from dragoman.store.postgres_store import redact

        if not is_server_url(db) and not Path(db).exists():
            typer.echo(f"dragoman: {db}: no such store (run `dragoman run` first)", err=True)
            raise typer.Exit(1)
        shown = redact(db) if is_server_url(db) else db
        typer.echo(f"dragoman: serving {shown} on http://{host}:{port}/ (API docs at /docs)", err=True)
        run_server(Settings.from_env(db, max_body_bytes=max_body), host=host, port=port)
