"""The parts of an HTML page that are not the article, and the page's visible text.

The HTML reader keeps the article text (trafilatura); what it leaves out (navigation,
comments, related stories, share bars, footers) is never in ``Document.text``. To say
what was cut, :func:`removed_parts` reads the page again and names each such part by
its element and the reason it is not article text, from the element's tag
(``<nav>``, ``<footer>``, ``<aside>``) or a cue in its ``class`` or ``id``
("comments", "related"). Cues are in ``data/lexicons/html_parts.yaml``.

A part is listed only when its text is not in the body the reader kept, so the list
says what was removed, not what a page's markup calls things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from typing import Optional

import yaml

from dragoman.data_files import data_path

PREVIEW_CHARS = 80
# text of a part shorter than this is not worth listing (an empty <nav>)
MIN_PART_CHARS = 3
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "title"})


@dataclass
class HtmlPart:
    """One removed part of a page: why, which element, and its text."""

    reason: str  # navigation, comments, related, share, footer, header, sidebar, subscription, advertisement
    element: str  # "<nav>", "<aside class=related-stories>"
    text: str

    def to_json(self) -> dict:
        return {"reason": self.reason, "element": self.element, "text_preview": _preview(self.text),
                "length": len(self.text)}


def _preview(s: str, n: int = PREVIEW_CHARS) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    with open(data_path("lexicons", "html_parts.yaml"), encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    tags = {str(t).lower(): str(r) for t, r in (raw.get("tags") or {}).items()}
    attrs = [(re.compile(rf"(?:^|[\s_-]){p}(?:$|[\s_-])", re.I), str(r))
             for r, pats in (raw.get("attributes") or {}).items() for p in pats]
    return tags, attrs


def _reason(tag: str, attrs: list[tuple[str, Optional[str]]]) -> Optional[str]:
    tags, attr_cues = _cues()
    names = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
    for pat, reason in attr_cues:
        if pat.search(names):
            return reason
    return tags.get(tag)


def _element(tag: str, attrs: list[tuple[str, Optional[str]]]) -> str:
    shown = [f"{k}={(v or '').split()[0]}" for k, v in attrs if k in ("class", "id") and (v or "").strip()]
    return "<" + " ".join([tag, *shown[:1]]) + ">"


class _PageParser(HTMLParser):
    """Visible text of the page, and the text under each outermost non-article element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, Optional[int]]] = []  # (tag, index into parts when it opened one)
        self.parts: list[HtmlPart] = []
        self.chunks: list[str] = []
        self.invisible = 0
        self.open_part: Optional[int] = None

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        opened = None
        if self.open_part is None and self.invisible == 0:
            reason = _reason(tag, attrs)
            if reason:
                self.parts.append(HtmlPart(reason, _element(tag, attrs), ""))
                opened = self.open_part = len(self.parts) - 1
        if tag in _INVISIBLE:
            self.invisible += 1
        self.stack.append((tag, opened))
        if tag in ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "tr", "section", "article"):
            self._text("\n")

    def handle_endtag(self, tag):
        # close up to the matching open tag (pages leave tags unclosed)
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                for t, opened in self.stack[k:]:
                    if t in _INVISIBLE:
                        self.invisible = max(0, self.invisible - 1)
                    if opened is not None:
                        self.open_part = None
                del self.stack[k:]
                break
        self._text("\n")

    def handle_data(self, data):
        if self.invisible == 0:
            self._text(data)

    def _text(self, s: str) -> None:
        self.chunks.append(s)
        if self.open_part is not None:
            self.parts[self.open_part].text += s


def _parse(html: str) -> _PageParser:
    _cues()  # the lexicon is read (and any error in it raised) before the page
    p = _PageParser()
    try:
        p.feed(html)
        p.close()
    except (AssertionError, ValueError):  # html.parser on a broken page: what was read up to the break
        pass
    return p


def visible_text(html: str) -> str:
    """The text a reader of the page sees (no scripts, styles or head), lines kept."""
    text = "".join(_parse(html).chunks)
    return re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\n\s*\n+", "\n", text)).strip()


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def removed_parts(html: str, body: str) -> list[HtmlPart]:
    """The non-article parts of a page whose text is not in ``body`` (what the reader kept)."""
    kept = _norm(body)
    out = []
    for part in _parse(html).parts:
        text = re.sub(r"\n\s*\n+", "\n", part.text).strip()
        if len(text) < MIN_PART_CHARS or _norm(text) in kept:
            continue
        part.text = text
        out.append(part)
    return out
