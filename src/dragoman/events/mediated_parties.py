"""The parties of a mediation: "Qatar and Egypt have been monitoring a truce that ended
the fighting between Israel and Hamas", "Kuwait has been mediating the Gulf row".

A mediator's act (a lexicon row of mode ``mediate``: mediate, broker, facilitate,
monitor or oversee a ceasefire or deal) whose own prepositions name no party is a
``CONSULT`` of the mediator with each party of what it mediates (rule
``mediated-parties``):
- the two parties a "between / among" phrase names anywhere inside its object ("a
  ceasefire deal ... that raised hopes of an end to the war between X and Y");
- else, when its object is a dispute or an agreement that names no party ("the row",
  "the dispute", "the truce"), the two states the story is about, when the mediator is
  neither of them.
Coordinated mediators ("Saudi Arabia and the United States") each meet each party; they
are not each other's counterparts. A host of talks (rows of mode ``host``) meets the
parties a "between" phrase inside its object or passive subject names ("the talks
between Ethiopia and Egypt were hosted by Sudan"), never the story's.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.syntax import OBJECT_DEPS
from dragoman.models import Actor

#: the mode of the lexicon rows of a mediator's act
MEDIATION_MODE = "mediate"
#: the mode of the rows of hosted talks, whose parties are read only where they are named
HOSTING_MODE = "host"
BETWEEN_PREPS = {"between", "among"}
#: objects that name a dispute or an agreement whose parties the story gives
MEDIATED_NOUNS = {"row", "dispute", "conflict", "crisis", "feud", "standoff", "rift", "quarrel", "spat",
                  "ceasefire", "truce", "deal", "agreement", "accord", "talk", "negotiation", "dialogue"}


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in OBJECT_DEPS + ("nsubjpass",)]


def named_in(phrase: Token, ctx) -> list[tuple[Actor, Token]]:
    """The distinct actors the mentions inside a phrase name, in order."""
    out: list[tuple[Actor, Token]] = []
    for t in phrase.subtree:
        m = ctx.lookup.at(t.i)
        if m is not None and m.actor is not None and all(m.actor.key() != a.key() for a, _ in out):
            out.append((m.actor, t))
    return out


def between_parties(verb: Token, ctx, place_actor) -> list[tuple[Actor, Token]]:
    """The parties of the first "between / among" phrase inside the verb's object that
    names two of them."""
    for obj in _objects(verb):
        for t in obj.subtree:
            if t.dep_ == "prep" and t.lower_ in BETWEEN_PREPS:
                for g in t.children:
                    if g.dep_ == "pobj":
                        parties = ctx.parties(g, place_actor)
                        if len(parties) < 2:
                            parties = ctx.actors(g, place_actor)
                        if len(parties) < 2:  # a list the parser broke ("the army and the rival paramilitary RSF")
                            parties = named_in(g, ctx)
                        if len(parties) >= 2:
                            return parties
    return []


def story_parties(verb: Token, sources, ctx) -> list[tuple[Actor, Token]]:
    """The story's two states, for a mediated dispute or agreement that names no party,
    when no mediator is one of them."""
    if not any(o.lemma_.lower() in MEDIATED_NOUNS and not any(ctx.lookup.at(t.i) for t in o.subtree if t.i != o.i)
               for o in _objects(verb)):
        return []
    dyad = list(getattr(ctx, "story_dyad", []) or [])
    if len(dyad) != 2 or ctx.story is None:
        return []
    mediators = {a.country for a, _ in sources}
    if mediators & {p.country for p in dyad}:
        return []
    out = []
    for party in dyad:
        i = ctx.story.latest_mention(party.country)
        if i is None:
            return []
        out.append((Actor(country=party.country, rule="mediated-story-party"), ctx.sent.doc[i]))
    return out


def mediated_parties(entry, verb: Token, sources, ctx, place_actor) -> list[tuple[Actor, Token]]:
    """The parties a mediator meets, when its own prepositions name none (see the
    module); none for an act that is no mediation."""
    if entry.pos != "VERB" or not sources:
        return []
    if entry.mode == HOSTING_MODE:  # "the talks between X and Y were hosted by Z": named parties only
        return between_parties(verb, ctx, place_actor)
    if entry.mode != MEDIATION_MODE:
        return []
    return between_parties(verb, ctx, place_actor) or story_parties(verb, sources, ctx)
