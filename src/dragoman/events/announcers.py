"""State acts announced by an official: the official is the source.

"Trump announced the U.S. would impose tariffs on Chinese goods", "Algeria's foreign
minister said the country is cutting ties with Morocco", "'Algeria has decided to cut
relations,' Lamamra said": the act is the state's, stated by one of its officials, and
the coder names the official as its source (coding guide §3: a person is coded by the
post they hold, and reported speech is an event of the speaker). When the act's source
is the bare state (a country with no sector or name: "the U.S.", "the country", "it")
and the speaker who reports the act, the subject of the speech verb whose clause holds
it or the speaker of the quotation it is told in, is a named official of that same state
(a person of the knowledge base or a named person with a state sector), the candidate
takes the official as source (rule ``announcing-official``); the bare state's version
of the same act is then dropped (``announced-state-act``). An act of a state's organ
("the army", "police") or of another state is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from dragoman.events.attribution import reporting_speaker
from dragoman.events.candidate import Candidate, actor_key, is_person
from dragoman.events.context import SentenceContext
from dragoman.models import Actor

#: sectors of an official who speaks for the state
OFFICIAL_SECTORS = {"GOV"}
#: acts a state does through its government, which its officials announce
ANNOUNCED_TYPES = {"SANCTION", "AID", "AGREE", "REJECT", "THREATEN", "CONCEDE", "COOPERATE", "RETREAT", "MOBILIZE"}
RULE = "announcing-official"


def bare_state(actor: Actor) -> bool:
    """A state named only as the state ("the U.S.", "the country")."""
    return bool(actor.country) and actor.sector is None and actor.name is None


def is_official(actor: Actor) -> bool:
    """A named person holding a state post."""
    return bool(actor.name) and actor.sector in OFFICIAL_SECTORS and (is_person(actor) or actor.kb_id is None)


def announcing_officials(extractor, ctx: SentenceContext, candidates: list[Candidate]) -> list[Candidate]:
    """The official's version of each state act its own official announces (see the module)."""
    out: list[Candidate] = []
    for c in candidates:
        if c.type not in ANNOUNCED_TYPES or not bare_state(c.source):
            continue
        found = reporting_speaker(extractor, ctx, c.trigger)
        if found is None:
            continue
        speaker, speaker_tok, _ = found
        if speaker.country != c.source.country or not is_official(speaker):
            continue
        if c.target is not None and c.target.country == speaker.country:
            continue
        out.append(replace(c, source=speaker, source_tok=speaker_tok, rules=c.rules + [RULE]))
    return out


def drop_announced_state_acts(candidates: list[Candidate]) -> list[Candidate]:
    """Drop the bare state's version of an act its official is the source of."""
    announced = {(c.trigger.i, c.type, actor_key(c.target), c.source.country) for c in candidates if RULE in c.rules}
    if not announced:
        return candidates
    return [c for c in candidates
            if RULE in c.rules or not bare_state(c.source)
            or (c.trigger.i, c.type, actor_key(c.target), c.source.country) not in announced]
