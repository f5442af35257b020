"""The date of one event: from its own clause, its sentence, its story, else the publication.

``event_date`` is what the when/where stage calls for each event's trigger; its docstring
gives the order in which the evidence is read.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from dragoman.models import EventDate
from dragoman.when.intervals import Interval, iso_at, parse_iso, reference_interval
from dragoman.when.mentions import DateMention, date_mentions, own_clause_steps
from dragoman.when.story import sentence_index, story_anchors
from dragoman.when.tense import finite_verb, governing_verb, verb_tense
from dragoman.when.undated import background_perfect, undated_cue, undated_period


def _root(tok_or_span):
    return getattr(tok_or_span, "root", tok_or_span)


def document_date(ref: Optional[date], ref_precision: str = "day") -> EventDate:
    """The fallback event date: the publication date at its precision."""
    if ref is None or ref_precision not in ("day", "month", "year"):
        return EventDate(value=None, precision="document")
    return EventDate(value=iso_at(ref, ref_precision), precision="document")


def event_date(
    trigger, sdoc, ref: Optional[date], ref_precision: str = "day", modality: Optional[str] = None
) -> EventDate:
    """The date of the event whose trigger is ``trigger`` (a Token or Span of ``sdoc``).

    In order:

    1. a time expression of the trigger's own clause (in its subtree, or, for a nominal
       trigger, attached to the verb that governs it), read with the tense of that clause;
    2. undated (value None, precision ``unknown``) when a phrase says the act recurs or
       lasts ("for years", "repeatedly"), when the sentence is set in an open span ("in the
       intervening period"), or when the event is hypothetical (``modality``: "if Pakistan
       were able to ...", "would visit some other time");
    3. the sentence's only time expression, unless it lies in a clause the trigger governs;
    4. undated for background told in the present perfect: a relative clause that
       describes a participant ("the network that the US has accused X of backing") or a
       state ("the US has been critical of X");
    5. a clause in the present tense reported by a verb in the past ("'The US wants
       action,' the official added") takes the date of the reporting verb: what was said
       held when it was said;
    6. a clause in the past tense takes the reference time of its story (``story_anchors``):
       the latest date stated earlier in its paragraph, else the day of the lead, when
       the sentence states no date of its own and the anchor says more than the
       publication date;
    7. else the publication date with precision ``document``.
    """
    tok = _root(trigger)
    mentions = date_mentions(tok.sent, ref, ref_precision)
    heads = [tok]
    if tok.pos_ not in ("VERB", "AUX"):
        gv = governing_verb(tok)
        if gv is not None:
            heads.append(gv)
    for head in heads:
        own = [(d, abs(dm.span.start - tok.i), dm) for dm in mentions if (d := own_clause_steps(head, dm)) is not None]
        if own:
            return min(own, key=lambda x: (x[0], x[1]))[2].date
    cue = undated_cue(heads) or undated_period(heads)
    if cue is not None:
        return EventDate(value=None, precision="unknown", text=cue.text, start=cue.start_char, end=cue.end_char)
    if modality == "hypothetical":
        return EventDate(value=None, precision="unknown")
    if len(mentions) == 1 and not _below(tok, mentions[0]):
        return mentions[0].date
    verb = finite_verb(tok)
    tense = verb_tense(verb)
    if tense == "perfect" and background_perfect(tok, verb):
        return EventDate(value=None, precision="unknown")
    if tense == "present":
        reporter = _past_reporter(verb)
        if reporter is not None:
            return event_date(reporter, sdoc, ref, ref_precision)
    if tense == "past" and not mentions:
        anchor = story_anchors(sdoc, ref, ref_precision)[sentence_index(tok)]
        if anchor is not None and not _holds(parse_iso(anchor.value), ref, ref_precision):
            return anchor
    return document_date(ref, ref_precision)


def _holds(iv: Optional[Interval], ref: Optional[date], ref_precision: str) -> bool:
    """True when ``iv`` holds the whole reference period: an anchor such as "today" or
    "this year" then says no more than the publication date."""
    ref_iv = reference_interval(ref, ref_precision)
    return iv is not None and ref_iv is not None and iv[0] <= ref_iv[0] and ref_iv[1] <= iv[1]


def _past_reporter(verb):
    """The past-tense verb that reports the present-tense clause of ``verb`` ("'The US
    wants action,' the official added"; "said that Pakistan is ready"), else None."""
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:  # "wants X and wants Y": the first conjunct
        v = v.head
    if v.dep_ not in ("ccomp", "parataxis") or v.head.i == v.i:
        return None
    head = finite_verb(v.head)
    return head if head is not None and verb_tense(head) == "past" else None


def _below(trigger, mention: DateMention) -> bool:
    """True when the mention sits in a clause that the trigger governs (it dates that
    clause's event: "said the talks will resume on Monday" does not date the saying)."""
    return any(a.i == trigger.i for a in mention.span.root.ancestors)
