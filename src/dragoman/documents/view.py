"""Inspecting prepared Documents: a plain dict per document, and a rich printout."""

from __future__ import annotations

from typing import Iterable, Optional

from dragoman.models import Document, InputProblem

PREVIEW_CHARS = 80


def _preview(s: str, n: int = PREVIEW_CHARS) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


HTML_SUFFIXES = (".html", ".htm")


def page_parts(doc: Document) -> list[dict]:
    """For a document read from an HTML file: the page's parts the reader left out
    (navigation, comments, related stories, footer ...), each with its reason, read
    again from the file; [] for other inputs or an unreadable file."""
    if not doc.path or not doc.path.lower().endswith(HTML_SUFFIXES):
        return []
    from pathlib import Path

    from dragoman.documents.html_parts import removed_parts
    from dragoman.documents.readers import decode_bytes

    try:
        html, _enc = decode_bytes(Path(doc.path).read_bytes())
    except (OSError, ValueError):
        return []
    return [p.to_json() for p in removed_parts(html, doc.text)]


def doc_summary(doc: Document) -> dict:
    """What the documents stage decided about one document, JSON-ready.

    ``removed`` lists the spans of the text cut from the body (offsets into the text);
    ``removed_from_page`` the parts of an HTML page the reader left out (no offsets:
    they are not in the text), each with ``reason``, ``element`` and a preview."""
    return {
        "doc": doc.id,
        "path": doc.path,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "language": doc.language,
        "publication_date": doc.publication_date or "unknown",
        "date_basis": doc.date_basis,
        "date_precision": doc.date_precision,
        "date_evidence": doc.date_evidence,
        "date_window": list(doc.date_window) if doc.date_window else None,
        "duplicate_of": doc.duplicate_of,
        "content_hash": doc.content_hash,
        "body": doc.body,
        "body_length": len(doc.body),
        "removed": [
            {"start": r.start, "end": r.end, "reason": r.reason, "text_preview": _preview(doc.text[r.start : r.end])}
            for r in doc.removed
        ],
        "removed_from_page": page_parts(doc),
    }


def print_docs(docs: Iterable[Document | InputProblem], console: Optional["object"] = None) -> None:
    """Per document: title, date with basis, body length, and each removed span's reason."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = console or Console()
    for d in docs:
        if isinstance(d, InputProblem):
            console.print(f"[red]problem[/red] {escape(str(d))}")
            continue
        s = doc_summary(d)
        console.rule(f"[bold]{escape(s['doc'])}[/bold]")
        console.print(f"[bold]title[/bold]  {escape(s['title'] or '(none)')}")
        date = s["publication_date"]
        extra = f" ({s['date_precision']})" if date != "unknown" else ""
        console.print(f"[bold]date[/bold]   {escape(date)}{extra}, basis: {escape(s['date_basis'])}")
        if s["date_evidence"]:
            console.print(f"         evidence: {escape(s['date_evidence'])}")
        if s["date_window"]:
            lo, hi = s["date_window"]
            console.print(f"         window: {escape(lo or '?')} .. {escape(hi or 'open')}")
        if s["source"]:
            console.print(f"[bold]source[/bold] {escape(s['source'])}")
        if s["duplicate_of"]:
            console.print(f"[yellow]duplicate of[/yellow] {escape(s['duplicate_of'])}")
        console.print(f"[bold]body[/bold]   {s['body_length']} characters: {escape(_preview(d.body, 100))}")
        if s["removed"] or s["removed_from_page"]:
            table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
            table.add_column("reason")
            table.add_column("where", justify="right")
            table.add_column("text")
            for r in s["removed_from_page"]:  # cut by the HTML reader: the element says where
                table.add_row(r["reason"], escape(r["element"]), escape(r["text_preview"]))
            for r in s["removed"]:
                table.add_row(r["reason"], f"{r['start']}-{r['end']}", escape(r["text_preview"]))
            console.print(table)
        else:
            console.print("removed: nothing")
