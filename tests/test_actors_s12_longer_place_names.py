"""A generic actor's place read from the gazetteer alone ("gunmen in Colonia ...") is not
the place of its first words when a capitalised name goes on after them
(``actors/generic.py`` ``_continues_the_name``): "Colonia" of "Colonia Emiliano Zapata" is
a neighbourhood, not Uruguay's Colonia, and the actor takes the country of the act's place.

Sentences written for these tests, through the real spaCy model and the real pipeline.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of

DATE = "2022-05-10"

NEIGHBOURHOOD_CASES = [
    ("Gunmen in Colonia Villa Nueva killed a bus driver in Tegucigalpa.", "HND"),
    ("Gang members in Colonia Escalon shot a shopkeeper in Soyapango.", "SLV"),
    ("Armed men in Colonia Jardines killed a trader in Quetzaltenango.", "GTM"),
]


@pytest.mark.parametrize("text,country", NEIGHBOURHOOD_CASES, ids=[c[1] for c in NEIGHBOURHOOD_CASES])
def test_neighbourhood_name_does_not_set_the_actor_abroad(pipeline, text, country):
    evs = [e for e in events_of(pipeline, text, DATE) if e.type == "ASSAULT"]
    assert evs, "no ASSAULT event"
    # the name is no place of its own: the actor is placed where the act happened
    assert all(e.source.country == country and "of-place" not in e.source.rule for e in evs), \
        [(e.source.country, e.source.rule) for e in evs]


def test_a_whole_gazetteer_name_still_places_the_actor(pipeline):
    evs = [e for e in events_of(pipeline, "Police in Durres arrested two smugglers.", DATE) if e.type == "COERCE"]
    assert evs and evs[0].source.country == "ALB", [(e.source.country, e.source.rule) for e in evs]
