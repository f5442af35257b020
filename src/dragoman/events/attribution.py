"""Attributed attacks: a speaker who states that another party attacked is accusing it.

"Kenyan officials said Somali militants had attacked the base", or a quotation its
speaker gives ("'The rebels attacked a police post,' the minister said"): besides the
attack itself (the lexicon rule's ``ASSAULT``), the statement is an ``ACCUSE`` from the
speaker to the attacker (coding guide §1: reported speech is an event of the speaker),
rule ``attributed-attack``. Not when the speaker tells an act of its own side (a
government reporting its army's raid, a group claiming its own attack): that is a
report or a claim; nor when a witness tells it (residents, reporters), nor when the act
is told in neutral terms (operations conducted, fighting): no accusation is made.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.candidate import Candidate, same_actor, within_one_state
from dragoman.events.context import SentenceContext
from dragoman.events.speech import speech_entry
from dragoman.events.syntax import SUBJECT_DEPS
from dragoman.models import Actor

#: the acts whose statement about another party accuses it
ATTRIBUTED_TYPES = {"ASSAULT"}
ATTRIBUTED_ACCUSE = speech_entry("ACCUSE", None, "112")
#: speakers whose account of an attack is testimony, not an accusation
WITNESS_SECTORS = {"CIV", "MED", "BUS"}
#: words of an act told in neutral, operational terms ("operations are being conducted")
NEUTRAL_ACT_WORDS = {"operation", "conduct", "fight", "clash"}
#: an accusation read from a statement is less sure than a stated one
ATTRIBUTED_CONFIDENCE = 0.55


def accuses(speaker: Actor) -> bool:
    """Whether a speaker's report of another's attack is an accusation: a state, one of
    its organs, an organisation or a known person; a witness or resident (``CIV``), or
    an unknown name, only reports what happened."""
    if speaker.sector in WITNESS_SECTORS:
        return False
    return bool(speaker.country or speaker.sector == "IGO" or speaker.kb_id)


def _quoted(ctx: SentenceContext, i: int) -> bool:
    return any(lo <= i < hi for lo, hi in ctx.quoted)


def reporting_speaker(extractor, ctx: SentenceContext, trigger: Token) -> Optional[tuple[Actor, Token, Token]]:
    """The speaker who reports the act of ``trigger`` and the speech verb, or None: the
    subject of a speech verb (outside quotes) whose reported clause holds the trigger,
    else the quotation's speaker when the trigger lies inside quotes."""
    head = trigger
    while head.head.i != head.i:
        verb = head.head
        if (verb.lemma_.lower() in extractor.cues.speech_verbs and verb.pos_ in ("VERB", "AUX")
                and head.dep_ in ("ccomp", "parataxis") and not _quoted(ctx, verb.i)):
            for c in verb.children:
                if c.dep_ in SUBJECT_DEPS:
                    found = ctx.actors(c, extractor.place_actor)
                    if found:
                        return found[0][0], found[0][1], verb
            return None
        head = verb
    if _quoted(ctx, trigger.i) and ctx.speaker:
        return ctx.speaker[0], ctx.speaker[1], trigger
    return None


def attributed_attacks(extractor, ctx: SentenceContext, candidates: list[Candidate]) -> list[Candidate]:
    """An ``ACCUSE`` from the speaker to the doer of each asserted attack the speaker
    reports of another party (see the module)."""
    out: list[Candidate] = []
    for c in candidates:
        if c.type not in ATTRIBUTED_TYPES or c.modality != "asserted":
            continue
        found = reporting_speaker(extractor, ctx, c.trigger)
        if found is None:
            continue
        speaker, speaker_tok, verb = found
        doer = c.source
        if same_actor(speaker, doer) or within_one_state(speaker, doer) or not accuses(speaker) or (
                c.trigger.lemma_.lower() in NEUTRAL_ACT_WORDS or set(c.entry.objects) & NEUTRAL_ACT_WORDS):
            continue
        in_sentence = ctx.sent.start <= verb.i < ctx.sent.end
        trigger = verb if in_sentence else c.trigger
        span = (trigger.i, trigger.i + 1) if in_sentence else c.trigger_span
        out.append(Candidate(
            type="ACCUSE", entry=ATTRIBUTED_ACCUSE, trigger=trigger, trigger_span=span,
            source=speaker, source_tok=speaker_tok, target=doer, target_tok=c.source_tok,
            modality="asserted", modality_cue="", confidence=ATTRIBUTED_CONFIDENCE,
            quote=c.quote, quote_speaker=c.quote_speaker, rules=["attributed-attack"],
        ))
    return out
