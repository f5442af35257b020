"""Per-document indexes of a parsed ``Doc``, built once and kept in ``doc.user_data``.

spaCy rebuilds ``Doc.ents`` (one ``Span`` per entity, from every token's tags) and
``Doc.sents`` on each access, and ``Span.ents`` walks the whole document's entities: a
stage that asks for them once per sentence or per token is quadratic in the document's
length. The helpers here answer the same questions, with the same results in the same
order, from lists built on first use and from bisection over their start tokens.

spaCy's entities are sorted and never overlap, so their starts and their ends both rise
with their index; the lookups below rely on that. A ``Doc`` whose entities are changed
after a lookup must not be read through these helpers (no stage of the pipeline does so).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional

from spacy.tokens import Doc, Span

_ENTS = "dragoman.index.ents"
_SENTS = "dragoman.index.sents"


def _spans(doc: Doc, key: str, build) -> tuple[Span, ...]:
    """The spans ``build(doc)`` gives, made once per document, with their start tokens."""
    spans = doc.user_data.get(key)
    if spans is None:
        spans = tuple(build(doc))
        doc.user_data[key] = spans
        doc.user_data[key + ".starts"] = [s.start for s in spans]
    return spans


def _starts(doc: Doc, key: str, build) -> list[int]:
    _spans(doc, key, build)
    return doc.user_data[key + ".starts"]


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document."""
    return _spans(doc, _ENTS, lambda d: d.ents)


def _entity_starts(doc: Doc) -> list[int]:
    return _starts(doc, _ENTS, lambda d: d.ents)


def entities_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities inside tokens ``start``..``end`` (what ``doc[start:end].ents`` gives)."""
    ents = entities(doc)
    out = []
    for k in range(bisect_left(_entity_starts(doc), start), len(ents)):
        if ents[k].end > end:
            break
        out.append(ents[k])
    return out


def span_entities(span: Span) -> list[Span]:
    """``span.ents`` from the document's index."""
    return entities_within(span.doc, span.start, span.end)


def entities_covering(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities with ``ent.start <= start`` and ``ent.end >= end``, in text order."""
    ents = entities(doc)
    k = bisect_right(_entity_starts(doc), start) - 1
    out = []
    while k >= 0 and ents[k].end >= end:
        out.append(ents[k])
        k -= 1
    out.reverse()
    return out


def entity_at(doc: Doc, i: int) -> Optional[Span]:
    """The entity that token ``i`` is part of, or None."""
    ents = entities(doc)
    k = bisect_right(_entity_starts(doc), i) - 1
    if k >= 0 and ents[k].end > i:
        return ents[k]
    return None


def sentences(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, built once per document."""
    return _spans(doc, _SENTS, lambda d: d.sents)


def sentence_index(doc: Doc, i: int) -> int:
    """The index (in ``sentences(doc)``) of the sentence that holds token ``i``."""
    return bisect_right(_starts(doc, _SENTS, lambda d: d.sents), i) - 1
