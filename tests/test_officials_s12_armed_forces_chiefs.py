"""Chiefs of the armed forces (``data/kb/officials_mil_s12.csv``, office MIL): the knowledge
base codes a named chief of staff with the state, sector MIL and the post on a date inside the
tenure, and not as the chief after it ends; a chief who later became a minister keeps one id."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import assert_held_then_left, office_tenures_on, shipped_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Egypt: chief of staff under Mubarak, SCAF and Morsi, retired in August 2012
    ("Sami Anan", date(2009, 5, 1), date(2013, 1, 1), "EGY", "Chief of Staff of the Armed Forces"),
    # Egypt: the chief of staff of March 2014 - October 2017
    ("Mahmoud Hegazy", date(2016, 1, 1), date(2018, 1, 1), "EGY", "Chief of Staff of the Armed Forces"),
    # Nigeria: Buhari's first chief of defence staff
    ("Abayomi Olonisakin", date(2018, 6, 1), date(2022, 1, 1), "NGA", "Chief of Defence Staff"),
    # Nigeria: the chief of defence staff of August 2008 - September 2010
    ("Paul Dike", date(2009, 6, 1), date(2011, 6, 1), "NGA", "Chief of Defence Staff"),
    # Spain: the JEMAD of Zapatero's first government
    ("Félix Sanz Roldán", date(2006, 1, 1), date(2009, 1, 1), "ESP", "Chief of the Defence Staff"),
    # Spain: the JEMAD who resigned in January 2021
    ("Miguel Ángel Villarroya", date(2020, 6, 1), date(2021, 6, 1), "ESP", "Chief of the Defence Staff"),
    # Poland: the chief of the general staff of May 2013 - January 2017, found without diacritics
    ("Mieczyslaw Gocul", date(2015, 1, 1), date(2017, 6, 1), "POL", "Chief of the General Staff"),
    # Poland: the chief killed at Smolensk in April 2010
    ("Franciszek Gągor", date(2008, 1, 1), date(2010, 6, 1), "POL", "Chief of the General Staff"),
    # Kenya: the chief killed in a helicopter crash in April 2024
    ("Francis Ogolla", date(2023, 10, 1), date(2024, 6, 1), "KEN", "Chief of the Defence Forces"),
    # Kenya: the chief of the general staff before the 2010 constitution renamed the post
    ("Jeremiah Kianga", date(2008, 1, 1), date(2012, 1, 1), "KEN", "Chief of the General Staff"),
    # Algeria: the chief of staff of August 2004 - December 2019, found without the diaeresis
    ("Ahmed Gaid Salah", date(2012, 1, 1), date(2020, 6, 1), "DZA", "Chief of Staff of the People's National Army"),
    # Ethiopia: the chief of staff killed in June 2019
    ("Seare Mekonnen", date(2019, 1, 1), date(2019, 8, 1), "ETH", "Chief of General Staff of the National Defense Force"),
    # Morocco: the inspector general of January 2017 - September 2021
    ("Abdelfatah Louarak", date(2019, 1, 1), date(2022, 1, 1), "MAR", "Inspector General of the Royal Armed Forces"),
    # Azerbaijan: the chief of the general staff of 1993 - 2021, found by another spelling
    ("Najmeddin Sadigov", date(2010, 1, 1), date(2022, 1, 1), "AZE", "Chief of the General Staff of the Armed Forces"),
    # Serbia: the chief of the general staff of December 2011 - September 2018
    ("Ljubisa Dikovic", date(2015, 1, 1), date(2019, 1, 1), "SRB", "Chief of the General Staff"),
    # Netherlands: the Chief of Defence of October 2017 - April 2021
    ("Rob Bauer", date(2019, 1, 1), date(2021, 6, 1), "NLD", "Chief of Defence"),
    # Argentina: the chief of the joint staff of February 2020 - January 2024
    ("Juan Martin Paleo", date(2022, 1, 1), date(2024, 6, 1), "ARG", "Chief of the Joint General Staff of the Armed Forces"),
    # Colombia: Petro's first commander of the military forces
    ("Helder Giraldo", date(2023, 6, 1), date(2024, 9, 1), "COL", "Commander of the General Command of the Military Forces"),
    # Belarus: the chief of the general staff of March 2021 - May 2024
    ("Viktor Gulevich", date(2022, 6, 1), date(2024, 9, 1), "BLR", "Chief of the General Staff of the Armed Forces"),
    # Syria: Assad's last chief of the general staff
    ("Abdul Karim Mahmoud Ibrahim", date(2023, 6, 1), date(2025, 3, 1), "SYR",
     "Chief of the General Staff of the Army and Armed Forces"),
])
def test_a_chief_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "MIL", sector="MIL")


@pytest.mark.parametrize("name,on,country", [
    ("Ahmed Fathy Khalifa", date(2025, 6, 1), "EGY"),
    ("Olufemi Oluyede", date(2026, 1, 15), "NGA"),
    ("Wiesław Kukuła", date(2025, 6, 1), "POL"),
    ("Charles Kahariri", date(2025, 6, 1), "KEN"),
    ("Abdul Amir Yarallah", date(2023, 6, 1), "IRQ"),
    ("Said Chengriha", date(2024, 6, 1), "DZA"),
    ("Berhanu Jula", date(2023, 6, 1), "ETH"),
    ("Mohammed Berrid", date(2024, 6, 1), "MAR"),
    ("Dimitris Houpis", date(2025, 6, 1), "GRC"),
    ("Marcelo Dalle Nogare", date(2026, 3, 1), "ARG"),
    ("Hugo Alejandro López Barreto", date(2026, 3, 1), "COL"),
    ("Pavel Muraveiko", date(2025, 6, 1), "BLR"),
    ("Ali Noureddine al-Naasan", date(2025, 6, 1), "SYR"),
])
def test_the_chief_in_office_today(kb, name, on, country):
    tenures = office_tenures_on(kb, name, on, on, "MIL")
    assert [(t.country, t.sector, t.end) for t in tenures] == [(country, "MIL", None)]


@pytest.mark.parametrize("name,as_chief,as_minister,country", [
    # Egypt's chief of staff became defence minister on 27 March 2014
    ("Sedki Sobhi", date(2013, 6, 1), date(2016, 6, 1), "EGY"),
    # Nigeria's chief of defence staff of 2023 - 2025 became defence minister in December 2025
    ("Christopher Musa", date(2024, 6, 1), date(2026, 6, 1), "NGA"),
    # Vietnam's chief of the general staff became defence minister in April 2021
    ("Phan Van Giang", date(2018, 6, 1), date(2022, 6, 1), "VNM"),
    # Greece's chief of the HNDGS became defence minister on 15 January 2019
    ("Evangelos Apostolakis", date(2017, 6, 1), date(2019, 3, 1), "GRC"),
])
def test_a_chief_who_became_minister_keeps_one_id(kb, name, as_chief, as_minister, country):
    people = kb.people_named(name, on=as_chief)
    assert len(people) == 1
    pid = people[0].id
    chief, minister = kb.post_on(pid, as_chief), kb.post_on(pid, as_minister)
    assert (chief.office, chief.sector, chief.country) == ("MIL", "MIL", country)
    assert (minister.office, minister.sector, minister.country) == ("DEF", "GOV", country)


def test_a_commander_who_later_led_the_junta_keeps_one_id(kb):
    """Myanmar's commander-in-chief since March 2011 has chaired the junta since February 2021:
    one person, MIL before the coup, the head-of-state post after it."""
    people = kb.people_named("Min Aung Hlaing", on=date(2015, 1, 1))
    assert len(people) == 1
    pid = people[0].id
    before = kb.post_on(pid, date(2015, 1, 1))
    assert (before.country, before.sector, before.office) == ("MMR", "MIL", "MIL")
    assert {t.office for t in people[0].tenures if t.covers(date(2022, 1, 1))} >= {"MIL", "HOSG"}
    assert kb.post_on(pid, date(2022, 1, 1)).country == "MMR"


def test_a_chief_with_a_common_surname_does_not_take_it(kb):
    """Spain's JEMAD of 2008 - 2011, José Julio Rodríguez Fernández, is found by his full name
    on the day; "Rodríguez" alone names nobody (it is far too common a surname)."""
    on = date(2010, 6, 1)
    tenures = office_tenures_on(kb, "José Julio Rodríguez Fernández", on, on, "MIL")
    assert [(t.country, t.sector) for t in tenures] == [("ESP", "MIL")]
    assert not kb.people_named("Rodríguez", on=on)


def test_one_chief_a_day_in_each_state(kb):
    for country, on in [("EGY", date(2008, 1, 1)), ("EGY", date(2019, 1, 1)), ("NGA", date(2013, 1, 1)),
                        ("NGA", date(2024, 1, 1)), ("ESP", date(2003, 1, 1)), ("ESP", date(2015, 1, 1)),
                        ("POL", date(2012, 1, 1)), ("POL", date(2020, 1, 1)), ("KEN", date(2018, 1, 1)),
                        ("DZA", date(2010, 1, 1)), ("MMR", date(2005, 1, 1)), ("MMR", date(2020, 1, 1)),
                        ("ETH", date(2019, 12, 1)), ("MAR", date(2015, 6, 1)), ("GRC", date(2022, 1, 1)),
                        ("ARG", date(2025, 1, 1)), ("COL", date(2025, 1, 1)), ("SYR", date(2025, 6, 1))]:
        assert len(kb.office_holders(country, "MIL", on)) == 1, country
