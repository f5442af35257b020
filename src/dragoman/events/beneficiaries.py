"""Whom a backing is for, when what it backs is a thing (session 9): "X's support for
observer status for Y", "X's backing for a permanent seat for Y", "aid for the
reconstruction of Y". The thing backed names no actor; the party it is for or of does.
Rule ``beneficiary-of-object``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.models import Actor

#: acts done for a beneficiary
BENEFIT_TYPES = {"SUPPORT", "AID"}
#: prepositions of the act that name what it backs ("support for", "backing of")
BACKED_PREPS = {"for", "of", "to"}
#: prepositions under the thing backed that name whom it is for
BENEFICIARY_PREPS = {"for", "of", "to"}


def beneficiary_of_object(noun: Token, ctx, place_actor=None) -> list[tuple[Actor, Token]]:
    """The actor a backed thing is for: under the act's "for/of" object (a noun that names
    no actor itself), the first "for/of/to" phrase that names one; [] otherwise."""
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ not in BACKED_PREPS:
            continue
        for thing in c.children:
            if thing.dep_ != "pobj" or thing.pos_ != "NOUN" or ctx.actors(thing, place_actor):
                continue
            for p in thing.children:
                if p.dep_ == "prep" and p.lower_ in BENEFICIARY_PREPS:
                    found = [(a.model_copy(update={"rule": (a.rule or "") + "+beneficiary"}), t)
                             for g in p.children if g.dep_ == "pobj" for a, t in ctx.actors(g, place_actor)]
                    if found:
                        return found
    return []
