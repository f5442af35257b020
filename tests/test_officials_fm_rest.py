"""Foreign ministers of the remaining states (``data/kb/officials_fm_rest.csv``): the knowledge
base codes a named foreign minister with the state, sector GOV and the FM post on a date inside
the tenure, and not as foreign minister after it ends."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import assert_held_then_left, post_named, shipped_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Tunisia: the diplomat dismissed a few days after Kais Saied took office
    ("Khemaies Jhinaoui", date(2018, 3, 1), date(2020, 3, 1), "TUN", "Minister of Foreign Affairs"),
    # Bhutan: the minister of Lotay Tshering's government
    ("Tandi Dorji", date(2021, 5, 1), date(2024, 6, 1), "BTN", "Minister of Foreign Affairs"),
    # Andorra: the minister of 2011-2017, later at the economy ministry
    ("Gilbert Saboya", date(2014, 5, 1), date(2018, 5, 1), "AND", "Minister of Foreign Affairs"),
    # Albania: the minister of Rama's first government
    ("Ditmir Bushati", date(2016, 5, 1), date(2020, 5, 1), "ALB", "Minister for Europe and Foreign Affairs"),
    # Zambia: the minister who resigned in December 2023
    ("Stanley Kakubo", date(2022, 5, 1), date(2024, 3, 1), "ZMB", "Minister of Foreign Affairs and International Cooperation"),
    # Gabon: the diplomat elected Speaker of the National Assembly in November 2025
    ("Régis Onanga Ndiaye", date(2024, 5, 1), date(2026, 3, 1), "GAB", "Minister of Foreign Affairs"),
    # The Gambia: Jammeh's last foreign minister, who resigned in January 2017
    ("Neneh MacDouall-Gaye", date(2016, 5, 1), date(2017, 6, 1), "GMB", "Minister of Foreign Affairs"),
    # Burundi: the minister named after the failed coup of May 2015
    ("Alain Aimé Nyamitwe", date(2016, 5, 1), date(2019, 5, 1), "BDI", "Minister of External Relations and International Cooperation"),
    # Cape Verde: the minister of Neves's last cabinet
    ("Jorge Tolentino", date(2015, 5, 1), date(2017, 5, 1), "CPV", "Minister of Foreign Affairs"),
])
def test_a_foreign_minister_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "FM")


@pytest.mark.parametrize("name,on,country", [
    ("Mohamed Ali Nafti", date(2025, 6, 1), "TUN"),
    ("D. N. Dhungyel", date(2025, 6, 1), "BTN"),
    ("Imma Tor Faus", date(2025, 6, 1), "AND"),
    ("Ferit Hoxha", date(2026, 6, 1), "ALB"),
    ("José Luís Livramento", date(2026, 1, 15), "CPV"),
])
def test_the_foreign_minister_in_office_today(kb, name, on, country):
    t = post_named(kb, name, on)
    assert (t.country, t.sector, t.office) == (country, "GOV", "FM")
    assert t.end is None


def test_an_accented_name_is_found_in_ascii(kb):
    t = post_named(kb, "Taieb Baccouche", date(2015, 6, 1))
    assert (t.country, t.office) == ("TUN", "FM")


def test_a_minister_who_held_the_post_twice_is_one_person(kb):
    """Othman Jerandi, Tunisia's minister in 2013-2014 and 2020-2023: foreign minister in both
    terms, not in the gap."""
    people = kb.people_named("Othman Jerandi", on=date(2013, 6, 1))
    assert len(people) == 1
    pid = people[0].id
    assert kb.post_on(pid, date(2013, 6, 1)).country == "TUN"
    assert kb.post_on(pid, date(2022, 1, 1)).office == "FM"
    assert kb.post_on(pid, date(2017, 6, 1)) is None


def test_a_head_of_government_who_was_foreign_minister_keeps_one_id(kb):
    """Albert Pintat was Andorra's foreign minister until 2001 and head of government from
    2005: one person, the post of the day decides."""
    people = kb.people_named("Albert Pintat", on=date(2000, 6, 1))
    assert len(people) == 1
    pid = people[0].id
    assert kb.post_on(pid, date(2000, 6, 1)).office == "FM"
    assert kb.post_on(pid, date(2007, 6, 1)).office == "HOG"


def test_an_acting_minister_then_the_substantive_one_is_one_person(kb):
    """Mulambo Haimbe acted at Zambia's foreign ministry from December 2023 and was confirmed
    in June 2024: one person, the post title of the day."""
    pid = kb.people_named("Mulambo Haimbe", on=date(2024, 3, 1))[0].id
    assert kb.post_on(pid, date(2024, 3, 1)).post.startswith("Acting")
    assert kb.post_on(pid, date(2025, 3, 1)).post == "Minister of Foreign Affairs and International Cooperation"


def test_a_surname_of_a_sitting_leader_stays_the_leaders(kb):
    """No row makes the surname of a head of state or government of the day ambiguous:
    'Lungu' in 2016 is Zambia's President, 'Guterres' in early 2017 the UN Secretary-General."""
    assert [p.name for p in kb.people_named("Lungu", on=date(2016, 6, 1))] == ["Edgar Lungu"]
    assert [p.name for p in kb.people_named("Guterres", on=date(2017, 3, 1))] == ["António Guterres"]
    assert [p.name for p in kb.people_named("Jammeh", on=date(2009, 6, 1))] == ["Yahya Jammeh"]


def test_two_andorran_politicians_of_one_name_stay_apart(kb):
    """Xavier Espot Miró (foreign minister 2009-2011) is not the head of government Xavier
    Espot Zamora."""
    fm = kb.people_named("Xavier Espot Miró", on=date(2010, 6, 1))
    hog = kb.people_named("Xavier Espot Zamora", on=date(2022, 6, 1))
    assert fm and hog and fm[0].id != hog[0].id
    assert kb.post_on(hog[0].id, date(2022, 6, 1)).office == "HOG"


def test_one_holder_a_day_in_each_state(kb):
    for country, on in [("TUN", date(2017, 1, 1)), ("BTN", date(2020, 1, 1)), ("AND", date(2019, 1, 1)),
                        ("ALB", date(2022, 1, 1)), ("ZMB", date(2020, 1, 1)), ("GAB", date(2024, 1, 1))]:
        assert len(kb.office_holders(country, "FM", on)) == 1, country
