"""Unnamed people who fire a gun are an armed group (coding guide §3: unnamed armed men are
INS), whatever plain word names them (rule ``armed-doer``, applied by
:func:`dragoman.actors.generic.assign_generic_countries`)."""

from __future__ import annotations


#: plain words for people who, firing a gun, are gunmen (coding guide §3: unnamed armed men INS)
PLAIN_PEOPLE = {"individual", "individuals", "person", "persons", "people", "man", "men"}
#: verbs of firing a gun ("open" and "exchange" only with "fire" as their object)
SHOOTING_VERBS = {"shoot", "gun", "fire"}


def _fires(verb) -> bool:
    if verb.lemma_.lower() in SHOOTING_VERBS:
        return True
    return verb.lemma_.lower() in ("open", "exchange") and any(
        c.dep_ == "dobj" and c.lower_ in ("fire", "gunfire") for c in verb.children)


def shooting_doer(noun) -> bool:
    """``armed-doer``: a plain word for people ("two individuals", "unknown persons",
    "three men") that is the one who fires a gun, as the subject of shooting or opening
    fire or its agent ("was shot by two individuals"), is an armed group (INS), not the
    public. The people shot, or people named by a trade, stay what they are."""
    if noun.lemma_.lower() not in PLAIN_PEOPLE and noun.lower_ not in PLAIN_PEOPLE:
        return False
    if noun.dep_ == "nsubj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.dep_ == "agent":
        verb = noun.head.head
    else:
        return False
    verbs = [verb, *verb.conjuncts]
    return any(_fires(v) for v in verbs if v.pos_ in ("VERB", "AUX"))
