"""Place names the actor rules could not read, named as what an attack hits.

"Troops shelled Kadiyivka village", "rebels attacked Esman, Sumy": the actor stage
cannot tell an unknown name from an unknown group, and gives such a name as a named
actor of no state. Named as the object of an attack with a place noun on it ("X
town", "the village of X"), with a known place in apposition ("X, Sumy"), or tagged
as a place by the parser's entities, it is where the attack fell, not a party: an
attack on it has no named addressee (coding guide §1, ``target: null``) unless its
state is known, and it is never a named target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.arguments import PLACE_NOUNS
from dragoman.events.generic import STORY_SHARE, place_country, setting_country

#: rules of the actor stage that give a name it does not know
UNREAD_NAME_RULES = {"name-unknown", "org-unknown"}
#: place nouns beyond the arguments' ones that a settlement name may carry
SETTLEMENT_NOUNS = PLACE_NOUNS | {"township", "municipality", "neighbourhood", "neighborhood", "commune",
                                  "county", "governorate", "locality", "settlement", "hamlet", "camp"}
PLACE_ENTITY_LABELS = {"GPE", "LOC", "FAC"}


def is_unread_name(actor) -> bool:
    """An actor that is only a name the actor stage does not know."""
    return bool(actor is not None and actor.name and not actor.country and not actor.sector and not actor.kb_id
                and actor.rule in UNREAD_NAME_RULES)


def unread_place(tok: Token, lookup) -> bool:
    """Whether the token heads or is part of a name that no actor rule reads and that the
    sentence shows to be a place ("X town", "the village of X", "X, Sumy", an entity
    tagged as a place the gazetteer does not know)."""
    names = [t for t in [tok] + [c for c in tok.children if c.dep_ == "compound"] if _unread(t, lookup)]
    if not names:
        return False
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.lemma_.lower() in SETTLEMENT_NOUNS:
        return True  # "Al Baylouniyeh town"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in SETTLEMENT_NOUNS:
        return True  # "the village of Tondo"
    if any(c.dep_ == "appos" and _names_a_place(c) for c in head.children):
        return True  # "Esman, Sumy", "Kafr Nabl, Idlib province"
    if head.dep_ == "nmod" and _names_a_place(head.head):
        return True  # "Dmytrivka, Kharkiv region", "X, Tigray": parsed as one noun phrase
    return any(t.ent_type_ in PLACE_ENTITY_LABELS for t in names)


def _names_a_place(tok: Token) -> bool:
    """Whether a word names a known place: itself ("Sumy"), or with its name words as
    a place noun's compounds ("Idlib province", "Kharkiv region")."""
    if tok.pos_ == "PROPN" and place_country(tok.text):
        return True
    return tok.lemma_.lower() in SETTLEMENT_NOUNS and any(
        c.dep_ == "compound" and place_country(c.text) for c in tok.children)


def _unread(tok: Token, lookup) -> bool:
    """A token of an unknown name: a mention of an unread name, or a proper name no
    mention covers."""
    m = lookup.at(tok.i)
    if m is not None:
        return is_unread_name(m.actor)
    return tok.pos_ == "PROPN"


def drop_unread_places(targets: list, lookup) -> tuple[list, list]:
    """The targets less those whose actor is an unknown place name; and the tokens of
    those dropped."""
    kept, dropped = [], []
    for a, t in targets:
        if t is not None and is_unread_name(a) and unread_place(t, lookup):
            dropped.append(t)
        else:
            kept.append((a, t))
    return kept, dropped


def unread_place_state(tokens: list[Token], ctx) -> list:
    """The state of an attacked place the actor rules could not read (coding guide §3:
    an attack on a place whose victims are unnamed targets that place's state): the
    state of the sentence's settings, else the story's."""
    from dragoman.models import Actor

    # (not the gazetteer's reading of the name itself: a name it does not place in the
    # sentence's state is as often a namesake abroad)
    country = setting_country(ctx.sent, lookup=ctx.lookup)
    if country is None and getattr(ctx, "story", None) is not None:
        country = ctx.story.dominant_state(STORY_SHARE)
    if country is None or not tokens:
        return []
    return [(Actor(country=country, rule="unread-place-state"), tokens[0])]
