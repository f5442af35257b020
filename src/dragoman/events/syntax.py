"""Dependency labels and parse tests shared by the event rules."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.nlp import is_to_infinitive


SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "dative", "iobj", "obj")
OPINION_VERBS = {"believe", "think", "feel", "suspect", "suggest", "argue"}  # views, not statements to a party


# particles the parser may read as prepositions ("cut off aid", "step up pressure")
PARTICLE_WORDS = {"off", "up", "down", "out", "back", "in", "on", "over"}
# prepositions of what is left ("withdrew from the talks", "pulled out of the deal")
LEAVING_PREPS = {"from", "of"}


def left_behind(prep: Token) -> list[Token]:
    """What a verb of leaving leaves, when the parse hangs it on a preposition of the verb:
    the object of "from" ("withdrew from the talks"), or of "of" / "from" under the verb's
    particle ("pulled out of the talks", "walked away from the deal"). ``prep`` is a child
    of the verb; an empty list for any other child."""
    if prep.dep_ not in ("prep", "prt", "advmod"):
        return []
    if prep.lower_ == "from" and prep.dep_ == "prep":
        return [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ in PARTICLE_WORDS | {"away"}:
        return [o for g in prep.children if g.dep_ == "prep" and g.lower_ in LEAVING_PREPS
                for o in g.children if o.dep_ == "pobj"]
    return []


# prepositions that make a nominal event the setting of the clause it hangs from
FRAME_PREPS = {"in", "at", "during", "after", "before", "following", "amid", "on"}
# prepositions of a place where something happens ("near Donetsk", "in Raqqa", "along the border")
SETTING_PREPS = {"in", "near", "at", "around", "outside", "inside", "on", "along", "across"}


# prepositions naming whom an embedded or promised act concerns ("ready to cooperate with X")
EMBEDDED_TARGET_PREPS = ("with", "to", "against")


# commitments whose negation in the future ("will not allow") is a refusal
REFUSABLE_TYPES = {"AGREE", "CONCEDE", "COOPERATE"}
REFUSAL_MODALS = {"will", "would", "wo", "'ll", "shall"}


def refused(tok: Token) -> bool:
    kids = list(tok.children)
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        kids += list(tok.head.children)
    return any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in REFUSAL_MODALS for c in kids)


def is_content(child: Token) -> bool:
    """Whether a dependent states the content of the act of its head (what is demanded,
    promised or refused), as opposed to a circumstance ("declined following the raid")."""
    if child.dep_ == "ccomp":
        return True
    if child.dep_ in ("xcomp", "acl"):
        return is_to_infinitive(child) or child.pos_ in ("NOUN", "ADJ")
    return child.dep_ == "prep" and child.lower_ in CONTENT_PREPS


CONTENT_PREPS = {"for", "to", "on", "against", "of", "from", "with", "about", "over", "in"}


def is_raising(verb: Token) -> bool:
    """A passive verb with an infinitive and no agent: "X is expected/required to V"."""
    kids = list(verb.children)
    return (any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in kids)
            and not any(c.dep_ == "agent" for c in kids) and any(c.dep_ == "xcomp" for c in kids))


def is_unparsed_main_verb(tok: Token) -> bool:
    """A finite verb the parser hung as a participle on a noun that is the root of a
    sentence with no verb of its own ("Hundreds of teachers protested in Nairobi" parsed
    as a noun phrase "hundreds of teachers [who were] protested"): the noun is its
    subject, and the verb states the sentence's act. A participle with an agent ("the
    aid suspended by X") or an object-less passive reading of a real noun phrase under
    a verb is not this."""
    head = tok.head
    return (tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN") and head.i < tok.i
            and not any(c.dep_ == "agent" for c in tok.children))
