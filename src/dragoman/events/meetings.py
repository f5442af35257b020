"""Whom a meeting attended abroad is with: the state that hosts it.

"The Emir of Qatar will attend the summit in Riyadh", "Ruto attended a summit meeting in
the town of Al Ula", "the talks in Doha that the Afghan delegation joined": a meeting,
summit or conference (``MEETING_NOUNS``) that a party attends or joins and that names
no other party is a consultation with the state where it is held, when that is another
state than the party's own (rule ``summit-host``; the host acts through its government).
A meeting at home, or in no place named, names no one and is not coded.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.generic import place_country
from dragoman.models import Actor

#: acts whose meeting place names the host
HOSTED_TYPES = {"CONSULT"}
#: nouns of a meeting held somewhere
MEETING_NOUNS = {"summit", "meeting", "conference", "talk", "session", "forum", "ceremony", "negotiation"}
#: nouns of a place named by "of X" ("the town of Al Ula")
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "port", "capital", "resort",
               "governorate", "area"}


def _meeting_noun(tok: Token) -> Optional[Token]:
    """The meeting noun of the trigger: the trigger itself, or its object ("attend the
    summit"; "attend summit meeting" too)."""
    if tok.lemma_.lower() in MEETING_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        return tok
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MEETING_NOUNS:
            return c
    return None


def _meeting_places(meeting: Token, verb: Token) -> list[Token]:
    """The places "in X" on the meeting noun or on the verb that attends it, with the
    place a place noun names ("in the town of X")."""
    out: list[Token] = []
    for holder in dict.fromkeys([meeting, verb]):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    if g.lemma_.lower() in PLACE_NOUNS:
                        out += [p for q in g.children if q.dep_ == "prep" and q.lower_ == "of"
                                for p in q.children if p.dep_ == "pobj"]
                    out.append(g)
    return out


def summit_host(extractor, tok: Token, sources, ctx) -> list[tuple[Actor, Token]]:
    """The host state of a meeting attended abroad (see the module), or none."""
    meeting = _meeting_noun(tok)
    if meeting is None:
        return []
    own = {a.country for a, _ in sources if a.country}
    if not own:
        return []
    for place in _meeting_places(meeting, tok if meeting is not tok else meeting.head):
        state = extractor._place_state(place, ctx, towns=True)
        if state is None and place.pos_ == "PROPN" and ctx.lookup.at(place.i) is None:
            # a town the NER did not tag as a place ("the town of Al Ula")
            name = " ".join(t.text for t in place.subtree if t.dep_ in ("compound", "flat") or t.i == place.i)
            country = place_country(name)
            state = Actor(country=country) if country else None
        if state is None:
            continue
        if state.country and state.country not in own:
            return [(Actor(country=state.country, sector="GOV", kb_id=state.kb_id, rule="summit-host"), place)]
        return []  # a meeting at home
    return []
