"""Condemnatory descriptions: a speaker who calls another party's act (or the party)
unforgivable, reckless, illegal, a breach of the rules, accuses it, though no accusing
verb is used (coding guide §1: reported speech is an event of the speaker).

Rule ``condemnatory-description`` (``ACCUSE`` from the speaker):

- in what a speaker says (a clause reported by a speech verb, or a quotation whose
  speaker is known), a copular clause whose predicate condemns ("X's accusation was
  unforgivable", "any mention of our president is a shocking breach of the rules") or a
  clause whose verb says a rule is broken ("the accusations violate international law");
- anywhere, a verb of describing with a condemning predicate ("what he described as a
  reckless decision by Japan", "the vote, which Kyiv called illegal"): its subject is the
  accuser;
- in what a speaker says, a party said not to be sincere, honest, serious ("the United
  States has not been sincere");
- in what a speaker says, an act noun a condemning adjective qualifies whose owner is
  named ("the neighbour's hostile actions", "Moscow's reckless escalation").

The accused is the one the condemned thing names: a party itself, the owner or agent of
an act noun ("Y's decision", "a decision by Y"); when the act names none, the story's
other state (``implicit_counterpart``). A speaker of the accused's own state (a
government about its own organs), a witness and an unknown name accuse no one.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.answers import act_noun_doers
from dragoman.events.attribution import accuses
from dragoman.events.candidate import Candidate, same_actor, within_one_state
from dragoman.events.context import SentenceContext
from dragoman.events.counterpart import implicit_counterpart
from dragoman.events.modality import modality_of
from dragoman.events.speech import reported_clauses, speech_entry
from dragoman.events.syntax import OBJECT_DEPS, SUBJECT_DEPS
from dragoman.models import Actor

CONDEMNATION = speech_entry("ACCUSE", None, "111")
CONDEMNATION_CONFIDENCE = 0.55

#: adjectives that condemn what they qualify
CONDEMNING_ADJECTIVES = {
    "unforgivable", "unacceptable", "inexcusable", "illegal", "illegitimate", "unlawful", "reckless",
    "irresponsible", "selfish", "hostile", "provocative", "outrageous", "shameful", "disgraceful",
    "barbaric", "barbarous", "criminal", "heinous", "deplorable", "reprehensible", "despicable",
    "unjustified", "unjustifiable", "cowardly", "inhumane", "treacherous", "irrational", "insulting",
}
#: nouns of a predicate that condemn ("a breach of the rules", "a provocation")
CONDEMNING_NOUNS = {"breach", "violation", "provocation", "affront", "outrage", "insult", "disgrace", "crime"}
#: adjectives of good faith whose denial reproaches ("the United States has not been sincere")
GOOD_FAITH_ADJECTIVES = {"sincere", "honest", "serious", "truthful", "transparent", "constructive", "credible",
                         "genuine", "frank", "responsible"}
#: verbs that say the subject breaks a rule ("the accusations violate international law")
VIOLATING_VERBS = {"violate", "breach", "flout", "contravene"}
#: verbs of describing whose predicate may condemn ("described it as reckless")
DESCRIBING_VERBS = {"describe", "call", "deem", "brand", "label", "term", "characterize", "characterise"}


def condemns(tok: Token) -> bool:
    """Whether a predicate word condemns: a condemning adjective, a condemning noun, or a
    noun a condemning adjective qualifies ("a reckless decision")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ":
        return lemma in CONDEMNING_ADJECTIVES
    if tok.pos_ in ("NOUN", "PROPN"):
        return lemma in CONDEMNING_NOUNS or any(
            c.dep_ in ("amod", "conj") and c.lemma_.lower() in CONDEMNING_ADJECTIVES for c in tok.children)
    return False


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


class CondemnationRules:
    """The condemnatory-description rule (mixed into the extractor)."""

    def condemnatory_descriptions(self, ctx: SentenceContext) -> list[Candidate]:
        """``ACCUSE`` from a speaker who describes another party's act in condemning
        terms (see the module)."""
        out: list[Candidate] = []
        quoted_speaker = ctx.speaker if ctx.quoted else None
        for tok in ctx.sent:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            lemma = tok.lemma_.lower()
            if lemma in DESCRIBING_VERBS:
                out += self._described(ctx, tok)
            if lemma in self.cues.speech_verbs and not self._in_quote(ctx, tok):
                speakers = self._subject_actors(tok, ctx) or self._inherited_subject(tok, ctx)
                for clause in reported_clauses(tok):
                    out += self._condemned_in(ctx, tok, speakers, clause)
            elif quoted_speaker and self._in_quote(ctx, tok) and tok.dep_ == "ROOT":
                out += self._condemned_in(ctx, tok, [quoted_speaker], tok, speech_verb=None)
        return out

    @staticmethod
    def _in_quote(ctx: SentenceContext, tok: Token) -> bool:
        return any(lo <= tok.i < hi for lo, hi in ctx.quoted)

    def _condemned_in(self, ctx, verb: Optional[Token], speakers, clause: Token, speech_verb="same") -> list[Candidate]:
        """The accusations a clause said by ``speakers`` makes: its condemning predicate,
        its rule-breaking verb, or a condemned act noun of a named owner inside it."""
        if speech_verb == "same":
            speech_verb = verb
        kids = list(clause.children)
        subjects = [c for c in kids if c.dep_ in SUBJECT_DEPS]
        predicated = clause.lemma_.lower() == "be" and any(
            c.dep_ in ("acomp", "attr") and condemns(c) for c in kids)
        violating = clause.lemma_.lower() in VIOLATING_VERBS and any(c.dep_ in OBJECT_DEPS for c in kids)
        faulted = clause.lemma_.lower() == "be" and _negated(clause) and any(
            c.dep_ == "acomp" and c.lemma_.lower() in GOOD_FAITH_ADJECTIVES for c in kids)
        if faulted and subjects:
            # "X has not been sincere": only a party itself is faulted
            accused = [a for s in subjects for a in ctx.actors(s, self.place_actor)]
            return self._accusations(ctx, speech_verb, clause, speakers, accused, implicit=False)
        if (predicated or violating) and subjects and not _negated(clause):
            accused = [a for s in subjects for a in self._accused_by(s, ctx)]
            at = next(c for c in kids if c.dep_ in ("acomp", "attr") and condemns(c)) if predicated else clause
            return self._accusations(ctx, speech_verb, at, speakers, accused, implicit=True)
        out: list[Candidate] = []
        for t in clause.subtree:
            if t.pos_ == "NOUN" and t.dep_ not in ("attr",) and condemns(t) and t.lemma_.lower() not in CONDEMNING_NOUNS:
                owners = act_noun_doers(self, t, ctx)
                if owners:
                    out += self._accusations(ctx, speech_verb, t, speakers, owners, implicit=False)
        return out

    def _described(self, ctx, verb: Token) -> list[Candidate]:
        """"X described / called / deemed Y (as) reckless": X's accusation of Y."""
        kids = list(verb.children)
        objects = [c for c in kids if c.dep_ in OBJECT_DEPS + ("oprd",)]
        # "described X as reckless": the parser may hang "as" on the object
        predicates = [g for h in [verb] + objects for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
        predicates += [c for c in kids if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
        predicates += [g for c in kids if c.dep_ == "ccomp" for g in c.children if g.dep_ in ("acomp", "attr")]
        condemning = [p for p in predicates if condemns(p)]
        if not condemning or _negated(verb):
            return []
        speakers = self._subject_actors(verb, ctx) or self._inherited_subject(verb, ctx)
        accused: list[tuple[Actor, Token]] = []
        for p in condemning:
            accused += act_noun_doers(self, p, ctx) if p.pos_ == "NOUN" else []
        if not accused:
            for c in objects:
                if c.lower_ not in ("what", "it", "this", "that") and not (c.pos_ == "ADJ" and condemns(c)):
                    accused += self._accused_by(c, ctx)
        if not accused and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
            accused = self._accused_by(verb.head, ctx)  # "the vote, which Kyiv called illegal"
        return self._accusations(ctx, verb, condemning[0], speakers, accused, implicit=True)

    def _accused_by(self, tok: Token, ctx) -> list[tuple[Actor, Token]]:
        """Whom a condemned phrase names: a party itself, else the owner or agent of an act
        noun."""
        return ctx.actors(tok, self.place_actor) or act_noun_doers(self, tok, ctx)

    def _accusations(self, ctx, speech_verb, at: Token, speakers, accused, implicit: bool) -> list[Candidate]:
        speakers = [(a, t) for a, t in speakers if accuses(a)]
        if not speakers:
            return []
        rules = ["condemnatory-description"]
        if not accused and implicit:
            accused = implicit_counterpart(speakers, ctx)
            rules.append("implicit-counterpart")
        in_sentence = speech_verb is not None and ctx.sent.start <= speech_verb.i < ctx.sent.end
        trigger = speech_verb if in_sentence else at
        modality, cue = modality_of(speech_verb, self.cues) if in_sentence else ("asserted", "")
        out: list[Candidate] = []
        for s_actor, s_tok in speakers:
            for t_actor, t_tok in accused:
                if same_actor(s_actor, t_actor) or within_one_state(s_actor, t_actor) or (
                        s_actor.country and s_actor.country == t_actor.country and not t_actor.sector):
                    continue
                out.append(Candidate(
                    type="ACCUSE", entry=CONDEMNATION, trigger=trigger, trigger_span=(trigger.i, trigger.i + 1),
                    source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                    modality=modality, modality_cue=cue, confidence=CONDEMNATION_CONFIDENCE, rules=list(rules),
                ))
        return out


#: the accusation nouns whose condemnation answers them
ANSWERED_CLAIM_NOUNS = {"accusation", "allegation", "charge", "claim", "criticism", "assertion", "reference"}


def answered_claim(extractor, entry, tok: Token) -> bool:
    """Veto: an accusation noun that is the subject of a condemning or dismissive
    predicate ("Tehran said Washington's accusation against the army was unforgivable",
    "the allegations are baseless", "the accusations violate international law") names
    the accusation answered, told before; the sentence states the answer (the
    condemnatory-description and dismissal rules), not the accusation again."""
    if entry.type != "ACCUSE" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in ANSWERED_CLAIM_NOUNS:
        return False
    if tok.dep_ not in SUBJECT_DEPS:
        return False
    clause = tok.head
    kids = list(clause.children)
    if _negated(clause):
        return False
    predicates = [c for c in kids if c.dep_ in ("acomp", "attr")]
    return (clause.lemma_.lower() == "be" and any(
        condemns(p) or p.lemma_.lower() in extractor.cues.dismissive for p in predicates)) or (
        clause.lemma_.lower() in VIOLATING_VERBS and any(c.dep_ in OBJECT_DEPS for c in kids))
