"""Measures said to come into force: "The new sanctions on Russia take effect on Monday,
the British foreign secretary said", "the revised export measures would go into effect
on Aug. 28, the trade minister said".

A clause whose subject is a measure (a sanction, a tariff, a suspension, an expulsion,
export measures or controls: ``MEASURE_NOUNS`` or a noun with a ``SANCTION`` row of the
lexicon) and whose verb says it comes into force ("take effect", "go / come / enter into
effect / force", "be / become effective", "kick in"), reported by a speaker who names no
other party as its owner, states the speaker's side's measure: a ``SANCTION`` from the
speaker (rule ``measure-in-force``). Its target is the measure's own ("sanctions on
Russia"), else the story's other state (``implicit_counterpart``); with neither, no
event. A measure a sentence owns to another party ("Moscow's countermeasures take effect
today, the minister said") is not the speaker's.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.candidate import Candidate, noun_act_pairs
from dragoman.events.context import SentenceContext
from dragoman.events.counterpart import implicit_counterpart
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.modality import modality_of
from dragoman.events.speech import speech_entry
from dragoman.events.syntax import SUBJECT_DEPS

#: nouns of a measure one state takes against another when the lexicon has no row of them
MEASURE_NOUNS = {"measure", "countermeasure", "control", "cutting", "severance", "embargo", "duty", "tariff",
                 "sanction", "suspension", "expulsion", "restriction"}
#: "take effect", "go into effect / force": verb lemma -> the object or "into" noun it needs
IN_FORCE_VERBS = {"take": {"effect"}, "go": {"effect", "force"}, "come": {"effect", "force"},
                  "enter": {"effect", "force"}, "kick": set()}
IN_FORCE_ADJECTIVES = {"effective", "operative"}
MEASURE = speech_entry("SANCTION", None, "160")
RULE = "measure-in-force"
CONFIDENCE = 0.55


def comes_into_force(verb: Token) -> bool:
    """"take effect", "go / come / enter into effect / force", "kick in", "is / becomes
    effective"."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma in ("be", "become"):
        return any(c.dep_ == "acomp" and c.lower_ in IN_FORCE_ADJECTIVES for c in kids)
    if lemma not in IN_FORCE_VERBS:
        return False
    if lemma == "kick":
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in kids)
    nouns = IN_FORCE_VERBS[lemma]
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in kids)
    if lemma == "enter" and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in kids):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in c.children) for c in kids)


def measure_entry(extractor, noun: Token) -> Optional[TriggerEntry]:
    """The row a measure noun is read by: its own ``SANCTION`` row, else the plain
    ``SANCTION`` of ``MEASURE_NOUNS``."""
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    rows = [e for e in extractor.lexicon.candidates(lemma, "NOUN") if e.type == "SANCTION"]
    if rows:
        return min(rows, key=lambda e: bool(e.objects))
    return MEASURE if lemma in MEASURE_NOUNS else None


def measures_in_force(extractor, ctx: SentenceContext) -> list[Candidate]:
    """``SANCTION`` from a speaker who says a measure comes into force (see the module)."""
    out: list[Candidate] = []
    for verb in ctx.sent:
        if verb.pos_ not in ("VERB", "AUX") or not comes_into_force(verb):
            continue
        held = extractor._blame_speaker(verb, ctx)
        if held is None:
            continue  # the writer's own report of a measure names no one who takes it
        _, speakers = held
        for noun in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            entry = measure_entry(extractor, noun)
            if entry is None:
                continue
            owners, targets, rules = extractor._noun_arguments(entry, noun, ctx)
            own = {a.country for a, _ in speakers}
            if any(a.country not in own for a, _ in owners):
                continue  # another party's measure
            if not targets:
                targets = implicit_counterpart(speakers, ctx)
                rules = rules + ["implicit-counterpart"] if targets else rules
            modality, cue = modality_of(verb, extractor.cues, stop_at=set())
            out.extend(noun_act_pairs("SANCTION", entry, noun, speakers, targets, modality, cue, CONFIDENCE,
                                      RULE, rules))
    return out
