"""Bare demonyms made actors by their construction, weapons standing for forces, and
generic actors whose place is an outlier of the document (real spaCy model, real
knowledge base and gazetteer; actors/demonyms.py, actors/generic.py)."""

from __future__ import annotations

import pytest

from dragoman.models import Document


def actors(nlp, resolver, text, when="2021-06-01"):
    doc = Document(id="t", text=text, body=text, publication_date=when)
    return [m for m in resolver(doc, nlp(text), None) if m.actor is not None]


def coded(ms, text):
    hits = [m for m in ms if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in ms]}"
    return hits[0].actor.country, hits[0].actor.sector, hits[0].actor.rule


@pytest.mark.parametrize("text, demonym, country, sector", [
    ("Fighting broke out between Armenian and Azerbaijani troops near the border.", "Armenian", "ARM", "MIL"),
    ("Clashes between Kyrgyz and Tajik border guards left several dead.", "Kyrgyz", "KGZ", "MIL"),
    ("Kenyan, Ugandan and Tanzanian soldiers were deployed to the region.", "Kenyan", "KEN", "MIL"),
    ("Kenyan, Ugandan and Tanzanian soldiers were deployed to the region.", "Ugandan", "UGA", "MIL"),
    ("Colombian and Venezuelan officials met on the bridge.", "Colombian", "COL", "GOV"),
])
def test_coordinated_demonyms_share_the_noun(nlp, resolver, text, demonym, country, sector):
    assert coded(actors(nlp, resolver, text), demonym) == (country, sector, "demonym-shared-noun")


@pytest.mark.parametrize("text, demonym, country", [
    ("Gunmen abducted two Nigerians on the highway.", "Nigerians", "NGA"),
    ("A Bolivian was detained at the airport.", "Bolivian", "BOL"),
    ("Rebels released three Filipinos after a week.", "Filipinos", "PHL"),
])
def test_counted_demonym_noun_is_a_private_person(nlp, resolver, text, demonym, country):
    assert coded(actors(nlp, resolver, text), demonym) == (country, "CIV", "demonym-person")


def test_a_demonym_before_its_noun_or_uncounted_keeps_no_sector(nlp, resolver):
    ms = actors(nlp, resolver, "The Peruvians said the vote was fair.")
    assert all(m.actor.sector is None for m in ms if m.text in ("Peruvians", "The Peruvians"))
    ms = actors(nlp, resolver, "Ghanaian farmers protested against the new tax.")
    assert coded(ms, "Ghanaian farmers")[:2] == ("GHA", "CIV")


@pytest.mark.parametrize("text, mention, country", [
    ("Turkish warships sailed into the port.", "Turkish warships", "TUR"),
    ("Iranian gunboats approached the tanker.", "Iranian gunboats", "IRN"),
    ("Sudanese military aircraft bombed the market.", "Sudanese military aircraft", "SDN"),
])
def test_weapons_stand_for_the_forces(nlp, resolver, text, mention, country):
    assert coded(actors(nlp, resolver, text), mention)[:2] == (country, "MIL")


def test_a_misread_place_gives_way_to_the_document_country(nlp, resolver):
    # "Colonia" alone is a department of Uruguay; the note is set in Jalisco, Mexico. A name
    # that goes on after it ("Colonia Las Aguilas") is no place of its own: the act's place is
    ms = actors(nlp, resolver, "On 3 March 2021, in Zapopan, Jalisco, gunmen shot a man in Colonia Las Aguilas.")
    country, sector, rule = coded(ms, "man")
    assert (country, sector) == ("MEX", "CIV") and rule == "generic-event-place"
    assert coded(ms, "gunmen")[:2] == ("MEX", "INS")


def test_a_tiny_place_beside_a_big_one_is_outweighed(nlp, resolver):
    # "Dam" is also a small town of Ghana; Amsterdam outweighs it a hundred times
    ms = actors(nlp, resolver, "Hundreds of nurses rallied at the Dam in Amsterdam.")
    assert [coded(ms, t)[:2] for t in ("Hundreds of nurses",)] == [("NLD", "CIV")]


def test_a_state_or_a_real_city_named_as_the_place_is_never_overruled(nlp, resolver):
    ms = actors(nlp, resolver, "In Lusaka and Ndola, Zambia, students marched; police in Malawi watched.")
    assert coded(ms, "police")[:2] == ("MWI", "GOV")
    ms = actors(nlp, resolver, "Students marched in Lusaka and Ndola in Zambia. Police in Blantyre arrested two activists.")
    assert coded(ms, "Police")[:2] == ("MWI", "GOV")
