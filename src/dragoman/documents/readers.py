"""Reading inputs (.txt, .html/.htm, .jsonl, .csv) into Documents, and preparing them.

``read_inputs`` yields raw Documents (``text`` set, body not yet split) or one-line
``InputProblem``s; a bad file or row never stops the batch. ``prepare`` splits body
from boilerplate and dates the document; ``load_documents`` does both and marks
near-duplicates as they stream past.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from dragoman.models import Document, InputProblem

from .boilerplate import BoilerplateSplitter, build_body
from .near_duplicates import NearDuplicateIndex, content_hash
from .pubdate import find_publication_date, page_date

SUPPORTED = {".txt", ".html", ".htm", ".jsonl", ".csv"}
DEFAULT_MAX_BYTES = 5_000_000
# Share of control characters above which a decoded file is taken for binary.
BINARY_CONTROL_SHARE = 0.01
# The share of English function words above which a body is labelled "en".
ENGLISH_FUNCTION_SHARE = 0.12

PathLike = Union[str, Path]
Item = Union[Document, InputProblem]


# -- decoding ------------------------------------------------------------------------------


class NotText(ValueError):
    pass


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def _control_share(s: str) -> float:
    if not s:
        return 0.0
    sample = s[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes -> (text with universal newlines, encoding). Raises NotText for binary data.

    BOMs first (UTF-8/16/32); then UTF-16 without BOM (every other byte NUL); NUL bytes
    otherwise mean binary; then strict UTF-8, Windows-1252, and Latin-1 as last resort.
    """
    text = None
    encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(enc), enc + " (BOM)"
            except UnicodeDecodeError as e:
                raise NotText(f"invalid {enc} after byte-order mark") from e
            break
    if text is None:
        head = data[:4000]
        if b"\x00" in head:
            even, odd = head[0::2], head[1::2]
            if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
                enc = "utf-16-le"
            elif even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
                enc = "utf-16-be"
            else:
                raise NotText("binary file, not text")
            try:
                text, encoding = data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise NotText("binary file, not text") from e
        else:
            for enc in ("utf-8", "cp1252", "latin-1"):
                try:
                    text, encoding = data.decode(enc), enc
                    break
                except UnicodeDecodeError:
                    continue
    assert text is not None
    if "\x00" in text or _control_share(text) > BINARY_CONTROL_SHARE:
        raise NotText("binary file, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding or "utf-8"


# -- HTML ----------------------------------------------------------------------------------

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "pre",
    "dd", "dt", "hr", "main", "aside", "nav", "form",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "nav", "form", "button"}


class _TextHTML(HTMLParser):
    """A plain HTML-to-text fallback: block elements become lines, scripts are dropped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", ln).strip() for ln in raw.split("\n")]
        out, blank = [], False
        for ln in lines:
            if ln:
                out.append(ln)
                blank = False
            elif not blank and out:
                out.append("")
                blank = True
        return "\n".join(out).strip()


def html_to_text(html: str, url: Optional[str] = None) -> tuple[str, dict]:
    """Main text of an HTML page (trafilatura; plain fallback) and its metadata."""
    meta: dict = {}
    text = None
    try:
        import trafilatura
        from trafilatura.metadata import extract_metadata

        text = trafilatura.extract(
            html, url=url, output_format="txt", include_comments=False, include_tables=True
        )
        md = extract_metadata(html, default_url=url, date_config={"extensive_search": False, "original_date": True})
        if md is not None:
            meta = {k: getattr(md, k, None) for k in ("title", "date", "sitename", "url", "author", "language")}
    except Exception:  # trafilatura failures fall back to the plain parser
        text = None
    fallback = _TextHTML()
    fallback.feed(html)
    fallback.close()
    blocks = len(re.findall(r"<(p|br|div|li|h[1-6])\b", html, re.I))
    # trafilatura flattens short pages into one line; keep paragraphs then
    if not text or ("\n" not in text.strip() and blocks > 2):
        text = fallback.text()
    if not meta.get("title") and fallback.title.strip():
        meta["title"] = re.sub(r"\s+", " ", unescape(fallback.title)).strip()
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", html, re.I)
    if m and not meta.get("language"):
        meta["language"] = m.group(1).lower()
    return unescape(text) if "&" in text and re.search(r"&\w+;|&#\d+;", text) else text, meta


# -- readers -------------------------------------------------------------------------------


def _mb(n: int) -> str:
    """Megabytes for messages: one decimal from 1 MB up ("7.2"), else 3 significant digits."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".")
    return f"{n / 1_000_000:.3g}"


def _expand(paths: Iterable[PathLike]) -> Iterator[tuple[Path, bool]]:
    """(file, named explicitly) for every input; folders recursively, sorted."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                if f.suffix.lower() in SUPPORTED and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f, False
        else:
            yield p, True


def _clean(v) -> Optional[str]:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _row_document(row: dict, path: Path, line_no: int) -> Item:
    where = f"{path}:{line_no}"
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputProblem(path=where, message="row has no text")
    rid = _clean(row.get("id")) or f"{path.stem}:{line_no}"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    doc = Document(
        id=rid,
        path=where,
        text=text,
        title=_clean(row.get("title")),
        source=_clean(row.get("source")),
        url=_clean(row.get("url")),
        language=_clean(row.get("language")) or "en",
    )
    date = _clean(row.get("date"))
    if date:
        doc.publication_date = date
        doc.date_basis = "metadata"
        doc.date_evidence = f"date field {date!r}"
    return doc


def _read_jsonl(path: Path, text: str) -> Iterator[Item]:
    for i, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(path=f"{path}:{i}", message=f"malformed JSON: {e.msg} at column {e.colno}")
            continue
        if not isinstance(obj, dict):
            yield InputProblem(path=f"{path}:{i}", message=f"malformed JSON: expected an object, got {type(obj).__name__}")
            continue
        yield _row_document(obj, path, i)


def _read_csv(path: Path, text: str, max_bytes: int) -> Iterator[Item]:
    csv.field_size_limit(max(max_bytes, 131072))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "text" not in fields:
        yield InputProblem(path=str(path), message="CSV has no 'text' column")
        return
    reader.fieldnames = fields
    start = 2
    try:
        for row in reader:
            yield _row_document(row, path, start)
            start = reader.line_num + 1
    except csv.Error as e:
        yield InputProblem(path=f"{path}:{reader.line_num}", message=f"malformed CSV: {e}")


def read_file(path: PathLike, max_bytes: int = DEFAULT_MAX_BYTES, explicit: bool = True) -> Iterator[Item]:
    path = Path(path)
    ext = path.suffix.lower()
    if not path.exists():
        yield InputProblem(path=str(path), message="no such file or directory")
        return
    if ext not in SUPPORTED:
        if explicit:
            yield InputProblem(path=str(path), message=f"unsupported file type {ext or '(none)'!r}")
        return
    try:
        size = path.stat().st_size
        if size == 0:
            yield InputProblem(path=str(path), message="empty file")
            return
        if size > max_bytes:
            yield InputProblem(path=str(path), message=f"file is {_mb(size)} MB, over the {_mb(max_bytes)} MB limit")
            return
        data = path.read_bytes()
    except OSError as e:
        yield InputProblem(path=str(path), message=f"cannot read: {e.strerror or e}")
        return
    try:
        text, _enc = decode_bytes(data)
    except NotText as e:
        yield InputProblem(path=str(path), message=str(e))
        return
    if not text.strip():
        yield InputProblem(path=str(path), message="empty file")
        return
    if ext == ".txt":
        yield Document(id=path.stem, path=str(path), text=text)
    elif ext in (".html", ".htm"):
        body, meta = html_to_text(text)
        if not body.strip():
            yield InputProblem(path=str(path), message="no text found in HTML")
            return
        doc = Document(
            id=path.stem,
            path=str(path),
            text=body,
            title=_clean(meta.get("title")),
            source=_clean(meta.get("sitename")),
            url=_clean(meta.get("url")),
            language=_clean(meta.get("language")) or "en",
        )
        found = page_date(text, _clean(meta.get("date")))  # metadata, else the visible byline
        if found:
            doc.publication_date, doc.date_basis, doc.date_evidence = found
        yield doc
    elif ext == ".jsonl":
        yield from _read_jsonl(path, text)
    elif ext == ".csv":
        yield from _read_csv(path, text, max_bytes)


def read_inputs(paths: list[PathLike], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Raw Documents (text, metadata) or InputProblems, in input order; folders sorted."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path, explicit in _expand(paths):
        yield from read_file(path, max_bytes=max_bytes, explicit=explicit)


# -- preparing -----------------------------------------------------------------------------

_EN_FUNCTION = set(
    "the of and to in a is that for on with as was by it at from be are this have has had not but "
    "which an or were its their they he she said will would been who".split()
)


def looks_english(body: str) -> Optional[bool]:
    """True/False from the share of English function words; None when too short to tell."""
    words = re.findall(r"\w+", body[:20000].lower())
    if len(words) < 20:
        return None
    share = sum(1 for w in words if w in _EN_FUNCTION) / len(words)
    return share >= ENGLISH_FUNCTION_SHARE


_splitter: Optional[BoilerplateSplitter] = None


def prepare(raw: Document) -> Document:
    """Split title/body/boilerplate and find the publication date of a raw Document."""
    global _splitter
    if _splitter is None:
        _splitter = BoilerplateSplitter()
    split = _splitter.split(raw.text, known_title=raw.title)
    body, segments = build_body(raw.text, split.kept)
    doc = raw.model_copy(
        update={
            "title": split.title if split.title is not None else raw.title,
            "body": body,
            "segments": segments,
            "removed": split.removed,
        }
    )
    found = find_publication_date(doc)
    update = {
        "publication_date": found.publication_date,
        "date_basis": found.date_basis,
        "date_precision": found.date_precision,
        "date_evidence": found.date_evidence,
        "date_window": found.date_window,
        "content_hash": content_hash(body),
    }
    if not doc.source and found.source:
        update["source"] = found.source
    if raw.language == "en" and looks_english(body) is False:
        update["language"] = None  # not English, and no detector to say what it is
    return doc.model_copy(update=update)


def load_documents(
    paths: list[PathLike], max_bytes: int = DEFAULT_MAX_BYTES, mark_duplicates: bool = True
) -> Iterator[Item]:
    """read_inputs + prepare; with ``mark_duplicates`` each document that repeats an
    earlier one (exactly or nearly) gets ``duplicate_of`` the earlier one's id."""
    index = NearDuplicateIndex() if mark_duplicates else None
    for item in read_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, InputProblem):
            yield item
            continue
        doc = prepare(item)
        if index is not None:
            dup = index.add(doc)
            if dup:
                doc = doc.model_copy(update={"duplicate_of": dup})
        yield doc
