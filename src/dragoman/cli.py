"""The `dragoman` command line: thin wrappers over `dragoman.api` and the stages.

Every command prints one clear line per bad input on stderr and never a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dragoman.api import DEFAULT_MAX_BYTES
from dragoman.pipeline import DEFAULT_DOCUMENT_SECONDS

app = typer.Typer(
    name="dragoman",
    help="Dragoman: news about international relations in, trustworthy event data (PLOVER/CAMEO) out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Manage the gazetteer of places.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

out = Console()
err = Console(stderr=True, highlight=False, soft_wrap=True)

PathsArg = typer.Argument(..., help="Files or folders: .txt, .html, .jsonl, .csv (columns id,text[,title,date,source,url]).")
DbOpt = typer.Option("dragoman.duckdb", "--db", help="DuckDB store file, or a postgresql:// URL.")


def _positive_bytes(value: int) -> int:
    if value is not None and value < 1:
        err.print(f"dragoman: --max-bytes must be a positive number of bytes (got {value})", markup=False)
        raise typer.Exit(2)
    return value


def _positive_seconds(value: float) -> float:
    if value is not None and value <= 0:
        err.print(f"dragoman: --doc-timeout must be a positive number of seconds (got {value:g})", markup=False)
        raise typer.Exit(2)
    return value


MaxBytesOpt = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", callback=_positive_bytes,
                           help="Refuse input files larger than this (bytes, at least 1).")
DocTimeoutOpt = typer.Option(DEFAULT_DOCUMENT_SECONDS, "--doc-timeout", callback=_positive_seconds,
                             help="Seconds one document may take; a slower one is reported and skipped.")


class Failure(Exception):
    """A user-facing failure: printed as one line, exit code 1."""


def _report_problems(problems) -> None:
    for p in problems:
        err.print(f"dragoman: {p}", markup=False)


def _progress_callback(enabled: bool, label: str = "extracting"):
    if not enabled:
        return None, None
    progress = Progress(
        TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err, transient=True,
    )
    task = progress.add_task("", total=None)

    def update(done: int, total: int, doc_id: str) -> None:
        progress.update(task, completed=done, total=total, description=doc_id)

    return progress, update


def _task_callback(progress: Progress):
    """The cluster's task counts on the bar: partitions done of all, and those on workers now."""
    task = progress.tasks[0].id

    def update(done: int, total: int, processing: int) -> None:
        progress.update(task, completed=done, total=total, description=f"{processing} on workers")

    return update


@app.command()
def run(
    paths: List[str] = PathsArg,
    db: str = DbOpt,
    max_bytes: int = MaxBytesOpt,
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="One line on stderr per stored document."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes for extraction."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Run on Dask: local[:N] or a scheduler address."),
    doc_timeout: float = DocTimeoutOpt,
) -> None:
    """Extract events from the inputs and store them (the main job)."""
    from dragoman.api import run_paths

    if cluster and workers > 1:
        raise Failure("give --workers or --cluster, not both")
    show = err.is_terminal if progress is None else progress
    bar, update = _progress_callback(show and not verbose, "tasks" if cluster else "extracting")
    on_tasks = None
    if bar and cluster:
        on_tasks, update = _task_callback(bar), None
    if verbose:
        def update(done: int, total: int, doc_id: str) -> None:
            if doc_id:
                print(f"stored {doc_id} ({done}/{total})", file=sys.stderr, flush=True)
    if bar or verbose:
        with bar or _nullcontext():
            summary = run_paths(paths, db, max_bytes=max_bytes, progress=update, workers=workers, cluster=cluster,
                                cluster_progress=on_tasks, document_seconds=doc_timeout)
    else:
        summary = run_paths(paths, db, max_bytes=max_bytes, workers=workers, cluster=cluster,
                            document_seconds=doc_timeout)
    _report_problems(summary.problems)
    table = Table(title=f"dragoman run → {db}")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents processed", str(summary.documents))
    table.add_row("documents already stored", str(summary.skipped))
    table.add_row("input problems", str(len(summary.problems)))
    table.add_row("sentences", str(summary.sentences))
    table.add_row("events", str(summary.events))
    for type_, n in sorted(summary.events_by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(f"  {type_}", str(n))
    table.add_row("time taken", f"{summary.seconds:.1f} s")
    out.print(table)
    if summary.documents == 0 and summary.skipped == 0:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: List[str] = PathsArg,
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write JSONL here (default: stdout)."),
    max_bytes: int = MaxBytesOpt,
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes for extraction."),
    doc_timeout: float = DocTimeoutOpt,
) -> None:
    """Extract events without a store; one JSON object per event (JSONL)."""
    from dragoman.api import events_of, extract_paths
    from dragoman.store.duckdb_store import events_to_jsonl

    results, problems = extract_paths(paths, max_bytes=max_bytes, workers=workers, document_seconds=doc_timeout)
    _report_problems(problems)
    lines = events_to_jsonl(events_of(results))
    if output:
        _write_output(output, lines)
    else:
        sys.stdout.write(lines)
    if not results:
        raise typer.Exit(1)


@app.command()
def events(
    db: str = DbOpt,
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. REQUEST."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Country (name or ISO3 code), person or organisation "
                                        "(name, alias, surname or KB id), as source or target."),
    since: Optional[str] = typer.Option(None, "--since", help="Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Latest event date (YYYY, YYYY-MM or YYYY-MM-DD)."),
    doc: Optional[str] = typer.Option(None, "--doc", help="Only this document."),
    as_json: bool = typer.Option(False, "--json", help="JSON list of events (stdout, or the file given by -o)."),
    as_csv: bool = typer.Option(False, "--csv", help="CSV, one row per event (stdout, or the file given by -o)."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the --csv or --json output here."),
) -> None:
    """Query stored events as a table, JSON or CSV."""
    from dragoman.cli_analysis import check_output_options, checked_filter, emit_output
    from dragoman.filters import parse_date_bound, parse_event_type, resolve_actor_filter
    from dragoman.store import EventFilter, open_store

    check_output_options(as_csv, as_json, output)
    type = checked_filter(parse_event_type, type)
    since = checked_filter(parse_date_bound, since, "--since")
    until = checked_filter(parse_date_bound, until, "--until")
    with open_store(db, read_only=True) as store:
        match = checked_filter(resolve_actor_filter, actor, known_names=store.actor_names()) if actor else None
        found = store.events(EventFilter(type=type, actor=match, since=since, until=until, doc=doc))
    rows = [e.to_output() for e in found]
    if as_json or as_csv:
        emit_output(_events_csv(rows) if as_csv else json.dumps(rows, ensure_ascii=False, indent=1) + "\n", output)
        return
    table = Table(title=f"{len(rows)} events")
    for col in ("doc", "date", "type", "source", "target", "modality", "location", "trigger"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r["doc"], r["date"] or "", r["type"], _actor_text(r["source"]), _actor_text(r["target"]),
            r["modality"], r["location"] or "", r["trigger"],
        )
    out.print(table)


@app.command()
def docs(
    paths: List[str] = PathsArg,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per document (JSON lines)."),
    max_bytes: int = MaxBytesOpt,
) -> None:
    """Show what the documents stage made of each input: title, date, body, removed spans."""
    from dragoman.api import load_documents
    from dragoman.documents.view import doc_summary, print_docs

    documents, problems = load_documents(paths, max_bytes=max_bytes)
    _report_problems(problems)
    if as_json:
        for d in documents:
            sys.stdout.write(json.dumps(doc_summary(d), ensure_ascii=False) + "\n")
    else:
        print_docs(documents, out)
    if not documents:
        raise typer.Exit(1)


@app.command(name="eval")
def evaluate(
    pred: Optional[str] = typer.Argument(None, help="Predictions (JSONL as `dragoman extract` writes)."),
    gold: Optional[str] = typer.Option(None, "--gold", help="Gold events (JSONL, coding guide §5); without it, the whole suite."),
    run_paths: Optional[List[str]] = typer.Option(None, "--run", help="Extract from these inputs and score them."),
    suite: Optional[str] = typer.Option(None, "--suite", help="Suite file (YAML); default eval/suite.yaml."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object with every figure."),
    by: Optional[str] = typer.Option(None, "--by", help="'type' for per-type precision/recall; 'rule' (suite) for each rule's events emitted/matched per set."),
    errors: int = typer.Option(0, "--errors", help="List up to N misses and false alarms."),
    whole_notes: Optional[bool] = typer.Option(
        None, "--whole-notes/--sentences",
        help="Gold sentences are whole notes (a predicted sentence inside one matches); default: as the suite marks that gold file."),
) -> None:
    """Score predictions against gold as the coding guide §6 defines: one gold file, or
    (with no --gold) every set of the development suite in one table."""
    from dragoman.evaluation import format_report, load_jsonl, score

    if by not in (None, "type", "rule"):
        raise Failure(f"--by {by!r}: expected 'type' or 'rule'")
    if gold is None:
        _evaluate_suite(suite, as_json, by, errors)
        return
    if by == "rule":
        raise Failure("--by rule needs the suite (leave out --gold)")
    try:
        gold_rows = load_jsonl(gold)
        if run_paths:
            from dragoman.api import events_of, extract_paths

            results, problems = extract_paths(run_paths)
            _report_problems(problems)
            pred_rows = [e.to_output() for e in events_of(results)]
        elif pred:
            pred_rows = load_jsonl(pred)
        else:
            raise Failure("give a predictions file or --run PATH")
    except (ValueError, OSError) as exc:
        raise Failure(str(exc)) from exc
    if whole_notes is None:
        whole_notes = _suite_marks_whole_notes(gold, suite)
    report = score(gold_rows, pred_rows, alias_resolver=_alias_resolver(), whole_notes=whole_notes)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
    else:
        out.print(format_report(report, by_type=(by == "type"), errors=errors), markup=False, highlight=False)


def _suite_marks_whole_notes(gold: str, suite: Optional[str]) -> bool:
    """Whether the suite file marks this gold file's sentences as whole notes."""
    from dragoman.evaluation.suite import default_suite_path, load_suite

    path = suite or default_suite_path()
    try:
        sets = load_suite(path) if path else []
    except ValueError:
        return False
    target = Path(gold).resolve()
    return any(gs.whole_notes and gs.gold == target for gs in sets)


def _evaluate_suite(suite: Optional[str], as_json: bool, by: Optional[str], errors: int) -> None:
    from dragoman.evaluation import format_report
    from dragoman.evaluation.suite import by_rule, default_suite_path, format_suite, load_suite, run_suite

    path = suite or default_suite_path()
    if path is None:
        raise Failure("no suite file: give --gold GOLD.jsonl or --suite FILE (eval/suite.yaml in the repository)")
    try:
        sets = load_suite(path)
    except ValueError as exc:
        raise Failure(str(exc)) from exc
    result = run_suite(sets, alias_resolver=_alias_resolver(), progress=lambda m: err.print(m, markup=False))
    if as_json:
        payload = {s.gold_set.name: s.report.to_json() for s in result.sets}
        if by == "rule":
            payload["by_rule"] = by_rule(result)
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return
    sys.stdout.write(format_suite(result, by=by))
    for sr in result.sets if errors else []:
        sys.stdout.write(f"\n== {sr.gold_set.name}\n" + format_report(sr.report, errors=errors))


@app.command(name="calibrate")
def calibrate(
    suite: Optional[str] = typer.Option(None, "--suite", help="Suite file (YAML); default eval/suite.yaml."),
    dest: Optional[str] = typer.Option(None, "--out", help="Where to write the calibration (default: the package's data/calibration/rules.json)."),
) -> None:
    """Measure each rule's precision on the suite's calibration sets and write the file
    that event confidences are read from; prints precision at confidence thresholds."""
    from dragoman.events.calibration import Calibration, default_path, reliability
    from dragoman.evaluation.suite import default_suite_path, load_suite, run_suite

    path = suite or default_suite_path()
    if path is None:
        raise Failure("no suite file: give --suite FILE (eval/suite.yaml in the repository)")
    try:
        sets = [s for s in load_suite(path) if s.calibrate]
    except ValueError as exc:
        raise Failure(str(exc)) from exc
    if not sets:
        raise Failure(f"{path}: no set is marked 'calibrate: true'")
    result = run_suite(sets, alias_resolver=_alias_resolver(), progress=lambda m: err.print(m, markup=False))
    pairs = [pair for sr in result.sets for pair in sr.hits()]
    cal = Calibration.measure(pairs, [s.name for s in sets])
    target = Path(dest) if dest else default_path()
    cal.write(target)
    rescored = [({**p, "confidence": cal.confidence(str(p.get("type")), p.get("rule"))}, hit) for p, hit in pairs]
    lines = [f"wrote {target}: {cal.overall.emitted} events ({cal.overall.matched} matched) on {', '.join(cal.measured_on)}",
             "confidence >=   events   precision"]
    for t, n, prec in reliability(rescored):
        lines.append(f"{t:>12.2f} {n:>8}   {'–' if prec is None else f'{prec:.3f}'}")
    sys.stdout.write("\n".join(lines) + "\n")


def _alias_resolver():
    try:
        from dragoman.actors import KnowledgeBase

        return KnowledgeBase.default().alias_resolver
    except Exception:  # the scorer works without the knowledge base
        return None


@gazetteer_app.command("import")
def gazetteer_import(
    path: str = typer.Argument(..., help="A GeoNames dump: allCountries.txt or a country file such as PK.txt."),
    dest: Optional[str] = typer.Option(None, "--dest", help="Where imported places are kept (default: user data dir)."),
) -> None:
    """Import a GeoNames dump so every village can be resolved."""
    from dragoman.places.gazetteer import Gazetteer

    n = Gazetteer.import_geonames(path, dest)
    out.print(f"imported {n} places from {path}")


def _nullcontext():
    import contextlib

    return contextlib.nullcontext()


def _actor_text(a) -> str:
    if not a:
        return ""
    parts = [a.get("country") or "-", a.get("sector") or "-"]
    return "/".join(parts) + (f" {a['name']}" if a.get("name") else "")


def _events_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    cols = ["id", "doc", "sentence_index", "date", "type", "cameo", "quad_class", "intensity",
            "source_country", "source_sector", "source_name", "target_country", "target_sector", "target_name",
            "modality", "historical", "location", "confidence", "start", "end", "trigger", "sentence"]
    w = csv.writer(buf)
    w.writerow(cols)
    for r in rows:
        flat = dict(r)
        for side in ("source", "target"):
            a = r.get(side) or {}
            for f in ("country", "sector", "name"):
                flat[f"{side}_{f}"] = a.get(f)
        w.writerow(["" if flat.get(c) is None else _csv_text(flat.get(c)) for c in cols])
    return buf.getvalue()


def _csv_text(value) -> str:
    from dragoman.exports import neutralise_cell

    return neutralise_cell(str(value))


def _write_output(path: str, text: str) -> None:
    """``-o PATH``: written whole (symlinks followed, special files written through)."""
    from dragoman.exports import atomic_write_bytes

    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise Failure(f"{path}: cannot write: {exc.strerror or exc}") from exc


from dragoman.cli_analysis import register as _register_analysis  # noqa: E402

_register_analysis(app)
from dragoman.cli_actors import register as _register_actors  # noqa: E402
_register_actors(app)
from dragoman.cli_lexicon import register as _register_lexicon  # noqa: E402
_register_lexicon(app)
from dragoman.server.command import register as _register_serve  # noqa: E402
_register_serve(app)


def main() -> None:
    """Entry point: user errors as one line, never a traceback."""
    from dragoman.cluster import ClusterError
    from dragoman.store import StoreError, engine_errors, first_line

    try:
        app()
    except Failure as exc:
        err.print(f"dragoman: {exc}", markup=False)
        sys.exit(1)
    except (StoreError, ClusterError) as exc:
        err.print(f"dragoman: {exc}", markup=False)
        sys.exit(1)
    except engine_errors() as exc:  # the store's engine refused a query (a lock, a lost server)
        err.print(f"dragoman: store error: {first_line(exc)}", markup=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("dragoman: interrupted; whole documents already stored are kept", markup=False)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug must still be one line, not a traceback
        err.print(f"dragoman: internal error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                  " (please report it)", markup=False)
        sys.exit(70)


if __name__ == "__main__":
    main()
