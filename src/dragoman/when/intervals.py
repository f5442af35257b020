"""Intervals of days and their precision: the calendar arithmetic of the when stage.

Every resolution works on an ``Interval`` (first day, last day). Its precision is the
finest calendar unit that holds the whole interval (one day → ``day``, one calendar month
→ ``month``, one calendar year → ``year``, otherwise none), and its value the ISO text of
that unit. A reference (publication) date known only to the month or year stands for the
interval of its unit.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Optional


Interval = tuple[date, date]


def month_end(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y``."""
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) ``k`` months after month ``m`` of year ``y`` (before it for negative ``k``)."""
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def month_interval(y: int, m: int) -> Interval:
    """The days of month ``m`` of year ``y``."""
    return date(y, m, 1), month_end(y, m)


def year_interval(y: int) -> Interval:
    """The days of year ``y``."""
    return date(y, 1, 1), date(y, 12, 31)


def week_interval(d: date, k: int) -> Interval:
    """The Monday–Sunday week ``k`` weeks after the week of ``d``."""
    monday = d - timedelta(days=d.weekday()) + timedelta(weeks=k)
    return monday, monday + timedelta(days=6)


def is_week(iv: Interval) -> bool:
    """True when ``iv`` is one Monday–Sunday week."""
    return iv[0].weekday() == 0 and (iv[1] - iv[0]).days == 6


def precision_of(iv: Interval) -> Optional[str]:
    """The finest calendar unit that holds the whole interval (None if over a year)."""
    lo, hi = iv
    if lo == hi:
        return "day"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return "month"
    if lo.year == hi.year:
        return "year"
    return None


def iso_at(d: date, precision: str) -> str:
    """``d`` as ISO text at ``precision`` (day, month, year)."""
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def value_of(iv: Interval) -> tuple[Optional[str], str]:
    """(ISO value, precision) of an interval; a week over New Year takes its Thursday's year."""
    prec = precision_of(iv)
    if prec is None and is_week(iv):
        # a week over New Year: the year of its Thursday (ISO week convention)
        return iso_at(iv[0] + timedelta(days=3), "year"), "year"
    if prec is None:
        return None, "unknown"
    return iso_at(iv[0], prec), prec


def reference_interval(ref: Optional[date], precision: str = "day") -> Optional[Interval]:
    """The days a reference date at ``precision`` may stand for."""
    if ref is None or precision in ("unknown", None):
        return None
    if precision == "month":
        return month_interval(ref.year, ref.month)
    if precision == "year":
        return year_interval(ref.year)
    return ref, ref


def parse_iso(value: Optional[str]) -> Optional[Interval]:
    """The interval an ISO value at its precision (YYYY, YYYY-MM, YYYY-MM-DD) covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return year_interval(parts[0])
    if len(parts) == 2:
        return month_interval(parts[0], parts[1])
    d = date(*parts[:3])
    return d, d


_PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}


def coarsen(iv: Interval, precision: str) -> Interval:
    """Widen ``iv`` to the calendar unit ``precision`` when that is coarser than its own."""
    own = precision_of(iv)
    if own is None or precision not in _PRECISION_ORDER or _PRECISION_ORDER[own] >= _PRECISION_ORDER[precision]:
        return iv
    if precision == "month":
        return month_interval(iv[0].year, iv[0].month)
    return year_interval(iv[0].year)


def union(ivs: list[Interval]) -> list[Interval]:
    """A union of intervals as disjoint intervals in order (overlapping ones merged)."""
    out: list[Interval] = []
    for lo, hi in sorted(iv for iv in ivs if iv[0] <= iv[1]):
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    """The intersection of two unions of intervals, as disjoint intervals in order.

    Linear in the two unions (a sweep over their merged forms): intersecting the
    result again and again, as the publication window does with each bound, never
    grows it past the intervals its operands hold."""
    a, b = union(a), union(b)
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def format_interval(iv: Interval) -> str:
    """``iv`` as ``[first..last]`` text, an open end left empty."""
    lo = "" if iv[0] == date.min else iv[0].isoformat()
    hi = "" if iv[1] == date.max else iv[1].isoformat()
    return f"[{lo}..{hi}]"
