"""The trigger lexicon, read from ``data/lexicons/triggers.csv`` and its compiled sources.

One row is one way a word signals an event type: a verb or noun lemma, optionally
constrained by a required object lemma (light verbs: "hold talks", "impose
sanctions"), a particle ("cut off"), and describing where its target sits
(``target_prep``) and its argument frame (``complement``).

The default lexicon merges several sources (:data:`SOURCES`), in order of precedence:
the hand-written ``triggers.csv`` first, then ``triggers_petrarch.csv`` compiled from
PETRARCH2's CAMEO verb dictionary (:mod:`dragoman.events.petrarch_import`). Every entry
records its ``source``; a compiled entry is tried only where no hand-written entry for
the same word fits, and the rule an event names says which lexicon its trigger came
from (``lexicon:...`` or ``lexicon-petrarch:...``).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from dragoman.data_files import data_path

HAND_SOURCE = "hand"
# (source name, file under data/lexicons), highest precedence first
SOURCES: tuple[tuple[str, str], ...] = (
    (HAND_SOURCE, "triggers.csv"),
    ("petrarch", "triggers_petrarch.csv"),
)


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str  # VERB, NOUN or ADJ (a predicative adjective: "critical of X")
    type: str
    mode: str | None
    cameo: str | None
    objects: tuple[str, ...]
    particle: str | None
    target_preps: tuple[str, ...]
    complement: str | None
    confidence: float
    row: int
    source: str = HAND_SOURCE
    priority: int = 0  # lower is tried first: the order of the source in SOURCES

    @property
    def key(self) -> str:
        """A readable id of the entry, used as the rule that fired; it names the lexicon
        the entry came from."""
        parts = [self.lemma]
        if self.particle:
            parts.append(self.particle)
        if self.objects:
            parts.append("+" + "|".join(self.objects))
        prefix = "lexicon" if self.source == HAND_SOURCE else f"lexicon-{self.source}"
        return f"{prefix}:{self.pos.lower()}:{' '.join(parts)}->{self.type}"

    @property
    def specificity(self) -> int:
        return (2 if self.objects else 0) + (1 if self.particle else 0)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip().lower() for p in (cell or "").split("|") if p.strip())


class TriggerLexicon:
    def __init__(self, entries: list[TriggerEntry]):
        self.entries = entries
        self._by_lemma: dict[tuple[str, str], list[TriggerEntry]] = defaultdict(list)
        self.object_lemmas: set[str] = set()
        for entry in entries:
            self._by_lemma[(entry.lemma, entry.pos)].append(entry)
            self.object_lemmas.update(entry.objects)
        for bucket in self._by_lemma.values():
            # a source of higher precedence first; within a source the most specific
            bucket.sort(key=lambda e: (e.priority, -e.specificity, -e.confidence))

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "TriggerLexicon":
        """The packaged sources merged (:data:`SOURCES`); a compiled source that is not
        there is left out."""
        entries: list[TriggerEntry] = []
        for priority, (source, name) in enumerate(SOURCES):
            path = data_path("lexicons", name)
            if source == HAND_SOURCE or path.exists():
                entries.extend(cls.from_file(str(path), source=source, priority=priority).entries)
        return cls(entries)

    @classmethod
    def from_file(cls, path: str, source: str = HAND_SOURCE, priority: int = 0) -> "TriggerLexicon":
        """Read one lexicon file; its entries carry ``source`` and ``priority``."""
        entries = []
        with open(path, encoding="utf-8", newline="") as fh:
            for row_no, row in enumerate(csv.DictReader(fh), start=2):
                lemma = (row.get("lemma") or "").strip().lower()
                if not lemma or lemma.startswith("#"):
                    continue
                try:
                    confidence = float(row.get("confidence") or 0.6)
                except ValueError:
                    confidence = 0.6
                entries.append(
                    TriggerEntry(
                        lemma=lemma,
                        pos=(row.get("pos") or "VERB").strip().upper(),
                        type=(row.get("type") or "").strip().upper(),
                        mode=(row.get("mode") or "").strip() or None,
                        cameo=(row.get("cameo") or "").strip() or None,
                        objects=_split(row.get("object")),
                        particle=(row.get("particle") or "").strip().lower() or None,
                        target_preps=_split(row.get("target_prep")),
                        complement=(row.get("complement") or "").strip() or None,
                        confidence=confidence,
                        row=row_no,
                        source=source,
                        priority=priority,
                    )
                )
        return cls(entries)

    def candidates(self, lemma: str, pos: str) -> list[TriggerEntry]:
        return self._by_lemma.get((lemma.lower(), pos), [])
