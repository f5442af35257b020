"""Verbal and material acts of news stories (issue #13, session 10, dev-b): leaving talks
as a refusal, arrests told by their detainees alone, rallies told as held, and the
addressee a protest takes from the story; "it" in "X announced it was ..." is X; a
refusal of "the offer" or "it" answers the doer of the clause before.

Sentences written for these tests. Each case is (text, expected, forbidden): ``expected``
events (type, source country, source sector, target country) must be among what the
pipeline extracts; ``forbidden`` ones must not be.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, dyad_key, events_of, side_key

DATE = "2022-05-10"

LEFT_TALKS_CASES = [
    # leaving talks is a refusal to go on negotiating, addressed to the other side of the talks
    ("Hamas said it was withdrawing from the negotiations with Israel.", [("REJECT", "PSE", "INS", "ISR")], []),
    ("Armenia walked out of the peace talks with Azerbaijan on Tuesday.", [("REJECT", "ARM", None, "AZE")],
     [("PROTEST", "ARM", None, None)]),
    ("The Colombian government pulled out of the talks with the ELN in Havana.",
     [("REJECT", "COL", "GOV", "COL")], []),
    # leaving a place or a deal is no refusal of talks
    ("American troops pulled out of Syria in 2019.", [("RETREAT", "USA", "MIL", "SYR")],
     [("REJECT", "USA", "MIL", "SYR")]),
    ("Iraqi forces withdrew from the town of Tal Afar.", [], [("REJECT", "IRQ", "MIL", None)]),
]

UNSTATED_ARRESTER_CASES = [
    # an arrest told by its detainee: the government of the place arrested
    ("A journalist was arrested on Monday in Istanbul and charged with espionage.",
     [("COERCE", "TUR", "GOV", "TUR")], []),
    ("Two activists were detained in Harare on Friday.", [("COERCE", "ZWE", "GOV", "ZWE")], []),
    ("The opposition leader was detained in Minsk after the rally.", [("COERCE", "BLR", "GOV", "BLR")], []),
    # a named arrester is read as it is; a state's own officer arrested gives no arrester
    ("Three students were arrested by Ugandan police in Kampala.", [("COERCE", "UGA", "GOV", "UGA")], []),
    ("A police officer was arrested in Lagos for taking bribes.", [], [("COERCE", "NGA", "GOV", "NGA")]),
    # no place and no story: no state to arrest
    ("The suspect was arrested last week.", [], [("COERCE", None, "GOV", None)]),
]

SUSPECTED_MEMBER_CASES = [
    # a detainee accused or suspected of being a group's member is that group's
    ("A man suspected of being a member of al-Shabab was detained in Mombasa.", [("COERCE", "KEN", "GOV", "SOM", "INS")]),
    ("A second suspect, accused of being an ELN guerrilla, was arrested in Cali.", [("COERCE", "COL", "GOV", "COL", "INS")]),
    ("A woman accused of being a Boko Haram supporter was arrested in Maiduguri.",
     [("COERCE", "NGA", "GOV", "NGA", "INS")]),
]

HELD_RALLY_CASES = [
    # a rally told as held is a protest of the place's public
    ("Rallies were held overnight in Caracas and other Venezuelan cities.", [("PROTEST", "VEN", "CIV", None)], []),
    ("A rally was held in Tbilisi on Sunday.", [("PROTEST", "GEO", "CIV", None)], []),
    ("Demonstrations were held in Nairobi and Mombasa on Friday.", [("PROTEST", "KEN", "CIV", None)], []),
    # a held election or meeting is no protest
    ("Elections were held in Nigeria on Saturday.", [], [("PROTEST", "NGA", "CIV", None)]),
]

STORY_PROTEST_ADDRESSEE_CASES = [
    # a later protest of the same public is against the government the earlier one was against
    ("Protesters in Quito chanted anti-government slogans on Monday. Rallies were held overnight in Guayaquil.",
     [("PROTEST", "ECU", "CIV", "ECU")], [("PROTEST", "ECU", "CIV", None)]),
    ("Students in Dhaka chanted anti-government slogans. Protests erupted in Chittagong the next day.",
     [("PROTEST", "BGD", "CIV", "BGD")], [("PROTEST", "BGD", "CIV", None)]),
    ("Demonstrators in Harare chanted anti-government slogans. A rally was held in Bulawayo on Tuesday.",
     [("PROTEST", "ZWE", "CIV", "ZWE")], []),
    # an earlier protest against another state's government gives no addressee
    ("Protesters in Paris marched against the Russian government. Rallies were held in Lyon.",
     [("PROTEST", "FRA", "CIV", None)], [("PROTEST", "FRA", "CIV", "FRA")]),
]

CLAUSE_OWNER_CASES = [
    # "the army announced it was ...": it is the army, not a state named before
    ("Sudan's army and the RSF fought in Khartoum. The United States imposed sanctions on both. "
     "On Wednesday, the army announced it was pulling out of talks in Jeddah.",
     [("REJECT", "SDN", "MIL")], [("REJECT", "USA", None)]),
    ("Mali's army fought rebels near Kidal. France criticised the junta. "
     "On Friday, the army said it was withdrawing from the negotiations in Algiers.",
     [("REJECT", "MLI", "MIL")], [("REJECT", "FRA", None)]),
    ("Myanmar's army fought ethnic rebels in Shan state. China called for calm. "
     "The army announced it was pulling out of the talks with the rebels.",
     [("REJECT", "MMR", "MIL")], [("REJECT", "CHN", None)]),
]

REJECTED_ANTECEDENT_CASES = [
    # "X did Y, but Z rejected the offer / it": Z refuses X's act
    ("Pakistan offered talks, but India rejected the offer.", [("REJECT", "IND", None, "PAK")], []),
    ("Israel proposed a truce, but Hamas rejected the proposal.", [("REJECT", "PSE", "INS", "ISR")], []),
    ("Russia proposed a ceasefire, but Ukraine rejected the plan.", [("REJECT", "UKR", None, "RUS")], []),
    # "it" as the object is not the verb's own subject
    ("Israel proposed a truce, and Hamas rejected it.", [("REJECT", "PSE", "INS", "ISR")],
     [("REJECT", "PSE", "INS", "PSE")]),
    # an object that names its own party is not the clause before
    ("Pakistan offered talks, but India rejected Chinese mediation.", [], [("REJECT", "IND", None, "PAK")]),
]

ECHOED_POST_CASES = [
    # "the president" / "the prime minister" after a named holder of that post is that
    # holder, never the subject of the same verb
    ("French President Emmanuel Macron said Europe must defend itself. German Chancellor Olaf Scholz echoed "
     "the president, saying the union must act together.", [("SUPPORT", "DEU", "GOV", "FRA")],
     [("SUPPORT", "DEU", "GOV", "DEU")]),
    ("Indian Prime Minister Narendra Modi said the region needs peace. Japanese Prime Minister Fumio Kishida "
     "echoed the prime minister on Twitter.", [("SUPPORT", "JPN", "GOV", "IND")], [("SUPPORT", "JPN", "GOV", "JPN")]),
    ("US President Joe Biden said NATO must stay united. British Prime Minister Boris Johnson echoed the "
     "president on Thursday.", [("SUPPORT", "GBR", "GOV", "USA")], [("SUPPORT", "GBR", "GOV", "GBR")]),
    # no earlier holder of the post: the subject does not echo itself
    ("German Chancellor Olaf Scholz echoed the president on Monday.", [], [("SUPPORT", "DEU", "GOV", "DEU")]),
]

ALL_SIDE_CASES = ECHOED_POST_CASES + REJECTED_ANTECEDENT_CASES + LEFT_TALKS_CASES + UNSTATED_ARRESTER_CASES + HELD_RALLY_CASES + STORY_PROTEST_ADDRESSEE_CASES


@pytest.mark.parametrize("text,expected,forbidden", ALL_SIDE_CASES, ids=[c[0][:50] for c in ALL_SIDE_CASES])
def test_events_by_sides(pipeline, text, expected, forbidden):
    assert_events([side_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


@pytest.mark.parametrize("text,expected", SUSPECTED_MEMBER_CASES, ids=[c[0][:50] for c in SUSPECTED_MEMBER_CASES])
def test_detainee_accused_of_membership_is_the_group(pipeline, text, expected):
    assert_events([dyad_key(e) for e in events_of(pipeline, text, DATE)], expected, [])


@pytest.mark.parametrize("text,expected,forbidden", CLAUSE_OWNER_CASES, ids=[c[0][:40] for c in CLAUSE_OWNER_CASES])
def test_it_of_an_announcing_noun_is_that_noun(pipeline, text, expected, forbidden):
    got = [(e.type, e.source.country, e.source.sector) for e in events_of(pipeline, text, DATE)]
    assert_events(got, expected, forbidden)
