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
from .ids import UniqueIds
from .near_duplicates import NearDuplicateIndex, content_hash
from .pubdate import find_publication_date, page_date
from .text_safety import REPLACEMENT, path_text, replace_surrogates, replaced_note

SUPPORTED = {".txt", ".html", ".htm", ".jsonl", ".csv"}
DEFAULT_MAX_BYTES = 5_000_000
# Share of control characters above which a decoded file is taken for binary.
BINARY_CONTROL_SHARE = 0.01
# The share of English function words above which a body is labelled "en".
ENGLISH_FUNCTION_SHARE = 0.12
# A JSONL file with NUL or control bytes is read line by line (the bad lines reported)
# unless more than this share of its lines is binary: then it is a binary file.
JSONL_BINARY_LINE_SHARE = 0.5
# A text that is UTF-8 but for a few invalid sequences (at most this share of its bytes,
# and fewer than its valid multi-byte characters) is read as UTF-8, the sequences replaced.
MAX_INVALID_UTF8_SHARE = 0.01
INVALID_UTF8_PREFIX = "utf-8, replaced ("
# Publication dates outside these years are taken for mistakes in the input.
MIN_PUBLICATION_YEAR, MAX_PUBLICATION_YEAR = 1000, 2999
# Where the <html> start tag is looked for, and how long it may be.
HTML_TAG_SCAN_CHARS = 4096

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


def _mostly_utf8(data: bytes) -> Optional[tuple[str, str]]:
    """UTF-8 text, or UTF-8 with a few invalid sequences (replaced by U+FFFD, the encoding
    saying how many); None when the bytes read better as a single-byte encoding."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != REPLACEMENT)
    if bad <= MAX_INVALID_UTF8_SHARE * len(data) and multibyte >= bad:
        return text, f"{INVALID_UTF8_PREFIX}{bad} invalid byte sequence{'s' if bad != 1 else ''} replaced by U+FFFD)"
    return None


def decode_bytes(data: bytes, universal_newlines: bool = True) -> tuple[str, str]:
    """Bytes -> (text with universal newlines, encoding). Raises NotText for binary data.

    BOMs first (UTF-8/16/32); then UTF-16 without BOM (every other byte NUL); NUL bytes
    otherwise mean binary; then strict UTF-8, Windows-1252, and Latin-1 as last resort.
    With ``universal_newlines`` off only CRLF becomes LF: a lone CR is kept (in JSON it is
    whitespace, not the end of a line).
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
            mostly = _mostly_utf8(data)
            if mostly is not None:
                text, encoding = mostly
            else:
                for enc in ("cp1252", "latin-1"):
                    try:
                        text, encoding = data.decode(enc), enc
                        break
                    except UnicodeDecodeError:
                        continue
    assert text is not None
    if "\x00" in text or _control_share(text) > BINARY_CONTROL_SHARE:
        raise NotText("binary file, not text")
    text = text.replace("\r\n", "\n")
    if universal_newlines:
        text = text.replace("\r", "\n")
    return text, encoding or "utf-8"


def decode_lines(data: bytes) -> tuple[list[Optional[str]], str]:
    """A line-based file with some binary lines: each line decoded, None for a binary one.

    Raises NotText when most lines are binary (then the whole file is).
    """
    lines: list[Optional[str]] = []
    encodings = set()
    for raw in data.split(b"\n"):
        if not raw.strip():
            lines.append("")
            continue
        try:
            text, enc = decode_bytes(raw, universal_newlines=False)
            lines.append(text)
            encodings.add(enc)
        except NotText:
            lines.append(None)
    bad = sum(1 for ln in lines if ln is None)
    filled = sum(1 for ln in lines if ln != "")
    if not filled or bad > JSONL_BINARY_LINE_SHARE * filled:
        raise NotText("binary file, not text")
    return lines, ", ".join(sorted(encodings)) or "utf-8"


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
    lang = html_lang(html)
    if lang and not meta.get("language"):
        meta["language"] = lang
    return unescape(text) if "&" in text and re.search(r"&\w+;|&#\d+;", text) else text, meta


def html_lang(html: str) -> Optional[str]:
    """The two-letter ``lang`` of the page's first ``<html>`` start tag (linear time: the
    tag is looked for once, not at every ``<html`` of a malformed page)."""
    start = html[: HTML_TAG_SCAN_CHARS * 16].lower().find("<html")
    if start < 0:
        return None
    end = html.find(">", start, start + HTML_TAG_SCAN_CHARS)
    tag = html[start: end if end >= 0 else start + HTML_TAG_SCAN_CHARS]
    m = re.search(r"\blang=[\"']?([A-Za-z]{2})", tag, re.I)
    return m.group(1).lower() if m else None


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


def _safe_fields(row: dict, where: str, notes: list[InputProblem]) -> dict:
    """The row's string fields with lone surrogates replaced (and a note saying which)."""
    out, replaced = {}, []
    for k, v in row.items():
        if isinstance(v, str):
            v, bad = replace_surrogates(v)
            replaced += bad
        out[k] = v
    if replaced:
        notes.append(InputProblem(path=where, message=replaced_note(replaced)))
    return out


def _row_document(row: dict, path: Path, line_no: int, notes: list[InputProblem]) -> Item:
    where = f"{path_text(path)}:{line_no}"
    row = _safe_fields(row, where, notes)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputProblem(path=where, message="row has no text")
    rid = _clean(row.get("id")) or f"{Path(path_text(path)).stem}:{line_no}"
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


def _rows_with_notes(path: Path, line_no: int, row: dict) -> Iterator[Item]:
    notes: list[InputProblem] = []
    item = _row_document(row, path, line_no, notes)
    yield from notes
    yield item


def _read_jsonl(path: Path, lines: list[Optional[str]]) -> Iterator[Item]:
    where = path_text(path)
    for i, line in enumerate(lines, start=1):
        if line is None:
            yield InputProblem(path=f"{where}:{i}", message="binary data, not text (line skipped)")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(path=f"{where}:{i}", message=f"malformed JSON: {e.msg} at column {e.colno}")
            continue
        except RecursionError:
            yield InputProblem(path=f"{where}:{i}", message="malformed JSON: nested too deeply to read")
            continue
        if not isinstance(obj, dict):
            yield InputProblem(path=f"{where}:{i}", message=f"malformed JSON: expected an object, got {type(obj).__name__}")
            continue
        yield from _rows_with_notes(path, i, obj)


def _read_csv(path: Path, text: str, max_bytes: int) -> Iterator[Item]:
    csv.field_size_limit(max(max_bytes, 131072))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "text" not in fields:
        yield InputProblem(path=path_text(path), message="CSV has no 'text' column")
        return
    reader.fieldnames = fields
    start = 2
    try:
        for row in reader:
            yield from _rows_with_notes(path, start, row)
            start = reader.line_num + 1
    except csv.Error as e:
        yield InputProblem(path=f"{path_text(path)}:{reader.line_num}", message=f"malformed CSV: {e}")


def read_file(path: PathLike, max_bytes: int = DEFAULT_MAX_BYTES, explicit: bool = True) -> Iterator[Item]:
    path = Path(path)
    ext = path.suffix.lower()
    where = path_text(path)
    if not path.exists():
        yield InputProblem(path=where, message="no such file or directory")
        return
    if ext not in SUPPORTED:
        if explicit:
            yield InputProblem(path=where, message=f"unsupported file type {ext or '(none)'!r}")
        return
    try:
        size = path.stat().st_size
        if size == 0:
            yield InputProblem(path=where, message="empty file")
            return
        if size > max_bytes:
            yield InputProblem(path=where, message=f"file is {_mb(size)} MB, over the {_mb(max_bytes)} MB limit")
            return
        data = path.read_bytes()
    except OSError as e:
        yield InputProblem(path=where, message=f"cannot read: {e.strerror or e}")
        return
    if where != str(path):
        yield InputProblem(path=where, message="file name is not valid UTF-8: its id and path are stored with \\x escapes")
    if ext == ".jsonl":
        try:
            text, enc = decode_bytes(data, universal_newlines=False)
            lines: list[Optional[str]] = text.split("\n")
            if enc.startswith(INVALID_UTF8_PREFIX):
                yield InputProblem(path=where, message=f"not valid UTF-8 in places: {enc[len(INVALID_UTF8_PREFIX):-1]}; the rest read")
        except NotText as e:
            try:
                lines, _enc = decode_lines(data)
            except NotText:
                yield InputProblem(path=where, message=str(e))
                return
        if not any(ln and ln.strip() for ln in lines):
            yield InputProblem(path=where, message="empty file")
            return
        yield from _read_jsonl(path, lines)
        return
    try:
        text, enc = decode_bytes(data)
        if enc.startswith(INVALID_UTF8_PREFIX):
            yield InputProblem(path=where, message=f"not valid UTF-8 in places: {enc[len(INVALID_UTF8_PREFIX):-1]}; the rest read")
    except NotText as e:
        nuls = data.count(0)
        if ext != ".csv" or not nuls or nuls > BINARY_CONTROL_SHARE * len(data):
            yield InputProblem(path=where, message=str(e))
            return
        try:  # a CSV with a few NUL bytes in a row: the NULs dropped, every row read
            text, enc = decode_bytes(data.replace(b"\x00", b""))
        except NotText:
            yield InputProblem(path=where, message=str(e))
            return
        yield InputProblem(path=where, message=f"{nuls} NUL byte{'s' if nuls != 1 else ''} removed; the rest read")
    if not text.strip():
        yield InputProblem(path=where, message="empty file")
        return
    stem = Path(where).stem
    if ext == ".txt":
        yield Document(id=stem, path=where, text=text)
    elif ext in (".html", ".htm"):
        body, meta = html_to_text(text)
        if not body.strip():
            yield InputProblem(path=where, message="no text found in HTML")
            return
        doc = Document(
            id=stem,
            path=where,
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


def prepare(raw: Document, notes: Optional[list[InputProblem]] = None) -> Document:
    """Split title/body/boilerplate and find the publication date of a raw Document.

    What the input made doubtful (a comment-like block cut short, a date out of range)
    is appended to ``notes`` as one-line problems; the document is still returned.
    """
    global _splitter
    if _splitter is None:
        _splitter = BoilerplateSplitter()
    notes = notes if notes is not None else []
    where = raw.path or raw.id
    split = _splitter.split(raw.text, known_title=raw.title)
    notes.extend(InputProblem(path=where, message=w) for w in split.warnings)
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
    if not _year_in_range(found.publication_date) or not all(_year_in_range(x) for x in found.date_window or ()):
        notes.append(InputProblem(
            path=where,
            message=f"publication date {found.publication_date or found.date_window!r} is out of range "
                    f"(years {MIN_PUBLICATION_YEAR}-{MAX_PUBLICATION_YEAR}); the document is kept undated",
        ))
        update.update(publication_date=None, date_basis="unknown", date_precision="unknown", date_window=None,
                      date_evidence=f"date out of range: {found.publication_date or found.date_window!r}")
    if not doc.source and found.source:
        update["source"] = found.source
    if raw.language == "en" and looks_english(body) is False:
        update["language"] = None  # not English, and no detector to say what it is
    return doc.model_copy(update=update)


def _year_in_range(iso: Optional[str]) -> bool:
    """An ISO date (any precision) with a year a publication can have; None passes."""
    if not iso:
        return True
    m = re.match(r"^(\d{1,6})\b", str(iso))
    return bool(m) and MIN_PUBLICATION_YEAR <= int(m.group(1)) <= MAX_PUBLICATION_YEAR


def load_documents(
    paths: list[PathLike], max_bytes: int = DEFAULT_MAX_BYTES, mark_duplicates: bool = True
) -> Iterator[Item]:
    """read_inputs + prepare, with run-unique ids (see ``ids``); with ``mark_duplicates``
    each document that repeats an earlier one (exactly or nearly) gets ``duplicate_of``
    the earlier one's id. A document the documents stage fails on is reported, not raised."""
    index = NearDuplicateIndex() if mark_duplicates else None
    ids = UniqueIds()
    for item in read_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, InputProblem):
            yield item
            continue
        notes: list[InputProblem] = []
        try:
            doc = prepare(item, notes)
        except (ValueError, OverflowError, RecursionError) as exc:
            yield InputProblem(path=item.path or item.id, message=f"cannot read the document: {type(exc).__name__}: {exc}")
            continue
        yield from notes
        doc, note = ids.assign(doc)
        if note:
            yield note
        if doc is None:
            continue
        if index is not None:
            dup = index.add(doc)
            if dup:
                doc = doc.model_copy(update={"duplicate_of": dup})
        yield doc
