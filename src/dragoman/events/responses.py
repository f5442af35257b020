"""An act that condemns, welcomes or answers another act targets that act's doer, also
when the doer is named in an earlier sentence (coding guide §3).

"North Korea fired a ballistic missile into the sea on Monday. Japan condemned the
launch." The condemnation's object names an act ("the launch"), not a party; the act is
the story's latest of that kind, North Korea's firing, so the condemnation is ``ACCUSE``
from Japan to North Korea (rule ``condemned-act-doer``).

The story keeps the acts its sentences told (``StoryActs``): trigger lemma, type and
source. An act noun that is itself a trigger of the lexicon ("the strike", "the deal")
looks for the latest act of its own type; a general act noun ("the launch", "the move",
"the decision") for the latest material act; never further back than ``LOOKBACK``
sentences, and never an act of the responder itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

from spacy.tokens import Token

from dragoman.events.candidate import STATE_SECTORS, within_one_state
from dragoman.models import Actor

#: acts that answer another act: condemn, welcome, reject, answer
RESPONSE_TYPES = {"ACCUSE", "SUPPORT", "REJECT"}
#: nouns that name an act without saying whose (a "general" act noun)
GENERAL_ACT_NOUNS = {"launch", "test", "move", "decision", "step", "action", "act", "incident", "measure",
                     "killing", "killings", "shooting", "bombing", "blast", "explosion", "firing", "operation",
                     "assault", "invasion", "incursion", "offensive", "crackdown", "escalation", "provocation",
                     "violence", "raid", "strike", "attack", "deal", "agreement", "accord", "announcement",
                     "aggression"}
MATERIAL_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID", "COOPERATE", "RETREAT", "CONCEDE", "AGREE"}
LOOKBACK = 6


def recent(rows: list[tuple], sentence: int, within: int) -> Iterator[tuple]:
    """The rows (each opening with its sentence index) told before ``sentence`` and no more
    than ``within`` sentences back, latest first."""
    for row in reversed(rows):
        if row[0] >= sentence:
            continue
        if sentence - row[0] > within:
            return
        yield row


@dataclass
class StoryActs:
    """The acts a story has told so far: (sentence, trigger lemma, type, source)."""

    acts: list[tuple[int, str, str, Actor]] = field(default_factory=list)
    #: the accusations told so far: (sentence, accuser, accused)
    accusations: list[tuple[int, Actor, Actor]] = field(default_factory=list)
    #: the acts told so far with their targets: (sentence, type, source, target or None)
    addressed: list[tuple[int, str, Actor, Optional[Actor]]] = field(default_factory=list)

    def add(self, sentence: int, lemma: str, type_: str, source: Actor, target: Optional[Actor] = None) -> None:
        self.acts.append((sentence, lemma, type_, source))
        self.addressed.append((sentence, type_, source, target))
        if type_ == "ACCUSE" and target is not None:
            self.accusations.append((sentence, source, target))

    def latest_of_type(self, sentence: int, type_: str) -> Optional[tuple[Actor, Actor]]:
        """The source and target of the latest act of ``type_`` with a target, told before
        ``sentence`` and no more than ``LOOKBACK`` sentences back."""
        for _, kind, source, target in recent(self.addressed, sentence, LOOKBACK):
            if kind == type_ and target is not None:
                return source, target
        return None

    def latest_attack(self, sentence: int, within: int, counts=lambda source: True) -> Optional[tuple[Actor, Optional[Actor]]]:
        """The source and target (or None) of the latest ASSAULT whose source ``counts``,
        told in one of the ``within`` sentences before ``sentence``, or None."""
        for _, kind, source, target in recent(self.addressed, sentence, within):
            if kind == "ASSAULT" and counts(source):
                return source, target
        return None

    def latest_accuser(self, sentence: int, accused: Actor) -> Optional[Actor]:
        """The actor of the latest accusation against ``accused`` (the same actor, or its
        state) told before ``sentence`` and no more than ``LOOKBACK`` sentences back."""
        for _, accuser, target in recent(self.accusations, sentence, LOOKBACK):
            if target.key() == accused.key() or (accused.country and target.country == accused.country
                                                 and accused.sector in STATE_SECTORS and target.sector in STATE_SECTORS):
                return accuser
        return None

    def latest_doer(self, sentence: int, noun_lemma: str, noun_type: Optional[str], responder: Actor) -> Optional[Actor]:
        for _, lemma, type_, source in recent(self.acts, sentence, LOOKBACK):
            if source.key() == responder.key() or within_one_state(source, responder):
                continue  # the responder's own act, or its own state's (not its insurgents')
            if lemma == noun_lemma or (noun_type and type_ == noun_type) or (noun_type is None and type_ in MATERIAL_TYPES):
                return source
        return None


#: prepositions under an act noun that name whom the act hits, not who did it
VICTIM_PREPS = {"on", "against", "of", "in", "at", "upon", "targeting", "near"}


def responded_act(tok: Token, lookup) -> Optional[Token]:
    """The object of a response that names an act and not its doer ("condemned the
    launch", "condemned the attack on Ukraine": the victim under a preposition is not
    the doer)."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN":
            hit = {t.i for p in c.children if p.dep_ == "prep" and p.lower_ in VICTIM_PREPS for t in p.subtree}
            if any(lookup.at(t.i) is not None for t in c.subtree if t.i not in hit):
                return None  # "condemned Pakistan's decision": the owner is named
            return c
    return None


def names_a_victim_only(tok: Token, lookup) -> bool:
    """Whether a response's object is an act whose phrase names only whom it hit ("the
    attack on Ukraine"): a target read from there would be the victim, not the doer."""
    obj = responded_act(tok, lookup)
    return obj is not None and any(lookup.at(t.i) is not None for t in obj.subtree)


def condemned_act_doer(extractor, entry, tok: Token, sources, ctx) -> list[tuple[Actor, Token]]:
    """The doer of the act a response's object names, from the story (see the module)."""
    if entry.type not in RESPONSE_TYPES or not sources or getattr(ctx, "story_acts", None) is None:
        return []
    obj = responded_act(tok, ctx.lookup)
    if obj is None:
        return []
    lemma = obj.lemma_.lower()
    own = [e.type for e in extractor.lexicon.candidates(lemma, "NOUN")]
    if not own and lemma not in GENERAL_ACT_NOUNS:
        return []
    doer = ctx.story_acts.latest_doer(ctx.index, lemma, own[0] if own else None, sources[0][0])
    if doer is None:
        return []
    return [(doer.model_copy(update={"rule": (doer.rule or "") + "+condemned-act-doer"}), obj)]


def victim_counterpart(extractor, entry, tok: Token, sources, ctx) -> list[tuple[Actor, Token]]:
    """A condemnation of an act that names only its victim ("condemned an assault on UK
    sovereignty") when the story told no doer: the other of the story's two states, when
    the victim is one of them ("Britain, the US and France condemned an assault on
    British sovereignty" in a Britain–Russia story accuses Russia; rule
    ``victim-counterpart``). Not when the story is about more than two states, nor for a
    victim outside its dyad."""
    if entry.type != "ACCUSE" or not sources or len(getattr(ctx, "story_dyad", []) or []) != 2:
        return []
    obj = responded_act(tok, ctx.lookup)
    if obj is None:
        return []
    lemma = obj.lemma_.lower()
    if lemma not in GENERAL_ACT_NOUNS and not any(
            e.type in MATERIAL_TYPES for e in extractor.lexicon.candidates(lemma, "NOUN")):
        return []
    victims = {m.actor.country for t in obj.subtree if t.i != obj.i
               for m in [ctx.lookup.at(t.i)] if m is not None and m.actor is not None and m.actor.country}
    dyad = {p.country for p in ctx.story_dyad}
    if len(victims) != 1 or not victims <= dyad:
        return []
    (other,) = dyad - victims
    i = ctx.story.latest_mention(other) if ctx.story is not None else None
    if i is None:
        return []
    return [(Actor(country=other, rule="victim-counterpart"), ctx.sent.doc[i])]
