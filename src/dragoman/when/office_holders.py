"""Office holders as evidence of when an undated article was written.

A person the knowledge base knows, named with a post they held ("Secretary of State
Hillary Clinton"), bounds the publication date by the tenure of that post; one named
without a post, by any of their tenures (weak evidence); one called new ("new CIA chief
X"), by the first ``recency_days`` (lexicon) of the tenure.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from dragoman.doc_index import entities
from dragoman.when.intervals import Interval, format_interval
from dragoman.when.vocabulary import lexicon, phrase_pattern


#: Words before or after a name that say the person no longer (or not yet) holds the post.
_NOT_CURRENT = {"former", "ex", "ex-", "late", "then", "then-", "retired", "outgoing", "incoming", "future", "erstwhile"}


#: Post words too common to tell posts apart on their own.
_GENERIC_POST_WORDS = {
    "of", "the", "and", "for", "in", "to", "chief", "head", "director", "general", "minister",
    "secretary", "deputy", "senior", "acting", "staff",
}


_TITLE_POS = {"PROPN", "NOUN", "ADJ"}


def _post_keys(post: str) -> set[str]:
    words = re.findall(r"[A-Za-z]+", post)
    keys = {w.lower() for w in words if w.lower() not in _GENERIC_POST_WORDS}
    if not keys:
        keys = {w.lower() for w in words if w.lower() not in ("of", "the", "and", "for")}
    caps: list[str] = []  # acronyms of runs of capitalised words ("Central Intelligence Agency" → cia)
    for w in words + [""]:
        if w[:1].isupper():
            caps.append(w[0].lower())
        else:
            if len(caps) >= 2:
                keys.add("".join(caps))
            caps = []
    return keys


def _title(ent) -> tuple[list[str], bool, int]:
    """Words of the title around a person's name (before it, or in an apposition after it),
    whether they say the person is a former/future holder, and the index of the first
    title token before the name."""
    doc = ent.doc
    words: list[str] = []
    i = ent.start - 1
    while i >= ent.sent.start and ent.start - i <= 7:
        t = doc[i]
        if t.lower_ not in _NOT_CURRENT and not (
            t.pos_ in _TITLE_POS or (t.lower_ == "of" and words and i > ent.sent.start and doc[i - 1].pos_ in _TITLE_POS)
        ):
            break
        if t.ent_type_ == "PERSON" and t.ent_iob_ != "" and i < ent.start - 1 and doc[i + 1].ent_type_ != "PERSON":
            break
        words.append(t.lower_)
        i -= 1
    for c in ent.root.children:
        if c.dep_ == "appos":
            sub = list(c.subtree)
            if len(sub) > 6:  # a long apposition: its head and the words just before it
                sub = [w for w in c.lefts if w.dep_ in ("compound", "amod")] + [c]
            words.extend(w.lower_ for w in sub)
    not_current = any(w.strip("-") in {x.strip("-") for x in _NOT_CURRENT} for w in words)
    return words, not_current, i + 1


def _lookup_person(kb, ent) -> tuple[list, list[str]]:
    """KB people for a PERSON entity, dropping leading rank/title words the KB lacks
    ("General Bajwa" → "Bajwa"); returns (people, dropped words)."""
    toks = [t for t in ent if not t.is_punct or t.text in ("-", ".")]
    for k in range(len(toks)):
        name = " ".join(t.text for t in toks[k:])
        people = kb.people_named(name)
        if people:
            return people, [t.lower_ for t in toks[:k]]
    return [], []


def _tenure_window(tenures) -> Interval:
    lo = min((t.start or date.min) for t in tenures)
    hi = max((t.end or date.max) for t in tenures)
    return lo, hi


def people_with_posts(sdoc, kb):
    """Each named person the KB knows, spoken of as a current holder: (entity, person,
    title words, dropped title words, index of the first title token, tenures of the posts
    the title names). Surnames alone count only next to a title."""
    for ent in entities(sdoc):
        if ent.label_ not in ("PERSON", "ORG", "NORP"):
            continue
        people, dropped = _lookup_person(kb, ent)
        if len(people) != 1:
            continue
        if ent.label_ != "PERSON" and len([t for t in ent if t.is_alpha]) - len(dropped) < 2:
            continue  # the tagger's other labels count only for full names the KB knows
        person = people[0]
        title, not_current, first = _title(ent)
        title = title + dropped
        if not_current or not person.tenures:
            continue
        title_set = set(title)
        named = [t for t in person.tenures if t.post and _post_matches(t.post, title_set)]
        yield ent, person, title, dropped, first, named


def person_windows(sdoc, kb, holders=None) -> list[tuple[list[Interval], str, bool]]:
    """For each named person the KB knows, the periods in which the article can have been
    written if it speaks of them as holding the post it names (strong evidence) or, with
    no post named, any of their posts (weak: people are named long after they served).
    Surnames alone count only next to a title. ``holders``: ``people_with_posts`` already
    read. Returns (intervals, evidence text, strong)."""
    out: list[tuple[list[Interval], str, bool]] = []
    for ent, person, title, dropped, _first, named in holders if holders is not None else people_with_posts(sdoc, kb):
        full_name = len([t for t in ent if t.is_alpha]) - len(dropped) >= 2
        if named:
            what = f"{' '.join(reversed(title[: len(title) - len(dropped)]))} {ent.text}".strip()
            out.append(([_tenure_window([t]) for t in named], f"{what}: {named[0].post}", True))
        elif full_name and not set(title) & _ANY_POST_WORD:
            out.append(([_tenure_window([t]) for t in person.tenures], f"{ent.text}: in office", False))
    return [(ivs, f"{text} {' '.join(format_interval(iv) for iv in ivs)}", strong) for ivs, text, strong in out]


@lru_cache(maxsize=None)
def _recency_re() -> Optional[re.Pattern]:
    return phrase_pattern(lexicon().recency)


def _recency_word(doc, start: int, end: int) -> Optional[str]:
    """A recency phrase ("new", "newly elected") among tokens ``start``..``end`` of ``doc``,
    in lower case (or opening the sentence): "New" of "New Delhi" is a name, not a cue."""
    rx = _recency_re()
    if rx is None or start >= end:
        return None
    span = doc[start:end]
    for m in rx.finditer(span.text):
        tok = span.char_span(m.start(), m.end(), alignment_mode="expand")
        if tok is None:
            continue
        first = tok[0]
        if not first.ent_type_ and (first.text[:1].islower() or first.is_sent_start):
            return m.group(0)
    return None


def _noun_phrase_start(ent) -> int:
    """The first token of the noun phrase a name heads ("the newly elected president X"),
    when the phrase runs without a gap up to the name."""
    node = ent.root
    if node.dep_ == "appos" and node.head.i < ent.start:  # "the new president, X" / "president X"
        node = node.head
    left = [t.i for t in node.subtree if t.i < ent.start]
    if left and set(range(min(left), ent.start)) <= set(left):
        return max(min(left), ent.sent.start)
    return ent.start


def _led_body(ent):
    """The body a person heads in "the new government headed by Prime Minister X" (None if
    the sentence does not say the person heads one)."""
    lex = lexicon()
    by = ent.root.head
    if ent.root.dep_ != "pobj" or by.lower_ != "by":
        return None
    verb = by.head
    if verb.lemma_.lower() not in lex.lead_verbs or verb.dep_ not in ("acl", "relcl"):
        return None
    body = verb.head
    return body if body.lemma_.lower() in lex.led_bodies else None


def recency_windows(sdoc, kb, holders=None) -> list[tuple[list[Interval], str]]:
    """Upper bounds from office holders the text calls new: "new CIA chief X", "the newly
    elected government headed by Prime Minister X". The article was then written within
    ``recency_days`` (lexicon) of the start of the tenure of the post it names.
    ``holders``: ``people_with_posts`` already read. Returns (intervals, evidence text)."""
    days = lexicon().recency_days
    out: list[tuple[list[Interval], str]] = []
    for ent, _person, title, dropped, first, named in holders if holders is not None else people_with_posts(sdoc, kb):
        starts = [t for t in named if t.start]
        if not starts:
            continue
        cue = _recency_word(sdoc, min(first, _noun_phrase_start(ent)), ent.start)
        what = f"{' '.join(reversed(title[: len(title) - len(dropped)]))} {ent.text}"
        if cue is None:
            body = _led_body(ent)
            if body is not None:
                left = min(t.i for t in body.subtree)
                cue = _recency_word(sdoc, left, body.i)
                what = f"the {cue} {body.text} headed by {ent.text}"
        if cue is None:
            continue
        ivs = [(t.start, t.start + timedelta(days=days)) for t in starts]
        posts = ", ".join(f"{t.post} from {t.start.isoformat()}" for t in starts)
        out.append((ivs, f"{cue!r}: {what.strip()} ({posts}): within {days} days of taking office {' '.join(format_interval(iv) for iv in ivs)}"))
    return out


#: Title words that name a different, lesser post than the one they qualify ("foreign
#: office spokesperson" is not the foreign secretary, "vice president" not the president).
_SUBORDINATE = {
    "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "aide", "deputy", "assistant",
    "envoy", "ambassador", "vice", "undersecretary", "under",
}


def _post_matches(post: str, title: set[str]) -> bool:
    keys = _post_keys(post)
    if not keys & title:
        return False
    post_words = {w.lower() for w in re.findall(r"[A-Za-z]+", post)}
    return not (title & _SUBORDINATE) - post_words


# any word that looks like a post: when the text names a post the KB does not list for
# the person, the person gives no evidence (they may hold an unlisted post).
_ANY_POST_WORD = {
    "president", "minister", "secretary", "chief", "director", "general", "ambassador", "envoy",
    "governor", "senator", "commander", "spokesman", "spokeswoman", "chairman", "premier", "head",
    "admiral", "mayor", "king", "prime", "leader",
}
