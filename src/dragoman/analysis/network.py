"""The actor network: actors as nodes, typed weighted directed edges.

A node is an actor key ``country|sector|name`` (empty parts left empty). An edge is
(source node, target node, PLOVER type) with the number of canonical events and their
mean intensity. Dates filter on the event's period date (own date, else publication).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Optional
from xml.sax.saxutils import escape, quoteattr

from dragoman.analysis.dedup import ensure_deduplicated


def actor_key(country: Optional[str], sector: Optional[str], name: Optional[str]) -> str:
    return "|".join(p or "" for p in (country, sector, name))


def _label(country, sector, name) -> str:
    if name:
        return name
    return " ".join(p for p in (country, sector) if p) or "(unknown)"


def build_network(store, since: Optional[str] = None, until: Optional[str] = None, dedup: bool = True) -> dict:
    if dedup:
        ensure_deduplicated(store)
    where, params = ["target_country IS NOT NULL OR target_name IS NOT NULL OR target_sector IS NOT NULL"], []
    if since:
        where.append("period_date IS NOT NULL AND period_date >= ?")
        params.append(since)
    if until:
        where.append("period_date IS NOT NULL AND substr(period_date, 1, ?) <= ?")
        params += [len(until), until]
    rows = store.con.execute(
        "SELECT source_country, source_sector, source_name, target_country, target_sector, target_name, type,"
        " quad_class, intensity FROM canonical_events WHERE " + " AND ".join(f"({w})" for w in where)
        + " ORDER BY canonical_id",
        params,
    ).fetchall()
    nodes: dict[str, dict] = {}
    edges: dict[tuple, list] = defaultdict(list)
    quads: dict[tuple, int] = {}
    for sc, ss, sn, tc, ts, tn, type_, quad, intensity in rows:
        s, t = actor_key(sc, ss, sn), actor_key(tc, ts, tn)
        for key, (c, sec, n) in ((s, (sc, ss, sn)), (t, (tc, ts, tn))):
            node = nodes.setdefault(key, {"id": key, "label": _label(c, sec, n), "country": c, "sector": sec, "name": n,
                                          "out_events": 0, "in_events": 0})
        nodes[s]["out_events"] += 1
        nodes[t]["in_events"] += 1
        edges[(s, t, type_)].append(intensity)
        quads[(s, t, type_)] = quad
    edge_list = []
    for (s, t, type_), values in sorted(edges.items()):
        known = [v for v in values if v is not None]
        edge_list.append({
            "source": s, "target": t, "type": type_, "quad_class": quads[(s, t, type_)], "count": len(values),
            "intensity_mean": round(sum(known) / len(known), 4) if known else None,
        })
    return {"nodes": [nodes[k] for k in sorted(nodes)], "edges": edge_list}


def to_json(net: dict) -> str:
    return json.dumps(net, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_graphml(net: dict) -> str:
    node_keys = [("label", "string"), ("country", "string"), ("sector", "string"), ("name", "string"),
                 ("out_events", "int"), ("in_events", "int")]
    edge_keys = [("type", "string"), ("quad_class", "int"), ("count", "int"), ("intensity_mean", "double")]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for k, t in node_keys:
        out.append(f'  <key id="n_{k}" for="node" attr.name="{k}" attr.type="{t}"/>')
    for k, t in edge_keys:
        out.append(f'  <key id="e_{k}" for="edge" attr.name="{k}" attr.type="{t}"/>')
    out.append('  <graph id="dragoman" edgedefault="directed">')
    for n in net["nodes"]:
        out.append(f"    <node id={quoteattr(n['id'])}>")
        for k, _ in node_keys:
            if n.get(k) is not None:
                out.append(f'      <data key="n_{k}">{escape(str(n[k]))}</data>')
        out.append("    </node>")
    for i, e in enumerate(net["edges"]):
        out.append(f'    <edge id="e{i}" source={quoteattr(e["source"])} target={quoteattr(e["target"])}>')
        for k, _ in edge_keys:
            if e.get(k) is not None:
                out.append(f'      <data key="e_{k}">{escape(str(e[k]))}</data>')
        out.append("    </edge>")
    out.append("  </graph>")
    out.append("</graphml>")
    return "\n".join(out) + "\n"
