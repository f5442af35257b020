"""Crowds that gather, march or block roads to demand something: a protest.

"Workers gathered outside the ministry to demand their wages", "residents blocked the
highway demanding clean water", "farmers marched to the capital to denounce the
tax": the verb tells a crowd moving or obstructing, its purpose (an infinitive or a
participle of demanding, denouncing, protesting) makes the act a protest. Coding guide
§1 and §3: a protest with no named addressee is a PROTEST with ``target: null``, by the
crowd, which is civilian (or an opposition party's members).

Rule ``crowd-demand`` (proposer), one candidate per crowd; the lexicon's own protest
triggers in the same sentence ("protested", "staged a demonstration") give the same
(type, source, target) key, and the conflict policy keeps one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dragoman.events.candidate import Candidate
from dragoman.events.fronted_subjects import fronted_subject
from dragoman.events.lexicon import TriggerLexicon
from dragoman.events.modality import modality_of
from dragoman.events.syntax import SUBJECT_DEPS

#: verbs of a crowd moving, assembling or obstructing
CROWD_VERBS = {"gather", "assemble", "march", "rally", "converge", "block", "barricade", "blockade", "parade",
               "walk", "congregate", "mass", "occupy", "cut", "burn", "sit", "enter", "take"}
#: verbs of a crowd coming together, a protest when the crowd is one of protesters
GATHERING_VERBS = {"gather", "assemble", "march", "rally", "converge", "congregate", "mass", "parade"}
#: verbs of a purpose that makes the crowd's act a protest
DEMAND_VERBS = {"demand", "protest", "denounce", "demonstrate", "condemn", "decry", "reject", "oppose",
                "claim", "call", "press", "express", "voice", "commemorate", "mourn", "complain", "strike"}
#: sectors a crowd's protest is told of (the public, workers, opposition members)
CROWD_SECTORS = {"CIV", "OPP", "BUS", "MED"}
#: dependencies of a purpose clause or participle on the crowd's verb
PURPOSE_DEPS = ("xcomp", "advcl", "conj", "prep")
#: nouns of a crowd that is protesting by what it is called: its gathering needs no purpose said
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "marcher", "striker", "picketer"}
#: nouns that count a crowd with no noun of its own ("hundreds gathered")
COUNT_NOUNS = {"hundreds", "thousands", "dozens", "tens", "scores", "hundred", "thousand", "dozen"}
#: the lexicon row this rule's events are coded by
PROTEST_LEMMA = "protest"
CROWD_CONFIDENCE = 0.6


def _purpose(verb: Token) -> Token | None:
    """The verb of demanding or protesting that says what the crowd's act is for."""
    for c in verb.children:
        if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB" and c.lemma_.lower() in DEMAND_VERBS and c.i > verb.i:
            return c
        if c.dep_ == "prep" and c.lower_ in ("to", "for", "in"):  # "in protest", "to protest against"
            for g in c.children:
                if g.lemma_.lower() in DEMAND_VERBS | {"demonstration"}:
                    return g
        if c.dep_ == "prep" and c.i > verb.i:
            hung = _hung_purpose(c)
            if hung is not None:
                return hung
    return None


def _hung_purpose(prep: Token) -> Token | None:
    """"Teachers gathered in a square to demand pay": the parser hangs the infinitive of
    purpose on the place noun as a relative clause; an infinitive ("to" + verb of
    demanding) right under the place is still the crowd's purpose (rule part
    ``hung-purpose``)."""
    places = [p for p in prep.children if p.dep_ == "pobj"]
    # "in front of the assembly", "outside of the court": the place under "of"
    places += [g for p in places for o in p.children if o.dep_ == "prep" and o.lower_ == "of"
               for g in o.children if g.dep_ == "pobj"]
    for place in places:
        for g in place.children:
            if g.dep_ in ("relcl", "acl") and g.pos_ == "VERB" and g.lemma_.lower() in DEMAND_VERBS \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children) \
                    and not any(a.dep_ in SUBJECT_DEPS for a in g.children):
                return g
    return None


def counted_crowd(tok: Token) -> bool:
    """A subject that only counts a crowd, with no noun of what it is: "around 1,000
    demonstrated", "roughly 100 gathered", "hundreds marched" (rule part
    ``counted-crowd``)."""
    if tok.dep_ not in SUBJECT_DEPS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "hundreds of soldiers": the noun after "of" says who
    if tok.pos_ == "NUM" or tok.ent_type_ == "CARDINAL" and tok.like_num:
        return tok.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
    return tok.lower_ in COUNT_NOUNS


def _protesters(verb: Token) -> bool:
    """Whether a subject of the crowd verb is called protesters or demonstrators."""
    return any(s.lemma_.lower() in PROTESTER_NOUNS or s.lower_.rstrip("s") in PROTESTER_NOUNS
               for s in _subjects(verb))


def _crowd_actors(subj: Token, ctx, place_actor) -> list:
    """The actors of a crowd verb's subject; a counted crowd ("1,000 gathered") is the
    public of the sentence's (else the story's) state."""
    actors = ctx.actors(subj, place_actor)
    if actors or not counted_crowd(subj):
        return actors
    from dragoman.events.unnamed_doers import doer_country  # (it reads this module's nouns)
    from dragoman.models import Actor

    country = doer_country(ctx)
    return [(Actor(country=country, sector="CIV", rule="counted-crowd"), subj)] if country else []


def _subjects(verb: Token, lookup=None) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "conj":  # "protesters demonstrated and blocked the road"
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:  # "in Cagliari, Sardinia, students marched ...": parsed into the setting
        fronted = fronted_subject(verb, lookup)
        subjects = [fronted] if fronted is not None else []
    return subjects


class CrowdRules:
    """The crowd-demand proposer (mixed into the extractor)."""

    def crowd_demands(self, ctx) -> list[Candidate]:
        """A crowd (civilians, workers, an opposition's members) gathering, marching or
        blocking roads to demand, denounce or protest something: a PROTEST with no
        addressee."""
        entries = [e for e in self.lexicon.candidates(PROTEST_LEMMA, "VERB") if e.type == "PROTEST" and not e.objects]
        if not entries:
            return []
        entry = entries[0]
        out: list[Candidate] = []
        for verb in ctx.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in CROWD_VERBS:
                continue
            if _purpose(verb) is None and not (verb.lemma_.lower() in GATHERING_VERBS and _protesters(verb)):
                continue
            if self._unstated(entry, verb):
                continue
            modality, cue = modality_of(verb, self.cues, stop_at=set())
            if modality == "negated":
                continue
            for subj in _subjects(verb, ctx.lookup):
                for actor, tok in _crowd_actors(subj, ctx, self.place_actor):
                    if actor.sector not in CROWD_SECTORS:
                        continue
                    out.append(Candidate(
                        type="PROTEST", entry=entry, trigger=verb, trigger_span=(verb.i, verb.i + 1),
                        source=actor, source_tok=tok, target=None, target_tok=None, modality=modality,
                        modality_cue=cue, confidence=CROWD_CONFIDENCE, rules=["crowd-demand"],
                    ))
        return out


def as_crowd_protests(candidates: list[Candidate], applies, lemma: str, pos: str, mode: str,
                      rule: str) -> list[Candidate]:
    """The candidates, each one ``applies`` to and whose source is a crowd retyped as the
    crowd's PROTEST with no addressee (coding guide §1), coded by the lexicon's PROTEST
    row of ``lemma`` / ``pos`` / ``mode``; the others as they are."""
    entry = None
    out: list[Candidate] = []
    for c in candidates:
        if c.source.sector in CROWD_SECTORS and applies(c):
            entry = entry or next((e for e in TriggerLexicon.default().candidates(lemma, pos)
                                   if e.type == "PROTEST" and e.mode == mode), None)
            if entry is not None:
                c = replace(c, type="PROTEST", entry=entry, target=None, target_tok=None, rules=c.rules + [rule])
        out.append(c)
    return out
