"""The addressee a protest takes from the story: the government the story's protests are
against.

A story of protests against a government tells the first of them with their addressee
("demonstrators chanted anti-government slogans", "protesters marched against the
government in Quito") and the next ones by the act alone ("rallies were held overnight
in Guayaquil", "protests spread to five more cities"). These are the same public's
protests against the same government: the act told again is coded again (coding guide
§1) with the addressee the story gave it. The rule (``story-protest-addressee``) adds,
to a protest with no addressee by the public of a state (``CIV``, ``OPP``), the
addressee of the story's latest protest by that state's public within
``responses.LOOKBACK`` sentences, when that addressee is the same state's government;
``addressed_act_first`` then drops the unaddressed reading. A protest of another
state's public, or a story whose protests were told with no addressee, adds nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from dragoman.events.candidate import Candidate
from dragoman.events.context import SentenceContext
from dragoman.events.responses import LOOKBACK, recent
from dragoman.models import Actor

#: sectors of a protesting public
PUBLIC_SECTORS = {"CIV", "OPP"}
#: sectors of a government a public protests against
GOVERNMENT_SECTORS = {"GOV"}


def story_protest_addressee(acts, sentence: int, country: str) -> Optional[Actor]:
    """The government addressed by the latest protest of ``country``'s public told before
    ``sentence`` (within ``LOOKBACK`` sentences), when it is that state's own; else None."""
    for _, kind, source, target in recent(acts.addressed, sentence, LOOKBACK):
        if kind != "PROTEST" or source.country != country or source.sector not in PUBLIC_SECTORS:
            continue
        if target is not None and target.country == country and target.sector in GOVERNMENT_SECTORS:
            return target
    return None


def story_protest_addressees(extractor, ctx: SentenceContext, candidates: list[Candidate]) -> list[Candidate]:
    """For each protest with no addressee by a state's public, the same protest addressed
    to the government the story's earlier protests of that public were against (see the
    module)."""
    acts = getattr(ctx, "story_acts", None)
    if acts is None:
        return []
    out: list[Candidate] = []
    for c in candidates:
        if c.type != "PROTEST" or c.target is not None or not c.source.country or c.source.sector not in PUBLIC_SECTORS:
            continue
        target = story_protest_addressee(acts, ctx.index, c.source.country)
        if target is None:
            continue
        out.append(replace(c, target=Actor(country=target.country, sector=target.sector, name=target.name,
                                          rule="story-protest-addressee"),
                           target_tok=None, rules=c.rules + ["story-protest-addressee"]))
    return out
