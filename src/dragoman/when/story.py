"""Story time: the reference time of a news narrative, per sentence.

The lead of a report fixes the day of what it reports; later past-tense sentences with no
date of their own continue that story, and within a paragraph the latest date an earlier
sentence states takes over (``story_anchors``).
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from dragoman.doc_index import sentence_index as _sentence_at, sentences
from dragoman.models import EventDate
from dragoman.when.intervals import parse_iso
from dragoman.when.mentions import DateMention, date_mentions, own_clause_steps
from dragoman.when.tense import clause_tense, finite_verb, governing_verb, verb_tense
from dragoman.when.vocabulary import lexicon


_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def sentence_index(tok) -> int:
    """The index of the sentence that holds token ``tok``."""
    return _sentence_at(tok.doc, tok.i)


def _paragraph_starts(sents) -> set[int]:
    """Indices of the sentences that open a paragraph (a line break between the last
    non-space character of the sentence before and their own first one)."""
    out = {0}
    text = sents[0].doc.text if sents else ""  # Doc.text joins every token: built once, not per sentence
    texts = [text[s.start_char:s.end_char] for s in sents]
    for i in range(1, len(sents)):
        prev, cur = texts[i - 1], texts[i]
        prev_core, cur_core = prev.rstrip(), cur.lstrip()
        if not prev_core or not cur_core:
            out.add(i)
            continue
        gap = text[sents[i - 1].start_char + len(prev_core): sents[i].start_char + len(cur) - len(cur_core)]
        if "\n" in gap:
            out.add(i)
    return out


def _lead_anchor(sent, mentions: list[DateMention], ref: Optional[date]) -> Optional[EventDate]:
    """The day the main clause of ``sent`` states for a past or present act ("X met Y on
    Wednesday"), else None."""
    root = sent.root
    own = [(d, dm) for dm in mentions if (d := own_clause_steps(root, dm)) is not None]
    own = [(d, dm) for d, dm in own if _anchorable(dm, ref) and dm.date.precision == "day"]
    return min(own, key=lambda x: x[0])[1].date if own else None


def _anchorable(dm: DateMention, ref: Optional[date]) -> bool:
    """A stated date that can set the time of the narrative: of a clause not about the
    future, with a value, not historical background, not after the reference."""
    if dm.date.value is None or dm.date.historical:
        return False
    if clause_tense(governing_verb(dm.span.root)) == "future":
        return False
    iv = parse_iso(dm.date.value)
    return ref is None or iv is None or iv[0] <= ref


def _carried(anchor: Optional[EventDate], sentence: int) -> Optional[EventDate]:
    """A date as later sentences take it from sentence ``sentence``: basis ``story time``."""
    return None if anchor is None else anchor.model_copy(update={"basis": "story time", "sentence_index": sentence})


def story_anchors(sdoc, ref: Optional[date], ref_precision: str = "day") -> list[Optional[EventDate]]:
    """Per sentence of ``sdoc``, the reference time of its story: the date an undated act
    told in the past tense takes (temporal anchoring of a narrative).

    The lead of a report, its first sentence that tells a past act (headlines, standfirsts
    and photo captions come first and are written in the present), fixes the day of the
    encounter it reports when its main clause states one ("Pompeo met on Wednesday with
    ..."); it is looked for among the first ``lead_sentences`` sentences with a finite verb
    (lexicon). Later past-tense sentences with no date of their own continue
    that story ("who met with ...", "both agreed ...", "in a separate meeting with ...").
    Within a paragraph the latest date an earlier sentence states for a past act takes
    over ("after Trump's September speech in which he accused X. He also warned X ..."); a historical
    date (background) takes over with no anchor, leaving the publication date. A new
    paragraph, or ``paragraph_carry`` sentences (lexicon) after the date was stated,
    returns to the lead's day. None where there is no anchor.
    """
    key = ("dragoman.when.anchors", ref, ref_precision)
    if key in sdoc.user_data:
        return sdoc.user_data[key]
    sents = list(sentences(sdoc))
    starts = _paragraph_starts(sents)
    lead: Optional[EventDate] = None
    lead_done = False
    finite_seen = 0
    unset = object()
    para: object = unset
    out: list[Optional[EventDate]] = []
    para_from = 0
    carry = lexicon().paragraph_carry
    for i, sent in enumerate(sents):
        if i in starts or i - para_from > carry:
            para = unset
        out.append(lead if para is unset else para)  # type: ignore[arg-type]
        mentions = date_mentions(sent, ref, ref_precision)
        if not lead_done and any(t.tag_ in _FINITE_TAGS for t in sent):
            finite_seen += 1
            past = any(t.tag_ == "VBD" for t in sent)
            if past:  # the first sentence that tells a past act is the lead
                lead = _carried(_lead_anchor(sent, mentions, ref), i)
            lead_done = past or finite_seen >= lexicon().lead_sentences
        stated = [dm for dm in mentions if verb_tense(finite_verb(dm.span.root)) == "past"]
        if stated:
            para = _carried(stated[-1].date, i) if _anchorable(stated[-1], ref) else None
            para_from = i
    sdoc.user_data[key] = out
    return out
