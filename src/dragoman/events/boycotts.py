"""A state's boycott of another state is a sanction, not a protest.

CAMEO tells the two apart: a boycott by a public (consumers, traders, a party) is
dissent (143, ``PROTEST``); a boycott that one government imposes on another state
("Egypt and Jordan joined Saudi Arabia in boycotting Qatar") is an embargo (163,
``SANCTION``). The lexicon gives the boycott trigger as ``PROTEST``; this rule
(``state-boycott``) retypes it when both its source and its target are states or their
governments.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from dragoman.events.candidate import Candidate
from dragoman.models import Actor

BOYCOTT_WORDS = {"boycott", "embargo", "blockade"}
#: sectors of an actor that stands for its state
STATE_ACTOR_SECTORS = {None, "GOV"}


def _is_state(actor: Optional[Actor]) -> bool:
    return actor is not None and bool(actor.country) and actor.sector in STATE_ACTOR_SECTORS


def state_boycotts(candidates: list[Candidate]) -> list[Candidate]:
    """Retype a ``PROTEST`` boycott between two states as a ``SANCTION`` (see the module)."""
    out = []
    for c in candidates:
        if (c.type == "PROTEST" and c.trigger.lemma_.lower() in BOYCOTT_WORDS
                and _is_state(c.source) and _is_state(c.target) and c.source.country != c.target.country):
            entry = replace(c.entry, type="SANCTION", mode="embargo", cameo="163")
            c = replace(c, type="SANCTION", entry=entry, rules=c.rules + ["state-boycott"])
        out.append(c)
    return out
