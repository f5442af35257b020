"""Blamed attacks: the attack a statement of blame puts on a party is that party's attack.

"The government said the rebels were behind the bombing of the bus", "Kabul said the
attack on the ministry was the work of the Haqqani network": besides the speaker's
``ACCUSE`` (``culpability.py``, rule ``stated-culpability``), the attack named is coded as
an ``ASSAULT`` of the blamed party, as an attack a speaker reports of another party is
(``attribution.py``: coding guide §1 codes the act the text states and the statement
about it). Its target is the act noun's own (the "of / on" phrase, the place it hit) or
the victims of the clause on it ("the bombing that killed 21 police cadets"). The
lexicon rule leaves such nouns alone (veto ``blamed-act``): the doer is read here, from
the blame. Rule ``blamed-attack``. A label ("the men were spies") names no attack, and
an act of another type blamed on a party stays the accusation only.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.candidate import Candidate, noun_act_pairs
from dragoman.events.context import SentenceContext
from dragoman.events.culpability import blamed_tokens, culpability_words, labelled_parties, names_perpetrator
from dragoman.events.installations import installation_target
from dragoman.events.syntax import OBJECT_DEPS, SUBJECT_DEPS

BLAMED_TYPES = {"ASSAULT"}
RULE = "blamed-attack"
CONFIDENCE = 0.5


def blamed_act_nouns(clause: Token) -> list[Token]:
    """The act nouns a clause of blame is about: the object of "behind" ("X was behind the
    bombing") or of "for / of" after the adjective ("X is responsible for the attack"),
    the subject of "Y was the work of X"."""
    words = culpability_words()
    out: list[Token] = []
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ in words["prepositions"]:
            out += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "acomp" and c.lemma_.lower() in words["adjectives"]:
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                    for g in p.children if g.dep_ == "pobj"]
        if c.dep_ == "attr" and c.lemma_.lower() in words["nouns"]:
            out += [s for s in clause.children if s.dep_ in SUBJECT_DEPS]
    return [n for n in out if n.pos_ == "NOUN"]


def blamed_attacks(extractor, ctx: SentenceContext, proposed: list[Candidate]) -> list[Candidate]:
    """An ``ASSAULT`` of the blamed party for each attack a reported statement of blame
    names (see the module)."""
    out: list[Candidate] = []
    for clause in ctx.sent:
        blamed = blamed_tokens(clause)
        if not blamed or names_perpetrator(clause) or labelled_parties(clause):
            continue
        if extractor._blame_speaker(clause, ctx) is None:
            continue  # the writer's own statement of blame
        doers = [a for b in blamed for a in ctx.actors(b, extractor.place_actor)]
        if not doers:
            continue
        for noun in blamed_act_nouns(clause):
            entries = [e for e in extractor.lexicon.candidates(noun.lemma_.lower(), "NOUN") if e.type in BLAMED_TYPES]
            if not entries:
                continue
            entry = min(entries, key=lambda e: bool(e.objects))  # the plain row, not one for a kind of attack
            _, targets, rules = extractor._noun_arguments(entry, noun, ctx)
            if not targets:
                # "the bombing that killed 21 police cadets": the victims of the clause on it
                # (at an installation: its holder, "killed 21 people at a police academy")
                for verb in noun.children:
                    if verb.dep_ == "relcl" and verb.pos_ == "VERB":
                        holders = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS]
                        targets = installation_target(holders, ctx, extractor._place_state)
                        if targets:
                            rules.append("installation-as-target")
                        else:
                            targets = extractor._object_targets(entry, verb, ctx, rules)
                        if targets:
                            break
            out.extend(noun_act_pairs("ASSAULT", entry, noun, doers, targets, "asserted", "blamed", CONFIDENCE,
                                      RULE, rules))
    return out
