"""Heads of the main intelligence service (``data/kb/officials_intel_s12.csv``): a named
chief is coded with the state, sector SPY and the INTEL post on a date inside the tenure,
and holds no INTEL post after it ends; an acting chief later confirmed keeps one id; a chief
left out because of a surname collision leaves the sitting leader's surname unambiguous."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import assert_held_then_left, post_named, shipped_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Ukraine: the SBU chief of the Gongadze years
    ("Leonid Derkach", date(2000, 6, 1), date(2002, 1, 1), "UKR", "Head of the Security Service of Ukraine"),
    # Ukraine: the chief of the Orange Revolution
    ("Ihor Smeshko", date(2004, 11, 25), date(2006, 1, 1), "UKR", "Head of the Security Service of Ukraine"),
    # Ukraine: Yanukovych's chief, dismissed by the Rada in February 2014
    ("Oleksandr Yakymenko", date(2013, 12, 1), date(2014, 6, 1), "UKR", "Head of the Security Service of Ukraine"),
    # Ukraine: Zelensky's chief, suspended in July 2022
    ("Ivan Bakanov", date(2021, 1, 1), date(2022, 9, 1), "UKR", "Head of the Security Service of Ukraine"),
    # Ukraine: the chief of the Spider Web operation, under another spelling
    ("Vasyl Maliuk", date(2025, 6, 1), date(2026, 3, 1), "UKR", "Head of the Security Service of Ukraine"),
    # Egypt: the chief retired by Morsi after the Rafah attack
    ("Murad Muwafi", date(2012, 3, 1), date(2012, 10, 1), "EGY", "Director of the General Intelligence Service"),
    ("Mourad Mowafi", date(2012, 3, 1), date(2012, 10, 1), "EGY", "Director of the General Intelligence Service"),
    # Egypt: the chief named after Morsi's overthrow
    ("Mohamed Farid el-Tohamy", date(2014, 1, 1), date(2015, 6, 1), "EGY", "Director of the General Intelligence Service"),
    # Egypt: Sisi's chief of 2018 - 2024, Gaza mediator
    ("Abbas Kamel", date(2023, 11, 1), date(2025, 1, 1), "EGY", "Director of the General Intelligence Service"),
    # Jordan: the chief of the 2005 Amman hotel bombings years
    ("Saad Khair", date(2003, 1, 1), date(2006, 1, 1), "JOR", "Director of the General Intelligence Department"),
    # Jordan: the chief of 2011 - 2017
    ("Faisal al-Shoubaki", date(2015, 2, 1), date(2018, 1, 1), "JOR", "Director of the General Intelligence Department"),
    # Spain: the CNI director of the 11-M bombings
    ("Jorge Dezcallar", date(2004, 3, 11), date(2004, 6, 1), "ESP", "Director of the National Intelligence Centre"),
    # Spain: the director of ten years, without the accent
    ("Felix Sanz Roldan", date(2015, 1, 1), date(2019, 9, 1), "ESP", "Director of the National Intelligence Centre"),
    # Spain: the director dismissed over Pegasus
    ("Paz Esteban", date(2021, 6, 1), date(2022, 6, 1), "ESP", "Director of the National Intelligence Centre"),
    # the Netherlands: the AIVD chief of 2011 - 2018
    ("Rob Bertholee", date(2015, 1, 1), date(2019, 6, 1), "NLD", "Director-General of the General Intelligence and Security Service"),
    ("Erik Akerboom", date(2022, 1, 1), date(2026, 6, 1), "NLD", "Director-General of the General Intelligence and Security Service"),
    # Belarus: the KGB chairman of the 2010 election crackdown, under the Belarusian spelling
    ("Vadzim Zaitsau", date(2010, 12, 19), date(2013, 1, 1), "BLR", "Chairman of the State Security Committee"),
    ("Valery Vakulchik", date(2016, 1, 1), date(2021, 1, 1), "BLR", "Chairman of the State Security Committee"),
    # Kazakhstan: the former prime minister dismissed and arrested in January 2022
    ("Karim Masimov", date(2019, 1, 1), date(2022, 6, 1), "KAZ", "Chairman of the National Security Committee"),
    ("Nartai Dutbayev", date(2004, 1, 1), date(2007, 1, 1), "KAZ", "Chairman of the National Security Committee"),
    # Azerbaijan: the minister of 2004 - 2015, dismissed in October 2015
    ("Eldar Mahmudov", date(2010, 1, 1), date(2016, 1, 1), "AZE", "Minister of National Security"),
    ("Namig Abbasov", date(2001, 1, 1), date(2005, 1, 1), "AZE", "Minister of National Security"),
    # Georgia: the first head of the State Security Service, then interior minister
    ("Vakhtang Gomelauri", date(2017, 1, 1), date(2020, 1, 1), "GEO", "Head of the State Security Service"),
    ("Grigol Liluashvili", date(2022, 1, 1), date(2025, 6, 1), "GEO", "Head of the State Security Service"),
    # Brazil: Bolsonaro's ABIN director, exonerated in March 2022
    ("Alexandre Ramagem", date(2021, 1, 1), date(2022, 6, 1), "BRA", "Director-General of the Brazilian Intelligence Agency"),
    # Kenya: the NIS chief of the Westgate attack, and his successor
    ("Michael Gichangi", date(2013, 9, 21), date(2015, 1, 1), "KEN", "Director-General of the National Intelligence Service"),
    ("Philip Kameru", date(2018, 1, 1), date(2024, 1, 1), "KEN", "Director-General of the National Intelligence Service"),
    # Mexico: Calderón's CISEN director, and the last one before the CNI
    ("Guillermo Valdes", date(2009, 1, 1), date(2012, 1, 1), "MEX", "Director-General of the Centre for Investigation and National Security"),
    ("Alberto Bazbaz", date(2018, 6, 1), date(2019, 6, 1), "MEX", "Director-General of the Centre for Investigation and National Security"),
    # Nigeria: the DSS chief sacked after the National Assembly siege, and his successor
    ("Lawal Musa Daura", date(2017, 1, 1), date(2018, 9, 1), "NGA", "Director-General of the Department of State Services"),
    ("Yusuf Magaji Bichi", date(2022, 1, 1), date(2024, 9, 1), "NGA", "Director-General of the Department of State Services"),
    # Poland: the ABW heads of the PiS years, without the Polish letters
    ("Krzysztof Waclawek", date(2022, 1, 1), date(2024, 6, 1), "POL", "Head of the Internal Security Agency"),
    ("Piotr Pogonowski", date(2018, 1, 1), date(2020, 6, 1), "POL", "Head of the Internal Security Agency"),
])
def test_an_intelligence_chief_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "INTEL", sector="SPY")


@pytest.mark.parametrize("name,on,country", [
    ("Hassan Rashad", date(2025, 6, 1), "EGY"),
    ("Ahmed Hosni", date(2024, 6, 1), "JOR"),       # the spelling of the GID's own site
    ("Yevhen Khmara", date(2026, 2, 1), "UKR"),     # acting chief since January 2026
    ("Esperanza Casteleiro", date(2024, 6, 1), "ESP"),
    ("Simone Smit", date(2026, 6, 1), "NLD"),
    ("Ivan Tertel", date(2024, 6, 1), "BLR"),
    ("Ermek Sagimbayev", date(2023, 6, 1), "KAZ"),
    ("Anri Okhanashvili", date(2025, 6, 1), "GEO"),
    ("Noordin Haji", date(2024, 6, 1), "KEN"),
    ("Adeola Ajayi", date(2025, 1, 1), "NGA"),
    ("Rafal Syrysko", date(2025, 1, 1), "POL"),
])
def test_the_intelligence_chief_in_office_today(kb, name, on, country):
    t = post_named(kb, name, on)
    assert (t.country, t.sector, t.office, t.end) == (country, "SPY", "INTEL", None)


def test_an_acting_chief_later_confirmed_is_one_person(kb):
    """Nalyvaichenko: acting from December 2006, head 2009 - 2010 and again 2014 - 2015."""
    people = kb.people_named("Valentyn Nalyvaichenko", on=date(2008, 1, 1))
    assert len(people) == 1
    pid = people[0].id
    assert kb.post_on(pid, date(2008, 1, 1)).post == "Acting Head of the Security Service of Ukraine"
    assert kb.post_on(pid, date(2009, 6, 1)).post == "Head of the Security Service of Ukraine"
    assert kb.post_on(pid, date(2012, 1, 1)) is None
    assert kb.post_on(pid, date(2014, 6, 1)).office == "INTEL"


def test_a_chief_who_held_another_post_keeps_one_id(kb):
    """Turchynov ran the SBU in 2005 and was acting president in 2014."""
    people = kb.people_named("Oleksandr Turchynov", on=date(2005, 6, 1))
    assert len(people) == 1
    assert kb.post_on(people[0].id, date(2005, 6, 1)).office == "INTEL"
    assert kb.post_on(people[0].id, date(2014, 4, 1)).office == "HOS"


def test_an_intelligence_chief_who_became_head_of_government_keeps_one_id(kb):
    """Dick Schoof ran the AIVD (November 2018 - March 2020) and became prime minister in July 2024."""
    people = kb.people_named("Dick Schoof", on=date(2019, 6, 1))
    assert len(people) == 1
    assert (kb.post_on(people[0].id, date(2019, 6, 1)).office, kb.post_on(people[0].id, date(2019, 6, 1)).country) == ("INTEL", "NLD")
    assert kb.post_on(people[0].id, date(2025, 1, 1)).office == "HOG"


def test_an_acting_chairman_named_chairman_keeps_one_id(kb):
    """Belarus' Sukhorenko: acting from Yerin's dismissal (November 2004), chairman from January 2005."""
    pid = kb.people_named("Stepan Sukharenko", on=date(2004, 12, 1))[0].id
    assert kb.post_on(pid, date(2004, 12, 1)).post == "Acting Chairman of the State Security Committee"
    assert kb.post_on(pid, date(2006, 1, 1)).post == "Chairman of the State Security Committee"
    assert kb.post_on(pid, date(2008, 1, 1)) is None


def test_a_chief_who_moved_to_the_interior_ministry_keeps_one_id(kb):
    """Mexico's Alejandro Poiré: CISEN director (9 September - 18 November 2011), then
    Secretary of the Interior (from 17 November 2011); a chief named twice is one person."""
    pid = kb.people_named("Alejandro Poiré", on=date(2011, 10, 1))[0].id
    assert kb.post_on(pid, date(2011, 10, 1)).office == "INTEL"
    assert kb.post_on(pid, date(2012, 6, 1)).office == "INT"
    buitron = kb.people_named("Jaime Domingo López Buitrón", on=date(2006, 6, 1))
    assert len(buitron) == 1
    assert kb.post_on(buitron[0].id, date(2012, 6, 1)).office == "INTEL"
    assert kb.post_on(buitron[0].id, date(2009, 6, 1)) is None


def test_ukraine_has_a_security_service_head_and_a_military_intelligence_chief(kb):
    """Budanov ran military intelligence (HUR, 5 August 2020 - January 2026) beside the SBU
    head: two INTEL posts, each with one holder a day."""
    assert_held_then_left(kb, "Kirill Budanov", date(2023, 6, 1), date(2026, 6, 1), "UKR",
                          "Chief of the Defence Intelligence of Ukraine", "INTEL", sector="SPY")
    posts = sorted(t.post for t in kb.office_holders("UKR", "INTEL", date(2023, 6, 1)))
    assert posts == ["Chief of the Defence Intelligence of Ukraine", "Head of the Security Service of Ukraine"]


def test_one_chief_a_day_in_each_state(kb):
    for country, on in [("UKR", date(2011, 1, 1)), ("UKR", date(2020, 1, 1)), ("EGY", date(2016, 1, 1)),
                        ("JOR", date(2020, 1, 1)), ("ESP", date(2020, 1, 1)),
                        ("NLD", date(2020, 4, 1)), ("NLD", date(2026, 2, 1)),
                        ("BLR", date(2004, 12, 1)), ("BLR", date(2008, 7, 16)),
                        ("AZE", date(2004, 8, 15)), ("GEO", date(2019, 10, 1)),
                        ("NGA", date(2018, 8, 20)), ("POL", date(2016, 1, 15))]:
        assert len(kb.office_holders(country, "INTEL", on)) == 1, country


@pytest.mark.parametrize("surname,on,leader", [
    # Egypt's Omar Suleiman (GIS 1993 - January 2011) is not added while Lebanon's president is a Suleiman
    ("Suleiman", date(2009, 6, 1), "Michel Suleiman"),
    # Jordan's Mohammad Dahabi (GID 2005 - 2009) is not added: his brother Nader was prime minister
    ("Dahabi", date(2008, 6, 1), "Nader al-Dahabi"),
    # Jordan's Samih Asfura (GID May - December 2005) is not added: Honduras' president is an Asfura
    ("Asfura", date(2026, 6, 1), "Nasry Asfura"),
    # Mexico's Eduardo Medina-Mora (CISEN 2000 - 2005) is not added: "Mora" stays Francisco Blake Mora
    ("Mora", date(2011, 6, 1), "Francisco Blake Mora"),
])
def test_a_chief_left_out_leaves_the_name_of_a_leader_unambiguous(kb, surname, on, leader):
    assert [p.name for p in kb.people_named(surname, on=on)] == [leader]
    assert [p.name for p in kb.people_named(surname)] == [leader]
