"""CLI commands over the store's analysis: dedup, dyad, claims, network, export, report."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

_out = Console()
_err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOpt = typer.Option("dragoman.duckdb", "--db", help="DuckDB store file, or a postgresql:// URL.")


def _fail(message: str) -> None:
    _err.print(f"dragoman: {message}", markup=False)
    raise typer.Exit(1)


def checked_filter(parse, *args, **kwargs):
    """Call a :mod:`dragoman.filters` parser; a bad value is one line on stderr and exit code 2."""
    from dragoman.filters import FilterError

    try:
        return parse(*args, **kwargs)
    except FilterError as exc:
        _err.print(f"dragoman: {exc}", markup=False)
        raise typer.Exit(2)


@contextmanager
def _open_store(db: str):
    """Open an existing store for analysis (the canonical tables are written into it)."""
    from dragoman.store import StoreError, open_store

    try:
        store = open_store(db, create=False)
    except StoreError as exc:
        _fail(str(exc))
    except Exception as exc:  # duckdb lock, unreadable file
        _fail(f"{db}: cannot open store: {str(exc).splitlines()[0]}")
    try:
        yield store
    finally:
        store.close()


def _write_text(path: str, text: str) -> None:
    from dragoman.exports import atomic_write_bytes

    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        _fail(f"{path}: cannot write: {exc.strerror or exc}")


def check_output_options(as_csv: bool, as_json: bool, output: Optional[str]) -> None:
    """``--csv`` and ``--json`` exclude each other; ``-o`` needs one of them."""
    if as_csv and as_json:
        raise typer.BadParameter("give --csv or --json, not both", param_hint="--csv/--json")
    if output and not (as_csv or as_json):
        raise typer.BadParameter("-o writes the --csv or --json output: give one of them", param_hint="-o")


def emit_output(text: str, output: Optional[str]) -> None:
    """CSV or JSON to stdout, or to the file ``output`` (then "wrote FILE" on stderr)."""
    if output:
        _write_text(output, text)
        _err.print(f"wrote {output}", markup=False)
    else:
        sys.stdout.write(text)


def _party(side: dict) -> str:
    """An actor of a claim as printed: its name, else its country, else '?'."""
    return side.get("name") or side.get("country") or "?"


def register(app: typer.Typer) -> None:
    """Add the analysis commands to the main app."""

    @app.command()
    def dedup(db: str = DbOpt) -> None:
        """Group event mentions that report the same real event into canonical events."""
        from dragoman.analysis import deduplicate

        with _open_store(db) as store:
            report = deduplicate(store)
        _out.print(f"{report.events} event mentions -> {report.canonical_events} canonical events "
                   f"({report.merged} merged; largest cluster {report.largest_cluster})")

    @app.command()
    def dyad(
        a: str = typer.Argument(..., help="First country: ISO 3166-1 alpha-3 code or name, e.g. USA or India."),
        b: str = typer.Argument(..., help="Second country, e.g. PAK or Pakistan."),
        db: str = DbOpt,
        by: str = typer.Option("year", "--by", help="Period: day, week, month or year."),
        directed: bool = typer.Option(False, "--directed", help="Each direction separately (A→B and B→A)."),
        quad: bool = typer.Option(False, "--quad", help="Table/CSV by quad class only (no per-type counts)."),
        normalise: bool = typer.Option(False, "--normalise", "--normalize",
                                       help="Also give counts per document published in the period."),
        as_json: bool = typer.Option(False, "--json", help="The rows as JSON (stdout, or the file given by -o)."),
        as_csv: bool = typer.Option(False, "--csv", help="The rows as CSV (stdout, or the file given by -o)."),
        output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the --csv or --json output here."),
        png: Optional[str] = typer.Option(None, "--png", help="Write a chart of cooperation vs conflict, both directions."),
    ) -> None:
        """Events between two countries over time, over canonical events (deduplicated)."""
        from dragoman.analysis.dyad import PERIODS, QUADS, dyad_rows, render_chart, rows_to_csv
        from dragoman.filters import resolve_country

        if by not in PERIODS:
            raise typer.BadParameter(f"must be one of {', '.join(PERIODS)}", param_hint="--by")
        check_output_options(as_csv, as_json, output)
        a = checked_filter(resolve_country, a, "A")
        b = checked_filter(resolve_country, b, "B")
        with _open_store(db) as store:
            rows = dyad_rows(store, a, b, by=by, directed=directed, normalise=normalise)
            chart_rows = rows if directed else dyad_rows(store, a, b, by=by, directed=True, normalise=normalise,
                                                         dedup=False)
        if png:
            try:
                render_chart(chart_rows, a, b, png, by=by, normalise=normalise)
            except OSError as exc:
                _fail(f"{png}: cannot write: {exc.strerror or exc}")
            _err.print(f"wrote {png} (chart of {a}–{b} by {by})", markup=False)
        if as_csv or as_json:
            emit_output(rows_to_csv(rows, quad=quad) if as_csv else json.dumps(rows, ensure_ascii=False, indent=2) + "\n",
                        output)
        elif not png:
            table = Table(title=f"{a.upper()}–{b.upper()} by {by}" + (" (directed)" if directed else ""))
            cols = ["period", "dyad", "events", "intensity_sum", "intensity_mean", *QUADS.values()]
            if normalise:
                cols += ["documents", "events_per_document"]
            types = [] if quad else sorted({t for r in rows for t in r["types"]})
            for c in cols + types:
                table.add_column(c, justify="left" if c in ("period", "dyad") else "right")
            for r in rows:
                table.add_row(*["" if r.get(c) is None else str(r[c]) for c in cols],
                              *[str(r["types"].get(t, 0)) for t in types])
            Console(width=max(_out.width, 50 + 16 * (len(cols) + len(types)))).print(table)

    @app.command()
    def claims(
        db: str = DbOpt,
        actor: Optional[str] = typer.Option(None, "--actor", help="Only claims by or to this actor: country (name or "
                                            "ISO3 code), person or organisation (name, alias, surname or KB id)."),
        as_json: bool = typer.Option(False, "--json", help="Print the groups as JSON."),
    ) -> None:
        """Demands, commitments and threats over time, grouped by what they are about."""
        from dragoman.analysis.claims import claims as list_claims
        from dragoman.filters import resolve_actor_filter

        with _open_store(db) as store:
            match = checked_filter(resolve_actor_filter, actor, known_names=store.actor_names()) if actor else None
            groups = list_claims(store, actor=match)
        if as_json:
            sys.stdout.write(json.dumps(groups, ensure_ascii=False, indent=2) + "\n")
            return
        if not groups:
            who = f" by or to {actor}" if actor else ""
            _out.print(f"no demands, commitments or threats{who} stored")
            return
        from dragoman.analysis.claims import describe_group

        for g in groups:
            _out.print(f"[bold]{escape(g['topic'])}[/bold]" + ("  [yellow](recurs)[/yellow]" if g["recurs"] else ""))
            _out.print(f"  {describe_group(g)}", markup=False, highlight=False)
            for c in g["items"]:
                _out.print(f"  {c['date'] or 'undated':<10} {c['kind']:<10} {_party(c['source'])} → "
                           f"{_party(c['target'])}: {c['fulfilment']['status']} ({c['fulfilment']['reason']})",
                           markup=False, highlight=False)
                for s in c["sentences"]:
                    _out.print(f"      “{s['text']}” [{s['doc']}]", markup=False, highlight=False)

    @app.command()
    def network(
        db: str = DbOpt,
        since: Optional[str] = typer.Option(None, "--since", help="Earliest event date (ISO)."),
        until: Optional[str] = typer.Option(None, "--until", help="Latest event date (ISO, any precision)."),
        fmt: str = typer.Option("json", "--format", help="graphml or json."),
        output: Optional[str] = typer.Option(None, "-o", "--output", help="Write here (default: stdout)."),
    ) -> None:
        """The actor network: actors as nodes, typed weighted directed edges."""
        from dragoman.analysis.network import build_network, to_graphml, to_json
        from dragoman.filters import parse_date_bound

        if fmt not in ("graphml", "json"):
            raise typer.BadParameter("must be graphml or json", param_hint="--format")
        since = checked_filter(parse_date_bound, since, "--since")
        until = checked_filter(parse_date_bound, until, "--until")
        with _open_store(db) as store:
            net = build_network(store, since=since, until=until)
        text = to_graphml(net) if fmt == "graphml" else to_json(net)
        if output:
            _write_text(output, text)
        else:
            sys.stdout.write(text)

    @app.command()
    def export(
        db: str = DbOpt,
        fmt: str = typer.Option(..., "--format", help="csv, parquet, jsonl, gdelt or plover."),
        output: str = typer.Option(..., "-o", "--output", help="File to write."),
        mentions: bool = typer.Option(False, "--mentions", help="Also write the mentions next to it (NAME.mentions.EXT)."),
    ) -> None:
        """Export canonical events (see docs/exports.md for each format's schema)."""
        from dragoman.exports import FORMATS, export as do_export

        if fmt not in FORMATS:
            raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
        with _open_store(db) as store:
            try:
                written = do_export(store, fmt, output, with_mentions=mentions)
            except OSError as exc:
                _fail(f"{output}: cannot write: {exc.strerror or exc}")
        for p in written:
            _err.print(f"wrote {p}", markup=False)

    @app.command()
    def report(
        db: str = DbOpt,
        output: str = typer.Option("report.html", "-o", "--output", help="HTML file to write."),
        a: Optional[str] = typer.Option(None, "--dyad-a", help="Country for the trajectory chart (default: top dyad)."),
        b: Optional[str] = typer.Option(None, "--dyad-b", help="Other country for the chart."),
    ) -> None:
        """A static, self-contained HTML report of the corpus."""
        from dragoman.analysis.report import build_report

        from dragoman.filters import resolve_country

        if (a is None) != (b is None):
            raise typer.BadParameter("give both --dyad-a and --dyad-b, or neither")
        if a and b:
            a = checked_filter(resolve_country, a, "--dyad-a")
            b = checked_filter(resolve_country, b, "--dyad-b")
        with _open_store(db) as store:
            html = build_report(store, dyad=(a, b) if a and b else None)
        _write_text(output, html)
        _err.print(f"wrote {output}", markup=False)
