"""A static, self-contained HTML report of the corpus.

Everything is inline (CSS in a <style> element, the chart as a base64 PNG data URI),
so the file reads offline without a server and fetches nothing. The output carries
no timestamp: the same store gives the same bytes.
"""

from __future__ import annotations

import base64
import re
from html import escape
from typing import Optional

from dragoman.analysis.claims import claims as list_claims, describe_group
from dragoman.analysis.dedup import ensure_deduplicated
from dragoman.analysis.dyad import chart_png, dyad_rows, top_dyads
from dragoman.data_files import data_path

TIMELINE_SIZE = 25
TOP_ACTORS = 15
TOP_CLAIM_GROUPS = 10


def _template() -> str:
    return data_path("templates", "report.html").read_text(encoding="utf-8")


def _e(v) -> str:
    return "" if v is None else escape(str(v))


def _actor(country, sector, name) -> str:
    parts = [p for p in (country, sector) if p]
    code = "/".join(parts)
    if name:
        return f"{name} ({code})" if code else name
    return code or "?"


def _table(headers: list[str], rows: list[list], cls: str = "") -> str:
    out = [f'<table class="{cls}">' if cls else "<table>", "<thead><tr>"]
    out += [f"<th>{_e(h)}</th>" for h in headers]
    out.append("</tr></thead><tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _overview(store) -> str:
    con = store.con
    n_docs, first, last = con.execute(
        "SELECT count(*), min(publication_date), max(publication_date) FROM documents").fetchone()
    n_sources, n_unknown = con.execute(
        "SELECT count(DISTINCT source), count(*) FILTER (WHERE source IS NULL) FROM documents").fetchone()
    n_mentions = con.execute("SELECT count(*) FROM events").fetchone()[0]
    n_canon = con.execute("SELECT count(*) FROM canonical_events").fetchone()[0]
    by_type = con.execute("SELECT type, count(*) FROM canonical_events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    publishers = f"{n_sources} (+{n_unknown} unknown)" if n_unknown else n_sources
    cards = [("documents", n_docs), ("publishers", publishers), ("event mentions", n_mentions),
             ("distinct events", n_canon), ("published", f"{first or '?'} – {last or '?'}")]
    html = '<div class="cards">' + "".join(
        f'<div class="card"><div class="num">{_e(v)}</div><div class="lbl">{_e(k)}</div></div>' for k, v in cards
    ) + "</div>"
    if by_type:
        html += "<p class=\"types\">" + " · ".join(f"<b>{_e(t)}</b> {n}" for t, n in by_type) + "</p>"
    docs = con.execute(
        "SELECT id, coalesce(title, ''), coalesce(source, 'unknown'), coalesce(publication_date, ''),"
        " (SELECT count(*) FROM events e WHERE e.doc_id = d.id) FROM documents d"
        " ORDER BY publication_date NULLS LAST, id").fetchall()
    html += "<details><summary>Documents</summary>" + _table(
        ["document", "title", "publisher", "published", "events"], [list(r) for r in docs]) + "</details>"
    return html


def _dyads(store) -> tuple[str, Optional[tuple[str, str]]]:
    dyads = top_dyads(store, 10)
    if not dyads:
        return "<p>No event between two countries yet.</p>", None
    rows = [[f"{d['a']} – {d['b']}", d["events"], d["cooperation"], d["conflict"], d["intensity_mean"]] for d in dyads]
    return _table(["dyad", "events", "cooperation", "conflict", "mean intensity"], rows, "dyads"), (dyads[0]["a"], dyads[0]["b"])


def _chart(store, pair: Optional[tuple[str, str]]) -> str:
    if not pair:
        return "<p>No dyad to chart.</p>"
    a, b = pair
    rows = dyad_rows(store, a, b, by="year", directed=True, dedup=False)
    png = chart_png(rows, a, b, by="year")
    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    unknown = sum(r["events"] for r in rows if r["period"] == "unknown")
    note = (f"<p class=\"note\">{unknown} undated event{'s are' if unknown != 1 else ' is'} not on the chart.</p>"
            if unknown else "")
    return (f'<figure><img alt="{_e(a)}–{_e(b)} cooperation and conflict by year" src="{uri}">'
            f"<figcaption>{_e(a)} → {_e(b)} and {_e(b)} → {_e(a)}: events per year by quad class"
            f" (deduplicated).</figcaption></figure>{note}")


def _timeline(store) -> str:
    rows = store.con.execute(
        "SELECT canonical_id, period_date, type, source_country, source_sector, source_name, target_country,"
        " target_sector, target_name, num_mentions, num_sources, intensity, modality, location FROM canonical_events"
        " WHERE period_date IS NOT NULL ORDER BY num_mentions DESC, abs(coalesce(intensity, 0)) DESC, canonical_id"
        " LIMIT ?", [TIMELINE_SIZE]).fetchall()
    rows = sorted(rows, key=lambda r: (r[1], r[0]))
    if not rows:
        return "<p>No dated events.</p>"
    sents: dict[str, list[tuple[str, str]]] = {}
    ids = [r[0] for r in rows]
    for cid, doc, sentence in store.con.execute(
        "SELECT ec.canonical_id, e.doc_id, e.sentence FROM event_clusters ec JOIN events e ON e.id = ec.event_id"
        f" WHERE ec.canonical_id IN ({','.join('?' * len(ids))})"
        " ORDER BY ec.canonical_id, ec.story_date NULLS LAST, e.doc_id, e.sentence_idx", ids).fetchall():
        lst = sents.setdefault(cid, [])
        if (doc, sentence) not in lst:
            lst.append((doc, sentence))
    out = ['<ol class="timeline">']
    for cid, pdate, type_, sc, ss, sn, tc, ts, tn, nm, ns, intensity, modality, loc in rows:
        q = sents.get(cid, [])
        flags = [] if modality == "asserted" else [modality]
        out.append(
            f'<li><div class="when">{_e(pdate)}</div><div class="what"><span class="type t-{_e(type_)}">{_e(type_)}</span> '
            f"<b>{_e(_actor(sc, ss, sn))}</b> → <b>{_e(_actor(tc, ts, tn))}</b>"
            + (f" <span class=\"loc\">in {_e(loc)}</span>" if loc else "")
            + f' <span class="meta">{nm} mention{"s" if nm != 1 else ""}, {ns} source{"s" if ns != 1 else ""}'
            + (f", intensity {intensity:+.1f}" if intensity is not None else "")
            + ("".join(f", {_e(f)}" for f in flags)) + "</span>"
            + "".join(f'<blockquote>{_e(s)} <cite>{_e(d)}</cite></blockquote>' for d, s in q[:3])
            + "</div></li>"
        )
    out.append("</ol>")
    return "".join(out)


def _actors(store) -> str:
    rows = store.con.execute(
        """
        WITH sides AS (
            SELECT source_country AS c, source_sector AS s, source_name AS n, 1 AS as_src, 0 AS as_tgt, intensity
            FROM canonical_events
            UNION ALL
            SELECT target_country, target_sector, target_name, 0, 1, intensity FROM canonical_events
            WHERE target_country IS NOT NULL OR target_name IS NOT NULL)
        SELECT c, s, n, count(*), sum(as_src), sum(as_tgt), avg(intensity) FROM sides
        GROUP BY c, s, n ORDER BY 4 DESC, c NULLS LAST, s NULLS LAST, n NULLS LAST LIMIT ?
        """, [TOP_ACTORS]).fetchall()
    return _table(["actor", "events", "as source", "as target", "mean intensity"],
                  [[_actor(c, s, n), t, a, b, round(m, 2) if m is not None else None] for c, s, n, t, a, b, m in rows])


def _claims(store) -> str:
    groups = list_claims(store, dedup=False)[:TOP_CLAIM_GROUPS]
    if not groups:
        return "<p>No demands, commitments or threats.</p>"
    out = []
    for g in groups:
        recurs = ' <span class="recurs">recurs</span>' if g["recurs"] else ""
        out.append(f'<div class="claim"><h3>{_e(g["topic"])}{recurs}</h3>'
                   f'<p class="meta">{_e(describe_group(g))}</p><ul>')
        for c in g["items"]:
            s = c["sentences"][0]["text"] if c["sentences"] else ""
            who = f"{_actor(c['source']['country'], c['source']['sector'], c['source']['name'])} → " \
                  f"{_actor(c['target']['country'], c['target']['sector'], c['target']['name'])}"
            f = c["fulfilment"]
            out.append(f'<li><span class="when">{_e(c["date"] or "undated")}</span> <b>{_e(c["kind"])}</b>'
                       f' {_e(who)}: <q>{_e(s)}</q> <span class="met">{_e(f["status"])}: {_e(f["reason"])}</span></li>')
        out.append("</ul></div>")
    return "".join(out)


def build_report(store, dyad: Optional[tuple[str, str]] = None, title: str = "Dragoman report") -> str:
    ensure_deduplicated(store)
    dyad_html, top = _dyads(store)
    pair = (dyad[0].upper(), dyad[1].upper()) if dyad else top
    sections = {
        "title": _e(title),
        "overview": _overview(store),
        "dyads": dyad_html,
        "chart_title": _e(f"Trajectory: {pair[0]} – {pair[1]}" if pair else "Trajectory"),
        "chart": _chart(store, pair),
        "timeline": _timeline(store),
        "actors": _actors(store),
        "claims": _claims(store),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: sections[m.group(1)], _template())
