"""Arrests told by the one arrested alone: the unstated arresting state.

News often tells an arrest by its detainee: "A journalist was arrested in Istanbul",
"two activists were detained in Harare on Friday", "a second suspect was arrested in
Bogota and charged with terrorism". The act is stated and the detainee is a party;
only who arrested goes unsaid. An arrest, a detention or a jailing is the act of a
state's organs (police and other civilian security services are ``GOV``, coding guide
§3), so its doer is the government of the state where it happened (``country/GOV``),
rule ``unstated-arrester``: the one state of the sentence's settings, else the state
the story is mostly about.

Only for a passive verb of arrest (``ARREST_LEMMAS``) that names whom it took and no
agent at all (a "by" phrase names a doer the actor rules could not read: then the doer
is unknown, not unnamed). A detainee read as a state's organ ("a police officer was
arrested") keeps the rule silent: an arrest inside a state's own forces is no act of
that state on its public that the sentence lets one code.

A passive gerund under a preposition ("the activist fell ill after being detained in
Harare") takes as detainee the subject of the clause it hangs on (``gerund_detainees``,
rule ``gerund-detainee``).

A detainee described by the group he is held to belong to ("a man accused of being an
ELN militant", "a woman suspected of being a member of al-Shabab") is that group's
member (``suspected_member``): the detainee takes the group's actor.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.generic import setting_country
from dragoman.events.syntax import PASSIVE_SUBJECT_DEPS
from dragoman.models import Actor

#: verbs whose passive tells that someone took the subject into custody
ARREST_LEMMAS = {"arrest", "detain", "apprehend", "nab", "jail", "imprison", "incarcerate", "remand"}
#: sectors of detainees for which no arresting state is inferred (a state's own organs)
STATE_ORGAN_SECTORS = {"GOV", "MIL", "SPY", "JUD", "LEG"}
#: the story's state must hold this share of its state mentions to give the arrester's country
STORY_SHARE = 0.5


def is_arrest_passive(tok: Token) -> bool:
    """A passive verb of arrest ("was arrested", "were detained"), also one coordinated
    under another passive ("was beaten and detained"), or a passive gerund ("after
    being detained")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ARREST_LEMMAS:
        return False
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in tok.children):
        return True
    return tok.dep_ == "conj" and any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in tok.head.children)


def names_an_agent(tok: Token) -> bool:
    """Whether the verb, or the verb it is coordinated with, has a "by" phrase."""
    verbs = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for v in verbs for c in v.children)


def arresting_state(ctx) -> Optional[str]:
    """The state where the arrest happened: the one state of the sentence's settings,
    else the one the story is mostly about."""
    country = setting_country(ctx.sent, lookup=ctx.lookup)
    if country is None and getattr(ctx, "story", None) is not None:
        country = ctx.story.dominant_state(STORY_SHARE)
    return country


def unstated_arrester(tok: Token, targets: list[tuple[Actor, Token]], ctx) -> list[tuple[Actor, Token]]:
    """The government that made an arrest a passive verb tells by its detainees (see the
    module): ``country/GOV`` of the place, else of the story; none when the verb names
    an agent, the detainees are a state's organs, or no state is known."""
    if not targets or not is_arrest_passive(tok) or names_an_agent(tok):
        return []
    if any(a.sector in STATE_ORGAN_SECTORS for a, _ in targets):
        return []
    country = arresting_state(ctx)
    if country is None:
        return []
    return [(Actor(country=country, sector="GOV", rule="unstated-arrester"), tok)]


#: participles that tell what a person is held or said to be ("accused of being X")
IMPUTING_VERBS = {"accuse", "suspect", "allege", "believe", "charge"}
#: nouns of membership whose "of" phrase names the group ("a member of X")
MEMBER_NOUNS = {"member", "supporter", "fighter", "militant", "operative", "affiliate", "leader", "commander"}


def suspected_member(person: Token, ctx, read) -> list[tuple[Actor, Token]]:
    """The group a detainee is accused or suspected of belonging to ("a man, accused of
    being an ELN militant", "a man suspected of being a member of al-Shabab"): the
    actor ``read`` gives that phrase when it is an armed group or other named party,
    else none."""
    for c in person.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in IMPUTING_VERBS:
            continue
        for prep in c.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for being in prep.children:
                if being.dep_ != "pcomp" or being.lemma_.lower() != "be":
                    continue
                for attr in (g for g in being.children if g.dep_ == "attr"):
                    found = [(a, t) for a, t in read(attr) if a.name or a.sector == "INS"]
                    if not found and attr.lemma_.lower() in MEMBER_NOUNS:
                        found = [(a, t) for p in attr.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in p.children if g.dep_ == "pobj" for a, t in read(g)]
                    if found:
                        return found
    return []


def gerund_detainees(tok: Token, read) -> list[tuple[Actor, Token]]:
    """Whom a passive gerund of arrest under a preposition took: the subject of the clause
    the preposition belongs to ("the activist fell ill after being detained": the
    activist); none for any other verb form."""
    if tok.dep_ != "pcomp" or tok.head.pos_ != "ADP" or not any(
            c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children):
        return []
    clause = tok.head.head
    return [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for a in read(c)]


def placed_detainee(actor: Actor, country: Optional[str]) -> Actor:
    """A detainee named by a name the knowledge base does not know, of no state and no
    sector ("Amini had fallen into a coma after being detained"), is of the state where
    the arrest happened (coding guide §3: the place where one is gives the state); any
    other detainee is unchanged."""
    if actor.country or actor.sector or actor.kb_id or not actor.name or country is None:
        return actor
    return actor.model_copy(update={"country": country, "rule": f"{actor.rule or 'name'}+arrest-place"})


def unstated_arrest(tok: Token, targets: list[tuple[Actor, Token]], ctx, read):
    """The parties of a passive arrest that names no arrester (see the module): the
    arresting government and the detainees, these as the members of the group they are
    accused of belonging to when the sentence says so; ``([], targets, [])`` when the
    rule does not apply. ``read`` gives the actors of a phrase."""
    if not is_arrest_passive(tok):
        return [], targets, []
    members = [m for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS for m in suspected_member(c, ctx, read)]
    gerund = [] if members or targets else gerund_detainees(tok, read)
    taken = members or targets or gerund
    sources = unstated_arrester(tok, taken, ctx)
    if not sources:
        return [], targets, []
    taken = [(placed_detainee(a, sources[0][0].country), t) for a, t in taken]
    return sources, taken, ["unstated-arrester"] + (["suspected-member"] if members else []) + (
        ["gerund-detainee"] if gerund else [])
