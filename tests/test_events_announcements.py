"""State acts announced by an official, votes, "no choice but to", and the diplomatic rows
added with them (docs/events.md): sentences written for these tests, across dyads. Each
case is (text, expected, unexpected): (type, source country, source name or None,
target country or None) that must and must not be extracted."""

from __future__ import annotations

import pytest

from sentence_events import events_of



def _events(pipeline, text):
    return events_of(pipeline, text)


OFFICIALS = [
    # a state act its own named official announces has the official as source ...
    ("Algeria's Foreign Minister Ramtane Lamamra announced that the country is cutting diplomatic relations "
     "with Morocco.", ("SANCTION", "DZA", "Ramtane Lamamra", "MAR"), ("SANCTION", "DZA", None, "MAR")),
    ("President Donald Trump announced on Monday the U.S. would impose tariffs on Chinese goods.",
     ("SANCTION", "USA", "Donald Trump", "CHN"), ("SANCTION", "USA", None, "CHN")),
    ("Kenyan President William Ruto said Kenya would send troops to Haiti.",
     ("MOBILIZE", "KEN", "William Ruto", "HTI"), ("MOBILIZE", "KEN", None, "HTI")),
    ("\u201cPeru has decided to expel the Venezuelan ambassador,\u201d Peruvian Foreign Minister Ricardo "
     "Pacheco said.", ("SANCTION", "PER", "Ricardo Pacheco", "VEN"), ("SANCTION", "PER", None, "VEN")),
]


def _key(e):
    return (e.type, e.source.country, e.source.name, e.target.country if e.target else None)


@pytest.mark.parametrize("text, expected, unexpected", OFFICIALS, ids=[c[0][:40] for c in OFFICIALS])
def test_an_official_announcing_a_state_act_is_its_source(pipeline, text, expected, unexpected):
    got = {_key(e) for e in _events(pipeline, text)}
    assert expected in got and unexpected not in got, sorted(got, key=str)


def test_an_organ_of_the_state_keeps_its_act(pipeline):
    got = {_key(e) for e in _events(pipeline, "Kenyan President William Ruto said the Kenyan army would send "
                                              "troops to Haiti.")}
    assert not [k for k in got if k[0] == "MOBILIZE" and k[2] == "William Ruto"], got


CASES = [
    # "voted to V": the vote's subject does V ("vote against" stays a refusal)
    ("The Iraqi parliament voted to expel all American troops from the country.", [("SANCTION", "IRQ", "USA")], []),
    ("The Malian parliament voted to boot French diplomats.", [("SANCTION", "MLI", "FRA")], []),
    ("Lawmakers in Kyiv voted against Moscow's proposal.", [("REJECT", "UKR", "RUS")], []),
    # "X has no choice but to V": X does V
    ("Tokyo imposed export curbs on South Korea on Monday. \u201cSeoul has no choice but to take "
     "countermeasures,\u201d the minister said.", [("THREATEN", "KOR", "JPN")], []),
    ("Ottawa expelled two Indian diplomats. India had no choice but to take reprisals, the ministry said.",
     [("THREATEN", "IND", "CAN")], []),
    # contacts held with others are consultations
    ("The Emir of Kuwait held phone contacts with the Qatari emir and the Saudi crown prince.",
     [("CONSULT", "KWT", "QAT"), ("CONSULT", "KWT", "SAU")], []),
    ("The Turkish foreign minister held contacts with Armenian officials in Vienna.",
     [("CONSULT", "TUR", "ARM")], []),
    # echoing an actor supports it; echoing a concern supports no one
    ("The Emirati minister Anwar Gargash echoed the Saudi crown prince.", [("SUPPORT", "ARE", "SAU")], []),
    ("The Polish president echoed Ukraine's leader on Monday.", [("SUPPORT", "POL", "UKR")], []),
    ("The French minister echoed concerns about the plan.", [], [("SUPPORT", "FRA", None)]),
    # removing a state's trade status sanctions it
    ("Washington will remove China's preferential trade status.", [("SANCTION", "USA", "CHN")], []),
    ("Seoul will remove Japan's trusted status on its export list.", [("SANCTION", "KOR", "JPN")], []),
    # a party said not to be sincere or serious is accused
    ("The Chinese foreign ministry said the United States has not been sincere.", [("ACCUSE", "CHN", "USA")], []),
    ("Iran said Washington was not serious about the talks.", [("ACCUSE", "IRN", "USA")], []),
    ("Seoul said Tokyo has been sincere.", [], [("ACCUSE", "KOR", "JPN")]),
    # the party after "anti-" is a protest's addressee, never its source
    ("Demonstrators in Tehran chanted anti-government slogans.", [("PROTEST", "IRN", "IRN")], []),
    ("Hundreds of workers in Dhaka held an anti-government protest.", [("PROTEST", "BGD", "BGD")], []),
    ("Protesters in Caracas staged an anti-American rally outside the embassy.", [("PROTEST", "VEN", "USA")], []),
    ("Students in Beijing staged anti-Japanese protests on Sunday.", [("PROTEST", "CHN", "JPN")],
     [("PROTEST", "JPN", None)]),
    ("Protesters in Nairobi marched against rising prices.", [("PROTEST", "KEN", None)], []),
    # a withdrawal is addressed to the state of the place it leaves
    ("Ukraine retook territory on Friday. Russia withdrew its troops from Kherson.", [("RETREAT", "RUS", "UKR")],
     [("RETREAT", "RUS", "RUS")]),
    ("The French army pulled out of Mali in August.", [("RETREAT", "FRA", "MLI")], []),
    ("Ethiopia withdrew its troops from Somalia.", [("RETREAT", "ETH", "SOM")], []),
    # ... not when it leaves talks, a town of its own state, or a town of a state the story does not name
    ("Sudan's army spoke on Monday. On Wednesday, the army announced it was pulling out of talks in Jeddah.", [],
     [("RETREAT", "SDN", None), ("RETREAT", "USA", "SDN")]),
    ("Boko Haram fighters attacked a Nigerian army base in Borno state. The Nigerian army withdrew from Baga "
     "after the attack.", [], [("RETREAT", "NGA", "IND")]),
    ("Washington imposed sanctions on Moscow. Russia will withdraw its troops, the Kremlin said.", [],
     [("RETREAT", "RUS", "USA")]),
]


@pytest.mark.parametrize("text, expected, unexpected", CASES, ids=[c[0][:40] for c in CASES])
def test_statement_constructions(pipeline, text, expected, unexpected):
    got = {(e.type, e.source.country, e.target.country if e.target else None) for e in _events(pipeline, text)}
    assert not [x for x in expected if x not in got], f"missing; got {sorted(got, key=str)}"
    assert not [x for x in unexpected if x in got], f"unexpected; got {sorted(got, key=str)}"
