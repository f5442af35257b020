"""Bare demonyms that the text makes actors of a sector.

A demonym found alone ("Ukrainian", "Palestinian") gives a country and no sector. Two
constructions say more, and :func:`code_bare_demonyms` reads them:

- **a shared head noun** (rule ``demonym-shared-noun``): demonyms coordinated before one
  noun share it, so "clashes between Ukrainian and Russian forces" has Ukrainian forces
  (``UKR/MIL``) as well as Russian ones, and "Israeli and Palestinian leaders" two
  governments. The demonym takes the sector of the coded mention that follows the
  conjunction; chains ("Kenyan, Ugandan and Tanzanian troops") are read right to left.
- **a demonym used as a noun for a person** (rule ``demonym-person``): with an
  indefinite article or a number ("a Palestinian was injured", "two Nigerians were
  abducted") it names private people, ``CIV``. A definite or bare plural ("the
  Israelis", "Palestinians say") may stand for a side or a government and stays
  without a sector; an apposition ("the family, a Canadian, ...") says who someone
  already named is, and is no actor of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["code_bare_demonyms"]

CONJUNCTIONS = {"and", "or", "&", ","}
INDEFINITE = {"a", "an", "another", "one"}
PERSON_SECTOR = "CIV"
SHARED = "demonym-shared-noun"
# the parts of a clause a noun phrase fills: a demonym there with nothing after it is a
# noun (not an apposition: "the family, a Canadian, ..." says who someone named already is)
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "ROOT"}


def _is_bare_demonym(c) -> bool:
    return c.kind == "demonym" and c.actor is not None and c.actor.rule == "demonym" \
        and c.actor.country is not None and c.actor.sector is None


def _shared_head_partner(sdoc: Doc, c, by_start: dict):
    """The coded mention after "and"/"or"/"," that a modifier demonym shares its noun with."""
    last = sdoc[c.end - 1]
    if last.pos_ == "NOUN" or last.tag_ in ("NNS", "NNPS"):
        return None  # "Ukrainians and Russian forces": the demonym is a noun of its own
    k = c.end
    steps = 0
    while k < len(sdoc) and sdoc[k].lower_ in CONJUNCTIONS and steps < 2:
        k += 1
        steps += 1
    if not steps:
        return None
    other = by_start.get(k)
    if other is None or other.actor is None or other.actor.sector is None or other.actor.country is None:
        return None
    if other.actor.country == c.actor.country:
        return None
    if other.end - other.start < 2 and other.actor.rule != SHARED:
        return None  # the partner is a demonym with its noun ("Russian forces") or shares one
    return other


def _names_a_person(sdoc: Doc, c) -> bool:
    """"a Palestinian", "two Nigerians": the demonym heads its noun phrase and is counted."""
    tok = sdoc[c.end - 1]
    if tok.dep_ not in ARGUMENT_DEPS:
        return False  # "Palestinian farmers", "Nigeria's": a modifier, not a person
    if c.end < len(sdoc) and sdoc[c.end].pos_ in ("NOUN", "PROPN"):
        return False  # "a Palestinian farmer": the noun after it is the actor
    return any(ch.lower_ in INDEFINITE or ch.dep_ == "nummod" for ch in tok.children if ch.i < tok.i)


def code_bare_demonyms(cands: list, sdoc: Doc) -> None:
    """Give bare demonym mentions the sector their construction says (module docstring)."""
    by_start = {c.start: c for c in cands if c.actor is not None}
    for c in sorted(cands, key=lambda c: -c.start):
        if not _is_bare_demonym(c):
            continue
        other = _shared_head_partner(sdoc, c, by_start)
        if other is not None:
            noun = other.actor.note.split(" ", 1)[-1] if other.actor.rule == SHARED \
                else sdoc[other.start + 1:other.end].text
            c.actor = c.actor.model_copy(update={
                "sector": other.actor.sector, "rule": SHARED,
                "note": f"{sdoc[c.start:c.end].text} {noun}"})
            continue
        if _names_a_person(sdoc, c):
            c.actor = c.actor.model_copy(update={
                "sector": PERSON_SECTOR, "rule": "demonym-person", "note": sdoc[c.start:c.end].text})
