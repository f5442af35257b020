"""Two or more groups of one kind fighting each other: "two armed groups exchanged fire",
"rival gangs clashed in X", "three groups of drivers clashed".

A reciprocal act of violence (a clash, a fight, an exchange of fire) told of a subject
that the text counts as several groups of one kind, or calls rival, has that kind of
actor on both sides: the act is between the groups, not against no one. The source and
the target are then the one actor the subject is read as (rule ``rival-groups``); the
two parties are told apart by the words that name them, as in ``one_group_between``
("clashes between gang members"). A subject of one group ("militants clashed with
troops", "protesters clashed in the capital") is left to the other rules.

A subject of two parties joined by "and" ("the army and JNIM militants clashed",
"members of the Awami League and the BNP clashed") is the two sides of the act: the
first named is the source and the others its target (rule ``coordinated-parties``).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.enumerated import NUMBER_WORDS
from dragoman.models import Actor

#: verbs of violence done by each party to the other
RECIPROCAL_LEMMAS = {"clash", "fight", "exchange", "skirmish", "battle", "brawl", "scuffle", "feud"}
#: nouns of a party, when counted: "two armed groups", "three groups of drivers"
PARTY_NOUNS = {"group", "gang", "faction", "militia", "clan", "tribe", "side", "band", "camp", "cartel",
               "family", "community", "party"}
#: words that make a plural subject two or more parties: "rival gangs"
RIVAL_WORDS = {"rival", "opposing", "warring", "feuding", "competing"}


def rival_groups(tok: Token, sources: list[tuple[Actor, Token]], actors) -> list[tuple[Actor, Token]]:
    """The target of a reciprocal verb whose one subject is several groups of one kind:
    that actor again (at the verb, so that the two sides stay two parties), else [];
    ``actors`` reads the actors of a phrase (a party under "with" is another side)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in RECIPROCAL_LEMMAS or len(sources) != 1:
        return []
    actor, subject = sources[0]
    if actor.name is not None or subject.dep_ not in ("nsubj",) or subject.head.i != tok.i:
        return []
    if _names_another_side(tok, actors):
        return []  # "clashed with the police": the other party is named ("with stones" is a means)
    if not _several_parties(subject):
        return []
    return [(actor, tok)]


def _names_another_side(verb: Token, actors) -> bool:
    """Whether the verb names a party under "with" or "against" ("clashed with the police";
    "with stones", which no actor rule reads, is a means)."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "against") and any(
        g.dep_ == "pobj" and actors(g) for g in c.children) for c in verb.children)


def _several_parties(noun: Token) -> bool:
    """"two armed groups", "rival gangs", "three groups of drivers", "members of two rival
    gangs": a plural noun counted as two or more parties, or called rival."""
    for n in [noun] + [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]:
        if n.tag_ not in ("NNS", "NNPS"):
            continue
        if any(c.dep_ == "amod" and c.lower_ in RIVAL_WORDS for c in n.children):
            return True
        count = _count(n)
        if count is not None and count >= 2 and (n.lemma_.lower() in PARTY_NOUNS or n is not noun):
            return True
    return False


def _count(noun: Token) -> Optional[int]:
    for c in noun.children:
        word = c.lower_
        if c.dep_ == "nummod" and (word in NUMBER_WORDS or word.isdigit()):
            return NUMBER_WORDS.get(word) or int(word)
    return None


def coordinated_parties(tok: Token, sources: list[tuple[Actor, Token]], actors):
    """``coordinated-parties``: (source, targets) of a reciprocal verb whose subject is
    parties joined by "and" ("the army and the rebels clashed"): the first party, and the
    others; None when the verb names another side under "with"/"against", or when the
    parties are not all of its subject."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in RECIPROCAL_LEMMAS or len(sources) < 2:
        return None
    if _names_another_side(tok, actors):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    inside = {t.i for t in subjects[0].subtree}
    if any(t is None or t.i not in inside for _, t in sources):
        return None
    if not any(t.dep_ == "conj" for _, t in sources):
        return None  # one party named twice over, not two joined by "and"
    ordered = sorted(sources, key=lambda s: s[1].i)
    return [ordered[0]], ordered[1:]
