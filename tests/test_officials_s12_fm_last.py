"""Foreign ministers of Mongolia, Nepal, Somalia, São Tomé and Príncipe and Vanuatu
(``data/kb/officials_fm_last_s12.csv``): a named foreign minister is coded with the state, sector
GOV and the FM post on a date inside the tenure, and holds no foreign-ministry post after it
ends; a prime minister who kept the portfolio holds it only for those months."""

from __future__ import annotations

from datetime import date

import pytest

from officials_checks import assert_held_then_left, assert_holds_office, office_tenures_on, shipped_kb


@pytest.fixture(scope="module")
def kb():
    return shipped_kb()


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Mongolia: the Khurelsukh-cabinet minister of 2017-2020
    ("Damdin Tsogtbaatar", date(2019, 1, 1), date(2021, 6, 1), "MNG", "Minister of Foreign Affairs"),
    # Mongolia: Bayar's minister of 2008-2009, then prime minister (one id)
    ("Sükhbaataryn Batbold", date(2009, 3, 1), date(2010, 6, 1), "MNG", "Minister of Foreign Affairs"),
    # Mongolia: the Altankhuyag-cabinet minister of 2012-2014
    ("Luvsanvandan Bold", date(2013, 6, 1), date(2015, 6, 1), "MNG", "Minister of Foreign Affairs"),
    # Nepal: Oli's minister of 2018-2021
    ("Pradeep Gyawali", date(2019, 6, 1), date(2022, 1, 1), "NPL", "Minister of Foreign Affairs"),
    # Nepal: Dahal's minister of 2016-2017
    ("Prakash Sharan Mahat", date(2017, 1, 1), date(2018, 1, 1), "NPL", "Minister of Foreign Affairs"),
    # Nepal: the UML minister of January - February 2023
    ("Bimala Rai Paudyal", date(2023, 2, 1), date(2023, 6, 1), "NPL", "Minister of Foreign Affairs"),
    # Somalia: the minister sacked in November 2020 over a statement on Ethiopia
    ("Ahmed Isse Awad", date(2019, 6, 1), date(2021, 6, 1), "SOM", "Minister of Foreign Affairs"),
    # Somalia: Barre's minister of April 2024 - April 2025
    ("Ahmed Moallim Fiqi", date(2024, 10, 1), date(2025, 10, 1), "SOM", "Minister of Foreign Affairs"),
    # São Tomé and Príncipe: the minister of November 2022 - August 2023
    ("Alberto Neto Pereira", date(2023, 3, 1), date(2024, 3, 1), "STP",
     "Minister of Foreign Affairs, Cooperation and Communities"),
    # Somalia: Khaire's first foreign minister, dismissed in January 2018
    ("Yusuf Garaad Omar", date(2017, 6, 1), date(2018, 6, 1), "SOM", "Minister of Foreign Affairs"),
    # Vanuatu: Salwai's minister of 2016-2017
    ("Bruno Leingkone", date(2017, 1, 1), date(2018, 6, 1), "VUT", "Minister of Foreign Affairs"),
    # Vanuatu: Loughman's minister of 2020-2022
    ("Marc Ati", date(2021, 6, 1), date(2023, 6, 1), "VUT", "Minister of Foreign Affairs"),
])
def test_a_foreign_minister_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "FM")


@pytest.mark.parametrize("name,on,country", [
    ("Batmunkh Battsetseg", date(2025, 6, 1), "MNG"),
    ("Abdisalam Abdi Ali", date(2025, 9, 1), "SOM"),
    ("Ilza Amado Vaz", date(2025, 6, 1), "STP"),
])
def test_the_foreign_minister_in_office_today(kb, name, on, country):
    assert_holds_office(kb, name, on, country, "FM")


def test_a_minister_of_two_tenures_holds_the_post_in_both_and_not_between(kb):
    def fm_on(on):
        return office_tenures_on(kb, "Tsend Munkh-Orgil", date(2005, 1, 1), on, "FM")
    assert fm_on(date(2005, 1, 1)) and fm_on(date(2017, 1, 1))
    assert not fm_on(date(2010, 1, 1))


def test_a_prime_minister_who_kept_the_foreign_portfolio_holds_it_only_for_those_months(kb):
    inside = office_tenures_on(kb, "Sher Bahadur Deuba", date(2021, 8, 15), date(2021, 8, 15), "FM")
    assert inside and inside[0].country == "NPL"
    assert not office_tenures_on(kb, "Sher Bahadur Deuba", date(2021, 8, 15), date(2022, 6, 1), "FM")
