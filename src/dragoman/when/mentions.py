"""The time expressions of a sentence: the NER's DATE entities and the patterns it misses.

Each found expression is resolved with the tense of the clause that governs it
(:class:`DateMention`: the tokens and the ``EventDate``). ``own_clause_steps`` tells whether
an expression belongs to a trigger's own clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from dragoman.doc_index import entities_within, sentences
from dragoman.models import EventDate
from dragoman.when.expressions import normalise, resolve_expression, strip_day_part
from dragoman.when.tense import clause_tense, governing_verb
from dragoman.when.vocabulary import lexicon


_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "csubj", "csubjpass", "parataxis", "pcomp"}


def _extra_patterns() -> list[re.Pattern]:
    """Time expressions the NER tends to miss, matched on the sentence text."""
    lex = lexicon()
    parts = "|".join(lex.day_parts)
    wd = "|".join(sorted((w.capitalize() for w in lex.weekdays if len(w) > 3), key=len, reverse=True))
    mon = "|".join(sorted((m.capitalize() for m in lex.months), key=len, reverse=True))
    return [
        re.compile(rf"(?i:\b(?:late |early )?(?:yesterday|today|tonight|tomorrow)(?:['’]s)?(?: (?:{parts}))?\b)"),
        re.compile(r"(?i:\blast night\b)"),
        re.compile(rf"(?<=\bon )(?:{wd})\b(?: (?:{parts}))?"),
        re.compile(rf"\b(?i:last|next|this|past) (?:{wd})\b"),
        re.compile(rf"\b(?:{mon})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b"),
        re.compile(rf"\b\d{{1,2}} (?:{mon}),? \d{{4}}\b"),
        re.compile(rf"\b(?:{mon}),? \d{{4}}\b"),
    ]


@dataclass
class DateMention:
    """A time expression found in a sentence, with the tokens that say it."""

    span: object  # spaCy Span
    date: EventDate


def _bare_weekday(text: str) -> Optional[int]:
    """The weekday (Monday = 0) a bare weekday expression names ("on Thursday", "Monday
    night"; not "last Monday" or "next Thursday"), else None."""
    return lexicon().weekdays.get(strip_day_part(normalise(text)))


def _stated_weekdays(doc, ref: Optional[date], ref_precision: str) -> dict[int, EventDate]:
    """The day each bare weekday names where the document dates a past act to it ("stepped
    up the pressure on Thursday"), read once per document and reference."""
    key = ("dragoman.when.weekdays", ref, ref_precision)
    if key not in doc.user_data:
        days: dict[int, EventDate] = {}
        for sent in sentences(doc):
            for dm in date_mentions(sent, ref, ref_precision, consistent_weekdays=False):
                wd = _bare_weekday(dm.span.text)
                if wd is not None and dm.date.precision == "day" and wd not in days:
                    if clause_tense(governing_verb(dm.span.root)) != "future":
                        days[wd] = dm.date
        doc.user_data[key] = days
    return doc.user_data[key]


def date_mentions(sent, ref: Optional[date], ref_precision: str, consistent_weekdays: bool = True) -> list[DateMention]:
    """The time expressions of ``sent``. A bare weekday in a future clause names the day the
    document already dates a past act to, when it does ("arrived on Thursday" ... "is
    expected to arrive on Thursday" quoted from an earlier report): within one article a
    bare weekday names one day, and a writer says "next Thursday" for the coming one."""
    doc = sent.doc
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(span) -> None:
        if span is None or any(span.start_char < e and s < span.end_char for s, e in taken):
            return
        tense = clause_tense(governing_verb(span.root))
        ed = resolve_expression(span.text, ref, tense, ref_precision)
        if ed is None:
            return
        if consistent_weekdays and tense == "future" and ed.precision == "day":
            stated = _stated_weekdays(doc, ref, ref_precision).get(_bare_weekday(span.text))
            if stated is not None:
                ed = ed.model_copy(update={"value": stated.value, "historical": stated.historical})
        ed = ed.model_copy(update={"start": span.start_char, "end": span.end_char})
        found.append(DateMention(span, ed))
        taken.append((span.start_char, span.end_char))

    for ent in entities_within(doc, sent.start, sent.end):
        if ent.label_ == "DATE":
            add(ent)
    text = sent.text
    for rx in _extra_patterns():
        for m in rx.finditer(text):
            s, e = sent.start_char + m.start(), sent.start_char + m.end()
            add(doc.char_span(s, e, alignment_mode="expand"))
    found.sort(key=lambda dm: dm.date.start)
    return found


def sentence_dates(sdoc, ref: Optional[date], ref_precision: str = "day") -> list[list[EventDate]]:
    """Per sentence of ``sdoc``, the time expressions it holds, resolved against ``ref``.

    Offsets are into ``sdoc.text``. An expression that cannot be resolved (a relative one
    with no reference, "their second day") is left out.
    """
    return [[dm.date for dm in date_mentions(sent, ref, ref_precision)] for sent in sentences(sdoc)]


def own_clause_steps(trigger, mention: DateMention) -> Optional[int]:
    """Path length from the trigger down to the mention when the mention belongs to the
    trigger's own clause (no other clause head in between), else None."""
    t = mention.span.root
    steps = 0
    while t.i != trigger.i:
        if steps and t.dep_ in _CLAUSE_DEPS and t.pos_ in ("VERB", "AUX"):
            return None
        if t.head.i == t.i:
            return None
        t = t.head
        steps += 1
    return steps
