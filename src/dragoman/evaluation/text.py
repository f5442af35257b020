"""The plain-text report of one evaluation."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from dragoman.evaluation.scoring import EvalReport

# ------------------------------------------------------------------------- text


def _fmt(x: Optional[float]) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def _fmt_actor(a: Mapping[str, Any]) -> str:
    base = f"{a.get('country') or '-'}/{a.get('sector') or '-'}"
    return f"{base} ({a['name']})" if a.get("name") else base


def _short(text: Any, width: int = 110) -> str:
    t = " ".join(str(text or "").split())
    return t if len(t) <= width else t[: width - 1] + "…"


def _fmt_event(e: Mapping[str, Any]) -> str:
    return f"{e.get('type')} {_fmt_actor(e['source'])} -> {_fmt_actor(e['target'])}"


def format_report(report: EvalReport, by_type: bool = False, errors: int = 0) -> str:
    """A plain-text report: headline figures, optionally the per-type table, and up to
    ``errors`` misses and ``errors`` false alarms with their nearest counterpart."""
    r = report
    lines = [
        f"gold events: {r.n_gold}   predicted: {r.n_pred}   "
        f"event matches: {r.n_matched}   type matches: {r.n_type_matched}",
        "",
        f"{'':<10}{'P':>8}{'R':>8}{'F1':>8}",
        f"{'event':<10}{_fmt(r.event_p):>8}{_fmt(r.event_r):>8}{_fmt(r.event_f1):>8}",
        f"{'type':<10}{_fmt(r.type_p):>8}{_fmt(r.type_r):>8}{_fmt(r.type_f1):>8}",
        "",
        f"{'accuracy':<18}{'value':>8}  over",
        f"{'dyad':<18}{_fmt(r.dyad_acc):>8}  {r.n_type_matched} type-matched pairs",
    ]
    for label, val in (
        ("sector", r.sector_acc),
        ("  source sector", r.source_sector_acc),
        ("  target sector", r.target_sector_acc),
        ("modality", r.modality_acc),
        ("date", r.date_acc),
        ("location", r.location_acc),
    ):
        lines.append(f"{label:<18}{_fmt(val):>8}  {r.n_matched} event-matched pairs")
    lines += [
        f"{'actor country':<18}{_fmt(r.actor_country_acc):>8}  {r.n_actor_gold} gold actors whose act is extracted from their sentence",
        f"{'actor sector':<18}{_fmt(r.actor_sector_acc):>8}  {r.n_actor_gold} gold actors whose act is extracted from their sentence",
    ]
    if by_type:
        lines += ["", f"{'type':<12}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
        for t, s in sorted(r.per_type.items()):
            lines.append(
                f"{t or '(none)':<12}{s.n_gold:>6}{s.n_pred:>6}{s.n_matched:>7}"
                f"{_fmt(s.p):>8}{_fmt(s.r):>8}{_fmt(s.f1):>8}"
            )
    if errors > 0:
        for title, items, key in (
            ("misses (gold not matched)", r.misses, "nearest_prediction"),
            ("false alarms (predictions not matched)", r.false_alarms, "nearest_gold"),
        ):
            shown = items[:errors]
            lines += ["", f"{title}: {len(items)}" + (f", first {len(shown)}" if len(items) > len(shown) else "")]
            for e in shown:
                lines.append(f"- [{e['doc']}] {_fmt_event(e)}")
                lines.append(f"    \"{_short(e['sentence'])}\"")
                near = e.get(key)
                other = "prediction" if key == "nearest_prediction" else "gold"
                if near is None:
                    lines.append(f"    nearest {other}: none in this sentence")
                else:
                    diffs = ", ".join(e.get("differences") or []) or "nothing (matched elsewhere)"
                    lines.append(f"    nearest {other}: {_fmt_event(near)}   differs in: {diffs}")
        shown_actors = r.actor_mismatches[:errors]
        lines += ["", f"actor mismatches (gold actors read against the aligned prediction): {len(r.actor_mismatches)}"
                  + (f", first {len(shown_actors)}" if len(r.actor_mismatches) > len(shown_actors) else "")]
        for m in shown_actors:
            lines.append(f"- [{m['doc']}] {m['side']} of {m['gold_type']}: gold {_fmt_actor(m['gold'])}, "
                         f"predicted {_fmt_actor(m['pred'])} ({m['pred_type']}); wrong {', '.join(m['wrong'])}")
            lines.append(f"    \"{_short(m['sentence'])}\"")
    return "\n".join(lines) + "\n"
