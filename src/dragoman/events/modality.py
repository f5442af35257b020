"""Modality of an event: asserted, negated, hypothetical or future (coding guide §4).

The cues are data (``data/lexicons/modality.yaml``); this module walks the parse from
the trigger up through the words that govern it, stopping at the clause that reports
it (a speech verb), and returns the strongest modality it finds with the cue that
decided.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache

import yaml
from spacy.tokens import Token

from dragoman.data_files import data_path

# dependency relations through which a governing word's modality reaches the trigger
_GOVERNING_DEPS = {"xcomp", "ccomp", "conj", "acl", "advcl", "relcl", "pcomp", "prep", "pobj", "dobj", "nsubj", "nsubjpass", "attr", "oprd", "amod", "compound", "csubj"}
_MAX_STEPS = 6


def _cue(*keys: str):
    """A cue field read from the YAML keys ``keys`` (a section, then a list within it)."""
    return field(default=frozenset(), metadata={"yaml": keys})


@dataclass(frozen=True)
class ModalityCues:
    """The cue words of ``modality.yaml``; each field names the YAML keys it is read from."""

    negation_particles: frozenset[str] = _cue("negation", "particles")
    negation_governors: frozenset[str] = _cue("negation", "governors")
    negated_nouns: frozenset[str] = _cue("negation", "negated_nouns")
    occurrence_verbs: frozenset[str] = _cue("negation", "occurrence_verbs")
    hypothetical_marks: frozenset[str] = _cue("hypothetical", "marks")
    hypothetical_modals: frozenset[str] = _cue("hypothetical", "modals")
    hypothetical_governors: frozenset[str] = _cue("hypothetical", "governors")
    hypothetical_adjectives: frozenset[str] = _cue("hypothetical", "adjectives")
    hypothetical_nouns: frozenset[str] = _cue("hypothetical", "nouns")
    future_modals: frozenset[str] = _cue("future", "modals")
    future_governors: frozenset[str] = _cue("future", "governors")
    future_adjectives: frozenset[str] = _cue("future", "adjectives")
    speech_verbs: frozenset[str] = _cue("speech_verbs")
    deontic: frozenset[str] = _cue("deontic")
    reproach: frozenset[str] = _cue("reproach")
    obligation_passives: frozenset[str] = _cue("obligation_passives")
    face_verbs: frozenset[str] = _cue("consequences", "verbs")
    penalties: frozenset[str] = _cue("consequences", "penalties")
    need_nouns: frozenset[str] = _cue("need_nouns")
    commentators: frozenset[str] = _cue("commentators")
    claims: frozenset[str] = _cue("dismissal", "claims")
    dismissive: frozenset[str] = _cue("dismissal", "predicates")
    difficulty: frozenset[str] = _cue("difficulty")
    refusal_exceptions: frozenset[str] = _cue("refusal_exceptions")
    necessity_adjectives: frozenset[str] = _cue("necessity_adjectives")
    stance_nouns: frozenset[str] = _cue("reproach_holders", "nouns")
    stance_verbs: frozenset[str] = _cue("reproach_holders", "verbs")
    past_adjectives: frozenset[str] = _cue("asserted", "adjectives")
    evidence_nouns: frozenset[str] = _cue("evidence", "nouns")
    linking_verbs: frozenset[str] = _cue("evidence", "linking_verbs")
    presenting_verbs: frozenset[str] = _cue("evidence", "presenting_verbs")

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "ModalityCues":
        with open(data_path("lexicons", "modality.yaml"), encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)

        def s(*keys: str) -> frozenset[str]:
            node = raw
            for k in keys:
                node = node.get(k, []) if isinstance(node, dict) else []
            return frozenset(str(x).lower() for x in node or [])

        return cls(**{f.name: s(*f.metadata["yaml"]) for f in fields(cls)})


_RANK = {"asserted": 0, "future": 1, "hypothetical": 2, "negated": 3}


def _own_cues(tok: Token, cues: ModalityCues, is_trigger: bool) -> tuple[str, str] | None:
    """Modality signalled by the words attached to one token of the chain."""
    found: tuple[str, str] | None = None

    def better(m: str, why: str) -> None:
        nonlocal found
        if found is None or _RANK[m] > _RANK[found[0]]:
            found = (m, why)

    for child in tok.children:
        low = child.lower_
        if low == "longer" and any(g.lower_ == "no" for g in child.children):
            better("negated", "neg:no longer")
        elif child.dep_ == "neg" or (low in cues.negation_particles and child.dep_ in ("advmod", "det", "preconj", "cc")):
            if low == "nor" and child.dep_ == "cc":
                continue
            better("negated", f"neg:{low}")
        elif child.dep_ in ("aux", "auxpass"):
            if low in cues.future_modals or child.lemma_ in cues.future_modals:
                better("future", f"aux:{low}")
            elif low in cues.hypothetical_modals:
                better("hypothetical", f"aux:{low}")
        elif child.dep_ == "mark" and low in cues.hypothetical_marks:
            better("hypothetical", f"mark:{low}")
        elif child.dep_ == "amod" and tok.pos_ == "NOUN":
            if low in cues.future_adjectives:
                better("future", f"amod:{low}")
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.negated_nouns and not is_trigger:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            better("negated", f"no-{tok.lemma_}")
    return found


def _governor_cue(tok: Token, cues: ModalityCues) -> tuple[str, str] | None:
    lemma = tok.lemma_.lower()
    if lemma in cues.negation_governors:
        return ("negated", f"governor:{lemma}")
    if tok.pos_ == "NOUN" and lemma in cues.hypothetical_nouns:
        return ("hypothetical", f"governor:{lemma}")
    if tok.pos_ in ("ADJ",) and lemma in cues.hypothetical_adjectives:
        return ("hypothetical", f"governor:{lemma}")
    if lemma in cues.hypothetical_governors and tok.pos_ in ("VERB", "ADJ"):
        return ("hypothetical", f"governor:{lemma}")
    if lemma in cues.future_governors and tok.pos_ in ("VERB", "NOUN", "ADJ"):
        return ("future", f"governor:{lemma}")
    return None


def _named_as_done(tok: Token, cues: ModalityCues) -> bool:
    """A nominal act named as done or under way ("the repeated rejection", "recent incursions")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in cues.past_adjectives for c in tok.children)


def _conditional(clause_head: Token, cues: ModalityCues) -> bool:
    """The clause holds a condition ("if", "unless") of its own."""
    return any(t.dep_ == "mark" and t.lower_ in cues.hypothetical_marks for t in clause_head.subtree)


def modality_of(trigger: Token, cues: ModalityCues | None = None, stop_at: set[int] | None = None) -> tuple[str, str]:
    """Return ``(modality, cue)`` for the event whose trigger is ``trigger``.

    ``stop_at`` holds token indices of words the walk must not climb past (the
    speech verb that reports the event, or another event's trigger whose frame
    already carries the embedded act).
    """
    cues = cues or ModalityCues.default()
    stop_at = stop_at or set()
    best: tuple[str, str] = ("asserted", "")

    def consider(candidate: tuple[str, str] | None) -> None:
        nonlocal best
        if candidate and _RANK[candidate[0]] > _RANK[best[0]]:
            best = candidate

    tok = trigger
    consider(_own_cues(tok, cues, is_trigger=True))
    if _named_as_done(tok, cues):
        return best  # "the US's repeated rejection": named as done, whatever governs the phrase
    for _ in range(_MAX_STEPS):
        if tok.dep_ not in _GOVERNING_DEPS or tok.head.i == tok.i:
            break
        dep = tok.dep_
        head = tok.head
        if head.i in stop_at or _named_as_done(head, cues):
            break  # "the repeated rejection of X's request": what a done act answered was done
        if head.lemma_.lower() in cues.speech_verbs and dep in ("ccomp", "parataxis"):
            # the reporting clause's own modality is not the event's; and a "would" reported
            # after a past speech verb is the future of that past ("announced that France
            # would withdraw"), not a condition
            if best == ("hypothetical", "aux:would") and head.tag_ == "VBD" and not _conditional(tok, cues):
                best = ("future", "reported:would")
            break
        if dep in ("ccomp", "parataxis") and head.i > tok.i:
            break  # a clause fronted before its verb is reported, not governed ("X did Y, Z denied")
        if dep in ("xcomp", "acl", "pcomp", "prep", "pobj", "ccomp", "advcl", "relcl", "amod", "compound"):
            consider(_governor_cue(head, cues))
        own = _own_cues(head, cues, is_trigger=False)
        # a conjunct does not inherit its sibling's negation ("did not X but Y")
        if own and dep == "conj" and own[0] == "negated":
            own = None
        if own and dep in ("relcl", "advcl") and own[0] != "negated":
            own = None
        if own and dep in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") and own[0] != "negated":
            own = None
        if own and own[0] == "negated" and dep in ("nsubj", "nsubjpass") and head.lemma_.lower() not in cues.occurrence_verbs:
            own = None  # "the visit was not announced": the visit still happened
        consider(own)
        if dep in ("advcl", "relcl"):
            break
        tok = head
    return best
