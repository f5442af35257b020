"""One time expression → the interval of days it denotes, and the ``EventDate`` it gives.

The text is normalised (case, possessives, leading prepositions of the lexicon's
``strip_prefixes``), read as an absolute date, else as a relative one against the middle
of the reference period (widened to the reference's precision: "yesterday" in an article
known only to October 2011 is ``2011-10``), else by ``dateparser``. An interval ending more
than ``HISTORICAL_DAYS`` before the reference period is historical background.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from dragoman.models import EventDate
from dragoman.when.absolute import absolute_interval, dateparser_interval
from dragoman.when.intervals import Interval, coarsen, reference_interval, value_of
from dragoman.when.relative import relative_interval, weekday_interval
from dragoman.when.vocabulary import lexicon


#: An event dated more than this many days before the start of the reference (publication)
#: date is historical background.
HISTORICAL_DAYS = 60


_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """``text`` in lower case, without possessives, outer punctuation and the lexicon's leading prepositions."""
    lex = lexicon()
    t = text.lower().replace("’", "'").replace("\u2013", "-")
    t = re.sub(r"'s\b", "", t)
    t = t.replace(".", " ").replace(",", " , ")
    t = _SPACE.sub(" ", t).strip(" ,;:()[]\"'")
    changed = True
    while changed and t:
        changed = False
        for p in lex.prefixes:
            if p.endswith("-") and t.startswith(p) and len(t) > len(p):
                t = t[len(p):].strip()
                changed = True
                break
            if t.startswith(p + " "):
                t = t[len(p) + 1:].strip()
                changed = True
                break
    t = re.sub(r" ,", ",", t)
    return t.strip(" ,")


def strip_day_part(t: str) -> str:
    """``t`` without a trailing part of the day ("monday night" → "monday")."""
    for part in lexicon().day_parts:
        if t.endswith(" " + part):
            return t[: -len(part) - 1].strip()
    return t


def resolve_interval(
    text: str, ref: Optional[date] = None, tense: str = "past", ref_precision: str = "day"
) -> Optional[Interval]:
    """The interval of days a time expression denotes, or None if it cannot be fixed.

    Relative expressions need ``ref``; absolute ones do not (a year-less date takes its
    year from ``ref`` and ``tense``).
    """
    t = normalise(text)
    if not t:
        return None
    ref_iv = reference_interval(ref, ref_precision)
    iv = absolute_interval(t, ref_iv, tense)
    if iv is not None:
        return iv
    if ref_iv is not None:
        core = strip_day_part(t)
        mid = ref_iv[0] + (ref_iv[1] - ref_iv[0]) // 2
        iv = relative_interval(t, mid) or relative_interval(core, mid) or weekday_interval(core, mid, tense)
        if iv is not None:
            return coarsen(iv, ref_precision)
    return dateparser_interval(text, ref_iv, tense)


def is_historical(iv: Interval, ref: Optional[date], ref_precision: str = "day") -> bool:
    """True when the interval ends more than HISTORICAL_DAYS before the reference period."""
    ref_iv = reference_interval(ref, ref_precision)
    return ref_iv is not None and (ref_iv[0] - iv[1]).days > HISTORICAL_DAYS


def resolve_expression(
    text: str, ref: Optional[date] = None, tense: str = "past", ref_precision: str = "day"
) -> Optional[EventDate]:
    """Resolve one time expression against a reference date.

    Returns an ``EventDate`` (value at day/month/year precision; value None and precision
    ``unknown`` for an expression wider than a year, e.g. a decade) or None when the text
    is not a time expression this module can resolve. ``tense`` ("past" or "future")
    decides which way a bare weekday or a year-less date points.
    """
    iv = resolve_interval(text, ref, tense, ref_precision)
    if iv is None:
        return None
    value, prec = value_of(iv)
    return EventDate(value=value, precision=prec, text=text, historical=is_historical(iv, ref, ref_precision))
