"""Denials: a party that denies an act answers whoever accused it of that act.

"Congo accused Rwanda of backing the rebels. Rwanda has repeatedly denied backing
them." The denial names what is denied, not who alleged it: it is a ``REJECT`` (CAMEO
016, deny responsibility) from the denier to the actor of the story's latest accusation
against it (rule ``denied-accusation``), the accusation told in one of the previous
sentences (``responses.LOOKBACK``). A denial whose object names its owner ("rejected
the Bolivian claim") is the lexicon rule's, and a denial nobody made an accusation for
is no event (no addressee is invented).

The act denied is not stated as done: the lexicon rule's event for it ("backing" as
``SUPPORT`` from Rwanda) is dropped (rule ``denied-act``).

A speaker who says the accusations against it (or its side) are baseless, false, or
violate the law ("Moscow said the accusations against Russia violate international law")
dismisses them: a ``REJECT`` (CAMEO 016) to whoever made them, the story's latest accuser
of the speaker's side, else the story's other state (rule ``dismissed-accusation``). An
accusation whose owner is named ("Y's allegations are baseless") is the reported-dismissal
rule's (``speech.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.candidate import Candidate, same_actor
from dragoman.events.context import SentenceContext
from dragoman.events.counterpart import implicit_counterpart
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.modality import modality_of
from dragoman.events.syntax import SUBJECT_DEPS

#: verbs that deny an allegation or an act
DENIAL_VERBS = {"deny", "dismiss", "refute", "reject", "rebut"}
#: what a denial's object is when it denies an allegation: a claim noun, or the act itself
#: as a gerund or a clause ("denied backing the rebels", "denied that it had ...")
ALLEGATION_NOUNS = {"allegation", "accusation", "charge", "claim", "report", "involvement", "responsibility",
                    "role", "link", "wrongdoing", "suggestion", "assertion"}
DENIED_CONTENT_DEPS = ("dobj", "xcomp", "ccomp")
DENIAL = TriggerEntry(
    lemma="deny", pos="VERB", type="REJECT", mode="deny", cameo="016", objects=(), particle=None,
    target_preps=(), complement=None, confidence=0.6, row=0,
)
RULE = "denied-accusation"
DISMISSAL_RULE = "dismissed-accusation"
#: verbs that say what they have as subject breaks a rule ("the accusations violate the law")
VIOLATING_VERBS = {"violate", "breach", "flout", "contravene", "defy"}
#: prepositions of an accusation that name whom it is against
ACCUSED_PREPS = {"against", "of"}


def denied_content(tok: Token) -> list[Token]:
    """The object of a denial verb when it is an allegation or an act (see the module)."""
    if tok.lemma_.lower() not in DENIAL_VERBS or tok.pos_ != "VERB":
        return []
    out = []
    for c in tok.children:
        if c.dep_ not in DENIED_CONTENT_DEPS:
            continue
        if c.pos_ == "VERB" or (c.pos_ == "NOUN" and c.lemma_.lower() in ALLEGATION_NOUNS):
            out.append(c)
    return out


def denied_accusations(extractor, ctx: SentenceContext, candidates: list[Candidate]) -> list[Candidate]:
    """A ``REJECT`` from the denier to its latest accuser in the story, for each denial
    the other rules gave no addressee (see the module)."""
    acts = getattr(ctx, "story_acts", None)
    if acts is None:
        return []
    answered = {c.trigger.i for c in candidates if c.type == "REJECT"}
    out: list[Candidate] = []
    for tok in ctx.sent:
        content = denied_content(tok)
        if not content or tok.i in answered:
            continue
        if any(ctx.lookup.at(t.i) is not None for c in content if c.pos_ == "NOUN" for t in c.subtree):
            continue  # "denied Congo's claims": the owner is named, the lexicon rule's
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        for s_actor, s_tok in (a for c in subjects for a in ctx.actors(c, extractor.place_actor)):
            accuser = acts.latest_accuser(ctx.index, s_actor)
            if accuser is None or same_actor(accuser, s_actor):
                continue
            modality, cue = modality_of(tok, extractor.cues, stop_at=set())
            out.append(Candidate(
                type="REJECT", entry=DENIAL, trigger=tok, trigger_span=(tok.i, tok.i + 1),
                source=s_actor, source_tok=s_tok, target=accuser, target_tok=None,
                modality=modality, modality_cue=cue, confidence=DENIAL.confidence, rules=[RULE],
            ))
    return out


def drop_denied_acts(candidates: list[Candidate]) -> list[Candidate]:
    """Drop the events of acts their own doer denies ("Rwanda denied backing the rebels":
    no ``SUPPORT`` from Rwanda)."""
    denied = [(c.source, {t.i for x in denied_content(c.trigger) for t in x.subtree})
              for c in candidates if RULE in c.rules]
    if not denied:
        return candidates
    return [c for c in candidates
            if not any(c.trigger.i in span and same_actor(c.source, who) for who, span in denied)]


def _dismissed_claim(clause: Token, cues) -> Token | None:
    """The accusation noun a reported clause dismisses: the subject of "are baseless /
    false" (``cues.dismissive``) or of "violate international law", when it names no owner."""
    kids = list(clause.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    dismissive = any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues.dismissive for c in kids) or (
        clause.lemma_.lower() in VIOLATING_VERBS and any(c.dep_ == "dobj" for c in kids))
    if not dismissive:
        return None
    for c in kids:
        if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in cues.claims and not any(
                g.dep_ in ("poss", "compound", "amod", "nmod") and g.i < c.i and g.pos_ in ("PROPN", "PRON")
                for g in c.children):
            return c
    return None


def dismissed_accusations(extractor, ctx: SentenceContext) -> list[Candidate]:
    """``REJECT`` from a speaker who says the accusations against its side are baseless
    or unlawful, to their maker (see the module)."""
    from dragoman.events.speech import SPEECH_REJECT, reported_clauses

    out: list[Candidate] = []
    acts = getattr(ctx, "story_acts", None)
    for tok in ctx.sent:
        if tok.lemma_.lower() not in extractor.cues.speech_verbs or tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(lo <= tok.i < hi for lo, hi in ctx.quoted):
            continue
        speakers = extractor._subject_actors(tok, ctx) or extractor._inherited_subject(tok, ctx)
        if not speakers:
            continue
        for clause in reported_clauses(tok):
            claim = _dismissed_claim(clause, extractor.cues)
            if claim is None:
                continue
            accused = [a for p in claim.children if p.dep_ == "prep" and p.lower_ in ACCUSED_PREPS
                       for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, extractor.place_actor)]
            own = {a.country for a, _ in speakers if a.country}
            if any(a.country not in own for a, _ in accused):
                continue  # "the accusations against Iran are baseless", said by a third party
            makers = []
            for side, _ in accused or speakers:
                accuser = acts.latest_accuser(ctx.index, side) if acts is not None else None
                if accuser is not None and accuser.country not in own:
                    makers = [(accuser, None)]
                    break
            makers = makers or implicit_counterpart(speakers, ctx)
            out += extractor._speech_events(ctx, tok, speakers, clause, SPEECH_REJECT, DISMISSAL_RULE,
                                            targets=makers)
    return out
