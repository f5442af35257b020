"""Whom a withdrawal leaves: the state of the place withdrawn from.

"Russia withdrew its troops from Kherson", "the French army pulled out of Mali",
"Turkish forces retreated from the Syrian border town": a withdrawal that names no
party is addressed to the state of the place it leaves, when that is another state than
the withdrawing side's (rule ``withdrawn-from-place``; a town, not a state named, only
when its state is one the story or the sentence names). A withdrawal from no place
("pulled out of talks"), or from a place of the withdrawing side's own state, names no
addressee and is not coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.generic import place_country, place_country_in
from dragoman.models import Actor

WITHDRAWAL_TYPES = {"RETREAT"}
#: nouns of a place named by "of X" ("the city of Kharkiv")
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "port", "capital", "area"}
#: prepositions of the place withdrawn from ("from X", "out of X")
LEFT_PREPS = {"from", "of"}


def _left_places(tok: Token) -> list[Token]:
    """The objects of "from" / "out of" on the trigger or on its particle."""
    holders = [tok] + [c for c in tok.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"]
    out: list[Token] = []
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in LEFT_PREPS and (c.lower_ == "from" or h is not tok or any(
                    p.lower_ == "out" for p in tok.children)):
                for g in c.children:
                    if g.dep_ == "pobj":
                        out += [g] + list(g.conjuncts)
                        # "from the city of Kharkiv": the place the noun names
                        out += [p for q in g.children if q.dep_ == "prep" and q.lower_ == "of"
                                for p in q.children if p.dep_ == "pobj" and g.lemma_.lower() in PLACE_NOUNS]
    return out


def story_states(ctx) -> set:
    """The states the story names so far (its two main parties) and the sentence names."""
    out = {p.country for p in getattr(ctx, "parties_before", []) if p.country}
    return out | {m.actor.country for m in ctx.sentence_mentions() if m.actor is not None and m.actor.country}


def withdrawal_targets(extractor, tok: Token, sources, ctx) -> tuple[list[tuple[Actor, Token]], str]:
    """The addressee of a withdrawal with none named, and the rule that found it."""
    own = {a.country for a, _ in sources if a.country}
    for place in _left_places(tok):
        named = [a for a, _ in ctx.actors(place, extractor.place_actor) if a.country]
        if not named and place.pos_ == "PROPN" and place_country_in(place.text, sorted(own)):
            return [], ""  # a town of the withdrawing side's own state (a name two states share)
        state = named[0] if named else extractor._place_state(place, ctx, towns=True)
        if state is None and place.pos_ == "PROPN":
            # a town the NER did not tag as a place ("from Kherson")
            country = place_country(place.text)
            state = Actor(country=country, rule="place-as-target") if country else None
        if not named and state is not None and state.country not in story_states(ctx):
            return [], ""  # a town of a state the story does not name: not read as whom
        if state is not None and state.country and state.country not in own:
            return [(state.model_copy(update={"rule": "withdrawn-from-place"}), place)], "withdrawn-from-place"
        if state is not None:
            return [], ""  # leaving a place of its own state: no one named
    # a thing that is no place ("pulled out of talks"), or no place at all: no one named
    return [], ""
