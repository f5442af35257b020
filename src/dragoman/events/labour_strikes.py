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

from dataclasses import replace

from dragoman.events.candidate import Candidate
from dragoman.events.crowds import CROWD_SECTORS
from dragoman.events.lexicon import TriggerLexicon

#: the trigger of a strike
STRIKE_LEMMA = "strike"
#: the lexicon row of a labour strike
STRIKE_MODE = "strike"


def _strike_entry():
    for e in TriggerLexicon.default().candidates(STRIKE_LEMMA, "NOUN"):
        if e.type == "PROTEST" and e.mode == STRIKE_MODE:
            return e
    return None


def _strikes_no_party(c: Candidate) -> bool:
    return c.target is None or not (c.target.country or c.target.sector)


def labour_strikes(candidates: list[Candidate]) -> list[Candidate]:
    """A crowd's strike that strikes no one ("staff gathered to strike", "the workers'
    strike") is its PROTEST (a strike, CAMEO 143) with no addressee, not an ASSAULT."""
    entry = None
    out: list[Candidate] = []
    for c in candidates:
        if c.type == "ASSAULT" and c.trigger.lemma_.lower() == STRIKE_LEMMA and c.source.sector in CROWD_SECTORS \
                and _strikes_no_party(c):
            entry = entry or _strike_entry()
            if entry is not None:
                c = replace(c, type="PROTEST", entry=entry, target=None, target_tok=None,
                            rules=c.rules + ["labour-strike"])
        out.append(c)
    return out
