"""Foreign ministers of the Caribbean, South American and Pacific states in
``data/kb/officials_fm_americas_oceania.csv``: the knowledge base codes a named foreign
minister with the state, sector GOV and the foreign-minister post on a day inside the
tenure, and no longer holds the post once the tenure has ended."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from dragoman.actors.kb import KnowledgeBase
from officials_checks import shipped_kb
from dragoman.data_files import data_path

FILE = data_path("kb") / "officials_fm_americas_oceania.csv"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


# (name, a day in the tenure, country, post, a day after the tenure ended or None)
CASES = [
    ("Maxine McClean", date(2014, 6, 1), "BRB", "Minister of Foreign Affairs and Foreign Trade", date(2019, 1, 1)),
    ("Darren Henfield", date(2019, 3, 1), "BHS", "Minister of Foreign Affairs", date(2022, 1, 1)),
    ("Karen Cummings", date(2019, 11, 1), "GUY", "Minister of Foreign Affairs", date(2021, 1, 1)),
    ("Yldiz Pollack-Beighle", date(2018, 5, 1), "SUR", "Minister of Foreign Affairs", date(2021, 1, 1)),
    ("Ernesto Talvi", date(2020, 4, 15), "URY", "Minister of Foreign Relations", date(2020, 9, 1)),
    ("Luis Almagro", date(2012, 1, 1), "URY", "Minister of Foreign Relations", date(2016, 1, 1)),
    ("Dennis Moses", date(2017, 11, 9), "TTO", "Minister of Foreign and CARICOM Affairs", date(2021, 1, 1)),
    ("Kamina Johnson Smith", date(2018, 6, 19), "JAM", "Minister of Foreign Affairs and Foreign Trade", None),
    ("Fekitamoeloa ʻUtoikamanu", date(2023, 1, 1), "TON", "Minister of Foreign Affairs", date(2025, 6, 1)),
    ("Celinda Sosa", date(2024, 6, 1), "BOL", "Minister of Foreign Affairs", date(2026, 1, 1)),
    ("Juan Carlos Holguín", date(2022, 6, 1), "ECU", "Minister of Foreign Affairs and Human Mobility", date(2023, 6, 1)),
    ("Mario Búcaro", date(2023, 1, 1), "GTM", "Minister of Foreign Affairs", date(2024, 6, 1)),
]


@pytest.mark.parametrize("name,on,country,post,after", CASES, ids=[c[0] for c in CASES])
def test_a_foreign_minister_is_coded_by_the_post_held_on_the_day(kb, name, on, country, post, after):
    people = kb.people_named(name, on=on)
    assert people, name
    held = kb.post_on(people[0].id, on)
    assert held is not None
    assert (held.country, held.sector, held.post) == (country, "GOV", post)
    if after is not None:
        later = kb.post_on(people[0].id, after)
        assert later is None or later.post != post


def test_an_ascii_alias_finds_the_same_minister(kb):
    with_mark = kb.people_named("Fekitamoeloa ʻUtoikamanu")[0]
    plain = kb.people_named("Fekitamoeloa Utoikamanu")[0]
    assert with_mark.id == plain.id == "person:fekitamoeloa-utoikamanu"


def test_a_minister_twice_in_office_is_one_person_with_a_gap_between(kb):
    p = kb.people_named("Fred Mitchell")[0]
    assert kb.post_on(p.id, date(2004, 1, 1)).country == "BHS"
    assert kb.post_on(p.id, date(2019, 1, 1)) is None  # Henfield's years
    assert kb.post_on(p.id, date(2023, 1, 1)).post == "Minister of Foreign Affairs and Public Service"


def test_every_row_of_the_file_is_a_sourced_foreign_minister_tenure():
    with open(FILE, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 60
    for r in rows:
        assert r["office"] == "FM" and r["sector"] == "GOV", r
        assert "checked" in r["source"], r["name"]
        assert r["id"].startswith("person:") and r["id"] == r["id"].lower() and r["id"].isascii(), r["id"]
