"""Event extraction: the events stage and the registry of its rule components.

For each body sentence the extractor runs the components of ``REGISTRY`` in their
declared order:

1. ``propose``: each proposer reads the sentence and returns candidate events (trigger,
   source, target, modality, confidence, the rules that found them). The lexicon rule
   finds trigger words from the lexicon (verbs, nouns, light-verb and particle forms) and
   attaches source and target actors from the dependency parse (``arguments.py``);
   the others read reported speech (``speech.py``) and acting on shared information.
2. ``derive``: each deriver reads the proposed candidates and adds the acts they imply
   (a speaker who reports another party's attack accuses it; a denial answers the
   story's accuser).
3. ``veto``: the lexicon rule asks each veto whether a trigger names an act the sentence
   does not state (a commentator's view, a topic of talk, ...): then it yields nothing.
4. ``prune``: each pruner drops candidates that another candidate of the sentence spells out.
5. the conflict policy (``settle_conflicts``): one candidate per (type, source, target).
6. ``settle``: each settler merges or drops what the kept candidates say twice.

An event without an identifiable source or target actor is not emitted: no actor is
invented. The modules: ``context`` (the sentence, its mentions and the actors of a
phrase), ``lexical``, ``arguments``, ``framing`` (the vetoes), ``speech``,
``information``, ``counterpart`` (the story's dyad), ``settling``.
"""

from __future__ import annotations

import hashlib
import inspect
from dataclasses import dataclass
from typing import Callable, Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from dragoman.events.answers import announced_retaliations
from dragoman.events.announcers import announcing_officials, drop_announced_state_acts
from dragoman.events.arguments import ArgumentRules
from dragoman.events.attribution import attributed_attacks
from dragoman.events.blamed_attacks import blamed_attacks
from dragoman.events.boycotts import state_boycotts
from dragoman.events.candidate import Candidate, actor_key
from dragoman.events.condemnations import CondemnationRules, answered_claim
from dragoman.events.context import MentionLookup, SentenceContext, opens_quote, quoted_ranges
from dragoman.events.counterpart import StoryParties
from dragoman.events.crowd_obstruction import crowd_obstructions
from dragoman.events.crowds import CrowdRules
from dragoman.events.descriptions import standing_role
from dragoman.events.denials import denied_accusations, dismissed_accusations, drop_denied_acts
from dragoman.events.culpability import CulpabilityRules, blamed_act
from dragoman.events.gerund_objects import drop_gerund_governors, gerund_object_acts
from dragoman.events.grievances import complained_treatment, complained_treatments
from dragoman.events.framing import (
    commentary, declining_cooperation, difficulty, held_view, own_course, shown_content, topic_of_talk,
)
from dragoman.events.information import InformationRules
from dragoman.events.labour_strikes import labour_strikes
from dragoman.events.lexical import LexiconRules
from dragoman.events.lexicon import TriggerEntry, TriggerLexicon
from dragoman.events.measures_in_force import measures_in_force
from dragoman.events.modality import ModalityCues
from dragoman.events.nonacceptance import unaccepted_acts
from dragoman.events.occupants import occupant_description
from dragoman.events.ontology import Ontology
from dragoman.events.perpetrator import death_of_subject
from dragoman.events.protest_addressees import story_protest_addressees
from dragoman.events.protest_occasions import ProtestOccasionRules
from dragoman.events.protest_sites import drop_site_targets
from dragoman.events.punishment_warnings import punishment_warnings
from dragoman.events.responses import StoryActs
from dragoman.events.settling import (
    addressed_act_first, drop_elaborated_pressure, one_encounter, stated_addressee_first,
)
from dragoman.events.speech import SpeechRules
from dragoman.events.spelled_out import deployment_purposes, drop_spelled_out_retaliations
from dragoman.events.story_doers import story_doers
from dragoman.events.visited_places import visited_place
from dragoman.models import Actor, Document, Event, Mention, Span


STAGES = ("propose", "derive", "veto", "prune", "settle")


@dataclass(frozen=True)
class RuleComponent:
    """One rule of the events stage: its name (as the event's ``rule`` and ``--by rule``
    call it), the stage it runs in, the function that does its one job, and a sentence it
    reads. A proposer is ``run(extractor, ctx) -> list[Candidate]``, a deriver
    ``run(extractor, ctx, proposed) -> list[Candidate]`` (the candidates it adds), a veto
    ``run(extractor, entry, tok) -> bool``, a pruner ``run(candidates) -> candidates``
    and a settler ``run(best) -> best`` (``best``: the candidate kept per key)."""

    name: str
    stage: str
    run: Callable
    example: str

    @property
    def module(self) -> str:
        return self.run.__module__

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.run) or ""


REGISTRY: tuple[RuleComponent, ...] = (
    RuleComponent("lexicon", "propose", LexiconRules.lexicon_acts,
                  "India accused China of violating the border agreement."),
    RuleComponent("reported-speech", "propose", SpeechRules.reported_speech,
                  "Modi said that Pakistan must act against the militants."),
    RuleComponent("attributed-reproach", "propose", SpeechRules.attributed_reproaches,
                  "Washington said Islamabad had failed to act against the network."),
    RuleComponent("presented-evidence", "propose", SpeechRules.presented_evidence,
                  "Kabul presented evidence linking Pakistan's spy agency to the attack."),
    RuleComponent("condemnatory-description", "propose", CondemnationRules.condemnatory_descriptions,
                  "Tehran said Washington's accusation against the army was unforgivable."),
    RuleComponent("dismissed-accusation", "propose", dismissed_accusations,
                  "Britain accused Russia. Moscow said the accusations against Russia violate international law."),
    RuleComponent("unaccepted-act", "propose", unaccepted_acts,
                  "China cannot accept the United States' unilateral actions."),
    RuleComponent("announced-retaliation", "propose", announced_retaliations,
                  "Britain expelled Russian diplomats. Moscow's response will come shortly."),
    RuleComponent("stated-culpability", "propose", CulpabilityRules.stated_culpability,
                  "The government said a separatist group was behind the bombing."),
    RuleComponent("punishment-warning", "propose", punishment_warnings,
                  "Gunmen killed 12 soldiers. “This crime will not go unpunished,” the defence minister said."),
    RuleComponent("acted-on-information", "propose", InformationRules.acted_on_information,
                  "Afghan forces raided the compound on a tip-off from US intelligence."),
    RuleComponent("crowd-demand", "propose", CrowdRules.crowd_demands,
                  "Workers gathered outside the ministry in Lusaka to demand unpaid wages."),
    RuleComponent("complained-treatment", "propose", complained_treatments,
                  "Kurdish leaders complained of being targeted by Ankara."),
    RuleComponent("measure-in-force", "propose", measures_in_force,
                  "The new sanctions on Russia take effect on Monday, the British foreign secretary said."),
    RuleComponent("gerund-object", "propose", gerund_object_acts,
                  "The Japanese cabinet approved ejecting South Korea from the list."),
    RuleComponent("protest-occasion", "propose", ProtestOccasionRules.protest_occasions,
                  "Students clashed with the police during a demonstration in Dakar."),
    RuleComponent("attributed-attack", "derive", attributed_attacks,
                  "Kenyan officials said Somali militants had attacked the base."),
    RuleComponent("announcing-official", "derive", announcing_officials,
                  "Algeria's foreign minister said the country was cutting ties with Morocco."),
    RuleComponent("denied-accusation", "derive", denied_accusations,
                  "Peru accused Chile of spying. Chile denied spying on its neighbour."),
    RuleComponent("story-doer", "derive", story_doers,
                  "A car bomb killed 21 cadets in Bogota. The attack was the worst in years."),
    RuleComponent("blamed-attack", "derive", blamed_attacks,
                  "The government said the rebels were behind the bombing of the police academy."),
    RuleComponent("story-protest-addressee", "derive", story_protest_addressees,
                  "Protesters in Quito chanted anti-government slogans. Rallies were held in Guayaquil."),
    RuleComponent("commentary", "veto", commentary,
                  "Analysts say that Washington wants to cut aid to Pakistan."),
    RuleComponent("shown-content", "veto", shown_content,
                  "It was important to show Delhi that Beijing will work with it."),
    RuleComponent("held-view", "veto", held_view,
                  "Delhi understands Moscow's position that the war should be fought on Ukrainian soil."),
    RuleComponent("topic-of-talk", "veto", topic_of_talk,
                  "They discussed sharing intelligence with Japan."),
    RuleComponent("difficulty", "veto", difficulty,
                  "Pakistan will be hard-pressed to comply with US demands."),
    RuleComponent("declining-cooperation", "veto", declining_cooperation,
                  "Intelligence cooperation between Turkey and Syria declined after the raid."),
    RuleComponent("blamed-act", "veto", blamed_act,
                  "The government said the rebels were behind the bombing of the pipeline."),
    RuleComponent("own-course", "veto", own_course,
                  "Washington insists on raising duties."),
    RuleComponent("answered-claim", "veto", answered_claim,
                  "Tehran said Washington's accusation against the army was unforgivable."),
    RuleComponent("death-of-subject", "veto", death_of_subject,
                  "Three miners died in the collapse of a mine in Zonguldak."),
    RuleComponent("occupant-description", "veto", occupant_description,
                  "Missiles struck two Syrian bases hosting Russian troops."),
    RuleComponent("standing-role", "veto", standing_role,
                  "The attack was reported by the SITE group, which monitors jihadist activities."),
    RuleComponent("complained-treatment-act", "veto", complained_treatment,
                  "Kurdish leaders complained of being targeted by Ankara."),
    RuleComponent("visited-place", "veto", visited_place,
                  "Johnson visited the Battle of Britain Bunker with his Polish counterpart."),
    RuleComponent("elaborated-pressure", "prune", drop_elaborated_pressure,
                  "China stepped up pressure on Japan, warning Tokyo that it would retaliate."),
    RuleComponent("announced-state-act", "prune", drop_announced_state_acts,
                  "Trump announced the U.S. would impose tariffs on Chinese goods."),
    RuleComponent("denied-act", "prune", drop_denied_acts,
                  "Rwanda has repeatedly denied backing the rebels."),
    RuleComponent("protest-site-target", "prune", drop_site_targets,
                  "Taxi drivers blocked the Quito-Latacunga highway to protest against fuel prices."),
    RuleComponent("crowd-obstruction", "prune", crowd_obstructions,
                  "Striking dockers blocked the entrance of the port of Mombasa."),
    RuleComponent("labour-strike", "prune", labour_strikes,
                  "Nurses gathered outside the hospital in Leeds to strike over pay."),
    RuleComponent("state-boycott", "prune", state_boycotts,
                  "Egypt and Jordan joined Saudi Arabia in boycotting Qatar."),
    RuleComponent("spelled-out-retaliation", "prune", drop_spelled_out_retaliations,
                  "Canada retaliated in kind, hitting American steel with duties."),
    RuleComponent("deployment-purpose", "prune", deployment_purposes,
                  "Kenya deployed troops to fight al-Shabab in Somalia."),
    RuleComponent("gerund-governor", "prune", drop_gerund_governors,
                  "The Japanese cabinet approved ejecting South Korea from the list."),
    RuleComponent("one-encounter", "settle", one_encounter,
                  "Macron visited Mali and held talks with the Malian president."),
    RuleComponent("stated-addressee-first", "settle", stated_addressee_first,
                  "Russia and Ukraine held talks in Istanbul. Russia made demands, and Lavrov urged Kyiv to withdraw."),
    RuleComponent("addressed-act-first", "settle", addressed_act_first,
                  "Russia attacked and shelled Ukrainian positions."),
)
assert all(c.stage in STAGES for c in REGISTRY) and len({c.name for c in REGISTRY}) == len(REGISTRY)


def _stage(name: str) -> tuple[RuleComponent, ...]:
    return tuple(c for c in REGISTRY if c.stage == name)


PROPOSERS, DERIVERS, VETOES, PRUNERS, SETTLERS = (_stage(name) for name in STAGES)


def settle_conflicts(candidates: list[Candidate]) -> dict[tuple, Candidate]:
    """The conflict policy, the one place it is stated: of the candidates of a sentence for
    the same (type, source, target), the one whose lexicon entry is the more specific
    wins (``TriggerEntry.specificity``: objects, particle, prepositions and complement
    it requires); at equal specificity the more confident; at equal confidence the one
    proposed first (registry order, then sentence order)."""
    best: dict[tuple, Candidate] = {}
    for c in candidates:
        key = (c.type, c.source.key(), actor_key(c.target))
        old = best.get(key)
        if old is None or (c.entry.specificity, c.confidence) > (old.entry.specificity, old.confidence):
            best[key] = c
    return best


class EventExtractor(LexiconRules, ArgumentRules, SpeechRules, InformationRules, CulpabilityRules, CrowdRules,
                     CondemnationRules, ProtestOccasionRules):
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
        story = StoryParties(mentions, lookup)
        acts = StoryActs()
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
            story.advance(sent.start)
            context.story = story
            context.parties_before = story.parties()
            context.story_dyad = story.dyad(context.parties_before)
            context.story_acts = acts
            candidates = self._sentence_candidates(context)
            for c in candidates:
                # (an attack known from its blame is told too: "the government said the ELN was
                # behind the bombing. The attack was the worst in years" retells it, story-doer)
                acts.add(s_index, c.trigger.lemma_.lower(), c.type, c.source, c.target)
            events.extend(self._to_events(doc, sdoc, sent, s_index, candidates))
            if speaker:
                previous_speaker = speaker
        return events

    def _sentence_candidates(self, ctx: "SentenceContext") -> list[Candidate]:
        """The candidates of the registry's proposers, in order, with the acts its derivers
        read from them (each deriver sees the proposed candidates), less what its pruners
        drop."""
        out: list[Candidate] = []
        for component in PROPOSERS:
            out.extend(component.run(self, ctx))
        proposed = list(out)
        for component in DERIVERS:
            out.extend(component.run(self, ctx, proposed))
        for component in PRUNERS:
            out = component.run(out)
        return out

    def _unstated(self, entry: TriggerEntry, tok: Token) -> bool:
        """Whether a veto of the registry finds that the trigger names an act the sentence
        does not state as done or planned."""
        return any(component.run(self, entry, tok) for component in VETOES)

    # ------------------------------------------------------------- output
    def _to_events(self, doc: Document, sdoc: Doc, sent: SpacySpan, s_index: int, candidates: list[Candidate]) -> list[Event]:
        best = settle_conflicts(candidates)
        for component in SETTLERS:
            best = component.run(best)
        events = []
        sent_start = doc.to_original(sent.start_char)
        sent_end = doc.to_original(sent.end_char)
        for c in sorted(best.values(), key=lambda c: (c.trigger.i, c.type)):
            lo_tok, hi_tok = sdoc[c.trigger_span[0]], sdoc[c.trigger_span[1] - 1]
            t_start = doc.to_original(lo_tok.idx)
            t_end = doc.to_original(hi_tok.idx + len(hi_tok.text))
            trigger_text = doc.text[t_start:t_end]
            mode = c.entry.mode
            ident = _event_id(doc.id, s_index, t_start, c.type, c.source.key(), actor_key(c.target))
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
                    target_span=_token_span(doc, c.target_tok) if c.target_tok is not None else None,
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
