"""Complaints of ill treatment: "Kurdish leaders complained of being targeted by Ankara",
"refugees complain about being harassed by the police".

A verb of complaint (``COMPLAINING_VERBS``) whose "of" / "about" phrase is a passive
gerund ("of being V-ed") states a grievance: the complainer says the passive's agent
treats it wrongly. That is an ``ACCUSE`` (CAMEO 114, complain) from the complainer to
the "by" agent (rule ``complained-treatment``); a grievance that names no agent is no
event here. The treatment itself is only what the complaint alleges: the veto of the
same name keeps the lexicon rule from coding it as an act of its own ("targeted" is no
``ASSAULT`` by Ankara).
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.candidate import Candidate, same_actor, within_one_state
from dragoman.events.context import SentenceContext
from dragoman.events.modality import modality_of
from dragoman.events.speech import speech_entry
from dragoman.events.syntax import SUBJECT_DEPS

COMPLAINING_VERBS = {"complain", "grumble"}
GRIEVANCE_PREPS = {"of", "about"}
COMPLAINED = speech_entry("ACCUSE", "complain", "114")
RULE = "complained-treatment"
CONFIDENCE = 0.6


def _complained_treatments(verb: Token) -> list[Token]:
    """The passive gerunds a verb of complaint's "of / about" phrase holds ("complained
    of being harassed"), with those coordinated with them ("... and detained")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in COMPLAINING_VERBS:
        return []
    out = []
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS:
            for g in p.children:
                if g.dep_ == "pcomp" and g.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in g.children):
                    out += [g] + [c for c in g.conjuncts if c.tag_ == "VBN"]
    return out


def complained_treatment(extractor, entry, tok: Token) -> bool:
    """Veto: the trigger is the treatment a complaint alleges ("complained of being
    targeted by X"): the complaint is the event (``ACCUSE``), not the treatment."""
    node = tok
    for _ in range(2):
        head = node.head
        if head.dep_ == "prep" and head.lower_ in GRIEVANCE_PREPS and node in _complained_treatments(head.head):
            return True
        if node.dep_ != "conj":
            return False
        node = head
    return False


def complained_treatments(extractor, ctx: SentenceContext) -> list[Candidate]:
    """``ACCUSE`` from a party that complains of being treated so by a named agent (see
    the module)."""
    out: list[Candidate] = []
    for verb in ctx.sent:
        treatments = _complained_treatments(verb)
        if not treatments:
            continue
        complainers = [a for c in verb.children if c.dep_ in SUBJECT_DEPS for a in ctx.actors(c, extractor.place_actor)]
        if not complainers:
            complainers = extractor._inherited_subject(verb, ctx)
        agents = [a for t in treatments for a in extractor._agent_actors(t, ctx)]
        if not complainers or not agents:
            continue
        modality, cue = modality_of(verb, extractor.cues, stop_at=set())
        seen = set()
        for s_actor, s_tok in complainers:
            for t_actor, t_tok in agents:
                if same_actor(s_actor, t_actor) or within_one_state(s_actor, t_actor) or (s_tok.i, t_tok.i) in seen:
                    continue
                seen.add((s_tok.i, t_tok.i))
                out.append(Candidate(
                    type="ACCUSE", entry=COMPLAINED, trigger=verb, trigger_span=(verb.i, verb.i + 1),
                    source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                    modality=modality, modality_cue=cue, confidence=CONFIDENCE, rules=[RULE],
                ))
    return out
