"""The typed records of Dragoman: one pydantic model per concept.

These are the only schema definitions. Every stage reads and writes them, the store
derives its tables from them, and every export serialises them.

Offsets (``start``/``end``) are always character offsets into ``Document.text``, the
decoded original text of the input, so any field can be traced back to the words that
say it.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 2

Modality = Literal["asserted", "negated", "hypothetical", "future"]
DateBasis = Literal["metadata", "stated in text", "inferred from content", "unknown"]
DatePrecision = Literal["day", "month", "year", "document", "unknown"]
PlacePrecision = Literal["exact", "city", "district", "province", "country"]
Sector = Literal["GOV", "MIL", "SPY", "INS", "LEG", "JUD", "MED", "CIV", "BUS", "IGO", "OPP", "REB", "NGO"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A stretch of the original text."""

    start: int
    end: int
    text: str


class RemovedSpan(Record):
    """A part of the input that is not article body, with the reason it was cut."""

    start: int
    end: int
    reason: str  # title, comments, caption, credit, subscription, related, share, footer, byline


class BodySegment(Record):
    """Maps a run of body characters to the original text (body[b:b+n] == text[t:t+n])."""

    body_start: int
    text_start: int
    length: int


class Document(Record):
    """One input article after the documents stage."""

    id: str
    path: Optional[str] = None
    text: str = Field(description="decoded original text; all offsets point into it")
    body: str = ""
    segments: list[BodySegment] = Field(default_factory=list)
    removed: list[RemovedSpan] = Field(default_factory=list)
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = "en"
    publication_date: Optional[str] = None  # ISO date at its precision (YYYY, YYYY-MM, YYYY-MM-DD)
    date_basis: DateBasis = "unknown"
    date_precision: DatePrecision = "unknown"
    date_evidence: Optional[str] = None
    date_window: Optional[tuple[Optional[str], Optional[str]]] = None  # earliest, latest possible publication date (None = open)
    duplicate_of: Optional[str] = None
    content_hash: Optional[str] = None

    def to_original(self, body_offset: int) -> int:
        """Translate an offset into ``body`` to an offset into ``text``."""
        segs = self.segments
        if not segs:
            return body_offset
        lo, hi = 0, len(segs) - 1
        while lo < hi:  # last segment whose body_start <= body_offset
            mid = (lo + hi + 1) // 2
            if segs[mid].body_start <= body_offset:
                lo = mid
            else:
                hi = mid - 1
        seg = segs[lo]
        return seg.text_start + min(body_offset - seg.body_start, seg.length)

    def reference_date(self) -> Optional[Date]:
        """The publication date as a ``date`` (first day of its period), if known."""
        if not self.publication_date:
            return None
        parts = [int(p) for p in self.publication_date.split("-")]
        while len(parts) < 3:
            parts.append(1)
        return Date(*parts)


class Sentence(Record):
    doc_id: str
    index: int
    start: int
    end: int
    text: str


class Actor(Record):
    """A resolved actor: what the coding guide scores, plus where it came from."""

    country: Optional[str] = None  # ISO 3166-1 alpha-3
    sector: Optional[str] = None
    name: Optional[str] = None
    kb_id: Optional[str] = None  # knowledge-base entry that decided
    rule: Optional[str] = None  # resolver rule that decided
    note: Optional[str] = None

    def key(self) -> tuple:
        return (self.country, self.sector, self.name)


class Mention(Record):
    """A stretch of text that refers to an actor."""

    doc_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    kind: str  # name, role, demonym, metonym, pronoun, nominal, group
    token_start: Optional[int] = None  # token indices in the body's spaCy Doc
    token_end: Optional[int] = None
    head: Optional[int] = None  # token index of the mention's syntactic head
    actor: Optional[Actor] = None
    antecedent: Optional[int] = None  # index of the mention it corefers with


class Place(Record):
    """A toponym resolved against the gazetteer."""

    name: str
    raw: str
    geonames_id: Optional[int] = None
    admin1: Optional[str] = None
    country: Optional[str] = None  # ISO alpha-3
    lat: Optional[float] = None
    lon: Optional[float] = None
    precision: Optional[PlacePrecision] = None
    start: Optional[int] = None
    end: Optional[int] = None
    ambiguous: bool = False


class EventDate(Record):
    value: Optional[str] = None  # ISO at its precision
    precision: DatePrecision = "unknown"
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    historical: bool = False
    basis: Optional[str] = None  # "story time" when carried from an earlier sentence (see sentence_index)
    sentence_index: Optional[int] = None  # the sentence that states a carried date


class Event(Record):
    """One actor doing one thing to another, as a sentence states it."""

    id: str
    doc: str
    sentence_index: int
    sentence: str
    type: str  # PLOVER type
    mode: Optional[str] = None
    cameo: Optional[str] = None
    quad_class: Optional[int] = None
    intensity: Optional[float] = None
    source: Actor
    target: Optional[Actor] = None
    modality: Modality = "asserted"
    historical: bool = False
    quote: Optional[str] = None
    quote_speaker: Optional[str] = None
    date: Optional[str] = None
    date_precision: DatePrecision = "unknown"
    date_text: Optional[str] = None
    # how the date was found: "stated" (in the event's own sentence), "story time" (carried
    # from the earlier sentence date_sentence), "document" (publication date); None if undated
    date_basis: Optional[str] = None
    date_sentence: Optional[int] = None
    location: Optional[Place] = None
    confidence: float = 0.5
    trigger: Span
    source_span: Optional[Span] = None
    target_span: Optional[Span] = None
    rule: Optional[str] = None
    trigger_token: Optional[int] = Field(default=None, exclude=True)  # working link to the parse

    @property
    def start(self) -> int:
        return self.trigger.start

    @property
    def end(self) -> int:
        return self.trigger.end

    def to_output(self) -> dict:
        """The JSON object `dragoman extract` writes: coding-guide fields first."""

        def actor(a: Optional[Actor]) -> Optional[dict]:
            if a is None:
                return None
            return {"country": a.country, "sector": a.sector, "name": a.name, "kb_id": a.kb_id, "rule": a.rule}

        loc = self.location
        return {
            "id": self.id,
            "doc": self.doc,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "type": self.type,
            "source": actor(self.source),
            "target": actor(self.target),
            "modality": self.modality,
            "date": self.date,
            "location": loc.name if loc else None,
            "start": self.trigger.start,
            "end": self.trigger.end,
            "trigger": self.trigger.text,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "intensity": self.intensity,
            "confidence": round(self.confidence, 3),
            "historical": self.historical,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "date_basis": self.date_basis,
            "date_sentence": self.date_sentence,
            "place": loc.model_dump() if loc else None,
            "quote": self.quote,
            "quote_speaker": self.quote_speaker,
            "source_span": self.source_span.model_dump() if self.source_span else None,
            "target_span": self.target_span.model_dump() if self.target_span else None,
            "rule": self.rule,
        }


class InputProblem(Record):
    """An input that could not be read: reported in one line, the batch goes on."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
