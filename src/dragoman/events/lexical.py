"""The lexicon rule: trigger words of the lexicon (verbs, nouns, light-verb, particle
and predicative-adjective forms) with the arguments the parse gives them, the content
of a demand or promise kept inside it, refusals, armed groups' captures and the
implicit counterpart."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from dragoman.events.branch_meetings import RULE as BRANCH_RULE, branch_meeting
from dragoman.events.meetings import HOSTED_TYPES, summit_host
from dragoman.events.mediated_parties import mediated_parties
from dragoman.events.withdrawals import WITHDRAWAL_TYPES, withdrawal_opponents, withdrawal_targets
from dragoman.events.opposed import OPPOSABLE_TYPES, anti_addressees, opposed_words
from dragoman.events.answers import ANSWERING_TYPES, answered_act_doers
from dragoman.events.arguments import ANSWER_TYPES, amount_carrier
from dragoman.events.candidate import (
    NON_STATE_ARMED, Candidate, actor_label, same_actor, two_unnamed_groups, within_one_state,
)
from dragoman.events.context import SentenceContext, quote_text
from dragoman.events.counterpart import (
    IMPLICIT_COUNTERPART_TYPES, WEAK_ENTRY, asks_for_an_act, fills_its_frame, implicit_counterpart, stands_as_act,
)
from dragoman.events.fronted_subjects import fronted_subject
from dragoman.events.patient_owners import RULE as PATIENT_RULE, SUFFERED_READINGS, patient_owner
from dragoman.events.occupants import OCCUPIED_TYPES, installation_occupants
from dragoman.events.unnamed_doers import (
    DOER_SECTOR, OBSERVING_VERBS, acts_for_a_purpose, device_doer, doer_country, observed_act, one_group_between,
    unnamed_doer,
    unread_crowd, unread_detainees,
)
from dragoman.events.generic import NO_ADDRESSEE_TYPES, domestic_cooperation, names_an_unread_party
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.arresters import unstated_arrest
from dragoman.events.rejected_acts import ANSWERING_TYPES as ANSWERING_REFUSALS, rejected_antecedent_doers
from dragoman.events.perpetrator import (
    UNSTATED_CONFIDENCE, armed_by_their_act, doer_of_told_means, earlier_attacker, told_attack_doer,
    unstated_perpetrator,
)
from dragoman.events.victims import unread_victim
from dragoman.events.unread_places import drop_unread_places, unread_place_state
from dragoman.events.responses import RESPONSE_TYPES, condemned_act_doer, names_a_victim_only, victim_counterpart
from dragoman.events.trade_measures import as_trade_sanctions, restricts_trade
from dragoman.events.retaliatory_measures import PLEDGING_VERBS, is_retaliatory_measure, measure_carriers, measure_readings
from dragoman.events.rival_groups import coordinated_parties, rival_groups
from dragoman.events.modality import modality_of
from dragoman.events.syntax import (
    OBJECT_DEPS, PARTICLE_WORDS, REFUSABLE_TYPES, is_content, is_raising, left_behind, refused,
)
from dragoman.models import Actor


MUTUAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
#: acts whose announced future is the content of an act made now
THREAT_TYPES = {"THREATEN"}
#: acts whose unknown-place-name objects are where they fell (``unread_places``)
UNREAD_PLACE_TYPES = {"ASSAULT"}


# words of a pledge whose promised visit or meeting is coded as an event of its own, with
# modality future ("a promise from X to visit Y"); other promised acts stay in the pledge
PLEDGE_WORDS = {"promise", "pledge", "vow", "commitment", "commit"}
PROMISED_TYPES = {"CONSULT"}
#: light verbs: they carry the act their object names ("made a commitment", "gave a pledge").
#: Their response rows ("make peace") answer only the objects they list; under any other
#: verb with a response row ("monitored the deal", "headed up the operations") the object
#: names an act the subject answers or oversees, not one it does.
LIGHT_VERBS = {"make", "give", "offer", "extend", "issue", "deliver", "take", "adopt", "announce", "carry"}


# acts that a state's forces carry out on their own ground against its armed opponents
INSURGENCY_TYPES = {"ASSAULT"}
OWN_GROUND_SECTORS = {None, "GOV", "MIL", "SPY"}


def own_ground_target(source: Actor, place: Actor) -> Actor:
    """An attack whose only target is a place of the attacker's own state ("operations
    conducted in Paktia by Afghan forces") is against the armed opponents there: that
    state's insurgents. Any other place target stands."""
    if place.country and place.country == source.country and source.sector in OWN_GROUND_SECTORS:
        return Actor(country=place.country, sector="INS", rule="own-ground-insurgents")
    return place


class LexiconRules:
    """Trigger finding and the lexicon rule (mixed into the extractor)."""

    # ------------------------------------------------------------ triggers
    def _triggers(self, sent: SpacySpan) -> list[tuple[TriggerEntry, Token, tuple[int, int]]]:
        found = []
        for tok in sent:
            pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else (
                "ADJ" if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "xcomp", "conj") else None)
            if pos is None or tok.ent_type_ in ("DATE", "TIME"):
                continue  # "On 3 March": a month is no march
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
                objs.extend(left_behind(c))
            if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
                objs.append(tok.head)  # "the aid suspended by ..."
            match = [o for o in objs if o.lemma_.lower() in entry.objects]
            if not match:
                return None
            if match[0].dep_ != "nsubjpass":  # "hostages were recovered": the verb is the trigger
                lo, hi = min(lo, match[0].i), max(hi, match[0].i + 1)
        return lo, hi

    def lexicon_acts(self, ctx: "SentenceContext") -> list[Candidate]:
        """Each trigger word of the lexicon with the source and target its parse gives it
        (one candidate per pair). A trigger that only completes a light-verb entry, that is
        the content of a demand or promise told by another trigger, or that a veto of the
        registry finds unstated, is no act of its own; a visit promised in a pledge is one,
        with modality future."""
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
        pledged_threats: set[int] = set()
        trigger_types = {t.i: e.type for e, t, _ in triggers}
        for entry, tok, _ in triggers:
            if entry.complement == "obj-to-inf" and is_raising(tok):
                continue  # "X is expected to V": V is X's own act
            if entry.complement in ("obj-to-inf", "to-inf-self", "for") or entry.type in ("REQUEST", "AGREE", "REJECT", "THREATEN"):
                for child in tok.children:
                    # the content of a demand, promise, refusal or threat follows its verb
                    # as a clause, an infinitive or a prepositional object ("call for")
                    if child.i > tok.i and is_content(child):
                        inside = {t.i for t in child.subtree if t.i in trigger_ids and t.i != tok.i
                                  and not (entry.type in ANSWER_TYPES and t.i in owned_demands)}
                        if tok.lemma_.lower() in PLEDGE_WORDS:
                            # "a promise from X to visit Y": the promised visit is an event of its own, to come
                            promised.update(i for i in inside if trigger_types.get(i) in PROMISED_TYPES)
                            # "vowed to take countermeasures": a threat stated now, by the one who vows
                            pledged_threats.update(i for i in inside if trigger_types.get(i) in THREAT_TYPES
                                                   and sent_token(ctx, i).head.i == tok.i)
                        framed.update(inside)
        # "took retaliatory action against X": the measure noun tells the act, its verb none
        measures = measure_carriers(triggers)
        carriers = {verb.i for verb in measures.values()}
        out: list[Candidate] = []
        for entry, tok, span in triggers:
            # "hold talks": the talks are the same act; "reject requests": the request is one too;
            # but "Oman hosted talks between X and Y": the talks are X's with Y, the hosting Oman's
            if consumed.get(tok.i) == entry.type and not entry.objects and not names_its_parties(tok, ctx, self.place_actor) \
                    or tok.i in carriers:
                continue
            if (tok.i in framed and tok.i not in promised | pledged_threats) or self._unstated(entry, tok):
                continue
            found = self._arguments(entry, tok, span, ctx, pledged=tok.i in pledged_threats)
            if tok.i in pledged_threats:
                found = [replace(c, modality="asserted", modality_cue="", rules=c.rules + ["pledged-threat"])
                         for c in found if c.modality in ("asserted", "future")]
            if tok.i in promised:
                found = [replace(c, modality="future", modality_cue="pledged", rules=c.rules + ["pledged-act"])
                         for c in found if c.modality in ("asserted", "future")]
            if tok.i in measures:
                found = measure_readings(found, measures[tok.i], self.cues)
            if restricts_trade(entry, tok):
                found = as_trade_sanctions(found)
            if (tok.i in consumed or amount_carrier(tok).i in consumed) and not entry.objects:
                # only with an agent of its own ("rejected US requests", not "cut off aid",
                # nor "pledged $2 billion of aid")
                found = [c for c in found if "light-verb-subject" not in c.rules]
            out.extend(found)
        return out

    def _is_assault_verb(self, tok: Token) -> bool:
        """Whether the lexicon has an ASSAULT entry for the verb's lemma."""
        return any(e.type == "ASSAULT" for e in self.lexicon.candidates(tok.lemma_.lower(), "VERB"))

    def _unnamed_doers(self, entry: TriggerEntry, tok: Token, ctx: "SentenceContext", targets, rules: list[str]):
        """Sources (and targets) for an act of violence or protest that names no doer
        (``unnamed_doers``): a clash between the parts of one group, an act noun told as
        having happened, a device that exploded; ``([], targets)`` when none applies."""
        def read(t):
            return ctx.actors(t, self.place_actor)
        if entry.pos == "NOUN":
            pair = one_group_between(tok, ctx, read) if entry.type == "ASSAULT" else None
            if pair is not None:
                rules.append("one-group-between")
                return pair
            sources = unnamed_doer(entry, tok, ctx)
        else:
            sources = (device_doer(tok, ctx, read) if entry.type == "ASSAULT" else []) or unread_crowd(entry, tok, ctx)
        if sources:
            rule = sources[0][0].rule
            rules.append(rule if rule in ("unnamed-doer", "protesting-crowd") else "device-user")
        return sources, targets

    def _arguments(self, entry: TriggerEntry, tok: Token, span, ctx: "SentenceContext", pledged: bool = False) -> list[Candidate]:
        """The candidates of one trigger (``pledged``: the threat a pledge states, which
        stands as an act though the parse makes it the pledge's complement)."""
        if entry.pos in ("VERB", "ADJ"):
            sources, targets, rules = self._verb_arguments(entry, tok, ctx)
        else:
            sources, targets, rules = self._noun_arguments(entry, tok, ctx)
            suffered = patient_owner(entry, tok, ctx, lambda g: ctx.actors(g, self.place_actor))
            if suffered:  # "the student's arrest by Iranian police": the owner is arrested
                (sources, targets), rules = suffered, [r for r in rules if r not in SUFFERED_READINGS] + [PATIENT_RULE]
        if entry.type in OCCUPIED_TYPES and entry.pos == "VERB":
            # "missiles fired at bases hosting US troops": the attack is on the troops
            occupants = installation_occupants(tok, ctx)
            if occupants:
                targets = occupants
                rules = [r for r in rules if r not in ("prep-target", "object-owner-target")] + ["installation-occupant"]
        if not sources and entry.pos == "VERB":
            # "in Monterrey, Nuevo Leon, armed men fired ...": the subject parsed into the setting
            subject = fronted_subject(tok, ctx.lookup)
            if subject is not None:
                sources = ctx.actors(subject, self.place_actor)
                if sources:
                    rules.append("fronted-subject")
        if targets and entry.type in UNREAD_PLACE_TYPES:
            # "shelled Al Baylouniyeh town": an unknown place name is where, not whom
            targets, dropped = drop_unread_places(targets, ctx.lookup)
            if dropped:
                rules.append("unread-place")
                if not targets:  # the attacked place's state (coding guide §3)
                    targets = unread_place_state(dropped, ctx)
                    if targets:
                        rules.append("place-as-target")
        if entry.type in OPPOSABLE_TYPES:
            # "anti-Japanese protests": the party after "anti-" is the addressee, never the source
            opposed = opposed_words(tok)
            if opposed:
                named = {t.i for t in opposed}
                sources = [(a, t) for a, t in sources if t.i not in named]
                targets = [(a, t) for a, t in targets if t.i not in named]
                if not targets:
                    targets = anti_addressees(opposed, sources, ctx, self.place_actor)
                    if targets:
                        rules.append("anti-addressee")
        if not targets:
            # "Kuwait has been mediating the row", "X and Y monitored a truce ending the war between A and B"
            targets = mediated_parties(entry, tok, sources, ctx, self.place_actor)
            if targets:
                rules.append("mediated-parties")
        if len(sources) >= 2 and not targets and entry.type in MUTUAL_TYPES:
            # "India and China agreed", "Japan and South Korea held talks": each with the other
            sources, targets = sources[:1], sources[1:2]
            rules.append("coordinated-parties")
        if not sources and not targets and entry.type in MUTUAL_TYPES:
            pair = self._mutual_parties(tok, ctx)
            if pair:
                sources, targets = pair[:1], pair[1:]
                rules.append("both-sides")
        if not targets and entry.type == "ASSAULT" and entry.pos == "VERB":
            # "a rancher was killed near Tulua": a victim no actor rule reads is of the public
            targets = unread_victim(tok, ctx, doer_country)
            if targets:
                rules.append("unread-victim")
        if not sources and entry.type == "ASSAULT" and entry.pos == "VERB":
            # "a journalist was shot dead in Karachi": the doer is unnamed, not absent
            victims = [t for t in targets if t[0].sector != "INS"]
            sources = unstated_perpetrator(tok, victims, ctx)
            told = told_attack_doer(tok, targets, ctx, self._is_assault_verb) if sources else []
            # "Russian forces shelled Kharkiv. Two civilians were killed.": the attack's doer
            earlier = [] if told else earlier_attacker(tok, victims, ctx)
            if told:  # the casualties of a violent verb above, or of the latest told attack
                sources = told
                rules.append("told-attack-doer")
            elif earlier:  # the toll of an attack told just before (its target's, for its own side)
                sources = earlier
                rules.append("earlier-attacker")
            elif sources:
                rules.append("unstated-perpetrator")
            if not sources:
                # "a man was wounded in an explosion in Mogadishu": the unnamed doer of the means
                sources = doer_of_told_means(tok, victims, ctx, lambda n: any(
                    e.type == "ASSAULT" for e in self.lexicon.candidates(n.lemma_.lower(), "NOUN")))
                if sources:
                    rules.append("told-means-doer")
        if not sources and entry.type == "COERCE" and entry.mode == "arrest" and entry.pos == "VERB":
            # "a journalist was arrested in Istanbul": the arresting state is unnamed, not absent
            sources, targets, found_by = unstated_arrest(tok, targets, ctx, lambda g: ctx.actors(g, self.place_actor))
            rules.extend(found_by)
        if "light-verb-subject" in rules and (tok.head.lemma_.lower() in OBSERVING_VERBS or observed_act(tok)):
            # "monitors observed 12 explosions", "... a total of 12 explosions": who observes
            # an act is not its doer
            sources = []
            rules.remove("light-verb-subject")
        if not sources and entry.type in DOER_SECTOR:
            sources, targets = self._unnamed_doers(entry, tok, ctx, targets, rules)
            if sources and not targets and entry.type in OPPOSABLE_TYPES and opposed_words(tok):
                # "anti-government protests erupted in Nairobi": the unnamed crowd's government
                targets = anti_addressees(opposed_words(tok), sources, ctx, self.place_actor)
                if targets:
                    rules.append("anti-addressee")
        if not sources:
            return []
        # "vowed retaliatory measures": a pledge carries the measure it pledges, as a light verb does
        any_object = "light-verb-subject" in rules and tok.head.lemma_.lower() not in LIGHT_VERBS and not (
            is_retaliatory_measure(entry) and tok.head.lemma_.lower() in PLEDGING_VERBS)
        if {"light-verb-subject", "passive-light-verb-agent"} & set(rules) and any(
                e.type in RESPONSE_TYPES and (any_object or not e.objects or tok.lemma_.lower() in e.objects)
                for e in self.lexicon.candidates(tok.head.lemma_.lower(), "VERB")):
            # "Egypt condemned the strikes", "the strikes were condemned by Egypt": the strikes
            # are the condemned act, not Egypt's. A light verb's response row ("make peace")
            # answers only its own objects: "made a commitment to X" stays a pledge to X.
            return []
        if not targets and entry.type == "COERCE" and entry.mode == "arrest" and entry.pos == "VERB":
            # "police arrested three Rohingya": people no actor rule reads are still taken
            targets = unread_detainees(tok, sources, ctx)
            if targets:
                rules.append("unread-detainees")
        modality, cue = modality_of(tok, self.cues, stop_at=set())
        if modality == "negated" and entry.type in REFUSABLE_TYPES and refused(tok):
            # "X will not allow / would not accept Y": a refusal stated now, coded as REJECT
            entry = replace(entry, type="REJECT", mode=None, cameo="120")
            modality, cue = "asserted", "refusal:will-not"
            rules.append("refusal")
        if entry.type in THREAT_TYPES and modality == "future":
            # "China said it would take countermeasures": the retaliation is to come, the
            # threat is made now (coding guide §4: the event is the threat)
            modality, cue = "asserted", "threat-stated"
        if entry.type in IMPLICIT_COUNTERPART_TYPES and targets and {"prep-target", "nominal-target"} & set(rules) and all(
                same_actor(s, t) or within_one_state(s, t) for s, _ in sources for t, _ in targets):
            # "Pakistan renewed the call for a Pakistani role": the source's own side under a
            # preposition is what is asked for, not of whom (but "X insisted it would ..." is
            # no demand at all)
            targets = []
        if not targets and entry.type in ANSWERING_REFUSALS and entry.pos == "VERB":
            # "Pakistan offered talks, but India rejected the offer": the offer's doer
            targets = rejected_antecedent_doers(entry, tok, sources, ctx, lambda g: ctx.actors(g, self.place_actor))
            if targets:
                rules.append("rejected-antecedent-act")
        if not targets and entry.type in IMPLICIT_COUNTERPART_TYPES and (pledged or stands_as_act(tok)) and fills_its_frame(
                entry, tok) and (entry.confidence >= WEAK_ENTRY or asks_for_an_act(tok)):
            # the doer of the act the sentence says it answers, else the story's other state
            targets = answered_act_doers(self, tok, sources, ctx) if entry.type in ANSWERING_TYPES else []
            if targets:
                rules.append("answered-act-doer")
            else:
                targets = implicit_counterpart(sources, ctx)
                if targets:
                    rules.append("implicit-counterpart")
        if entry.type in WITHDRAWAL_TYPES:
            # "withdrew its troops": the own side's forces are what is withdrawn, not whom from
            own = {a.country for a, _ in sources if a.country}
            targets = [(a, t) for a, t in targets if a.country not in own]
        if not targets and entry.type in WITHDRAWAL_TYPES and stands_as_act(tok):
            # "withdrew its troops from Kherson": the state of the place left
            targets, found_by = withdrawal_targets(self, tok, sources, ctx)
            if targets:
                rules.append(found_by)
            else:
                # "fought them for an hour before the terrorists withdrew": whom it fought
                targets = withdrawal_opponents(tok, sources, ctx)
                if targets:
                    rules.append("withdrawn-from-opponent")
        if not targets and entry.type in HOSTED_TYPES and stands_as_act(tok):
            # "the Emir of Qatar will attend the summit in Riyadh": the host state
            targets = summit_host(self, tok, sources, ctx)
            if targets:
                rules.append("summit-host")
        if targets and entry.type in RESPONSE_TYPES and names_a_victim_only(tok, ctx.lookup):
            # "Poland condemned the attack on Ukraine": the attack's doer, not its victim
            targets = []
            rules = [r for r in rules if r not in ("prep-target", "object-owner-target")]
        if not targets:
            targets = condemned_act_doer(self, entry, tok, sources, ctx)
            if targets:
                rules.append("condemned-act-doer")
        if not targets:
            targets = victim_counterpart(self, entry, tok, sources, ctx)
            if targets:
                rules.append("victim-counterpart")
        if not targets and entry.type == "ASSAULT":
            # "two armed groups exchanged fire": the groups on both sides
            targets = rival_groups(tok, sources, lambda g: ctx.actors(g, self.place_actor))
            if targets:
                rules.append("rival-groups")
        if not targets and entry.type == "ASSAULT":
            # "the army and JNIM militants clashed": the first party against the others
            parties = coordinated_parties(tok, sources, lambda g: ctx.actors(g, self.place_actor))
            if parties is not None:
                sources, targets = parties
                rules.append("coordinated-parties")
        if not targets and entry.type in NO_ADDRESSEE_TYPES and acts_for_a_purpose(entry, tok) and (
                entry.type == "PROTEST" or not names_an_unread_party(tok, ctx.lookup, span)):
            targets = [(None, None)]  # a protest, a deployment, an attack on no one named
            rules.append("no-addressee")
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
            quote = quote_text(ctx.sent, ctx.quoted)
            speaker_name = actor_label(ctx.speaker[0])
        if entry.type == "ASSAULT":
            # "individuals on a motorcycle opened fire and killed a man": armed men
            sources = armed_by_their_act(tok, sources)
        out = []
        for s_actor, s_tok in sources:
            for t_actor, t_tok in targets:
                if entry.type in INSURGENCY_TYPES and "place-as-target" in rules:
                    t_actor = own_ground_target(s_actor, t_actor)
                branches = t_actor is not None and branch_meeting(entry.type, s_actor, t_actor)
                if t_actor is not None and ((same_actor(s_actor, t_actor) and not two_unnamed_groups(
                        entry.type, s_actor, s_tok, t_actor, t_tok)) or (within_one_state(s_actor, t_actor) and not branches)
                        or (domestic_cooperation(entry.type, s_actor, t_actor)
                            and "withdrawn-from-opponent" not in rules)):  # leaving a foe is no cooperation
                    continue
                confidence = entry.confidence
                if "coref" in (s_actor.rule or "") or "speaker" in " ".join(rules):
                    confidence *= 0.85
                if s_actor.country is None and s_actor.name is None:
                    confidence *= 0.8
                if {"unstated-perpetrator", "told-means-doer", "unnamed-doer", "protesting-crowd"} & set(rules):
                    confidence *= UNSTATED_CONFIDENCE
                out.append(
                    Candidate(
                        type=entry.type, entry=entry, trigger=tok, trigger_span=span,
                        source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                        modality=modality, modality_cue=cue, confidence=round(min(confidence, 0.99), 3),
                        quote=quote, quote_speaker=speaker_name if quote else None,
                        rules=list(rules) + ([BRANCH_RULE] if branches else []),
                    )
                )
        return out


#: prepositions of a meeting noun that name both its parties ("talks between X and Y")
BETWEEN_PREPS = {"between", "among"}


def names_its_parties(noun: Token, ctx: "SentenceContext", place_actor) -> bool:
    """Whether an act noun names two parties of its own ("talks between X and Y", not
    "between the two forces"): the verb that carries it (host, facilitate) is then
    another party's act."""
    return noun.pos_ == "NOUN" and any(
        len(ctx.parties(g, place_actor)) >= 2 for c in noun.children if c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS
        for g in c.children if g.dep_ == "pobj")


def sent_token(ctx: "SentenceContext", i: int) -> Token:
    """The token at document index ``i`` of the sentence's document."""
    return ctx.sent.doc[i]
