"""Words the gazetteer holds as subdivisions or towns that are no place in news text
(issue #14): a subdivision named by an ordinary adjective ("Jewish") or a number
("District 2"), and a single letter (``letter-not-place``, ``places/spellings.py``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dragoman.places.toponyms import resolve_places


def _countries(nlp, text):
    return {p.country for p in resolve_places(nlp(text))}


@pytest.mark.parametrize("text,wrong,right", [
    ("On 2 March 2022, Jewish settlers set fire to a barn near Hebron (Hebron, West Bank).", "RUS", None),
    ("On 4 March 2022, a Jewish worshipper was assaulted in Haifa.", "RUS", "ISR"),
    ("On 9 April 2022, teachers protested in Tehran - District 3 (Tehran) over unpaid wages.", "TUN", "IRN"),
    ("On 7 April 2022, police arrested 12 people near U Hla village (Bogale township, Ayeyarwady region).",
     "FSM", "MMR"),
])
def test_no_place_of_that_spelling(nlp, text, wrong, right):
    countries = _countries(nlp, text)
    assert wrong not in countries, countries
    if right:
        assert right in countries, countries


def test_two_letter_names_stay_places(nlp):
    assert "USA" in _countries(nlp, "On 5 May 2022, protesters marched to the US embassy in Manila.")
