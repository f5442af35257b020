"""Argument finding: the source and target of a verb or noun trigger (subjects,
objects, passive agents, prepositional targets, control and coordination, nominal
owners, places as targets, the two sides of a mutual act)."""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from dragoman.events.candidate import same_actor
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.syntax import (
    EMBEDDED_TARGET_PREPS, FRAME_PREPS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, is_raising,
)
from dragoman.events.generic import place_country
from dragoman.nlp import is_to_infinitive
from dragoman.models import Actor
from dragoman.doc_index import entity_at


# prepositions that introduce a target when the lexicon entry names none
DEFAULT_TARGET_PREPS = ("with", "to", "on", "against", "at", "toward", "towards", "into", "upon", "from", "for")
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
MUTUAL_WORDS = {"both", "sides", "side", "countries", "nations", "governments", "parties", "leaders", "delegations"}


AMOUNT_PREPS = {"in", "of", "worth"}


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
            targets = self._place_targets(holders, ctx)
            if targets:
                rules.append("place-as-target")
        return sources, targets, rules

    def _object_targets(self, entry: TriggerEntry, verb: Token, ctx, rules: list[str]) -> list[tuple[Actor, Token]]:
        """The target of an active verb: its object, else a prepositional object, the
        subject of its clause, its embedded act's object, or the owner of its object."""
        targets: list[tuple[Actor, Token]] = []
        for c in verb.children:
            # the object a light-verb entry requires is what is done, not whom to
            if c.dep_ in OBJECT_DEPS and c.lemma_.lower() not in entry.objects:
                targets += ctx.actors(c, self.place_actor)
        # object of a light verb or a nominal object: "pressure on X", "aid to X"
        if not targets:
            holders = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS + ("prt",)]
            targets = self._prep_actors(holders, entry.target_preps or default_preps(entry), ctx)
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
        return targets

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
        purpose = misattached_purpose(verb)
        if purpose is not None:
            return self._subject_actors(purpose, ctx) or self._inherited_subject(purpose, ctx)
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
                            out += [a for y in detached_sequel(g) for a in ctx.actors(y, self.place_actor)]
                if c.dep_ == "prt":  # "cut off aid to X"
                    out += self._prep_actors([c], preps, ctx)
            if out:
                break
        return out

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
            if len(parties) >= 2:
                sources, targets = parties[:1], parties[1:2]
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
            targets = self._place_targets([noun, noun.head], ctx)
            if targets:
                rules.append("place-as-target")
        if sources and not targets and noun.dep_ in OBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
            # "X rejected/resisted Y's demands": the demand was made of X
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


# prepositions of a setting, whose object a purpose infinitive may be misattached to
SETTING_PREPS = {"on", "in", "at", "along", "across", "outside", "near", "around", "inside"}


def misattached_purpose(verb: Token) -> Optional[Token]:
    """The verb a purpose infinitive belongs to when the parser hung it on the object of a
    setting preposition of that verb: "threw stones on several roads **to demonstrate**"
    (parsed as roads to demonstrate) is the throwers' purpose. None otherwise."""
    if verb.dep_ not in ("acl", "relcl") or not is_to_infinitive(verb):
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS:
        return None
    governor = noun.head.head
    return governor if governor.pos_ in ("VERB", "AUX") else None


def shared_passive(verb: Token) -> Optional[tuple[list[Token], list[Token]]]:
    """The patient and agent two coordinated passive verbs share, when the parser hung each
    on one of them: "a man was shot and killed by gunmen" (the patient on "shot", the "by"
    phrase on "killed"); None when the verb has both of its own or is no such pair. Returns
    (patient heads, agent heads)."""
    chain = [verb] + [c for c in verb.conjuncts if c.pos_ in ("VERB", "AUX")]
    if len(chain) < 2 or not any(c.dep_ == "auxpass" for v in chain for c in v.children):
        return None
    patients = [c for v in chain for c in v.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    agents = [g for v in chain for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    own_patient = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
    own_agent = any(c.dep_ == "agent" for c in verb.children)
    if not patients or not agents or (own_patient and own_agent):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None  # an active verb of its own ("X was arrested and Y killed him")
    return patients[:1], agents[:1]


def default_preps(entry: TriggerEntry) -> tuple[str, ...]:
    """Prepositions that may introduce the target of an entry that names none. A demand
    for "action against X" is not addressed to X."""
    if entry.type == "REQUEST":
        return tuple(p for p in DEFAULT_TARGET_PREPS if p not in ("against", "into", "at"))
    return DEFAULT_TARGET_PREPS


# adverbs of sequence between coordinated places ("visits to Kabul and then Islamabad")
SEQUENCE_ADVERBS = {"then", "later", "subsequently", "afterwards", "afterward", "next", "finally", "eventually"}


def detached_sequel(pobj: Token) -> list[Token]:
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
    ent = entity_at(doc, y.i)
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


def names_both_sides(tok: Token) -> bool:
    """ "the two militaries", "both countries", "the two sides" """
    words = {t.lower_ for t in tok.subtree}
    return bool(words & {"two", "both"}) and tok.lemma_.lower() in MUTUAL_WORDS | PAIR_NOUNS


PAIR_NOUNS = {"military", "militaries", "army", "armies", "force", "forces", "state", "states", "ally", "allies", "neighbour", "neighbor", "neighbours", "neighbors", "capital", "capitals", "government"}
