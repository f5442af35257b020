"""Dyad trajectories: what two states did to each other, period by period.

Counts are over canonical events (one real event counted once). An event's period is
taken from its own date, else from its document's publication date (``period_date``
in ``canonical_events``); an event with neither is in period ``unknown``. A date
coarser than the requested period (a month-precision date asked by day) keeps its own
coarser label (see ``period_of``).
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Optional

from dragoman.analysis.dedup import ensure_deduplicated, parse_date

PERIODS = ("day", "week", "month", "year")
QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
UNKNOWN = "unknown"


_GRAIN = {"day": 0, "week": 1, "month": 2, "year": 3}


def period_of(value: Optional[str], by: str) -> str:
    """The period label of a date: ``2011-10-20``, ``2011-W42``, ``2011-10``, ``2011`` or ``unknown``.

    A date coarser than the period keeps its own precision (``2011-10`` by day is
    ``2011-10``; a month-precision date by week is its month; ``2011`` by month is
    ``2011``), so an event is never placed in a day or week the text does not give."""
    when, precision = parse_date(value)
    if when is None:
        return UNKNOWN
    if precision == "year" and by != "year":
        return f"{when.year:04d}"
    if precision == "month" and by in ("day", "week"):
        return f"{when.year:04d}-{when.month:02d}"
    if by == "day":
        return when.isoformat()
    if by == "week":
        y, w, _ = when.isocalendar()
        return f"{y}-W{w:02d}"
    if by == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return f"{when.year:04d}"


def period_span(label: str) -> Optional[tuple[date, date]]:
    """The first day and the day after the last of a period label (None for ``unknown``):
    ``2011`` -> 2011-01-01 .. 2012-01-01, ``2011-W42`` -> Monday 2011-10-17 .. 2011-10-24."""
    if label == UNKNOWN:
        return None
    if "-W" in label:
        y, w = label.split("-W")
        start = date.fromisocalendar(int(y), int(w), 1)
        return start, start + timedelta(days=7)
    parts = [int(p) for p in label.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0] + 1, 1, 1)
    if len(parts) == 2:
        y, m = parts
        return date(y, m, 1), date(y + (m == 12), m % 12 + 1, 1)
    start = date(*parts)
    return start, start + timedelta(days=1)


def _period_order(label: str) -> tuple:
    """Sort key: periods by their first day (a week sits inside its month), ``unknown`` last."""
    span = period_span(label)
    return (span is None, span[0] if span else date.max, span[1] if span else date.max)


def dyad_label(a: str, b: str, directed: bool) -> str:
    """``USA→PAK`` for one direction, ``USA–PAK`` for both."""
    return f"{a}\u2192{b}" if directed else f"{a}\u2013{b}"


def _documents_per_period(store, by: str) -> Counter:
    c: Counter = Counter()
    for (pub,) in store.con.execute("SELECT publication_date FROM documents WHERE duplicate_of IS NULL").fetchall():
        c[period_of(pub, by)] += 1
    return c


def dyad_rows(
    store,
    a: str,
    b: str,
    by: str = "year",
    directed: bool = False,
    normalise: bool = False,
    dedup: bool = True,
) -> list[dict]:
    """One row per (period, direction): counts by quad class and type, intensity sum/mean.

    Every row names its ``dyad``: ``A→B`` with ``source`` and ``target`` when ``directed``,
    else ``A–B`` (both directions together, no source or target)."""
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    a, b = a.upper(), b.upper()
    if dedup:
        ensure_deduplicated(store)
    rows = store.con.execute(
        "SELECT source_country, target_country, type, quad_class, intensity, period_date FROM canonical_events"
        " WHERE (source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?)"
        " ORDER BY canonical_id",
        [a, b, b, a],
    ).fetchall()
    groups: dict[tuple, list] = defaultdict(list)
    for src, tgt, type_, quad, intensity, pdate in rows:
        key_dir = (src, tgt) if directed else (a, b)
        groups[(period_of(pdate, by), *key_dir)].append((type_, quad, intensity))
    docs = _documents_per_period(store, by) if normalise else None
    out = []
    for (period, src, tgt), evs in groups.items():
        values = [i for _, _, i in evs if i is not None]
        row = {"period": period, "dyad": dyad_label(src, tgt, directed), "directed": directed}
        if directed:
            row.update(source=src, target=tgt)
        row.update({
            "events": len(evs),
            "intensity_sum": round(sum(values), 4), "intensity_mean": round(sum(values) / len(values), 4) if values else None,
        })
        quads = Counter(q for _, q, _ in evs)
        for q, name in QUADS.items():
            row[name] = quads.get(q, 0)
        row["cooperation"] = row["verbal_coop"] + row["material_coop"]
        row["conflict"] = row["verbal_conflict"] + row["material_conflict"]
        row["types"] = dict(sorted(Counter(t for t, _, _ in evs).items()))
        if docs is not None:
            n = docs.get(period, 0)
            row["documents"] = n
            for k in ("events", "cooperation", "conflict", *QUADS.values()):
                row[f"{k}_per_document"] = round(row[k] / n, 4) if n else None
            row["intensity_sum_per_document"] = round(row["intensity_sum"] / n, 4) if n else None
        out.append(row)
    # periods in time order (by first day), "unknown" last; then direction a->b before b->a
    out.sort(key=lambda r: (_period_order(r["period"]), r.get("source", a) != a, r["dyad"]))
    return out


def rows_to_csv(rows: list[dict], quad: bool = True) -> str:
    import csv

    fixed = ["period", "dyad", "source", "target", "events", "intensity_sum", "intensity_mean", *QUADS.values(),
             "cooperation", "conflict"]
    extra = sorted({k for r in rows for k in r if k.endswith("per_document") or k == "documents"})
    types = [] if quad else sorted({t for r in rows for t in r["types"]})
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(fixed + extra + types)
    for r in rows:
        w.writerow([_cell(r.get(k)) for k in fixed + extra] + [r["types"].get(t, 0) for t in types])
    return buf.getvalue()


def _cell(v) -> str:
    return "" if v is None else str(v)


def bar_positions(periods: list[str]) -> dict[str, tuple[date, date]]:
    """Where each period's two bars go on the time axis: (cooperation bar start, conflict
    bar start), each bar ``BAR_SHARE`` of the period wide, so 2011 and 2017 are six years
    apart and a week sits inside its month."""
    out = {}
    for p in periods:
        start, end = period_span(p)
        half = (end - start) / 2
        out[p] = (start + half * (1 - BAR_SHARE), start + half)
    return out


BAR_SHARE = 0.8  # of half a period: the width of each of its two bars


def render_chart(rows: list[dict], a: str, b: str, path_or_buffer, by: str = "year", normalise: bool = False) -> None:
    """Cooperation vs conflict per period on a time axis, one panel per direction (Agg backend, PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    a, b = a.upper(), b.upper()
    known = [r for r in rows if r["period"] != UNKNOWN]
    periods = sorted({r["period"] for r in known}, key=_period_order)
    where = bar_positions(periods)
    suffix = "_per_document" if normalise else ""
    directions = [(a, b), (b, a)]
    fig, axes = plt.subplots(len(directions), 1, figsize=(10, 7.5), sharex=True, squeeze=False)
    widths = [(period_span(p)[1] - period_span(p)[0]) / 2 * BAR_SHARE for p in periods]
    xc = [mdates.date2num(where[p][0]) for p in periods]
    xf = [mdates.date2num(where[p][1]) for p in periods]
    w = [wd.days + wd.seconds / 86400 for wd in widths]
    ymax = 1.0
    for (src, tgt), ax in zip(directions, axes[:, 0]):
        by_period = {r["period"]: r for r in known if r.get("source") == src and r.get("target") == tgt}

        def val(p, k):
            r = by_period.get(p)
            return (r.get(k + suffix) or 0) if r else 0

        vc = [val(p, "verbal_coop") for p in periods]
        mc = [val(p, "material_coop") for p in periods]
        vf = [val(p, "verbal_conflict") for p in periods]
        mf = [val(p, "material_conflict") for p in periods]
        ax.bar(xc, vc, w, align="edge", color="#7fbf7b", label="verbal cooperation")
        ax.bar(xc, mc, w, bottom=vc, align="edge", color="#1b7837", label="material cooperation")
        ax.bar(xf, vf, w, align="edge", color="#f4a582", label="verbal conflict")
        ax.bar(xf, mf, w, bottom=vf, align="edge", color="#b2182b", label="material conflict")
        tops = [c1 + c2 for c1, c2 in zip(vc, mc)] + [c1 + c2 for c1, c2 in zip(vf, mf)]
        ymax = max([ymax, *tops])
        for i, p in enumerate(periods):
            r = by_period.get(p)
            if r and r.get("intensity_mean") is not None:
                top = max(vc[i] + mc[i], vf[i] + mf[i])
                ax.annotate(f"{r['intensity_mean']:+.1f}", (xf[i], top), xytext=(0, 4), textcoords="offset points",
                            ha="center", va="bottom", fontsize=8, color="#444444")
        ax.set_title(f"{src} \u2192 {tgt}", loc="left", fontsize=12, fontweight="bold")
        ax.set_ylabel("events per document" if normalise else "events")
        ax.grid(axis="y", color="#dddddd", linewidth=0.8)
        ax.set_axisbelow(True)
        if not periods:
            ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes, color="#666666")
    for ax in axes[:, 0]:
        ax.set_ylim(0, ymax * 1.25)
        if periods:
            first, last = period_span(periods[0])[0], period_span(periods[-1])[1]
            pad = (last - first) * 0.03
            ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.tick_params(labelbottom=True)
        if not normalise:
            ax.yaxis.get_major_locator().set_params(integer=True)
    axes[-1, 0].set_xlabel(f"time (bars per {by}; label = mean intensity, \u221210 conflict \u2026 +10 cooperation)")
    handles, labels = axes[0, 0].get_legend_handles_labels()
    fig.suptitle(f"{a}\u2013{b}: cooperation vs conflict by {by}", x=0.02, y=0.99, ha="left", fontsize=14)
    fig.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.02, 0.955), ncol=4, fontsize=9, frameon=False)
    fig.tight_layout(rect=(0, 0, 1, 0.93))
    fig.savefig(path_or_buffer, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)


def chart_png(rows: list[dict], a: str, b: str, by: str = "year", normalise: bool = False) -> bytes:
    buf = io.BytesIO()
    render_chart(rows, a, b, buf, by=by, normalise=normalise)
    return buf.getvalue()


def top_dyads(store, limit: int = 10) -> list[dict]:
    """Undirected country pairs with the most canonical events."""
    rows = store.con.execute(
        "SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,"
        " count(*) AS n, avg(intensity) AS mean_i,"
        " sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END) AS coop,"
        " sum(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conf"
        " FROM canonical_events WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
        " AND source_country <> target_country GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?",
        [limit],
    ).fetchall()
    return [
        {"a": a, "b": b, "events": n, "intensity_mean": round(m, 4) if m is not None else None,
         "cooperation": int(c), "conflict": int(f)}
        for a, b, n, m, c, f in rows
    ]


__all__ = ["PERIODS", "QUADS", "UNKNOWN", "bar_positions", "chart_png", "dyad_label", "dyad_rows", "period_of",
           "period_span", "render_chart", "rows_to_csv", "top_dyads"]
