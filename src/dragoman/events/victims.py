"""Victims the actor rules leave unread: the subject of a passive verb of harm done to a
person.

Incident reports tell a killing by its victim in words no role list can hold: "a rancher
was killed near Tulua", "two cattle traders were shot dead", "a moneylender was
abducted". Coding guide §3: unnamed and generic actors keep the country the text gives
them, by the place where they act; a victim named only by trade, kin or situation is one
of the public. The subject of a passive verb whose harm is only ever done to a person
(``PERSON_HARM_LEMMAS``: one kills, stabs or abducts someone, while a convoy can be
"attacked" and a truck "shot at") that is a common noun no actor rule reads is then the
public of the place's state, ``country/CIV`` (rule ``unread-victim``). Its doer is the
unstated perpetrator (``perpetrator.py``) or the agent the sentence names. So too the
object of such a verb in the active ("JNIM militants abducted a marabout", "gunmen
killed a herder"): a person no role list holds is one of the public.

Not for a name, a pronoun or a noun the actor rules read (they give its sector: "two
policemen were killed" stays ``GOV``), nor where no place (else story) of one state is
known.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS
from dragoman.models import Actor

#: verbs of harm whose passive subject is always a person (or people)
PERSON_HARM_LEMMAS = {
    "kill", "stab", "wound", "injure", "abduct", "kidnap", "behead", "lynch", "murder", "assassinate", "torture",
    "decapitate", "strangle", "mutilate", "rape",
}


#: verbs of harm that tell a killing, so harm to a person, with a result "dead" or "to
#: death" ("was shot dead", "were beaten to death", "was gunned down")
KILLING_WITH_RESULT = {"shoot", "beat", "hack", "burn", "gun", "stone", "club"}


def harms_a_person(verb: Token) -> bool:
    """Whether the verb tells harm only ever done to a person: a ``PERSON_HARM_LEMMAS``
    verb, or a ``KILLING_WITH_RESULT`` verb with its result ("shot dead", "beaten to
    death", "gunned down")."""
    lemma = verb.lemma_.lower()
    if lemma in PERSON_HARM_LEMMAS:
        return True
    if lemma not in KILLING_WITH_RESULT:
        return False
    for c in verb.children:
        if c.lower_ == "dead" or (lemma == "gun" and c.lower_ == "down"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def passive_victim(verb: Token) -> Optional[Token]:
    """The passive subject of a verb of harm done to a person ("a rancher was killed"),
    also of a verb coordinated under one that has it and no subject of its own ("was
    shot and killed"), or None."""
    if verb.pos_ != "VERB" or not harms_a_person(verb):
        return None
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        subjects = [c for c in v.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if any(c.dep_ in SUBJECT_DEPS for c in v.children):
            return None  # an active clause: its subject is the doer
    return None


def object_victim(verb: Token) -> Optional[Token]:
    """The direct object of an active verb of harm done to a person ("gunmen abducted a
    marabout", "militants killed a herder"), also the object a coordinated verb shares
    with it ("shot and killed a trader"), or None. Only with a subject of its own (or of
    the verb it is coordinated with): the doer is named, the victim is the object."""
    if verb.pos_ != "VERB" or any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return None
    for v in [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]:
        objects = [c for c in v.children if c.dep_ == "dobj"]
        if objects:
            return objects[0] if harms_a_person(v) else None
    return None


def unread_victim(verb: Token, ctx, where) -> list[tuple[Actor, Token]]:
    """The victim of a verb of harm done to a person when no actor rule reads it (the
    passive subject, else the active object, ``object_victim``): the public of the state
    ``where(ctx)`` gives (``country/CIV``), else none."""
    victim = passive_victim(verb) or object_victim(verb)
    if victim is None or victim.pos_ != "NOUN" or victim.ent_type_:
        return []
    if ctx.lookup.at(victim.i) is not None:
        return []  # read (and kept or dropped by the actor rules)
    country = where(ctx)
    if country is None:
        return []
    return [(Actor(country=country, sector="CIV", rule="unread-victim"), victim)]
