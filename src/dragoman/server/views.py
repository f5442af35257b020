"""How stored records are shown over HTTP: an event with its evidence, actor ids,
document summaries, GeoJSON features.

Offsets in the store point into a document's original text; the evidence view turns
them into offsets into the event's sentence and cuts the sentence into segments, each
marked with the role of the words (source, target, trigger, place) or none.
"""

from __future__ import annotations

from typing import Optional

from dragoman.models import Actor, Document, Event, Sentence

ROLES = ("trigger", "source", "target", "place")  # earlier roles win where spans overlap


def actor_id(country: Optional[str], sector: Optional[str], name: Optional[str], kb_id: Optional[str]) -> str:
    """An actor's id in the API: its knowledge-base id, else ``country|sector|name``."""
    from dragoman.analysis.network import actor_key

    return kb_id or actor_key(country, sector, name)


def actor_matches(a: Optional[Actor], wanted: str) -> bool:
    return a is not None and actor_id(a.country, a.sector, a.name, a.kb_id) == wanted


def document_summary(doc: Document) -> dict:
    return {
        "id": doc.id, "title": doc.title, "source": doc.source, "url": doc.url,
        "publication_date": doc.publication_date, "date_basis": doc.date_basis,
        "date_precision": doc.date_precision, "duplicate_of": doc.duplicate_of,
    }


def _spans(event: Event) -> list[tuple[str, int, int, str]]:
    out = [("trigger", event.trigger.start, event.trigger.end, event.trigger.text)]
    for role, span in (("source", event.source_span), ("target", event.target_span)):
        if span is not None:
            out.append((role, span.start, span.end, span.text))
    loc = event.location
    if loc is not None and loc.start is not None and loc.end is not None:
        out.append(("place", loc.start, loc.end, loc.raw))
    return out


def highlights(event: Event, sentence_start: int, sentence_text: str) -> list[dict]:
    """The event's spans that fall inside its sentence, with offsets into the sentence."""
    found = []
    for role, start, end, text in _spans(event):
        s, e = start - sentence_start, end - sentence_start
        if 0 <= s < e <= len(sentence_text):
            found.append({"role": role, "start": s, "end": e, "text": sentence_text[s:e]})
    return found


def segments(sentence_text: str, marks: list[dict]) -> list[dict]:
    """The sentence cut at every span edge: ``[{"text", "role"}]`` (role None outside spans)."""
    owner: list[Optional[str]] = [None] * len(sentence_text)
    for m in sorted(marks, key=lambda m: ROLES.index(m["role"]), reverse=True):
        for i in range(m["start"], m["end"]):
            owner[i] = m["role"]
    out: list[dict] = []
    for i, ch in enumerate(sentence_text):
        if out and out[-1]["role"] == owner[i]:
            out[-1]["text"] += ch
        else:
            out.append({"text": ch, "role": owner[i]})
    return out


def event_evidence(event: Event, doc: Optional[Document], sentences: list[Sentence]) -> dict:
    """An event with its document, sentence, highlighted spans and the rules that decided it."""
    sent = next((s for s in sentences if s.index == event.sentence_index), None)
    start, text = (sent.start, sent.text) if sent else (None, event.sentence)
    if start is not None:  # the stored sentence may keep the spaces around it; offsets move with the cut
        start += len(text) - len(text.lstrip())
    text = text.strip()
    marks = highlights(event, start, text) if start is not None else []
    return {
        "event": event.to_output(),
        "document": document_summary(doc) if doc else None,
        "sentence": {"index": event.sentence_index, "start": start, "text": text,
                     "highlights": marks, "segments": segments(text, marks)},
        "rule": {"event": event.rule,
                 "source": event.source.rule if event.source else None,
                 "target": event.target.rule if event.target else None},
    }


def geojson(events: list[Event]) -> dict:
    """A FeatureCollection of the located events (points at the place's coordinates)."""
    features = []
    for e in events:
        loc = e.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        out = e.to_output()
        props = {k: out[k] for k in ("id", "doc", "type", "date", "modality", "trigger", "sentence", "location",
                                     "quad_class", "confidence")}
        props["source"] = _actor_label(e.source)
        props["target"] = _actor_label(e.target)
        features.append({"type": "Feature", "id": e.id, "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}


def _actor_label(a: Optional[Actor]) -> Optional[str]:
    if a is None:
        return None
    return a.name or "/".join(p for p in (a.country, a.sector) if p) or None
