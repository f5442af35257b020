"""Acts that have no date of their own: recurring or lasting acts and background.

A modifier such as "for years" or "repeatedly" (lexicon ``undated``, ``undated_adverbs``),
a sentence set in an open span ("in the intervening period", ``undated_periods``), and an
act told in the present perfect as background (a relative clause describing a
participant, a state) leave the event undated instead of taking the publication date.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from dragoman.when.vocabulary import lexicon, phrase_pattern


@lru_cache(maxsize=None)
def _undated_re() -> Optional[re.Pattern]:
    return phrase_pattern(lexicon().undated)


def undated_cue(heads):
    """A phrase that says the event of ``heads`` (its trigger and the verb governing it)
    recurs or lasts over an indefinite span ("for years", "repeated", "has long accused"),
    as the span that says it; None when there is none. Only modifiers of a head count."""
    if not heads:
        return None
    sent = heads[0].sent
    doc = sent.doc
    ids = {h.i for h in heads}
    rx = _undated_re()
    if rx is not None:
        for m in rx.finditer(sent.text):
            span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            if span is not None and span.root.head.i in ids and span.root.i not in ids:
                return span
    for t in sent:
        if t.lower_ in lexicon().undated_adverbs and t.dep_ == "advmod" and t.head.i in ids:
            return doc[t.i: t.i + 1]
    return None


@lru_cache(maxsize=None)
def _undated_period_re() -> Optional[re.Pattern]:
    return phrase_pattern(lexicon().undated_periods)


def undated_period(heads):
    """A phrase that sets the sentence in an open span between earlier times ("In the
    intervening period, ..."), attached to a head of the event or to any verb above it."""
    rx = _undated_period_re()
    if rx is None or not heads:
        return None
    sent = heads[0].sent
    doc = sent.doc
    above = {h.i for h in heads}
    for h in heads:
        above.update(a.i for a in h.ancestors)
    for m in rx.finditer(sent.text):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is not None and span.root.head.i in above and span.root.i not in above:
            return span
    return None


def background_perfect(tok, verb) -> bool:
    """True for an act told in the present perfect as background rather than news: in a
    relative clause that describes a participant ("the network that the US has accused
    Pakistan of backing"), or a state ("the US has been critical of X": the perfect of
    "be" with an adjective or noun)."""
    if verb.dep_ == "relcl":
        return True
    return verb.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children)
