"""The doer of the act a refusal answers in the same sentence: "X did Y, but Z rejected it".

A refusal often names what it refuses only by a pronoun or a definite noun that takes up
the clause before it: "Pakistan offered talks, but India rejected the offer", "the
assembly voted to extend the mandate, but regional leaders rejected this", "Israel
proposed a truce, and Hamas rejected it". What is rejected is the first clause's act,
so whom the refusal answers is that clause's doer: REJECT Z -> X, rule
``rejected-antecedent-act``. Only for a refusal verb coordinated after a clause with a
subject the actor rules read, whose object is "it", "this", "that" or a definite noun
with no owner and no party of its own, and only when the refusal names no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.candidate import same_actor
from dragoman.events.syntax import OBJECT_DEPS, SUBJECT_DEPS
from dragoman.models import Actor

#: pronouns that take up the act of the clause before
ANAPHORIC_OBJECTS = {"it", "this", "that"}
#: determiners of a noun that takes up the act of the clause before
TAKING_UP_DETERMINERS = {"the", "this", "that"}
#: types whose target may be the doer of the act taken up
ANSWERING_TYPES = {"REJECT"}


def takes_up_an_act(obj: Token, lookup) -> bool:
    """An object that names no party and only takes up an act told before: "it", "this",
    "that", or a definite noun with no owner ("the offer", "the move")."""
    if obj.lower_ in ANAPHORIC_OBJECTS and obj.pos_ == "PRON" or obj.lower_ in ("this", "that") and obj.dep_ in OBJECT_DEPS:
        return True
    if obj.pos_ != "NOUN" or any(c.dep_ == "poss" for c in obj.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ in TAKING_UP_DETERMINERS for c in obj.children):
        return False
    return not any(lookup.at(t.i) is not None for t in obj.subtree)


def rejected_antecedent_doers(entry, verb: Token, sources, ctx, read) -> list[tuple[Actor, Token]]:
    """The doer of the clause a refusal verb is coordinated after, when the refusal's
    object takes that clause's act up (see the module); none otherwise."""
    if entry.type not in ANSWERING_TYPES or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if len(objects) != 1 or not takes_up_an_act(objects[0], ctx.lookup):
        return []
    first = verb.head
    doers = [a for c in first.children if c.dep_ in SUBJECT_DEPS for a in read(c)]
    return [(a, t) for a, t in doers if not any(same_actor(s, a) for s, _ in sources)]
