"""Pruners and settlers of the registry: a pressure that a speech act spells out, one
encounter for a visit and its talks, a stated addressee before an inferred one."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Token

from dragoman.events.candidate import NON_STATE_ARMED, Candidate
from dragoman.events.syntax import OBJECT_DEPS, is_content
from dragoman.models import Actor


# nouns of a general push against someone ("stepped up pressure on X") that a participial
# speech act of the same subject may spell out ("..., warning X that ...")
PRESSURE_NOUNS = {"pressure", "criticism", "rhetoric"}
# speech acts that say what such a push consisted of
ELABORATING_TYPES = {"THREATEN", "ACCUSE", "REQUEST", "REJECT"}


def pressure_clause_verb(c: "Candidate") -> Optional[Token]:
    """The verb of the clause a pressure act is told in: the light verb of "stepped up
    pressure on X", or the verb whose object is the noun trigger ("increased its pressure")."""
    doc = c.trigger.doc
    nouns = [doc[i] for i in range(*c.trigger_span) if doc[i].lemma_.lower() in PRESSURE_NOUNS]
    if not nouns:
        return None
    if c.trigger.pos_ in ("VERB", "AUX"):
        return c.trigger
    noun = nouns[0]
    return noun.head if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX") else None


def asks_something(verb: Token) -> bool:
    """Whether a pressure act states what it asks for: "pressure on X to do Y"."""
    return any(is_content(g) and g.dep_ in ("xcomp", "acl") for t in [verb] + list(verb.children)
               for g in t.children)


def drop_elaborated_pressure(cands: list["Candidate"]) -> list["Candidate"]:
    """"X stepped up pressure on Y, warning Y that ...": the participial speech act of the
    same subject says what the pressure was (one THREATEN, not a REQUEST beside it). A
    pressure "to do Z" asks something of its own and stays."""
    out = []
    for c in cands:
        verb = pressure_clause_verb(c)
        if verb is not None and not asks_something(verb):
            participles = {t.i for t in verb.children if t.dep_ == "advcl" and t.tag_ == "VBG"}
            if any(d.trigger.i in participles and d.type in ELABORATING_TYPES and d.source.key() == c.source.key()
                   for d in cands):
                continue
        out.append(c)
    return out


def one_encounter(best: dict[tuple, "Candidate"]) -> dict[tuple, "Candidate"]:
    """A visit and the talks held during it, told in one sentence, are one encounter:
    "X visited Washington where he held talks with Y" is one CONSULT, X → Y. Among
    CONSULT events of one sentence between the same two states, an unnamed side gives
    way to a named one, and of several unnamed ones the most specific stays. A state's
    armed opponents are another side than its state ("monitored a truce between Sudan's
    army and the RSF": two encounters)."""
    groups: dict[tuple, list[tuple]] = {}
    for key, c in best.items():
        if c.type == "CONSULT" and c.target is not None and c.source.country and c.target.country:
            groups.setdefault((c.source.country, c.target.country, c.target.sector in NON_STATE_ARMED), []).append(key)
    out = dict(best)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keep = set(k for k in keys if best[k].target.name)
        if not keep:
            keep = {max(keys, key=lambda k: (not place_derived(best[k].target), best[k].target.sector is not None,
                                             best[k].source.name is not None,
                                             best[k].entry.specificity, best[k].confidence))}
        for k in keys:
            if k not in keep:
                out.pop(k, None)
    return out


def place_derived(actor: Actor) -> bool:
    """An actor read from a place name (a capital or a country named as a destination)."""
    rule = actor.rule or ""
    return any(w in rule for w in ("metonym", "place", "seat", "gazetteer"))


def stated_addressee_first(best: dict[tuple, Candidate]) -> dict[tuple, Candidate]:
    """An addressee inferred from the story yields to an act of the same kind the sentence
    states: after "Russia and Ukraine held talks", "Russia made demands, and Lavrov urged Kyiv
    to withdraw" keeps Lavrov's demand of Kyiv, not a second one of Russia inferred for the
    unsaid addressee."""
    stated = {(c.type, c.source.country) for c in best.values() if "implicit-counterpart" not in c.rules}
    return {k: c for k, c in best.items() if "implicit-counterpart" not in c.rules or (c.type, c.source.country) not in stated}


def addressed_act_first(best: dict[tuple, Candidate]) -> dict[tuple, Candidate]:
    """An act told with no addressee yields to an act of the same type by the same source
    that the sentence addresses: in "Russia attacked and shelled Ukrainian positions" the
    attack is on the positions, not on no one. A casualty count whose doer was read from
    the unaddressed attack verb above it ("shelled Nyrkove, as a result of which five
    civilians were killed": rule ``told-attack-doer``) is that attack told again: the
    attack stays, with its own words and place, and takes the count's victims as its
    target (``casualties-target``)."""
    best = _attacks_take_their_casualties(best)
    addressed = {(c.type, c.source.key()) for c in best.values() if c.target is not None}
    return {k: c for k, c in best.items() if c.target is not None or (c.type, c.source.key()) not in addressed}


def _attacks_take_their_casualties(best: dict[tuple, Candidate]) -> dict[tuple, Candidate]:
    out = dict(best)
    for key, count in best.items():
        if count.target is None or "told-attack-doer" not in count.rules:
            continue
        attack_key = next((k for k, c in out.items() if c.target is None and c.type == count.type
                           and c.source.key() == count.source.key() and c.trigger in count.trigger.ancestors), None)
        if attack_key is None:
            continue
        attack = out.pop(attack_key)
        out[key] = replace(attack, target=count.target, target_tok=count.target_tok,
                           rules=attack.rules + ["casualties-target"])
    return out
