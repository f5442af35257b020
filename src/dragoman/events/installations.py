"""Installations as targets: an attack on a base, a camp or a police station.

Coding guide §3: an attack on a place whose victims go unnamed targets the state of that
place. An installation of armed forces or security services says more than a town: its
sector is that of the people who man it (``lexicons/installations.yaml``: a base, camp or
barracks is ``MIL``, a police station or checkpoint ``GOV``). The state is the one a
modifier names ("a Malian army base"), else the place the installation is in ("a base in
Kidal"), else the setting of the sentence or, failing that, the state the story is about
("the base was overrun", in a story about Nigeria's army). Rule ``installation-as-target``.
Civilians' property ("fishing boats", "homes", "farmland") is ``CIV`` and is held only by
the state a modifier names ("Palestinian fishing boats", "Ukrainian homes").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

import yaml
from spacy.tokens import Token

from dragoman.data_files import data_path
from dragoman.events.generic import place_country, with_country
from dragoman.models import Actor

#: prepositions under which an attack names what it hits ("an attack on a base")
HIT_PREPS = {"on", "at", "against", "upon", "into", "inside", "towards", "toward"}
#: sectors of property whose holder only a modifier names ("Palestinian fishing boats" are
#: Palestinians' property; "houses in Hebron" could be anyone's)
OWNED_BY_MODIFIER = {"CIV"}
#: prepositions under an installation that name where it is ("a base in Kidal")
WHERE_PREPS = {"in", "near", "at", "outside", "of"}


@lru_cache(maxsize=1)
def installation_sectors() -> dict[str, str]:
    """Noun lemma or "modifier lemma" phrase -> sector."""
    data = yaml.safe_load(data_path("lexicons", "installations.yaml").read_text(encoding="utf-8")) or {}
    return {str(noun).lower(): sector for sector, nouns in data.items() for noun in nouns or []}


def installation_sector(tok: Token) -> Optional[str]:
    """The sector of the installation a noun names, the longer phrase first."""
    table = installation_sectors()
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and f"{c.lemma_.lower()} {lemma}" in table:
            return table[f"{c.lemma_.lower()} {lemma}"]
    for c in tok.children:
        # "police training academy": the modifier of a modifier says whose ("police ... academy")
        for g in c.children if c.dep_ == "compound" else ():
            if g.dep_ in ("compound", "amod") and f"{g.lemma_.lower()} {lemma}" in table:
                return table[f"{g.lemma_.lower()} {lemma}"]
    return table.get(lemma) if tok.pos_ == "NOUN" else None


def hit_installations(holders: list[Token]) -> list[Token]:
    """Installation nouns a trigger acts on: the objects among ``holders`` (the trigger
    first, then its objects), and what a hitting preposition under them names."""
    found: list[Token] = []
    for h in holders[1:]:
        if installation_sector(h):
            found.append(h)
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in HIT_PREPS:
                found += [g for g in c.children if g.dep_ == "pobj" and installation_sector(g)]
    return found


def installation_target(holders: list[Token], ctx, place_state: Callable[[Token, object], Optional[Actor]]
                        ) -> list[tuple[Actor, Token]]:
    """The state and sector of the first installation the trigger hits, or []."""
    for tok in hit_installations(holders):
        sector = installation_sector(tok)
        holder = installation_holder(tok, ctx)
        if holder is not None:
            return [(holder.model_copy(update={"rule": (holder.rule or "") + "+installation-holder"}), tok)]
        country = None
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod"):
                m = ctx.lookup.at(c.i)
                if m and m.actor and m.actor.country:
                    country = m.actor.country
        if country is None and sector in OWNED_BY_MODIFIER:
            continue  # "shelled houses in Kharkiv": the place's own reading stands
        if country is None:
            country = _where(tok, ctx, place_state)
        actor = Actor(country=country, sector=sector, rule="installation-as-target")
        if country is None:
            actor = with_country(actor, ctx.sent, getattr(ctx, "story", None))
        if actor.country is not None:
            return [(actor, tok)]
    return []


def installation_holder(tok: Token, ctx) -> Optional[Actor]:
    """The party an installation is said to be held by, when a modifier or "of" names one
    that is more than a state ("IS positions", "the rebels' camp", "the positions of the
    separatist forces"): the attack is on that party, whatever sector mans such places
    elsewhere. A bare state or demonym ("Azerbaijani positions") gives only a country."""
    parts = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    parts += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for c in parts:
        m = ctx.lookup.at(c.i)
        if m and m.actor and (m.actor.name or m.actor.sector) and (m.actor.country or m.actor.name):
            return m.actor
    return None


def _where(tok: Token, ctx, place_state) -> Optional[str]:
    """The state of the place an installation is said to be in ("a base in Kidal", "a
    camp near the town of Gao": a town the NER took for a person counts here too)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in WHERE_PREPS:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                state = place_state(g, ctx)
                if state is not None:
                    return state.country
                for ent in tok.doc.ents:
                    if ent.start >= g.left_edge.i and ent.end <= g.right_edge.i + 1 \
                            and ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON"):
                        country = place_country(ent.text)
                        if country:
                            return country
    return None


def manned_installation(found: list[tuple[Actor, Token]], tok: Token) -> list[tuple[Actor, Token]]:
    """The actors a phrase gives, where the phrase is an installation its modifier gives
    only a state for ("at Azerbaijani positions", "towards a Malian army base"): that
    state with the sector of those who man it (rule ``+installation``)."""
    sector = installation_sector(tok) if found else None
    if sector is None:
        return found
    return [(a.model_copy(update={"sector": sector, "rule": (a.rule or "") + "+installation"})
             if a.country and a.sector is None and a.name is None else a, t) for a, t in found]
