"""Foreign ministers of African and Middle Eastern states (``data/kb/officials_fm_africa.csv``):
the knowledge base codes a named foreign minister with the state, sector GOV and the FM post
on a date inside the tenure, and not as foreign minister after it ends."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import assert_held_then_left, post_named, shipped_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Sudan: the minister of Hamdok's second government, before the October 2021 coup
    ("Mariam al-Sadiq al-Mahdi", date(2021, 6, 1), date(2022, 6, 1), "SDN",
     "Minister of Foreign Affairs"),
    # Niger: the diplomat who left the foreign ministry in April 2018
    ("Ibrahim Yacouba", date(2017, 3, 1), date(2019, 3, 1), "NER",
     "Minister of Foreign Affairs, Cooperation and African Integration"),
    # DR Congo: Tshisekedi's first foreign minister
    ("Marie Tumba Nzeza", date(2020, 5, 1), date(2022, 5, 1), "COD", "Minister of Foreign Affairs"),
    # Mali: the minister of September 2018 - May 2019
    ("Kamissa Camara", date(2019, 1, 15), date(2020, 1, 15), "MLI",
     "Minister of Foreign Affairs and International Cooperation"),
    # South Sudan: a minister dismissed in March 2023
    ("Mayiik Ayii Deng", date(2022, 6, 1), date(2023, 6, 1), "SSD",
     "Minister of Foreign Affairs and International Cooperation"),
])
def test_a_foreign_minister_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "FM")


@pytest.mark.parametrize("name,on,country", [
    ("Bakary Yaou Sangaré", date(2025, 6, 1), "NER"),
    ("Thérèse Kayikwamba Wagner", date(2025, 6, 1), "COD"),
    ("Abdoulaye Sabre Fadoul", date(2025, 6, 1), "TCD"),
])
def test_the_foreign_minister_in_office_today(kb, name, on, country):
    t = post_named(kb, name, on)
    assert (t.country, t.sector, t.office) == (country, "GOV", "FM")
    assert t.end is None


def test_an_accented_name_is_found_in_ascii(kb):
    t = post_named(kb, "Therese Kayikwamba Wagner", date(2024, 9, 1))
    assert (t.country, t.office) == ("COD", "FM")


def test_a_minister_who_held_the_post_twice_is_one_person(kb):
    """Nhial Deng Nhial, South Sudan's minister in 2011-2013 and 2018-2019, and a diplomat
    between: foreign minister in both terms, not in the gap."""
    people = kb.people_named("Nhial Deng Nhial", on=date(2012, 6, 1))
    assert len(people) == 1
    pid = people[0].id
    assert kb.post_on(pid, date(2012, 6, 1)).country == "SSD"
    assert kb.post_on(pid, date(2019, 1, 1)).office == "FM"
    assert kb.post_on(pid, date(2015, 6, 1)) is None


def test_a_foreign_minister_who_moved_to_an_international_body(kb):
    """Moussa Faki was Chad's foreign minister until February 2017, then chaired the AU
    Commission: the post on the event's date decides the coding."""
    pid = kb.people_named("Moussa Faki", on=date(2015, 1, 1))[0].id
    assert (kb.post_on(pid, date(2015, 1, 1)).country, kb.post_on(pid, date(2015, 1, 1)).office) == ("TCD", "FM")
    assert kb.post_on(pid, date(2020, 1, 1)).sector == "IGO"


def test_one_holder_a_day_in_each_state(kb):
    """On a day inside a tenure the state has one foreign minister."""
    for country, on in [("SDN", date(2012, 1, 1)), ("LBY", date(2022, 1, 1)), ("BFA", date(2023, 6, 1)),
                        ("SSD", date(2017, 1, 1))]:
        assert len(kb.office_holders(country, "FM", on)) == 1, country


def test_a_new_minister_leaves_the_surname_of_a_sitting_president_unambiguous(kb):
    """Rows whose surname alone would also name the head of state of the day are left out or
    written so that the surname stays the president's: 'Sall' in 2021, 'Traoré' in 2024."""
    assert [p.name for p in kb.people_named("Sall", on=date(2021, 6, 1))] == ["Macky Sall"]
    assert [p.name for p in kb.people_named("Traoré", on=date(2024, 6, 1))] == ["Ibrahim Traoré"]
    assert [p.name for p in kb.people_named("Touré", on=date(2010, 6, 1))] == ["Amadou Toumani Touré"]
