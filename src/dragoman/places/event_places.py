"""The when/where stage: each event's date and place.

Runs after the events stage on a document's events: the date from the trigger's clause
and the story time (``dragoman.when.stage.event_date_fields``), the place from the toponyms of the
trigger's clause (``dragoman.places.toponyms``), leaving out places inside what is
demanded or promised, the addressee's own seat, and the places of a withdrawn thing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from datetime import date
from typing import Optional

from spacy.tokens import Doc

from dragoman.models import Document, Event, Mention, Place
from dragoman.nlp import is_to_infinitive
from dragoman.places.gazetteer import Gazetteer
from dragoman.places.localities import add_localities


class WhenWhere:
    """The when/where stage: a callable over (Document, spaCy Doc, events, mentions)."""

    name = "when_where"

    def __call__(self, doc: Document, sdoc: Doc, events: list[Event], mentions: list[Mention]) -> list[Event]:
        if not events:
            return events
        from dragoman.places.clause_places import place_for_clause
        from dragoman.places.toponyms import resolve_places
        from dragoman.when.stage import event_date_fields

        ref: Optional[date] = doc.reference_date()
        countries = _document_countries(mentions)
        places = add_localities(sdoc, resolve_places(sdoc, doc_countries=countries,
                                                     exclude_token_ids=_acting_tokens(sdoc, mentions)),
                                gazetteer=Gazetteer.default())
        # places by start offset (with their order in ``places``), so that each event finds
        # its sentence's places by bisection instead of a pass over all of them
        placed = sorted((p.start, i, p) for i, p in enumerate(places) if p.start is not None)
        starts = [start for start, _, _ in placed]
        out = []
        for ev in events:
            update: dict = {}
            if ev.trigger_token is not None:
                tok = sdoc[ev.trigger_token]
                update.update(event_date_fields(tok, sdoc, ref, doc.date_precision, modality=ev.modality))
                sent = tok.sent
                content = _content_ranges(tok, ev.type)
                window = placed[bisect_left(starts, sent.start_char): bisect_left(starts, sent.end_char)]
                sent_places = [
                    p for _, _, p in sorted(window, key=lambda x: x[1])
                    if not any(lo <= p.start < hi for lo, hi in content)
                    and not _names_the_addressee(p, ev, doc, sdoc)
                ]
                # a place elsewhere in a sentence of speech is most often in what was said
                place = place_for_clause(tok, sent_places, sentence_fallback=ev.type not in FRAMING_TYPES)
                place = _target_conjunct(place, sent_places, sdoc, ev)
                if place is None and not window and ev.type not in FRAMING_TYPES:
                    place = _paragraph_scene(sent, sdoc, placed, starts)
                place = _coded_place(sent, places) or place
                if place is not None:
                    start = doc.to_original(place.start) if place.start is not None else None
                    end = doc.to_original(place.end) if place.end is not None else None
                    update["location"] = place.model_copy(update={"start": start, "end": end})
            out.append(ev.model_copy(update=update) if update else ev)
        return out


# acts whose complement is what is asked, promised, refused or threatened: a place in that
# complement is where the demanded act would happen, not where the demand was made
FRAMING_TYPES = {"REQUEST", "AGREE", "REJECT", "THREATEN", "ACCUSE", "SUPPORT"}
# acts on a thing that has a place of its own ("cancelled the visit to Tokyo", "cut aid to
# Mali"): that place is the thing's, not where the act happened
WITHDRAWING_TYPES = {"SANCTION"}


# the words of an event note that name the place its event was coded to
CODED_TO = ("coded to",)


def _coded_place(sent, places: list[Place]) -> Optional[Place]:
    """``coded-to``: an event note's own statement of the place it codes ("in Yucatan
    state (coded to Merida)", "in Simbanda (Mambasa, Ituri) [coded to Mambasa]"): the
    capitalised name after "coded to" inside brackets, when the sentence (or a bracket
    right after it) says so once; not a level ("coded to district level") nor an actor ("coded as X")."""
    found = []
    toks = list(sent)
    doc = sent.doc
    if sent.end < len(doc) and doc[sent.end].text in ("[", "("):
        toks += list(doc[sent.end].sent)  # "... in Simbanda (Mambasa, Ituri) [coded to Mambasa]."
    for k, t in enumerate(toks[:-2]):
        if t.lower_ != "coded" or toks[k + 1].lower_ != "to":
            continue
        if not any(o.text in ("(", "[") for o in toks[max(0, k - 4): k]):
            continue
        j = e = k + 2
        while e < len(toks) and e - j < 5 and (toks[e].text[:1].isupper() and toks[e].is_alpha
                                                or (e > j and toks[e].lower_ in ("al", "el", "de", "-"))):
            e += 1
        while e > j and not toks[e - 1].text[:1].isupper():
            e -= 1
        if e > j:
            found.append((toks[j], toks[e - 1]))
    if len({(a.i, b.i) for a, b in found}) != 1:
        return None
    a, b = found[0]
    name = sent.doc[a.i: b.i + 1].text
    country = next((p.country for p in places if p.country and p.start is not None
                    and sent.start_char <= p.start < sent.end_char), None)
    return Place(name=name, raw=name, country=country, precision="exact",
                 start=a.idx, end=b.idx + len(b.text), ambiguous=False)


# how many sentences back a paragraph's scene is looked for
SCENE_SENTENCES = 3


def _paragraph_scene(sent, sdoc: Doc, placed: list, starts: list[int]) -> Optional[Place]:
    """``paragraph-scene``: for an event whose sentence names no place, the place of an
    earlier sentence of the same paragraph, as :func:`place_for_clause` gives it for that
    sentence's main verb, when that place opens its clause (:func:`_sets_the_scene`:
    "On 6 June, in Tijuana, gunmen clashed ... Police detained two of them." ->
    Tijuana): the coding guide's place that the paragraph names. Not across a line
    break, and at most ``SCENE_SENTENCES`` sentences back; the nearest sentence with
    places decides."""
    from dragoman.places.clause_places import place_for_clause

    start = sent.start
    for _ in range(SCENE_SENTENCES):
        if start <= 0:
            return None
        prev = sdoc[start - 1].sent
        if "\n" in sdoc.text[prev.end_char: sent.start_char] or "\n" in prev.text.strip():
            return None
        window = placed[bisect_left(starts, prev.start_char): bisect_left(starts, prev.end_char)]
        if window:
            place = place_for_clause(prev.root, [p for _, _, p in sorted(window, key=lambda x: x[1])])
            return place if place is not None and _sets_the_scene(place, prev, sdoc) else None
        start = prev.start
    return None


def _sets_the_scene(place: Place, sent, sdoc: Doc) -> bool:
    """The place is named in a locative phrase that opens its clause, before the
    clause's subject ("On 6 June, in Tijuana, gunmen ...", "In Kherson, troops ..."):
    the setting of what follows, not of one act in the sentence."""
    span = sdoc.char_span(place.start, place.end, alignment_mode="expand") if place.start is not None else None
    if span is None:
        return False
    prep = span.root
    while prep.dep_ != "prep" and prep.head.i != prep.i and prep.i >= sent.start:
        prep = prep.head
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c.i for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and prep.i < min(subjects)


def _names_the_addressee(place: Place, ev: Event, doc: Document, sdoc: Doc) -> bool:
    """A seat of power that is the event's target ("a commitment to Washington") is whom
    the act is addressed to, not where it happened; a meeting is held at its target, and
    a state after a setting preposition is both ("incursions into Pakistan")."""
    span = ev.target_span
    if ev.type == "CONSULT" or span is None or place.start is None:
        return False
    if ev.target is not None and "place-as-target" in (ev.target.rule or ""):
        return False  # "shelled the city of Kharkiv": the attacked place is where it happened
    if not span.start <= doc.to_original(place.start) < span.end:
        return False
    words = sdoc.char_span(place.start, place.end, alignment_mode="expand")
    return words is None or words.root.head.lower_ not in SETTING_PREPS


def _target_conjunct(place: Optional[Place], places: list[Place], sdoc: Doc, ev: Event) -> Optional[Place]:
    """Of coordinated places ("sent him to Beijing, Moscow and Tehran"), the one in the
    event's target state: one event per target, each at its own place."""
    target = ev.target.country if ev.target else None
    if place is None or place.start is None or not target or place.country == target:
        return place
    span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return place
    chain = {t.i for t in span.root.conjuncts} | {span.root.i}
    for other in places:
        if other.country != target or other.start is None:
            continue
        o = sdoc.char_span(other.start, other.end, alignment_mode="expand")
        if o is not None and o.root.i in chain:
            return other
    if ev.type == "CONSULT":
        # a tour whose stops the parser did not coordinate ("visits to Kabul and then
        # Islamabad"): the meeting with the target state is at that state's only place
        own = [p for p in places if p.country == target]
        if len(own) == 1:
            return own[0]
    return place


def _content_ranges(trigger, event_type: str) -> list[tuple[int, int]]:
    """Character ranges of the trigger's content, where a place is not the event's own:
    the clause or infinitive of a demand, promise, refusal or threat, on the trigger or on
    its object ("stepped up pressure on X to act in Y"), and the prepositional phrases of
    the object of a withdrawal ("cancelled the visit to Y")."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
    out = []
    for head in heads:
        for child in head.children:
            framed = event_type in FRAMING_TYPES and (
                child.dep_ in ("xcomp", "ccomp") or (child.dep_ in ("acl", "advcl") and is_to_infinitive(child))
            )
            withdrawn = event_type in WITHDRAWING_TYPES and head.i != trigger.i and child.dep_ == "prep"
            if framed or withdrawn:
                toks = list(child.subtree)
                out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return out


def _acting_tokens(sdoc: Doc, mentions: list[Mention]) -> set[int]:
    """Tokens of actor mentions, except seats of power named as a destination or setting
    ("visited Kabul", "talks in Islamabad"): those are places as well as actors."""
    out: set[int] = set()
    for m in mentions:
        if m.token_start is None:
            continue
        head = sdoc[m.head] if m.head is not None else sdoc[m.token_end - 1]
        if m.kind == "metonym" and head.dep_ in ("pobj", "dobj"):
            continue
        if _is_state_as_setting(m, head):
            continue
        out.update(range(m.token_start, m.token_end or m.token_start))
    return out


# prepositions that make a state named after them the setting of an act ("killed in Syria")
SETTING_PREPS = {"in", "inside", "into", "within", "across", "throughout"}
# words of travel whose "to" names where the traveller went ("the visit of X to India")
TRAVEL_WORDS = {"visit", "trip", "travel", "tour", "journey", "arrive", "fly", "return"}


def _destination(prep) -> bool:
    return prep.lower_ == "to" and prep.head.lemma_.lower() in TRAVEL_WORDS


def _is_state_as_setting(m: Mention, head) -> bool:
    """A state named by its name (no sector, no person) as the object of a setting
    preposition: a place as well as an actor."""
    a = m.actor
    return (
        a is not None and a.country is not None and a.sector is None and a.name is None
        and head.dep_ == "pobj" and (head.head.lower_ in SETTING_PREPS or _destination(head.head))
        and head.text[:1].isupper() and not head.text.isupper()
    )


def _document_countries(mentions: list[Mention]) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        if m.actor and m.actor.country:
            counts[m.actor.country] += 1
    return [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])]
