"""An attacked installation told by who is in it (session 9): "missiles fired at bases
hosting American troops", "an attack on a camp housing federal forces".

The forces a base is said to host are whom the attack is on: the attack targets them
(their state and sector), not the state whose soil the base is on. The participle that
says so describes the base; it is no act of hosting told as news (rule
``occupant-description``, a veto of the hosting row). Rule ``installation-occupant``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.installations import HIT_PREPS, installation_sector, installation_sectors
from dragoman.events.syntax import OBJECT_DEPS
from dragoman.models import Actor

#: verbs by which a noun phrase says who is stationed at an installation
OCCUPANT_VERBS = {"host", "house", "accommodate", "shelter"}
#: acts whose target an installation's occupants are
OCCUPIED_TYPES = {"ASSAULT", "THREATEN"}


def installation_of(noun: Token):
    """The sector of the installation a noun names; the parser's lemma of "bases" is
    "basis", so the plural's singular is read too."""
    sector = installation_sector(noun)
    if sector is None and noun.pos_ == "NOUN" and noun.lower_.endswith("es"):
        sector = installation_sectors().get(noun.lower_[:-2]) or installation_sectors().get(noun.lower_[:-1])
    return sector


def occupant_verb(noun: Token):
    """The participle after an installation noun that names who is stationed there ("a
    base hosting US troops", "the camp housing federal forces"), or None."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in OCCUPANT_VERBS and c.i > noun.i:
            return c
    return None


def _hit_nouns(trigger: Token) -> list[Token]:
    """The nouns a trigger acts on: its objects and what a hitting preposition under it
    or its objects names."""
    holders = [trigger] + [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    nouns = holders[1:]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in HIT_PREPS:
                nouns += [g for g in c.children if g.dep_ == "pobj"]
    return nouns


def installation_occupants(trigger: Token, ctx) -> list[tuple[Actor, Token]]:
    """The forces an installation the trigger hits is said to host, with their tokens;
    [] when it hits no installation or none is told to host anyone."""
    for noun in _hit_nouns(trigger):
        if not installation_of(noun):
            continue
        verb = occupant_verb(noun)
        if verb is None:
            continue
        out: list[tuple[Actor, Token]] = []
        for obj in verb.children:
            if obj.dep_ in OBJECT_DEPS:
                out += [(a.model_copy(update={"rule": (a.rule or "") + "+installation-occupant"}), t)
                        for a, t in ctx.actors(obj) if a.country or a.name]
        if out:
            return out
    return []


def occupant_description(extractor, entry, tok: Token) -> bool:
    """"Bases hosting American troops": a participle after an installation noun says who
    is stationed there; it is no act of hosting (the COOPERATE row of "host troops")."""
    return entry.type == "COOPERATE" and tok.lemma_.lower() in OCCUPANT_VERBS and tok.dep_ in ("acl",) \
        and tok.head.pos_ == "NOUN" and installation_of(tok.head) is not None
