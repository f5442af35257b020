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
