"""Events on any news: the issue's ordinary sentences, across dyads (coding guide §1, §3).

Each case is (text, [(type, source country, target country or None), ...]) and checks
that those events are among what the pipeline extracts from the text (other events of
the text may be told too)."""

from __future__ import annotations

import pytest

from dragoman.documents.readers import prepare
from dragoman.models import Document

CASES = [
    # an attack on a place whose victims are unnamed targets the place's state
    ("Russian forces shelled the city of Kharkiv on Tuesday, killing three civilians, Ukrainian officials said.",
     [("ASSAULT", "RUS", "UKR")]),
    ("Israeli aircraft struck Gaza overnight, killing four civilians.", [("ASSAULT", "ISR", "PSE")]),
    # unnamed perpetrators and victims take the state of the place where the act happened
    ("Gunmen on motorcycles shot dead two police officers in Quetta on Sunday.", [("ASSAULT", "PAK", "PAK")]),
    ("Police arrested 40 demonstrators in Minsk on Saturday.", [("COERCE", "BLR", "BLR")]),
    ("Soldiers arrested a dozen protesters in Bamako on Friday.", [("COERCE", "MLI", "MLI")]),
    # protests with no named addressee
    # ("outside parliament" may be read as the protest's addressee or its place: either is fine)
    ("Hundreds of teachers protested outside parliament in Nairobi, demanding higher pay.", [("PROTEST", "KEN", "*")]),
    ("Thousands of farmers blocked highways across France to protest against fuel taxes.", [("PROTEST", "FRA", None)]),
    ("Hundreds of students rallied in Dhaka on Monday.", [("PROTEST", "BGD", None)]),
    # a condemned act's doer, named in the sentence before
    ("North Korea fired a ballistic missile into the sea on Monday. Japan condemned the launch.",
     [("ACCUSE", "JPN", "PRK")]),
    ("Israel struck targets in Gaza overnight. Egypt condemned the strikes.", [("ACCUSE", "EGY", "ISR")]),
    ("India and China signed a border agreement on Tuesday. The United States welcomed the deal.",
     [("SUPPORT", "USA", "IND")]),
    # expulsions and sanctions
    ("Saudi Arabia expelled Canada's ambassador and froze new trade.", [("SANCTION", "SAU", "CAN")]),
    # attacks with no addressee
    ("Iran test-fired two ballistic missiles on Saturday.", [("ASSAULT", "IRN", None)]),
    # the commitment to help: the one the help enables is the target
    ("Turkey pledged to help Iraq fight the PKK.", [("AGREE", "TUR", "IRQ")]),
    ("Germany promised to help Ukraine rebuild its power grid.", [("AGREE", "DEU", "UKR")]),
    ("France helped Mali retake the northern towns.", [("AID", "FRA", "MLI")]),
    # coordinated verbs share the subject; an alias spelling of a head of state
    ("Russia launched a missile strike on Odesa. "
     "Zelenskiy condemned the strike and urged Western allies to send more air defence systems.",
     [("ASSAULT", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS"), ("REQUEST", "UKR", "*")]),
    ("Zelensky condemned the shelling and urged Germany to send more tanks.", [("REQUEST", "UKR", "DEU")]),
    # tariffs on an amount of another state's goods
    ("Canada imposed 20 percent tariffs on $5 billion in Mexican goods.", [("SANCTION", "CAN", "MEX")]),
    ("Australia announced new tariffs on $2 billion of Chinese steel.", [("SANCTION", "AUS", "CHN")]),
    ("Japan announced sanctions against North Korea on Friday.", [("SANCTION", "JPN", "PRK")]),
    # "the country" refers back to a state
    ("Ecuador's president said the country would expel Mexico's ambassador.", [("SANCTION", "ECU", "MEX")]),
    # installations: the state that holds them, with the sector that mans them
    ("Al-Shabaab fighters stormed a military camp in Somalia.", [("ASSAULT", "SOM", "SOM")]),
    ("Militants attacked a police station in northern Burkina Faso on Friday.", [("ASSAULT", "BFA", "BFA")]),
    # an object the parser hung under a particle
    ("Soldiers fought off the insurgents near Kidal.", [("ASSAULT", "MLI", "MLI")]),
    # a purpose infinitive is the subject's own act
    ("The French foreign minister used a speech in Lyon to accuse Iran of arming the rebels.",
     [("ACCUSE", "FRA", "IRN")]),
    ("Macron used the summit to urge China to press Russia.", [("REQUEST", "FRA", "CHN")]),
    # a threat's condition names whom it addresses
    ("Erdogan threatened to expel the ambassadors unless Washington lifted the sanctions.", [("THREATEN", "TUR", "USA")]),
    # stated culpability is an accusation of the speaker
    ("\u201cHamas is responsible for the attack on the border crossing,\u201d the Israeli defence minister said.",
     [("ACCUSE", "ISR", "PSE")]),
    ("Kenya said the bombing was the work of al-Shabaab.", [("ACCUSE", "KEN", "SOM")]),
    ("The Pakistani government said the Baloch Liberation Army was behind the bombing of the railway.",
     [("ACCUSE", "PAK", "*")]),
    # a phrase that names no actor but the state its people are in; a conjoined object's preposition
    ("Canada said it was imposing sanctions and visa bans against groups fuelling the violence in Myanmar.",
     [("SANCTION", "CAN", "MMR")]),
    ("Britain imposed sanctions and travel bans on officials in Minsk.", [("SANCTION", "GBR", "BLR")]),
    # the doer of a condemned act, not its victim
    ("Russian missiles struck Kyiv on Monday. Poland condemned the attack on Ukraine.", [("ACCUSE", "POL", "RUS")]),
    ("Gunmen killed ten villagers in Zamfara. Nigeria's president condemned the killing of the villagers.",
     [("ACCUSE", "NGA", "NGA")]),
    # both the joiner and the joined do the act
    ("Australia joined Canada in condemning Iran.", [("ACCUSE", "AUS", "IRN"), ("ACCUSE", "CAN", "IRN")]),
    # phone calls: held with one, or between several (the first with each of the others)
    ("Erdogan held a phone call with Putin on Monday.", [("CONSULT", "TUR", "RUS")]),
    ("The deal came after phone calls between the Emir of Qatar and the presidents of Egypt and Turkey.",
     [("CONSULT", "QAT", "EGY"), ("CONSULT", "QAT", "TUR")]),
    # countermeasures announced are a threat
    ("China said it would take countermeasures against the United States.", [("THREATEN", "CHN", "USA")]),
    # a town the gazetteer lacks lies in the sentence's setting; the border under it is where it is
    ("Insurgents in the Central African Republic seized the village of Bambouti on the border with South Sudan.",
     [("ASSAULT", "CAF", "CAF")]),
    # crowd control is violent repression (COERCE), not an assault
    ("Riot police fired tear gas at protesters in Nairobi.", [("COERCE", "KEN", "KEN")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_events_on_any_news(pipeline, text, expected):
    doc = prepare(Document(id="t", text=text, publication_date="2022-05-10", date_basis="metadata",
                           date_precision="day"))
    (result,) = list(pipeline.process([doc]))
    got = {(e.type, e.source.country, e.target.country if e.target else None) for e in result.events}
    missing = [x for x in expected if x not in got and not (x[2] == "*" and any(g[:2] == x[:2] for g in got))]
    assert not missing, f"missing {missing}; got {sorted(got, key=str)}"


def test_no_addressee_is_never_given_to_a_demand(pipeline):
    doc = prepare(Document(id="t", text="Japan demanded an apology on Tuesday."))
    (result,) = list(pipeline.process([doc]))
    assert all(e.target is not None for e in result.events if e.type in ("REQUEST", "ACCUSE", "REJECT"))


def test_installation_target_has_the_sector_that_mans_it(pipeline):
    doc = prepare(Document(id="t", text="Jihadists launched a dawn attack on an army base in the town of Gao.",
                           publication_date="2022-05-10", date_basis="metadata", date_precision="day"))
    (result,) = list(pipeline.process([doc]))
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].target is not None
    assert (attacks[0].target.country, attacks[0].target.sector) == ("MLI", "MIL")
    assert "installation-as-target" in attacks[0].rule


def test_the_writers_own_blame_accuses_no_one(pipeline):
    doc = prepare(Document(id="t", text="The ELN was behind the attack on the academy."))
    (result,) = list(pipeline.process([doc]))
    assert not [e for e in result.events if "stated-culpability" in e.rule]


def test_an_unknown_titled_person_takes_the_story_state(pipeline):
    # (a fictional minister: no knowledge base knows him)
    text = ("Peru's government blamed the rebels for the bombing in Lima. Peru's police said the "
            "station was hit at dawn. \u201cThe Shining Path is responsible for this cowardly attack on the station,"
            "\u201d Interior Minister Jorge Salvatierra said.")
    doc = prepare(Document(id="t", text=text, publication_date="2019-01-18", date_basis="metadata",
                           date_precision="day"))
    (result,) = list(pipeline.process([doc]))
    blame = [e for e in result.events if "stated-culpability" in e.rule]
    assert blame and blame[0].source.name == "Jorge Salvatierra" and blame[0].source.country == "PER"
    # the blamed attack is the accusation's: no ASSAULT is told of it
    assert not [e for e in result.events if e.type == "ASSAULT" and e.sentence_index == 2]


def test_the_country_in_a_place_phrase_is_no_actor(pipeline):
    doc = prepare(Document(id="t", text="Kenya raised taxes. Protests spread across the country."))
    (result,) = list(pipeline.process([doc]))
    assert not [m for m in result.mentions if m.text.lower() == "the country"]
