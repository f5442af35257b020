"""Officials and short mentions named by the organ of state they speak for: "ministry
spokesman Geng Shuang", "the ministry said".

A mention that has a sector but no state and names an organ of government in its own
words ("ministry spokesman X", "the foreign ministry", "an embassy official") stands for
the organ of that name the story named last with its state ("China's foreign ministry
said ... ministry spokesman Geng Shuang told ..."), up to ``WINDOW`` sentences back: it
takes that state, keeping its own sector and name (rule ``organ-of-state``). A mention
with no such earlier organ is left as it is (the events stage may still give a bare role
the state of its sentence or story). Runs after coreference.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dragoman.actors.mentions import Candidate

#: nouns of an organ of government that a spokesman or a short mention speaks for
ORGAN_NOUNS = {"ministry", "embassy", "consulate", "department", "presidency", "chancellery", "kremlin"}
WINDOW = 6


def organ_words(c: Candidate, sdoc: Doc) -> set[str]:
    """The organ nouns among a mention's own words."""
    return {sdoc[t].lemma_.lower() for t in range(c.start, c.end)} & ORGAN_NOUNS


def code_organ_officials(cands: list[Candidate], sdoc: Doc, sent_of: list[int]) -> None:
    """Give each stateless mention that names an organ the state of the story's latest
    organ of that name (see the module)."""
    ordered = sorted(cands, key=lambda c: (c.start, c.end))
    for k, c in enumerate(ordered):
        if c.actor is None or c.actor.country or c.actor.sector not in ("GOV", None) or c.kind == "pronoun":
            continue
        words = organ_words(c, sdoc)
        if not words:
            continue
        si = sent_of[c.start]
        for p in reversed(ordered[:k]):
            if si - sent_of[p.start] > WINDOW:
                break
            if p.actor is None or not p.actor.country or p.kind == "pronoun" or not (organ_words(p, sdoc) & words):
                continue
            c.actor = c.actor.model_copy(update={"country": p.actor.country, "sector": c.actor.sector or "GOV",
                                                 "rule": (c.actor.rule or "") + "+organ-of-state"})
            c.info["antecedent"] = c.info.get("antecedent") or p
            break
