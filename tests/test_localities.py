"""Localities the gazetteer lacks, placed by the places that situate them."""

from __future__ import annotations

import pytest

from dragoman.places.gazetteer import Gazetteer
from dragoman.places.localities import add_localities
from dragoman.places.clause_places import place_for_clause
from dragoman.places.toponyms import resolve_places


@pytest.mark.parametrize("text, trigger, expected, country", [
    ("On 13 June 2022, militants attacked soldiers in Matalla (Rafah, North Sinai), killing two.", "attacked", "Matalla", "EGY"),
    ("Rioters clashed with soldiers during their raid in Haris village (Salfit, West Bank).", "clashed", "Haris", None),
    ("On 5 May 2022, Russian forces shelled Ukrainian forces near Tsupivka, Kharkiv.", "shelled", "Tsupivka", "UKR"),
    ("On 24 May 2022, Russian forces shelled Toretsk, Donetsk, killing two civilians.", "shelled", "Toretsk", "UKR"),
    # a descriptor before the comma; a name the NER reads as a person after "in"
    ("On 8 May 2022, Russian forces shelled Zhelanne district, Donetsk, overnight.", "shelled", "Zhelanne", "UKR"),
    ("On 2 May 2022, in Arroyo Naranjo, La Habana, police arrested two artists.", "arrested", "Arroyo Naranjo", "CUB"),
    # a name inside the list after a locality is no locality of its own
    ("On 9 May 2022, soldiers clashed with bandits in Chito (Ukum, Benue) at dawn.", "clashed", "Chito", "NGA"),
    # a name parsed as the modifier of its descriptor
    ("On 3 March 2022, in Let Pan Hla village (Pauk township, Magway region), troops attacked a school.",
     "attacked", "Let Pan Hla", "MMR"),
])
def test_the_event_takes_the_most_specific_place(nlp, text, trigger, expected, country):
    doc = nlp(text)
    places = add_localities(doc, resolve_places(doc), Gazetteer.default())
    tok = next(t for t in doc if t.text == trigger)
    place = place_for_clause(tok, places)
    assert place is not None and place.name == expected
    if country:
        assert place.country == country


def test_places_inside_the_list_are_context_not_candidates(nlp):
    doc = nlp("Militants attacked a checkpoint in Matalla (Rafah, North Sinai).")
    names = [p.name for p in add_localities(doc, resolve_places(doc))]
    assert "Matalla" in names and not any("Sinai" in n for n in names)


def test_a_place_that_is_a_party_is_not_a_fallback_place(nlp):
    doc = nlp("The strike marks an escalation in tensions between Washington and Tehran.")
    places = add_localities(doc, resolve_places(doc))
    tok = next(t for t in doc if t.text == "escalation")
    assert place_for_clause(tok, places) is None


@pytest.mark.parametrize("text, trigger, expected, country", [
    # "city" before the list is the locality's descriptor, as "village" or "town" are
    ("On 4 May 2022, students protested in Ujjain city (Ujjain, Madhya Pradesh) over fees.", "protested", "Ujjain",
     "IND"),
    ("On 9 June 2022, traders rioted in Kisangani city (Makiso, Tshopo) over taxes.", "rioted", "Kisangani", "COD"),
    ("On 1 July 2022, workers protested in Arequipa city (Arequipa, Arequipa) over wages.", "protested", "Arequipa",
     "PER"),
])
def test_a_city_before_its_list_is_the_place(nlp, text, trigger, expected, country):
    doc = nlp(text)
    places = add_localities(doc, resolve_places(doc), Gazetteer.default())
    tok = next(t for t in doc if t.text == trigger)
    place = place_for_clause(tok, places)
    assert place is not None and place.name == expected and place.country == country


@pytest.mark.parametrize("text, trigger, expected", [
    # a capitalised "City" or "Camp" is a word of the name, not its descriptor
    ("On 5 May 2022, refugees rioted in Nyarugusu Refugee Camp (Kasulu, Kigoma) over food.", "rioted",
     "Nyarugusu Refugee Camp"),
    ("On 6 May 2022, soldiers raided homes in Kutupalong Camp (Ukhia, Chittagong) at dawn.", "raided",
     "Kutupalong Camp"),
    ("On 7 May 2022, refugees protested in Dadaab Refugee Camp (Dadaab, Garissa) over rations.", "protested",
     "Dadaab Refugee Camp"),
])
def test_a_capitalised_city_or_camp_is_part_of_the_name(nlp, text, trigger, expected):
    doc = nlp(text)
    places = add_localities(doc, resolve_places(doc), Gazetteer.default())
    tok = next(t for t in doc if t.text == trigger)
    place = place_for_clause(tok, places)
    assert place is not None and place.name == expected
