"""Verbs of a coordinated list the parser reads as adjectives, put back as verbs.

In a list of acts that share one subject ("Protesters blocked roads, hurled stones at
police and burned tyres") the small parser often reads a past-tense verb after a comma or
"and" as an adjective of its object ("hurled" as a modifier of "stones"), so the act has
no verb and no subject. The ``coordinated_verb_repair`` component (after the parser) finds
a past-tense verb or participle (tag VBD, VBN) hung as ``amod`` on the noun right after it, just after a comma
or a conjunction, in a sentence whose earlier past-tense verb has a subject; it makes the
word a verb coordinated with that one (``conj``), its noun its object (``dobj``), and the
noun's "at / on / against / into / toward" phrases the verb's. The noun must be what the
parse already made an object or a conjunct, or the subject of a next verb of the list
(after a comma); a noun that is a subject of its own ("and wounded protesters were taken
to hospital") keeps its participle. Nothing else moves.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

#: prepositions of a thrown or aimed act that belong to the verb, not to its object
AIMED_PREPS = {"at", "on", "against", "into", "toward", "towards", "onto"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _earlier_verb(doc: Doc, i: int):
    """The nearest past-tense verb before token ``i`` in its sentence that has a subject or
    inherits one (a ``conj`` of such a verb)."""
    sent = doc[i].sent
    for k in range(i - 1, sent.start - 1, -1):
        v = doc[k]
        if v.tag_ != "VBD" or v.pos_ != "VERB":
            continue
        w = v
        while w.dep_ == "conj" and w.head.i != w.i:
            w = w.head
        if any(c.dep_ in SUBJECT_DEPS for c in w.children):
            return v
    return None


def repair_coordinated_verbs(doc: Doc) -> int:
    """Put the misread verbs of the doc back in place; returns how many were repaired."""
    moves: dict[int, tuple[int, str]] = {}
    for t in doc:
        if t.tag_ not in ("VBD", "VBN") or t.dep_ != "amod" or t.i == 0 or t.i + 1 >= len(doc):
            continue
        noun = doc[t.i + 1]
        if t.head.i != noun.i or noun.pos_ != "NOUN" or doc[t.i - 1].text not in (",", "and"):
            continue
        if noun.dep_ not in ("conj", "dobj", "nsubj") or (
                noun.dep_ == "nsubj" and not (noun.head.i > 0 and doc[noun.head.i - 1].text == ",")):
            continue  # "and injured protesters were taken to hospital": a participle of the noun
        verb = _earlier_verb(doc, t.i)
        if verb is None:
            continue
        moves[t.i] = (verb.i, "conj")
        moves[noun.i] = (t.i, "dobj")
        for c in noun.rights:
            if c.dep_ == "prep" and c.lower_ in AIMED_PREPS:
                moves[c.i] = (t.i, "prep")
    move_tokens(doc, moves)
    return sum(1 for _, d in moves.values() if d == "conj")


def move_tokens(doc: Doc, moves: dict[int, tuple[int, str]]) -> None:
    """Give each token ``i`` of ``moves`` its new (head index, dependency label)."""
    if not moves:
        return
    arr = doc.to_array([HEAD, DEP]).astype("int64")
    strings = doc.vocab.strings
    for i, (head, dep) in moves.items():
        arr[i, 0] = head - i
        arr[i, 1] = strings.add(dep)
    doc.from_array([HEAD, DEP], arr.astype("uint64"))


def repaired(doc: Doc, repair) -> Doc:
    """The doc after ``repair(doc)`` where it has a parse; a repair that cannot be put in
    place (a ``ValueError`` of spaCy's) leaves the parse as it was."""
    if doc.has_annotation("DEP"):
        try:
            repair(doc)
        except ValueError:
            pass
    return doc


@Language.component("coordinated_verb_repair")
def coordinated_verb_repair(doc: Doc) -> Doc:
    """The component (see the module)."""
    return repaired(doc, repair_coordinated_verbs)
