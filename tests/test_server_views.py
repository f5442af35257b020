"""The pieces of the API's views that are plain functions: the evidence segments of a
sentence and the server-drawn map."""

from __future__ import annotations

import re

from dragoman.server.mapsvg import HEIGHT, WIDTH, country_rings, render_map, view_box
from dragoman.server.views import segments


def test_segments_cover_the_sentence_and_overlaps_go_to_trigger_source_target_place_in_that_order():
    text = "Pakistan urged Washington to act."
    marks = [{"role": "source", "start": 0, "end": 8}, {"role": "trigger", "start": 9, "end": 14},
             {"role": "target", "start": 15, "end": 25}, {"role": "place", "start": 12, "end": 20}]
    segs = segments(text, marks)
    assert "".join(s["text"] for s in segs) == text
    assert [(s["text"], s["role"]) for s in segs] == [
        ("Pakistan", "source"), (" ", None), ("urged", "trigger"), (" ", "place"), ("Washington", "target"),
        (" to act.", None)]


def test_the_map_frames_its_events_with_east_to_the_right_and_north_up():
    islamabad, kabul, karachi = (73.04, 33.72), (69.17, 34.53), (67.01, 24.86)
    west, south, east, north = view_box([islamabad, kabul, karachi])
    assert west < karachi[0] < kabul[0] < islamabad[0] < east and south < karachi[1] < islamabad[1] < north
    events = [{"id": f"ev{i}", "lon": lon, "lat": lat, "quad_class": q, "place": name, "label": name}
              for i, ((lon, lat), q, name) in enumerate([(islamabad, 1, "Islamabad"), (kabul, 4, "Kabul"),
                                                         (karachi, 3, "Karachi")])]
    svg = render_map(events)
    dots = {m[0]: (float(m[1]), float(m[2])) for m in
            re.findall(r'data-event="(ev\d)" cx="([\d.]+)" cy="([\d.]+)"', svg)}
    assert set(dots) == {"ev0", "ev1", "ev2"}
    assert all(0 <= x <= WIDTH and 0 <= y <= HEIGHT for x, y in dots.values())
    assert dots["ev2"][0] < dots["ev1"][0] < dots["ev0"][0]  # Karachi, Kabul, Islamabad from west to east
    assert dots["ev1"][1] < dots["ev0"][1] < dots["ev2"][1]  # Kabul north of Islamabad, Karachi south
    assert 'fill="#b2182b"' in svg and "Kabul (1)" in svg


def test_the_outlines_hold_every_country_and_an_empty_map_is_the_world():
    rings = country_rings()
    assert len(rings) > 250 and all(-180 <= lon <= 180 and -90 <= lat <= 90 for ring in rings for lon, lat in ring)
    assert view_box([]) == (-180.0, -60.0, 180.0, 80.0)
    assert "map of 0 located events" in render_map([])
