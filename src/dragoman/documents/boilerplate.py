"""Body versus boilerplate: title, trailing comments/footers, interior captions.

The mechanism works on whole lines of ``Document.text``. Cue phrases live in
``data/lexicons/boilerplate.yaml``; this module only decides, line by line, where the
article starts, where it ends, and which interior lines are not article text. Lines are
matched after a light normalisation (quotes, spaces) that is used for detection only:
the body is always built from exact slices of the original text, and ``segments`` map
it back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from dragoman.models import BodySegment, RemovedSpan

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "lexicons" / "boilerplate.yaml"

# A headline is a short line; longer opening lines are prose (or captions).
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
# An interior subhead: a very short line set off by blank lines between prose paragraphs.
SUBHEAD_MAX_WORDS = 10
SUBHEAD_MAX_CHARS = 90
PROSE_MIN_WORDS = 12
# A late-tail cue (author bio) is believed only when at most this many lines follow it
# that are not themselves boilerplate.
LATE_TAIL_MAX_FOLLOWING = 2
CAPTION_MAX_CHARS = 400
# A tail cue inside a long text ("@Jim White: ..." in mid-story) may not cut the rest of
# it: when more than this many characters (and more than the body before it) would go,
# only the cue's block is cut (at most TAIL_BLOCK_MAX_LINES lines, up to the next prose
# paragraph), a warning says so, and the search for the real tail goes on after it.
TAIL_MAX_CHARS = 50_000
TAIL_BLOCK_MAX_LINES = 20

_FINAL_PUNCT = ".!?;:,"
_CLOSERS = "\"')]}»"
_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-",
}
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalise_for_detection(s: str) -> str:
    """Quotes, dashes and spaces unified, stripped: for matching cues only."""
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_QUOTES.get(ch, ch) for ch in s)
    return _SPACES.sub(" ", s).strip()


@dataclass
class Lexicon:
    tail: list[tuple[str, re.Pattern]]
    confirmed_tail: list[tuple[str, re.Pattern]]
    late_tail: list[tuple[str, re.Pattern]]
    line: list[tuple[str, re.Pattern]]
    head: list[tuple[str, re.Pattern]]
    title_from_tail: list[re.Pattern]
    caption_position: list[re.Pattern]
    late_fraction: float
    head_lines: int


def _compile_section(section: dict) -> list[tuple[str, re.Pattern]]:
    out = []
    for reason, patterns in (section or {}).items():
        for p in patterns or []:
            out.append((reason, re.compile(p, re.IGNORECASE)))
    return out


@lru_cache(maxsize=4)
def load_lexicon(path: Optional[str] = None) -> Lexicon:
    data = yaml.safe_load(Path(path or LEXICON_PATH).read_text(encoding="utf-8"))
    return Lexicon(
        tail=_compile_section(data.get("tail")),
        confirmed_tail=_compile_section(data.get("confirmed_tail")),
        late_tail=_compile_section(data.get("late_tail")),
        line=_compile_section(data.get("line")),
        head=_compile_section(data.get("head")),
        title_from_tail=[re.compile(p, re.IGNORECASE) for p in data.get("title_from_tail") or []],
        caption_position=[re.compile(p, re.IGNORECASE) for p in data.get("caption_position") or []],
        late_fraction=float(data.get("late_fraction", 0.55)),
        head_lines=int(data.get("head_lines", 6)),
    )


@dataclass
class Line:
    start: int  # offset in text of the first non-space character
    end: int  # offset just after the last non-space character
    raw: str
    norm: str
    blank_before: bool = False
    blank_after: bool = False

    @property
    def words(self) -> int:
        return len(self.norm.split())


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with offsets of their stripped content."""
    lines: list[Line] = []
    pos = 0
    blank_seen = True  # start of text counts as a break
    for chunk in text.splitlines(keepends=True):
        content = chunk.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            blank_seen = True
            if lines:
                lines[-1].blank_after = True
        else:
            lead = len(content) - len(content.lstrip())
            start = pos + lead
            end = start + len(stripped)
            lines.append(Line(start, end, stripped, normalise_for_detection(stripped), blank_before=blank_seen))
            blank_seen = False
        pos += len(chunk)
    if lines:
        lines[-1].blank_after = True
    return lines


def _match(rules: list[tuple[str, re.Pattern]], norm: str) -> Optional[str]:
    for reason, pat in rules:
        if pat.search(norm):
            return reason
    return None


def _ends_with_punct(norm: str) -> bool:
    s = norm.rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] in _FINAL_PUNCT


def _is_prose(line: Line) -> bool:
    return line.words >= PROSE_MIN_WORDS and _ends_with_punct(line.norm)


def _key(s: str) -> str:
    return re.sub(r"[^\w]+", " ", normalise_for_detection(s).lower()).strip()


@dataclass
class Split:
    """Where the body is in a text, and what was cut and why."""

    title: Optional[str] = None
    title_span: Optional[tuple[int, int]] = None
    removed: list[RemovedSpan] = field(default_factory=list)
    kept: list[tuple[int, int]] = field(default_factory=list)  # text ranges making up the body
    warnings: list[str] = field(default_factory=list)  # doubtful cuts, one line each


class BoilerplateSplitter:
    def __init__(self, lexicon: Optional[Lexicon] = None):
        self.lex = lexicon or load_lexicon()

    # -- line classifiers -------------------------------------------------------------

    def caption_reason(self, line: Line) -> Optional[str]:
        """'caption' / 'credit' / 'related' / 'share' for lines removed wherever they are."""
        if len(line.norm) > CAPTION_MAX_CHARS:
            return None
        return _match(self.lex.line, line.norm)

    def looks_like_positional_caption(self, line: Line) -> bool:
        if len(line.norm) > CAPTION_MAX_CHARS:
            return False
        hits = sum(1 for p in self.lex.caption_position if p.search(line.norm))
        return hits >= 2

    def is_headline(self, line: Line) -> bool:
        n = line.norm
        if not n or line.words > HEADLINE_MAX_WORDS or len(n) > HEADLINE_MAX_CHARS:
            return False
        if _ends_with_punct(n):
            return False
        if n[0].islower():
            return False
        if not line.blank_after:
            return False
        if self.caption_reason(line) or _match(self.lex.head, n) or _match(self.lex.tail, n):
            return False
        if self.looks_like_positional_caption(line):
            return False
        return True

    # -- the split --------------------------------------------------------------------

    def split(self, text: str, known_title: Optional[str] = None, detect_title: bool = True) -> Split:
        lines = split_lines(text)
        out = Split(title=known_title)
        if not lines:
            return out
        reasons: dict[int, str] = {}  # line index -> removal reason

        # 1. title
        first = 0
        if known_title:
            if _key(lines[0].raw) == _key(known_title):
                reasons[0] = "title"
                out.title_span = (lines[0].start, lines[0].end)
                first = 1
        elif detect_title and len(lines) > 1 and self.is_headline(lines[0]):
            # (the only line of a text is its body, not a title over nothing: a one-line
            # note "On 3 May, 9 people demonstrated in X. [size=9]")
            reasons[0] = "title"
            out.title = lines[0].raw
            out.title_span = (lines[0].start, lines[0].end)
            first = 1

        # 2. tail: the first line where trailing boilerplate begins
        self._index_cues(lines)
        cut = self._find_tail(text, lines, first)
        while cut < len(lines) and self._tail_too_long(text, lines, first, cut):
            block = self._cue_block(lines, cut)
            reason = self._any_cue(lines[cut]) or "comments"
            for i in block:
                reasons[i] = reason
            out.warnings.append(
                f"line {cut + 1} looks like {reason} but {len(text) - lines[cut].start} characters follow it: "
                f"cut only its block of {len(block)} line(s) and kept the rest"
            )
            cut = self._find_tail(text, lines, block[-1] + 1, seen_prose=True)

        # 3. head lines: bylines, captions, title repeats used as image alt text
        title_key = _key(out.title) if out.title else None
        for i in range(first, min(cut, first + self.lex.head_lines)):
            ln = lines[i]
            r = _match(self.lex.head, ln.norm)
            if r is None and not _ends_with_punct(ln.norm) and len(ln.norm) <= HEADLINE_MAX_CHARS:
                if title_key and title_key in _key(ln.raw) and _key(ln.raw) != title_key:
                    r = "caption"
            if r is None and self.looks_like_positional_caption(ln) and not _is_prose_paragraph(lines, i):
                r = "caption"
            if r:
                reasons[i] = r

        # 4. interior lines anywhere in the body
        for i in range(first, cut):
            if i in reasons:
                continue
            r = self.caption_reason(lines[i])
            if r:
                reasons[i] = r
            elif self._is_subhead(lines, i, first, cut, reasons):
                reasons[i] = "subhead"

        # 5. tail classification
        tail_reasons = self._classify_tail(lines, cut)
        reasons.update(tail_reasons)

        # 6. title from a comment header quoting the headline
        if out.title is None and not known_title:
            for i in range(cut, len(lines)):
                for pat in self.lex.title_from_tail:
                    if pat.search(lines[i].norm):
                        out.title = _original_slice_for(lines[i], pat)
                        break
                if out.title:
                    break

        # 7. removed spans (merge consecutive lines with the same reason) and kept ranges
        out.removed = _merge_removed(lines, reasons)
        kept: list[tuple[int, int]] = []
        body_lines = [i for i in range(first, cut) if i not in reasons]
        if body_lines:
            lo, hi = lines[body_lines[0]].start, lines[body_lines[-1]].end
            cur = lo
            for i in range(body_lines[0], body_lines[-1] + 1):
                if i in reasons:
                    if lines[i].start > cur:
                        kept.append((cur, lines[i].start))
                    # resume at the next line's start so no doubled blank lines remain
                    cur = lines[i + 1].start if i + 1 < len(lines) else lines[i].end
            if hi > cur:
                kept.append((cur, hi))
        out.kept = _trim_ranges(text, kept)
        return out

    def _index_cues(self, lines: list[Line]) -> None:
        """For each line, the next line after it with a tail cue, the next prose line, and
        how many lines after it carry no cue at all (so the tail search stays linear)."""
        n = len(lines)
        self._next_cue = [n] * (n + 1)
        self._next_prose = [n] * (n + 1)
        self._plain_after = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            ln = lines[i + 1] if i + 1 < n else None
            self._next_cue[i] = self._next_cue[i + 1]
            self._next_prose[i] = self._next_prose[i + 1]
            self._plain_after[i] = self._plain_after[i + 1]
            if ln is None:
                continue
            if _match(self.lex.tail, ln.norm) or _match(self.lex.confirmed_tail, ln.norm):
                self._next_cue[i] = i + 1
            if _is_prose(ln):
                self._next_prose[i] = i + 1
            if not self._any_cue(ln):
                self._plain_after[i] += 1

    def _tail_too_long(self, text: str, lines: list[Line], first: int, cut: int) -> bool:
        tail = len(text) - lines[cut].start
        body = lines[cut].start - (lines[first].start if first < len(lines) else 0)
        return tail > max(TAIL_MAX_CHARS, body)

    def _cue_block(self, lines: list[Line], i: int) -> list[int]:
        """The cue line and what follows it up to the next prose paragraph (bounded)."""
        block = [i]
        j = i + 1
        while j < len(lines) and len(block) < TAIL_BLOCK_MAX_LINES and not lines[j].blank_before:
            block.append(j)
            j += 1
        return block

    def _find_tail(self, text: str, lines: list[Line], first: int, seen_prose: bool = False) -> int:
        n = len(lines)
        total = max(len(text), 1)
        # a tail cannot start before the first line of prose
        for i in range(first, n):
            ln = lines[i]
            if not seen_prose:
                if _is_prose(ln):
                    seen_prose = True
                else:
                    # still in the head: only unmistakable tail cues count, and not one that
                    # prose follows ("Published on March 3, 2022" above the story is a byline)
                    if _match(self.lex.tail, ln.norm) and self._tail_followed(lines, i, through_prose=False):
                        return i
                    continue
            if _match(self.lex.tail, ln.norm):
                return i
            if _match(self.lex.confirmed_tail, ln.norm) and self._tail_followed(lines, i):
                return i
            if ln.start / total >= self.lex.late_fraction and _match(self.lex.late_tail, ln.norm):
                if i + 1 >= n or self._any_cue(lines[i + 1]) or self._plain_after[i] <= LATE_TAIL_MAX_FOLLOWING:
                    return i
        return n

    def _any_cue(self, ln: Line) -> Optional[str]:
        return (
            _match(self.lex.tail, ln.norm)
            or _match(self.lex.confirmed_tail, ln.norm)
            or _match(self.lex.late_tail, ln.norm)
            or self.caption_reason(ln)
        )

    def _tail_followed(self, lines: list[Line], i: int, through_prose: bool = True) -> bool:
        """Another tail cue comes after line ``i`` (with ``through_prose`` off: before any prose)."""
        nxt = self._next_cue[i]
        if nxt >= len(lines):
            return False
        return through_prose or nxt <= self._next_prose[i]

    def _classify_tail(self, lines: list[Line], cut: int) -> dict[int, str]:
        out: dict[int, str] = {}
        current = None
        for i in range(cut, len(lines)):
            ln = lines[i]
            r = (
                _match(self.lex.tail, ln.norm)
                or _match(self.lex.confirmed_tail, ln.norm)
                or _match(self.lex.late_tail, ln.norm)
                or self.caption_reason(ln)
            )
            if r is None:
                r = current or "footer"
            # a comment thread swallows everything after it, cue or not, until a new
            # section header (subscription, related, share) appears
            if current == "comments" and r in ("caption", "credit", "author_bio", "footer"):
                r = "comments"
            out[i] = r
            current = r
        return out

    def _is_subhead(self, lines: list[Line], i: int, first: int, cut: int, reasons: dict[int, str]) -> bool:
        ln = lines[i]
        if ln.words > SUBHEAD_MAX_WORDS or len(ln.norm) > SUBHEAD_MAX_CHARS:
            return False
        if _ends_with_punct(ln.norm) or not (ln.blank_before and ln.blank_after):
            return False
        if ln.norm[0].islower() or ln.norm[0].isdigit():
            return False
        prev = next((j for j in range(i - 1, first - 1, -1) if j not in reasons), None)
        nxt = next((j for j in range(i + 1, cut) if j not in reasons), None)
        if prev is None or nxt is None:
            return False
        return _is_prose(lines[prev]) and _is_prose(lines[nxt])


def _is_prose_paragraph(lines: list[Line], i: int) -> bool:
    return _is_prose(lines[i]) and not any(ch in lines[i].norm for ch in ":")


def _norm_with_map(raw: str) -> tuple[str, list[int]]:
    """``normalise_for_detection`` character by character, with each output char's raw index."""
    out: list[str] = []
    idx: list[int] = []
    for k, ch in enumerate(raw):
        n = "".join(_QUOTES.get(c, c) for c in unicodedata.normalize("NFKC", ch))
        for c in n:
            if _SPACES.fullmatch(c):
                if not out or out[-1] == " ":
                    continue
                c = " "
            out.append(c)
            idx.append(k)
    while out and out[-1] == " ":
        out.pop()
        idx.pop()
    return "".join(out), idx


def _original_slice_for(line: Line, pat: re.Pattern) -> Optional[str]:
    """The original characters of ``line`` that the pattern's ``title`` group matches."""
    norm, idx = _norm_with_map(line.raw)
    m = pat.search(norm)
    if not m or m.start("title") == m.end("title"):
        return None
    return line.raw[idx[m.start("title")] : idx[m.end("title") - 1] + 1]


def _merge_removed(lines: list[Line], reasons: dict[int, str]) -> list[RemovedSpan]:
    spans: list[RemovedSpan] = []
    prev_i = None
    for i in sorted(reasons):
        r = reasons[i]
        if spans and prev_i == i - 1 and spans[-1].reason == r and r not in ("title",):
            spans[-1] = RemovedSpan(start=spans[-1].start, end=lines[i].end, reason=r)
        else:
            spans.append(RemovedSpan(start=lines[i].start, end=lines[i].end, reason=r))
        prev_i = i
    return spans


def _trim_ranges(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in ranges if b > a]


def build_body(text: str, kept: list[tuple[int, int]]) -> tuple[str, list[BodySegment]]:
    """Concatenate kept slices of ``text``; one segment per slice."""
    parts: list[str] = []
    segments: list[BodySegment] = []
    pos = 0
    for a, b in kept:
        if b <= a:
            continue
        parts.append(text[a:b])
        segments.append(BodySegment(body_start=pos, text_start=a, length=b - a))
        pos += b - a
    return "".join(parts), segments


def split_body(text: str, known_title: Optional[str] = None, detect_title: bool = True) -> Split:
    return BoilerplateSplitter().split(text, known_title=known_title, detect_title=detect_title)
