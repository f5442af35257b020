"""The pipeline: documents → nlp → actors → events → when/where.

Each stage is a small component with one job; the pipeline only composes them,
batches the spaCy pass, times each stage and reports progress. Stages are plain
callables so a later implementation replaces one without touching the others.
"""

from __future__ import annotations

import signal
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from spacy.tokens import Doc

from dragoman.models import Document, Event, InputProblem, Mention, Sentence
from dragoman.events.calibration import calibrate_events
from dragoman.places.event_places import WhenWhere
from dragoman.places.place_actors import PlaceActor
from dragoman.when.stage import PublicationDating, posts_reference


# A body longer than this is parsed in pieces (cut at paragraph, line or sentence ends, each
# under spaCy's max_length) joined back into one Doc: long texts are processed, not refused.
PIECE_CHARS = 100_000
# Seconds one document may take after parsing before it is reported and skipped.
DEFAULT_DOCUMENT_SECONDS = 300.0


class DocumentTimeout(Exception):
    """A document went over the per-document time budget."""


@contextmanager
def time_budget(seconds: Optional[float]):
    """Raise DocumentTimeout in the block after ``seconds`` (main thread on POSIX only;
    elsewhere, and with no budget, the block runs unbounded)."""
    usable = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise DocumentTimeout(f"took over {seconds:g} s, the per-document time budget")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def split_in_pieces(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters whose concatenation is
    ``text``: at the last paragraph break before the limit, else a line break, a
    sentence end or a space, else at the limit itself."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = text.rfind(sep, start + limit // 2, window_end)
            if k >= 0:
                cut = k + len(sep)
                break
        if cut <= start:
            cut = window_end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


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
        document_seconds: Optional[float] = DEFAULT_DOCUMENT_SECONDS,
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

            extractor = EventExtractor(place_actor=PlaceActor(self.kb))
        self.extractor = extractor
        self.publication_dating = PublicationDating(self.kb)
        self.when_where = WhenWhere()
        self.batch_size = batch_size
        self.document_seconds = document_seconds
        self.timer = StageTimer()
        self.failures: list[InputProblem] = []

    def warm(self) -> "Pipeline":
        """Load what the stages otherwise load on first use (the gazetteer), so that
        processes forked from this one share it instead of each loading it."""
        from dragoman.places.gazetteer import Gazetteer

        Gazetteer.default()
        return self

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
        short = [i for i, d in enumerate(docs) if len(d.body) <= self._piece_chars()]
        sdocs: list[Optional[Doc]] = [None] * len(docs)
        for i, sdoc in zip(short, self.nlp.pipe([docs[i].body for i in short], batch_size=self.batch_size)):
            sdocs[i] = sdoc
        t = self.timer.add("nlp", t)
        for doc, sdoc in zip(docs, sdocs):
            try:
                with time_budget(self.document_seconds):
                    if sdoc is None:
                        t = time.perf_counter()
                        sdoc = self._parse_in_pieces(doc.body)
                        self.timer.add("nlp", t)
                    result = self._analyse(doc, sdoc)
            except DocumentTimeout as exc:
                self.failures.append(InputProblem(path=doc.path or doc.id, message=f"skipped: {exc}"))
                continue
            except Exception as exc:  # one bad document must not stop the batch
                self.failures.append(
                    InputProblem(path=doc.path or doc.id, message=f"extraction failed: {type(exc).__name__}: {exc}")
                )
                continue
            yield result

    def _piece_chars(self) -> int:
        return min(PIECE_CHARS, getattr(self.nlp, "max_length", PIECE_CHARS))

    def _parse_in_pieces(self, body: str) -> Doc:
        """One Doc for a long body, parsed piece by piece (see ``split_in_pieces``)."""
        pieces = split_in_pieces(body, self._piece_chars())
        return Doc.from_docs(list(self.nlp.pipe(pieces, batch_size=self.batch_size)), ensure_whitespace=False)

    def _analyse(self, doc: Document, sdoc: Doc) -> DocumentResult:
        t = time.perf_counter()
        sentences = sentences_of(doc, sdoc)
        doc = self.publication_dating(doc, sdoc)
        t = self.timer.add("dates", t)
        # posts are looked up on the publication date; for a date inferred from content (whose
        # value may be a whole month or year) at the start of the inferred window
        mentions = self.resolver(doc, sdoc, posts_reference(doc))
        t = self.timer.add("actors", t)
        events = calibrate_events(self.extractor(doc, sdoc, mentions))
        t = self.timer.add("events", t)
        events = self.when_where(doc, sdoc, events, mentions)
        self.timer.add("when_where", t)
        return DocumentResult(doc, sentences, mentions, events)


def sentences_of(doc: Document, sdoc: Doc) -> list[Sentence]:
    out = []
    for i, sent in enumerate(sdoc.sents):
        start, end = doc.to_original(sent.start_char), doc.to_original(sent.end_char)
        out.append(Sentence(doc_id=doc.id, index=i, start=start, end=end, text=doc.text[start:end]))
    return out
