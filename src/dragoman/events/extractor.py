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
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from dragoman.actors.resolver import is_dateline
from dragoman.events.lexicon import TriggerEntry, TriggerLexicon
from dragoman.events.modality import ModalityCues, modality_of
from dragoman.events.ontology import Ontology
from dragoman.models import Actor, Document, Event, Mention, Span
from dragoman.nlp import is_to_infinitive

# verbs whose object noun carries the event ("had meetings", "made a commitment")
LIGHT_VERBS = {"have", "hold", "make", "conduct", "carry", "launch", "stage", "give", "pay", "take", "reach", "strike", "issue", "express", "deliver", "provide", "offer", "lodge", "begin", "start", "continue", "resume", "host", "attend", "join", "announce", "step", "mount", "order", "call", "seek"}
# prepositions that introduce a target when the lexicon entry names none
DEFAULT_TARGET_PREPS = ("with", "to", "on", "against", "at", "toward", "towards", "into", "upon", "from", "for")
# prepositions after which a nominal event's complement is its source ("by X")
AGENT_PREPS = ("by",)
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "dative", "iobj", "obj")
OPINION_VERBS = {"believe", "think", "feel", "suspect", "suggest", "argue"}  # views, not statements to a party
# nouns of a view held ("X's position that ...", "the view that ..."): their content is an opinion
# verbs of a decrease: "cooperation declined", "aid fell" report a trend, not an act of
# cooperation or aid (an ended or resumed cooperation is still told as one: see the tests)
DECREASE_VERBS = {"decline", "decrease", "diminish", "dwindle", "deteriorate", "wane", "weaken", "slump",
                  "shrink", "plummet", "drop", "fall", "sour", "erode"}
DECREASABLE_TYPES = {"COOPERATE", "AID"}
# talk about an act ("the discussion of X sharing intelligence", "discussed sharing
# intelligence"): what is talked about is a topic, not an act said to happen
TOPIC_NOUNS = {"discussion", "talk", "debate", "question", "issue", "topic", "subject", "matter",
               "conversation", "negotiation", "dialogue"}
TOPIC_VERBS = {"discuss", "debate", "talk"}
TOPIC_PREPS = {"of", "about", "on", "over", "regarding", "concerning"}
OPINION_NOUNS = {"position", "view", "stance", "stand", "belief", "opinion", "viewpoint", "perception",
                 "conviction", "contention", "argument", "notion", "idea", "premise", "thesis", "narrative"}
FIRST_PERSON = {"we", "i", "us", "me", "our", "my"}
QUOTE_CHARS = "\"“”„«»"


@dataclass
class _Candidate:
    type: str
    entry: TriggerEntry
    trigger: Token
    trigger_span: tuple[int, int]  # token range of the trigger words
    source: Actor
    source_tok: Token
    target: Actor
    target_tok: Token
    modality: str
    modality_cue: str
    confidence: float
    quote: Optional[str] = None
    quote_speaker: Optional[str] = None
    rules: list[str] = field(default_factory=list)


class MentionLookup:
    """Mentions by the tokens they cover."""

    def __init__(self, mentions: Iterable[Mention]):
        self._by_token: dict[int, Mention] = {}
        for m in mentions:
            if m.token_start is None or m.token_end is None or m.actor is None:
                continue
            for i in range(m.token_start, m.token_end):
                # prefer the longer mention when two overlap
                old = self._by_token.get(i)
                if old is None or (old.token_end - old.token_start) < (m.token_end - m.token_start):
                    self._by_token[i] = m

    def at(self, i: int) -> Optional[Mention]:
        return self._by_token.get(i)


class EventExtractor:
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
            quoted = _quoted_ranges(sent)
            # a quotation that runs on into the next sentence is said by that sentence's speaker
            following = speakers[s_index + 1] if s_index + 1 < len(sents) and _opens_quote(sent) else None
            context = _SentenceContext(sent, s_index, lookup, quoted, speaker or following or previous_speaker)
            context.parties_before = _recent_parties(mentions, sent.start)
            context.story_dyad = _story_dyad(mentions, sent.start, context.parties_before)
            candidates = self._sentence_candidates(context)
            events.extend(self._to_events(doc, sdoc, sent, s_index, candidates))
            if speaker:
                previous_speaker = speaker
        return events

    # ------------------------------------------------------------ triggers
    def _triggers(self, sent: SpacySpan) -> list[tuple[TriggerEntry, Token, tuple[int, int]]]:
        found = []
        for tok in sent:
            pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else (
                "ADJ" if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "xcomp", "conj") else None)
            if pos is None:
                continue
            lemma = tok.lemma_.lower()
            for entry in self.lexicon.candidates(lemma, pos):
                span = self._entry_fits(entry, tok)
                if span is not None:
                    found.append((entry, tok, span))
                    break
        return found

    def _entry_fits(self, entry: TriggerEntry, tok: Token) -> Optional[tuple[int, int]]:
        lo, hi = tok.i, tok.i + 1
        if entry.particle:
            parts = [c for c in tok.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == entry.particle]
            if not parts:
                return None
            lo, hi = min(lo, parts[0].i), max(hi, parts[0].i + 1)
        if entry.objects and entry.pos == "NOUN":
            # for a noun the lexicon's "object" is its modifier ("drone strike", "hunger strike")
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in entry.objects
                    or c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in entry.objects]
            if not mods:
                return None
            return min(lo, mods[0].i), max(hi, mods[0].i + 1)
        if entry.objects:
            objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS + ("nsubjpass", "attr", "pobj")]
            # "cut off aid", "step up pressure": the object may hang from the particle
            for c in tok.children:
                # ... or from the entry's own preposition ("respond to X's concerns")
                if c.dep_ == "prt" or (c.dep_ == "prep" and (c.lower_ in PARTICLE_WORDS or c.lower_ == entry.particle)):
                    objs.extend(g for g in c.children if g.dep_ in ("pobj", "dobj"))
            if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
                objs.append(tok.head)  # "the aid suspended by ..."
            match = [o for o in objs if o.lemma_.lower() in entry.objects]
            if not match:
                return None
            if match[0].dep_ != "nsubjpass":  # "hostages were recovered": the verb is the trigger
                lo, hi = min(lo, match[0].i), max(hi, match[0].i + 1)
        return lo, hi

    # ----------------------------------------------------------- arguments
    def _sentence_candidates(self, ctx: "_SentenceContext") -> list[_Candidate]:
        triggers = self._triggers(ctx.sent)
        trigger_ids = {t.i for _, t, _ in triggers}
        # tokens that are only the object of a light-verb entry are not triggers of their own
        consumed: dict[int, str] = {}
        for entry, tok, (lo, hi) in triggers:
            if entry.objects:
                consumed.update((i, entry.type) for i in range(lo, hi) if i != tok.i)
        # a demand with an owner of its own is that owner's act, also when it is answered
        # ("the US's rejection of Pakistan's request")
        owned_demands = {t.i for e, t, _ in triggers if e.type == "REQUEST" and t.pos_ == "NOUN"
                         and any(c.dep_ == "poss" for c in t.children)}
        # embedded acts whose frame belongs to a governing trigger (urge X to Y, agree to Y)
        framed: set[int] = set()
        promised: set[int] = set()
        trigger_types = {t.i: e.type for e, t, _ in triggers}
        for entry, tok, _ in triggers:
            if entry.complement == "obj-to-inf" and _is_raising(tok):
                continue  # "X is expected to V": V is X's own act
            if entry.complement in ("obj-to-inf", "to-inf-self", "for") or entry.type in ("REQUEST", "AGREE", "REJECT", "THREATEN"):
                for child in tok.children:
                    # the content of a demand, promise, refusal or threat follows its verb
                    # as a clause, an infinitive or a prepositional object ("call for")
                    if child.i > tok.i and _is_content(child):
                        inside = {t.i for t in child.subtree if t.i in trigger_ids and t.i != tok.i
                                  and not (entry.type in ANSWER_TYPES and t.i in owned_demands)}
                        if tok.lemma_.lower() in PLEDGE_WORDS:
                            # "a promise from X to visit Y": the promised visit is an event of its own, to come
                            promised.update(i for i in inside if trigger_types.get(i) in PROMISED_TYPES)
                        framed.update(inside)
        out: list[_Candidate] = []
        for entry, tok, span in triggers:
            # "hold talks": the talks are the same act; "reject requests": the request is one too
            if consumed.get(tok.i) == entry.type and not entry.objects:
                continue
            if (tok.i in framed and tok.i not in promised) or self._unstated(entry, tok):
                continue
            found = self._arguments(entry, tok, span, ctx)
            if tok.i in promised:
                found = [replace(c, modality="future", modality_cue="pledged", rules=c.rules + ["pledged-act"])
                         for c in found if c.modality in ("asserted", "future")]
            if (tok.i in consumed or _amount_carrier(tok).i in consumed) and not entry.objects:
                # only with an agent of its own ("rejected US requests", not "cut off aid",
                # nor "pledged $2 billion of aid")
                found = [c for c in found if "light-verb-subject" not in c.rules]
            out.extend(found)
        out.extend(self._reported_requests(ctx))
        out.extend(self._attributed_reproaches(ctx))
        out.extend(self._presented_evidence(ctx))
        out.extend(self._acts_on_information(ctx))
        return _drop_elaborated_pressure(out)

    def _material_act(self, verb: Token) -> bool:
        """A verb that does something (an arrest, a raid, a rescue, "acting on"), not one
        that speaks about something."""
        if verb.lemma_.lower() in ACTING_VERBS:
            return True
        return any(e.type in MATERIAL_TYPES for e in self.lexicon.candidates(verb.lemma_.lower(), "VERB"))

    def _acts_on_information(self, ctx: "_SentenceContext") -> list[_Candidate]:
        """'Y raided the camp on a tip-off from X', 'acting on intelligence from X, Y ...',
        'based on information provided by X': X shared intelligence with Y (COOPERATE from
        the provider to the doer of the clause the phrase modifies)."""
        out: list[_Candidate] = []
        for noun in ctx.sent:
            if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "upon") or _compound_word(noun) not in TIP_NOUNS:
                continue
            providers = self._prep_actors([noun], ("from",), ctx) or [
                a for c in noun.children if c.dep_ == "acl" for a in self._agent_actors(c, ctx)]
            if not providers:
                continue
            holder = noun.head.head
            if holder.dep_ == "prep" and holder.pos_ == "VERB":  # "based on": the clause it hangs from
                holder = holder.head
            if holder.pos_ not in ("VERB", "AUX") or not self._material_act(holder):
                continue  # "commented on information from X" shares nothing
            doers = (self._subject_actors(holder, ctx) or self._agent_actors(holder, ctx)
                     or self._inherited_subject(holder, ctx))
            modality, cue = modality_of(holder, self.cues)
            lo = min([noun.i] + [c.i for c in noun.children if c.dep_ == "compound" and c.i < noun.i])
            for s_actor, s_tok in providers:
                for t_actor, t_tok in doers:
                    if _same_actor(s_actor, t_actor) or _within_one_state(s_actor, t_actor):
                        continue
                    out.append(_Candidate(
                        type="COOPERATE", entry=_INFORMATION_ENTRY, trigger=noun, trigger_span=(lo, noun.i + 1),
                        source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                        modality=modality, modality_cue=cue, confidence=_INFORMATION_ENTRY.confidence,
                        rules=["acted-on-information"]))
        return out

    def _arguments(self, entry: TriggerEntry, tok: Token, span, ctx: "_SentenceContext") -> list[_Candidate]:
        if entry.pos in ("VERB", "ADJ"):
            sources, targets, rules = self._verb_arguments(entry, tok, ctx)
        else:
            sources, targets, rules = self._noun_arguments(entry, tok, ctx)
        if len(sources) >= 2 and not targets and entry.type in MUTUAL_TYPES:
            # "India and China agreed", "Japan and South Korea held talks": each with the other
            sources, targets = sources[:1], sources[1:2]
            rules.append("coordinated-parties")
        if not sources and not targets and entry.type in MUTUAL_TYPES:
            pair = self._mutual_parties(tok, ctx)
            if pair:
                sources, targets = pair[:1], pair[1:]
                rules.append("both-sides")
        if not sources:
            return []
        modality, cue = modality_of(tok, self.cues, stop_at=set())
        if modality == "negated" and entry.type in REFUSABLE_TYPES and _refused(tok):
            # "X will not allow / would not accept Y": a refusal stated now, coded as REJECT
            entry = replace(entry, type="REJECT", mode=None, cameo="120")
            modality, cue = "asserted", "refusal:will-not"
            rules.append("refusal")
        if entry.type in IMPLICIT_COUNTERPART_TYPES and targets and {"prep-target", "nominal-target"} & set(rules) and all(
                _same_actor(s, t) or _within_one_state(s, t) for s, _ in sources for t, _ in targets):
            # "Pakistan renewed the call for a Pakistani role": the source's own side under a
            # preposition is what is asked for, not of whom (but "X insisted it would ..." is
            # no demand at all)
            targets = []
        if not targets and entry.type in IMPLICIT_COUNTERPART_TYPES and _stands_as_act(tok) and _fills_its_frame(
                entry, tok) and (entry.confidence >= WEAK_ENTRY or _asks_for_an_act(tok)):
            targets = _implicit_counterpart(sources, ctx)
            if targets:
                rules.append("implicit-counterpart")
        if not targets:
            return []
        quote = speaker_name = None
        if entry.type == "COERCE" and entry.mode == "arrest" and sources and all(
            a.sector in NON_STATE_ARMED for a, _ in sources
        ):
            # an armed group does not arrest: it abducts ("captured by the Taliban")
            entry = replace(entry, type="ASSAULT", mode="abduct", cameo="181")
            rules.append("non-state-capture")
        if ctx.quoted and any(lo <= tok.i < hi for lo, hi in ctx.quoted) and ctx.speaker:
            quote = _quote_text(ctx.sent, ctx.quoted)
            speaker_name = _actor_label(ctx.speaker[0])
        out = []
        for s_actor, s_tok in sources:
            for t_actor, t_tok in targets:
                if entry.type in INSURGENCY_TYPES and "place-as-target" in rules:
                    t_actor = _own_ground_target(s_actor, t_actor)
                if _same_actor(s_actor, t_actor) or _within_one_state(s_actor, t_actor):
                    continue
                confidence = entry.confidence
                if "coref" in (s_actor.rule or "") or "speaker" in " ".join(rules):
                    confidence *= 0.85
                if s_actor.country is None and s_actor.name is None:
                    confidence *= 0.8
                out.append(
                    _Candidate(
                        type=entry.type, entry=entry, trigger=tok, trigger_span=span,
                        source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                        modality=modality, modality_cue=cue, confidence=round(min(confidence, 0.99), 3),
                        quote=quote, quote_speaker=speaker_name if quote else None, rules=list(rules),
                    )
                )
        return out

    def _verb_arguments(self, entry: TriggerEntry, verb: Token, ctx):
        rules: list[str] = []
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
        sources: list[tuple[Actor, Token]] = []
        targets: list[tuple[Actor, Token]] = []
        if passive:
            sources = self._agent_actors(verb, ctx)
            for c in verb.children:
                if c.dep_ in PASSIVE_SUBJECT_DEPS:
                    targets += ctx.actors(c, self.place_actor)
            rules.append("passive")
            if not sources:
                # "X was killed in a drone strike carried out by Y": the agent of the means
                for c in verb.children:
                    if c.dep_ == "prep" and c.lower_ in MEANS_PREPS:
                        for g in c.children:
                            if g.dep_ == "pobj" and g.pos_ == "NOUN" and self.lexicon.candidates(g.lemma_.lower(), "NOUN"):
                                sources += self._nominal_agents(g, ctx)
                if sources:
                    rules.append("agent-of-means")
            if not sources and entry.complement == "obj-to-inf" and _is_raising(verb):
                # "X is expected/required to V" with no one who expects: a raising frame, not a demand
                # (in reported speech it is the speaker's demand: see _reported_requests)
                return [], [], rules
        else:
            sources = self._subject_actors(verb, ctx)
            for c in verb.children:
                # the object a light-verb entry requires is what is done, not whom to
                if c.dep_ in OBJECT_DEPS and c.lemma_.lower() not in entry.objects:
                    targets += ctx.actors(c, self.place_actor)
            # object of a light verb or a nominal object: "pressure on X", "aid to X"
            if not targets:
                holders = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS + ("prt",)]
                targets = self._prep_actors(holders, entry.target_preps or _default_preps(entry), ctx)
                if targets:
                    rules.append("prep-target")
            # "accused X of", "urged X to": object-control subject of an xcomp is our target
            if not targets:
                for c in verb.children:
                    if c.dep_ in ("xcomp", "ccomp") and entry.complement in ("obj-to-inf", "that-clause"):
                        for g in c.children:
                            if g.dep_ in SUBJECT_DEPS:
                                targets += ctx.actors(g, self.place_actor)
                if targets:
                    rules.append("clause-target")
            # "agreed to help the US": the embedded act's object is whom the commitment concerns
            if not targets and entry.complement == "to-inf-self":
                for c in verb.children:
                    if c.dep_ == "xcomp":
                        for g in c.children:
                            if g.dep_ in OBJECT_DEPS:
                                targets += ctx.actors(g, self.place_actor)
                        if not targets:  # "ready to cooperate with X"
                            targets = self._prep_actors([c], EMBEDDED_TARGET_PREPS, ctx)
                if targets:
                    rules.append("embedded-object-target")
            # "rejected US requests", "condemned Pakistan's decision": the owner of the object
            if not targets:
                for c in verb.children:
                    if c.dep_ in OBJECT_DEPS:
                        for g in c.children:
                            if g.dep_ in ("poss", "compound", "amod", "nmod") and g.i < c.i:
                                targets += ctx.actors(g, self.place_actor)
                if targets:
                    rules.append("object-owner-target")
        if not sources:
            inherited = self._inherited_subject(verb, ctx)
            if inherited:
                sources = inherited
                rules.append("inherited-subject")
        if sources and not targets and entry.type in PLACE_TARGET_TYPES:
            holders = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
            targets = self._place_targets(holders, ctx)
            if targets:
                rules.append("place-as-target")
        return sources, targets, rules

    def _commentary(self, tok: Token) -> bool:
        """Inside what analysts or experts believe, or say of the present or the future
        ("Analysts say that Washington wants ..."): their view, not a reported act
        (coding guide §1). A past act they report ("an expert told us that X and Y
        reached an understanding") is still an act."""
        node = tok
        for _ in range(8):
            head = node.head
            if head.i == node.i:  # the root
                return False
            if node.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in self.cues.speech_verbs | OPINION_VERBS:
                subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is None or subject.lemma_.lower() not in self.cues.commentators:
                    return False
                if head.lemma_.lower() in OPINION_VERBS:
                    return True
                # the tense of the clause the trigger stands in: a noun's nearest verb
                # ("during the last visit of X to Y, A and B reached ..." is a past act)
                verb = tok
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.i != head.i:
                    verb = verb.head
                return verb.tag_ not in ("VBD", "VBN")
            node = head
        return False

    def _unstated(self, entry: TriggerEntry, tok: Token) -> bool:
        """A trigger that names an act the sentence does not state as done or planned: a
        commentator's view, a purpose to show something, a held view, a topic of talk, a
        difficulty, or a cooperation said to decline."""
        return (self._commentary(tok) or _shown_content(tok) or _held_view(tok) or _topic_of_talk(tok)
                or self._difficulty(tok) or (entry.type in DECREASABLE_TYPES and _in_decrease(tok)))

    def _difficulty(self, tok: Token) -> bool:
        """The act is what someone will find hard to do or is unlikely to do ("X will be
        hard-pressed to comply with Y's demands", "X struggled to cooperate with Y", "it
        will be difficult for X to accept Y's proposal"): a difficulty, not an act."""
        node = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        for _ in range(4):
            head = node.head
            if head.i == node.i or node.dep_ not in ("xcomp", "advcl", "ccomp", "conj"):
                return False
            # what is hard is an infinitive or a that-clause; a coordinated clause is not it
            # ("it was difficult, but X accepted")
            clausal = node.dep_ == "ccomp" or (node.dep_ != "conj" and is_to_infinitive(node))
            # the predicate itself, or the adjective of a copula ("it will be difficult for X to")
            preds = [head] + [c for c in head.children if c.dep_ in ("acomp", "ccomp", "oprd") and c.i < node.i]
            if clausal and any(self._is_difficulty(p) for p in preds):
                return True
            node = head
        return False

    def _is_difficulty(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma not in self.cues.difficulty and tok.lower_ not in self.cues.difficulty:
            return False
        if tok.lower_ == "pressed" or lemma == "press":  # only "hard(-)pressed"
            return any(c.lower_ == "hard" for c in tok.children)
        return tok.pos_ in ("ADJ", "VERB") or tok.lower_ == "hard-pressed"

    def _nominal_sources(self, noun: Token, ctx) -> list[tuple[Actor, Token]]:
        """Who a nominal act names as its doer: "the US strike", "Pakistan's decision",
        "a strike by X"."""
        out: list[tuple[Actor, Token]] = []
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i):
                out += ctx.actors(c, self.place_actor)
        return out + self._prep_actors([noun], AGENT_PREPS, ctx)

    def _nominal_agents(self, noun: Token, ctx) -> list[tuple[Actor, Token]]:
        """The doer of a nominal act, also through a clause on it: "a strike that was
        carried out by X"."""
        out = self._nominal_sources(noun, ctx)
        for c in noun.children:
            if c.dep_ in ("relcl", "acl"):
                out += self._agent_actors(c, ctx)
        return out

    def _agent_actors(self, verb: Token, ctx) -> list[tuple[Actor, Token]]:
        """The actors of a passive verb's "by" phrase."""
        return [a for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                for a in ctx.actors(g, self.place_actor)]

    def _subject_actors(self, verb: Token, ctx) -> list[tuple[Actor, Token]]:
        out: list[tuple[Actor, Token]] = []
        if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "xcomp"):
            verb = verb.head  # "X has been critical of Y": the subject of the copula
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS:
                if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                    out += ctx.actors(verb.head, self.place_actor)
                else:
                    out += ctx.actors(c, self.place_actor)
        return out

    def _inherited_subject(self, verb: Token, ctx) -> list[tuple[Actor, Token]]:
        """Control, coordination and participles: take the subject of the governing verb.
        A verb with a subject of its own inherits none, even when that subject names no
        known actor ("X arrived, and the leader of another country postponed a visit")."""
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return []
        tok = verb
        for _ in range(4):
            dep, head = tok.dep_, tok.head
            if head.i == tok.i:  # the root
                return []
            if dep in ("xcomp", "conj", "advcl", "acl"):
                if dep == "xcomp":
                    # object control: "urged X to V" -> the object of the head is V's subject
                    objs = [c for c in head.children if c.dep_ in OBJECT_DEPS]
                    if objs:
                        return ctx.actors(objs[0], self.place_actor)
                    # raising: "X is expected to V", "X was forced to V"
                    raised = [a for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS for a in ctx.actors(c, self.place_actor)]
                    if raised:
                        return raised
                if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
                    found = ctx.actors(head, self.place_actor)
                    # "the administration's decision to cut aid": the owner of the decision
                    for c in head.children:
                        if not found and c.dep_ == "poss":
                            found = ctx.actors(c, self.place_actor)
                    # "a promise from X to V", "an offer by X to V": the one who gives it
                    if not found:
                        found = self._prep_actors([head], HOLDER_PREPS, ctx)
                    # "X has no plans to V", "X made a decision to V": the holder of the plan
                    if not found and head.dep_ in OBJECT_DEPS and head.head.pos_ in ("VERB", "AUX"):
                        found = self._subject_actors(head.head, ctx)
                    # "In a conference held with Y, X said ...": the subject of the clause
                    if not found and head.dep_ == "pobj" and head.head.lower_ in FRAME_PREPS and head.head.head.pos_ in ("VERB", "AUX"):
                        found = self._subject_actors(head.head.head, ctx)
                    if found:
                        return found
                found = self._subject_actors(head, ctx)
                if found:
                    return found
                tok = head
                continue
            return []
        return []

    def _prep_actors(self, holders: list[Token], preps: Iterable[str], ctx) -> list[tuple[Actor, Token]]:
        """Actors named by the given prepositions under the first holder that has any
        ("talks with X", "a promise from X", "cut off aid to X")."""
        preps = tuple(preps)
        out: list[tuple[Actor, Token]] = []
        for h in holders:
            for c in h.children:
                if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            out += ctx.actors(g, self.place_actor)
                            out += [a for y in _detached_sequel(g) for a in ctx.actors(y, self.place_actor)]
                if c.dep_ == "prt":  # "cut off aid to X"
                    out += self._prep_actors([c], preps, ctx)
            if out:
                break
        return out

    def _noun_arguments(self, entry: TriggerEntry, noun: Token, ctx):
        rules: list[str] = []
        carrier = _amount_carrier(noun)  # what the clause handles: the noun, or its amount
        sources: list[tuple[Actor, Token]] = []
        targets: list[tuple[Actor, Token]] = []
        between = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "among") for g in c.children if g.dep_ == "pobj"]
        if between:
            parties = ctx.parties(between[0], self.place_actor)
            if len(parties) >= 2:
                sources, targets = parties[:1], parties[1:2]
                rules.append("between")
            elif _names_both_sides(between[0]) and len(ctx.parties_before) >= 2:
                # "X announced that cooperation between the two militaries resumed": the two
                # states of the story, when the sentence names one of them (that one first)
                pair = {a.country: a for a in ctx.parties_before[:2]}
                named = [m.actor.country for m in ctx.sentence_mentions() if m.actor and m.actor.country in pair]
                if named:
                    role = ctx.lookup.at(between[0].i)  # "the two militaries": their sector
                    sector = role.actor.sector if role and role.actor and not role.actor.country else None
                    first = pair.pop(named[0]).model_copy(update={"sector": sector})
                    second = next(iter(pair.values())).model_copy(update={"sector": sector})
                    sources = [(first, between[0])]
                    targets = [(second, between[0])]
                    rules.append("between-both-sides")
        if not sources:
            sources = self._nominal_sources(noun, ctx)
            if sources:
                rules.append("nominal-source")
        demanded = noun.dep_ in OBJECT_DEPS and any(
            e.type == "REQUEST" for e in self.lexicon.candidates(noun.head.lemma_.lower(), "VERB"))
        if not sources and entry.type in PLEDGE_TYPES and not demanded:
            # "a promise from X", "assurances by X" (but "we want a commitment from X" asks for one)
            sources = self._prep_actors([noun], HOLDER_PREPS, ctx)
            if sources:
                rules.append("holder-of-pledge")
        if not sources and entry.type in TRAVEL_TYPES:
            # "the visit of the French president to Mali": "of" names the traveller
            of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if of and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in noun.children):
                sources = ctx.actors(of[0], self.place_actor)
                if sources:
                    rules.append("of-traveller")
        if not sources and noun.dep_ in PASSIVE_SUBJECT_DEPS:
            # "operations were conducted by X", "talks were held by X"
            sources = self._agent_actors(noun.head, ctx)
            if sources:
                rules.append("passive-light-verb-agent")
        if not sources:
            # "X had meetings with Y", "X made a commitment to Y", "X launched an attack on Y",
            # "X announced $150 million in aid to Y" (through the amount)
            head = carrier.head
            if carrier.dep_ in OBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
                sources = self._subject_actors(head, ctx) or self._inherited_subject(head, ctx)
                if sources:
                    rules.append("light-verb-subject")
            elif noun.dep_ in ("nsubj", "nsubjpass"):
                sources = []
        if not sources and noun.dep_ == "pobj" and noun.head.head.pos_ == "ADJ" and noun.head.head.dep_ == "acomp":
            # "he was full of complaints against X", "X is open to talks with Y": the subject
            sources = self._subject_actors(noun.head.head, ctx)
            if sources:
                rules.append("adjective-subject")
        if not sources and noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPS and noun.head.head.pos_ in ("VERB", "AUX"):
            # "said X after talks with Y", "In a meeting with Y, X urged ...": the setting of
            # the clause's act is an act of the clause's subject
            verb = noun.head.head
            sources = self._subject_actors(verb, ctx) or self._agent_actors(verb, ctx)
            if sources:
                rules.append("setting-subject")
        if not targets:
            preps = entry.target_preps or _default_preps(entry)
            targets = self._prep_actors([noun] + [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i], preps, ctx)
            if not targets and carrier.dep_ in OBJECT_DEPS and carrier.head.pos_ in ("VERB", "AUX"):
                targets = self._prep_actors([carrier.head], preps, ctx)
            if targets:
                rules.append("nominal-target")
            else:
                # "the rejection of its request": the owner of the act answered
                targets = [a for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                           for g in c.children if g.dep_ == "pobj"
                           for o in g.children if o.dep_ == "poss" for a in ctx.actors(o, self.place_actor)]
                if targets:
                    rules.append("nominal-object-owner")
        if sources and not targets and entry.type in PLEDGE_TYPES:
            # "a promise from X to visit Y": whom the promised act concerns
            for c in noun.children:
                if c.dep_ == "acl":
                    targets += [a for g in c.children if g.dep_ in OBJECT_DEPS for a in ctx.actors(g, self.place_actor)]
                    if not targets:
                        targets = self._prep_actors([c], EMBEDDED_TARGET_PREPS, ctx)
            if targets:
                rules.append("pledged-act-target")
        if sources and not targets and entry.type in PLACE_TARGET_TYPES:
            targets = self._place_targets([noun, noun.head], ctx)
            if targets:
                rules.append("place-as-target")
        if sources and not targets and noun.dep_ in OBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
            # "X rejected/resisted Y's demands": the demand was made of X
            targets = [a for a in self._subject_actors(noun.head, ctx) if not any(_same_actor(a[0], s[0]) for s in sources)]
            if targets:
                rules.append("addressee-is-subject")
        if sources and not targets and entry.type == "REQUEST" and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            # "the US's rejection of Pakistan's request": the request was made of the one who answers it
            answer = noun.head.head
            if answer.pos_ == "NOUN" and any(e.type in ANSWER_TYPES for e in self.lexicon.candidates(answer.lemma_.lower(), "NOUN")):
                targets = [a for a in self._nominal_sources(answer, ctx) if not any(_same_actor(a[0], s[0]) for s in sources)]
                if targets:
                    rules.append("addressee-is-responder")
        return sources, targets, rules

    def _place_targets(self, holders: list[Token], ctx) -> list[tuple[Actor, Token]]:
        """Attacks and deployments with no other target: the state where, or at whose
        border, they happen ("strikes in Syria", "troops massed on the Syrian border")."""
        out: list[tuple[Actor, Token]] = []
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in PLACE_TARGET_PREPS:
                    for g in c.children:
                        for t in [g] + list(g.conjuncts):
                            actor = self._place_state(t, ctx)
                            if actor is not None:
                                out.append((actor, t))
            if out:
                break
        return out[:1]

    def _place_state(self, tok: Token, ctx) -> Optional[Actor]:
        """The state a place phrase names: a country or its seat, or the state whose border it is."""
        if tok.lemma_.lower() in BORDER_NOUNS:
            for c in tok.children:
                cands = [c] if c.dep_ in ("amod", "compound", "nmod", "poss") else (
                    [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "with" else [])
                for g in cands:
                    m = ctx.lookup.at(g.i)
                    if m and m.actor and m.actor.country:
                        return Actor(country=m.actor.country, kb_id=m.actor.kb_id, rule="border-as-target")
                    named = self.place_actor(g.text) if self.place_actor else None  # "the Syrian border"
                    if named is not None and named.country:
                        return Actor(country=named.country, kb_id=named.kb_id, rule="border-as-target")
            return None
        m = ctx.lookup.at(tok.i)
        if m and m.actor and m.actor.country and m.kind in ("demonym", "metonym"):
            return Actor(country=m.actor.country, kb_id=m.actor.kb_id, rule="place-as-target")
        if self.place_actor is None or tok.ent_type_ not in ("GPE", "LOC"):
            return None
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        actor = self.place_actor(ent.text) if ent is not None else None
        if actor is not None and actor.country:
            return Actor(country=actor.country, kb_id=actor.kb_id, rule="place-as-target")
        return None

    def _mutual_parties(self, tok: Token, ctx) -> list[tuple[Actor, Token]]:
        """'Both sides agreed', 'the two countries held talks': the dyad the text is about."""
        subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None and tok.dep_ in OBJECT_DEPS:
            subject = next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return []
        words = {t.lower_ for t in subject.subtree}
        if not (words & MUTUAL_WORDS) or not (words & {"both", "two", "sides", "each"} or subject.lower_ == "both"):
            return []
        if len(ctx.parties_before) < 2:
            return []
        # two states agreeing or meeting act through their governments
        return [(a.model_copy(update={"sector": a.sector or "GOV"}), subject) for a in ctx.parties_before[:2]]

    # ----------------------------------------------------- reported speech
    def _speaker(self, sent: SpacySpan, lookup: MentionLookup) -> Optional[tuple[Actor, Token]]:
        """The actor who speaks in this sentence (subject of a speech verb outside quotes)."""
        quoted = _quoted_ranges(sent)
        for tok in sent:
            if tok.lemma_.lower() in self.cues.speech_verbs and tok.pos_ in ("VERB", "AUX"):
                if any(lo <= tok.i < hi for lo, hi in quoted):
                    continue
                for c in tok.children:
                    if c.dep_ in SUBJECT_DEPS:
                        m = lookup.at(c.i)
                        if m and m.actor:
                            return m.actor, c
        return None

    def _reported_requests(self, ctx: "_SentenceContext") -> list[_Candidate]:
        """'X said Y must/should do Z' is a REQUEST from X to Y (coding guide §1)."""
        out = []
        for tok in ctx.sent:
            if tok.lemma_.lower() not in self.cues.speech_verbs or tok.pos_ not in ("VERB", "AUX"):
                continue
            speakers = [a for c in tok.children if c.dep_ in SUBJECT_DEPS for a in ctx.actors(c, self.place_actor)]
            if not speakers and tok.dep_ == "conj":  # "X said ... and said that ..."
                speakers = self._inherited_subject(tok, ctx)
                if not speakers:
                    earlier = [t for t in ctx.sent if t.i < tok.i and t.lemma_.lower() in self.cues.speech_verbs]
                    for t in reversed(earlier):
                        speakers = [a for c in t.children if c.dep_ in SUBJECT_DEPS for a in ctx.actors(c, self.place_actor)]
                        if speakers:
                            break
            if not speakers:
                continue
            # "X stressed the need for Y to do Z": X's demand of Y
            for need in (c for c in tok.children if c.dep_ in OBJECT_DEPS and c.lemma_.lower() in self.cues.need_nouns):
                for clause in (g for g in need.children if g.dep_ in ("advcl", "acl", "relcl") and g.pos_ in ("VERB", "AUX")):
                    out += self._speech_events(ctx, tok, speakers, clause, _SPEECH_REQUEST, "reported-need")
            for clause in _reported_clauses(tok):
                # "X says that Y's allegations are baseless": X rejects what Y alleged
                dismissed = [g for c in clause.children if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in self.cues.claims
                             for g in c.children if g.dep_ in ("poss", "compound", "amod", "nmod") and g.i < c.i]
                if dismissed and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self.cues.dismissive
                                     for c in clause.children):
                    owners = [a for g in dismissed for a in ctx.actors(g, self.place_actor)]
                    out += self._speech_events(ctx, tok, speakers, clause, _SPEECH_REJECT, "reported-dismissal",
                                               targets=owners)
                    continue
                # "X insisted it would not become a guarantor": the speaker refuses
                if tok.lemma_.lower() not in OPINION_VERBS and self._self_refusal(clause, speakers, ctx):
                    addressees, rule = self._refusal_addressees(tok, speakers, ctx)
                    out += self._speech_events(ctx, tok, speakers, clause, _SPEECH_REFUSAL, rule, targets=addressees)
                    continue
                # "X said it was important / time for Y to V", "... there is a need for Y to V"
                obliged = self._necessity_subjects(clause, ctx)
                if obliged:
                    out += self._speech_events(ctx, tok, speakers, clause, _SPEECH_REQUEST, "reported-necessity",
                                               targets=obliged)
                    continue
                modal = [c for c in clause.children if c.dep_ in ("aux",) and c.lower_ in self.cues.deontic]
                needs = clause.lemma_.lower() in ("need", "have") and any(c.dep_ == "xcomp" for c in clause.children)
                # "she added that X is expected/required to do the same": the speaker's demand
                needs = needs or (
                    clause.lemma_.lower() in self.cues.obligation_passives
                    and any(c.dep_ == "auxpass" for c in clause.children)
                    and any(c.dep_ == "xcomp" for c in clause.children)
                )
                # "X maintained that Y could face further cuts": a threat of the speaker
                if clause.lemma_.lower() in self.cues.face_verbs and any(
                    c.dep_ == "aux" and c.lower_ in self.cues.hypothetical_modals | self.cues.future_modals for c in clause.children
                ) and any(
                    c.dep_ in OBJECT_DEPS and c.lemma_.lower() in self.cues.penalties for c in clause.children
                ):
                    out += self._speech_events(ctx, tok, speakers, clause, _SPEECH_THREATEN, "reported-consequence")
                    continue
                # "X said Y has not done enough": a reproach, coded as an accusation
                reproach = tok.lemma_.lower() not in OPINION_VERBS and any(c.dep_ == "neg" for c in clause.children) and any(
                    t.lower_ in self.cues.reproach for t in clause.subtree
                )
                if not (modal or needs or reproach):
                    continue
                entry, rule = (_SPEECH_ACCUSE, "reported-reproach") if reproach else (_SPEECH_REQUEST, "reported-deontic")
                out += self._speech_events(ctx, tok, speakers, clause, entry, rule)
        return out

    def _attributed_reproaches(self, ctx: "_SentenceContext") -> list[_Candidate]:
        """"X has not done enough", "X has failed to", "X's failure to": a reproach of X,
        coded as an accusation when someone holds it: the subject of a verb that states or
        adopts it ("Y echoed the position on X not doing enough", "Y said X failed to"), or
        the owner of a stance that holds it ("Y's concern over X's failure to ...")."""
        out: list[_Candidate] = []
        for tok in ctx.sent:
            accused = self._reproached(tok, ctx)
            if not accused:
                continue
            holder = self._reproach_holder(tok, ctx)
            if holder is None:
                continue
            at, accusers = holder
            out += self._speech_events(ctx, at, accusers, tok, _SPEECH_ACCUSE, "attributed-reproach", targets=accused)
        return out

    def _presented_evidence(self, ctx: "_SentenceContext") -> list[_Candidate]:
        """"Z shared / presented intelligence / evidence linking X to Y": Z's accusation of
        X, with the modality of the presenting verb. Evidence that no one presents in the
        sentence ("reports linking X to Y") accuses no one."""
        out: list[_Candidate] = []
        for tok in ctx.sent:
            if tok.dep_ != "acl" or tok.lemma_.lower() not in self.cues.linking_verbs:
                continue
            evidence = tok.head
            if evidence.lemma_.lower() not in self.cues.evidence_nouns or evidence.dep_ not in OBJECT_DEPS:
                continue
            verb = evidence.head
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.cues.presenting_verbs:
                continue
            presenters = self._subject_actors(verb, ctx) or self._inherited_subject(verb, ctx)
            accused = [a for c in tok.children if c.dep_ in OBJECT_DEPS for a in ctx.actors(c, self.place_actor)]
            if presenters and accused:
                out += self._speech_events(ctx, verb, presenters, tok, _SPEECH_ACCUSE, "presented-evidence", targets=accused)
        return out

    def _reproached(self, tok: Token, ctx) -> list[tuple[Actor, Token]]:
        """Whom a reproach clause or noun blames: the subject of "did not do enough" or
        "failed to V", the owner of "failure to V"; when the parser made a stance noun the
        subject ("the position on X not doing enough"), the one the stance is about."""
        kids = list(tok.children)
        if tok.pos_ in ("VERB", "AUX"):
            negated = any(c.dep_ == "neg" for c in kids)
            shortfall = negated and any(t.lower_ in self.cues.reproach for t in tok.subtree if tok.i in (t.head.i, t.head.head.i))
            failed = tok.lemma_.lower() == "fail" and not negated and any(c.dep_ == "xcomp" for c in kids)
            if not (shortfall or failed):
                return []
            found: list[tuple[Actor, Token]] = []
            for c in kids:
                if c.dep_ not in SUBJECT_DEPS:
                    continue
                if c.lemma_.lower() in self.cues.stance_nouns:
                    found += self._prep_actors([c], STANCE_TOPIC_PREPS, ctx)
                else:
                    found += ctx.actors(c, self.place_actor)
            return found
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "failure" and any(
                c.dep_ == "acl" and is_to_infinitive(c) for c in kids):
            return [a for c in kids if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i
                    for a in ctx.actors(c, self.place_actor)]
        return []

    def _reproach_holder(self, tok: Token, ctx) -> Optional[tuple[Token, list]]:
        """Who holds a reproach: the subject of the first governing verb that states or
        adopts it, or the owner of a stance noun that governs it (or is its parsed subject).
        None when it is the writer's own statement or hangs from any other verb."""
        stance = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in self.cues.stance_nouns), None)
        node = tok
        for _ in range(6):
            head = node.head
            if head.i == node.i:
                break
            lemma = head.lemma_.lower()
            if head.pos_ == "NOUN" and lemma in self.cues.stance_nouns and stance is None:
                stance = head
            elif head.pos_ in ("VERB", "AUX"):
                if lemma in (self.cues.speech_verbs | self.cues.stance_verbs) - OPINION_VERBS:
                    holders = self._subject_actors(head, ctx) or self._inherited_subject(head, ctx)
                    if holders:
                        return head, holders
                break
            node = head
        if stance is not None:
            owners = [a for c in stance.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < stance.i
                      for a in ctx.actors(c, self.place_actor)]
            if owners:
                return stance, owners
        return None

    def _necessity_subjects(self, clause: Token, ctx) -> list[tuple[Actor, Token]]:
        """Who a reported clause says must act: Y in "it is important / necessary / time
        for Y to V" and "there is a need for Y to V" (the infinitive's own subject)."""
        if clause.lemma_.lower() != "be":
            return []
        holders = [c for c in clause.children
                   if (c.dep_ == "acomp" and c.lemma_.lower() in self.cues.necessity_adjectives)
                   or (c.dep_ == "attr" and c.lemma_.lower() in self.cues.need_nouns | {"time"})]
        if not holders:
            return []
        out: list[tuple[Actor, Token]] = []
        for h in [clause] + holders:
            for inf in h.children:
                if inf.dep_ not in ("advcl", "xcomp", "ccomp", "relcl", "acl") or inf.pos_ not in ("VERB", "AUX"):
                    continue
                if not any(g.dep_ == "mark" and g.lower_ == "for" for g in inf.children):
                    continue
                out += [a for g in inf.children if g.dep_ in SUBJECT_DEPS for a in ctx.actors(g, self.place_actor)]
        return out

    def _self_refusal(self, clause: Token, speakers, ctx) -> bool:
        """A reported clause in which the speaker says what they will not do ("X said it
        would not become a guarantor", "X insisted it will never accept ..."): an
        active verb, negated under "will"/"would", whose subject is the speaker's side.
        Not a verb the lexicon codes as another kind of act ("said it would not attack
        Y" is a reassurance), nor one that states no choice ("would not hesitate to",
        "would not be able to", "would not be affected")."""
        kids = list(clause.children)
        if clause.pos_ not in ("VERB", "AUX") or not _refused(clause):
            return False
        if any(c.dep_ in ("auxpass",) + PASSIVE_SUBJECT_DEPS for c in kids):
            return False
        lemma = clause.lemma_.lower()
        if lemma in self.cues.refusal_exceptions:
            return False
        if lemma == "be" and any(c.dep_ == "acomp" for c in kids):
            return False
        act = next((e for e in self.lexicon.candidates(lemma, "VERB") if self._entry_fits(e, clause) is not None), None)
        if act is not None and act.type not in REFUSABLE_TYPES | {"REJECT"}:
            return False
        own = {a.country or a.name for a, _ in speakers}
        subjects = [a for c in kids if c.dep_ in SUBJECT_DEPS for a in ctx.actors(c, self.place_actor)]
        return bool(subjects) and all((a.country or a.name) in own for a, _ in subjects)

    def _refusal_addressees(self, verb: Token, speakers, ctx) -> tuple[list, str]:
        """Whom a reported refusal answers: the one it was told to ("told the US it would
        not ..."), else the party of the act it is coordinated with ("agreed to help the
        US but insisted it would not ..."), else the other state of the story."""
        own = {a.country for a, _ in speakers}
        found = [a for c in verb.children if c.dep_ in OBJECT_DEPS for a in ctx.actors(c, self.place_actor)]
        found = found or self._prep_actors([verb], ("to",), ctx)
        rule = "reported-refusal"
        if not found and verb.dep_ == "conj":
            head = verb.head
            holders = [head] + [c for c in head.children if c.dep_ == "xcomp"]
            for h in holders:
                found = [a for c in h.children if c.dep_ in OBJECT_DEPS for a in ctx.actors(c, self.place_actor)]
                found = found or self._prep_actors([h], EMBEDDED_TARGET_PREPS, ctx)
                if found:
                    break
            rule = "reported-refusal;coordinated-addressee"
        found = [(a, t) for a, t in found if a.country not in own]
        if not found:
            found, rule = _implicit_counterpart(speakers, ctx), "reported-refusal;implicit-counterpart"
        return found, rule

    def _speech_events(self, ctx, tok, speakers, clause, entry, rule, targets=None) -> list[_Candidate]:
        """Events of a speaker towards the subject of what they said (or ``targets``)."""
        out = []
        subjects = targets if targets is not None else [
            a for c in clause.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
            for a in ctx.actors(c, self.place_actor)]
        modality, cue = modality_of(tok, self.cues)
        for s_actor, s_tok in speakers:
            for t_actor, t_tok in subjects:
                if _same_actor(s_actor, t_actor) or _within_one_state(s_actor, t_actor):
                    continue
                out.append(
                    _Candidate(
                        type=entry.type, entry=entry, trigger=tok, trigger_span=(tok.i, tok.i + 1),
                        source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                        modality=modality, modality_cue=cue, confidence=0.6,
                        rules=rule.split(";"),
                    )
                )
        return out

    # ------------------------------------------------------------- output
    def _to_events(self, doc: Document, sdoc: Doc, sent: SpacySpan, s_index: int, candidates: list[_Candidate]) -> list[Event]:
        best: dict[tuple, _Candidate] = {}
        for c in candidates:
            key = (c.type, c.source.key(), c.target.key())
            old = best.get(key)
            if old is None or (c.entry.specificity, c.confidence) > (old.entry.specificity, old.confidence):
                best[key] = c
        best = _one_encounter(best)
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


def _speech_entry(type_: str, mode: Optional[str], cameo: str) -> TriggerEntry:
    """The entry of an act stated by reported speech ("X said Y must ..."): the speech verb
    is its trigger."""
    return TriggerEntry(
        lemma="say", pos="VERB", type=type_, mode=mode, cameo=cameo, objects=(), particle=None,
        target_preps=(), complement="that-clause", confidence=0.6, row=0,
    )


_SPEECH_REQUEST = _speech_entry("REQUEST", None, "020")
_SPEECH_THREATEN = _speech_entry("THREATEN", None, "130")
_SPEECH_REJECT = _speech_entry("REJECT", "deny", "016")
_SPEECH_REFUSAL = _speech_entry("REJECT", None, "120")
_SPEECH_ACCUSE = _speech_entry("ACCUSE", None, "111")


# the nouns of information one acts on ("on a tip-off from X"), and the entry of that sharing
TIP_NOUNS = {"tip", "tipoff", "intelligence", "information", "intel", "input", "lead", "alert", "warning"}
# verbs of acting on information, and the types of material acts one does on it
ACTING_VERBS = {"act", "base", "rely", "move", "operate", "proceed", "respond"}
MATERIAL_TYPES = {"ASSAULT", "COERCE", "AID", "MOBILIZE", "CONCEDE", "RETREAT", "COOPERATE"}
_INFORMATION_ENTRY = TriggerEntry(
    lemma="on", pos="NOUN", type="COOPERATE", mode="intelligence", cameo="064", objects=(), particle=None,
    target_preps=(), complement=None, confidence=0.6, row=0,
)


def _compound_word(noun: Token) -> str:
    """A noun with the compound words before it, hyphens dropped: "tip-off" -> "tipoff"."""
    parts = [c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "punct") and c.lower_ != "-"]
    return "".join(parts[-1:] + [noun.lower_]) if parts and noun.lower_ == "off" else noun.lemma_.lower()


MUTUAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
# answers to a demand ("rejection / acceptance of X's request"): the one who answers was asked
ANSWER_TYPES = {"REJECT", "AGREE", "CONCEDE"}
TRAVEL_TYPES = {"CONSULT"}
# nominal pledges and their givers ("a promise from X", "assurances by X")
PLEDGE_TYPES = {"AGREE"}
HOLDER_PREPS = ("from", "by")
# words of a pledge whose promised visit or meeting is coded as an event of its own, with
# modality future ("a promise from X to visit Y"); other promised acts stay in the pledge
PLEDGE_WORDS = {"promise", "pledge", "vow", "commitment", "commit"}
PROMISED_TYPES = {"CONSULT"}
# prepositions naming whom an embedded or promised act concerns ("ready to cooperate with X")
EMBEDDED_TARGET_PREPS = ("with", "to", "against")
# commitments whose negation in the future ("will not allow") is a refusal
REFUSABLE_TYPES = {"AGREE", "CONCEDE", "COOPERATE"}
REFUSAL_MODALS = {"will", "would", "wo", "'ll", "shall"}


def _refused(tok: Token) -> bool:
    kids = list(tok.children)
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        kids += list(tok.head.children)
    return any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in REFUSAL_MODALS for c in kids)


NON_STATE_ARMED = {"INS", "REB", "TER", "CRM"}
# prepositions naming what a stance is about ("the position on X", "concern over X")
STANCE_TOPIC_PREPS = ("on", "about", "over", "of", "regarding")
# particles the parser may read as prepositions ("cut off aid", "step up pressure")
PARTICLE_WORDS = {"off", "up", "down", "out", "back", "in", "on", "over"}
# prepositions that make a nominal event the setting of the clause it hangs from
FRAME_PREPS = {"in", "at", "during", "after", "before", "following", "amid", "on"}
# prepositions that introduce the means of a passive act ("killed in a drone strike")
MEANS_PREPS = {"in", "by", "during", "through", "with"}
PLACE_TARGET_TYPES = {"ASSAULT", "MOBILIZE"}
PLACE_TARGET_PREPS = ("in", "inside", "into", "on", "along", "near", "to", "toward", "towards", "across")
BORDER_NOUNS = {"border", "frontier", "boundary"}
MUTUAL_WORDS = {"both", "sides", "side", "countries", "nations", "governments", "parties", "leaders", "delegations"}


# Acts addressed to someone by their nature (a demand, a refusal, an accusation): when the
# sentence names no addressee, it is the other state of the story (see _implicit_counterpart).
IMPLICIT_COUNTERPART_TYPES = {"REQUEST", "ACCUSE", "REJECT"}


# verbs whose that-clause is what someone wants another to believe ("to show Y that ...")
DEMONSTRATION_VERBS = {"show", "demonstrate", "signal", "convince", "prove", "persuade", "reassure", "convey"}


def _shown_content(tok: Token) -> bool:
    """Inside what someone set out to show, signal or convince another of ("it was
    important to show Y that X will work with Y", "in order to convince Y that ...",
    "aimed to signal that ..."): a purpose, and what it would have Y believe is no
    stated act."""
    node, through_clause = tok, False
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "ccomp" or (node.dep_ in ("acl", "relcl") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in node.children)):
            through_clause = True
        if through_clause and head.lemma_.lower() in DEMONSTRATION_VERBS and head.pos_ == "VERB":
            return is_to_infinitive(head)
        node = head
    return False


def _in_decrease(tok: Token) -> bool:
    """A cooperation or aid said to decline ("the intelligence cooperation between X and Y
    declined following ...", "aid to Y fell sharply"): a trend, not an act of cooperation."""
    return (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in DECREASE_VERBS and tok.head.pos_ == "VERB")


def _topic_of_talk(tok: Token) -> bool:
    """A gerund act that is what people talk about ("the discussion of X sharing
    intelligence with Y", "they discussed sharing intelligence"): a topic, not an act
    stated to happen. A nominal act under a talk ("talks on the attack") may be a real
    one and is left alone."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ in TOPIC_PREPS:
        holder = tok.head.head
        return (holder.pos_ == "NOUN" and holder.lemma_.lower() in TOPIC_NOUNS) or (
            holder.pos_ == "VERB" and holder.lemma_.lower() in TOPIC_VERBS)
    return tok.dep_ in ("xcomp", "dobj", "ccomp") and tok.head.lemma_.lower() in TOPIC_VERBS


def _held_view(tok: Token) -> bool:
    """Inside the content of a view someone holds ("X understands Y's position that the war
    should be fought on Z's soil", "X's view is that Y will attack"): an opinion, not an
    act stated to have happened or to be planned."""
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        clause = node.pos_ in ("VERB", "AUX") and node.dep_ in ("acl", "ccomp", "appos", "attr")
        if clause and head.lemma_.lower() in OPINION_NOUNS and head.pos_ == "NOUN":
            # "the position that ...", not "the position taken by X" nor "the idea to meet"
            return node.dep_ != "acl" or any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
        if clause and head.lemma_.lower() == "be" and any(
                c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in OPINION_NOUNS for c in head.children):
            return True  # "X's position is that ..."
        node = head
    return False


# acts that a state's forces carry out on their own ground against its armed opponents
INSURGENCY_TYPES = {"ASSAULT"}
OWN_GROUND_SECTORS = {None, "GOV", "MIL", "SPY"}


def _own_ground_target(source: Actor, place: Actor) -> Actor:
    """An attack whose only target is a place of the attacker's own state ("operations
    conducted in Paktia by Afghan forces") is against the armed opponents there: that
    state's insurgents. Any other place target stands."""
    if place.country and place.country == source.country and source.sector in OWN_GROUND_SECTORS:
        return Actor(country=place.country, sector="INS", rule="own-ground-insurgents")
    return place


# below this confidence a lexicon entry is a weak reading ("want X to"): it addresses an
# unsaid party only when what it asks for is an act, not a state of affairs ("wants peace")
WEAK_ENTRY = 0.6


def _asks_for_an_act(tok: Token) -> bool:
    """What the trigger asks for is an act: a clause ("what we want is for X to be
    eliminated"), or an object with its own complement ("a withdrawal of troops")."""
    if tok.dep_ in ("csubj", "relcl") and tok.head.lemma_.lower() == "be":
        return True
    for c in tok.children:
        if c.dep_ in ("ccomp", "advcl", "csubj"):
            return True
        if c.dep_ in ("dobj", "attr") and any(g.dep_ in ("prep", "acl", "relcl") for g in c.children):
            return True
    return False


AMOUNT_PREPS = {"in", "of", "worth"}


def _amount_carrier(noun: Token) -> Token:
    """The amount a noun is measured in, when the amount is what the clause handles
    ("announced $150 million in military aid", "pledged two billion dollars of
    assistance"); else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in AMOUNT_PREPS and prep.head.i != prep.i:
        amount = prep.head
        if amount.like_num or amount.tag_ in ("CD", "$") or any(c.dep_ in ("nummod", "quantmod") for c in amount.children):
            return amount
    return noun


def _fills_its_frame(entry: TriggerEntry, tok: Token) -> bool:
    """A row that reads its act from a preposition or a complement ("call on X", "call for
    Y") applies only when one of them is there: "X called the move a provocation" is no
    call on anyone."""
    if not (entry.target_preps and entry.complement):
        return True
    return any((c.dep_ == "prep" and c.lower_ in entry.target_preps) or _is_content(c) for c in tok.children)


def _stands_as_act(tok: Token) -> bool:
    """A trigger that states an act of its own: not a participle modifying a noun ("units
    accused of"), nor a noun under a preposition, which names an act told elsewhere
    ("comply with US demands")."""
    if tok.dep_ in ("acl", "amod", "advcl") and tok.tag_ in ("VBN", "VBG"):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj":
        return False
    if tok.dep_ == "xcomp":  # "would consider seeking": the governing verb says what is done
        return False
    # "the last thing X wants to do": a wish for one's own act asks nothing of anyone
    return not any(c.dep_ == "xcomp" and not any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in tok.children)


def _implicit_counterpart(sources, ctx) -> list:
    """The addressee a sentence leaves unsaid ("Pakistan, too, made demands"): the other of
    the two states the story is about so far, when the source belongs to one of them. Its
    provenance is that state's latest mention before the sentence."""
    parties = ctx.story_dyad
    if len(parties) != 2:
        return []
    countries = {a.country for a, _ in sources}
    if len(countries) != 1 or any(a.sector in NON_STATE_ARMED for a, _ in sources):
        return []
    (c,) = countries
    if c not in {p.country for p in parties}:
        return []
    other = next(p for p in parties if p.country != c).country
    # provenance: the latest mention of that state before this sentence
    for i in range(ctx.sent.start - 1, -1, -1):
        m = ctx.lookup.at(i)
        if m is not None and m.actor.country == other:
            return [(Actor(country=other, rule="implicit-counterpart"), ctx.sent.doc[i])]
    return []


def _recent_parties(mentions: list[Mention], before: int) -> list[Actor]:
    """The two states the story is about so far: most mentioned before a token, in order of first mention."""
    counts: dict[str, int] = {}
    first: dict[str, Actor] = {}
    order: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.token_start is None or m.token_start >= before or not (m.actor and m.actor.country):
            continue
        c = m.actor.country
        counts[c] = counts.get(c, 0) + 1
        if c not in first:
            first[c] = Actor(country=c, rule="both-sides")
            order[c] = i
    top = sorted(counts, key=lambda c: (-counts[c], order[c]))[:2]
    return [first[c] for c in sorted(top, key=lambda c: order[c])]


def _story_dyad(mentions: list[Mention], before: int, parties: list[Actor]) -> list[Actor]:
    """``parties`` (``_recent_parties`` before the same token) when they are the two states
    a story is clearly about so far: the two most mentioned (armed groups aside) hold at
    least two thirds of the state mentions and a third state has under half the mentions
    of the second; else none (a story of many parties has no one counterpart)."""
    counts: dict[str, int] = {}
    for m in mentions:
        a = m.actor
        if m.token_start is not None and m.token_start < before and a and a.country and a.sector not in NON_STATE_ARMED:
            counts[a.country] = counts.get(a.country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) < 2 or 3 * sum(ranked[:2]) < 2 * sum(ranked):
        return []
    if len(ranked) > 2 and 2 * ranked[2] >= ranked[1]:
        return []
    return parties


class _SentenceContext:
    parties_before: list[Actor] = []
    story_dyad: list[Actor] = []

    def __init__(self, sent, index, lookup: MentionLookup, quoted, speaker):
        self.sent = sent
        self.index = index
        self.lookup = lookup
        self.quoted = quoted
        self.speaker = speaker

    def sentence_mentions(self) -> list[Mention]:
        """Mentions in this sentence, in order."""
        out: list[Mention] = []
        for t in self.sent:
            m = self.lookup.at(t.i)
            if m is not None and (not out or out[-1] is not m):
                out.append(m)
        return out

    def actors(self, tok: Token, place_actor=None) -> list[tuple[Actor, Token]]:
        """Actors a syntactic argument denotes: its mention, or its conjuncts' mentions."""
        out: list[tuple[Actor, Token]] = []
        seen: set = set()
        first_country: Optional[str] = None
        for t in self._members(tok):
            pairs = self._coordinated_modifiers(t, place_actor) or [(self._actor_of(t, place_actor), t)]
            if pairs[0][0] is None and first_country and t.dep_ == "conj" and t.head.i == tok.i:
                # "Pakistani troops and intelligence agencies": the state named on the first
                # conjunct is the state of a bare role coordinated with it
                bare = self._raw_actor_of(t, None)
                if bare is not None and bare.sector and not bare.country:
                    pairs = [(bare.model_copy(update={"country": first_country, "rule": (bare.rule or "") + "+shared-modifier"}), t)]
            if first_country is None and pairs[0][0] is not None:
                first_country = pairs[0][0].country
            for actor, at in pairs:
                if actor is not None and actor.key() not in seen:
                    seen.add(actor.key())
                    out.append((actor, at))
        if len(out) > 1:
            # a bare state beside a more specific actor of that state in one list adds nothing
            specific = {a.country for a, _ in out if a.country and (a.sector or a.name)}
            out = [(a, t) for a, t in out if a.sector or a.name or a.country not in specific]
        if len(out) > 1:
            # a body named beside a person who heads it in the same list ("ISI chief General X")
            people = {(a.country, a.sector) for a, _ in out if _is_person(a) and a.sector}
            out = [(a, t) for a, t in out if _is_person(a) or (a.country, a.sector) not in people]
        return out

    def _coordinated_modifiers(self, tok: Token, place_actor) -> list[tuple[Actor, Token]]:
        """"US and Afghan forces", "French/Malian forces": one actor per coordinated
        modifier, each with the head's sector (the forces of each)."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                and any(g.dep_ == "conj" for g in c.children)]
        group = [mods[0]] + [g for g in mods[0].conjuncts if g.i > mods[0].i] if mods else self._slash_modifiers(tok)
        if not group:
            return []
        head = self._actor_of(tok, place_actor)
        sector = head.sector if head is not None else None
        out: list[tuple[Actor, Token]] = []
        for t in group:
            m = self.lookup.at(t.i)
            actor = m.actor if m and m.actor else (place_actor(t.text) if place_actor and t.ent_type_ in ("GPE", "NORP") else None)
            # a named body with no single state ("Resolute Support Mission") may stand beside a slash
            if actor is None or not (actor.country or (actor.name and not mods)):
                continue
            if sector and (actor.sector is None or actor.name is None):
                actor = Actor(country=actor.country, sector=sector, kb_id=actor.kb_id,
                              rule=(actor.rule or "") + "+coordinated-modifier")
            out.append((actor, t))
        return out if len(out) >= 2 else []

    def _slash_modifiers(self, tok: Token) -> list[Token]:
        """Modifiers of a noun joined by slashes, one token per side that names an actor:
        "Resolute Support Mission (RSM)/Afghan forces" (the forces of each side)."""
        lo = tok.left_edge.i
        slashes = [t.i for t in tok.doc[lo:tok.i] if t.text == "/"]
        if not slashes:
            return []
        out: list[Token] = []
        for a, b in zip([lo] + [i + 1 for i in slashes], slashes + [tok.i]):
            named = next((t for t in tok.doc[a:b] if (m := self.lookup.at(t.i)) is not None and m.actor is not None
                          and (m.actor.country or m.actor.name)), None)
            if named is None:
                return []  # "a 24/7 watch": not every side names an actor
            out.append(named)
        return out

    def _members(self, tok: Token, depth: int = 0) -> list[Token]:
        """The heads of a coordinated list: the token, its later conjuncts, and appositions
        that name another person than the one before them ("met Foreign Minister A,
        army chief General B and spy chief C" is often parsed as a chain of appositions)."""
        out: list[Token] = []
        for t in [tok] + [c for c in tok.conjuncts if c.i > tok.i]:
            out.append(t)
            if depth >= 3:
                continue
            own = self.lookup.at(t.i)
            for c in t.children:
                if c.dep_ != "appos" or c.i < t.i:
                    continue
                if own is not None and own.actor is not None and own.actor.name:
                    other = self._raw_actor_of(c, None)
                    if other is not None and other.name and other.name != own.actor.name:
                        out.extend(self._members(c, depth + 1))
                elif any(g.dep_ == "conj" for g in c.children):
                    out.extend(x for x in self._members(c, depth + 1) if x.i != c.i)
        return out

    def parties(self, tok: Token, place_actor=None) -> list[tuple[Actor, Token]]:
        """Distinct actors named anywhere in a phrase ("between US and Pakistani officials")."""
        out: list[tuple[Actor, Token]] = []
        seen: set = set()
        for t in tok.subtree:
            m = self.lookup.at(t.i)
            actor = m.actor if m and m.actor else None
            if actor is None and t.i == tok.i:
                actor = self._actor_of(t, place_actor)
            if actor is None or (actor.country is None and actor.name is None):
                continue
            key = actor.country or actor.name
            if key in seen:
                continue
            seen.add(key)
            out.append((actor, t))
        # coordinated modifiers share the head's role: "US and Pakistani officials" are US officials too
        head = self.lookup.at(tok.i)
        role = head.actor.sector if head and head.actor and head.actor.name is None else None
        if role:
            out = [
                (a.model_copy(update={"sector": role, "rule": (a.rule or "") + "+shared-role"})
                 if a.sector is None and a.name is None else a, t)
                for a, t in out
            ]
        return out

    def _actor_of(self, tok: Token, place_actor) -> Optional[Actor]:
        actor = self._raw_actor_of(tok, place_actor)
        if actor is None or (actor.country is None and actor.name is None):
            return None  # a bare role ("troops") is no identifiable actor
        return actor

    def _raw_actor_of(self, tok: Token, place_actor) -> Optional[Actor]:
        # an apposition names the actor more precisely ("his counterpart Wang Yi"),
        # unless the token names a person itself (then the apposition is the next in a list)
        own = self.lookup.at(tok.i)
        for c in tok.children:
            if c.dep_ == "appos" and not (own and own.actor and own.actor.name):
                m = self.lookup.at(c.i)
                if m and m.actor and (m.actor.name or m.actor.sector):
                    return m.actor
        m = self.lookup.at(tok.i)
        if m and m.actor and (m.actor.country or m.actor.name):
            return m.actor
        bare = m.actor if m and m.actor else None  # a role without a state ("officials")
        low = tok.lower_
        if low in FIRST_PERSON and self.speaker and any(lo <= tok.i < hi for lo, hi in self.quoted):
            actor = self.speaker[0]
            return actor.model_copy(update={"rule": (actor.rule or "") + "+quote-speaker"})
        # a noun phrase whose own modifier names the actor ("the Pakistani government",
        # "State Department officials", "the Obama administration")
        for c in tok.children:
            # (not a possessive pronoun: "its troops" are whoever "it" is, but the phrase is
            # what is done or moved, not a party; "its request" is read as the owner's act)
            if c.dep_ in ("compound", "amod", "poss", "nmod") and c.tag_ != "PRP$":
                m = self.lookup.at(c.i)
                if m and m.actor and (m.actor.country or m.actor.name) and tok.pos_ in ("NOUN", "PROPN"):
                    if bare is not None and bare.sector and m.actor.sector is None:
                        return m.actor.model_copy(update={"sector": bare.sector, "rule": (m.actor.rule or "") + "+role"})
                    return m.actor
        if bare is not None:
            return bare
        if place_actor and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None and not is_dateline(tok.doc, ent.start, ent.end):
                return place_actor(ent.text)
        return None


# nouns of a general push against someone ("stepped up pressure on X") that a participial
# speech act of the same subject may spell out ("..., warning X that ...")
PRESSURE_NOUNS = {"pressure", "criticism", "rhetoric"}
# speech acts that say what such a push consisted of
ELABORATING_TYPES = {"THREATEN", "ACCUSE", "REQUEST", "REJECT"}


def _pressure_clause_verb(c: "_Candidate") -> Optional[Token]:
    """The verb of the clause a pressure act is told in: the light verb of "stepped up
    pressure on X", or the verb whose object is the noun trigger ("increased its pressure")."""
    doc = c.trigger.doc
    nouns = [doc[i] for i in range(*c.trigger_span) if doc[i].lemma_.lower() in PRESSURE_NOUNS]
    if not nouns:
        return None
    if c.trigger.pos_ in ("VERB", "AUX"):
        return c.trigger
    noun = nouns[0]
    return noun.head if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX") else None


def _asks_something(verb: Token) -> bool:
    """Whether a pressure act states what it asks for: "pressure on X to do Y"."""
    return any(_is_content(g) and g.dep_ in ("xcomp", "acl") for t in [verb] + list(verb.children)
               for g in t.children)


def _drop_elaborated_pressure(cands: list["_Candidate"]) -> list["_Candidate"]:
    """"X stepped up pressure on Y, warning Y that ...": the participial speech act of the
    same subject says what the pressure was (one THREATEN, not a REQUEST beside it). A
    pressure "to do Z" asks something of its own and stays."""
    out = []
    for c in cands:
        verb = _pressure_clause_verb(c)
        if verb is not None and not _asks_something(verb):
            participles = {t.i for t in verb.children if t.dep_ == "advcl" and t.tag_ == "VBG"}
            if any(d.trigger.i in participles and d.type in ELABORATING_TYPES and d.source.key() == c.source.key()
                   for d in cands):
                continue
        out.append(c)
    return out


def _one_encounter(best: dict[tuple, "_Candidate"]) -> dict[tuple, "_Candidate"]:
    """A visit and the talks held during it, told in one sentence, are one encounter:
    "X visited Washington where he held talks with Y" is one CONSULT, X → Y. Among
    CONSULT events of one sentence between the same two states, an unnamed side gives
    way to a named one, and of several unnamed ones the most specific stays."""
    groups: dict[tuple, list[tuple]] = {}
    for key, c in best.items():
        if c.type == "CONSULT" and c.source.country and c.target.country:
            groups.setdefault((c.source.country, c.target.country), []).append(key)
    out = dict(best)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keep = set(k for k in keys if best[k].target.name)
        if not keep:
            keep = {max(keys, key=lambda k: (not _place_derived(best[k].target), best[k].target.sector is not None,
                                             best[k].source.name is not None,
                                             best[k].entry.specificity, best[k].confidence))}
        for k in keys:
            if k not in keep:
                out.pop(k, None)
    return out


def _place_derived(actor: Actor) -> bool:
    """An actor read from a place name (a capital or a country named as a destination)."""
    rule = actor.rule or ""
    return any(w in rule for w in ("metonym", "place", "seat", "gazetteer"))


def _default_preps(entry: TriggerEntry) -> tuple[str, ...]:
    """Prepositions that may introduce the target of an entry that names none. A demand
    for "action against X" is not addressed to X."""
    if entry.type == "REQUEST":
        return tuple(p for p in DEFAULT_TARGET_PREPS if p not in ("against", "into", "at"))
    return DEFAULT_TARGET_PREPS


# adverbs of sequence between coordinated places ("visits to Kabul and then Islamabad")
SEQUENCE_ADVERBS = {"then", "later", "subsequently", "afterwards", "afterward", "next", "finally", "eventually"}


def _detached_sequel(pobj: Token) -> list[Token]:
    """A second object coordinated through an adverb of sequence that the parser hung
    elsewhere: "visits to Kabul and then Islamabad were not announced" is often parsed
    with "Islamabad" as a second subject of "announced". The sequel counts when it is a
    subject beside another subject of its verb, or the subject of a verb that is no
    clause of its own (a conjunct of a noun); "aid to Nepal and then Bhutan followed
    suit" coordinates two clauses and names no second recipient."""
    doc = pobj.doc
    j = max(t.i for t in pobj.subtree) + 1
    if j + 2 >= len(doc) or doc[j].lower_ != "and" or doc[j + 1].lower_ not in SEQUENCE_ADVERBS:
        return []
    y = doc[j + 2]
    if y.lower_ == "to" and j + 3 < len(doc):  # "to Kabul and later to Islamabad"
        y = doc[j + 3]
    ent = next((e for e in doc.ents if e.start <= y.i < e.end), None)
    if ent is None:
        return []
    y = ent.root  # "New Delhi": its head word
    if ent.label_ not in ("GPE", "LOC", "NORP", "ORG") or y.i in {t.i for t in pobj.subtree}:
        return []
    if y.dep_ == "conj" and y.head.i == pobj.i:
        return []  # a proper conjunct: already among the object's members
    verb = y.head
    if y.dep_ not in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return []
    shared = any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and c.i != y.i for c in verb.children)
    fragment = verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN")
    return [y] if shared or fragment else []


def _names_both_sides(tok: Token) -> bool:
    """ "the two militaries", "both countries", "the two sides" """
    words = {t.lower_ for t in tok.subtree}
    return bool(words & {"two", "both"}) and tok.lemma_.lower() in MUTUAL_WORDS | PAIR_NOUNS


PAIR_NOUNS = {"military", "militaries", "army", "armies", "force", "forces", "state", "states", "ally", "allies", "neighbour", "neighbor", "neighbours", "neighbors", "capital", "capitals", "government"}


def _is_content(child: Token) -> bool:
    """Whether a dependent states the content of the act of its head (what is demanded,
    promised or refused), as opposed to a circumstance ("declined following the raid")."""
    if child.dep_ == "ccomp":
        return True
    if child.dep_ in ("xcomp", "acl"):
        return is_to_infinitive(child) or child.pos_ in ("NOUN", "ADJ")
    return child.dep_ == "prep" and child.lower_ in CONTENT_PREPS


CONTENT_PREPS = {"for", "to", "on", "against", "of", "from", "with", "about", "over", "in"}


def _is_raising(verb: Token) -> bool:
    """A passive verb with an infinitive and no agent: "X is expected/required to V"."""
    kids = list(verb.children)
    return (any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in kids)
            and not any(c.dep_ == "agent" for c in kids) and any(c.dep_ == "xcomp" for c in kids))


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses a speech verb reports: its complements, their coordinated clauses
    ("said that A, and that B"), and a that-clause the parser hung on an intervening
    phrase as a relative clause ("maintained during the talks that X could face ...": a
    relative "that" cannot be the object of a verb that has an object of its own)."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis"):
            out.append(c)
            out += [g for g in c.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")]
        elif c.dep_ == "prep":
            for pobj in c.children:
                for rel in pobj.children:
                    if rel.dep_ != "relcl":
                        continue
                    kids = list(rel.children)
                    first = min(t.i for t in rel.subtree)
                    that = next((k for k in kids if k.lower_ == "that" and k.i == first), None)
                    if that is None or not any(k.dep_ in SUBJECT_DEPS and k is not that for k in kids):
                        continue
                    if that.dep_ == "mark" or sum(k.dep_ == "dobj" for k in kids) >= 2:
                        out.append(rel)
    return out


def _is_person(a: Actor) -> bool:
    return bool(a.kb_id and a.kb_id.startswith("person:"))


def _same_actor(a: Actor, b: Actor) -> bool:
    if a.name and b.name:
        return a.name == b.name
    return a.country == b.country and a.sector == b.sector and a.name == b.name


STATE_SECTORS = {None, "GOV", "MIL", "SPY", "LEG", "JUD"}


def _within_one_state(a: Actor, b: Actor) -> bool:
    """Two organs of the same state: domestic business, not an interaction between actors
    of international relations (a state against its insurgents or public still counts)."""
    return bool(a.country) and a.country == b.country and a.sector in STATE_SECTORS and b.sector in STATE_SECTORS


def _actor_label(actor: Actor) -> str:
    return actor.name or " ".join(x for x in (actor.country, actor.sector) if x) or "unknown"


def _token_span(doc: Document, tok: Token) -> Span:
    start = doc.to_original(tok.idx)
    end = doc.to_original(tok.idx + len(tok.text))
    return Span(start=start, end=end, text=doc.text[start:end])


def _quoted_ranges(sent: SpacySpan) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks within the sentence."""
    ranges = []
    open_at = None
    for tok in sent:
        if tok.text in QUOTE_CHARS or tok.text in ("``", "''"):
            if tok.text in ("”", "''") or (open_at is not None and tok.text in ('"', "»")):
                if open_at is not None:
                    ranges.append((open_at, tok.i))
                    open_at = None
            else:
                open_at = tok.i
    if open_at is not None:
        ranges.append((open_at, sent.end))
    # a sentence that opens inside a quote closed in it ("…,” said X)
    first_close = next((t.i for t in sent if t.text == "”"), None)
    if first_close is not None and not any(lo < first_close <= hi for lo, hi in ranges):
        ranges.append((sent.start, first_close))
    return ranges


def _opens_quote(sent: SpacySpan) -> bool:
    """The sentence opens a quotation it does not close."""
    opens = sum(1 for t in sent if t.text in ("“", "«"))
    closes = sum(1 for t in sent if t.text in ("”", "»"))
    plain = sum(1 for t in sent if t.text == '"')
    return opens > closes or plain % 2 == 1


def _quote_text(sent: SpacySpan, ranges) -> str:
    parts = []
    doc = sent.doc
    for lo, hi in ranges:
        lo = max(lo, sent.start)
        hi = min(hi, sent.end)
        if hi > lo:
            parts.append(doc[lo:hi].text.strip(QUOTE_CHARS + " "))
    return re.sub(r"\s+", " ", " … ".join(p for p in parts if p)).strip()


def _event_id(doc_id: str, s_index: int, start: int, type_: str, src: tuple, tgt: tuple) -> str:
    raw = f"{doc_id}|{s_index}|{start}|{type_}|{src}|{tgt}"
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
