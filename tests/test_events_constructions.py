"""Constructions of event notes and wire copy that hold in any news (docs/events.md,
"Constructions of reports of violence and protest").

Each case is (text, [(type, source country, source sector, target country or None,
target sector), ...], rule) and checks that those events are among what the pipeline
extracts, and that one of them was found through ``rule`` (a part of the event's rule
string), so that the construction under test is what found it. The sentences are
written for these tests, across countries."""

from __future__ import annotations

import pytest

from sentence_events import dyad_key, events_of


CASES = [
    # two coordinated passive verbs share one patient and one agent
    ("On 6 May 2022, in Guadalajara (Jalisco), a man was shot and killed by unidentified gunmen.",
     [("ASSAULT", "MEX", "INS", "MEX", "CIV")], "shared-passive"),
    ("A policeman was stabbed and wounded by a mob in Kano on Friday.",
     [("ASSAULT", "NGA", "CIV", "NGA", "GOV")], "shared-passive"),
    ("Two farmers were abducted and beaten by armed men near Bunia.",
     [("ASSAULT", "COD", "INS", "COD", "CIV")], "shared-passive"),
    # a finite verb the parser hung on its subject noun ("hundreds of residents protested")
    ("On 10 May 2022, hundreds of residents protested in Lagos against fuel shortages.",
     [("PROTEST", "NGA", "CIV", None, None)], "no-addressee"),
    ("Dozens of taxi drivers demonstrated in Nairobi against new levies.",
     [("PROTEST", "KEN", "CIV", None, None)], "no-addressee"),
    # two unnamed groups of one state and sector are two parties
    ("On 3 May 2022, a mob lynched a man in Blantyre.", [("ASSAULT", "MWI", "CIV", "MWI", "CIV")], "lexicon:verb:lynch"),
    ("Armed men killed three bandits near Gusau on Sunday.", [("ASSAULT", "NGA", "INS", "NGA", "INS")],
     "lexicon:verb:kill"),
    # a town the NER reads as a person or group, named as a setting, is no unread party
    ("On 3 May 2022, Russian troops shelled residential buildings in Kupiansk, Kharkiv.",
     [("ASSAULT", "RUS", "MIL", None, None)], "no-addressee"),
    # the weapon a light-verb trigger is made of is no addressee
    ("Turkish forces fired artillery near Zakho on Monday.", [("ASSAULT", "TUR", "MIL", None, None)],
     "no-addressee"),
    # the parties of a nominal act hung on the verb it is the subject of
    ("On 5 May 2022, clashes took place between Ethiopian forces and TPLF fighters near Mekelle.",
     [("ASSAULT", "ETH", "MIL", "ETH", "INS")], "between"),
    ("Fighting broke out between Armenian and Azerbaijani troops on the border.",
     [("ASSAULT", "ARM", "MIL", "AZE", "MIL")], "between"),
    # protests told with a light verb or under a preposition
    ("On 10 March 2022, in Recife, students carried out a protest against higher bus fares.",
     [("PROTEST", "BRA", "CIV", None, None)], "carry out"),
    ("About 150 people gathered in a square in Auckland for a protest against the war.",
     [("PROTEST", "NZL", "CIV", None, None)], "gather for"),
    # victims and crowds named by kin, trade or situation are civilians of the place
    ("Gunmen killed a shepherd near Jos on Tuesday.", [("ASSAULT", "NGA", "INS", "NGA", "CIV")], "lexicon:verb:kill"),
    ("Dozens of parents protested outside a school in Cebu.", [("PROTEST", "PHL", "CIV", None, None)],
     "no-addressee"),
    # a purpose infinitive the parser hung on the object of a setting preposition
    ("On 30 March 2022, in Les Cayes, people erected barricades and threw stones on several roads to "
     "demonstrate against insecurity.", [("PROTEST", "HTI", "CIV", None, None)], "lexicon:verb:demonstrate"),
]


def _events(pipeline, text):
    return events_of(pipeline, text)


_key = dyad_key


@pytest.mark.parametrize("text, expected, rule", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(pipeline, text, expected, rule):
    events = _events(pipeline, text)
    got = {_key(e) for e in events}
    missing = [x for x in expected if x not in got]
    assert not missing, f"missing {missing}; got {sorted(got, key=str)}"
    assert any(_key(e) in expected and rule in (e.rule or "") for e in events), [e.rule for e in events]


def test_a_month_is_no_march(pipeline):
    events = _events(pipeline, "On 3 March 2022, the minister opened a school in Accra.")
    assert not any(e.type == "PROTEST" for e in events)


def test_a_single_passive_keeps_its_own_agent(pipeline):
    # one passive verb with its own patient and agent is not a shared passive
    events = _events(pipeline, "Two soldiers were killed by militants in Mopti.")
    assert any(_key(e) == ("ASSAULT", "MLI", "INS", "MLI", "MIL") for e in events), [_key(e) for e in events]
    assert not any("shared-passive" in (e.rule or "") for e in events)


def test_an_organ_of_a_state_against_another_stays_domestic(pipeline):
    # two unnamed groups count as two parties only outside the organs of a state
    events = _events(pipeline, "Police officers attacked soldiers in Dakar.")
    assert not any(e.source.country == "SEN" and e.target is not None and e.target.country == "SEN"
                   and e.source.sector == "GOV" and e.target.sector == "MIL" for e in events)


@pytest.mark.parametrize("text", [
    "The attack was condemned by Paris.",
    "The air strikes were denounced by Ankara and Baghdad.",
    "The bombing in Peshawar was condemned by Washington.",
    "Egypt condemned the strikes on Gaza.",
])
def test_who_condemns_an_act_is_not_its_doer(pipeline, text):
    # a response verb's subject or "by" agent answers the act; it did not do it
    assert not [_key(e) for e in _events(pipeline, text) if e.type == "ASSAULT" and e.source.country]


@pytest.mark.parametrize("text, doer", [
    ("The attack was claimed by the Islamic State.", "Islamic State"),
    ("The bombing in Mogadishu was claimed by al-Shabaab.", "SOM"),
    ("The raids were carried out by Russian forces.", "RUS"),
])
def test_who_claims_or_carries_out_an_act_is_its_doer(pipeline, text, doer):
    events = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert any(doer in (e.source.country, e.source.name) for e in events), [(e.source, e.rule) for e in events]
