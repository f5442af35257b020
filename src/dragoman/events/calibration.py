"""Calibrated confidence: each event's confidence is the measured precision of the rules
that made it.

``dragoman calibrate`` runs the development suite (the sets marked ``calibrate: true``),
counts for every event how it was made and whether it matched the gold, and writes the
counts to ``data/calibration/rules.json``. At run time an event's confidence is read from
those counts by backing off from the most specific description of how it was made to
the least, each level smoothed towards the one below it (``(matched + k * prior) /
(emitted + k)``):

1. the *signature*: the lexicon entry that fired and the argument rules that found its
   actors (``lexicon:verb:urge->REQUEST;prep-target``);
2. the lexicon entry alone;
3. the event type;
4. every event of the measured sets.

So a rule measured at 90% precision over forty events gives confidence near 0.9, a rule
never seen on the suite gets its entry's or its type's precision, and a user who keeps
events with ``confidence >= 0.8`` gets about that precision on text like the suite's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from dragoman.data_files import data_path

CALIBRATION_FILE = ("calibration", "rules.json")
#: weight of the prior (the level below) in each smoothed estimate, in events
SMOOTHING = 3.0
#: confidence given when no calibration file exists
UNCALIBRATED = 0.5


def signature(rule: Optional[str]) -> tuple[str, str]:
    """(lexicon entry, signature) of an event's ``rule`` field: the modality cue is left
    out, since it says how sure the act is, not whether the act was read right."""
    parts = [p for p in (rule or "").split(";") if p and not p.startswith("modality:")]
    entry = parts[0] if parts else ""
    return entry, ";".join([entry] + sorted(set(parts[1:])))


@dataclass
class Counts:
    emitted: int = 0
    matched: int = 0

    def add(self, hit: bool) -> None:
        self.emitted += 1
        self.matched += int(hit)


@dataclass
class Calibration:
    """Counts of events emitted and matched, by signature, entry and type."""

    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    by_entry: dict[str, Counts] = field(default_factory=dict)
    by_signature: dict[str, Counts] = field(default_factory=dict)
    measured_on: list[str] = field(default_factory=list)
    measured: str = ""
    smoothing: float = SMOOTHING

    # ------------------------------------------------------------- building
    def add(self, type_: str, rule: Optional[str], hit: bool) -> None:
        entry, sig = signature(rule)
        self.overall.add(hit)
        for table, key in ((self.by_type, type_), (self.by_entry, entry), (self.by_signature, sig)):
            table.setdefault(key, Counts()).add(hit)

    @classmethod
    def measure(cls, predictions_and_hits: Iterable[tuple[dict, bool]], sets: list[str]) -> "Calibration":
        cal = cls(measured_on=list(sets), measured=date.today().isoformat())
        for pred, hit in predictions_and_hits:
            cal.add(str(pred.get("type") or ""), pred.get("rule"), hit)
        return cal

    # -------------------------------------------------------------- reading
    def _smooth(self, counts: Optional[Counts], prior: float) -> float:
        if counts is None:
            return prior
        return (counts.matched + self.smoothing * prior) / (counts.emitted + self.smoothing)

    def confidence(self, type_: str, rule: Optional[str]) -> float:
        if self.overall.emitted == 0:
            return UNCALIBRATED
        entry, sig = signature(rule)
        p = (self.overall.matched + 1.0) / (self.overall.emitted + 2.0)
        p = self._smooth(self.by_type.get(type_), p)
        p = self._smooth(self.by_entry.get(entry), p)
        p = self._smooth(self.by_signature.get(sig), p)
        return round(min(max(p, 0.01), 0.99), 3)

    # ---------------------------------------------------------------- files
    def to_json(self) -> dict:
        def table(t: dict[str, Counts]) -> dict[str, list[int]]:
            return {k: [c.emitted, c.matched] for k, c in sorted(t.items())}

        return {
            "_comment": "Written by `dragoman calibrate` from the development suite; do not edit by hand. "
                        "[emitted, matched] per signature, lexicon entry and type.",
            "measured": self.measured,
            "measured_on": self.measured_on,
            "smoothing": self.smoothing,
            "overall": [self.overall.emitted, self.overall.matched],
            "by_type": table(self.by_type),
            "by_entry": table(self.by_entry),
            "by_signature": table(self.by_signature),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Calibration":
        def table(t: dict) -> dict[str, Counts]:
            return {k: Counts(int(v[0]), int(v[1])) for k, v in (t or {}).items()}

        o = data.get("overall") or [0, 0]
        return cls(
            overall=Counts(int(o[0]), int(o[1])),
            by_type=table(data.get("by_type")),
            by_entry=table(data.get("by_entry")),
            by_signature=table(data.get("by_signature")),
            measured_on=list(data.get("measured_on") or []),
            measured=str(data.get("measured") or ""),
            smoothing=float(data.get("smoothing") or SMOOTHING),
        )

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> "Calibration":
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Calibration":
        path = default_path()
        return cls.load(path) if path.is_file() else cls()


def default_path() -> Path:
    return Path(data_path(*CALIBRATION_FILE))


def calibrate_events(events: list, calibration: Optional[Calibration] = None) -> list:
    """Set each event's confidence from the calibration (the events stage's last step)."""
    cal = calibration or Calibration.default()
    for ev in events:
        ev.confidence = cal.confidence(ev.type, ev.rule)
    return events


def reliability(predictions_and_hits: list[tuple[dict, bool]], thresholds=(0.3, 0.5, 0.6, 0.7, 0.8, 0.9)) -> list[tuple[float, int, Optional[float]]]:
    """(threshold, events kept, their precision) for events with confidence >= threshold."""
    out = []
    for t in thresholds:
        kept = [hit for pred, hit in predictions_and_hits if (pred.get("confidence") or 0.0) >= t]
        out.append((t, len(kept), sum(kept) / len(kept) if kept else None))
    return out
