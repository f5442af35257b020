"""The pipeline: documents → nlp → actors → events → when/where.

Each stage is a small component with one job; the pipeline only composes them,
batches the spaCy pass, times each stage and reports progress. Stages are plain
callables so a later implementation replaces one without touching the others.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Iterator, Optional

from spacy.tokens import Doc

from dragoman.models import Document, Event, InputProblem, Mention, Sentence
from dragoman.events.calibration import calibrate_events
from dragoman.places.event_places import WhenWhere


@dataclass
class DocumentResult:
    """Everything the pipeline learnt about one document."""

    document: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    events: list[Event]


@dataclass
class StageTimer:
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.seconds[stage] += now - started
        return now


class Pipeline:
    """Compose the stages. Build once, reuse for many documents."""

    def __init__(
        self,
        nlp=None,
        resolver: Callable | None = None,
        extractor: Callable | None = None,
        batch_size: int = 16,
    ):
        from dragoman.nlp import load_model

        self.nlp = nlp or load_model()
        self.kb = None
        if resolver is None:
            from dragoman.actors import ActorResolver, KnowledgeBase

            self.kb = KnowledgeBase.default()
            resolver = ActorResolver(self.kb)
        self.resolver = resolver
        if extractor is None:
            from dragoman.events.extractor import EventExtractor

            extractor = EventExtractor(place_actor=self._place_actor)
        self.extractor = extractor
        self.when_where = WhenWhere()
        self.batch_size = batch_size
        self.timer = StageTimer()
        self.failures: list[InputProblem] = []

    # a place used as an argument ("visits to Kabul"): the state it stands for
    def _place_actor(self, text: str):
        if self.kb is None:
            return None
        from dragoman.models import Actor

        seat = self.kb.seat(text)
        if seat:
            iso3, sector = seat
            return Actor(country=iso3, sector=sector, rule="place-as-target", kb_id=f"country:{iso3}")
        iso3 = self.kb.country_by_name(text)
        if iso3:
            return Actor(country=iso3, sector=None, rule="place-as-target", kb_id=f"country:{iso3}")
        return None

    def process(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """Run every stage after the documents stage over already loaded documents."""
        batch: list[Document] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._process_batch(batch)
                batch = []
        if batch:
            yield from self._process_batch(batch)

    def _process_batch(self, docs: list[Document]) -> Iterator[DocumentResult]:
        t = time.perf_counter()
        sdocs = list(self.nlp.pipe([d.body for d in docs], batch_size=self.batch_size))
        t = self.timer.add("nlp", t)
        for doc, sdoc in zip(docs, sdocs):
            try:
                yield self._analyse(doc, sdoc)
            except Exception as exc:  # one bad document must not stop the batch
                self.failures.append(
                    InputProblem(path=doc.path or doc.id, message=f"extraction failed: {type(exc).__name__}: {exc}")
                )

    def _analyse(self, doc: Document, sdoc: Doc) -> DocumentResult:
        t = time.perf_counter()
        sentences = sentences_of(doc, sdoc)
        doc = self._infer_publication_date(doc, sdoc)
        t = self.timer.add("dates", t)
        # posts are looked up on the publication date; for a date inferred from content (whose
        # value may be a whole month or year) at the start of the inferred window
        mentions = self.resolver(doc, sdoc, _posts_reference(doc))
        t = self.timer.add("actors", t)
        events = calibrate_events(self.extractor(doc, sdoc, mentions))
        t = self.timer.add("events", t)
        events = self.when_where(doc, sdoc, events, mentions)
        self.timer.add("when_where", t)
        return DocumentResult(doc, sentences, mentions, events)

    def _infer_publication_date(self, doc: Document, sdoc: Doc) -> Document:
        if doc.publication_date or doc.date_basis != "unknown":
            return doc
        try:
            from dragoman.when import infer_publication_window
        except ImportError:
            return doc
        est = infer_publication_window(sdoc, kb=self.kb)
        update = {}
        if getattr(est, "window", None):
            update["date_window"] = tuple(str(x) if x else None for x in est.window)
        if getattr(est, "value", None):
            update.update(
                publication_date=est.value,
                date_basis=est.basis,
                date_precision=est.precision,
                date_evidence=getattr(est, "evidence", None),
            )
        return doc.model_copy(update=update) if update else doc

def _posts_reference(doc: Document) -> Optional[date]:
    """The day on which the posts a document names are read."""
    if doc.date_basis == "inferred from content" or not doc.publication_date:
        return window_reference(doc.date_window) or doc.reference_date()
    return doc.reference_date()


def window_reference(window) -> Optional[date]:
    """The day of a (earliest, latest) publication window to read posts on: its earliest day.

    The lower bound comes from the latest dated evidence the article gives, and news is
    written soon after what it reports, so the start of the window is the likeliest day;
    with an open start, the known end.
    """
    if not window:
        return None
    for x in window:
        try:
            return date.fromisoformat(str(x))
        except ValueError:
            continue  # an open end
    return None


def sentences_of(doc: Document, sdoc: Doc) -> list[Sentence]:
    out = []
    for i, sent in enumerate(sdoc.sents):
        start, end = doc.to_original(sent.start_char), doc.to_original(sent.end_char)
        out.append(Sentence(doc_id=doc.id, index=i, start=start, end=end, text=doc.text[start:end]))
    return out
