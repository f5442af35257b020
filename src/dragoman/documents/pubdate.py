"""Publication date of a document: from metadata, or as the text states it.

Order of evidence:

1. metadata (a JSONL/CSV ``date`` field, HTML meta tags)          -> basis ``metadata``
2. a date the document states about itself: byline/"Published:" lines, a dateline
   ("ISLAMABAD, Oct 20 (Reuters) -"), a footer ("Published in X, October 25th, 2011"),
   or on an HTML page the visible byline the reader found (:func:`page_date`, htmldate)
                                                                   -> basis ``stated in text``
3. otherwise nothing is guessed: the latest absolute date the body states becomes the
   lower bound of ``date_window`` and the basis stays ``unknown``.

A dateline without a year takes its year only from other evidence in the document (a
dated statement within two months of it); without such evidence the date is left
``unknown``. Today's date is never used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from typing import Iterable, Optional

from dragoman.models import Document
from dragoman.when import lexicon as time_lexicon

# The dated statement that lends its year to a year-less dateline must lie this close to it.
DATELINE_YEAR_EVIDENCE_DAYS = 60
# Upper end of a date window that only has a lower bound.
OPEN_BOUND = ""

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

DATE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(rf"\b{_YEAR}-(?P<m>[01]?\d)-{_DAY}\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I)),
    ("my", re.compile(rf"\b{_MON},?\s+{_YEAR}\b", re.I)),
]
_MONTH_DAY = re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)

# "ISLAMABAD, Oct 20 (Reuters) -", "WASHINGTON, Pakistan, October 20, 2011 (AP) —"
DATELINE = re.compile(
    rf"^\s*(?P<place>[A-Z][\w.'’ -]{{1,40}}?)(?:,\s*[A-Z][\w.'’ -]{{1,30}}?)?,\s+"
    rf"(?P<date>(?i:{_MON})\s+{_DAY}(?:,?\s*{_YEAR})?)\s*(?:\((?P<agency>[^)\n]{{2,30}})\))?\s*[-–—:]",
)
# "Published: 12 March 2013", "Posted on October 3, 2012", "Updated 2011-10-25"
STATED_LINE = re.compile(
    r"^\s*(?:first\s+)?(?:published|posted|dated|date|updated|last updated)"
    r"(?:\s*[:|]|\s+on\b|\s+(?=\d)|\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))",
    re.I,
)
# "Published in The Express Tribune, October 25th, 2011." (the source is the publisher)
PUBLISHED_IN = re.compile(r"^\s*(?:first\s+)?(?:published|appeared|printed)\s+(?:in|on)\s+(?P<source>.+?),\s*(?=\S*\s*\d|[A-Z][a-z]+\.?\s+\d)", re.I)


@dataclass
class FoundDate:
    value: str  # ISO at its precision
    precision: str  # day, month, year
    start: int
    end: int
    text: str

    def as_date(self) -> Date:
        parts = [int(p) for p in self.value.split("-")]
        while len(parts) < 3:
            parts.append(1)
        return Date(*parts)


def _valid(y: int, m: int, d: Optional[int]) -> bool:
    try:
        Date(y, m, d or 1)
        return True
    except ValueError:
        return False


def _names_a_day(text: str) -> bool:
    """"February 17", "17 February", "Monday": a date, not a publisher's name."""
    words = re.findall(r"[A-Za-z]+\.?|\d+", text.strip())
    return bool(words) and (words[0][0].isdigit() or words[0].lower().rstrip(".") in _MONTHS
                            or words[0].lower().rstrip(".") in time_lexicon().weekdays)


def find_dates(text: str, offset: int = 0) -> list[FoundDate]:
    """Absolute dates (with a year) stated in ``text``, earliest-in-text first, no overlaps."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            year = int(m.group("year"))
            if kind == "iso":
                month, day = int(m.group("m")), int(m.group("day"))
            else:
                month = _MONTHS.get(m.group("mon").lower().rstrip("."))
                day = int(m.group("day")) if kind != "my" else None
            if not month or not _valid(year, month, day):
                continue
            if day:
                value, prec = f"{year:04d}-{month:02d}-{day:02d}", "day"
            else:
                value, prec = f"{year:04d}-{month:02d}", "month"
            taken.append((a, b))
            found.append(FoundDate(value, prec, offset + a, offset + b, text[a:b]))
    found.sort(key=lambda f: f.start)
    return found


def parse_date_value(value: str) -> Optional[tuple[str, str]]:
    """A metadata date string -> (ISO at its precision, precision), or None."""
    v = (value or "").strip()
    if not v:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$", v)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        if d and _valid(int(y), int(mo), int(d)):
            return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}", "day"
        if mo and not d and 1 <= int(mo) <= 12:
            return f"{int(y):04d}-{int(mo):02d}", "month"
        if not mo:
            return f"{int(y):04d}", "year"
        return None
    m = re.match(r"^(\d{4})(\d{2})(\d{2})$", v)
    if m and _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "day"
    found = find_dates(v)
    if found:
        return found[0].value, found[0].precision
    return None


@dataclass
class DateResult:
    publication_date: Optional[str] = None
    date_basis: str = "unknown"
    date_precision: str = "unknown"
    date_evidence: Optional[str] = None
    date_window: Optional[tuple[str, str]] = None
    source: Optional[str] = None


def _lines_of(text: str, start: int, end: int) -> Iterable[tuple[int, str]]:
    pos = start
    for chunk in text[start:end].splitlines(keepends=True):
        yield pos, chunk.rstrip("\r\n")
        pos += len(chunk)


def _body_lines(doc: Document, limit: int) -> list[tuple[int, str]]:
    """The first ``limit`` non-empty body lines as (text offset, line)."""
    out = []
    for seg in doc.segments:
        for pos, line in _lines_of(doc.text, seg.text_start, seg.text_start + seg.length):
            if line.strip():
                out.append((pos, line))
                if len(out) >= limit:
                    return out
    return out


def _dateline_year(month: int, day: int, evidence: list[FoundDate]) -> Optional[tuple[int, FoundDate]]:
    """The single year that puts a year-less dateline within reach of a dated statement."""
    years: dict[int, FoundDate] = {}
    for f in evidence:
        fd = f.as_date()
        for y in (fd.year - 1, fd.year, fd.year + 1):
            if not _valid(y, month, day):
                continue
            if abs((Date(y, month, day) - fd).days) <= DATELINE_YEAR_EVIDENCE_DAYS:
                years.setdefault(y, f)
    if len(years) == 1:
        y, f = next(iter(years.items()))
        return y, f
    return None


# htmldate looks for dates in this fixed window, so that a result never depends on today
PAGE_DATE_MIN = "1990-01-01"
PAGE_DATE_MAX = "2099-12-31"


def _machine_readable(html: str, value: str) -> bool:
    """Whether ``value`` (ISO) is given in markup meant for machines: a meta tag's
    content, a ``datetime`` attribute, or a JSON-LD date."""
    v = re.escape(value)
    return bool(re.search(rf"""(?:content|datetime)\s*=\s*["']?{v}""", html, re.I)
                or re.search(rf""""date(?:Published|Created|Modified)"\s*:\s*"{v}""", html))


def _shown_on_page(visible: str, value: str) -> Optional[str]:
    """The line of the page's visible text that states the date ``value``, if any."""
    for f in find_dates(visible):
        if f.value == value:
            start = visible.rfind("\n", 0, f.start) + 1
            end = visible.find("\n", f.end)
            return visible[start: end if end >= 0 else len(visible)].strip()
    return None


def page_date(html: str, meta_date: Optional[str]) -> Optional[tuple[str, str, str]]:
    """The publication date of an HTML page as ``(date, basis, evidence)``, or None.

    A date from the page's metadata keeps basis ``metadata`` when the markup gives it to
    machines (meta tag, ``datetime``, JSON-LD), else ``stated in text`` when the page
    shows it (a byline element). With no metadata date, ``htmldate`` searches the whole
    page (bylines, "Published October 22, 2024"); its date is taken, basis ``stated in
    text``, only when the visible text states that very day (so a copyright year or a
    date in a link is not taken for the publication date)."""
    from dragoman.documents.html_parts import visible_text

    visible = visible_text(html)
    if meta_date:
        parsed = parse_date_value(meta_date)
        if parsed and not _machine_readable(html, parsed[0]):
            line = _shown_on_page(visible, parsed[0])
            if line:
                return meta_date, "stated in text", f"date shown on the page: {line!r}"
        return meta_date, "metadata", f"HTML metadata date {meta_date!r}"
    try:
        import htmldate

        found = htmldate.find_date(html, extensive_search=True, original_date=True,
                                   min_date=PAGE_DATE_MIN, max_date=PAGE_DATE_MAX)
    except Exception:  # htmldate (optional, via trafilatura) missing or failing: no date from it
        return None
    if not found:
        return None
    line = _shown_on_page(visible, found)
    if not line:
        return None
    return found, "stated in text", f"date shown on the page: {line!r} (found by htmldate)"


def find_publication_date(doc: Document) -> DateResult:
    """Date the document from metadata or what it states about itself (see module doc)."""
    res = DateResult()
    # 1. metadata, as the reader put it on the raw document
    if doc.date_basis == "metadata" and doc.publication_date:
        parsed = parse_date_value(doc.publication_date)
        if parsed:
            res.publication_date, res.date_precision = parsed
            res.date_basis = "metadata"
            res.date_evidence = doc.date_evidence or f"metadata date {doc.publication_date!r}"
        else:
            res.date_evidence = f"metadata date not understood: {doc.publication_date!r}"
    comments = [(r.start, r.end) for r in doc.removed if r.reason == "comments"]

    def in_comments(pos: int) -> bool:
        return any(a <= pos < b for a, b in comments)

    body_dates = [f for seg in doc.segments for f in find_dates(doc.text[seg.text_start : seg.text_start + seg.length], seg.text_start)]

    # the publisher named by a "Published in X, <date>" footer
    for r in doc.removed:
        if r.reason in ("footer", "byline"):
            m = PUBLISHED_IN.match(doc.text[r.start : r.end])
            # "Published on February 17, 2022" names a day, not a publisher
            if m and not _names_a_day(m.group("source")):
                res.source = m.group("source").strip()
                break

    if res.date_basis == "metadata":
        return res

    # 2a. byline-style lines: "Published: ...", in removed head/footer spans or at the top
    candidates: list[tuple[int, str]] = []
    for r in doc.removed:
        if r.reason in ("byline", "footer") and not in_comments(r.start):
            candidates.extend(_lines_of(doc.text, r.start, r.end))
    head_lines = _body_lines(doc, 3)
    for pos, line in candidates + head_lines:
        if STATED_LINE.match(line) or PUBLISHED_IN.match(line):
            found = find_dates(line, pos)
            if found:
                f = found[0]
                res.publication_date, res.date_precision = f.value, f.precision
                res.date_basis = "stated in text"
                res.date_evidence = line.strip()
                return res

    # 2b. a dateline at the start of the body
    for pos, line in head_lines[:2]:
        m = DATELINE.match(line)
        if not m:
            continue
        month = _MONTHS.get(m.group("mon").lower().rstrip("."))
        day = int(m.group("day"))
        stated = line[: m.end()].strip()
        if m.group("year"):
            y = int(m.group("year"))
            if month and _valid(y, month, day):
                res.publication_date, res.date_precision = f"{y:04d}-{month:02d}-{day:02d}", "day"
                res.date_basis = "stated in text"
                res.date_evidence = stated
                return res
        elif month and _valid(2000, month, day):
            got = _dateline_year(month, day, [f for f in body_dates if f.start > pos + m.end() - 1 or f.start < pos])
            if got:
                y, f = got
                res.publication_date, res.date_precision = f"{y:04d}-{month:02d}-{day:02d}", "day"
                res.date_basis = "stated in text"
                res.date_evidence = f"{stated} (year from {f.text!r})"
                return res
            res.date_evidence = f"{stated} (year not stated)"
            break

    # 2c. a date the HTML page shows outside the body (its byline), as the reader found it
    if doc.date_basis == "stated in text" and doc.publication_date:
        parsed = parse_date_value(doc.publication_date)
        if parsed:
            res.publication_date, res.date_precision = parsed
            res.date_basis = "stated in text"
            res.date_evidence = doc.date_evidence
            return res

    # 3. no stated date: the latest absolute date the body states is a lower bound
    if body_dates:
        latest = max(body_dates, key=lambda f: f.as_date())
        res.date_window = (latest.value, OPEN_BOUND)
        note = f"not earlier than {latest.text!r} stated in the body"
        res.date_evidence = f"{res.date_evidence}; {note}" if res.date_evidence else note
    return res
