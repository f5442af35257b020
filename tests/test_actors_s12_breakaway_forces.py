"""A breakaway entity named as the holder of armed forces or their positions is its
forces (``actors/disputed.py`` ``entity_forces``, rule ``disputed-entity-forces``), not the
state it is coded as: "Ukrainian forces shelled DPR positions" is Ukraine's army against
the DPR's forces, not Ukraine against itself.

Sentences written for these tests, through the real spaCy model and the real pipeline.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of

DATE = "2022-05-10"
NAF = "United Armed Forces of Novorossiya"


def _named_dyads(pipeline, text):
    return {(e.type, e.source.country, e.source.sector, e.source.name, e.target.name if e.target else None)
            for e in events_of(pipeline, text, DATE)}


FORCES_CASES = [
    # modifier of the positions, "of" under them, the entity's militia by its own name
    ("Ukrainian troops shelled DPR positions near Horlivka.", ("ASSAULT", "UKR", "MIL", NAF)),
    ("Ukrainian forces fired mortars at the positions of the LPR near Popasna.", ("ASSAULT", "UKR", "MIL", NAF)),
    ("The Ukrainian army fired grenade launchers at the positions of the Donetsk People's Militia near Avdiivka.",
     ("ASSAULT", "UKR", "MIL", NAF)),
    ("Moroccan troops fired artillery at Sahrawi positions near Mahbes.", ("ASSAULT", "MAR", "MIL", "Polisario Front")),
]


@pytest.mark.parametrize("text,expected", FORCES_CASES, ids=[c[0][:50] for c in FORCES_CASES])
def test_entity_named_as_holder_of_forces_is_its_forces(pipeline, text, expected):
    got = _named_dyads(pipeline, text)
    assert any(g[:3] == expected[:3] and g[4] == expected[3] for g in got), got


def test_forces_reading_keeps_the_entity_itself_a_place(nlp, resolver):
    # the entity named for itself keeps the documented convention (a country reading)
    from dragoman.documents.readers import prepare
    from dragoman.models import Document

    text = "The DPR said Ukrainian artillery hit a school in Donetsk."
    doc = prepare(Document(id="t", text=text, publication_date=DATE, date_basis="metadata", date_precision="day"))
    ms = resolver(doc, nlp(doc.body))
    dpr = [m for m in ms if m.text == "DPR"]
    assert dpr and dpr[0].actor.country == "UKR" and dpr[0].actor.rule == "disputed-entity"


def test_separatist_forces_of_dpr_and_lpr_are_one_actor(resolver, nlp):
    from dragoman.documents.readers import prepare
    from dragoman.models import Document

    text = "DPR forces and the Luhansk People's Militia attacked Ukrainian positions."
    doc = prepare(Document(id="t", text=text, publication_date=DATE, date_basis="metadata", date_precision="day"))
    names = {m.actor.name for m in resolver(doc, nlp(doc.body)) if m.actor}
    assert NAF in names and "Donetsk People's Republic forces" not in names
