"""Places read through an event note's parenthesised list of larger places (issue #14;
``places/admin_lists.py``): ``compass-part`` ("Shan-North state" is Shan State) and
``list-state`` (a town the gazetteer knows only abroad, named with a list whose province
lies in another state, is no town abroad). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dragoman.places.toponyms import resolve_places


def _places(nlp, text):
    return [(p.raw, p.country) for p in resolve_places(nlp(text))]


@pytest.mark.parametrize("text,foreign", [
    # Muse (Shan State) and Kamma (Magway Region) are in the gazetteer only as towns abroad
    ("On 3 June 2022, soldiers arrested two traders in Muse town (Muse township, Shan-North state).", "USA"),
    ("On 2 February 2022, soldiers arrested a man in Kamma (Thayet district, Magway region).", "ITA"),
    # a name known only as another town's variant spelling ("Baraka" for Libya's Brak)
    ("On 8 January 2022, gunmen killed a trader in Baraka city (Fizi, Sud-Kivu).", "LBY"),
])
def test_town_set_by_its_list_is_not_the_town_abroad(nlp, text, foreign):
    places = _places(nlp, text)
    assert places, "the list's province is read"
    assert all(country != foreign for _, country in places), places


def test_town_with_a_reading_in_the_lists_state_keeps_it(nlp):
    # Dimitrovgrad is also a Russian city: the list's Bulgarian province decides, the town stays
    assert ("Dimitrovgrad", "BGR") in _places(nlp, "On 1 March 2022, farmers protested in Dimitrovgrad (Haskovo).")


@pytest.mark.parametrize("text,province", [
    ("On 3 June 2022, soldiers arrested two traders in Muse town (Muse township, Shan-North state).", "Shan"),
    ("On 4 June 2022, the military shelled a village near Namhsan (Kyaukme district, Shan-South state).", "Shan"),
])
def test_compass_part_of_a_province(nlp, text, province):
    assert (province, "MMR") in _places(nlp, text)


def test_list_state_leaves_the_town_to_the_localities(pipeline):
    from sentence_events import events_of

    events = events_of(pipeline, "On 3 June 2022, unidentified gunmen shot dead a trader in Kamma town (Kamma "
                                 "township, Thayet district, Magway region).", "2022-06-04")
    assert events and all(e.source.country == "MMR" for e in events if e.type == "ASSAULT")


def test_mexican_states_by_their_short_names(nlp):
    assert ("Michoacan", "MEX") in _places(nlp, "On 5 April 2022, gunmen killed two farmers in Villamar, Michoacan.")
