"""Argument finding: the source and target of a verb or noun trigger (subjects,
objects, passive agents, prepositional targets, control and coordination, nominal
owners, places as targets, the two sides of a mutual act)."""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from dragoman.events.candidate import same_actor
from dragoman.events.clause_shapes import (MUTUAL_WORDS, default_preps, detached_sequel, misattached_purpose,
                                           names_both_sides, one_prep_below, prep_objects, reason_phrase_objects,
                                           shared_object, shared_passive)
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.syntax import (EMBEDDED_TARGET_PREPS, FRAME_PREPS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS,
                                    SUBJECT_DEPS, is_raising, left_behind)
from dragoman.events.generic import STORY_SHARE, place_country, place_country_in, setting_country
from dragoman.events.beneficiaries import BENEFIT_TYPES, beneficiary_of_object
from dragoman.events.installations import installation_target, manned_installation
from dragoman.events.repelled_attacks import repelled_attacker
from dragoman.models import Actor
from dragoman.doc_index import entity_at


# prepositions after which a nominal event's complement is its source ("by X")
AGENT_PREPS = ("by",)


# answers to a demand ("rejection / acceptance of X's request"): the one who answers was asked
ANSWER_TYPES = {"REJECT", "AGREE", "CONCEDE"}
TRAVEL_TYPES = {"CONSULT"}
# nominal pledges and their givers ("a promise from X", "assurances by X")
PLEDGE_TYPES = {"AGREE"}
HOLDER_PREPS = ("from", "by")


# prepositions that introduce the means of a passive act ("killed in a drone strike")
MEANS_PREPS = {"in", "by", "during", "through", "with"}
PLACE_TARGET_TYPES = {"ASSAULT", "MOBILIZE"}
# nouns of a place named by its name after "of" ("the city of Kharkiv")
PLACE_NOUNS = {"city", "town", "village", "region", "province", "district", "area", "port", "capital", "suburb"}
# acts whose object is a party even when unnamed ("killed two soldiers", "arrested 40 protesters")
VICTIM_TYPES = {"ASSAULT", "COERCE"}
PLACE_TARGET_PREPS = ("in", "inside", "into", "on", "along", "near", "to", "toward", "towards", "across")
BORDER_NOUNS = {"border", "frontier", "boundary"}


AMOUNT_PREPS = {"in", "of", "worth"}
CONDITION_MARKS = {"if", "unless", "should"}
JOINING_VERBS = {"join"}
#: nouns of a state of affairs: a state named under "in" on one says where it goes on ("the
#: war in Ukraine", "the violence in Myanmar"), not whose side is addressed
SITUATION_NOUNS = {"war", "conflict", "violence", "fighting", "crisis", "situation", "bloodshed", "hostilities",
                   "unrest", "killing", "killings", "genocide", "famine", "occupation", "insecurity", "instability"}


def amount_carrier(noun: Token) -> Token:
    """The amount a noun is measured in, when the amount is what the clause handles
    ("announced $150 million in military aid", "pledged two billion dollars of
    assistance"); else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in AMOUNT_PREPS and prep.head.i != prep.i:
        amount = prep.head
        if amount.like_num or amount.tag_ in ("CD", "$") or any(c.dep_ in ("nummod", "quantmod") for c in amount.children):
            return amount
    return noun


#: nominal acts whose doer a following participle's agent names ("contacts made by X")
PARTICIPLE_AGENT_TYPES = {"CONSULT"}


class ArgumentRules:
    """Source and target finding over the parse (mixed into the extractor)."""

    def _verb_arguments(self, entry: TriggerEntry, verb: Token, ctx):
        rules: list[str] = []
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
        sources: list[tuple[Actor, Token]] = []
        targets: list[tuple[Actor, Token]] = []
        victims = entry.type in VICTIM_TYPES  # an unnamed victim is a party; moved troops are not
        shared = shared_passive(verb)
        if shared is not None:
            # "a man was shot and killed by gunmen": one patient and one agent for both verbs
            with ctx.roles_as_actors(victims):
                targets = [a for c in shared[0] for a in ctx.actors(c, self.place_actor)]
            sources = [a for c in shared[1] for a in ctx.actors(c, self.place_actor)]
            if sources and targets:
                rules.append("shared-passive")
                return sources, targets, rules
            sources, targets = [], []
        if passive:
            sources = self._agent_actors(verb, ctx)
            with ctx.roles_as_actors(victims):
                for c in verb.children:
                    if c.dep_ in PASSIVE_SUBJECT_DEPS:
                        targets += ctx.actors(c, self.place_actor)
            rules.append("passive")
            if sources and not targets and (attacker := repelled_attacker(verb, self.lexicon)) is not None:
                return ctx.actors(attacker, self.place_actor), sources, rules + ["repelled-attacker"]  # who repelled it: target
            if not sources:
                # "X was killed in a drone strike carried out by Y": the agent of the means
                for c in verb.children:
                    if c.dep_ == "prep" and c.lower_ in MEANS_PREPS:
                        for g in c.children:
                            if g.dep_ == "pobj" and g.pos_ == "NOUN" and self.lexicon.candidates(g.lemma_.lower(), "NOUN"):
                                sources += self._nominal_agents(g, ctx)
                if sources:
                    rules.append("agent-of-means")
            if not sources and entry.complement == "obj-to-inf" and is_raising(verb):
                # "X is expected/required to V" with no one who expects: a raising frame, not a demand
                # (in reported speech it is the speaker's demand: see _reported_requests)
                return [], [], rules
        else:
            sources = self._subject_actors(verb, ctx)
            with ctx.roles_as_actors(victims):
                targets = self._object_targets(entry, verb, ctx, rules)
        if not sources:
            inherited = self._inherited_subject(verb, ctx)
            if inherited:
                sources = inherited
                rules.append("inherited-subject")
        if sources and not targets and entry.type in PLACE_TARGET_TYPES:
            holders = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
            targets = self._place_or_installation_targets(holders, ctx, rules)
        return sources, targets, rules

    def _object_targets(self, entry: TriggerEntry, verb: Token, ctx, rules: list[str]) -> list[tuple[Actor, Token]]:
        """The target of an active verb: its object, else a prepositional object, the
        subject of its clause, its embedded act's object, or the owner of its object."""
        targets: list[tuple[Actor, Token]] = []
        for c in verb.children:
            # the object a light-verb entry requires is what is done, not whom to
            if c.dep_ in OBJECT_DEPS and c.lemma_.lower() not in entry.objects:
                targets += ctx.actors(c, self.place_actor)
            if c.dep_ == "prt":  # "fought off the rebels", parsed with the object under the particle
                targets += [a for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in entry.objects
                            for a in ctx.actors(g, self.place_actor)]
        # "beat and arrested five students": the object the next coordinated verb carries
        if not targets and entry.type in VICTIM_TYPES:
            targets = [a for c in shared_object(verb, set(entry.objects)) for a in ctx.actors(c, self.place_actor)]
            if targets:
                rules.append("shared-object")
        # object of a light verb or a nominal object: "pressure on X", "aid to X"
        if not targets:
            holders = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS + ("prt",)]
            # "imposed sanctions and visa restrictions against X": a conjoined object's phrase too
            holders += [g for h in holders[1:] for g in h.conjuncts if g.i > h.i]
            # "pulled out of the talks with X": the left object an entry requires holds the phrase
            holders += [o for c in verb.children for o in left_behind(c) if o.lemma_.lower() in entry.objects]
            targets = self._prep_actors(holders, entry.target_preps or default_preps(entry), ctx)
            if targets:  # "fired towards Azerbaijani positions": an installation of that state's too
                rules += ["prep-target"] + ["installation-as-target"] * any(
                    (a.rule or "").endswith("+installation") for a, _ in targets)
        if not targets:  # "pointed the finger for the fires at X": the phrase parsed under the reason's noun
            targets = self._prep_actors(reason_phrase_objects(holders, tuple(entry.target_preps)), ("at",), ctx)
            rules += ["past-reason-target"] if targets else []
        # "accused X of", "urged X to": object-control subject of an xcomp is our target
        if not targets:
            for c in verb.children:
                if c.dep_ in ("xcomp", "ccomp") and entry.complement in ("obj-to-inf", "that-clause"):
                    for g in c.children:
                        if g.dep_ in SUBJECT_DEPS:
                            targets += ctx.actors(g, self.place_actor)
            if targets:
                rules.append("clause-target")
        # "helped X fight Y", "assisted X to rebuild": the one the aid enables is its target
        if not targets and entry.type == "AID":
            targets = [a for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                       for g in c.children if g.dep_ in SUBJECT_DEPS for a in ctx.actors(g, self.place_actor)]
            if targets:
                rules.append("enabled-target")
        # "agreed to help the US": the embedded act's object is whom the commitment concerns
        if not targets and entry.complement == "to-inf-self":
            for c in verb.children:
                if c.dep_ == "xcomp":
                    for g in c.children:
                        if g.dep_ in OBJECT_DEPS:
                            targets += ctx.actors(g, self.place_actor)
                    if not targets:  # "ready to cooperate with X"
                        targets = self._prep_actors([c], EMBEDDED_TARGET_PREPS, ctx)
                    if not targets:  # "pledged to help X fight Y": the one the embedded act enables
                        targets = [a for g in c.children if g.dep_ in ("ccomp", "xcomp")
                                   for s in g.children if s.dep_ in SUBJECT_DEPS
                                   for a in ctx.actors(s, self.place_actor)]
            if targets:
                rules.append("embedded-object-target")
        # "threatened to retaliate if X ...": the one whose act the threat's condition names
        if not targets and entry.type == "THREATEN":
            targets = self._condition_subjects(verb, ctx)
            if targets:
                rules.append("condition-target")
        # "rejected US requests", "condemned Pakistan's decision": the owner of the object
        if not targets:
            for c in verb.children:
                if c.dep_ in OBJECT_DEPS:
                    for g in c.children:
                        if g.dep_ in ("poss", "compound", "amod", "nmod") and g.i < c.i:
                            targets += ctx.actors(g, self.place_actor)
            if targets:
                rules.append("object-owner-target")
        return targets

    def _nominal_sources(self, noun: Token, ctx) -> list[tuple[Actor, Token]]:
        """Who a nominal act names as its doer: "the US strike", "Pakistan's decision", "a strike by X"."""
        out: list[tuple[Actor, Token]] = []
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i):
                out += ctx.actors(c, self.place_actor)
        return out + self._prep_actors([noun], AGENT_PREPS, ctx)

    def _nominal_agents(self, noun: Token, ctx) -> list[tuple[Actor, Token]]:
        """The doer of a nominal act, also through a clause on it: "a strike that was carried out by X"."""
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
        purpose = misattached_purpose(verb)
        if purpose is not None:
            return self._subject_actors(purpose, ctx) or self._inherited_subject(purpose, ctx)
        joined = self._joined_parties(verb, ctx)
        if joined:
            return joined
        tok = verb
        for _ in range(4):
            dep, head = tok.dep_, tok.head
            if head.i == tok.i:  # the root
                return []
            if dep == "pcomp" and head.lower_ == "but" and head.head.dep_ in OBJECT_DEPS \
                    and head.head.head.pos_ in ("VERB", "AUX"):
                # "X has no choice but to V": the one who has no choice acts
                return self._subject_actors(head.head.head, ctx)
            if dep == "pcomp" and head.lower_ == "in":
                # "X and Y were clear / alone / united in condemning Z": the subject of the copula acts
                return self._copula_subjects(head.head, ctx)
            if dep in ("xcomp", "conj", "advcl", "acl"):
                if dep == "xcomp":
                    # object control: "urged X to V" -> the object of the head is V's subject
                    objs = [c for c in head.children if c.dep_ in OBJECT_DEPS]
                    # (not a thing used for the purpose: "used a speech to accuse X" is the user's act)
                    used = objs and objs[0].pos_ == "NOUN" and not objs[0].ent_type_ and ctx.lookup.at(objs[0].i) is None \
                        and any(c.dep_ in SUBJECT_DEPS for c in head.children)
                    if objs and not used:
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

    def _copula_subjects(self, holder: Token, ctx) -> list[tuple[Actor, Token]]:
        """The subjects of the copula (or passive) a phrase "in V-ing" hangs on, through
        its predicate ("were clear in", "was alone in", "were united in"); none for an
        active verb of its own ("X helped in ...")."""
        if holder.dep_ in ("acomp", "advmod") and holder.head.lemma_.lower() == "be":
            holder = holder.head
        passive = any(c.dep_ == "auxpass" for c in holder.children)
        if holder.lemma_.lower() != "be" and not passive:
            return []
        return [a for c in holder.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
                for a in ctx.actors(c, self.place_actor)]

    def _prep_actors(self, holders: list[Token], preps: Iterable[str], ctx) -> list[tuple[Actor, Token]]:
        """Actors named by the given prepositions under the first holder that has any ("talks with X",
        "a promise from X", "cut off aid to X")."""
        preps = tuple(preps)
        out: list[tuple[Actor, Token]] = []
        for h in holders:
            for c in h.children:
                if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                    for g in prep_objects(c):
                        out += manned_installation(ctx.actors(g, self.place_actor), g) \
                            or self._owner_of_amount(g, ctx) or self._state_in_phrase(g, ctx)
                        out += [a for y in detached_sequel(g) for a in ctx.actors(y, self.place_actor)]
                if c.dep_ == "prt":  # "cut off aid to X"
                    out += self._prep_actors([c], preps, ctx)
            if out:
                break
        return out

    def _joined_parties(self, verb: Token, ctx) -> list[tuple[Actor, Token]]:
        """"X joined Y in condemning Z", "X joined Y in boycotting Z": the joiner and the joined both do the act."""
        prep = verb.head
        if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_.lower() not in JOINING_VERBS:
            return []
        joiner = prep.head
        doers = self._subject_actors(joiner, ctx) or self._inherited_subject(joiner, ctx)
        return doers + [a for c in joiner.children if c.dep_ in OBJECT_DEPS for a in ctx.actors(c, self.place_actor)]

    def _condition_subjects(self, verb: Token, ctx) -> list[tuple[Actor, Token]]:
        """The subjects of a condition on a verb or on its infinitive ("threatened to raise
        tariffs if Beijing retaliates", "warned it would strike unless Y withdrew")."""
        holders = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        return [a for h in holders for c in h.children if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
                for g in c.children if g.dep_ in SUBJECT_DEPS for a in ctx.actors(g, self.place_actor)]

    def _state_in_phrase(self, head: Token, ctx) -> list[tuple[Actor, Token]]:
        """A phrase that names no actor but says where its people are: "sanctions against
        actors fuelling the violence in Sudan" name Sudan's side (the first state named
        under "in" within the phrase). A state of affairs named so ("protested against the
        war in Ukraine", ``SITUATION_NOUNS``) is the protest's topic: no addressee."""
        if head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() in SITUATION_NOUNS:
            return []  # (the situation itself: "against the war in Ukraine" is about it, not to it)
        for t in head.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "in" and t.i != head.i and one_prep_below(head, t):
                m = ctx.lookup.at(t.i)
                if m and m.actor and m.actor.country and not m.actor.name and not m.actor.sector:
                    return [(Actor(country=m.actor.country, rule="state-in-phrase"), t)]
        return []

    def _owner_of_amount(self, amount: Token, ctx) -> list[tuple[Actor, Token]]:
        """Whose goods an amount measures: "tariffs on $50 billion of Mexican steel", "duties on
        $3 billion in Brazilian imports" name the goods' state through the amount."""
        if not (amount.like_num or amount.tag_ in ("CD", "$") or any(c.dep_ in ("nummod", "quantmod") for c in amount.children)):
            return []
        return [a for c in amount.children if c.dep_ == "prep" and c.lower_ in AMOUNT_PREPS
                for g in c.children if g.dep_ == "pobj" for a in ctx.actors(g, self.place_actor)]

    def _noun_arguments(self, entry: TriggerEntry, noun: Token, ctx):
        rules: list[str] = []
        carrier = amount_carrier(noun)  # what the clause handles: the noun, or its amount
        sources: list[tuple[Actor, Token]] = []
        targets: list[tuple[Actor, Token]] = []
        # "clashes between X and Y"; also "clashes took place / erupted between X and Y",
        # where the parser hangs the parties on the verb the act is the subject of
        holders = [noun] + ([noun.head] if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" else [])
        between = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                   for g in c.children if g.dep_ == "pobj"]
        if between:
            parties = ctx.parties(between[0], self.place_actor)
            if len(parties) < 2:
                # two parties of one state ("between Ethiopian forces and TPLF fighters")
                parties = ctx.actors(between[0], self.place_actor)
            if len(parties) >= 2:  # "calls between X and Y and Z": X with each of the others
                sources, targets = parties[:1], parties[1:]
                rules.append("between")
            elif names_both_sides(between[0]) and len(ctx.parties_before) >= 2:
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
        if not sources and entry.type in PARTICIPLE_AGENT_TYPES:
            # "phone contacts made by X with Y", "talks held on Monday by X with Y": the
            # agent of the participle that tells the act
            for c in noun.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i:
                    agents = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                    # "by His Highness the Amir of Kuwait ...": the title's apposition names him
                    sources = [x for g in agents for t in [g] + [p for p in g.children if p.dep_ == "appos"]
                               for x in ctx.actors(t, self.place_actor)][:1]
                    if sources:
                        rules.append("participle-agent")
                        # "... by X with Y": the parser may hang "with Y" on the agent
                        targets = self._prep_actors(agents, entry.target_preps or default_preps(entry), ctx)
                        break
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
            preps = entry.target_preps or default_preps(entry)
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
            targets = self._place_or_installation_targets([noun, noun.head], ctx, rules)
        if sources and not targets and entry.type in BENEFIT_TYPES:
            # "X's support for observer status for Y": whom the thing backed is for
            targets = beneficiary_of_object(noun, ctx, self.place_actor)
            if targets:
                rules.append("beneficiary-of-object")
        if sources and not targets and noun.dep_ in OBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX") \
                and self.lexicon.candidates(noun.head.lemma_.lower(), "VERB"):
            # "X rejected/resisted Y's demands": the demand was made of X (a verb that is an
            # act of its own; "the minister cited Y's support" answers nothing)
            targets = [a for a in self._subject_actors(noun.head, ctx) if not any(same_actor(a[0], s[0]) for s in sources)]
            if targets:
                rules.append("addressee-is-subject")
        if sources and not targets and entry.type == "REQUEST" and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            # "the US's rejection of Pakistan's request": the request was made of the one who answers it
            answer = noun.head.head
            if answer.pos_ == "NOUN" and any(e.type in ANSWER_TYPES for e in self.lexicon.candidates(answer.lemma_.lower(), "NOUN")):
                targets = [a for a in self._nominal_sources(answer, ctx) if not any(same_actor(a[0], s[0]) for s in sources)]
                if targets:
                    rules.append("addressee-is-responder")
        return sources, targets, rules

    def _place_or_installation_targets(self, holders: list[Token], ctx, rules: list[str]) -> list[tuple[Actor, Token]]:
        """An installation hit ("a base in Kidal": the state with the sector that mans it),
        else the place hit; the rule used is added to ``rules``."""
        targets = installation_target(holders, ctx, self._place_state)
        if targets:
            rules.append("installation-as-target")
            return targets
        targets = self._place_targets(holders, ctx)
        if targets:
            rules.append("place-as-target")
        return targets

    def _place_targets(self, holders: list[Token], ctx) -> list[tuple[Actor, Token]]:
        """Attacks and deployments with no other target: the state where, or at whose
        border, they happen ("strikes in Syria", "troops massed on the Syrian border")."""
        out: list[tuple[Actor, Token]] = []
        for h in holders[1:]:
            # the object is the place itself: "shelled Toretsk", "shelled the city of Kharkiv"
            inner = [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"] if h.lemma_.lower() in PLACE_NOUNS else []
            for t in [h] + inner:
                if t.ent_type_ in ("GPE", "LOC", "FAC") and ctx.lookup.at(t.i) is None:
                    actor = self._place_state(t, ctx, towns=True)
                    if actor is not None:
                        return [(actor, t)]
            if inner:
                # "seized the town of Bunagana on the border with Uganda": a town the gazetteer
                # lacks lies in the sentence's setting, else the story's state; the border
                # under it says where the town is, not whom the act hits
                country = setting_country(ctx.sent, lookup=ctx.lookup) or (ctx.story.dominant_state(STORY_SHARE)
                                                        if getattr(ctx, "story", None) else None)
                if country:
                    return [(Actor(country=country, rule="place-as-target+setting"), inner[0])]
        for h in holders:
            if h.lemma_.lower() in PLACE_NOUNS and h is not holders[0]:
                continue  # "the town of X on the border with Y": where the town is, not whom
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

    def _place_state(self, tok: Token, ctx, towns: bool = False) -> Optional[Actor]:
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
        ent = entity_at(tok.doc, tok.i)
        if towns and ent is not None:  # a town of two states: the one of the sentence or story
            story = getattr(ctx, "story", None)
            near = place_country_in(ent.text, [setting_country(ctx.sent, exclude=ent),
                                               story.dominant_state(STORY_SHARE) if story else None])
            if near:
                return Actor(country=near, rule="place-as-target")
        actor = self.place_actor(ent.text) if ent is not None else None
        if actor is not None and actor.country:
            return Actor(country=actor.country, kb_id=actor.kb_id, rule="place-as-target")
        if towns:  # the attacked place is a town: the state it lies in
            country = place_country(ent.text) if ent is not None else None
            if country is not None:
                return Actor(country=country, rule="place-as-target")
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
