"""Modality of an event: asserted, negated, hypothetical or future (coding guide §4).

The cues are data (``data/lexicons/modality.yaml``); this module walks the parse from
the trigger up through the words that govern it, stopping at the clause that reports
it (a speech verb), and returns the strongest modality it finds with the cue that
decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.tokens import Token

from dragoman.data_files import data_path

# dependency relations through which a governing word's modality reaches the trigger
_GOVERNING_DEPS = {"xcomp", "ccomp", "conj", "acl", "advcl", "relcl", "pcomp", "prep", "pobj", "dobj", "nsubj", "nsubjpass", "attr", "oprd", "amod", "compound", "csubj"}
_MAX_STEPS = 6


@dataclass(frozen=True)
class ModalityCues:
    negation_particles: frozenset[str]
    negation_governors: frozenset[str]
    negated_nouns: frozenset[str]
    occurrence_verbs: frozenset[str]
    hypothetical_marks: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_governors: frozenset[str]
    hypothetical_adjectives: frozenset[str]
    hypothetical_nouns: frozenset[str]
    future_modals: frozenset[str]
    future_governors: frozenset[str]
    future_adjectives: frozenset[str]
    speech_verbs: frozenset[str]
    deontic: frozenset[str]
    reproach: frozenset[str]
    obligation_passives: frozenset[str]
    face_verbs: frozenset[str]
    penalties: frozenset[str]
    need_nouns: frozenset[str]
    commentators: frozenset[str]
    claims: frozenset[str]
    dismissive: frozenset[str]
    difficulty: frozenset[str]
    refusal_exceptions: frozenset[str]
    necessity_adjectives: frozenset[str]
    stance_nouns: frozenset[str]
    stance_verbs: frozenset[str]
    past_adjectives: frozenset[str]
    evidence_nouns: frozenset[str]
    linking_verbs: frozenset[str]
    presenting_verbs: frozenset[str]

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

        return cls(
            negation_particles=s("negation", "particles"),
            negation_governors=s("negation", "governors"),
            negated_nouns=s("negation", "negated_nouns"),
            occurrence_verbs=s("negation", "occurrence_verbs"),
            hypothetical_marks=s("hypothetical", "marks"),
            hypothetical_modals=s("hypothetical", "modals"),
            hypothetical_governors=s("hypothetical", "governors"),
            hypothetical_adjectives=s("hypothetical", "adjectives"),
            hypothetical_nouns=s("hypothetical", "nouns"),
            future_modals=s("future", "modals"),
            future_governors=s("future", "governors"),
            future_adjectives=s("future", "adjectives"),
            speech_verbs=s("speech_verbs"),
            deontic=s("deontic"),
            reproach=s("reproach"),
            obligation_passives=s("obligation_passives"),
            face_verbs=s("consequences", "verbs"),
            penalties=s("consequences", "penalties"),
            need_nouns=s("need_nouns"),
            commentators=s("commentators"),
            claims=s("dismissal", "claims"),
            dismissive=s("dismissal", "predicates"),
            difficulty=s("difficulty"),
            refusal_exceptions=s("refusal_exceptions"),
            necessity_adjectives=s("necessity_adjectives"),
            stance_nouns=s("reproach_holders", "nouns"),
            stance_verbs=s("reproach_holders", "verbs"),
            past_adjectives=s("asserted", "adjectives"),
            evidence_nouns=s("evidence", "nouns"),
            linking_verbs=s("evidence", "linking_verbs"),
            presenting_verbs=s("evidence", "presenting_verbs"),
        )


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
        if tok.dep_ not in _GOVERNING_DEPS or tok.head is tok:
            break
        dep = tok.dep_
        head = tok.head
        if head.i in stop_at or _named_as_done(head, cues):
            break  # "the repeated rejection of X's request": what a done act answered was done
        if head.lemma_.lower() in cues.speech_verbs and dep in ("ccomp", "parataxis"):
            break  # the reporting clause's own modality is not the event's
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
