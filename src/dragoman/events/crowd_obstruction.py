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

from dragoman.events.candidate import Candidate
from dragoman.events.crowds import as_crowd_protests

#: verbs of obstructing a place or a route
OBSTRUCTING_VERBS = {"block", "barricade", "blockade", "close", "shut", "seal", "obstruct", "occupy"}
#: the lexicon row of a crowd's blockade
OBSTRUCT_LEMMA, OBSTRUCT_MODE = "block", "obstruct"


def _obstructs(c: Candidate) -> bool:
    return c.type == "COERCE" and c.trigger.pos_ == "VERB" and c.trigger.lemma_.lower() in OBSTRUCTING_VERBS


def crowd_obstructions(candidates: list[Candidate]) -> list[Candidate]:
    """A crowd's blocking or shutting of a road, a site or a route is its PROTEST (by
    obstruction) with no addressee, not a COERCE of the place's owner."""
    return as_crowd_protests(candidates, _obstructs, OBSTRUCT_LEMMA, "VERB", OBSTRUCT_MODE, "crowd-obstruction")
