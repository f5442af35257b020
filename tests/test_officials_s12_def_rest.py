"""Defence ministers of the remaining states of Asia, Africa, the Americas and Oceania
(``data/kb/officials_def_rest_s12.csv``): a named defence minister is coded with the state,
sector GOV and the DEF post on a date inside the tenure, and not as defence minister after
it ends; a head of state who ran the ministry keeps one id with both posts."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import assert_held_then_left, post_named, shipped_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Myanmar: the minister of the NLD years, named by the commander-in-chief
    ("Sein Win", date(2018, 6, 1), date(2022, 6, 1), "MMR", "Minister of Defence"),
    # Myanmar: the first minister after the 2021 coup
    ("Mya Tun Oo", date(2022, 1, 1), date(2024, 1, 1), "MMR", "Minister of Defence"),
    # Zimbabwe: Mugabe's minister of 2013 - 2017
    ("Sydney Sekeramayi", date(2015, 1, 1), date(2019, 1, 1), "ZWE", "Minister of Defence"),
    # Laos: the minister killed in the air crash of May 2014
    ("Douangchay Phichit", date(2010, 1, 1), date(2015, 1, 1), "LAO", "Minister of National Defence"),
    # Libya: the NTC's minister of 2011 - 2012
    ("Osama al-Juwaili", date(2012, 3, 1), date(2013, 3, 1), "LBY", "Minister of Defence"),
    # Togo: the first woman to hold the post
    ("Marguerite Gnakadè", date(2021, 6, 1), date(2023, 6, 1), "TGO", "Minister of the Armed Forces"),
    # Cambodia: the minister of more than thirty years
    ("Tea Banh", date(2015, 1, 1), date(2024, 1, 1), "KHM", "Minister of National Defence"),
    # Nepal: the minister of 2018 - 2021
    ("Ishwor Pokharel", date(2019, 6, 1), date(2022, 6, 1), "NPL", "Minister of Defence"),
    # Papua New Guinea: the minister who signed the 2023 security pact with the United States
    ("Win Daki", date(2023, 5, 22), date(2024, 6, 1), "PNG", "Minister for Defence"),
    # Timor-Leste: the general appointed in July 2018
    ("Filomeno Paixão", date(2020, 1, 1), date(2024, 1, 1), "TLS", "Minister of Defence"),
    # Somalia: the minister of Hamza Abdi Barre's first cabinet
    ("Abdulkadir Mohamed Nur", date(2023, 6, 1), date(2025, 6, 1), "SOM", "Minister of Defence"),
    # Lesotho: Majoro's minister
    ("Prince Maliehe", date(2021, 6, 1), date(2023, 6, 1), "LSO", "Minister of Defence and National Security"),
    # Laos: the minister of the 1990s, later president
    ("Choummaly Sayasone", date(1999, 1, 1), date(2002, 1, 1), "LAO", "Minister of National Defence"),
    # Haiti: Conille's minister of June - November 2024
    ("Jean Marc Berthier Antoine", date(2024, 8, 1), date(2025, 3, 1), "HTI", "Minister of Defence"),
    # Nepal: the first woman to hold the post, later president
    ("Bidya Devi Bhandari", date(2010, 6, 1), date(2012, 1, 1), "NPL", "Minister of Defence"),
    # Cape Verde: foreign and defence minister of 2016 - 2021
    ("Luís Filipe Tavares", date(2018, 1, 1), date(2022, 1, 1), "CPV", "Minister of Foreign Affairs, Communities and Defence"),
    # Mongolia: Khürelsükh's minister
    ("Nyamaa Enkhbold", date(2019, 8, 8), date(2021, 1, 1), "MNG", "Minister of Defence"),
    # Somalia: the minister who left to become speaker in April 2018
    ("Mohamed Mursal", date(2018, 2, 1), date(2018, 6, 1), "SOM", "Minister of Defence"),
    # Belize: the minister of March - November 2025, moved to Home Affairs
    ("Oscar Mira", date(2025, 6, 1), date(2026, 1, 1), "BLZ", "Minister of National Defence and Border Security"),
])
def test_a_defence_minister_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "DEF")


@pytest.mark.parametrize("name,on,country", [
    ("Maung Maung Aye", date(2025, 6, 1), "MMR"),
    ("Tea Seiha", date(2025, 6, 1), "KHM"),
    ("Oppah Muchinguri", date(2024, 6, 1), "ZWE"),   # a shorter form the press uses
    ("Tea Siha", date(2024, 3, 4), "KHM"),            # another spelling
    ("Ahmed Moallim Fiqi", date(2025, 6, 1), "SOM"),
    ("Donaciano Gomes", date(2025, 6, 1), "TLS"),
    ("Billy Joseph", date(2025, 1, 15), "PNG"),
    ("Jean-Michel Moïse", date(2025, 6, 1), "HTI"),
    ("Jean Michel Moise", date(2025, 6, 1), "HTI"),   # the ascii form without the hyphen
    ("Wayne Sturge", date(2025, 6, 1), "TTO"),
])
def test_the_defence_minister_in_office_today(kb, name, on, country):
    t = post_named(kb, name, on)
    assert (t.country, t.sector, t.office, t.end) == (country, "GOV", "DEF", None)


def test_a_head_of_state_or_government_who_ran_defence_keeps_one_id(kb):
    """Togo's president ran the ministry himself (2007 - 2020, and again from December
    2022); Libya's prime minister of national unity is also its defence minister."""
    for name, on, country, office in [("Faure Gnassingbé", date(2015, 1, 1), "TGO", "HOSG"),
                                      ("Abdul Hamid Dbeibah", date(2023, 1, 1), "LBY", "HOG")]:
        people = kb.people_named(name, on=on)
        assert len(people) == 1, name
        offices = {t.office for t in people[0].tenures if t.covers(on)}
        assert {office, "DEF"} <= offices, name
        assert kb.post_on(people[0].id, on).country == country
    # between the two spells Togo had a minister of its own
    faure = kb.people_named("Faure Gnassingbé", on=date(2021, 6, 1))[0]
    assert "DEF" not in {t.office for t in faure.tenures if t.covers(date(2021, 6, 1))}


def test_a_prime_minister_who_keeps_defence_is_coded_with_both_posts(kb):
    """Jamaica's prime minister holds defence; Nepal's prime minister took it over when his
    minister resigned (December 2021), and not before."""
    for name, on, country in [("Andrew Holness", date(2020, 1, 1), "JAM"),
                              ("Sher Bahadur Deuba", date(2022, 6, 1), "NPL"),
                              ("Siaosi Sovaleni", date(2023, 1, 1), "TON"),
                              ("Navin Ramgoolam", date(2025, 6, 1), "MUS"),
                              ("Pravind Jugnauth", date(2021, 6, 1), "MUS"),
                              ("Girija Prasad Koirala", date(2006, 10, 1), "NPL")]:
        people = kb.people_named(name, on=on)
        assert len(people) == 1, name
        assert {"HOG", "DEF"} <= {t.office for t in people[0].tenures if t.covers(on)}, name
        assert kb.post_on(people[0].id, on).country == country
    deuba = kb.people_named("Sher Bahadur Deuba", on=date(2018, 1, 1))[0]
    assert "DEF" not in {t.office for t in deuba.tenures if t.covers(date(2018, 1, 1))}
    # Tonga's prime minister gave up the armed forces in March 2024 and stayed prime minister
    sovaleni = kb.people_named("Siaosi Sovaleni", on=date(2024, 6, 1))[0]
    assert {t.office for t in sovaleni.tenures if t.covers(date(2024, 6, 1))} == {"HOG"}


def test_a_defence_minister_who_became_prime_minister_keeps_one_id(kb):
    """Libya's Abdullah al-Thani: defence minister from August 2013, prime minister from
    11 March 2014; the knowledge base gives the post of the day."""
    people = kb.people_named("Abdullah al-Thani", on=date(2013, 12, 1))
    assert len(people) == 1
    pid = people[0].id
    assert kb.post_on(pid, date(2013, 12, 1)).office == "DEF"
    assert kb.post_on(pid, date(2015, 1, 1)).office == "HOG"
    assert {t.country for t in people[0].tenures} == {"LBY"}


def test_a_minister_who_held_the_post_twice_is_one_person(kb):
    """Sekeramayi: defence 2001 - 2009 and 2013 - 2017, state security between."""
    people = kb.people_named("Sydney Sekeramayi", on=date(2005, 1, 1))
    assert len(people) == 1
    tenures = people[0].tenures
    assert "DEF" in {t.office for t in tenures if t.covers(date(2005, 1, 1))}
    assert "DEF" in {t.office for t in tenures if t.covers(date(2016, 1, 1))}
    assert "DEF" not in {t.office for t in tenures if t.covers(date(2011, 1, 1))}
    # Mnangagwa held defence in the gap, then became president: one id, one post a day
    assert [t.country for t in kb.office_holders("ZWE", "DEF", date(2011, 1, 1))] == ["ZWE"]
    mnangagwa = kb.people_named("Emmerson Mnangagwa", on=date(2011, 1, 1))[0]
    assert kb.post_on(mnangagwa.id, date(2011, 1, 1)).office == "DEF"
    assert kb.post_on(mnangagwa.id, date(2020, 1, 1)).office == "HOSG"


def test_one_defence_minister_a_day_in_each_state(kb):
    for country, on in [("MMR", date(2013, 1, 1)), ("ZWE", date(2018, 3, 1)), ("LAO", date(2019, 1, 1)),
                        ("TGO", date(2021, 1, 1)), ("KHM", date(2024, 1, 1)), ("LBY", date(2017, 1, 1)),
                        ("NPL", date(2023, 6, 1)), ("PNG", date(2021, 6, 1)), ("SOM", date(2025, 4, 1))]:
        assert len(kb.office_holders(country, "DEF", on)) == 1, country


@pytest.mark.parametrize("surname,on,leader", [
    # Libya's NTC minister Omar El-Hariri (2011) is not added
    ("Hariri", date(2011, 4, 1), "Saad Hariri"),
    # Togo's Kpatcha Gnassingbé (2005 - 2007), the president's half-brother, is not added
    ("Gnassingbé", date(2006, 6, 1), "Faure Gnassingbé"),
    # Mauritius: Anerood Jugnauth's defence portfolio as Minister Mentor (2017 - 2019) is not added
    ("Jugnauth", date(2018, 6, 1), "Pravind Jugnauth"),
    # Sao Tome's Óscar Sousa (2018 - 2021) is not added while Portugal's president is a Sousa
    ("Sousa", date(2019, 6, 1), "Marcelo Rebelo de Sousa"),
    # Timor-Leste's Filomeno Paixão is not given the full form "... de Jesus"
    ("Jesus", date(2019, 6, 1), "Jorge Bom Jesus"),
])
def test_a_new_minister_leaves_the_name_of_a_sitting_leader_unambiguous(kb, surname, on, leader):
    """The surname alone keeps naming the sitting head of state or government."""
    assert [p.name for p in kb.people_named(surname, on=on)] == [leader]
