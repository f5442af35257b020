"""Reported speech: what a speaker says of another party ("X said Y must ...") as a
request, threat, refusal, dismissal or accusation of the speaker; reproaches someone
states or adopts; evidence presented against a party; and the speaker of a sentence."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from dragoman.events.candidate import Candidate, same_actor, within_one_state
from dragoman.events.context import MentionLookup, SentenceContext, quoted_ranges
from dragoman.events.counterpart import implicit_counterpart
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.modality import modality_of
from dragoman.events.syntax import (
    EMBEDDED_TARGET_PREPS, OBJECT_DEPS, OPINION_VERBS, PASSIVE_SUBJECT_DEPS, REFUSABLE_TYPES, SUBJECT_DEPS, refused,
)
from dragoman.models import Actor
from dragoman.nlp import is_to_infinitive


# prepositions naming what a stance is about ("the position on X", "concern over X")
STANCE_TOPIC_PREPS = ("on", "about", "over", "of", "regarding")


def speech_entry(type_: str, mode: Optional[str], cameo: str) -> TriggerEntry:
    """The entry of an act stated by reported speech ("X said Y must ..."): the speech verb
    is its trigger."""
    return TriggerEntry(
        lemma="say", pos="VERB", type=type_, mode=mode, cameo=cameo, objects=(), particle=None,
        target_preps=(), complement="that-clause", confidence=0.6, row=0,
    )


SPEECH_REQUEST = speech_entry("REQUEST", None, "020")
SPEECH_THREATEN = speech_entry("THREATEN", None, "130")
SPEECH_REJECT = speech_entry("REJECT", "deny", "016")
SPEECH_REFUSAL = speech_entry("REJECT", None, "120")
SPEECH_ACCUSE = speech_entry("ACCUSE", None, "111")


class SpeechRules:
    """Rules over reported speech (mixed into the extractor)."""

    # ----------------------------------------------------- reported speech
    def _speaker(self, sent: SpacySpan, lookup: MentionLookup) -> Optional[tuple[Actor, Token]]:
        """The actor who speaks in this sentence (subject of a speech verb outside quotes)."""
        quoted = quoted_ranges(sent)
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

    def reported_speech(self, ctx: "SentenceContext") -> list[Candidate]:
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
                    out += self._speech_events(ctx, tok, speakers, clause, SPEECH_REQUEST, "reported-need")
            for clause in reported_clauses(tok):
                # "X says that Y's allegations are baseless": X rejects what Y alleged
                dismissed = [g for c in clause.children if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in self.cues.claims
                             for g in c.children if g.dep_ in ("poss", "compound", "amod", "nmod") and g.i < c.i]
                if dismissed and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self.cues.dismissive
                                     for c in clause.children):
                    owners = [a for g in dismissed for a in ctx.actors(g, self.place_actor)]
                    out += self._speech_events(ctx, tok, speakers, clause, SPEECH_REJECT, "reported-dismissal",
                                               targets=owners)
                    continue
                # "X insisted it would not become a guarantor": the speaker refuses
                if tok.lemma_.lower() not in OPINION_VERBS and self._self_refusal(clause, speakers, ctx):
                    addressees, rule = self._refusal_addressees(tok, speakers, ctx)
                    out += self._speech_events(ctx, tok, speakers, clause, SPEECH_REFUSAL, rule, targets=addressees)
                    continue
                # "X said it was important / time for Y to V", "... there is a need for Y to V"
                obliged = self._necessity_subjects(clause, ctx)
                if obliged:
                    out += self._speech_events(ctx, tok, speakers, clause, SPEECH_REQUEST, "reported-necessity",
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
                    out += self._speech_events(ctx, tok, speakers, clause, SPEECH_THREATEN, "reported-consequence")
                    continue
                # "X said Y has not done enough": a reproach, coded as an accusation
                reproach = tok.lemma_.lower() not in OPINION_VERBS and any(c.dep_ == "neg" for c in clause.children) and any(
                    t.lower_ in self.cues.reproach for t in clause.subtree
                )
                if not (modal or needs or reproach):
                    continue
                entry, rule = (SPEECH_ACCUSE, "reported-reproach") if reproach else (SPEECH_REQUEST, "reported-deontic")
                out += self._speech_events(ctx, tok, speakers, clause, entry, rule)
        return out

    def attributed_reproaches(self, ctx: "SentenceContext") -> list[Candidate]:
        """"X has not done enough", "X has failed to", "X's failure to": a reproach of X,
        coded as an accusation when someone holds it: the subject of a verb that states or
        adopts it ("Y echoed the position on X not doing enough", "Y said X failed to"), or
        the owner of a stance that holds it ("Y's concern over X's failure to ...")."""
        out: list[Candidate] = []
        for tok in ctx.sent:
            accused = self._reproached(tok, ctx)
            if not accused:
                continue
            holder = self._reproach_holder(tok, ctx)
            if holder is None:
                continue
            at, accusers = holder
            out += self._speech_events(ctx, at, accusers, tok, SPEECH_ACCUSE, "attributed-reproach", targets=accused)
        return out

    def presented_evidence(self, ctx: "SentenceContext") -> list[Candidate]:
        """"Z shared / presented intelligence / evidence linking X to Y": Z's accusation of
        X, with the modality of the presenting verb. Evidence that no one presents in the
        sentence ("reports linking X to Y") accuses no one."""
        out: list[Candidate] = []
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
                out += self._speech_events(ctx, verb, presenters, tok, SPEECH_ACCUSE, "presented-evidence", targets=accused)
        return out

    def _reproached(self, tok: Token, ctx) -> list[tuple[Actor, Token]]:
        """Whom a reproach clause or noun blames: the subject of "did not do enough" or
        "failed to V", the owner of "failure to V"; in a stance on X ("the position on X
        not doing enough"), whether the parser made the stance noun the clause's subject or
        the noun the clause modifies, the one the stance is about."""
        kids = list(tok.children)
        if tok.pos_ in ("VERB", "AUX"):
            negated = any(c.dep_ == "neg" for c in kids)
            shortfall = negated and any(t.lower_ in self.cues.reproach for t in tok.subtree if tok.i in (t.head.i, t.head.head.i))
            failed = tok.lemma_.lower() == "fail" and not negated and any(c.dep_ == "xcomp" for c in kids)
            if not (shortfall or failed):
                return []
            found: list[tuple[Actor, Token]] = []
            subjects = [c for c in kids if c.dep_ in SUBJECT_DEPS]
            for c in subjects:
                if c.lemma_.lower() in self.cues.stance_nouns:
                    found += self._prep_actors([c], STANCE_TOPIC_PREPS, ctx)
                else:
                    found += ctx.actors(c, self.place_actor)
            if not subjects and tok.dep_ == "acl" and tok.head.lemma_.lower() in self.cues.stance_nouns:
                # the same stance parsed as a noun the clause modifies ("its view on X not
                # doing enough"): the one the stance is about
                found += self._prep_actors([tok.head], STANCE_TOPIC_PREPS, ctx)
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
        if clause.pos_ not in ("VERB", "AUX") or not refused(clause):
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
            found, rule = implicit_counterpart(speakers, ctx), "reported-refusal;implicit-counterpart"
        return found, rule

    def _speech_events(self, ctx, tok, speakers, clause, entry, rule, targets=None) -> list[Candidate]:
        """Events of a speaker towards the subject of what they said (or ``targets``)."""
        out = []
        subjects = targets if targets is not None else [
            a for c in clause.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
            for a in ctx.actors(c, self.place_actor)]
        modality, cue = modality_of(tok, self.cues)
        for s_actor, s_tok in speakers:
            for t_actor, t_tok in subjects:
                if same_actor(s_actor, t_actor) or within_one_state(s_actor, t_actor):
                    continue
                out.append(
                    Candidate(
                        type=entry.type, entry=entry, trigger=tok, trigger_span=(tok.i, tok.i + 1),
                        source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                        modality=modality, modality_cue=cue, confidence=0.6,
                        rules=rule.split(";"),
                    )
                )
        return out


def reported_clauses(verb: Token) -> list[Token]:
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
