"""Clause shapes the argument rules read: where the parser hung a purpose infinitive, two
passives sharing one patient and agent, an act told as a later step of another, phrases that
name both sides of a pair, and the default target prepositions of a trigger entry. Pure
functions over spaCy tokens, used by `events.arguments`."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.doc_index import entity_at
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.syntax import PASSIVE_SUBJECT_DEPS, SETTING_PREPS, SUBJECT_DEPS
from dragoman.nlp import is_to_infinitive

# prepositions that introduce a target when the lexicon entry names none
DEFAULT_TARGET_PREPS = ("with", "to", "on", "against", "at", "toward", "towards", "into", "upon", "from", "for")

MUTUAL_WORDS = {"both", "sides", "side", "countries", "nations", "governments", "parties", "leaders", "delegations"}




def misattached_purpose(verb: Token) -> Optional[Token]:
    """The verb a purpose infinitive belongs to when the parser hung it on the object of a
    setting preposition of that verb: "threw stones on several roads **to demonstrate**"
    (parsed as roads to demonstrate) is the throwers' purpose. None otherwise."""
    if verb.dep_ not in ("acl", "relcl") or not is_to_infinitive(verb):
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS:
        return None
    governor = noun.head.head
    return governor if governor.pos_ in ("VERB", "AUX") else None


def shared_passive(verb: Token) -> Optional[tuple[list[Token], list[Token]]]:
    """The patient and agent two coordinated passive verbs share, when the parser hung each
    on one of them: "a man was shot and killed by gunmen" (the patient on "shot", the "by"
    phrase on "killed"); None when the verb has both of its own or is no such pair. Returns
    (patient heads, agent heads)."""
    chain = [verb] + [c for c in verb.conjuncts if c.pos_ in ("VERB", "AUX")]
    if len(chain) < 2 or not any(c.dep_ == "auxpass" for v in chain for c in v.children):
        return None
    patients = [c for v in chain for c in v.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    agents = [g for v in chain for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    own_patient = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
    own_agent = any(c.dep_ == "agent" for c in verb.children)
    if not patients or not agents or (own_patient and own_agent):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None  # an active verb of its own ("X was arrested and Y killed him")
    return patients[:1], agents[:1]


def shared_object(verb: Token, own_objects: set[str]) -> list[Token]:
    """The object a verb shares with the next verb coordinated after it, when the parser
    hung it on that one: "soldiers beat and arrested five students", "gunmen abducted and
    killed a teacher" (the object on the second verb). [] when the verb has an object of its
    own (other than ``own_objects``, the words a light-verb entry is made of), when the next
    verb has its own subject ("X fled and police arrested Y") or no object."""
    if any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in own_objects for c in verb.children):
        return []
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if nxt is None or any(c.dep_ in SUBJECT_DEPS for c in nxt.children):
        return []
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in verb.doc[verb.i + 1:nxt.i]):
        return []
    return [c for c in nxt.children if c.dep_ in ("dobj", "obj")][:1]


def default_preps(entry: TriggerEntry) -> tuple[str, ...]:
    """Prepositions that may introduce the target of an entry that names none. A demand
    for "action against X" is not addressed to X."""
    if entry.type == "REQUEST":
        return tuple(p for p in DEFAULT_TARGET_PREPS if p not in ("against", "into", "at"))
    return DEFAULT_TARGET_PREPS


# adverbs of sequence between coordinated places ("visits to Kabul and then Islamabad")
SEQUENCE_ADVERBS = {"then", "later", "subsequently", "afterwards", "afterward", "next", "finally", "eventually"}


def one_prep_below(head: Token, tok: Token) -> bool:
    """Whether the path from ``tok`` up to ``head`` is short (at most four steps) and passes
    through one preposition only: the "in X" of the phrase's own clause ("actors fuelling the
    violence in Sudan"), not of a phrase nested in another ("a statement on talks about
    militants in X")."""
    preps, node = 0, tok
    for _ in range(4):
        node = node.head
        preps += node.dep_ == "prep"
        if node.i == head.i:
            return preps == 1
    return False


def detached_sequel(pobj: Token) -> list[Token]:
    """A second object coordinated through an adverb of sequence that the parser hung
    elsewhere: "visits to Kabul and then Islamabad were not announced" is often parsed
    with "Islamabad" as a second subject of "announced". The sequel counts when it is a
    subject beside another subject of its verb, or the subject of a verb that is no
    clause of its own (a conjunct of a noun); "aid to Nepal and then Bhutan followed
    suit" coordinates two clauses and names no second recipient."""
    doc = pobj.doc
    j = max(t.i for t in pobj.subtree) + 1
    if j + 2 >= len(doc) or doc[j].lower_ != "and" or doc[j + 1].lower_ not in SEQUENCE_ADVERBS:
        return []
    y = doc[j + 2]
    if y.lower_ == "to" and j + 3 < len(doc):  # "to Kabul and later to Islamabad"
        y = doc[j + 3]
    ent = entity_at(doc, y.i)
    if ent is None:
        return []
    y = ent.root  # "New Delhi": its head word
    if ent.label_ not in ("GPE", "LOC", "NORP", "ORG") or y.i in {t.i for t in pobj.subtree}:
        return []
    if y.dep_ == "conj" and y.head.i == pobj.i:
        return []  # a proper conjunct: already among the object's members
    verb = y.head
    if y.dep_ not in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return []
    shared = any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and c.i != y.i for c in verb.children)
    fragment = verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN")
    return [y] if shared or fragment else []


def names_both_sides(tok: Token) -> bool:
    """ "the two militaries", "both countries", "the two sides" """
    words = {t.lower_ for t in tok.subtree}
    return bool(words & {"two", "both"}) and tok.lemma_.lower() in MUTUAL_WORDS | PAIR_NOUNS


PAIR_NOUNS = {"military", "militaries", "army", "armies", "force", "forces", "state", "states", "ally", "allies", "neighbour", "neighbor", "neighbours", "neighbors", "capital", "capitals", "government"}


#: prepositions of a reason phrase a parser may hang the target phrase on ("pointed the
#: finger for the fires at X": "at X" attached to "fires")
REASON_PREPS = ("for", "over")
#: directional target prepositions that a reason phrase never takes itself
DIRECTED_PREPS = ("at",)


def reason_phrase_objects(holders: list[Token], target_preps: tuple[str, ...]) -> list[Token]:
    """The objects of a reason phrase ("for / over Y") under a trigger or its object, when
    the trigger aims at its target with a directional preposition ("at") that the parser
    attached to the reason's noun instead: "pointed the finger over the killings at X",
    "hurled accusations for the delay at X". Those nouns are then holders of the target
    phrase. Only "at" is read so: "sanctions over the attack on Ukraine" names the victim
    of the reason, not the sanctioned."""
    if not set(DIRECTED_PREPS) & set(target_preps):
        return []
    out = []
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in REASON_PREPS:
                out += [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                        and any(p.dep_ == "prep" and p.lower_ in DIRECTED_PREPS for p in g.children)]
    return out


#: gerunds the parser takes for the verb of a target after "at" ("fired at passing cars")
MOVING_GERUNDS = {"passing", "fleeing", "retreating", "approaching", "advancing", "oncoming", "moving"}


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition: its ``pobj``, and the object of a gerund of motion
    the parser hung under it in their place ("threw stones at passing vehicles": the
    vehicles, parsed as the object of "passing")."""
    out = [g for g in prep.children if g.dep_ == "pobj"]
    out += [o for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lower_ in MOVING_GERUNDS
            for o in g.children if o.dep_ in ("dobj", "obj")]
    return out
