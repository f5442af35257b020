"""Meetings between branches of one state: a consultation of two office holders.

Two organs of one state are domestic business and no event (``candidate.within_one_state``),
but a meeting of two people who hold office in different branches of the same state is a
consultation between actors of its politics: "Vice President Mike Pence briefed House
Speaker Nancy Pelosi on the attacks" (USA/GOV -> USA/LEG), "Prime Minister Shehbaz Sharif
met army chief General Asim Munir" (PAK/GOV -> PAK/MIL), "President Cyril Ramaphosa held
talks with Chief Justice Raymond Zondo" (ZAF/GOV -> ZAF/JUD). Only ``CONSULT``, only between
two people the knowledge base places in office (a bare organ, "the government met the
army", stays domestic), and only across branches (two ministers of one cabinet do not
consult each other as actors). Rule ``branch-meeting``.
"""

from __future__ import annotations

from dragoman.actors.kb import KnowledgeBase
from dragoman.models import Actor

RULE = "branch-meeting"
#: acts two branches of one state do with each other
BRANCH_TYPES = {"CONSULT"}
#: the branches of a state: executive, armed forces, intelligence, legislature, courts
BRANCH_SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD"}


def is_office_holder(actor: Actor) -> bool:
    """An actor the knowledge base knows as a person (its own tables or an imported one)."""
    return bool(actor.kb_id) and actor.kb_id in KnowledgeBase.default().people


def branch_meeting(type_: str, a: Actor, b: Actor) -> bool:
    """Whether an act between two actors of one state is a meeting of office holders of
    two of its branches (see the module)."""
    return (type_ in BRANCH_TYPES and is_office_holder(a) and is_office_holder(b) and bool(a.country)
            and a.country == b.country and a.sector in BRANCH_SECTORS and b.sector in BRANCH_SECTORS
            and a.sector != b.sector)
