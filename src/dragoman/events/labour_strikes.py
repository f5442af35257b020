"""A crowd's strike is a protest, not an attack.

"Staff gathered in Belfast to strike over pensions", "the dockers' strike", "nurses
struck for a third day": "strike" is an attack only when someone strikes someone. A
crowd (workers, staff, a trade, the press, an opposition's members) that strikes with
no one struck stops work: PLOVER PROTEST, CAMEO 143 (strike), with ``target: null``
(coding guide §1).

Rule ``labour-strike`` (pruner): an ASSAULT candidate whose trigger is "strike" (verb or
noun), whose source is a crowd and which strikes no party (no target, or a target of no
state and no sector) becomes a PROTEST strike, coded by the lexicon's labour strike row.
"Residents struck the thief with sticks" strikes someone and stays an ASSAULT.
"""

from __future__ import annotations

from dragoman.events.candidate import Candidate
from dragoman.events.crowds import as_crowd_protests

#: the trigger of a strike
STRIKE_LEMMA = "strike"
#: the lexicon row of a labour strike
STRIKE_MODE = "strike"


def _strikes_no_party(c: Candidate) -> bool:
    return c.type == "ASSAULT" and c.trigger.lemma_.lower() == STRIKE_LEMMA and (
        c.target is None or not (c.target.country or c.target.sector))


def labour_strikes(candidates: list[Candidate]) -> list[Candidate]:
    """A crowd's strike that strikes no one ("staff gathered to strike", "the workers'
    strike") is its PROTEST (a strike, CAMEO 143) with no addressee, not an ASSAULT."""
    return as_crowd_protests(candidates, _strikes_no_party, STRIKE_LEMMA, "NOUN", STRIKE_MODE, "labour-strike")
