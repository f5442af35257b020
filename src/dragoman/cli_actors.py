"""CLI commands over the actor stage: ``dragoman actors resolve``, ``dragoman actors show`` and
``dragoman kb import phoenix|wikidata``.

Thin wrappers: resolution is :func:`dragoman.actors.phrases.resolve_phrases` (the
pipeline's own spaCy model and :class:`~dragoman.actors.ActorResolver`), lookups are the
:class:`~dragoman.actors.KnowledgeBase`'s. Bad input gets one line on stderr, never a
traceback.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from dragoman.documents.text_safety import path_text, replace_surrogates, replaced_note

# A phrase longer than this is not resolved (one line says so): --input lines are phrases.
MAX_PHRASE_CHARS = 100_000

_out = Console()
_err = Console(stderr=True, highlight=False, soft_wrap=True)

actors_app = typer.Typer(help="Resolve actor mentions and look up the actor knowledge base.", no_args_is_help=True)
kb_app = typer.Typer(help="Manage the actor knowledge base.", no_args_is_help=True)
kb_import_app = typer.Typer(help="Import actor dictionaries into the knowledge base.", no_args_is_help=True)
kb_app.add_typer(kb_import_app, name="import")
_DEST_HELP = "Where imported entries are kept (default: the user data dir that the default knowledge base reads)."


def _fail(message: str) -> None:
    _err.print(f"dragoman: {message}", markup=False)
    raise typer.Exit(1)


def _load_model():
    from dragoman.nlp import ModelMissing, load_model

    try:
        return load_model()
    except ModelMissing as exc:
        _fail(str(exc))


@actors_app.command("resolve")
def resolve(
    text: Optional[str] = typer.Argument(None, help="A sentence or phrase, e.g. \"Pakistan's army chief\"."),
    when: Optional[str] = typer.Option(None, "--date", help="Read posts on this day (YYYY-MM-DD; YYYY-MM or YYYY too)."),
    input_path: Optional[str] = typer.Option(None, "--input", help="JSONL file of {\"text\": ..., \"date\": ...} lines."),
    as_json: bool = typer.Option(False, "--json", help="JSON (one line per text) instead of a table."),
) -> None:
    """Resolve the actors of TEXT (or of every line of --input), principal actor first."""
    from dragoman.actors.phrases import parse_phrase_date

    if input_path is not None:
        if text is not None:
            _fail("give either TEXT or --input FILE, not both")
        _resolve_file(input_path, when, as_json)
        return
    if text is None or not text.strip():
        _fail("give a TEXT to resolve or --input FILE.jsonl")
    try:
        when = parse_phrase_date(when)
    except ValueError as exc:
        _fail(f"--date: {exc}")
    from dragoman.actors.phrases import resolve_phrases

    result = resolve_phrases([(text, when)], nlp=_load_model())[0]
    if as_json:
        sys.stdout.write(json.dumps(_result_json(result), ensure_ascii=False) + "\n")
    else:
        _print_table(result)


def _result_json(result) -> dict:
    from dragoman.actors.phrases import actor_record

    return {"text": result.text, "date": result.date, "actors": [actor_record(m) for m in result.mentions]}


def _print_table(result) -> None:
    table = Table(title=f"actors of: {result.text}" + (f"  (on {result.date})" if result.date else "  (no date: posts not read)"))
    for col in ("#", "mention", "chars", "country", "sector", "name", "kb id", "post / note", "rule"):
        table.add_column(col, overflow="fold")
    for n, m in enumerate(result.mentions, start=1):
        a = m.actor
        table.add_row(str(n), m.text, f"{m.start}-{m.end}", a.country or "-", a.sector or "-", a.name or "",
                      a.kb_id or "", a.note or "", a.rule or "")
    if not result.mentions:
        _out.print(f"no actor found in: {result.text}", markup=False, highlight=False)
        return
    _out.print(table)


def _resolve_file(path: str, default_date: Optional[str], as_json: bool) -> None:
    """One output line per input line, in order; bad lines get ``"actors": []`` and an ``error``."""
    from dragoman.actors.phrases import parse_phrase_date

    p = Path(path)
    if not p.is_file():
        _fail(f"{path}: no such file")
    try:
        default_date = parse_phrase_date(default_date)
    except ValueError as exc:
        _fail(f"--date: {exc}")
    try:
        raw_lines = _input_lines(p.read_bytes())
    except OSError as exc:
        _fail(f"{path}: cannot read: {exc.strerror or exc}")
    shown = path_text(path)
    rows: list[dict] = []  # per input line: {"text", "date"} or {"text", "error"}
    for n, raw in enumerate(raw_lines, start=1):
        row, problem = _read_line(raw, n == 1, default_date)
        if problem:
            _err.print(f"dragoman: {shown}: line {n}: {problem}", markup=False)
            row["error"] = problem
        elif row.pop("replaced", None):
            _err.print(f"dragoman: {shown}: line {n}: {replaced_note(row['replaced_chars'])}", markup=False)
        row.pop("replaced_chars", None)
        rows.append(row)
    good = [i for i, r in enumerate(rows) if "error" not in r]
    by_row = _resolve_rows(rows, good, shown) if good else {}
    good = [i for i in good if i in by_row]
    if not as_json:
        for i, row in enumerate(rows):
            if i in by_row:
                _print_table(by_row[i])
            else:
                _out.print(f"line {i + 1}: {row['error']}", markup=False, highlight=False)
    else:
        lines = []
        for i, row in enumerate(rows):
            if i in by_row:
                lines.append(json.dumps(_result_json(by_row[i]), ensure_ascii=False))
            else:
                lines.append(json.dumps({"text": row.get("text"), "actors": [], "error": row["error"]}, ensure_ascii=False))
        sys.stdout.write("".join(line + "\n" for line in lines))
    if rows and not good:
        raise typer.Exit(1)


def _input_lines(data: bytes) -> list[bytes]:
    """The lines of an --input file: split at LF only (a CR inside a JSON line is JSON
    whitespace, not a line end), a final CR of each line dropped, no line after the last LF."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [ln[:-1] if ln.endswith(b"\r") else ln for ln in lines]


def _resolve_rows(rows: list[dict], good: list[int], shown: str) -> dict:
    """Row index -> result; a row the resolver fails on gets an ``error`` instead."""
    from dragoman.actors.phrases import resolve_phrases

    nlp = _load_model()
    try:
        return dict(zip(good, resolve_phrases([(rows[i]["text"], rows[i]["date"]) for i in good], nlp=nlp)))
    except Exception:  # find the row that fails: one at a time, the others still resolved
        pass
    out = {}
    for i in good:
        try:
            out[i] = resolve_phrases([(rows[i]["text"], rows[i]["date"])], nlp=nlp)[0]
        except Exception as exc:  # noqa: BLE001 - one bad line must not lose the others
            problem = f"cannot resolve: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            _err.print(f"dragoman: {shown}: line {i + 1}: {problem}", markup=False)
            rows[i]["error"] = problem
    return out


def _read_line(raw: bytes, first: bool, default_date: Optional[str]) -> tuple[dict, Optional[str]]:
    from dragoman.actors.phrases import parse_phrase_date

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return {"text": None}, f"not UTF-8 ({exc.reason})"
    if first:
        line = line.lstrip("\ufeff")
    if not line.strip():
        return {"text": None}, "empty line"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"text": None}, f"invalid JSON: {exc.msg} (column {exc.colno})"
    except RecursionError:
        return {"text": None}, "invalid JSON: nested too deeply to read"
    if not isinstance(rec, dict):
        return {"text": None}, f"expected a JSON object, got {type(rec).__name__}"
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return {"text": text if isinstance(text, str) else None}, "missing text (a non-empty string)"
    text, replaced = replace_surrogates(text)
    if len(text) > MAX_PHRASE_CHARS:
        return {"text": text[:80] + "…"}, f"text of {len(text)} characters is too long for a phrase (at most {MAX_PHRASE_CHARS})"
    raw_date = rec.get("date")
    try:
        if isinstance(raw_date, str):
            raw_date = replace_surrogates(raw_date)[0]
        when = parse_phrase_date(raw_date) if raw_date is not None else default_date
    except (ValueError, TypeError, OverflowError) as exc:
        return {"text": text}, str(exc)
    return {"text": text, "date": when, "replaced": bool(replaced), "replaced_chars": replaced}, None


@actors_app.command("show")
def show(
    name: str = typer.Argument(..., help="A person, organisation, country, demonym or seat of power."),
    as_json: bool = typer.Option(False, "--json", help="JSON list of the entries."),
) -> None:
    """List what the knowledge base holds for NAME: id, country, sector, aliases, dated posts, source."""
    from dragoman.actors import KnowledgeBase

    entries = KnowledgeBase.default().entries_named(name)
    if not entries:
        _fail(f"{name!r}: not in the knowledge base")
    records = [_entry_json(kind, e) for kind, e in entries]
    if as_json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        return
    for r in records:
        table = Table(title=f"{r['kind']} {r['id']}: {r['name']}", show_header=False)
        table.add_column("field")
        table.add_column("value", overflow="fold")
        latest = " (latest post)" if r["kind"] == "person" else ""
        table.add_row("country", (r.get("country") or "-") + latest)
        table.add_row("sector", (r.get("sector") or "-") + latest)
        table.add_row("aliases", ", ".join(r.get("aliases") or []) or "-")
        for extra in ("capital", "seats", "demonyms"):
            if r.get(extra):
                v = r[extra]
                table.add_row(extra, ", ".join(f"{k}: {s}" for k, s in v.items()) if isinstance(v, dict)
                              else ", ".join(v) if isinstance(v, list) else str(v))
        table.add_row("source", r.get("source") or "-")
        _out.print(table)
        if r.get("posts"):
            posts = Table(title="posts")
            for col in ("post", "office", "country", "sector", "start", "end", "source"):
                posts.add_column(col, overflow="fold")
            for t in r["posts"]:
                posts.add_row(t["post"] or "", t["office"] or "", t["country"] or "-", t["sector"] or "-",
                              t["start"] or "…", t["end"] or "…", t["source"] or "")
            _out.print(posts)


def _entry_json(kind: str, e) -> dict:
    if kind == "person":
        posts = sorted(e.tenures, key=lambda t: (t.start or t.end or date.min))
        latest = max(e.tenures, key=lambda t: (t.end or date.max, t.start or date.min), default=None)
        return {"kind": "person", "id": e.id, "name": e.name,
                "country": latest.country if latest else None, "sector": latest.sector if latest else None,
                "aliases": list(e.aliases), "source": e.source or None,
                "office": next((t.office for t in posts[::-1] if t.office), None),
                "posts": [{"post": t.post, "office": t.office or None, "country": t.country, "sector": t.sector,
                           "start": t.start.isoformat() if t.start else None,
                           "end": t.end.isoformat() if t.end else None, "source": t.source or None} for t in posts]}
    if kind == "organisation":
        return {"kind": "organisation", "id": e.id, "name": e.name, "country": e.country, "sector": e.sector,
                "aliases": list(e.aliases), "type": e.kind, "source": e.source or None}
    if kind == "country":
        return {"kind": "country", "id": f"country:{e.iso3}", "name": e.name, "country": e.iso3, "sector": None,
                "aliases": list(e.aliases), "demonyms": list(e.demonyms), "capital": e.capital or None,
                "seats": dict(e.seats), "source": "countries.csv"}
    country, sector = e
    return {"kind": "seat", "id": f"country:{country.iso3}", "name": country.name, "country": country.iso3,
            "sector": sector, "aliases": [], "source": "countries.csv (capital or seat of power)"}


@kb_import_app.command("phoenix")
def kb_import_phoenix(
    path: str = typer.Argument(..., help="A CAMEO/Phoenix .actors/.agents file or a folder of them."),
    dest: Optional[str] = typer.Option(None, "--dest", help=_DEST_HELP),
) -> None:
    """Import CAMEO/Phoenix actor dictionaries (the package already ships the shared ones)."""
    from dragoman.actors.importers import import_phoenix

    _print_import(lambda: import_phoenix(path, dest), path)


@kb_import_app.command("wikidata")
def kb_import_wikidata(
    path: str = typer.Argument(..., help="A JSON-lines Wikidata extract (entities with P39 claims)."),
    dest: Optional[str] = typer.Option(None, "--dest", help=_DEST_HELP),
) -> None:
    """Import people and their dated posts from a Wikidata extract."""
    from dragoman.actors.importers import import_wikidata

    _print_import(lambda: import_wikidata(path, dest), path)


def _print_import(run, path: str) -> None:
    """Run an import; its summary (what was read, written, left out, and where) on stdout."""
    try:
        report = run()
    except FileNotFoundError:
        _fail(f"{path}: no such file or folder")
    except OSError as exc:
        _fail(f"{path}: cannot import: {exc.strerror or exc}")
    sys.stdout.write(report.summary() + "\n")  # plain lines: a long path is not wrapped


def register(app: typer.Typer) -> None:
    """Add ``dragoman actors`` and ``dragoman kb`` to the main application."""
    app.add_typer(actors_app, name="actors")
    app.add_typer(kb_app, name="kb")
