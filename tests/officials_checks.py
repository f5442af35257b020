"""Checks shared by the officials test files (``test_officials_*.py``): the shipped
knowledge base, loaded once, and "this person held this post on one day and no longer on
a later one"."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from dragoman.actors.kb import KnowledgeBase


@lru_cache(maxsize=1)
def shipped_kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def post_named(kb: KnowledgeBase, name: str, on: date):
    """The post held on ``on`` by the first person the name gives on that day."""
    people = kb.people_named(name, on=on)
    assert people, name
    return kb.post_on(people[0].id, on)


def assert_held_then_left(kb: KnowledgeBase, name: str, inside: date, after: date, country: str, post: str,
                          office: str, sector: str = "GOV") -> None:
    """The name codes ``country``/``sector`` in ``post`` (``office``) inside the tenure, and
    that person holds no such office on ``after``."""
    t = post_named(kb, name, inside)
    assert (t.country, t.sector, t.post, t.office) == (country, sector, post, office)
    later = kb.post_on(kb.people_named(name, on=inside)[0].id, after)
    assert later is None or later.office != office


def assert_holds_office(kb: KnowledgeBase, name: str, on: date, country: str, office: str) -> None:
    """The name codes ``country``/GOV in an ``office`` post on ``on``."""
    t = post_named(kb, name, on)
    assert (t.country, t.office, t.sector) == (country, office, "GOV"), (name, on)


def office_tenures_on(kb: KnowledgeBase, name: str, named_on: date, on: date, office: str) -> list:
    """The ``office`` tenures covering ``on`` of the person the name gives on ``named_on``."""
    pid = kb.people_named(name, on=named_on)[0].id
    return [t for t in kb.people[pid].tenures if t.office == office and t.covers(on)]
