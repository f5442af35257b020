"""Enumerated references: "the four countries", "the three governments", "both states".

A story that lists several states ("Britain, the US, France and Germany jointly
condemned ...") and then refers to them by their number ("May said the four countries
were clear ...") means each state of that list: the reference is read as the states of
the latest earlier list of exactly that many states, in its own sentence before it or
in the ``LOOKBACK`` sentences before. A number that fits no such list (or a list of
places of one state, or named people) is left to the actor stage's reading (rule
``enumerated-states``).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.models import Actor

#: nouns a number refers back to a list of states by
STATE_GROUP_NOUNS = {"country", "state", "nation", "government", "ally", "power", "capital", "neighbour",
                     "neighbor", "signatory"}
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
#: sentences searched back for the list
LOOKBACK = 3


def reference_count(tok: Token) -> Optional[int]:
    """N of a definite plural "the N countries" ("both countries"), else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in STATE_GROUP_NOUNS or tok.tag_ != "NNS":
        return None
    kids = list(tok.children)
    count = None
    for c in kids:
        word = c.lower_
        if c.dep_ in ("nummod", "det", "predet", "quantmod", "amod") and (word in NUMBER_WORDS or word.isdigit()):
            count = NUMBER_WORDS.get(word) or int(word)
    if count is None or count < 2:
        return None
    definite = any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "these", "those", "both", "all") for c in kids)
    return count if definite else None


def _list_members(head: Token) -> list[Token]:
    """The items of a coordinated list headed by ``head``, appositions included
    ("Britain, the US, France and Germany" parsed as a chain of appositions)."""
    out = [head] + [c for c in head.conjuncts if c.i > head.i]
    for t in list(out):
        for c in t.children:
            if c.dep_ == "appos" and c not in out:
                out += [c] + [g for g in c.conjuncts if g.i > c.i and g not in out]
    return sorted(set(out), key=lambda t: t.i)


def _states_of(members: list[Token], lookup) -> list[tuple[Actor, Token]]:
    """One state per list item, or [] when an item names no state or repeats one."""
    found: list[tuple[Actor, Token]] = []
    for t in members:
        m = lookup.at(t.i)
        if m is None or m.actor is None or not m.actor.country:
            return []
        if m.actor.sector not in (None, "GOV"):
            return []
        found.append((m.actor, t))
    return found if len({a.country for a, _ in found}) == len(found) else []


def enumerated_states(tok: Token, lookup) -> list[tuple[Actor, Token]]:
    """The states "the N countries" refers back to (see the module), or []."""
    count = reference_count(tok)
    if count is None:
        return []
    doc = tok.doc
    first = tok.sent.start
    for _ in range(LOOKBACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for t in reversed(doc[first:tok.i]):
        if t.dep_ == "conj" or not any(c.dep_ in ("conj", "appos") for c in t.children):
            continue
        states = _states_of(_list_members(t), lookup)
        if len(states) == count:
            return [(a.model_copy(update={"rule": (a.rule or "") + "+enumerated-states"}), at) for a, at in states]
    return []
