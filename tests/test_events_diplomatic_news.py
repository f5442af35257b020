"""Constructions of diplomatic and political news (docs/events.md): withdrawals from a
fight, meetings, support and protests. Sentences written for these tests, across dyads;
each case is (text, date, expected, unexpected) with events keyed by (type, source
country, source sector, target country)."""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of, side_key


CASES = [
    # a withdrawal from a fight is addressed to the other camp the sentence names ...
    ("Somali soldiers fought al-Shabaab militants for an hour before the militants withdrew.", "2022-05-10",
     [("RETREAT", "SOM", "INS", "SOM")], []),
    ("Malian troops clashed with jihadists near Mopti until the jihadists retreated.", "2022-05-10",
     [("RETREAT", "MLI", "INS", "MLI")], []),
    ("The Russian army pulled back from the area as Ukrainian forces advanced.", "2022-09-10",
     [("RETREAT", "RUS", "MIL", "UKR")], []),
    ("Nigerian soldiers left the base after Boko Haram fighters attacked it.", "2021-03-02",
     [("RETREAT", "NGA", "MIL", "NGA")], []),
    # ... or, unnamed there, the armed party of the other camp the story named just before
    ("M23 rebels seized the town of Bunagana on Monday. Congolese soldiers encircled by enemies in the town "
     "have left the city.", "2022-06-13", [("RETREAT", "COD", "MIL", "COD")], []),
    # with no fight told, no one is named; residents who leave do not withdraw
    ("The Taliban withdrew from the district.", "2022-05-10", [], [("RETREAT", "AFG", "INS", "AFG")]),
    ("Thousands of residents have left the city as the fighting spread.", "2022-05-10", [],
     [("RETREAT", "UKR", "CIV", "UKR")]),
    # an anti-government protest of an unnamed crowd is against its own state's government
    ("Anti-government protests erupted in Nairobi.", "2022-05-10", [("PROTEST", "KEN", "CIV", "KEN")], []),
    ("Anti-government protests broke out in Bangkok on Sunday.", "2022-05-10", [("PROTEST", "THA", "CIV", "THA")], []),
    ("An anti-government demonstration took place in Dhaka on Friday.", "2022-05-10",
     [("PROTEST", "BGD", "CIV", "BGD")], []),
    # a meeting attended abroad is a consultation with the state that hosts it ...
    ("Kenyan President William Ruto attended a summit in Addis Ababa on Monday.", "2023-02-20",
     [("CONSULT", "KEN", "GOV", "ETH")], []),
    ("The Turkish foreign minister attended a conference in Tehran on Tuesday.", "2022-05-10",
     [("CONSULT", "TUR", "GOV", "IRN")], []),
    ("The Nigerian president attended a summit meeting in the town of Sharm el-Sheikh.", "2022-05-10",
     [("CONSULT", "NGA", "GOV", "EGY")], []),
    ("Argentina's president will join the talks in Montevideo.", "2022-05-10", [("CONSULT", "ARG", "GOV", "URY")], []),
    # a meeting noun's doer is the agent of the participle that tells it ("contacts made by X with Y")
    ("The ceasefire followed phone calls made by the Turkish president with the Russian president.", "2022-05-10",
     [("CONSULT", "TUR", "GOV", "RUS")], []),
    ("The truce came after contacts made on Sunday by His Majesty the King of Jordan with the Egyptian president.",
     "2022-05-10", [("CONSULT", "JOR", "GOV", "EGY")], []),
    ("The decision came after consultations conducted by the French foreign minister with his German counterpart.",
     "2022-05-10", [("CONSULT", "FRA", "GOV", "DEU")], []),
    # a state's ruler is of its government
    ("Saudi Arabia's de facto ruler met the Egyptian president.", "2022-05-10", [("CONSULT", "SAU", "GOV", "EGY")], []),
    # ... but a meeting at home names no one
    ("The Indian prime minister attended a meeting in New Delhi.", "2022-05-10", [],
     [("CONSULT", "IND", "GOV", "IND")]),
    # a protest with no addressee said keeps none
    ("Protests erupted in Lima on Monday.", "2022-05-10", [("PROTEST", "PER", "CIV", None)],
     [("PROTEST", "PER", "CIV", "PER")]),
]


@pytest.mark.parametrize("text, date, expected, unexpected", CASES, ids=[c[0][:40] for c in CASES])
def test_diplomatic_news_constructions(pipeline, text, date, expected, unexpected):
    got = {side_key(e) for e in events_of(pipeline, text, date)}
    assert_events(got, expected, unexpected)


def test_a_withdrawal_from_a_fight_names_its_rule(pipeline):
    events = events_of(pipeline, "Somali soldiers fought al-Shabaab militants for an hour before the militants withdrew.")
    (retreat,) = [e for e in events if e.type == "RETREAT"]
    assert "withdrawn-from-opponent" in retreat.rule and retreat.source.name == "al-Shabaab"
