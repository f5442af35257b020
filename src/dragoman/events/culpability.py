"""Statements of blame: "X is responsible for the attack", "X was behind the bombing",
"the fires were the work of X", "the author of the attack was a member of X", said by
someone.

Coding guide §1: reported speech is an event of the speaker, and an alleged act reported
only inside an accusation is coded as the accusation. A clause that puts the blame on a
party with a copula and no accusing verb (``lexicons/culpability.yaml``) is the
speaker's ``ACCUSE`` of that party: the speaker is the subject of the speech verb the
clause is reported by ("the government said X was behind ..."), else the speaker of the
quotation it stands in ("“X is responsible for the attack,” the minister said"). The
writer's own statement of blame accuses no one. Rule ``stated-culpability``; a copula
that labels its subject a wrongdoer ("the expelled diplomats were spies") adds
``stated-label``.
"""

from __future__ import annotations

from functools import lru_cache

import yaml
from spacy.tokens import Token

from dragoman.data_files import data_path
from dragoman.events.candidate import Candidate
from dragoman.events.generic import with_country
from dragoman.events.speech import SPEECH_ACCUSE
from dragoman.events.syntax import SUBJECT_DEPS


@lru_cache(maxsize=1)
def culpability_words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(data_path("lexicons", "culpability.yaml").read_text(encoding="utf-8")) or {}
    return {k: frozenset(str(w).lower() for w in data.get(k) or [])
            for k in ("adjectives", "prepositions", "nouns", "perpetrators", "labels", "plain_labels")}


def blamed_tokens(clause: Token) -> list[Token]:
    """The phrases a copular clause blames: its subject for "X is responsible for Y" and
    "X was behind Y", the "of" object for "Y was the work of X", the predicate for "the
    author of the attack was (a member of) X"; else []."""
    if clause.lemma_.lower() != "be":
        return []
    words = culpability_words()
    kids = list(clause.children)
    subjects = [c for c in kids if c.dep_ in SUBJECT_DEPS]
    if names_perpetrator(clause):
        return [c for c in kids if c.dep_ == "attr"]
    labelled = labelled_parties(clause)
    if labelled:
        return labelled
    for c in kids:
        if c.dep_ == "acomp" and c.lemma_.lower() in words["adjectives"]:
            return subjects
        if c.dep_ == "prep" and c.lower_ in words["prepositions"] and any(g.dep_ == "pobj" for g in c.children):
            return subjects
        if c.dep_ == "attr" and c.lemma_.lower() in words["nouns"]:
            return [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return []


RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}


def _labels_a_wrongdoer(attr: Token) -> bool:
    """A predicate noun that names its subject a wrongdoer (``labels`` of
    ``culpability.yaml``: "spies", "terrorists", "mercenaries"); a ``plain_labels`` noun
    only with a modifier or an "of" phrase saying whose ("intelligence agents", "agents
    of Mossad", not "free agents")."""
    if attr.pos_ != "NOUN" or attr.dep_ != "attr":
        return False
    words = culpability_words()
    lemma = attr.lemma_.lower()
    if lemma in words["labels"]:
        return True
    return lemma in words["plain_labels"] and any(
        (c.dep_ in ("compound", "amod") and c.lower_ not in ("free", "double", "travel", "real", "estate")) or
        (c.dep_ == "prep" and c.lower_ == "of") for c in attr.children)


def labelled_parties(clause: Token) -> list[Token]:
    """"X were spies", "the diplomats, who the government said were intelligence agents":
    the phrases a copula labels as wrongdoers (rule ``stated-label``, read as a statement
    of blame): the state or service of an "of" phrase ("agents of Iranian intelligence"),
    else the subject (through a relative pronoun, its antecedent). A negated copula
    labels no one."""
    kids = list(clause.children)
    if any(c.dep_ == "neg" for c in kids):
        return []
    attrs = [c for c in kids if _labels_a_wrongdoer(c)]
    if not attrs:
        return []
    owners = [g for a in attrs for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    if owners:
        return owners
    out = []
    for c in kids:
        if c.dep_ not in SUBJECT_DEPS:
            continue
        if c.lower_ in RELATIVE_PRONOUNS:
            # "diplomats who the government said were agents": the relative clause's noun
            node = clause
            for _ in range(3):
                if node.dep_ == "relcl":
                    out.append(node.head)
                    break
                node = node.head
        else:
            out.append(c)
    return out


#: sectors of a party a perpetrator may be said to belong to (not a state's public: "the
#: bomber was an Afghan national" blames no state)
PERPETRATOR_SECTORS = {"INS", "MIL", "SPY", "GOV"}


def names_perpetrator(clause: Token) -> bool:
    """"The author of the attack was X", "the bomber was a member of X": a copula whose
    subject is a perpetrator noun (``culpability.yaml``), not negated."""
    kids = list(clause.children)
    return clause.lemma_.lower() == "be" and not any(c.dep_ == "neg" for c in kids) and any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and c.lemma_.lower() in culpability_words()["perpetrators"]
        for c in kids)


class CulpabilityRules:
    """The stated-culpability proposer (mixed into the extractor)."""

    def stated_culpability(self, ctx) -> list[Candidate]:
        """A speaker's statement that a party is to blame for an act: ``ACCUSE`` of that party."""
        out: list[Candidate] = []
        for tok in ctx.sent:
            blamed = blamed_tokens(tok)
            if not blamed:
                continue
            holder = self._blame_speaker(tok, ctx)
            if holder is None:
                continue
            verb, speakers = holder
            targets = [a for b in blamed for a in ctx.actors(b, self.place_actor)]
            if names_perpetrator(tok):
                targets = [(a, t) for a, t in targets if a.sector in PERPETRATOR_SECTORS]
            rule = "stated-culpability;stated-label" if labelled_parties(tok) == blamed else "stated-culpability"
            out += self._speech_events(ctx, verb, speakers, tok, SPEECH_ACCUSE, rule, targets=targets)
        return out

    def _blame_speaker(self, clause: Token, ctx):
        """(speech verb, speakers) that report the clause, or (clause, [the quotation's
        speaker]) when it stands in a quotation; None for the writer's own words."""
        node = clause
        for _ in range(4):
            if node.dep_ not in ("ccomp", "parataxis", "conj") or node.head.i == node.i:
                break
            head = node.head
            if head.lemma_.lower() in self.cues.speech_verbs and head.pos_ in ("VERB", "AUX"):
                speakers = self._subject_actors(head, ctx) or self._inherited_subject(head, ctx)
                if speakers:
                    return head, speakers
                break
            node = head
        if ctx.speaker is not None and any(lo <= clause.i < hi for lo, hi in ctx.quoted):
            actor, tok = ctx.speaker
            return clause, [(with_country(actor, ctx.sent, getattr(ctx, "story", None), named=True), tok)]
        return None


def blamed_act(extractor, entry, tok: Token) -> bool:
    """Veto: the trigger names the act a reported statement of blame is about ("the
    government said X was behind the bombing"): the lexicon rule cannot see its doer; the
    ``blamed-attack`` deriver (``blamed_attacks.py``) codes it as the blamed party's."""
    words = culpability_words()
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "prep" and (
                (node.lower_ in words["prepositions"] and head.lemma_.lower() == "be")
                or (node.lower_ in ("for", "of") and head.dep_ == "acomp" and head.lemma_.lower() in words["adjectives"])):
            clause = head if head.lemma_.lower() == "be" else head.head
            return bool(blamed_tokens(clause)) and _reported(clause, extractor.cues.speech_verbs)
        node = head
    return False


def _reported(clause: Token, speech_verbs) -> bool:
    """Whether a clause is what a speech verb reports (its complement, possibly through
    coordination)."""
    node = clause
    for _ in range(4):
        if node.dep_ not in ("ccomp", "parataxis", "conj") or node.head.i == node.i:
            return False
        if node.head.lemma_.lower() in speech_verbs and node.head.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False
