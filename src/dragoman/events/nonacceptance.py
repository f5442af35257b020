"""Acts a party says it cannot or will not accept: "China cannot accept the United
States' unilateral actions", "Canada's measures cannot be accepted by Mexico".

A negated verb of acceptance (``ACCEPTING_VERBS``) under a modal of ability or will
("cannot", "will not", "would never") whose object (or, in the passive, subject) is an
act of a named party ("Y's actions", "tariffs by Y") is a ``REJECT`` (CAMEO 120) from
the one who does not accept to the act's doer (rule ``unaccepted-act``). The acceptor is
the active subject or the passive's "by" agent. An act that names no doer, or one of the
acceptor's own state, is no event here; a refused proposal or demand is the lexicon
rule's.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.answers import act_noun_doers
from dragoman.events.candidate import Candidate, same_actor, within_one_state
from dragoman.events.context import SentenceContext
from dragoman.events.modality import modality_of
from dragoman.events.speech import speech_entry
from dragoman.events.syntax import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS

ACCEPTING_VERBS = {"accept", "tolerate", "countenance", "condone"}
#: modals under which a negated acceptance is a refusal ("ca" is the parser's "ca|n't")
REFUSING_MODALS = {"can", "ca", "could", "will", "wo", "would", "shall", "'ll"}
UNACCEPTED = speech_entry("REJECT", None, "120")
RULE = "unaccepted-act"
CONFIDENCE = 0.6


def _refuses(verb: Token) -> bool:
    kids = list(verb.children)
    negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in kids)
    return negated and any(c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in kids)


def unaccepted_acts(extractor, ctx: SentenceContext) -> list[Candidate]:
    """``REJECT`` from a party that says it cannot accept another's act (see the module)."""
    out: list[Candidate] = []
    for tok in ctx.sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ACCEPTING_VERBS or not _refuses(tok):
            continue
        kids = list(tok.children)
        passive = any(c.dep_ == "auxpass" for c in kids)
        if passive:
            acceptors = extractor._agent_actors(tok, ctx)
            acts = [c for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS]
        else:
            acceptors = [a for c in kids if c.dep_ in SUBJECT_DEPS for a in ctx.actors(c, extractor.place_actor)]
            acts = [c for c in kids if c.dep_ in OBJECT_DEPS]
        if not acceptors:
            continue
        doers = [d for act in acts if act.pos_ == "NOUN" for d in act_noun_doers(extractor, act, ctx)]
        modality, cue = modality_of(tok, extractor.cues, stop_at=set())
        if modality in ("negated", "future") or cue.startswith("reported"):
            # "cannot / will not accept": the refusal is stated now
            modality, cue = "asserted", "refusal:cannot-accept"
        for s_actor, s_tok in acceptors:
            for t_actor, t_tok in doers:
                if same_actor(s_actor, t_actor) or within_one_state(s_actor, t_actor):
                    continue
                out.append(Candidate(
                    type="REJECT", entry=UNACCEPTED, trigger=tok, trigger_span=(tok.i, tok.i + 1),
                    source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                    modality=modality, modality_cue=cue, confidence=CONFIDENCE, rules=[RULE],
                ))
    return out
