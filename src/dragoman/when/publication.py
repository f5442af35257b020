"""The publication date of a document that does not state one, inferred from its content.

``infer_publication_window`` intersects the bounds the text gives (office holders, the
dates it states, years of acts still to come, "earlier this month", the "this year"
convention) into a window of days, and a value when the window is one day, month or year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional, Union

from dragoman.doc_index import sentences
from dragoman.nlp import is_to_infinitive
from dragoman.when.expressions import normalise
from dragoman.when.intervals import Interval, format_interval, intersect, iso_at, month_end, parse_iso, precision_of
from dragoman.when.mentions import date_mentions
from dragoman.when.office_holders import people_with_posts, person_windows, recency_windows
from dragoman.when.tense import clause_tense, governing_verb
from dragoman.when.vocabulary import lexicon, phrase_pattern


@dataclass
class PublicationEstimate:
    """What the content of a document tells about its publication date."""

    value: Optional[str] = None  # ISO at ``precision``
    basis: str = "unknown"  # "inferred from content" or "unknown"
    precision: str = "unknown"  # day, month, year, unknown
    window: tuple[Optional[str], Optional[str]] = (None, None)  # earliest, latest (ISO days)
    evidence: Optional[str] = None

    def reference(self) -> tuple[Optional[date], str]:
        """(reference date, precision) for resolving the document's relative expressions."""
        iv = parse_iso(self.value)
        return (iv[0], self.precision) if iv else (None, "unknown")


def _intended(verb) -> bool:
    """True when the clause of ``verb`` speaks of an act still to come: a future clause, or
    the to-infinitive of a word of intention ("a promise to visit", "plans to hold")."""
    if verb is None:
        return False
    if clause_tense(verb) == "future":
        return True
    if is_to_infinitive(verb) and verb.head.i != verb.i:
        head = verb.head
        words = lexicon().intention_words
        return head.lemma_.lower() in words or head.lower_ in words
    return False


def _bare_years(sdoc) -> list[tuple[int, str, str]]:
    """Bare years the body states ("in 2009", "during 2012"; not full dates), each as
    (year, text, kind): kind "intended" for an act still to come, "past" for an act told
    as done or going on, "other" for an infinitive that is neither."""
    out = []
    for sent in sentences(sdoc):
        for dm in date_mentions(sent, None, "day"):
            if dm.date.precision != "year" or not re.fullmatch(r"(?:the )?\d{4}", normalise(dm.span.text)):
                continue
            verb = governing_verb(dm.span.root)
            if _intended(verb):
                kind = "intended"
            elif verb is not None and is_to_infinitive(verb):
                kind = "other"
            else:
                kind = "past"
            out.append((int(dm.date.value), dm.span.text, kind))
    return out


@lru_cache(maxsize=None)
def _current_month_re() -> Optional[re.Pattern]:
    return phrase_pattern(lexicon().current_month)


def _current_month_cue(sdoc) -> Optional[str]:
    """The first expression of the body that speaks of the current month ("earlier this month")."""
    rx = _current_month_re()
    m = rx.search(sdoc.text) if rx is not None else None
    return m.group(0) if m else None


def _explicit_dates(sdoc) -> list[tuple[Interval, str]]:
    """Absolute dates with a year that the body states about the past or present."""
    out = []
    for sent in sentences(sdoc):
        for dm in date_mentions(sent, None, "day"):
            verb = governing_verb(dm.span.root)
            if dm.date.value is None or clause_tense(verb) == "future":
                continue
            # an infinitive ("a promise to visit in 2011") names an intended act, not a past one
            if verb is not None and is_to_infinitive(verb):
                continue
            iv = parse_iso(dm.date.value)
            out.append((iv, dm.span.text))
    return out


def _day_anchor_clues(sdoc) -> list[tuple[date, str]]:
    """Publication days fixed by a relative day next to an absolute one ("yesterday,
    October 20, 2011" → 2011-10-21): relative words read against a date the text states."""
    out = []
    for sent in sentences(sdoc):
        mentions = date_mentions(sent, None, "day")
        days = [dm for dm in mentions if dm.date.precision == "day"]
        for m in re.finditer(r"(?i)\b(yesterday|today|tomorrow)\b", sent.text):
            off = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(1).lower()]
            s = sent.start_char + m.start()
            e = sent.start_char + m.end()
            for dm in days:
                gap = sdoc.text[min(e, dm.span.end_char): max(s, dm.span.start_char)]
                if dm.span.start_char >= e and re.fullmatch(r"[\s,(]*(?:on\s+)?", gap) or (
                    dm.span.end_char <= s and re.fullmatch(r"[\s,()]*", gap)
                ):
                    d = date.fromisoformat(dm.date.value) - timedelta(days=off)
                    out.append((d, f"{m.group(1)} = {dm.date.value}"))
    return out


def infer_publication_window(
    sdoc, ref_hint: Optional[Union[date, Interval]] = None, kb=None
) -> PublicationEstimate:
    """Bound the publication date of a document that does not state one.

    Evidence, strongest first (cue words live in the ``publication`` section of the
    time-expression lexicon):

    1. ``ref_hint`` (a date or an interval);
    2. each office holder the KB knows, named with a post, bounds it by the tenure of that post;
    3. the latest absolute date the body states about the past or present is a lower bound;
    4. a bare year stated for an act still to come ("a promise to visit Pakistan in 2011")
       is an upper bound: published no later than that year;
    5. an expression of the current month ("earlier this month") puts the latest stated
       day-date in the month of publication: published before that month ended;
    6. an office holder called new ("new CIA chief X", "the newly elected government
       headed by X"): published within ``recency_days`` of the start of that tenure;
    7. a person named by full name without a post: any of their tenures (weak);
    8. the news convention that the current year is "this year": a bare past year
       ("its passage in 2009") says publication is after that year, a bare future year
       that it is before it (weak).

    A relative day next to an absolute one ("yesterday, October 20, 2011") then fixes the
    day. A bound that would empty the window is ignored and said so in the evidence.
    The window spans the intersection of all bounds: one calendar month → month precision,
    one year → year precision, one day → day precision, otherwise no value. Never today.
    """
    if kb is None:
        try:
            from dragoman.actors.kb import KnowledgeBase

            kb = KnowledgeBase.default()
        except Exception:  # the KB is optional evidence
            kb = None
    # evidence, strongest first; each is a union of intervals
    bounds: list[tuple[list[Interval], str]] = []
    if ref_hint is not None:
        hint = ref_hint if isinstance(ref_hint, tuple) else (ref_hint, ref_hint)
        bounds.append(([hint], f"hint {format_interval(hint)}"))
    # the office holders the text names, read once for both the tenure and the recency bounds
    holders = list(people_with_posts(sdoc, kb)) if kb is not None else []
    people = person_windows(sdoc, kb, holders) if kb is not None else []
    bounds += [(ivs, text) for ivs, text, strong in people if strong]
    explicit = _explicit_dates(sdoc)
    if explicit:
        iv, text = max(explicit, key=lambda x: x[0][0])
        bounds.append(([(iv[0], date.max)], f"latest stated date {text!r} >= {iv[0].isoformat()}"))
    years = _bare_years(sdoc)
    intended = [(y, text) for y, text, kind in years if kind == "intended"]
    if intended:
        y, text = min(intended)
        bounds.append(([(date.min, date(y, 12, 31))], f"{text!r} stated for an act to come: <= {y}-12-31"))
    cue = _current_month_cue(sdoc)
    days = [(iv, text) for iv, text in explicit if iv[0] == iv[1]]
    if cue and days:
        iv, text = max(days, key=lambda x: x[0][0])
        end = month_end(iv[0].year, iv[0].month)
        bounds.append(([(date.min, end)], f"{cue!r} with latest stated day {text!r}: in {iso_at(end, 'month')}, <= {end.isoformat()}"))
    if kb is not None:
        bounds += recency_windows(sdoc, kb, holders)
    bounds += [(ivs, text) for ivs, text, strong in people if not strong]
    past = [(y, text) for y, text, kind in years if kind == "past"]
    if past:
        y, text = max(past)
        bounds.append(([(date(y + 1, 1, 1), date.max)], f"bare past year {text!r} (the current one would be 'this year'): >= {y + 1}-01-01"))
    if intended:
        y, text = min(intended)
        bounds.append(([(date.min, date(y - 1, 12, 31))], f"bare future year {text!r} (the current one would be 'this year'): <= {y - 1}-12-31"))
    current: list[Interval] = [(date.min, date.max)]
    evidence: list[str] = []
    for ivs, text in bounds:
        narrowed = intersect(current, ivs)
        if narrowed:
            current = narrowed
            evidence.append(text)
        else:
            evidence.append(f"ignored (conflicts): {text}")
    lo, hi = min(iv[0] for iv in current), max(iv[1] for iv in current)
    for d, text in _day_anchor_clues(sdoc):
        if lo <= d <= hi:
            lo = hi = d
            evidence.append(text)
            break
    window = (None if lo == date.min else lo.isoformat(), None if hi == date.max else hi.isoformat())
    est = PublicationEstimate(window=window, evidence="; ".join(evidence) or None)
    if lo == date.min or hi == date.max:
        return est
    prec = precision_of((lo, hi))
    if prec is None:
        return est
    est.value, est.precision, est.basis = iso_at(lo, prec), prec, "inferred from content"
    return est
