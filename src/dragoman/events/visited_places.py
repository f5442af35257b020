"""Visited places: "he visited the Battle of Britain Bunker museum", "the minister toured
the Peace Memorial". What a visit or tour has as its object is a place or a body, so an
act noun that is that object names the place (or the memorial of the act), not an act
the visitor does (veto ``visited-place``)."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.lexicon import TriggerEntry
from dragoman.events.syntax import OBJECT_DEPS

#: verbs whose object is where one goes
VISITING_VERBS = {"visit", "tour"}


def visited_place(extractor, entry: TriggerEntry, tok: Token) -> bool:
    """Veto: an act noun that is the object of a visit or tour (see the module)."""
    return (entry.pos == "NOUN" and tok.dep_ in OBJECT_DEPS and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() in VISITING_VERBS)
