"""Political violence told by its victims, its places and its crowds (issue #13).

Sentences written for these tests, across many states. Each case is (text, expected,
forbidden): ``expected`` events (type, source country, source sector, target country
or None) must be among what the pipeline extracts from the text; ``forbidden`` ones
must not be.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of, side_key

from dragoman.documents.readers import prepare
from dragoman.models import Document

DATE = "2022-05-10"

CASES = [
    # unstated perpetrator: a passive act of harm with a victim and no doer named
    ("A journalist was shot dead in Karachi on Sunday.", [("ASSAULT", "PAK", "INS", "PAK")], []),
    ("A Kenyan aid worker was kidnapped in Mogadishu on Friday.", [("ASSAULT", "SOM", "INS", "KEN")], []),
    ("Two farmers were killed near Maiduguri overnight.", [("ASSAULT", "NGA", "INS", "NGA")], []),
    ("A shopkeeper was stabbed in Medellin, Colombia, on Tuesday.", [("ASSAULT", "COL", "INS", "COL")], []),
    # ... but not when the means is an act of its own, nor when an agent is named
    ("Three soldiers were wounded in an air strike near Goma.", [], [("ASSAULT", "COD", "INS", "COD")]),
    ("A policeman was shot by soldiers in Bamako.", [], [("ASSAULT", "MLI", "INS", "MLI")]),
    # a death is no attack by the dead
    ("A man died in hospital in Lagos.", [], [("ASSAULT", "NGA", "CIV", None)]),
    ("Two miners perished in a flooded pit in Zonguldak, Turkey.", [], [("ASSAULT", "TUR", "CIV", None)]),
]


def _events(pipeline, text: str):
    return [side_key(e) for e in events_of(pipeline, text, DATE)]


@pytest.mark.parametrize("text,expected,forbidden", CASES, ids=[c[0][:40] for c in CASES])
def test_violence_constructions(pipeline, text, expected, forbidden):
    assert_events(_events(pipeline, text), expected, forbidden)


UNREAD_PLACE_CASES = [
    # an unknown place name hit by an attack is where, not whom: no named target
    ("Russian forces shelled Esman, Sumy, on Wednesday.", ("ASSAULT", "RUS", "MIL", None)),
    ("Soldiers shelled Kolongo village in Vakaga prefecture, Central African Republic.",
     ("ASSAULT", "CAF", "MIL", None)),
    # the NER's "organisation" before a comma and a known place: a village, whatever the parse
    ("Russian forces shelled Pisochyn, Kharkiv region, on Friday.", ("ASSAULT", "RUS", "MIL", None)),
    ("Syrian troops shelled Kansafra, Idlib province, overnight.", ("ASSAULT", "SYR", "MIL", None)),
    ("Sudanese army jets bombed Tawila, North Darfur state.", ("ASSAULT", "SDN", "MIL", None)),
    # a hyphenated village name is one name, not a party and a hyphen
    ("Russian forces fired rockets at Novo-Oleksandrivka, Donetsk, on Monday.", ("ASSAULT", "RUS", "MIL", None)),
    ("Ethiopian troops shelled Adi-Daero, Tigray.", ("ASSAULT", "ETH", "MIL", None)),
]


@pytest.mark.parametrize("text,expected", UNREAD_PLACE_CASES, ids=[c[0][:40] for c in UNREAD_PLACE_CASES])
def test_unread_place_is_no_named_target(pipeline, text, expected):
    doc = prepare(Document(id="p", text=text, publication_date=DATE, date_basis="metadata", date_precision="day"))
    (result,) = list(pipeline.process([doc]))
    got = [(e.type, e.source.country, e.source.sector, e.target.country if e.target else None) for e in result.events]
    assert expected in got, got
    assert all(e.target is None or e.target.name is None or e.target.kb_id for e in result.events
               if e.type == "ASSAULT"), [e.target for e in result.events]


CROWD_CASES = [
    # a crowd gathering, marching or blocking roads to demand something protests
    ("Workers gathered outside the ministry in Lusaka to demand unpaid wages.", ("PROTEST", "ZMB", "CIV", None)),
    ("Taxi drivers blocked an avenue in Lima to protest against fuel prices.", ("PROTEST", "PER", "CIV", None)),
    ("Residents of Soweto gathered at the town hall to denounce power cuts.", ("PROTEST", "ZAF", "CIV", None)),
]


@pytest.mark.parametrize("text,expected", CROWD_CASES, ids=[c[0][:40] for c in CROWD_CASES])
def test_crowd_demand_is_a_protest(pipeline, text, expected):
    assert expected in _events(pipeline, text)


def test_soldiers_gathering_is_no_protest(pipeline):
    got = _events(pipeline, "Soldiers gathered near the border in Chad to defend the town.")
    assert not [e for e in got if e[0] == "PROTEST"], got


def test_members_of_a_named_group_are_the_group(pipeline):
    doc = prepare(Document(id="m", text="Police arrested 40 members of the Mara Salvatrucha in San Salvador on Monday.",
                           publication_date=DATE, date_basis="metadata", date_precision="day"))
    (result,) = list(pipeline.process([doc]))
    arrests = [e for e in result.events if e.type == "COERCE"]
    assert arrests and arrests[0].source.country == "SLV" and arrests[0].target.name == "MS-13", arrests
