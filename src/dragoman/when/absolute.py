"""Absolute dates: "October 20, 2011", "20 October", "March 2014", "2009", "the 1990s".

A year-less date takes its year from the reference and the tense of its clause: the
latest such day not after the reference when the clause tells the past, the earliest not
before it when it tells the future. Odd formats with a four-digit year ("20/10/2011") go to
``dateparser`` as a last resort.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Optional

from dragoman.when.intervals import Interval, month_end, month_interval, year_interval
from dragoman.when.vocabulary import lexicon


#: Years outside this range are not read as dates.
MIN_YEAR, MAX_YEAR = 1800, 2100


def _month_re() -> str:
    return "|".join(sorted(lexicon().months, key=len, reverse=True))


def _weekday_re() -> str:
    return "|".join(sorted(lexicon().weekdays, key=len, reverse=True))


def _year_for(month: int, day: int, ref_iv: Optional[Interval], tense: str) -> Optional[int]:
    """The year of a year-less date (``day`` 0 for a bare month): the latest one that does
    not start after the reference when past, the earliest one that does not end before it
    when future."""
    if ref_iv is None:
        return None
    lo, hi = ref_iv
    if tense == "future":
        y = lo.year
        end = month_end(y, month)
        if day:
            end = end.replace(day=min(day, end.day))
        return y + 1 if end < lo else y
    y = hi.year
    start = date(y, month, 1)
    if day:
        start = start.replace(day=min(day, month_end(y, month).day))
    return y - 1 if start > hi else y


def _safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def absolute_interval(t: str, ref_iv: Optional[Interval], tense: str) -> Optional[Interval]:
    """The interval of an absolute date (normalised text ``t``), or None when ``t`` is not one."""
    lex = lexicon()
    mon, wdy = _month_re(), _weekday_re()
    t = re.sub(rf"^(?:{wdy}),? ", "", t)  # "thursday, october 20" → "october 20"
    t = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", t)

    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (d, d) if d else None
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m and 1 <= int(m[2]) <= 12:
        return month_interval(int(m[1]), int(m[2]))

    day_year = None
    m = re.fullmatch(rf"({mon}) (\d{{1,2}})(?:,? (\d{{4}}))?", t)
    if m:
        day_year = (lex.months[m[1]], int(m[2]), m[3])
    m = m or re.fullmatch(rf"(?:the )?(\d{{1,2}}) (?:of )?({mon})(?:,? (\d{{4}}))?", t)
    if m and day_year is None:
        day_year = (lex.months[m[2]], int(m[1]), m[3])
    if day_year:
        month, day, year = day_year
        y = int(year) if year else _year_for(month, day, ref_iv, tense)
        if y is None or not (MIN_YEAR <= y <= MAX_YEAR):
            return None
        d = _safe_date(y, month, day)
        return (d, d) if d else None

    m = re.fullmatch(rf"({mon})(?: of)?,? (\d{{4}})", t)
    if m:
        y = int(m[2])
        return month_interval(y, lex.months[m[1]]) if MIN_YEAR <= y <= MAX_YEAR else None
    m = re.fullmatch(rf"({mon})", t)
    if m:
        month = lex.months[m[1]]
        y = _year_for(month, 0, ref_iv, tense)
        return month_interval(y, month) if y else None

    m = re.fullmatch(r"(?:the )?(\d{4})", t)
    if m:
        y = int(m[1])
        return year_interval(y) if MIN_YEAR <= y <= MAX_YEAR else None
    m = re.fullmatch(r"(?:the )?(\d{3})0 ?'?s", t)
    if m:
        y = int(m[1]) * 10
        return (date(y, 1, 1), date(y + 9, 12, 31)) if MIN_YEAR <= y <= MAX_YEAR else None
    m = re.fullmatch(r"(?:the )?'(\d)0s", t)
    if m and ref_iv is not None:
        y = (ref_iv[0].year // 100) * 100 + int(m[1]) * 10
        if y > ref_iv[0].year:
            y -= 100
        return date(y, 1, 1), date(y + 9, 12, 31)
    return None


def dateparser_interval(text: str, ref_iv: Optional[Interval], tense: str) -> Optional[Interval]:
    """Last resort for odd absolute formats ("20/10/2011"); only for text holding a
    four-digit year, so dateparser never guesses a date from vague words."""
    if not re.search(r"\b\d{4}\b", text):
        return None
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover
        return None
    settings = {"PREFER_DATES_FROM": "future" if tense == "future" else "past", "STRICT_PARSING": False}
    if ref_iv is not None:
        settings["RELATIVE_BASE"] = datetime(ref_iv[1].year, ref_iv[1].month, ref_iv[1].day)
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if not (MIN_YEAR <= d.year <= MAX_YEAR):
        return None
    period = data.period or "day"
    if period == "year":
        return year_interval(d.year)
    if period == "month":
        return month_interval(d.year, d.month)
    if period == "day":
        return d, d
    return None
