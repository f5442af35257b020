"""Whom a withdrawal leaves: the state of the place withdrawn from.

"Russia withdrew its troops from Kherson", "the French army pulled out of Mali",
"Turkish forces retreated from the Syrian border town": a withdrawal that names no
party is addressed to the state of the place it leaves, when that is another state than
the withdrawing side's (rule ``withdrawn-from-place``; a town, not a state named, only
when its state is one the story or the sentence names). A withdrawal from no place
("pulled out of talks"), or from a place of the withdrawing side's own state, names no
addressee and is not coded.

A withdrawal from a fight names whom it leaves in the sentence that tells the fight:
"soldiers fought them for an hour before the terrorists withdrew", "Malian troops
clashed with jihadists until the jihadists retreated", "the Russian army pulled back as
Ukrainian forces advanced": with no place read as whom, the armed party of the other
camp that the sentence names (rule ``withdrawn-from-opponent``, ``withdrawal_opponents``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.candidate import NON_STATE_ARMED
from dragoman.events.generic import place_country, place_country_in
from dragoman.models import Actor

WITHDRAWAL_TYPES = {"RETREAT"}
#: nouns of a place named by "of X" ("the city of Kharkiv")
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "port", "capital", "area"}
#: prepositions of the place withdrawn from ("from X", "out of X")
LEFT_PREPS = {"from", "of"}
#: sectors of a state's armed side in a fight (police and other security services are GOV)
STATE_ARMED = {"MIL", "GOV"}


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


def _other_camp(source, other) -> bool:
    """``other`` fights on the other side from ``source``: a state's forces against
    non-state armed groups (in either direction), or the forces of two different states."""
    if source.sector in NON_STATE_ARMED:
        return other.sector in STATE_ARMED or (other.sector in NON_STATE_ARMED and other.name != source.name
                                               and other.name is not None and source.name is not None)
    if source.sector in STATE_ARMED:
        return other.sector in NON_STATE_ARMED or (
            other.sector == "MIL" and other.country is not None and other.country != source.country)
    return False


def withdrawal_opponents(tok: Token, sources, ctx) -> list[tuple[Actor, Token]]:
    """The armed party of the other camp that the sentence of a withdrawal names (the one
    the withdrawing side fought, clashed with or was attacked by), when the withdrawing
    side is an armed one; the first such party, else none."""
    armed = [a for a, _ in sources if a.sector in STATE_ARMED | NON_STATE_ARMED]
    if not armed or not stands_in_fight(ctx):
        return []
    source_toks = {t.i for _, t in sources}
    for m in ctx.sentence_mentions():
        a = m.actor
        if a is None or m.token_start is None or any(m.token_start <= i < m.token_end for i in source_toks):
            continue
        if a.sector is not None and all(_other_camp(s, a) for s in armed):
            return [(a.model_copy(update={"rule": "withdrawn-from-opponent"}), ctx.sent.doc[m.token_start])]
    return _story_opponent(armed, ctx)


#: how far back (tokens) a fight's unnamed enemy is looked for in the story
STORY_OPPONENT_WINDOW = 120


def _story_opponent(armed, ctx) -> list[tuple[Actor, Token]]:
    """"soldiers encircled by enemies ... have left the city": an enemy the sentence does
    not name is the latest armed party of the other camp the story named just before
    (``STORY_OPPONENT_WINDOW`` tokens), if any."""
    start = ctx.sent.start
    for i in range(start - 1, max(-1, start - 1 - STORY_OPPONENT_WINDOW), -1):
        m = ctx.lookup.at(i)
        if m is not None and m.actor.sector is not None and all(_other_camp(s, m.actor) for s in armed):
            return [(m.actor.model_copy(update={"rule": "withdrawn-from-opponent"}), ctx.sent.doc[i])]
    return []


#: words that tell a fight, an advance or a siege in the sentence of a withdrawal
FIGHT_LEMMAS = {"fight", "clash", "battle", "attack", "resist", "resistance", "advance", "encircle",
                "surround", "besiege", "push", "repel", "counterattack", "counteroffensive", "offensive",
                "assault", "fire", "shell", "bomb", "rout", "engage", "pursue", "chase", "ambush"}


def stands_in_fight(ctx) -> bool:
    """The sentence tells a fight, an advance or a siege (``FIGHT_LEMMAS``)."""
    return any(t.lemma_.lower() in FIGHT_LEMMAS for t in ctx.sent)
