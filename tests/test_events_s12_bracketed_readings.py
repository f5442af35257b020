"""The state of a setting told with its divisions in a bracket is the one state where
every known name of the chain has a reading (``events/generic.py`` ``_shared_state``), and
an entity that a capitalised name goes on after is only a piece of that name
(``_piece_of_a_name``), so a bare role takes the right state from the place.

Sentences written for these tests, through the real spaCy model and the real pipeline.
"""

from __future__ import annotations

import pytest

from dragoman.events.generic import setting_country
from sentence_events import events_of

DATE = "2022-05-10"

TARGET_CASES = [
    # Santarem lies in Brazil and Portugal, Para in Brazil, Suriname and others: Brazil
    ("Police officers shot dead a suspect near Santarem (Para).", "BRA"),
    # "Horo" alone is a town abroad; "Horo Gudru Wellega zone" lies in Oromia
    ("Gunmen killed three civilians in Horo Gudru Wellega zone, Oromia.", "ETH"),
]


@pytest.mark.parametrize("text,country", TARGET_CASES, ids=[c[1] for c in TARGET_CASES])
def test_bare_target_takes_the_state_of_the_whole_place(pipeline, text, country):
    evs = [e for e in events_of(pipeline, text, DATE) if e.type == "ASSAULT"]
    assert evs and all(e.target is not None and e.target.country == country for e in evs), \
        [(e.target.country if e.target else None) for e in evs]


SETTING_CASES = [
    # Rafah lies in Egypt and Palestine, North Sinai in Egypt; Matalla is unknown
    ("Militants attacked a checkpoint in Matalla (Rafah, North Sinai).", "EGY"),
    ("Farmers protested in Santarem (Para) against the new port.", "BRA"),
    # a chain with only one known name keeps the reading of that name
    ("Workers protested in Dimitrovgrad (Haskovo) against the closure of the plant.", "BGR"),
]


@pytest.mark.parametrize("text,country", SETTING_CASES, ids=[c[1] for c in SETTING_CASES])
def test_setting_country_of_a_bracketed_chain(nlp, text, country):
    sent = next(nlp(text).sents)
    assert setting_country(sent) == country
