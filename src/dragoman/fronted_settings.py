"""Clauses the parser breaks on a fronted setting, parsed again on their own.

Incident reports open with when and where, the place given as a list of its divisions:
"On 14 June 2022, in Spanish Town, Saint Catherine, members of a gang shot and killed a
man", "On 3 May, near Kupiansk (Kharkiv), two unidentified armed men knifed a farmer".
After such a list the small parser often loses the clause: it reads the subject as one
more place of the list, a verb as a noun ("shot" as the object of "of"), or the opening
"On" as the root of the sentence, and the clause is left with no subject or no verb.

The ``fronted_setting_reparse`` component (after the entity tagger) finds a sentence
that opens with such a setting (``setting_end``: comma-separated chunks that open with a
preposition of time or place or are only place names), parses the clause after it on its
own, and when that parse gives the clause a verb with a subject that the sentence's
parse did not, puts it in place of the sentence's parse of those words (heads,
dependencies, tags, lemmas, entities). The setting keeps its own parse and hangs from
the clause's verb, as "On 14 June, in X, armed men shot" does when parsed well. A
sentence whose clause is parsed well is left as it is.
"""

from __future__ import annotations

import contextvars
from typing import Optional

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

#: words that open a chunk of a fronted setting ("On 3 May", "in Kharkiv", "early in the morning")
SETTING_OPENERS = {"on", "around", "between", "in", "near", "at", "outside", "inside", "during", "along",
                   "across", "early", "late", "overnight", "from", "since", "by", "throughout", "close"}
#: lower-case words a place list may hold ("Kale township", "the outskirts of X", "Rio de Janeiro")
PLACE_LIST_WORDS = {"de", "del", "da", "do", "dos", "das", "la", "las", "los", "el", "al", "of", "the", "and",
                    "city", "town", "village", "district", "region", "province", "state", "county", "township",
                    "municipality", "neighbourhood", "neighborhood", "area", "zone", "governorate", "department",
                    "locality", "sub-county", "subdistrict", "commune", "countryside", "suburb", "outskirts",
                    "division", "camp", "hill", "coded", "as", "to", "capital", "island"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_INSIDE = contextvars.ContextVar("fronted_setting_reparse_inside", default=False)


def _chunks(sent: Span) -> list[tuple[int, int]]:
    """The comma-separated chunks of a sentence (commas inside brackets do not separate),
    as document token ranges without their commas."""
    out, depth, lo = [], 0, sent.start
    for tok in sent:
        if tok.text in ("(", "["):
            depth += 1
        elif tok.text in (")", "]"):
            depth = max(0, depth - 1)
        elif tok.text == "," and depth == 0:
            out.append((lo, tok.i))
            lo = tok.i + 1
    out.append((lo, sent.end))
    return out


def _is_place_list_item(doc: Doc, lo: int, hi: int) -> bool:
    """A chunk that is only place names: capitalised words, numbers, hyphens, brackets
    and the words of ``PLACE_LIST_WORDS`` ("Saint Catherine", "Kale township (Kale
    district)")."""
    depth = 0
    words = 0
    for tok in doc[lo:hi]:
        if tok.text in ("(", "["):
            depth += 1
            continue
        if tok.text in (")", "]"):
            depth = max(0, depth - 1)
            continue
        if depth or tok.is_punct or tok.like_num:
            continue  # (inside brackets anything goes: "(as reported)", "(Kale district, Sagaing)")
        words += 1
        if not (tok.text[:1].isupper() or tok.lower_ in PLACE_LIST_WORDS):
            return False
    return words > 0


def setting_end(sent: Span) -> Optional[int]:
    """The document index of the first token of the clause after a fronted setting
    ("On 3 May 2022, in X, Y, <clause>"), or None when the sentence opens with none. The
    first chunk must open with a preposition or adverb of time or place (or be a date);
    each further chunk is part of the setting when it opens so too or is a place list item."""
    chunks = _chunks(sent)
    if len(chunks) < 2:
        return None
    doc = sent.doc
    first_lo, first_hi = chunks[0]
    if first_hi <= first_lo:
        return None
    opener = doc[first_lo]
    if opener.lower_ not in SETTING_OPENERS and opener.ent_type_ not in ("DATE", "TIME"):
        return None
    for lo, hi in chunks[1:-1]:
        if hi <= lo:
            return None
        if doc[lo].lower_ in SETTING_OPENERS or _is_place_list_item(doc, lo, hi):
            continue
        return lo
    lo, hi = chunks[-1]
    return lo if hi - lo >= 3 else None


def _has_subject(tok) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def _top(sub: Doc):
    roots = [t for t in sub if t.dep_ == "ROOT"]
    return roots[0] if len(roots) == 1 else None


def _aligned(doc: Doc, start: int, end: int, sub: Doc) -> bool:
    """Whether the clause's own parse has the same tokens as the sentence's."""
    if len(sub) != end - start:
        return False
    return all(a.text == b.text for a, b in zip(doc[start:end], sub))


def _splice(doc: Doc, sent: Span, start: int, sub: Doc) -> None:
    """Put the clause's own parse in place of the sentence's (see the module)."""
    attrs = [HEAD, DEP, TAG, POS, LEMMA, MORPH]
    arr = doc.to_array(attrs).astype("int64")
    sub_arr = sub.to_array(attrs).astype("int64")
    end = sent.end
    arr[start:end] = sub_arr  # HEAD is relative, so the clause's own heads carry over
    root = start + _top(sub).i
    strings = doc.vocab.strings
    heads = {i: i + int(arr[i, 0]) for i in range(sent.start, end)}
    for i in range(sent.start, start):
        tok = doc[i]
        h = heads[i]
        if sent.start <= h < start and h != i:
            continue  # the setting's own structure stands
        if tok.is_punct:
            dep = "punct"
        elif tok.pos_ == "ADP":
            dep = "prep"
        else:
            dep = "npadvmod"
        heads[i] = root
        arr[i, 0] = root - i
        arr[i, 1] = strings.add(dep)
    # the sentence keeps one root: its clause's verb
    arr[root, 0] = 0
    arr[root, 1] = strings.add("ROOT")
    doc.from_array(attrs, arr.astype("uint64"))


def _reparse_clause(nlp: Language, doc: Doc, sent: Span) -> bool:
    start = setting_end(sent)
    if start is None or start >= sent.end:
        return False
    token = _INSIDE.set(True)
    try:
        sub = nlp(doc[start:sent.end].text)
    finally:
        _INSIDE.reset(token)
    if not _aligned(doc, start, sent.end, sub) or len(list(sub.sents)) != 1:
        return False
    top = _top(sub)
    if top is None or top.pos_ not in ("VERB", "AUX") or not _has_subject(top):
        return False
    own = doc[start + top.i]
    if own.dep_ == "ROOT" and own.head.i == own.i and _has_subject(own):
        return False  # parsed well already
    _splice(doc, sent, start, sub)
    # the clause's entities with its parse
    ents = [e for e in doc.ents if e.end <= start or e.start >= sent.end]
    ents += [Span(doc, start + e.start, start + e.end, label=e.label_) for e in sub.ents]
    doc.ents = sorted(ents, key=lambda e: e.start)
    return True


@Language.factory("fronted_setting_reparse")
def make_fronted_setting_reparse(nlp: Language, name: str):
    """The component (see the module); it parses clauses with the pipeline it belongs to."""

    def fronted_setting_reparse(doc: Doc) -> Doc:
        if _INSIDE.get() or not doc.has_annotation("DEP"):
            return doc
        starts = [s.start for s in doc.sents]
        for s_start in starts:
            sent = doc[s_start].sent
            try:
                _reparse_clause(nlp, doc, sent)
            except ValueError:
                continue  # a parse that cannot be put in place leaves the sentence as it was
        return doc

    return fronted_setting_reparse
