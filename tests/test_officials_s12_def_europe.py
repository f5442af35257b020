"""Defence ministers of Central, Baltic and South-Eastern Europe and Luxembourg (``data/kb/officials_def_europe_s12.csv``):
a named defence minister is coded with the state, sector GOV and the DEF post on a date inside the
tenure, and holds no defence post on a date after it ends; a minister who served twice holds the
post in both tenures and not between them."""

from __future__ import annotations

from datetime import date

import pytest

from officials_checks import assert_held_then_left, assert_holds_office, office_tenures_on, shipped_kb


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
    # Estonia: Ansip's minister of 2012-2014
    ("Urmas Reinsalu", date(2013, 1, 1), date(2015, 1, 1), "EST", "Minister of Defence"),
    # Lithuania: Kubilius's minister of 2008-2012
    ("Rasa Juknevičienė", date(2010, 6, 1), date(2014, 1, 1), "LTU", "Minister of National Defence"),
    # Moldova: the Sandu-cabinet minister of 2019, then interior minister
    ("Pavel Voicu", date(2019, 9, 1), date(2020, 6, 1), "MDA", "Minister of Defence"),
    # Lithuania: minister of 2000-2004, later foreign minister (one id)
    ("Linas Linkevičius", date(2002, 6, 1), date(2013, 6, 1), "LTU", "Minister of National Defence"),
    # Albania: the former prime minister as Nano's defence minister
    ("Pandeli Majko", date(2003, 6, 1), date(2006, 6, 1), "ALB", "Minister of Defence"),
    # North Macedonia: minister of 2013-2014, prime minister in 2024 (one id)
    ("Talat Xhaferi", date(2013, 6, 1), date(2015, 6, 1), "MKD", "Minister of Defence"),
    # Moldova: the minister of 2009-2014, who resigned after a row with the president
    ("Vitalie Marinuța", date(2012, 6, 1), date(2015, 6, 1), "MDA", "Minister of Defence"),
    # Latvia: the minister of the Kučinskis government
    ("Raimonds Bergmanis", date(2017, 1, 1), date(2020, 1, 1), "LVA", "Minister of Defence"),
    # Lithuania: Šimonytė's minister, to March 2024
    ("Arvydas Anušauskas", date(2022, 6, 1), date(2024, 6, 1), "LTU", "Minister of National Defence"),
    # Albania: Rama's minister of 2021-2024
    ("Niko Peleshi", date(2022, 6, 1), date(2025, 1, 1), "ALB", "Minister of Defence"),
    # North Macedonia: Zaev's minister of 2017-2022
    ("Radmila Šekerinska", date(2019, 1, 1), date(2023, 1, 1), "MKD", "Minister of Defence"),
    # Montenegro: Marković's minister, at NATO accession
    ("Predrag Bošković", date(2017, 6, 5), date(2021, 6, 1), "MNE", "Minister of Defence"),
    # Bosnia and Herzegovina: the minister of the Zvizdić council
    ("Marina Pendeš", date(2017, 1, 1), date(2020, 6, 1), "BIH", "Minister of Defence"),
    # Kosovo: Kurti's minister of 2021-2023
    ("Armend Mehaj", date(2022, 1, 1), date(2024, 1, 1), "XKX", "Minister of Defence"),
    # Kosovo: the Mustafa-cabinet minister for the Kosovo Security Force
    ("Haki Demolli", date(2016, 1, 1), date(2018, 1, 1), "XKX", "Minister for the Kosovo Security Force"),
    # Luxembourg: the minister of Bettel's second government
    ("François Bausch", date(2021, 1, 1), date(2024, 1, 1), "LUX", "Minister of Defence"),
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
    # Estonia: minister in 2002-2003 and again in 2014-2015
    ("Sven Mikser", date(2002, 6, 1), date(2008, 1, 1), date(2015, 1, 1), "EST"),
    # North Macedonia: minister in 2001 and again in 2002-2004
    ("Vlado Bučkovski", date(2001, 7, 1), date(2002, 3, 1), date(2003, 6, 1), "MKD"),
])
def test_a_minister_of_two_tenures_holds_the_post_in_both_and_not_between(kb, name, first, between, second,
                                                                           country):
    for on in (first, second):
        assert_holds_office(kb, name, on, country, "DEF")
    assert not office_tenures_on(kb, name, first, between, "DEF")


# The defence minister of each state on 1 June 2025 (Lithuania's of today took office in November 2025).
IN_OFFICE_2025 = {
    "BGR": "Atanas Zapryanov", "HRV": "Ivan Anušić", "SVK": "Robert Kaliňák", "SVN": "Borut Sajovic",
    "EST": "Hanno Pevkur", "LVA": "Andris Sprūds", "MKD": "Vlado Misajlovski", "MNE": "Dragan Krapović",
    "BIH": "Zukan Helez", "MDA": "Anatolie Nosatîi", "XKX": "Ejup Maqedonci", "LUX": "Yuriko Backes",
}


@pytest.mark.parametrize("country,name", sorted(IN_OFFICE_2025.items()))
def test_the_defence_minister_in_office_today(kb, country, name):
    assert_holds_office(kb, name, date(2025, 6, 1), country, "DEF")


def test_lithuanias_minister_of_today_follows_the_dismissed_one(kb):
    assert_holds_office(kb, "Robertas Kaunas", date(2026, 1, 15), "LTU", "DEF")
    assert not office_tenures_on(kb, "Dovilė Šakalienė", date(2025, 6, 1), date(2026, 1, 15), "DEF")


def test_a_prime_minister_who_ran_the_defence_ministry_holds_it_only_for_those_months(kb):
    inside = office_tenures_on(kb, "Robert Golob", date(2024, 8, 15), date(2024, 8, 15), "DEF")
    assert inside and inside[0].country == "SVN"
    assert not office_tenures_on(kb, "Robert Golob", date(2024, 8, 15), date(2025, 3, 1), "DEF")
