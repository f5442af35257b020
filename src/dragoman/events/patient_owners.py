"""The owner of an act done to a person is its patient, not its doer.

"The student's arrest by Iranian police", "the journalist's detention by security forces",
"the activist's abduction by Houthi rebels", "the death of a young woman after her arrest
by the morality police": a noun of an act done to someone (``PATIENT_MODES``: arrest,
killing, assassination, abduction) that has both an owner and a "by" agent tells who
suffered it by the owner and who did it by the agent. The agent is the source and the
owner the target (rule ``patient-owner``), where the noun's reading would otherwise take
both for doers. A possessive pronoun ("her arrest") is the nearest person or group named
before it in the sentence. With no "by" agent the owner keeps its usual reading ("Iran's
arrest of the activists" is Iran's act).
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from dragoman.events.lexicon import TriggerEntry
from dragoman.models import Actor

RULE = "patient-owner"
#: (type, mode) of the acts done to someone whose owner suffers them
PATIENT_MODES = {("COERCE", "arrest"), ("ASSAULT", "kill"), ("ASSAULT", "assassinate"), ("ASSAULT", "abduct")}
POSSESSIVE_PRONOUNS = {"her", "his", "their"}
#: the noun readings of source and target that the patient-owner reading replaces
SUFFERED_READINGS = {"nominal-source", "nominal-target", "nominal-object-owner", "place-as-target",
                     "installation-as-target"}


def _antecedent(pronoun: Token, ctx) -> list[tuple[Actor, Token]]:
    """The nearest mention before a possessive pronoun in its sentence that names a person
    or group (an actor with a sector that is not a state's organ named bare)."""
    for t in reversed(list(ctx.sent.doc[ctx.sent.start:pronoun.i])):
        m = ctx.lookup.at(t.i)
        if m is not None and m.actor is not None and m.actor.sector is not None:
            return [(m.actor, t)]
    return []


def patient_owner(entry: TriggerEntry, noun: Token, ctx,
                  read: Callable[[Token], list]) -> Optional[tuple[list, list]]:
    """(sources, targets) of an act noun whose owner suffers it and whose "by" agent does
    it (see the module), or None; ``read`` gives the actors of a phrase."""
    if (entry.type, entry.mode) not in PATIENT_MODES or noun.pos_ != "NOUN":
        return None
    agents = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              for g in c.children if g.dep_ == "pobj" for a in read(g)]
    owners: list[tuple[Actor, Token]] = []
    for c in noun.children:
        if c.dep_ != "poss":
            continue
        found = read(c)
        if not found and c.lower_ in POSSESSIVE_PRONOUNS:
            found = _antecedent(c, ctx)
        owners += found
    if not agents or not owners:
        return None
    return agents, owners
