"""Measures said to come into force: "The new sanctions on Russia take effect on Monday,
the British foreign secretary said", "the revised export measures would go into effect
on Aug. 28, the trade minister said", "the duties begin on Monday, the minister said".

A clause whose subject is a measure (a sanction, a tariff, a suspension, an expulsion,
export measures or controls: ``MEASURE_NOUNS`` or a noun with a ``SANCTION`` row of the
lexicon) and whose verb says it comes into force ("take effect", "go / come / enter into
effect / force", "be / become effective", "kick in", or "start / begin" with no object
or infinitive of their own), reported by a speaker who names no other party as its
owner, states the speaker's side's measure: a ``SANCTION`` from the speaker (rule
``measure-in-force``). Its target is the measure's own ("sanctions on Russia"), else the
story's other state (``implicit_counterpart``); with neither, no event. A measure a
sentence owns to another party ("Moscow's countermeasures take effect today, the
minister said") is not the speaker's.

The writer's own report names no one who takes the measure, unless the measure is one
the story has just told ("Ottawa imposed duties on US steel. The duties start at 25
percent on Monday."): a definite measure noun ("the / these duties") that names no party
of its own is the story's latest ``SANCTION`` with a target (within
``responses.LOOKBACK`` sentences), with its source and target (rule ``story-measure``).
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
from dragoman.events.story_doers import is_retold_act
from dragoman.events.syntax import SUBJECT_DEPS

#: nouns of a measure one state takes against another when the lexicon has no row of them
MEASURE_NOUNS = {"measure", "countermeasure", "control", "cutting", "severance", "embargo", "duty", "tariff",
                 "sanction", "suspension", "expulsion", "restriction"}
#: "take effect", "go into effect / force": verb lemma -> the object or "into" noun it needs
IN_FORCE_VERBS = {"take": {"effect"}, "go": {"effect", "force"}, "come": {"effect", "force"},
                  "enter": {"effect", "force"}, "kick": set()}
IN_FORCE_ADJECTIVES = {"effective", "operative"}
#: verbs of a start said of the measure itself ("the tariffs will start at 10 percent")
STARTING_VERBS = {"start", "begin", "commence"}
#: dependents that make a start verb transitive or an auxiliary ("started to bite", "began talks")
OWN_COMPLEMENT_DEPS = ("dobj", "xcomp", "ccomp", "attr")
MEASURE = speech_entry("SANCTION", None, "160")
RULE = "measure-in-force"
STORY_RULE = "story-measure"
CONFIDENCE = 0.55


def comes_into_force(verb: Token) -> bool:
    """"take effect", "go / come / enter into effect / force", "kick in", "is / becomes
    effective", "start / begin" with no complement of their own."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma in STARTING_VERBS:
        return not any(c.dep_ in OWN_COMPLEMENT_DEPS for c in kids)
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
    """The row a measure noun is read by: its own plain ``SANCTION`` row, else the plain
    ``SANCTION`` of ``MEASURE_NOUNS`` (a "measure" is no retaliatory measure for being in
    force), else its own row that needs a modifier ("aid cuts")."""
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    rows = sorted((e for e in extractor.lexicon.candidates(lemma, "NOUN") if e.type == "SANCTION"),
                  key=lambda e: bool(e.objects))
    if rows and not rows[0].objects:
        return rows[0]
    if lemma in MEASURE_NOUNS:
        return MEASURE
    return rows[0] if rows else None


def measures_in_force(extractor, ctx: SentenceContext) -> list[Candidate]:
    """``SANCTION`` from a speaker who says a measure comes into force (see the module)."""
    out: list[Candidate] = []
    for verb in ctx.sent:
        if verb.pos_ not in ("VERB", "AUX") or not comes_into_force(verb):
            continue
        held = extractor._blame_speaker(verb, ctx)
        if held is None:
            # the writer's own report names no one who takes a measure, save one just told
            out.extend(story_measures(extractor, verb, ctx))
            continue
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


def story_measures(extractor, verb: Token, ctx: SentenceContext) -> list[Candidate]:
    """The story's latest ``SANCTION`` told again by a definite measure noun that is the
    subject of a verb of coming into force and names no party (see the module)."""
    acts = getattr(ctx, "story_acts", None)
    if acts is None:
        return []
    out: list[Candidate] = []
    for noun in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        entry = measure_entry(extractor, noun)
        if entry is None or not is_retold_act(noun, ctx.lookup):
            continue
        earlier = acts.latest_of_type(ctx.index, "SANCTION")
        if earlier is None:
            continue
        source, target = earlier
        modality, cue = modality_of(verb, extractor.cues, stop_at=set())
        out.append(Candidate(
            type="SANCTION", entry=entry, trigger=noun, trigger_span=(noun.i, noun.i + 1),
            source=source, source_tok=noun, target=target, target_tok=None, modality=modality,
            modality_cue=cue, confidence=CONFIDENCE, rules=[RULE, STORY_RULE]))
    return out
