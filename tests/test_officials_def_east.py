"""Defence ministers of the Middle East, Africa and East Asia (``data/kb/officials_def_east.csv``):
the knowledge base codes a named defence minister with the state, sector GOV and the DEF post on
a date inside the tenure, and not as defence minister after it ends."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import shipped_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


def _defence_post(kb: KnowledgeBase, name: str, on: date):
    people = kb.people_named(name, on=on)
    assert people, name
    pid = people[0].id
    return pid, [t for t in kb.people[pid].tenures if t.office == "DEF" and t.covers(on)]


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Egypt: the minister of June 2018 - July 2024
    ("Mohamed Ahmed Zaki", date(2020, 3, 1), date(2025, 3, 1), "EGY", "Minister of Defence"),
    # Taiwan: the minister of February 2021 - May 2024
    ("Chiu Kuo-cheng", date(2022, 8, 1), date(2024, 8, 1), "TWN", "Minister of National Defense"),
    # Nigeria: Buhari's second-term minister
    ("Bashir Magashi", date(2021, 6, 1), date(2023, 9, 1), "NGA", "Minister of Defence"),
    # Singapore: the minister of 2011 - 2025
    ("Ng Eng Hen", date(2016, 1, 1), date(2025, 9, 1), "SGP", "Minister for Defence"),
    # Kenya: the cabinet secretary of October 2021 - October 2022
    ("Eugene Wamalwa", date(2022, 3, 1), date(2023, 3, 1), "KEN", "Cabinet Secretary for Defence"),
    # Iraq: the minister approved by parliament in June 2019
    ("Najah al-Shammari", date(2019, 12, 1), date(2021, 1, 1), "IRQ", "Minister of Defence"),
    # Syria: the minister of 2018 - 2022
    ("Ali Abdullah Ayyoub", date(2020, 1, 1), date(2023, 1, 1), "SYR", "Minister of Defence"),
])
def test_a_defence_minister_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    pid, tenures = _defence_post(kb, name, inside)
    assert tenures, name
    t = tenures[0]
    assert (t.country, t.sector, t.post, t.office) == (country, "GOV", post, "DEF")
    assert kb.post_on(pid, inside).country == country
    later = kb.post_on(pid, after)
    assert later is None or later.office != "DEF"


@pytest.mark.parametrize("name,on,country", [
    ("Ashraf Salem Zaher Mansour", date(2026, 6, 1), "EGY"),
    ("Wellington Koo", date(2025, 6, 1), "TWN"),
    ("Christopher Musa", date(2026, 1, 15), "NGA"),
    ("Khaled Nordin", date(2025, 6, 1), "MYS"),
    ("Murhaf Abu Qasra", date(2025, 6, 1), "SYR"),
])
def test_the_defence_minister_in_office_today(kb, name, on, country):
    pid, tenures = _defence_post(kb, name, on)
    assert [(t.country, t.sector, t.end) for t in tenures] == [(country, "GOV", None)]


def test_a_short_form_used_by_the_press_finds_the_minister(kb):
    pid, tenures = _defence_post(kb, "Mat Sabu", date(2019, 3, 1))
    assert tenures and tenures[0].country == "MYS"


def test_a_head_of_government_who_held_defence_keeps_one_id(kb):
    """Jordan's prime minister is also its defence minister; Iraq's prime minister was acting
    defence minister in 2011: the same person, with both posts on the day."""
    for name, on, country in [("Omar Razzaz", date(2019, 6, 1), "JOR"),
                              ("Nouri al-Maliki", date(2011, 3, 1), "IRQ")]:
        people = kb.people_named(name, on=on)
        assert len(people) == 1
        offices = {t.office for t in people[0].tenures if t.covers(on)}
        assert {"HOG", "DEF"} <= offices, name
        assert kb.post_on(people[0].id, on).country == country


def test_a_minister_who_held_the_post_twice_is_one_person(kb):
    """Hishammuddin Hussein, Malaysia's defence minister in 2013 - 2018 and 2021 - 2022, foreign
    minister between: defence minister in both terms, not in the gap."""
    people = kb.people_named("Hishammuddin Hussein", on=date(2015, 1, 1))
    assert len(people) == 1
    pid = people[0].id
    assert {t.office for t in people[0].tenures if t.covers(date(2015, 1, 1))} == {"DEF"}
    assert "DEF" in {t.office for t in people[0].tenures if t.covers(date(2022, 1, 1))}
    assert "DEF" not in {t.office for t in people[0].tenures if t.covers(date(2020, 6, 1))}
    assert kb.post_on(pid, date(2015, 1, 1)).country == "MYS"


def test_one_defence_minister_a_day_in_each_state(kb):
    for country, on in [("EGY", date(2016, 1, 1)), ("TWN", date(2010, 1, 1)), ("IRQ", date(2008, 1, 1)),
                        ("NGA", date(2020, 1, 1)), ("ETH", date(2012, 1, 1))]:
        assert len(kb.office_holders(country, "DEF", on)) == 1, country


def test_a_new_minister_leaves_the_name_of_a_sitting_ruler_unambiguous(kb):
    """Oman's deputy prime minister for defence is the sultan's brother: 'Tariq' alone stays
    Sultan Haitham's; a city (Gusau) is not given to a minister as his surname."""
    assert [p.name for p in kb.people_named("Tariq", on=date(2021, 6, 1))] == ["Haitham bin Tariq"]
    assert not kb.people_named("Gusau", on=date(2014, 6, 1))
    # the UAE's defence minister since 2024 is the prime minister's son: Maktoum stays the father's
    assert [p.name for p in kb.people_named("Maktoum", on=date(2025, 6, 1))] == ["Mohammed bin Rashid Al Maktoum"]
    # a defence minister who shares a sitting leader's surname is not added: Abbas, Lee
    assert [p.name for p in kb.people_named("Abbas", on=date(2023, 1, 1))] == ["Mahmoud Abbas"]
    assert [p.name for p in kb.people_named("Lee", on=date(2005, 1, 1))] == ["Lee Hae-chan"]


@pytest.mark.parametrize("name,on,country", [
    ("Phan Van Giang", date(2022, 6, 1), "VNM"),      # an accented name found in ascii
    ("Delfin Lorenzana", date(2019, 6, 1), "PHL"),
    ("Maithripala Sirisena", date(2017, 6, 1), "LKA"),  # a president who held defence
    ("Michel Menassa", date(2025, 6, 1), "LBN"),
])
def test_more_defence_ministers(kb, name, on, country):
    pid, tenures = _defence_post(kb, name, on)
    assert [(t.country, t.sector) for t in tenures] == [(country, "GOV")]
