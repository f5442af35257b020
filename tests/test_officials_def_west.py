"""Defence ministers of European and American states (``data/kb/officials_def_west.csv``):
the knowledge base codes a named defence minister with the state, sector GOV and the DEF
post on a date inside the tenure, and not as defence minister after it ends."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import assert_held_then_left, post_named, shipped_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


@pytest.mark.parametrize("name,inside,after,country,post", [
    # Poland: the minister of the Morawiecki governments, replaced in December 2023
    ("Mariusz Błaszczak", date(2020, 6, 1), date(2024, 6, 1), "POL", "Minister of National Defence"),
    # Norway: the Centre Party minister who left with his party in February 2025
    ("Bjørn Arild Gram", date(2023, 6, 1), date(2025, 6, 1), "NOR", "Minister of Defence"),
    # Greece: the admiral who ran the ministry in the first half of 2019
    ("Evangelos Apostolakis", date(2019, 3, 1), date(2020, 3, 1), "GRC", "Minister for National Defence"),
    # Czech Republic: the minister of Babiš's first cabinet
    ("Karla Šlechtová", date(2018, 3, 1), date(2019, 3, 1), "CZE", "Minister of Defence"),
    # Austria: the general of the 2019-2020 expert cabinet
    ("Thomas Starlinger", date(2019, 9, 1), date(2020, 9, 1), "AUT", "Federal Minister of Defence"),
    # Venezuela: the general removed by the acting president in March 2026
    ("Vladimir Padrino López", date(2020, 6, 1), date(2026, 6, 1), "VEN", "Minister of Defence"),
    # Cuba: the minister of 2011-2021
    ("Leopoldo Cintra Frías", date(2015, 6, 1), date(2022, 6, 1), "CUB", "Minister of the Revolutionary Armed Forces"),
])
def test_a_defence_minister_is_coded_during_the_tenure_and_not_after(kb, name, inside, after, country, post):
    assert_held_then_left(kb, name, inside, after, country, post, "DEF")


@pytest.mark.parametrize("name,on,country", [
    ("Władysław Kosiniak-Kamysz", date(2025, 3, 1), "POL"),
    ("Margarita Robles", date(2025, 3, 1), "ESP"),
    ("Nikos Dendias", date(2025, 3, 1), "GRC"),
])
def test_the_defence_minister_in_office_today(kb, name, on, country):
    t = post_named(kb, name, on)
    assert (t.country, t.sector, t.office) == (country, "GOV", "DEF")
    assert t.end is None


def test_an_accented_name_is_found_in_ascii(kb):
    t = post_named(kb, "Pal Jonson", date(2024, 1, 10))
    assert (t.country, t.office) == ("SWE", "DEF")


def test_a_head_of_government_who_held_the_portfolio_keeps_one_id(kb):
    """Enda Kenny was Taoiseach and, in 2016-2017, Minister for Defence too: one person,
    coded with Ireland's government on either post."""
    people = kb.people_named("Enda Kenny", on=date(2016, 10, 1))
    assert [p.id for p in people] == ["person:enda-kenny"]
    assert kb.post_on(people[0].id, date(2016, 10, 1)).country == "IRL"
    assert [t.name for t in kb.office_holders("IRL", "DEF", date(2016, 10, 1))] == ["Enda Kenny"]


def test_one_defence_minister_a_day_in_each_state(kb):
    for country, on in [("POL", date(2010, 1, 1)), ("NLD", date(2021, 12, 1)), ("DNK", date(2015, 8, 1)),
                        ("ROU", date(2022, 10, 28)), ("CHE", date(2012, 6, 1))]:
        assert len(kb.office_holders(country, "DEF", on)) == 1, country


def test_a_surname_of_a_sitting_head_of_state_or_a_word_stays_unclaimed(kb):
    """Rows are left out where the surname alone would take a sitting president's surname
    ('Niinistö' in 2017) or be a common word ('Les'); Costa Rica's president keeps 'Chaves'."""
    assert [p.name for p in kb.people_named("Niinistö", on=date(2017, 6, 1))] == ["Sauli Niinistö"]
    assert not kb.is_surname("Les")
    assert [p.name for p in kb.people_named("Chaves", on=date(2024, 6, 1))] == ["Rodrigo Chaves Robles"]
