"""Story-level doers: an act told again by a bare noun is the act the story told before.

"A car bomb killed 21 cadets at the police academy in Bogota. The government blamed
the ELN. The attack was the worst to hit the capital in years." The third sentence
tells the attack again (coding guide §1: an event told again is coded again) but names
no doer: "the attack" is the subject of its clause, with a definite determiner and no
owner, "by" phrase or modifier that names a party; with a demonstrative ("this attack",
"that attack") it points back wherever it stands ("two soldiers died in that attack"). Its source and target are those of
the story's latest act of the same type with a target (within ``responses.LOOKBACK``
sentences), rule
``story-doer``. Only for the types in ``RETOLD_TYPES``, and only when no other rule gave
the trigger an event. An attack the story knows from a reported blame ("the government
said the ELN was behind the bombing") is one of its acts too.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.candidate import Candidate
from dragoman.events.context import SentenceContext
from dragoman.events.modality import modality_of

#: acts a bare noun tells again
RETOLD_TYPES = {"ASSAULT"}
RETELLING_DETERMINERS = {"the", "this", "that"}
#: a retold act is the subject of its clause
SUBJECT_OF_CLAUSE = ("nsubj", "nsubjpass")
RETOLD_CONFIDENCE = 0.5


#: determiners that point back at an act told before wherever the noun stands ("in that attack")
DEMONSTRATIVES = {"this", "that"}


def is_retold_act(tok: Token, lookup) -> bool:
    """A definite act noun that names no party of its own and is its clause's subject, or
    one with a demonstrative anywhere ("we lost a soldier in that attack")."""
    if tok.pos_ != "NOUN":
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    if not (dets & DEMONSTRATIVES or (dets & RETELLING_DETERMINERS and tok.dep_ in SUBJECT_OF_CLAUSE)):
        return False
    return not any(lookup.at(t.i) is not None for t in tok.subtree)


def story_doers(extractor, ctx: SentenceContext, candidates: list[Candidate]) -> list[Candidate]:
    """An event for each retold act noun, with the doer and target of the story's latest
    act of its type (see the module)."""
    acts = getattr(ctx, "story_acts", None)
    if acts is None:
        return []
    told = {c.trigger.i for c in candidates}
    out: list[Candidate] = []
    for tok in ctx.sent:
        if tok.i in told or not is_retold_act(tok, ctx.lookup):
            continue
        entry = next((e for e in extractor.lexicon.candidates(tok.lemma_.lower(), "NOUN")
                      if e.type in RETOLD_TYPES and not e.objects), None)
        if entry is None:
            continue
        earlier = acts.latest_of_type(ctx.index, entry.type)
        if earlier is None:
            continue
        source, target = earlier
        modality, cue = modality_of(tok, extractor.cues, stop_at=set())
        out.append(Candidate(
            type=entry.type, entry=entry, trigger=tok, trigger_span=(tok.i, tok.i + 1),
            source=source, source_tok=tok, target=target, target_tok=None,
            modality=modality, modality_cue=cue, confidence=RETOLD_CONFIDENCE, rules=["story-doer"],
        ))
    return out
