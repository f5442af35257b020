"""Resolve the actors of short texts (a sentence or a phrase) on a date.

The engine behind ``dragoman actors resolve``: the texts are parsed in batches with
``nlp.pipe`` and each goes through the same :class:`ActorResolver` the pipeline uses,
as a one-document body. The mentions come back **principal actor first**: the mention
whose head is highest in the dependency tree (fewest arcs to the root of its sentence),
a subject before other mentions at the same height, then in text order. So in
"Pakistan's army chief" the army chief (``PAK/MIL``) comes before any mention of
Pakistan alone, and in "Kenyan troops attacked al-Shabaab" the troops come first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional

from spacy.tokens import Doc

from dragoman.actors.kb import parse_date
from dragoman.actors.resolver import ActorResolver
from dragoman.models import Document, Mention

__all__ = ["PhraseResult", "parse_phrase_date", "principal_first", "resolve_phrases", "actor_record"]


@dataclass
class PhraseResult:
    """The actors of one text, principal first (``mentions`` carry the evidence)."""

    text: str
    date: Optional[str]
    mentions: list[Mention] = field(default_factory=list)


def parse_phrase_date(value) -> Optional[str]:
    """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) checked and returned as given;
    ``None``/empty stays ``None``. Raises ``ValueError`` with a readable message otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(f"date must be a string YYYY-MM-DD, got {type(value).__name__}")
    v = value.strip()
    parts = v.split("-")
    if not (1 <= len(parts) <= 3) or not all(p.isdigit() for p in parts) or len(parts[0]) != 4 \
            or any(len(p) != 2 for p in parts[1:]):
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD (or YYYY-MM, YYYY)")
    try:
        parse_date(v)
    except ValueError:
        raise ValueError(f"bad date {value!r}: no such day") from None
    return v


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 100:
        tok = tok.head
        d += 1
    return d


def principal_first(mentions: list[Mention], sdoc: Doc) -> list[Mention]:
    """Mentions ordered principal first (see the module docstring)."""

    def rank(m: Mention) -> tuple:
        head = sdoc[m.head] if m.head is not None else sdoc[m.token_start or 0]
        if m.token_start is not None and m.token_end is not None:
            # a mention that absorbed a nationality ("Pakistan's army chief") is ranked by its
            # highest token, not by the token the resolver called its head
            head = min((sdoc[t] for t in range(m.token_start, m.token_end)), key=_depth)
        subject = head.dep_ in ("nsubj", "nsubjpass")
        return (head.sent.start, _depth(head), not subject, m.start)

    return sorted(mentions, key=rank)


def resolve_phrases(
    items: Iterable[tuple[str, Optional[str]]],
    nlp=None,
    resolver: Optional[ActorResolver] = None,
    batch_size: int = 64,
) -> list[PhraseResult]:
    """Resolve ``(text, iso_date_or_None)`` pairs; one result per pair, in order.

    Dates must already be valid (see :func:`parse_phrase_date`). Posts are read on the
    date; with no date a person keeps the country of their nearest post and no sector.
    """
    from dragoman.nlp import load_model

    items = list(items)
    nlp = nlp or load_model()
    resolver = resolver or ActorResolver()
    out: list[PhraseResult] = []
    sdocs = nlp.pipe((text for text, _ in items), batch_size=batch_size)
    for n, ((text, when), sdoc) in enumerate(zip(items, sdocs)):
        doc = Document(id=f"phrase-{n}", text=text, body=text, publication_date=when,
                       date_basis="metadata" if when else "unknown")
        ref: Optional[date] = doc.reference_date()
        mentions = [m for m in resolver(doc, sdoc, ref) if m.actor is not None]
        out.append(PhraseResult(text, when, principal_first(mentions, sdoc)))
    return out


def actor_record(m: Mention) -> dict:
    """One actor as ``dragoman actors resolve --json`` writes it."""
    a = m.actor
    post = a.note if a and a.rule in ("name+post", "surname+post", "role-holder", "coref-surname") else None
    return {
        "country": a.country if a else None,
        "sector": a.sector if a else None,
        "name": a.name if a else None,
        "kb_id": a.kb_id if a else None,
        "rule": a.rule if a else None,
        "start": m.start,
        "end": m.end,
        "mention": m.text,
        "post": post,
    }
