"""Subjects the parser hangs on a fronted setting.

Reports of incidents often open with when and where, the place given as a list of
its divisions: "On 13 June, in Monterrey, Nuevo Leon, armed men fired at a bar",
"In Cagliari, Sardinia, students marched to the prefecture". The parser reads the
comma after the last place name as one more item of the list and makes the subject
an apposition (or a conjunct) of the place, leaving the verb with no subject at all.

``fronted_subject`` finds it again: for a verb that has no subject of its own and is
not passive, the noun phrase that ends right before the verb and hangs, through
appositions and conjuncts, from the object of a setting preposition of that verb
(rule ``fronted-subject``). Only a common noun, or a name the actor stage reads as a
party (with a sector or a known body), is taken: another place name in the list is
still a place.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.syntax import PASSIVE_SUBJECT_DEPS, SETTING_PREPS, SUBJECT_DEPS

#: prepositions of a fronted setting (where and when an incident took place)
FRONTED_SETTING_PREPS = SETTING_PREPS | {"between"}
#: the links by which a list of places (and the stray subject) hangs from the setting
LIST_DEPS = ("appos", "conj")
#: tokens that may stand between the end of the subject phrase and its verb
BETWEEN_SUBJECT_AND_VERB = {"also", "allegedly", "reportedly", "reported", "then", "later", "again", ")"}


def _setting_of(tok: Token, verb: Token) -> bool:
    """Whether the token hangs, through list links, from a setting preposition's object
    whose preposition depends on the verb (before it)."""
    h = tok
    for _ in range(8):
        if h.dep_ in LIST_DEPS and h.head.i != h.i:
            h = h.head
            continue
        break
    if h.dep_ != "pobj":
        return False
    prep = h.head
    return prep.dep_ == "prep" and prep.lower_ in FRONTED_SETTING_PREPS and prep.head.i == verb.i and prep.i < verb.i


def _names_a_party(tok: Token, lookup) -> bool:
    """A common noun (a role, a crowd, a thing that does harm), or a name whose mention
    the actor stage reads as a party, not a bare place."""
    if tok.pos_ == "NOUN":
        return True
    if tok.pos_ != "PROPN" or lookup is None:
        return False
    m = lookup.at(tok.i)
    return bool(m is not None and m.actor is not None and (m.actor.sector or m.actor.kb_id))


def fronted_subject(verb: Token, lookup=None) -> Optional[Token]:
    """The subject of ``verb`` that the parser made an apposition or conjunct of a fronted
    setting ("in Monterrey, Nuevo Leon, armed men fired ..."), or None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return None
    for tok in reversed(list(verb.doc[verb.sent.start:verb.i])):
        if tok.dep_ not in LIST_DEPS:
            continue
        end = tok.right_edge.i
        if any(not t.is_punct and t.lower_ not in BETWEEN_SUBJECT_AND_VERB for t in verb.doc[end + 1:verb.i]):
            continue  # the phrase must end where the verb starts
        if _setting_of(tok, verb) and _names_a_party(tok, lookup):
            # "police officers and gang members clashed": the list of parties from its first
            while tok.dep_ == "conj" and tok.head.i < tok.i and _names_a_party(tok.head, lookup):
                tok = tok.head
            return tok
        return None  # the nearest list item before the verb decides
    return None
