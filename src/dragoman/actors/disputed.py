"""Breakaway, disputed and occupied entities, coded by one documented convention.

``kb/disputed_entities.csv`` maps each entity's names and demonyms to the state it is
coded as (Abkhazia and South Ossetia -> GEO, Transnistria -> MDA, Northern Cyprus ->
CYP, Somaliland -> SOM, Nagorno-Karabakh -> AZE, Gaza and the West Bank -> PSE, Western
Sahara -> ESH, the Donetsk and Luhansk People's Republics and Crimea -> UKR, the Golan
Heights -> SYR) with a note that says what the entity is; docs/actors.md gives the
reasons. The resolver reads a mention of one like a country name or demonym (rule
``disputed-entity``, the note in the actor's ``note``), before the knowledge base's own
readings of the same words.

A breakaway entity named as the holder of armed forces or their positions ("DPR
positions", "the positions of the DPR", "Sahrawi fighters") is its forces, not the state
it is coded as: ``lexicons/breakaway_forces.yaml`` names the knowledge base's
organisation that stands for them (rule ``disputed-entity-forces``, :func:`entity_forces`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import yaml
from spacy.tokens import Doc

from dragoman.actors.kb import KnowledgeBase, norm
from dragoman.data_files import data_path
from dragoman.models import Actor

__all__ = ["DisputedEntity", "DisputedEntities", "load_disputed_entities", "entity_forces"]

#: nouns for armed people or what they hold: "DPR positions", "the fighters of the LPR"
FORCE_NOUNS = {"position", "force", "troop", "fighter", "militia", "militiaman", "militiamen", "unit",
               "soldier", "serviceman", "servicemen", "army", "battalion", "brigade", "formation",
               "combatant", "trench", "stronghold", "outpost", "artillery"}


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


@lru_cache(maxsize=1)
def breakaway_forces() -> dict[str, str]:
    """Entity name -> organisation id of its armed forces (``lexicons/breakaway_forces.yaml``)."""
    data = yaml.safe_load(data_path("lexicons", "breakaway_forces.yaml").read_text(encoding="utf-8")) or {}
    return {str(name): str(row["org"]) for name, row in data.items()}


def entity_forces(entity: DisputedEntity, sdoc: Doc, i: int, j: int, kb: KnowledgeBase) -> Optional[Actor]:
    """The entity's armed forces when the mention ``sdoc[i:j]`` of it names whose forces or
    positions a noun speaks of, as a modifier ("DPR positions", "Sahrawi fighters") or
    under "of" ("the positions of the LPR"); None when it names the entity itself or the
    knowledge base holds no force for it."""
    org = kb.organisations.get(breakaway_forces().get(entity.name, ""))
    if org is None:
        return None
    root = sdoc[i:j].root
    held = None
    if root.dep_ in ("compound", "amod", "poss", "nmod"):
        held = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i:
        held = root.head.head
    if held is None or held.i == root.i or held.lemma_.lower() not in FORCE_NOUNS:
        return None
    return Actor(country=org.country, sector=org.sector, name=org.name, kb_id=org.id,
                 rule="disputed-entity-forces", note=f"{entity.name}: {entity.note}")
