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
    # Spain: the minister of Zapatero's governments, 2006 - 2011
    ("Alfredo Pérez Rubalcaba", date(2009, 6, 1), date(2012, 6, 1), "ESP", "Minister of the Interior"),
    # Egypt: the minister of 2013 - 2015 (the Rabaa dispersal)
    ("Mohamed Ibrahim", date(2013, 8, 14), date(2016, 1, 1), "EGY", "Minister of Interior"),
    # Saudi Arabia: the crown prince's cousin who ran the ministry 2012 - 2017
    ("Muhammad bin Nayef", date(2014, 6, 1), date(2018, 1, 1), "SAU", "Minister of Interior"),
    # China: the public security minister of 2012 - 2017
    ("Guo Shengkun", date(2015, 6, 1), date(2018, 6, 1), "CHN", "Minister of Public Security"),
    # South Africa: the police minister of 2018 - 2024
    ("Bheki Cele", date(2021, 7, 15), date(2024, 9, 1), "ZAF", "Minister of Police"),
    # Poland: the minister of 2019 - 2023
    ("Mariusz Kamiński", date(2021, 9, 1), date(2024, 6, 1), "POL", "Minister of the Interior and Administration"),
    # Nigeria: the minister of Buhari's second term
    ("Rauf Aregbesola", date(2021, 6, 1), date(2024, 1, 1), "NGA", "Minister of Interior"),
    # Turkey: the minister of 2016 - 2023
    ("Süleyman Soylu", date(2020, 6, 1), date(2024, 1, 1), "TUR", "Minister of the Interior"),
    # India: the home minister of the 2008 Mumbai attacks
    ("Shivraj Patil", date(2008, 11, 27), date(2009, 6, 1), "IND", "Minister of Home Affairs"),
    # Iran: the minister of the Raisi government
    ("Ahmad Vahidi", date(2022, 10, 1), date(2025, 1, 1), "IRN", "Minister of Interior"),
    # Colombia: Petro's minister of 2025 - August 2026
    ("Armando Benedetti", date(2025, 6, 1), date(2026, 9, 1), "COL", "Minister of the Interior"),
    # Colombia: Uribe's minister of the interior and justice, June 2008 - August 2010
    ("Fabio Valencia Cossio", date(2009, 6, 1), date(2011, 1, 1), "COL", "Minister of the Interior and Justice"),
    # Colombia: Duque's minister of January 2021 - August 2022
    ("Daniel Palacios", date(2021, 6, 1), date(2022, 9, 1), "COL", "Minister of the Interior"),
    # South Korea: the minister of the 2022 Itaewon crowd crush, kept in office after the impeachment failed
    ("Lee Sang-min", date(2023, 9, 1), date(2025, 1, 15), "KOR", "Minister of the Interior and Safety"),
    # Philippines: Duterte's interior secretary of November 2018 - June 2022
    ("Eduardo Año", date(2020, 6, 1), date(2022, 9, 1), "PHL", "Secretary of the Interior and Local Government"),
    # Philippines: Aquino's interior secretary of September 2012 - September 2015
    ("Mar Roxas", date(2013, 11, 8), date(2016, 3, 1), "PHL", "Secretary of the Interior and Local Government"),
    # Kenya: the minister who announced the 2011 incursion into Somalia, killed in June 2012
    ("George Saitoti", date(2011, 10, 20), date(2012, 7, 1), "KEN", "Minister for Internal Security"),
    # Iran: Khatami's minister, 1998 - August 2005
    ("Abdolvahed Mousavi Lari", date(2003, 6, 1), date(2006, 1, 1), "IRN", "Minister of Interior"),
    # Belarus: the minister of the 2020 crackdown, June 2019 - October 2020
    ("Yury Karayev", date(2020, 8, 15), date(2021, 3, 1), "BLR", "Minister of Internal Affairs"),
    # Kenya: the cabinet secretary of 2014 - 2017
    ("Joseph Nkaissery", date(2016, 1, 1), date(2018, 1, 1), "KEN",
     "Cabinet Secretary for Interior and Coordination of National Government"),
    # Azerbaijan: the minister of 1994 - June 2019
    ("Ramil Usubov", date(2010, 1, 1), date(2020, 1, 1), "AZE", "Minister of Internal Affairs"),
    # Iraq: the minister of the Kadhimi government
    ("Othman al-Ghanmi", date(2021, 6, 1), date(2023, 6, 1), "IRQ", "Minister of Interior"),
    # Syria: the minister of April 2011 - November 2018
    ("Mohammad al-Shaar", date(2013, 1, 1), date(2019, 6, 1), "SYR", "Minister of Interior"),
    # Indonesia: the minister of Jokowi's first term
    ("Tjahjo Kumolo", date(2017, 1, 1), date(2020, 1, 1), "IDN", "Minister of Home Affairs"),
    # Australia: the minister of March 2021 - May 2022
    ("Karen Andrews", date(2021, 9, 1), date(2023, 1, 1), "AUS", "Minister for Home Affairs"),
    # Canada: the minister of the 2022 convoy protests
    ("Marco Mendicino", date(2022, 2, 14), date(2024, 1, 1), "CAN", "Minister of Public Safety"),
    # Mexico: the Secretary of the Interior of 2012 - 2018
    ("Miguel Ángel Osorio Chong", date(2015, 1, 1), date(2019, 1, 1), "MEX", "Secretary of the Interior"),
    # Bangladesh: the home minister of 2019 - August 2024
    ("Asaduzzaman Khan Kamal", date(2022, 1, 1), date(2025, 1, 1), "BGD", "Minister of Home Affairs"),
    # Brazil: the minister of the 8 January 2023 riots' aftermath
    ("Flávio Dino", date(2023, 1, 9), date(2024, 6, 1), "BRA", "Minister of Justice and Public Security"),
])
def test_an_interior_minister_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "INT")


@pytest.mark.parametrize("name,on,country", [
    ("Alexander Dobrindt", date(2026, 1, 15), "DEU"),
    ("Laurent Nuñez", date(2026, 1, 15), "FRA"),
    ("Matteo Piantedosi", date(2025, 6, 1), "ITA"),
    ("Fernando Grande-Marlaska", date(2025, 6, 1), "ESP"),
    ("Mahmoud Tawfik", date(2025, 6, 1), "EGY"),
    ("Firoz Cachalia", date(2026, 1, 15), "ZAF"),
    ("Mustafa Çiftçi", date(2026, 6, 1), "TUR"),
    ("Amit Shah", date(2025, 6, 1), "IND"),
    ("Eskandar Momeni", date(2025, 6, 1), "IRN"),
    ("Ivan Kubrakov", date(2025, 6, 1), "BLR"),
    ("Kipchumba Murkomen", date(2025, 6, 1), "KEN"),
    ("Vilayat Eyvazov", date(2025, 6, 1), "AZE"),
    ("Anas Khattab", date(2025, 9, 1), "SYR"),
    ("Tito Karnavian", date(2025, 6, 1), "IDN"),
    ("Tony Burke", date(2025, 6, 1), "AUS"),
    ("Gary Anandasangaree", date(2025, 9, 1), "CAN"),
    ("Jonvic Remulla", date(2025, 6, 1), "PHL"),
    ("Alejandra Monteoliva", date(2026, 1, 15), "ARG"),
])
def test_the_interior_minister_in_office_today(kb, name, on, country):
    _, tenures = _interior_posts(kb, name, on)
    assert [(t.country, t.sector, t.end) for t in tenures] == [(country, "GOV", None)]


@pytest.mark.parametrize("name,first,gap,second,country", [
    # resigned in January 2025 over the Gaza ceasefire, reappointed in March
    ("Itamar Ben-Gvir", date(2024, 6, 1), date(2025, 2, 15), date(2025, 6, 1), "ISR"),
    # Argentina's security minister in 2015-2019 and 2023-2025
    ("Patricia Bullrich", date(2017, 6, 1), date(2021, 6, 1), date(2024, 6, 1), "ARG"),
    # Colombia's interior minister under Santos (2014-2017) and again under Petro (2024-2025)
    ("Juan Fernando Cristo", date(2016, 1, 1), date(2020, 6, 1), date(2024, 9, 1), "COL"),
])
def test_a_minister_who_left_and_came_back_is_one_person_with_a_gap(kb, name, first, gap, second, country):
    person, tenures = _interior_posts(kb, name, first)
    assert tenures and tenures[0].country == country
    assert not [t for t in person.tenures if t.office == "INT" and t.covers(gap)]
    assert [t for t in person.tenures if t.office == "INT" and t.covers(second)]


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
                        ("ITA", date(2004, 1, 1)), ("ESP", date(2003, 1, 1)), ("EGY", date(2012, 1, 1)),
                        ("CHN", date(2010, 1, 1)), ("POL", date(2017, 1, 1)), ("TUR", date(2012, 1, 1)),
                        ("IRN", date(2011, 1, 1)), ("COL", date(2022, 1, 1))]:
        assert len(kb.office_holders(country, "INT", on)) == 1, country


def test_the_same_name_in_two_tenures_is_two_people_when_they_are_two_people(kb):
    """Egypt had two interior ministers called Ibrahim a year apart: Mohamed Youssef Ibrahim
    (Ganzouri cabinet, 2011-2012) and Mohamed Ibrahim (2013-2015)."""
    first = kb.people_named("Mohamed Youssef Ibrahim", on=date(2012, 3, 1))
    second = kb.people_named("Mohamed Ibrahim", on=date(2014, 3, 1))
    assert first and second and first[0].id != second[0].id
    assert kb.post_on(first[0].id, date(2012, 3, 1)).office == "INT"
    assert kb.post_on(first[0].id, date(2014, 3, 1)) is None


def test_a_prime_minister_acting_at_the_interior_holds_both_posts(kb):
    """Iraq's prime minister Nouri al-Maliki kept the interior ministry as acting minister from
    December 2010 to September 2014: one person, prime minister and acting interior minister."""
    people = kb.people_named("Nouri al-Maliki", on=date(2012, 6, 1))
    assert len(people) == 1
    offices = {t.office for t in people[0].tenures if t.covers(date(2012, 6, 1))}
    assert {"HOG", "INT"} <= offices
    assert len(kb.office_holders("IRQ", "INT", date(2012, 6, 1))) == 1


def test_an_interior_minister_who_became_prime_minister_keeps_one_id(kb):
    """South Korea's Kim Boo-kyum was Moon's first interior minister (2017-2019) and his prime
    minister from May 2021: one person, the post of the day."""
    people = kb.people_named("Kim Boo-kyum", on=date(2018, 6, 1))
    assert len(people) == 1
    assert kb.post_on(people[0].id, date(2018, 6, 1)).office == "INT"
    assert kb.post_on(people[0].id, date(2021, 9, 1)).office == "HOG"


def test_a_defence_minister_who_moved_to_the_interior_keeps_one_id(kb):
    """Iran's Mostafa Mohammad-Najjar went from defence to the interior in September 2009, India's
    Rajnath Singh from home affairs to defence in May 2019: one person, the post of the day."""
    for name, before, after, offices in [("Mostafa Mohammad-Najjar", date(2008, 1, 1), date(2011, 1, 1), ("DEF", "INT")),
                                         ("Rajnath Singh", date(2016, 1, 1), date(2021, 1, 1), ("INT", "DEF"))]:
        people = kb.people_named(name, on=before)
        assert len(people) == 1, name
        assert kb.post_on(people[0].id, before).office == offices[0], name
        assert kb.post_on(people[0].id, after).office == offices[1], name


def test_a_secretary_who_died_in_office_ends_on_the_day(kb):
    """Mexico lost two interior secretaries in air crashes: Mouriño (4 November 2008) and Blake
    Mora (11 November 2011); their successors hold the post a week later."""
    for dead, day, successor, later in [("Juan Camilo Mouriño", date(2008, 11, 1), "Fernando Gómez Mont", date(2008, 11, 20)),
                                        ("Francisco Blake Mora", date(2011, 11, 1), "Alejandro Poiré", date(2011, 11, 20))]:
        assert [p.name for p in kb.office_holders("MEX", "INT", day)] == [dead]
        assert [p.name for p in kb.office_holders("MEX", "INT", later)] == [successor]


def test_a_last_name_that_would_name_another_leader_is_not_an_alias(kb):
    """Colombia's Luis Fernando Velasco (Chaves) and Alfonso Prada (Gil) are in the table by
    their usual names only: 'Chaves' stays Costa Rica's president, 'Gil' Venezuela's foreign
    minister, while the Colombians answer to their surnames in office."""
    assert [p.name for p in kb.people_named("Chaves", on=date(2023, 6, 1))] == ["Rodrigo Chaves Robles"]
    assert [p.name for p in kb.people_named("Gil", on=date(2023, 2, 1))] == ["Yván Gil"]
    assert [p.name for p in kb.people_named("Velasco", on=date(2023, 9, 1))] == ["Luis Fernando Velasco"]
    assert [p.name for p in kb.people_named("Prada", on=date(2023, 2, 1))] == ["Alfonso Prada"]


def test_a_surname_shared_with_a_sitting_leader_is_left_out(kb):
    """China's public security minister since June 2022, Wang Xiaohong, is not in the table:
    'Wang' alone stays Wang Yi's, the foreign minister's."""
    assert [p.name for p in kb.people_named("Wang", on=date(2024, 6, 1))] == ["Wang Yi"]
    assert not kb.office_holders("CHN", "INT", date(2024, 6, 1))
