"""What a claim is about: the act demanded, promised or threatened, and its object.

A claim event (REQUEST, AGREE, THREATEN) has a trigger ("demanded", "urged",
"threatened", "agreed"). Its topic is read from the dependency parse of its sentence:

1. the *act*: a verb the trigger governs (``xcomp``/``ccomp``, a to-infinitive
   ``advcl``: "demanded that China **withdraw**", "urged Pakistan **to launch**"), else a
   noun it governs (its object, or the object of "for"/"on"/"to": "called **for talks**",
   "demanded the **withdrawal**");
2. the act's *object*: the verb's direct object and the first prepositional phrase that
   is not a time ("withdraw **troops from the border**", not "... on Monday"); a light
   verb ("launch an operation", "take action") gives way to its object noun.

A topic is never a time (weekday, month, date), never a bare verb without an object,
never a person's name and never the verb "be"; when nothing fits the claim has no topic.

Each topic has a *key*: the lemmas of its content words in text order, so that "withdraw
its troops from the border" and "withdrawing troops from the border" meet. Two keys are
the same claim when their act agrees and their words overlap enough
(:func:`same_claim`). The word lists (light verbs, time words) are in
``data/lexicons/claim_topics.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import yaml

from dragoman.data_files import data_path

# Two claims are one when this share of the shorter key's words is in the other.
TOPIC_OVERLAP_MIN = 0.6
# A prepositional phrase after the object keeps at most this many words.
MAX_PREP_WORDS = 4
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
TIME_ENTS = frozenset({"DATE", "TIME"})
ACT_DEPS = frozenset({"xcomp", "ccomp"})
NOUN_ACT_PREPS = frozenset({"for", "on", "to", "of", "against"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})


@lru_cache(maxsize=1)
def _words() -> dict:
    with open(data_path("lexicons", "claim_topics.yaml"), encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


@dataclass(frozen=True)
class ClaimTopic:
    """The act and object a claim is about."""

    text: str  # as written, without determiners but a phrase's "the": "withdraw troops from the border"
    key: tuple[str, ...]  # content lemmas: ("withdraw", "troop", "border")
    act: str  # the act's lemma: "withdraw" (a verb) or "operation" (a noun)
    act_pos: str  # VERB or NOUN


def _is_time(tok) -> bool:
    w = _words()
    return tok.ent_type_ in TIME_ENTS or tok.lower_ in w["time_words"] or tok.lemma_.lower() in w["time_words"]


def _is_person_or_pronoun(tok) -> bool:
    return tok.ent_type_ == "PERSON" or tok.pos_ == "PRON"


def _np_tokens(head, with_prep: bool = True) -> list:
    """A noun phrase without determiners, relative clauses or appositions: the modifiers
    next to the head ("North Waziristan", "military stand-off"), the head, and
    (``with_prep``) its first prepositional phrase that is not a time."""
    mods: list = []
    for c in reversed(list(head.lefts)):  # nearest first
        if not (c.dep_ in MODIFIER_DEPS or (c.dep_ == "punct" and c.text == "-")) or _is_time(c):
            break
        mods = [t for t in c.subtree if t.dep_ not in ("det", "poss", "predet", "case")] + mods
    toks = mods + [head]
    if with_prep:
        toks += _prep_phrase(head)
    return toks


def _prep_phrase(tok) -> list:
    """The first prepositional phrase after ``tok`` that is not a time ("from the border")."""
    for c in tok.rights:
        if c.dep_ != "prep":
            continue
        objs = [o for o in c.children if o.dep_ == "pobj"]
        if not objs or _is_time(objs[0]) or objs[0].pos_ == "PRON":
            continue
        the = [d for d in objs[0].lefts if d.dep_ == "det" and d.lower_ == "the"]  # "from the border" reads
        phrase = [c] + the + _np_tokens(objs[0], with_prep=False)
        if len(phrase) <= MAX_PREP_WORDS + 1:
            return phrase
    return []


def _clause_act(tok):
    """A verb under ``tok`` that says what is to be done: a to-infinitive or a that-clause."""
    for c in tok.rights:
        if c.pos_ == "VERB" and c.dep_ in ("acl", "relcl", "advcl", "xcomp", "ccomp") and any(
                a.dep_ in ("aux", "mark") and a.lower_ in ("to", "that") for a in c.children):
            return c
    return None


def _noun_topic(noun) -> Optional[list]:
    """Tokens of a noun act: "military operation in North Waziristan"; a noun that only
    restates the claim ("a commitment to tackle X", "steps to deny Y") gives way to its act."""
    w = _words()
    if _is_person_or_pronoun(noun) or _is_time(noun):
        return None
    if noun.lemma_.lower() in w["claim_nouns"]:
        inner = _clause_act(noun)
        if inner is not None:
            return _verb_topic(inner)
        for c in noun.rights:
            if c.dep_ == "prep" and c.lower_ in NOUN_ACT_PREPS:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "NOUN":
                    return _noun_topic(obj)
        if noun.lemma_.lower() in w["vague_nouns"]:
            return None
    return _np_tokens(noun)


def _verb_topic(verb) -> Optional[list]:
    """Tokens of a verb act with its object: "withdraw troops from the border"."""
    w = _words()
    lemma = verb.lemma_.lower()
    if lemma in w["empty_verbs"]:
        # "there would be a price if they do not take action": the condition is the demand
        cond = next((c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)), None)
        return _verb_topic(cond) if cond is not None and cond.lemma_.lower() not in w["empty_verbs"] else None
    # the act's own object may be a person ("release Shakil Afridi"); the topic is then more than the name
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ != "PRON"), None)
    if obj is not None and _is_time(obj):
        obj = None
    particle = [c for c in verb.children if c.dep_ == "prt"]
    if lemma in w["light_verbs"]:
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            toks = _noun_topic(obj)
            if toks and not any(t.dep_ == "prep" for t in toks):
                toks += _prep_phrase(verb)
            if toks:
                return toks
        inner = _clause_act(verb)  # "do more to crack down on extremists"
        return _verb_topic(inner) if inner is not None else None
    toks = [verb] + particle
    dative = [t for c in verb.children if c.dep_ == "dative" and c.pos_ == "NOUN" for t in _np_tokens(c, False)]
    toks += dative
    if obj is not None:
        # after an indirect object the article reads ("give peace a chance")
        toks += [d for d in obj.lefts if d.dep_ == "det" and d.lower_ in ("a", "an")] if dative else []
        toks += _np_tokens(obj)
    if not any(t.dep_ == "prep" for t in toks):
        toks += _prep_phrase(verb)
    if len(toks) == 1 + len(particle):  # a bare verb: look into what it governs ("stop supporting X")
        inner = next((c for c in verb.children if c.dep_ in ACT_DEPS and c.pos_ == "VERB"), None)
        inner_toks = _verb_topic(inner) if inner is not None else None
        return toks + inner_toks if inner_toks else None
    return toks


def _bracketed(a, b) -> bool:
    """Whether an opening bracket stands between tokens ``a`` and ``b`` (a parenthesis)."""
    lo, hi = sorted((a.i, b.i))
    between = [t.text for t in a.doc[lo:hi]]
    return "(" in between and ")" not in between


def _act_of(trigger, addressee: frozenset = frozenset()):
    """The verb or noun the trigger governs as what is demanded, promised or threatened.

    A clause ("urged the government **to show** ...") comes before a noun (its object
    is then the addressee); of several, the nearest after the trigger. A noun that is
    the addressee (its words among ``addressee``) is never the act."""
    clauses, nouns = [], []
    for c in trigger.children:
        if _bracketed(trigger, c):
            continue
        if c.dep_ in ACT_DEPS and c.pos_ in ("VERB", "AUX"):
            clauses.append(c)
        elif c.dep_ in ("advcl", "acl", "relcl") and c.pos_ == "VERB" and any(
                a.dep_ in ("aux", "mark") and a.lower_ in ("to", "that") for a in c.children):
            clauses.append(c)
        elif c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and not _is_time(c):
            nouns.append(c)
        elif c.dep_ == "prep" and c.lower_ in NOUN_ACT_PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and not _is_time(obj):
                nouns.append(obj)
    nouns = [n for n in nouns if not ({t.lower_ for t in n.lefts} | {n.lower_}) & addressee]
    found = clauses or nouns
    if not found and trigger.pos_ == "NOUN" and trigger.head.pos_ == "VERB" and trigger.head is not trigger:
        # "made a commitment that ...": the clause may hang on the light verb
        return _clause_act(trigger.head)
    after = [c for c in found if c.i > trigger.i]
    pool = after or found
    return min(pool, key=lambda c: abs(c.i - trigger.i)) if pool else None


def _key(tokens: list) -> tuple[str, ...]:
    w = _words()
    out = []
    for t in tokens:
        if t.pos_ not in CONTENT_POS:
            continue
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and (lemma in w["light_verbs"] or lemma in w["empty_verbs"]):
            continue
        out.append(lemma)
    return tuple(out)


def _text(tokens: list, verb) -> str:
    """The tokens as written (the act verb as its lemma), hyphens kept tight."""
    parts: list[str] = []
    for k, t in enumerate(tokens):
        word = t.lemma_.lower() if t is verb else t.text
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        tight = nxt is not None and nxt.i == t.i + 1 and not t.whitespace_
        parts.append(word + ("" if tight or nxt is None else " "))
    return "".join(parts)


def topic_from_parse(sent, trigger_offset: int, trigger_text: str = "", addressee: str = "") -> Optional[ClaimTopic]:
    """The topic of the claim whose trigger starts at ``trigger_offset`` (characters into
    the parsed sentence ``sent``), or None when the parse names no act with an object.

    A trigger of several words ("reiterated the call", "stepped up pressure") is read from
    its last word first: the call's or the pressure's act is the claim. ``addressee`` is
    the text naming the target, whose words are never the act."""
    first = next((t for t in sent if t.idx <= trigger_offset < t.idx + max(1, len(t.text))), None)
    if first is None:
        return None
    end = trigger_offset + len(trigger_text)
    last = max((t for t in sent if first.i <= t.i and t.idx < end), key=lambda t: t.i, default=first)
    toks = None
    named = frozenset(w.lower() for w in addressee.split() if w[:1].isalpha() and w.lower() not in ("the", "of", "and"))
    for trigger in ([last, first] if last is not first else [first]):
        act = _act_of(trigger, named)
        if act is None and trigger.pos_ == "NOUN" and trigger is last and last is not first:
            toks = _noun_topic(trigger) if trigger.lemma_.lower() in _words()["claim_nouns"] else None
        elif act is not None:
            toks = _verb_topic(act) if act.pos_ in ("VERB", "AUX") else _noun_topic(act)
        if toks:
            break
    if not toks:
        return None
    toks = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)
    key = _key(toks)
    content = [t for t in toks if t.pos_ in CONTENT_POS]
    if not key or all(t.ent_type_ == "PERSON" for t in content) or len(content) < 2:
        return None  # a lone word ("countermeasures") names an act, not what it is about
    verb = toks[0] if toks[0].pos_ in ("VERB", "AUX") else None
    head = verb or next((t for t in toks if t.dep_ not in MODIFIER_DEPS), toks[-1])
    return ClaimTopic(text=_text(toks, verb), key=key, act=head.lemma_.lower(), act_pos="VERB" if verb else "NOUN")


def act_class(topic: ClaimTopic) -> str:
    """The act of a topic for comparison: general nouns of action ("action", "operation",
    "crackdown") are one class, any other act is its lemma."""
    return "(action)" if topic.act in _words()["action_nouns"] else topic.act


def _class_key(topic: ClaimTopic) -> set[str]:
    cls = act_class(topic)
    return {cls if w == topic.act else w for w in topic.key} | {cls}


def same_claim(a: ClaimTopic, b: ClaimTopic) -> bool:
    """Whether two topics are one demand: the same act (or act class) and at least
    ``TOPIC_OVERLAP_MIN`` of the shorter key's words in the other (two words at least
    when both keys have two)."""
    if a.key == b.key:
        return True
    if act_class(a) != act_class(b):
        return False
    sa, sb = _class_key(a), _class_key(b)
    shared = len(sa & sb)
    return shared >= min(2, len(sa), len(sb)) and shared / min(len(sa), len(sb)) >= TOPIC_OVERLAP_MIN
