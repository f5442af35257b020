"""Officials named by their principal: "Putin's spokesman", "Erdogan's chief adviser".

A person's role owned through a possessive by a known person who holds a post of a state
is an official of that state (coding guide §3: a person is coded by their post; an
official named by post whose name the knowledge base does not know is still of that
state): the role takes the principal's country, and the role's own sector (``GOV``
when it names none). A name set in apposition to the role ("Putin's spokesman, Dmitry
Peskov, said") that the knowledge base does not know takes the same country and sector
(rule ``principal-official``). Runs after coreference, so that a principal named by
surname only ("Putin's") is known.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dragoman.actors.mentions import Candidate
from dragoman.models import Actor

#: possessive markers between the principal and the role
POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
#: sectors of a principal whose officials serve the same state
PRINCIPAL_SECTORS = {"GOV", "MIL", "LEG"}
#: words that may stand between the possessive and the role noun ("Putin's chief spokesman")
MAX_GAP = 3
UNKNOWN_NAME_RULES = {"name-unknown", "title+name"}


def _principal(c: Candidate, by_end: dict[int, Candidate], sdoc: Doc):
    """The known state-post person whose possessive owns role ``c``, or None."""
    for k in range(c.start - 1, max(-1, c.start - 1 - MAX_GAP), -1):
        if sdoc[k].text not in POSSESSIVES:
            continue
        p = by_end.get(k)
        a = p.actor if p is not None else None
        if a is not None and p.kind == "name" and a.kb_id and a.country and a.sector in PRINCIPAL_SECTORS:
            return p
        return None
    return None


def code_principals_officials(cands: list[Candidate], sdoc: Doc) -> None:
    """Give each person's role a principal owns, and a name in apposition to it, the
    principal's state (see the module)."""
    by_end = {c.end: c for c in cands if c.kind == "name"}
    by_token = {t: c for c in cands for t in range(c.start, c.end)}
    for c in cands:
        if c.role_kind != "person" or c.kind not in ("role", "nominal") or c.head is None:
            continue
        if c.actor is not None and c.actor.country:
            continue
        p = _principal(c, by_end, sdoc)
        if p is None:
            continue
        sector = (c.actor.sector if c.actor else None) or c.sector_hint or "GOV"
        note = sdoc[p.start:c.end].text
        c.actor = Actor(country=p.actor.country, sector=sector, rule="principal-official", note=note)
        head = sdoc[c.head]
        linked = [t for t in head.children if t.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
        for t in linked:
            n = by_token.get(t.i)
            if n is None or n.kind != "name" or n.actor is None or n.actor.kb_id or n.actor.country:
                continue
            if n.actor.rule not in UNKNOWN_NAME_RULES:
                continue
            n.actor = Actor(country=p.actor.country, sector=sector, name=n.actor.name, rule="principal-official",
                            note=note)
    # later short mentions of the official ("Peskov said") take what the full name was given,
    # also through an earlier short mention ("Peskov said ... Peskov added")
    for c in cands:
        ante = c.info.get("antecedent")
        chained = c.kind == "name" and (ante.actor.rule or "").endswith("principal-official") if ante and ante.actor else False
        if (c.actor is not None and ante is not None and ante.actor is not None and not c.actor.country
                and (ante.actor.rule == "principal-official" or chained) and c.actor.name == ante.actor.name):
            c.actor = ante.actor.model_copy(update={"rule": "coref-surname+principal-official"})
