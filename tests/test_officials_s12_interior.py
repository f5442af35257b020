"""Interior ministers of the big states (``data/kb/officials_int_s12.csv``): the knowledge base
codes a named interior (home affairs, public or national security) minister with the state,
sector GOV and the INT post on a date inside the tenure, and not as interior minister after it
ends."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import assert_held_then_left, shipped_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


def _interior_posts(kb: KnowledgeBase, name: str, on: date):
    people = kb.people_named(name, on=on)
    assert people, name
    return people[0], [t for t in people[0].tenures if t.office == "INT" and t.covers(on)]


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Israel: the public security minister of 2015 - 2020 (the ministry that runs the police)
    ("Gilad Erdan", date(2017, 6, 1), date(2021, 1, 1), "ISR", "Minister of Public Security"),
    # Germany: the minister of the first Merkel cabinet
    ("Wolfgang Schäuble", date(2007, 6, 1), date(2010, 6, 1), "DEU", "Federal Minister of the Interior"),
    # France: the minister of October 2018 - July 2020
    ("Christophe Castaner", date(2019, 6, 1), date(2021, 1, 1), "FRA", "Minister of the Interior"),
    # Italy: the minister of the first Conte government
    ("Matteo Salvini", date(2019, 1, 15), date(2020, 1, 15), "ITA", "Minister of the Interior"),
])
def test_an_interior_minister_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "INT")


@pytest.mark.parametrize("name,on,country", [
    ("Alexander Dobrindt", date(2026, 1, 15), "DEU"),
    ("Laurent Nuñez", date(2026, 1, 15), "FRA"),
    ("Matteo Piantedosi", date(2025, 6, 1), "ITA"),
])
def test_the_interior_minister_in_office_today(kb, name, on, country):
    _, tenures = _interior_posts(kb, name, on)
    assert [(t.country, t.sector, t.end) for t in tenures] == [(country, "GOV", None)]


def test_a_minister_who_left_and_came_back_is_one_person_with_a_gap(kb):
    """Ben-Gvir resigned in January 2025 over the Gaza ceasefire and was reappointed in March."""
    person, tenures = _interior_posts(kb, "Itamar Ben-Gvir", date(2024, 6, 1))
    assert tenures and tenures[0].country == "ISR"
    assert not [t for t in person.tenures if t.office == "INT" and t.covers(date(2025, 2, 15))]
    assert [t for t in person.tenures if t.office == "INT" and t.covers(date(2025, 6, 1))]


def test_a_prime_minister_who_had_been_interior_minister_keeps_one_id(kb):
    """Valls and Cazeneuve ran the French interior ministry before Matignon; Amato was Italy's
    prime minister in 2000-2001 and its interior minister in 2006-2008."""
    for name, as_int, as_hog, country in [("Manuel Valls", date(2013, 6, 1), date(2015, 6, 1), "FRA"),
                                          ("Bernard Cazeneuve", date(2015, 6, 1), date(2017, 2, 1), "FRA"),
                                          ("Giuliano Amato", date(2007, 6, 1), date(2000, 10, 1), "ITA")]:
        people = kb.people_named(name, on=as_int)
        assert len(people) == 1, name
        assert kb.post_on(people[0].id, as_int).office == "INT", name
        assert kb.post_on(people[0].id, as_hog).office == "HOG", name
        assert kb.post_on(people[0].id, as_int).country == country


def test_one_interior_minister_a_day_in_each_state(kb):
    for country, on in [("ISR", date(2005, 1, 1)), ("DEU", date(2012, 1, 1)), ("FRA", date(2008, 1, 1)),
                        ("ITA", date(2004, 1, 1))]:
        assert len(kb.office_holders(country, "INT", on)) == 1, country
