"""Breakaway, disputed and occupied entities, coded by one documented convention.

``kb/disputed_entities.csv`` maps each entity's names and demonyms to the state it is
coded as (Abkhazia and South Ossetia -> GEO, Transnistria -> MDA, Northern Cyprus ->
CYP, Somaliland -> SOM, Nagorno-Karabakh -> AZE, Gaza and the West Bank -> PSE, Western
Sahara -> ESH, the Donetsk and Luhansk People's Republics and Crimea -> UKR, the Golan
Heights -> SYR) with a note that says what the entity is; docs/actors.md gives the
reasons. The resolver reads a mention of one like a country name or demonym (rule
``disputed-entity``, the note in the actor's ``note``), before the knowledge base's own
readings of the same words.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from dragoman.actors.kb import norm
from dragoman.data_files import data_path

__all__ = ["DisputedEntity", "DisputedEntities", "load_disputed_entities"]


@dataclass(frozen=True)
class DisputedEntity:
    name: str
    country: str
    note: str
    source: str


class DisputedEntities:
    """Lookups by normalised name: ``entity(key)`` -> (entity, is_demonym) or None."""

    def __init__(self, rows: list[dict]) -> None:
        self._names: dict[str, DisputedEntity] = {}
        self._demonyms: dict[str, DisputedEntity] = {}
        for r in rows:
            e = DisputedEntity(r["name"].strip(), r["country"].strip(), r.get("note", "").strip(),
                               r.get("source", "").strip())
            for n in [e.name, *(r.get("aliases") or "").split("|")]:
                if n.strip():
                    self._names.setdefault(norm(n), e)
            for n in (r.get("demonyms") or "").split("|"):
                if n.strip():
                    self._demonyms.setdefault(norm(n), e)
        self.entities = sorted({e.name: e for e in [*self._names.values(), *self._demonyms.values()]}.values(),
                               key=lambda e: e.name)

    def entity(self, key: str) -> Optional[tuple[DisputedEntity, bool]]:
        """The entity a normalised phrase names, and whether the phrase is its demonym."""
        if key in self._names:
            return self._names[key], False
        if key in self._demonyms:
            return self._demonyms[key], True
        return None


@lru_cache(maxsize=1)
def load_disputed_entities() -> DisputedEntities:
    with open(data_path("kb", "disputed_entities.csv"), encoding="utf-8", newline="") as fh:
        return DisputedEntities(list(csv.DictReader(fh)))
