"""Protests and arrests as event notes tell them (issues #13, #14): acts done at a
protest, crowds named by their protest, crowds counted by a total.

Sentences written for these tests, across many states. Each case is (text, expected,
forbidden) over (type, source country, source sector, target country) keys; a ``None``
target means the act names no addressee.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of, side_key

DATE = "2022-05-10"


def _events(pipeline, text: str):
    return [side_key(e) for e in events_of(pipeline, text, DATE)]


def _sources(pipeline, text: str, type_: str):
    return {(e.source.country, e.source.sector) for e in events_of(pipeline, text, DATE) if e.type == type_}


OCCASION_CASES = [
    # an act done during or in a protest: the crowd that does it protests
    ("Students burned tyres during a demonstration in Dakar over unpaid grants.",
     [("PROTEST", "SEN", "CIV", None)]),
    ("Farmers clashed with riot police during a protest in Lahore against rising fertiliser prices.",
     [("PROTEST", "PAK", "CIV", None)]),
    ("Residents used rocks to block a road near Kisumu in a demonstration against power cuts.",
     [("PROTEST", "KEN", "CIV", None)]),
    ("Youths threw stones at police vans during a rally in Santiago, Chile.",
     [("PROTEST", "CHL", "CIV", None)]),
]


@pytest.mark.parametrize("text,expected", OCCASION_CASES, ids=[c[0][:40] for c in OCCASION_CASES])
def test_act_during_protest_is_the_crowds_protest(pipeline, text, expected):
    assert_events(_events(pipeline, text), expected, [])


PROTESTING_CROWD_CASES = [
    # a participle of protesting on the crowd's noun
    ("Striking dock workers clashed with security guards in Durban.", ("ZAF", "CIV")),
    ("Protesting farmers set up tents outside the provincial assembly in Lahore.", ("PAK", "CIV")),
    ("Demonstrating students threw eggs at the minister's car in Bogota.", ("COL", "CIV")),
]


@pytest.mark.parametrize("text,expected", PROTESTING_CROWD_CASES, ids=[c[0][:40] for c in PROTESTING_CROWD_CASES])
def test_crowd_named_by_its_protest_protests(pipeline, text, expected):
    assert expected in _sources(pipeline, text, "PROTEST")


SILENT_CASES = [
    # what is done to the crowd, or by the state, at a protest is no protest of theirs
    ("Two students were arrested during a demonstration in Dakar.", [("PROTEST", "SEN", "CIV", None)]),
    ("Police fired tear gas during a protest in Nairobi.", [("PROTEST", "KEN", "GOV", None)]),
    ("Three people died in the protests in Tehran last week.", [("PROTEST", "IRN", "CIV", None)]),
    ("Soldiers detained four men during a rally in Yangon.", [("PROTEST", "MMR", "MIL", None)]),
]


@pytest.mark.parametrize("text,forbidden", SILENT_CASES, ids=[c[0][:40] for c in SILENT_CASES])
def test_acts_done_to_protesters_are_no_protest(pipeline, text, forbidden):
    assert_events(_events(pipeline, text), [], forbidden)


TOTAL_CASES = [
    # "a total of" / "an average of" counts the crowd; the noun after "of" says who
    ("Police detained a total of 40 protesters in Minsk.", ("COERCE", "BLR", "GOV", "BLR")),
    ("An average of 200 residents blocked the main highway outside Arequipa to demand water.",
     ("PROTEST", "PER", "CIV", None)),
    ("Gendarmes arrested a total of 12 smugglers near Agadez.", ("COERCE", "NER", "GOV", "NER")),
]


@pytest.mark.parametrize("text,expected", TOTAL_CASES, ids=[c[0][:40] for c in TOTAL_CASES])
def test_counted_total_is_the_noun_after_of(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [])


OBSTRUCTION_CASES = [
    # a crowd that blocks or shuts a site protests by obstruction; it restricts no one
    ("Workers blocked the Kaneshie Market in Accra for a third day.", "GHA"),
    ("Climate activists blocked access to the Shell refinery in Rotterdam.", "NLD"),
    ("Residents blocked the Ministry of Water in Lima to demand repairs.", "PER"),
]


@pytest.mark.parametrize("text,country", OBSTRUCTION_CASES, ids=[c[0][:40] for c in OBSTRUCTION_CASES])
def test_crowd_blockade_is_protest_not_coerce(pipeline, text, country):
    got = _events(pipeline, text)
    assert ("PROTEST", country, "CIV", None) in got, got
    assert not any(k[0] == "COERCE" for k in got), got


STATE_BLOCKADE_CASES = [
    # a state that blocks a route or people still restricts (COERCE)
    ("Pakistan blocked NATO supply routes into Afghanistan.", ("COERCE", "PAK", None, "AFG")),
    ("Israeli soldiers blocked Palestinian farmers near Nablus.", ("COERCE", "ISR", "MIL", "PSE")),
    ("Kenyan police blocked opposition supporters in Kisumu.", ("COERCE", "KEN", "GOV", "KEN")),
]


@pytest.mark.parametrize("text,expected", STATE_BLOCKADE_CASES, ids=[c[0][:40] for c in STATE_BLOCKADE_CASES])
def test_state_blockade_stays_coerce(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [])


def _coerce_targets(pipeline, text: str):
    return [(e.target.country, e.target.sector) if e.target else None
            for e in events_of(pipeline, text, DATE) if e.type == "COERCE"]


FOREIGN_PEOPLE_CASES = [
    # migrants found somewhere are not of that place's state
    ("Police detained 40 migrants in a truck near Van.", (None, "CIV")),
    ("Border guards detained 63 migrants near the Polish border town of Terespol.", (None, "CIV")),
    ("Soldiers arrested 25 migrants from Haiti, Cuba and Peru near Tapachula.", (None, "CIV")),
    # ... unless one origin is said
    ("Police arrested 12 migrants from Eritrea in Tripoli.", ("ERI", "CIV")),
    ("Police arrested 30 Afghan migrants in Istanbul.", ("AFG", "CIV")),
]


@pytest.mark.parametrize("text,expected", FOREIGN_PEOPLE_CASES, ids=[c[0][:40] for c in FOREIGN_PEOPLE_CASES])
def test_migrants_take_no_country_from_where_they_are(pipeline, text, expected):
    assert expected in _coerce_targets(pipeline, text), _coerce_targets(pipeline, text)


JOINED_PROTEST_CASES = [
    # joining, launching or starting a protest is protesting
    ("Hundreds of nurses joined a protest in Lagos over unpaid allowances.", ("PROTEST", "NGA", "CIV", None)),
    ("Teachers launched a protest rally in Kathmandu against the new curriculum.", ("PROTEST", "NPL", "CIV", None)),
    ("Miners began a demonstration outside the company offices in Oruro.", ("PROTEST", "BOL", "CIV", None)),
]


@pytest.mark.parametrize("text,expected", JOINED_PROTEST_CASES, ids=[c[0][:40] for c in JOINED_PROTEST_CASES])
def test_joining_a_protest_is_protesting(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [])


def test_joining_air_strikes_is_no_protest(pipeline):
    got = _events(pipeline, "The United States joined air strikes against Islamic State in Syria.")
    assert not any(k[0] == "PROTEST" for k in got), got


CROWD_PURPOSE_CASES = [
    # a crowd barricading roads, taking over or entering a building to protest, gathering to strike
    ("Students barricaded the main road with burning tyres in Soweto over fees.", ("PROTEST", "ZAF", "CIV", None)),
    ("Parents took over the school in Oaxaca to demand new teachers.", ("PROTEST", "MEX", "CIV", None)),
    ("Nurses gathered outside the hospital in Leeds to strike over pay.", ("PROTEST", "GBR", "CIV", None)),
]


@pytest.mark.parametrize("text,expected", CROWD_PURPOSE_CASES, ids=[c[0][:40] for c in CROWD_PURPOSE_CASES])
def test_crowd_obstructs_or_enters_to_protest(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [])


def test_soldiers_entering_a_town_do_not_protest(pipeline):
    got = _events(pipeline, "Soldiers entered the village of Kidal to arrest suspects.")
    assert not any(k[0] == "PROTEST" for k in got), got


FORMER_FORCES_CASES = [
    # those who hope to join, or have left, the forces are civilians when they protest
    ("Army aspirants blocked the railway line in Patna to protest against the new recruitment scheme.", "IND"),
    ("Retired army officers protested outside the defence ministry in Beirut to demand higher pensions.", "LBN"),
    ("Ex-servicemen staged a demonstration in Nairobi over unpaid pensions.", "KEN"),
]


@pytest.mark.parametrize("text,country", FORMER_FORCES_CASES, ids=[c[0][:40] for c in FORMER_FORCES_CASES])
def test_aspirants_and_veterans_protest_as_civilians(pipeline, text, country):
    got = _sources(pipeline, text, "PROTEST")
    assert (country, "CIV") in got and (country, "MIL") not in got, got


def test_serving_soldiers_stay_military(pipeline):
    assert ("UKR", "MIL") in _sources(pipeline, "Soldiers rallied in Kyiv.", "PROTEST")


STRIKE_CASES = [
    # a crowd's strike that strikes no one is a protest
    ("Nurses gathered outside the hospital in Leeds to strike over pay.", "GBR"),
    ("Teachers in Harare struck for a third day over pay.", "ZWE"),
    ("Doctors in Lagos went on strike over unpaid salaries.", "NGA"),
]


@pytest.mark.parametrize("text,country", STRIKE_CASES, ids=[c[0][:40] for c in STRIKE_CASES])
def test_crowd_strike_is_protest_not_attack(pipeline, text, country):
    got = _events(pipeline, text)
    assert ("PROTEST", country, "CIV", None) in got, got
    assert not any(k[0] == "ASSAULT" for k in got), got


STRUCK_SOMEONE_CASES = [
    # striking someone stays an attack, whoever strikes
    ("Residents struck the thief with sticks in Kampala.", ("ASSAULT", "UGA", "CIV", "UGA")),
    ("Gunmen struck a police post in Borno.", ("ASSAULT", "NGA", "INS", "NGA")),
    ("Israeli jets struck Gaza.", ("ASSAULT", "ISR", "MIL", "PSE")),
]


@pytest.mark.parametrize("text,expected", STRUCK_SOMEONE_CASES, ids=[c[0][:40] for c in STRUCK_SOMEONE_CASES])
def test_striking_someone_stays_an_attack(pipeline, text, expected):
    assert_events(_events(pipeline, text), [expected], [("PROTEST",) + expected[1:3] + (None,)])


def test_migrants_a_noun_is_about_leave_its_owner_the_target(pipeline):
    # what a noun is about is no party: the owner of the report or treatment is addressed
    assert_events(_events(pipeline, "Italy criticised Tunisia's treatment of the migrants."),
                  [("ACCUSE", "ITA", None, "TUN")], [])
    assert_events(_events(pipeline, "Spain rejected Morocco's report on the migrants."),
                  [("REJECT", "ESP", None, "MAR")], [])


def test_migrants_attacked_are_no_ones_public(pipeline):
    assert ("ASSAULT", "FRA", "GOV", None) in _events(pipeline, "Police beat migrants near Calais.")
