"""An all-capitals acronym the parser reads as the auxiliary "is", put back as a name.

"IS militants attacked the base" (IS: the Islamic State) is parsed with "IS" as the
passive auxiliary of "attacked", so the act looks passive and its doer is lost. The
``acronym_auxiliary_repair`` component (after the parser) finds a token written "IS" in
capitals, parsed as ``aux`` or ``auxpass`` of a verb on its right: when the word right
after it is a noun that is the verb's subject, the acronym becomes that noun's modifier
(``compound``: "IS militants"); when the verb has no subject at all, the acronym is its
subject ("after IS targeted several positions"). Its part of speech becomes a proper noun.
Nothing else moves.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dragoman.coordinated_verbs import move_tokens, repaired

#: capitalised acronyms that spell an auxiliary
AUXILIARY_ACRONYMS = {"IS"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


def repair_acronym_auxiliaries(doc: Doc) -> int:
    """Put the misread acronyms of the doc back as names; returns how many were repaired."""
    moves: dict[int, tuple[int, str]] = {}
    for t in doc:
        if t.text not in AUXILIARY_ACRONYMS or t.dep_ not in ("aux", "auxpass") or t.head.i <= t.i:
            continue
        verb = t.head
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt in subjects:
            moves[t.i] = (nxt.i, "compound")
        elif not subjects and verb.pos_ == "VERB":
            moves[t.i] = (verb.i, "nsubj")
    move_tokens(doc, moves)
    for i in moves:
        doc[i].pos_ = "PROPN"
        doc[i].tag_ = "NNP"
    return len(moves)


@Language.component("acronym_auxiliary_repair")
def acronym_auxiliary_repair(doc: Doc) -> Doc:
    """The component (see the module)."""
    return repaired(doc, repair_acronym_auxiliaries)
