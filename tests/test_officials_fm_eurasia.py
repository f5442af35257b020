"""Foreign ministers of the Balkans, the Baltic and small European states, Taiwan, the
Holy See, Thailand and Laos (``data/kb/officials_fm_eurasia.csv``): the knowledge base codes a named foreign
minister with the state, sector GOV and the foreign-minister post on a day inside the
tenure, and no longer with that post once the tenure has ended."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import shipped_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


# (name as the press writes it, a day inside the tenure, state, post, a day after it ended)
CASES = [
    ("Joseph Wu", date(2021, 3, 1), "TWN", "Minister of Foreign Affairs", date(2024, 9, 1)),
    ("Vuk Jeremic", date(2010, 6, 1), "SRB", "Minister of Foreign Affairs", date(2013, 1, 1)),
    ("Lubomír Zaorálek", date(2016, 2, 1), "CZE", "Minister of Foreign Affairs", date(2019, 1, 1)),
    ("Urmas Paet", date(2009, 5, 1), "EST", "Minister of Foreign Affairs", date(2015, 6, 1)),
    ("Simon Coveney", date(2019, 10, 1), "IRL", "Minister for Foreign Affairs", date(2023, 6, 1)),
    ("Dominique Mamberti", date(2010, 1, 1), "VAT", "Secretary for Relations with States", date(2016, 1, 1)),
    ("Kasit Piromya", date(2010, 5, 1), "THA", "Minister of Foreign Affairs", date(2012, 1, 1)),
    ("Solomon Passy", date(2003, 3, 1), "BGR", "Minister of Foreign Affairs", date(2006, 1, 1)),
    ("Aurelia Frick", date(2015, 6, 1), "LIE", "Minister of Foreign Affairs", date(2020, 6, 1)),
]


@pytest.mark.parametrize("name,on,country,post,after", CASES)
def test_a_foreign_minister_is_coded_by_the_post_held_on_the_day(kb, name, on, country, post, after):
    people = kb.people_named(name, on=on)
    assert people, name
    tenure = kb.post_on(people[0].id, on)
    assert (tenure.country, tenure.sector, tenure.post) == (country, "GOV", post)
    later = kb.post_on(people[0].id, after)
    assert later is None or (later.country, later.post) != (country, post)


def test_a_prime_minister_who_was_foreign_minister_keeps_one_id(kb):
    """Ivica Dačić: prime minister of Serbia 2012-2014, then foreign minister."""
    pm = kb.post_on(kb.people_named("Ivica Dačić", on=date(2013, 6, 1))[0].id, date(2013, 6, 1))
    fm = kb.post_on(kb.people_named("Ivica Dačić", on=date(2016, 6, 1))[0].id, date(2016, 6, 1))
    assert (pm.country, pm.post) == ("SRB", "Prime Minister")
    assert fm.country == "SRB" and "Foreign Affairs" in fm.post


def test_the_foreign_minister_on_a_day_is_the_holder_of_that_day(kb):
    """Two holders of one ministry in one year: each answers for his own months."""
    before = kb.people_named("Vygaudas Ušackas", on=date(2009, 6, 1))[0]
    after = kb.people_named("Audronius Ažubalis", on=date(2011, 6, 1))[0]
    assert kb.post_on(before.id, date(2009, 6, 1)).country == "LTU"
    assert kb.post_on(before.id, date(2011, 6, 1)) is None
    assert kb.post_on(after.id, date(2011, 6, 1)).country == "LTU"
