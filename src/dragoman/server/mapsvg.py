"""The dashboard's map, drawn on the server as SVG: country outlines and located events.

Outlines come from Natural Earth's 1:110m countries (``data/maps``, TopoJSON). The view
is an equirectangular projection around the events (x scaled by the cosine of the middle
latitude), padded, at least ``MIN_SPAN_DEG`` wide. Each event is a circle carrying its id
(``data-event``) and coloured by quad class.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from html import escape

from dragoman.data_files import data_path

WIDTH, HEIGHT = 640, 400
MIN_SPAN_DEG = 20.0
PAD_DEG = 3.0
QUAD_COLOURS = {1: "#7fbf7b", 2: "#1b7837", 3: "#f4a582", 4: "#b2182b"}


@lru_cache(maxsize=1)
def country_rings() -> list[list[tuple[float, float]]]:
    """Every ring (lon, lat) of every country, decoded from the TopoJSON arcs."""
    topo = json.loads(data_path("maps", "countries-110m.json").read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indices:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts[1:] if out else pts)
        return out

    rings = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        if geom["type"] == "Polygon":
            polys = [polys]
        for poly in polys:
            rings.extend(ring(r) for r in poly)
    return rings


def view_box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points, padded, with the map's aspect ratio."""
    if not points:
        return -180.0, -60.0, 180.0, 80.0
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    mid_lat = (min(lats) + max(lats)) / 2
    k = max(math.cos(math.radians(mid_lat)), 0.2)
    span_lon = max(max(lons) - min(lons) + 2 * PAD_DEG, MIN_SPAN_DEG)
    span_lat = max(max(lats) - min(lats) + 2 * PAD_DEG, MIN_SPAN_DEG * HEIGHT / WIDTH)
    # widen the shorter side so the box has the picture's proportions
    if span_lon * k / span_lat < WIDTH / HEIGHT:
        span_lon = span_lat * WIDTH / HEIGHT / k
    else:
        span_lat = span_lon * k * HEIGHT / WIDTH
    clon, clat = (min(lons) + max(lons)) / 2, mid_lat
    return clon - span_lon / 2, clat - span_lat / 2, clon + span_lon / 2, clat + span_lat / 2


def render_map(events: list[dict]) -> str:
    """SVG of the located events: dicts with ``id``, ``lon``, ``lat``, ``quad_class``, ``label``."""
    west, south, east, north = view_box([(e["lon"], e["lat"]) for e in events])

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) / (east - west) * WIDTH, (north - lat) / (north - south) * HEIGHT

    paths = []
    for ring in country_rings():
        if not any(west - 20 <= lon <= east + 20 and south - 20 <= lat <= north + 20 for lon, lat in ring):
            continue
        d = "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in (xy(lon, lat) for lon, lat in ring)) + "Z"
        paths.append(d)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" class="map" role="img"'
           f' aria-label="map of {len(events)} located events">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#eaf2f8"/>',
           f'<path d="{" ".join(paths)}" fill="#f7f4ea" stroke="#9a9a8a" stroke-width="0.7"/>']
    by_place: dict[tuple, list[dict]] = {}
    for e in events:
        by_place.setdefault((round(e["lon"], 3), round(e["lat"], 3)), []).append(e)
    for (lon, lat), group in sorted(by_place.items()):
        x, y = xy(lon, lat)
        r = 4 + 2 * math.sqrt(len(group) - 1)
        for i, e in enumerate(group):
            colour = QUAD_COLOURS.get(e.get("quad_class"), "#555555")
            out.append(f'<circle class="event-dot" data-event="{escape(e["id"])}" cx="{x:.1f}" cy="{y:.1f}"'
                       f' r="{r if i == 0 else 3:.1f}" fill="{colour}" fill-opacity="0.75" stroke="#333"'
                       f' stroke-width="0.6"><title>{escape(e.get("label") or "")}</title></circle>')
        out.append(f'<text x="{x + r + 2:.1f}" y="{y + 4:.1f}" font-size="11" fill="#333">'
                   f'{escape(group[0].get("place") or "")} ({len(group)})</text>')
    out.append("</svg>")
    return "".join(out)
