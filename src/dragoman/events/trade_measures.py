"""Trade and visa restrictions: "Washington imposed visa restrictions on Nigerian
officials", "Tokyo imposed export curbs on Seoul", "Beijing's ban on Australian wine
imports".

A restriction (a ``COERCE`` row of mode ``restrict``: "impose a ban / restriction /
curb / control on", "restrictions on", "a ban on") whose restricted thing is trade or
entry (``TRADE_MODIFIERS``: a modifier of the restriction, or of the noun the ban is on)
is a measure one party takes against another's goods, firms or people: a ``SANCTION``
(embargo, CAMEO 163), not the coercion of a population (rule ``trade-restriction``). A
restriction of gatherings, movement or the press stays ``COERCE``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dragoman.events.candidate import Candidate
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.syntax import OBJECT_DEPS

#: what a restriction restricts when it is a trade or visa measure
TRADE_MODIFIERS = {"visa", "export", "import", "trade", "investment", "tariff"}
RESTRICTION_MODE = "restrict"
MODIFIER_DEPS = ("amod", "compound", "nmod")


def _restricted_nouns(entry: TriggerEntry, tok: Token) -> list[Token]:
    """The restriction nouns of a trigger: the noun itself, or the verb's object of its row."""
    if entry.pos == "NOUN":
        return [tok]
    return [c for c in tok.children if c.dep_ in OBJECT_DEPS + ("nsubjpass",) and c.lemma_.lower() in entry.objects]


def restricts_trade(entry: TriggerEntry, tok: Token) -> bool:
    """Whether a restriction trigger restricts trade or entry (see the module): a trade
    modifier on the restriction, or on the noun of its "on" phrase ("a ban on wine
    imports")."""
    if entry.type != "COERCE" or entry.mode != RESTRICTION_MODE:
        return False
    for noun in _restricted_nouns(entry, tok):
        mods = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
        mods += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "on"
                 for g in p.children if g.dep_ == "pobj"]
        if any(m.lemma_.lower() in TRADE_MODIFIERS for m in mods):
            return True
    return False


def as_trade_sanctions(found: list[Candidate]) -> list[Candidate]:
    """The candidates of a trade restriction, read as the ``SANCTION`` it is."""
    return [replace(c, type="SANCTION", entry=replace(c.entry, type="SANCTION", mode="embargo", cameo="163"),
                    rules=c.rules + ["trade-restriction"]) for c in found]
