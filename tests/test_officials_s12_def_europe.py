"""Defence ministers of Central and South-Eastern Europe (``data/kb/officials_def_europe_s12.csv``):
a named defence minister is coded with the state, sector GOV and the DEF post on a date inside the
tenure, and holds no defence post on a date after it ends; a minister who served twice holds the
post in both tenures and not between them."""

from __future__ import annotations

from datetime import date

import pytest

from officials_checks import assert_held_then_left, post_named, shipped_kb


@pytest.fixture(scope="module")
def kb():
    return shipped_kb()


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Bulgaria: the minister of the Petkov government, dismissed on 1 March 2022
    ("Dragomir Zakov", date(2022, 5, 1), date(2023, 1, 1), "BGR", "Minister of Defence"),
    # Bulgaria: Borisov's third-cabinet minister and deputy prime minister
    ("Krasimir Karakachanov", date(2019, 6, 1), date(2021, 9, 1), "BGR",
     "Deputy Prime Minister and Minister of Defence"),
    # Croatia: the minister of 2020-2023, relieved after a car crash
    ("Mario Banožić", date(2022, 1, 1), date(2024, 1, 1), "HRV", "Minister of Defence"),
    # Croatia: Milanović's minister
    ("Ante Kotromanović", date(2014, 1, 1), date(2017, 1, 1), "HRV", "Minister of Defence"),
    # Slovakia: the minister of the Matovič and Heger governments
    ("Jaroslav Naď", date(2021, 6, 1), date(2024, 1, 1), "SVK", "Minister of Defence"),
    # Slovakia: the caretaker minister of May - October 2023
    ("Martin Sklenár", date(2023, 7, 1), date(2024, 3, 1), "SVK", "Minister of Defence"),
    # Slovenia: the Janša-government minister of 2020-2022
    ("Matej Tonin", date(2021, 1, 1), date(2023, 1, 1), "SVN", "Minister of Defence"),
    # Slovenia: Cerar's minister, appointed in May 2015
    ("Andreja Katič", date(2016, 6, 1), date(2019, 6, 1), "SVN", "Minister of Defence"),
])
def test_a_defence_minister_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "DEF")


@pytest.mark.parametrize("name,first,between,second,country", [
    # Bulgaria: caretaker minister in 2013 and minister of the Denkov government
    ("Todor Tagarev", date(2013, 4, 15), date(2018, 1, 1), date(2023, 10, 1), "BGR"),
    # Bulgaria: caretaker minister in 2017, then minister of the Petkov government
    ("Stefan Yanev", date(2017, 3, 1), date(2019, 1, 1), date(2022, 1, 15), "BGR"),
    # Slovenia: Janša's minister of 2004-2008 and Šarec's of 2018-2020
    ("Karl Erjavec", date(2006, 1, 1), date(2014, 1, 1), date(2019, 1, 1), "SVN"),
])
def test_a_minister_of_two_tenures_holds_the_post_in_both_and_not_between(kb, name, first, between, second,
                                                                           country):
    for on in (first, second):
        t = post_named(kb, name, on)
        assert (t.country, t.office) == (country, "DEF"), (name, on)
    pid = kb.people_named(name, on=first)[0].id
    assert not [t for t in kb.people[pid].tenures if t.office == "DEF" and t.covers(between)]


@pytest.mark.parametrize("name,on,country", [
    ("Atanas Zapryanov", date(2025, 6, 1), "BGR"),
    ("Ivan Anušić", date(2025, 6, 1), "HRV"),
    ("Robert Kaliňák", date(2025, 6, 1), "SVK"),
    ("Borut Sajovic", date(2025, 6, 1), "SVN"),
])
def test_the_defence_minister_in_office_today(kb, name, on, country):
    t = post_named(kb, name, on)
    assert (t.country, t.office, t.sector) == (country, "DEF", "GOV")


def test_a_prime_minister_who_ran_the_defence_ministry_holds_it_only_for_those_months(kb):
    golob = kb.people_named("Robert Golob", on=date(2024, 8, 15))[0].id
    inside = [t for t in kb.people[golob].tenures if t.office == "DEF" and t.covers(date(2024, 8, 15))]
    assert inside and inside[0].country == "SVN"
    assert not [t for t in kb.people[golob].tenures if t.office == "DEF" and t.covers(date(2025, 3, 1))]
