"""A candidate event (an event before the conflict policy settles it) and the comparisons
of its two actors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Token

from dragoman.events.lexicon import TriggerEntry
from dragoman.models import Actor


@dataclass
class Candidate:
    type: str
    entry: TriggerEntry
    trigger: Token
    trigger_span: tuple[int, int]  # token range of the trigger words
    source: Actor
    source_tok: Token
    target: Optional[Actor]  # None: an act with no addressee (coding guide §1)
    target_tok: Optional[Token]
    modality: str
    modality_cue: str
    confidence: float
    quote: Optional[str] = None
    quote_speaker: Optional[str] = None
    rules: list[str] = field(default_factory=list)


NON_STATE_ARMED = {"INS", "REB", "TER", "CRM"}


def is_person(a: Actor) -> bool:
    return bool(a.kb_id and a.kb_id.startswith("person:"))


def actor_key(a: Optional[Actor]) -> tuple:
    """The identity of an actor in an event's key; an absent target is ``()``."""
    return a.key() if a is not None else ()


def same_actor(a: Actor, b: Actor) -> bool:
    if a.name and b.name:
        return a.name == b.name
    return a.country == b.country and a.sector == b.sector and a.name == b.name


STATE_SECTORS = {None, "GOV", "MIL", "SPY", "LEG", "JUD"}


def within_one_state(a: Actor, b: Actor) -> bool:
    """Two organs of the same state: domestic business, not an interaction between actors
    of international relations (a state against its insurgents or public still counts)."""
    return bool(a.country) and a.country == b.country and _organ(a) and _organ(b)


def _organ(actor: Actor) -> bool:
    """An actor that may be an organ of its state: a state sector, or the state itself; a
    name the knowledge base does not know, of no known sector, placed in a state by where
    it acts ("CCC members", "SSPDF") is not taken for one."""
    if actor.name and actor.sector is None and actor.kb_id is None:
        return False
    return actor.sector in STATE_SECTORS


def actor_label(actor: Actor) -> str:
    return actor.name or " ".join(x for x in (actor.country, actor.sector) if x) or "unknown"


#: acts one unnamed group may do to another of the same kind ("a mob lynched a man")
GROUP_ON_GROUP_TYPES = {"ASSAULT", "COERCE"}


def two_unnamed_groups(type_: str, source: Actor, source_tok, target: Actor, target_tok) -> bool:
    """Two unnamed actors of one state and sector named by different words are two
    parties, not one: "a mob lynched a man", "gunmen killed two militiamen", "residents
    detained a thief" (civilians, armed men, ...; organs of a state are
    ``within_one_state``)."""
    return (type_ in GROUP_ON_GROUP_TYPES and source.name is None and target.name is None
            and source.sector not in STATE_SECTORS and target_tok is not None
            and source_tok.i != target_tok.i)


def noun_act_pairs(type_: str, entry: TriggerEntry, noun: Token, sources: list, targets: list, modality: str,
                   cue: str, confidence: float, rule: str, rules: list[str]) -> list[Candidate]:
    """The candidates of an act told by one noun: every (source, target) pair of two
    actors who are neither the same nor organs of one state, the named rule first."""
    return [Candidate(type=type_, entry=entry, trigger=noun, trigger_span=(noun.i, noun.i + 1),
                      source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                      modality=modality, modality_cue=cue, confidence=confidence,
                      rules=[rule] + [r for r in rules if r != rule])
            for s_actor, s_tok in sources for t_actor, t_tok in targets
            if t_actor is not None and not same_actor(s_actor, t_actor) and not within_one_state(s_actor, t_actor)]
