"""The acronym "IS" (the Islamic State) that the parser reads as the auxiliary "is" is a
name again (``acronym_auxiliaries``): "IS militants attacked ..." is an attack by the
Islamic State, not a passive with no doer.

Sentences written for these tests, through the real spaCy model and the real pipeline.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of

DATE = "2022-06-10"


@pytest.mark.parametrize("text,target_country", [
    ("On 21 April 2022, IS militants attacked Iraqi soldiers near Kirkuk.", "IRQ"),
    ("On 3 May 2022, IS fighters ambushed a Syrian army patrol near Palmyra.", "SYR"),
    ("On 9 May 2022, IS militants attacked Nigerian troops near Lake Chad.", "NGA"),
])
def test_is_militants_are_the_islamic_state(pipeline, text, target_country):
    got = {(e.type, e.source.name, e.target.country if e.target else None) for e in events_of(pipeline, text, DATE)}
    assert ("ASSAULT", "Islamic State", target_country) in got, got


def test_acronym_alone_is_the_subject(nlp):
    doc = nlp("Clashes took place in the town after IS targeted several SDF positions.")
    acronym = [t for t in doc if t.text == "IS"][0]
    assert acronym.dep_ == "nsubj" and acronym.head.lemma_ == "target" and acronym.pos_ == "PROPN"


def test_the_auxiliary_itself_is_left_alone(nlp):
    doc = nlp("The base is attacked almost daily by militants near Kidal.")
    aux = [t for t in doc if t.lower_ == "is"][0]
    assert aux.dep_ in ("aux", "auxpass") and aux.head.lemma_ == "attack"
