"""A crowd that blocks, barricades or shuts something protests; it does not restrict.

"Workers blocked the bus terminal for a fifth day", "activists blocked access to the oil
depot", "residents closed the road to demand water": a state that blocks a route or
shuts a border restricts (COERCE), but a crowd (civilians, workers, an opposition's
members, traders) has no power to restrict anyone; its blockade is a protest by
obstruction (PLOVER PROTEST, CAMEO 144). Coding guide §1: the protest names no addressee,
so the blocked place is no target (``target: null``).

Rule ``crowd-obstruction`` (pruner): a COERCE candidate whose trigger is a verb of
obstructing and whose source is a crowd becomes a PROTEST with no target, coded by the
lexicon's own row for a crowd's blockade ("block" PROTEST obstruct).
"""

from __future__ import annotations

from dataclasses import replace

from dragoman.events.candidate import Candidate
from dragoman.events.crowds import CROWD_SECTORS
from dragoman.events.lexicon import TriggerLexicon

#: verbs of obstructing a place or a route
OBSTRUCTING_VERBS = {"block", "barricade", "blockade", "close", "shut", "seal", "obstruct", "occupy"}
#: the lexicon row of a crowd's blockade
OBSTRUCT_LEMMA, OBSTRUCT_MODE = "block", "obstruct"


def _obstruct_entry():
    for e in TriggerLexicon.default().candidates(OBSTRUCT_LEMMA, "VERB"):
        if e.type == "PROTEST" and e.mode == OBSTRUCT_MODE:
            return e
    return None


def crowd_obstructions(candidates: list[Candidate]) -> list[Candidate]:
    """A crowd's blocking or shutting of a road, a site or a route is its PROTEST (by
    obstruction) with no addressee, not a COERCE of the place's owner."""
    entry = None
    out: list[Candidate] = []
    for c in candidates:
        if c.type == "COERCE" and c.trigger.pos_ == "VERB" and c.trigger.lemma_.lower() in OBSTRUCTING_VERBS \
                and c.source.sector in CROWD_SECTORS:
            entry = entry or _obstruct_entry()
            if entry is not None:
                c = replace(c, type="PROTEST", entry=entry, target=None, target_tok=None,
                            rules=c.rules + ["crowd-obstruction"])
        out.append(c)
    return out
