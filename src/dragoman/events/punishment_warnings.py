"""Punishment warnings: a speaker's word that a party will be punished is a threat.

"“We will find those responsible, and they will face justice. This crime will not go
unpunished,” the defence minister said." A clause that says a party will be punished
(``lexicons/punishment_warnings.yaml``: "will face justice / a heavy price" with the
consequence words of ``modality.yaml``, "will not go unpunished", "will be brought to
justice", "will be held accountable"), under a modal of what will come, is ``THREATEN``
from its speaker (the subject of the speech verb that reports it, else the speaker of
the quotation it stands in) to the party punished, rule ``punishment-warning``.

The party punished is the clause's subject when that names one ("the PKK will pay a
heavy price"). A subject that names the culprit without saying who ("they", "those
responsible", "the perpetrators") or the act itself ("this crime") stands for the party
the story last held to blame: the target of its latest accusation, or the doer of its
latest attack, within ``responses.LOOKBACK`` sentences and not the speaker's own side.
The writer's own words threaten no one; a threat is asserted when it is made.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import yaml
from spacy.tokens import Token

from dragoman.data_files import data_path
from dragoman.events.candidate import Candidate, same_actor, within_one_state
from dragoman.events.context import FIRST_PERSON, SentenceContext
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.modality import modality_of
from dragoman.events.responses import LOOKBACK, recent
from dragoman.events.syntax import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS
from dragoman.models import Actor

RULE = "punishment-warning"
WARNING_CONFIDENCE = 0.55
#: story acts whose party is the one to blame: the accused of an accusation, the doer of an attack
BLAMED_SIDE = {"ACCUSE": "target", "ASSAULT": "source"}


@lru_cache(maxsize=1)
def punishment_words() -> dict:
    data = yaml.safe_load(data_path("lexicons", "punishment_warnings.yaml").read_text(encoding="utf-8")) or {}
    lists = {k: frozenset(str(w).lower() for w in data.get(k) or [])
             for k in ("unanswered_complements", "culprit_words", "act_nouns", "warning_modals")}
    lists["passive_predicates"] = {str(k).lower(): frozenset(str(w).lower() for w in v or [])
                                   for k, v in (data.get("passive_predicates") or {}).items()}
    return lists


def _warning_entry(lemma: str) -> TriggerEntry:
    return TriggerEntry(lemma=lemma, pos="VERB", type="THREATEN", mode=None, cameo="130", objects=(),
                        particle=None, target_preps=(), complement=None, confidence=WARNING_CONFIDENCE, row=0)


def is_punishment_clause(verb: Token, cues) -> bool:
    """Whether a verb says its subject will be punished: "will face justice", "would pay a
    heavy price", "will not go unpunished", "will be brought to justice", "will be held
    accountable" (see the module)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    words = punishment_words()
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in words["warning_modals"] for c in kids):
        return False
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in kids)
    passive = any(c.dep_ == "auxpass" for c in kids)
    if lemma in cues.face_verbs and not negated and not passive:
        return any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in cues.penalties for c in kids)
    if lemma == "go" and negated:
        return any(c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in words["unanswered_complements"] for c in kids)
    complements = words["passive_predicates"].get(lemma)
    if complements and passive and not negated:
        said = {c.lower_ for c in kids if c.dep_ in ("acomp", "oprd")}
        said |= {g.lower_ for c in kids if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"}
        return bool(said & complements)
    return False


def _names_unnamed_culprit(subject: Token) -> bool:
    """A subject that stands for whoever did the story's act: "they", "those responsible",
    "the perpetrators", "this crime"."""
    words = punishment_words()
    low = subject.lemma_.lower() if subject.pos_ == "NOUN" else subject.lower_
    return low not in FIRST_PERSON and (low in words["culprit_words"] or low in words["act_nouns"])


def story_culprit(ctx: SentenceContext, speaker: Actor) -> Optional[Actor]:
    """The party the story last held to blame (see the module), or None."""
    acts = getattr(ctx, "story_acts", None)
    if acts is None:
        return None
    for _, type_, source, target in recent(acts.addressed, ctx.index, LOOKBACK):
        side = BLAMED_SIDE.get(type_)
        party = (target if side == "target" else source) if side else None
        if party is None or same_actor(party, speaker) or within_one_state(party, speaker):
            continue
        return party
    return None


def punishment_warnings(extractor, ctx: SentenceContext) -> list[Candidate]:
    """``THREATEN`` from the speaker to the party a punishment clause names (see the module)."""
    out: list[Candidate] = []
    for verb in ctx.sent:
        if not is_punishment_clause(verb, extractor.cues):
            continue
        holder = extractor._blame_speaker(verb, ctx)
        if holder is None:
            continue
        said_by, speakers = holder
        # a threat is asserted when it is made: only a reporting verb's own modality counts
        modality, cue = modality_of(said_by, extractor.cues) if said_by.i != verb.i else ("asserted", "")
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
        for s_actor, s_tok in speakers:
            # ("they" read as the speaker's own side is no threat of it: the culprit is meant)
            targets = [(a, t) for c in subjects for a, t in ctx.actors(c, extractor.place_actor)
                       if not (same_actor(s_actor, a) or within_one_state(s_actor, a))]
            if not targets and any(_names_unnamed_culprit(c) for c in subjects):
                culprit = story_culprit(ctx, s_actor)
                if culprit is not None:
                    targets = [(culprit.model_copy(update={"rule": (culprit.rule or "") + "+story-culprit"}), subjects[0])]
            for t_actor, t_tok in targets:
                if same_actor(s_actor, t_actor) or within_one_state(s_actor, t_actor):
                    continue  # (the story's culprit too)
                out.append(Candidate(
                    type="THREATEN", entry=_warning_entry(verb.lemma_.lower()), trigger=verb,
                    trigger_span=(verb.i, verb.i + 1), source=s_actor, source_tok=s_tok, target=t_actor,
                    target_tok=t_tok, modality=modality, modality_cue=cue, confidence=WARNING_CONFIDENCE,
                    rules=[RULE],
                ))
    return out
