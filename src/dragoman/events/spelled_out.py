"""Pruners of the registry for an act that another act of the same clause spells out
(session 9): a retaliation told by how it was done, and a deployment told by what the
forces were sent to do.

- ``drop_spelled_out_retaliations``: "X retaliated, hitting Y's goods" / "X retaliated
  by expelling Y's envoys": the retaliation is the act that says how it was done (a
  SANCTION, a COERCE, ...), not an attack of its own with no addressee beside it.
- ``deployment_purposes``: "forces deployed to fight X" / "troops sent to crush the
  rebels": the fight is the purpose of the deployment, not an attack the sentence states;
  the deployment (MOBILIZE) is against the one they were sent to fight.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dragoman.events.candidate import Candidate


#: trigger words of a retaliation whose type the sentence may spell out by another act
RETALIATION_WORDS = {"retaliate", "retaliation", "respond", "response", "reciprocate", "hit back", "strike back"}
#: acts a deployment may be sent to carry out ("deployed to fight X")
PURPOSE_TYPES = {"ASSAULT", "COERCE"}


def _is_retaliation(c: Candidate) -> bool:
    return c.trigger.lemma_.lower() in RETALIATION_WORDS and c.target is None


def _within(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is in the subtree of ``head`` (and is not ``head``)."""
    return tok.i != head.i and head.left_edge.i <= tok.i <= head.right_edge.i and \
        any(a.i == head.i for a in tok.ancestors)


def drop_spelled_out_retaliations(cands: list[Candidate]) -> list[Candidate]:
    """A retaliation with no addressee of its own gives way to an act of the same source
    that its clause spells it out by ("retaliated in kind, hitting Y's imports",
    "retaliated by expelling Y's diplomats"): that act is the retaliation, typed by what
    was done. A retaliation told with nothing of the kind stays."""
    out = []
    for c in cands:
        if _is_retaliation(c) and any(
                d is not c and d.target is not None and d.source.key() == c.source.key()
                and _within(d.trigger, c.trigger) for d in cands):
            continue
        out.append(c)
    return out


def _purpose_verb(tok: Token, deployment: Token) -> bool:
    """Whether ``tok`` is the infinitive of purpose of a deployment verb: "deployed to
    fight X", "sent in to crush the revolt" (an xcomp or advcl with "to")."""
    return tok.head.i == deployment.i and tok.dep_ in ("xcomp", "advcl") and tok.i > deployment.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def deployment_purposes(cands: list[Candidate]) -> list[Candidate]:
    """"Forces deployed to fight X": the attack under the deployment's infinitive of
    purpose is what the forces were sent to do, not an act the sentence states; it is
    dropped, and a deployment with no addressee takes the purpose's target (MOBILIZE,
    forces → X). A deployment that names its own addressee keeps it."""
    drop: set[int] = set()
    retarget: dict[int, Candidate] = {}
    for m in cands:
        if m.type != "MOBILIZE":
            continue
        for d in cands:
            if d.type in PURPOSE_TYPES and d.source.key() == m.source.key() and _purpose_verb(d.trigger, m.trigger):
                drop.add(id(d))
                if m.target is None and d.target is not None and id(m) not in retarget:
                    retarget[id(m)] = d
    out = []
    for c in cands:
        if id(c) in drop:
            continue
        d = retarget.get(id(c))
        if d is not None:
            c = replace(c, target=d.target, target_tok=d.target_tok, rules=c.rules + ["deployment-purpose"])
        out.append(c)
    return out
