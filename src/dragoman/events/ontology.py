"""The PLOVER ontology, read from ``data/ontology/plover.yaml``.

Each of the 16 types carries its quad class, CAMEO root codes, a default CAMEO code
and a Goldstein-style intensity; modes may refine CAMEO code and intensity.

``data/ontology/cameo_plover.csv`` (beside the YAML) places every CAMEO code in a
PLOVER type and mode, following PLOVER's own crosswalk (CAMEO2PLOVER-2021) except where
the YAML's modes place a code elsewhere; codes PLOVER does not code (most 01x public
statements) have no type. :meth:`Ontology.plover_of` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import csv
from pathlib import Path

import yaml

from dragoman.data_files import data_path

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class EventMode:
    name: str
    cameo: Optional[str] = None
    intensity: Optional[float] = None


@dataclass(frozen=True)
class EventType:
    name: str
    definition: str
    quad_class: int
    cameo: str
    cameo_roots: tuple[str, ...]
    intensity: float
    modes: dict[str, EventMode] = field(default_factory=dict)


@dataclass(frozen=True)
class CameoPlacement:
    """Where one CAMEO code falls in PLOVER: ``type`` is None for codes PLOVER does not
    code as events; ``basis`` says why ("crosswalk", "project" or "none")."""

    cameo: str
    name: str
    type: Optional[str]
    mode: Optional[str]
    basis: str


CROSSWALK_FILE = "cameo_plover.csv"


class Ontology:
    def __init__(self, types: dict[str, EventType], crosswalk: dict[str, CameoPlacement] | None = None):
        self.types = types
        self.crosswalk = crosswalk or {}

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Ontology":
        return cls.from_file(str(data_path("ontology", "plover.yaml")))

    @classmethod
    def from_file(cls, path: str) -> "Ontology":
        with open(path, encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
        if isinstance(raw, dict) and "types" in raw:
            raw = raw["types"]
        items = raw.items() if isinstance(raw, dict) else ((t["name"], t) for t in raw)
        types: dict[str, EventType] = {}
        for name, spec in items:
            name = str(name).upper()
            modes_raw = spec.get("modes") or {}
            if isinstance(modes_raw, list):
                modes_raw = {
                    (m["name"] if isinstance(m, dict) else str(m)): (m if isinstance(m, dict) else {}) for m in modes_raw
                }
            modes = {
                str(m): EventMode(str(m), _code(v.get("cameo")) if v else None, _float(v.get("intensity")) if v else None)
                for m, v in modes_raw.items()
            }
            roots = tuple(_code(r) for r in (spec.get("cameo_roots") or [spec.get("cameo_root")]) if r is not None)
            types[name] = EventType(
                name=name,
                definition=str(spec.get("definition", "")).strip(),
                quad_class=int(spec["quad_class"]),
                cameo=_code(spec.get("cameo") or spec.get("cameo_root") or (roots[0] if roots else "")),
                cameo_roots=roots,
                intensity=float(spec.get("intensity", 0.0)),
                modes=modes,
            )
        side = Path(path).with_name(CROSSWALK_FILE)
        return cls(types, read_crosswalk(side) if side.exists() else None)

    def __contains__(self, name: str) -> bool:
        return name in self.types

    def cameo(self, type_: str, mode: str | None = None, override: str | None = None) -> str:
        if override:
            return override
        t = self.types[type_]
        if mode and mode in t.modes and t.modes[mode].cameo:
            return t.modes[mode].cameo  # type: ignore[return-value]
        return t.cameo

    def intensity(self, type_: str, mode: str | None = None) -> float:
        t = self.types[type_]
        if mode and mode in t.modes and t.modes[mode].intensity is not None:
            return t.modes[mode].intensity  # type: ignore[return-value]
        return t.intensity

    def quad_class(self, type_: str) -> int:
        return self.types[type_].quad_class

    def plover_of(self, cameo: str) -> Optional[tuple[str, Optional[str]]]:
        """The (type, mode) a CAMEO code falls in, or None when the code is unknown or
        PLOVER codes no event for it."""
        placement = self.crosswalk.get(_code(cameo))
        if placement is None or placement.type is None:
            return None
        return placement.type, placement.mode


def read_crosswalk(path: str | Path) -> dict[str, CameoPlacement]:
    """Read the CAMEO -> PLOVER table (columns cameo, name, type, mode, basis, note)."""
    out: dict[str, CameoPlacement] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = (row.get("cameo") or "").strip()
            if not code:
                continue
            out[code] = CameoPlacement(
                cameo=code,
                name=(row.get("name") or "").strip(),
                type=(row.get("type") or "").strip().upper() or None,
                mode=(row.get("mode") or "").strip() or None,
                basis=(row.get("basis") or "").strip(),
            )
    return out


def _code(value) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return text.zfill(2) if text.isdigit() and len(text) < 2 else text


def _float(value) -> Optional[float]:
    return None if value is None else float(value)
