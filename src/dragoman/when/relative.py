"""Relative dates: "yesterday", "two weeks ago", "last month", "this summer", "on Monday".

Each resolves against one reference day. The rules of the lexicon's ``relative`` section
give an offset in days, weeks (Monday–Sunday), months or years; seasons and bare weekdays
are worked out here (a bare weekday points back in a past clause, forward in a future one).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from dragoman.when.intervals import Interval, add_months, month_end, month_interval, week_interval, year_interval
from dragoman.when.vocabulary import lexicon


def _number(s: str) -> Optional[int]:
    if s.isdigit():
        return int(s)
    return lexicon().numbers.get(s)


def relative_interval(t: str, ref: date) -> Optional[Interval]:
    """Resolve a relative expression against one reference day."""
    lex = lexicon()
    for rx, rule in lex.rules:
        m = rx.fullmatch(t)
        if not m:
            continue
        if rule.get("season"):
            return _season(m.group("season"), m.group("which"), ref)
        off = rule["offset"]
        if isinstance(off, str):
            n = _number(m.group("n"))
            if n is None:
                return None
            off = -n if off.startswith("-") else n
        unit = rule["unit"]
        if unit == "day":
            d = ref + timedelta(days=off)
            return d, d
        if unit == "week":
            return week_interval(ref, off)
        if unit == "month":
            return month_interval(*add_months(ref.year, ref.month, off))
        if unit == "year":
            return year_interval(ref.year + off)
    return None


def _season_instance(name: str, year: int) -> Interval:
    first, last = lexicon().seasons[name]
    end_year = year + (last < first)
    return date(year, first, 1), month_end(end_year, last)


def _season(name: str, which: str, ref: date) -> Interval:
    """this/last/next <season> relative to ``ref``."""
    instances = [_season_instance(name, y) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    if which in ("last", "the past"):
        return [iv for iv in instances if iv[1] < ref][-1]
    if which in ("next", "the coming"):
        return [iv for iv in instances if iv[0] > ref][0]
    for iv in instances:  # "this summer": the one containing ref, else the one of ref's year
        if iv[0] <= ref <= iv[1]:
            return iv
    return _season_instance(name, ref.year)


def weekday_interval(t: str, ref: date, tense: str) -> Optional[Interval]:
    """The day a weekday expression ("monday", "last friday", "this coming tuesday") names, from ``ref``."""
    lex = lexicon()
    m = re.fullmatch(r"(?:(last|this|next|past|coming|this past|this coming) )?([a-z]+)", t)
    if not m or m.group(2) not in lex.weekdays:
        return None
    wd = lex.weekdays[m.group(2)]
    which = m.group(1)
    back = (ref.weekday() - wd) % 7
    fwd = (wd - ref.weekday()) % 7
    if which in ("last", "past", "this past"):
        d = ref - timedelta(days=back or 7)
    elif which in ("next", "coming", "this coming"):
        d = ref + timedelta(days=fwd or 7)
    elif tense == "future":
        d = ref + timedelta(days=fwd)
    else:
        d = ref - timedelta(days=back)
    return d, d
