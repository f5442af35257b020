"""Event extraction: triggers, arguments, modality, quotes and provenance.

For each body sentence the extractor finds trigger words from the lexicon (verbs,
nouns, light-verb and particle forms), attaches source and target actors from the
dependency parse (active and passive voice, control, coordination, prepositional
targets, nominal events), decides the modality, keeps reported speech as a quote of
its speaker, and emits one ``Event`` per (type, source, target) in the sentence.

An event without an identifiable source or target actor is not emitted: no actor is
invented.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from dragoman.events.arguments import ArgumentRules
from dragoman.events.candidate import Candidate
from dragoman.events.context import MentionLookup, SentenceContext, opens_quote, quoted_ranges
from dragoman.events.counterpart import recent_parties, story_dyad
from dragoman.events.framing import FramingRules
from dragoman.events.information import InformationRules
from dragoman.events.lexical import LexiconRules
from dragoman.events.lexicon import TriggerLexicon
from dragoman.events.modality import ModalityCues
from dragoman.events.ontology import Ontology
from dragoman.events.settling import drop_elaborated_pressure, one_encounter
from dragoman.events.speech import SpeechRules
from dragoman.models import Actor, Document, Event, Mention, Span


class EventExtractor(LexiconRules, ArgumentRules, FramingRules, SpeechRules, InformationRules):
    """The events stage: a callable over (Document, spaCy Doc, mentions)."""

    name = "events"

    def __init__(
        self,
        lexicon: TriggerLexicon | None = None,
        ontology: Ontology | None = None,
        cues: ModalityCues | None = None,
        place_actor: Callable[[str], Optional[Actor]] | None = None,
    ):
        self.lexicon = lexicon or TriggerLexicon.default()
        self.ontology = ontology or Ontology.default()
        self.cues = cues or ModalityCues.default()
        self.place_actor = place_actor

    # ------------------------------------------------------------------ API
    def __call__(self, doc: Document, sdoc: Doc, mentions: list[Mention]) -> list[Event]:
        lookup = MentionLookup(mentions)
        events: list[Event] = []
        previous_speaker: Optional[tuple[Actor, Token]] = None
        sents = list(sdoc.sents)
        speakers = [self._speaker(sent, lookup) for sent in sents]
        for s_index, sent in enumerate(sents):
            speaker = speakers[s_index]
            quoted = quoted_ranges(sent)
            # a quotation that runs on into the next sentence is said by that sentence's speaker
            following = speakers[s_index + 1] if s_index + 1 < len(sents) and opens_quote(sent) else None
            context = SentenceContext(sent, s_index, lookup, quoted, speaker or following or previous_speaker)
            context.parties_before = recent_parties(mentions, sent.start)
            context.story_dyad = story_dyad(mentions, sent.start, context.parties_before)
            candidates = self._sentence_candidates(context)
            events.extend(self._to_events(doc, sdoc, sent, s_index, candidates))
            if speaker:
                previous_speaker = speaker
        return events

    def _sentence_candidates(self, ctx: "SentenceContext") -> list[Candidate]:
        out = self._lexicon_candidates(ctx)
        out.extend(self._reported_requests(ctx))
        out.extend(self._attributed_reproaches(ctx))
        out.extend(self._presented_evidence(ctx))
        out.extend(self._acts_on_information(ctx))
        return drop_elaborated_pressure(out)

    # ------------------------------------------------------------- output
    def _to_events(self, doc: Document, sdoc: Doc, sent: SpacySpan, s_index: int, candidates: list[Candidate]) -> list[Event]:
        best: dict[tuple, Candidate] = {}
        for c in candidates:
            key = (c.type, c.source.key(), c.target.key())
            old = best.get(key)
            if old is None or (c.entry.specificity, c.confidence) > (old.entry.specificity, old.confidence):
                best[key] = c
        best = one_encounter(best)
        # an addressee inferred from the story yields to an act of the same kind the sentence states
        stated = {(c.type, c.source.country) for c in best.values() if "implicit-counterpart" not in c.rules}
        best = {k: c for k, c in best.items() if "implicit-counterpart" not in c.rules or (c.type, c.source.country) not in stated}
        events = []
        sent_start = doc.to_original(sent.start_char)
        sent_end = doc.to_original(sent.end_char)
        for c in sorted(best.values(), key=lambda c: (c.trigger.i, c.type)):
            lo_tok, hi_tok = sdoc[c.trigger_span[0]], sdoc[c.trigger_span[1] - 1]
            t_start = doc.to_original(lo_tok.idx)
            t_end = doc.to_original(hi_tok.idx + len(hi_tok.text))
            trigger_text = doc.text[t_start:t_end]
            mode = c.entry.mode
            ident = _event_id(doc.id, s_index, t_start, c.type, c.source.key(), c.target.key())
            events.append(
                Event(
                    id=ident,
                    doc=doc.id,
                    sentence_index=s_index,
                    sentence=doc.text[sent_start:sent_end].strip(),
                    type=c.type,
                    mode=mode,
                    cameo=self.ontology.cameo(c.type, mode, c.entry.cameo) if c.type in self.ontology else c.entry.cameo,
                    quad_class=self.ontology.quad_class(c.type) if c.type in self.ontology else None,
                    intensity=self.ontology.intensity(c.type, mode) if c.type in self.ontology else None,
                    source=c.source,
                    target=c.target,
                    modality=c.modality,  # type: ignore[arg-type]
                    quote=c.quote,
                    quote_speaker=c.quote_speaker,
                    confidence=c.confidence,
                    trigger=Span(start=t_start, end=t_end, text=trigger_text),
                    source_span=_token_span(doc, c.source_tok),
                    target_span=_token_span(doc, c.target_tok),
                    rule=";".join([c.entry.key] + c.rules + ([f"modality:{c.modality_cue}"] if c.modality_cue else [])),
                    trigger_token=c.trigger.i,
                )
            )
        return events


def _token_span(doc: Document, tok: Token) -> Span:
    start = doc.to_original(tok.idx)
    end = doc.to_original(tok.idx + len(tok.text))
    return Span(start=start, end=end, text=doc.text[start:end])


def _event_id(doc_id: str, s_index: int, start: int, type_: str, src: tuple, tgt: tuple) -> str:
    raw = f"{doc_id}|{s_index}|{start}|{type_}|{src}|{tgt}"
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
