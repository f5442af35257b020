"""Gerunds the parser took for a name's modifier: "the cabinet approved ejecting South Korea
from the list", "Moscow resumed shelling Kharkiv".

The small parser often reads a gerund before a proper name as a compound of that name
("ejecting/compound South Korea/dobj approved"): the name then looks like the object of
the governing verb ("approved South Korea": a SUPPORT) and the gerund's act is lost. A
gerund (tag ``VBG``) that is a compound of a proper-name object of a verb is read here
as the verb it is: its lexicon row's act (``VERB`` rows that require no object word),
done by the governing verb's subject, to the name (rule ``gerund-object``), with the
governing verb's modality. The pruner of the same name drops the governing verb's own
event that took the name as its target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.candidate import Candidate, same_actor, within_one_state
from dragoman.events.context import SentenceContext
from dragoman.events.modality import modality_of
from dragoman.events.syntax import OBJECT_DEPS

RULE = "gerund-object"
CONFIDENCE_FACTOR = 0.85


def misparsed_gerund(tok: Token) -> bool:
    """A lower-case "-ing" word (tagged a gerund or a noun) parsed as the first modifier of
    a proper-name object of a verb, right after that verb ("approved ejecting South Korea")."""
    head = tok.head
    return (tok.tag_ in ("VBG", "NN") and tok.text.islower() and tok.text.endswith("ing") and len(tok.text) > 5
            and tok.dep_ == "compound" and tok.i < head.i and head.pos_ == "PROPN"
            and head.dep_ in OBJECT_DEPS and head.head.pos_ == "VERB" and tok.i == head.left_edge.i
            and head.head.i < tok.i)


def gerund_lemmas(tok: Token) -> list[str]:
    """The verb lemmas an "-ing" word may be: its parsed lemma, then the stem ("eject"), the
    stem with "e" ("use"), the stem less a doubled consonant ("expel")."""
    word = tok.lower_
    stem = word[:-3]
    out = [tok.lemma_.lower(), stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return out


def gerund_object_acts(extractor, ctx: SentenceContext) -> list[Candidate]:
    """The act of each misparsed gerund (see the module)."""
    out: list[Candidate] = []
    for tok in ctx.sent:
        if not misparsed_gerund(tok):
            continue
        rows = next((r for r in ([e for e in extractor.lexicon.candidates(lemma, "VERB") if not e.objects and not e.particle]
                                 for lemma in gerund_lemmas(tok)) if r), [])
        if not rows:
            continue
        entry = rows[0]
        obj, governor = tok.head, tok.head.head
        doers = extractor._subject_actors(governor, ctx) or extractor._inherited_subject(governor, ctx)
        targets = ctx.actors(obj, extractor.place_actor)
        if not doers or not targets:
            continue
        modality, cue = modality_of(governor, extractor.cues, stop_at=set())
        for s_actor, s_tok in doers:
            for t_actor, t_tok in targets:
                if same_actor(s_actor, t_actor) or within_one_state(s_actor, t_actor):
                    continue
                out.append(Candidate(
                    type=entry.type, entry=entry, trigger=tok, trigger_span=(tok.i, tok.i + 1),
                    source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                    modality=modality, modality_cue=cue,
                    confidence=round(entry.confidence * CONFIDENCE_FACTOR, 3), rules=[RULE],
                ))
    return out


def drop_gerund_governors(candidates: list[Candidate]) -> list[Candidate]:
    """Pruner: the governing verb's event whose target is a misparsed gerund's name ("approved
    South Korea") when the gerund's act was read (``gerund-object``)."""
    names = {c.target_tok.i for c in candidates if RULE in c.rules and c.target_tok is not None}
    governors = {c.trigger.head.head.i for c in candidates if RULE in c.rules}
    return [c for c in candidates if RULE in c.rules or not (
        c.trigger.i in governors and c.target_tok is not None and c.target_tok.i in names)]
