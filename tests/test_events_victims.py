"""Victims of violence that the actor rules leave unread, and harm told after a device's
act (``events/victims.py``, ``events/unnamed_doers.py`` ``device_of``,
``events/perpetrator.py``). Sentences written for these tests, across many states. Each
event is (type, source country, source sector, target country, target sector).
"""

from __future__ import annotations

import pytest

from dragoman.documents.readers import prepare
from dragoman.models import Document

DATE = "2022-05-10"


def _events(pipeline, text: str):
    doc = prepare(Document(id="w", text=text, publication_date=DATE, date_basis="metadata", date_precision="day"))
    (result,) = list(pipeline.process([doc]))
    return [(e.type, e.source.country, e.source.sector, e.target.country if e.target else None,
             e.target.sector if e.target else None) for e in result.events]


UNREAD_VICTIM_CASES = [
    # a victim named by a trade no role list holds is one of the public of the place
    ("On 3 May 2022, a rancher was killed near Tulua, Colombia.", ("ASSAULT", "COL", "INS", "COL", "CIV")),
    ("On 8 June 2022, a moneylender was abducted in Patna, India.", ("ASSAULT", "IND", "INS", "IND", "CIV")),
    ("On 2 April 2022, a moneylender was beaten to death in Kisumu, Kenya.", ("ASSAULT", "KEN", "INS", "KEN", "CIV")),
    ("On 9 March 2022, in Culiacan, Sinaloa, a bricklayer was shot dead.", ("ASSAULT", "MEX", "INS", "MEX", "CIV")),
    ("On 1 July 2022, a tailor was gunned down in Maiduguri, Nigeria.", ("ASSAULT", "NGA", "INS", "NGA", "CIV")),
    # a victim the actor rules read keeps its own sector
    ("On 5 May 2022, two policemen were killed in Kismayo, Somalia.", ("ASSAULT", "SOM", "INS", "SOM", "GOV")),
]


@pytest.mark.parametrize("text,expected", UNREAD_VICTIM_CASES, ids=[c[0][:50] for c in UNREAD_VICTIM_CASES])
def test_unread_victim_of_a_passive_harm(pipeline, text, expected):
    got = _events(pipeline, text)
    assert expected in got, got


def test_a_thing_shot_at_is_no_victim_of_the_public(pipeline):
    # harm a thing can suffer: no person to take as the victim
    got = _events(pipeline, "On 3 May 2022, a truck was shot at near Kisumu, Kenya.")
    assert not [e for e in got if e[4] == "CIV"], got


def test_a_named_victim_is_not_the_public(pipeline):
    got = _events(pipeline, "On 3 May 2022, Juan Torres was kidnapped in Cali, Colombia.")
    assert not [e for e in got if e[4] == "CIV"], got


UNRELATED_CLAUSE_CASES = [
    # a coordinated clause with its own subject is no means of the harm
    ("On 4 May 2022, in Leon, Guanajuato, a man was killed and his body was found with gunshot wounds.",
     ("ASSAULT", "MEX", "INS", "MEX", "CIV")),
    ("On 6 May 2022, a woman was killed near Kaduna, Nigeria, and her car was found with bullet holes.",
     ("ASSAULT", "NGA", "INS", "NGA", "CIV")),
    ("On 7 May 2022, a farmer was stabbed in Gulu, Uganda, and his house was set alight with petrol.",
     ("ASSAULT", "UGA", "INS", "UGA", "CIV")),
]


@pytest.mark.parametrize("text,expected", UNRELATED_CLAUSE_CASES, ids=[c[0][:50] for c in UNRELATED_CLAUSE_CASES])
def test_a_clause_of_its_own_is_no_means(pipeline, text, expected):
    got = _events(pipeline, text)
    assert expected in got, got


DEVICE_HARM_CASES = [
    # the harm a participle tells after a device's act is that act's doer's
    ("On 3 May 2022, an IED exploded near Gao, Mali, killing two soldiers.", ("ASSAULT", "MLI", "INS", "MLI", "MIL")),
    ("On 3 May 2022, a roadside bomb exploded in Kandahar, wounding three policemen.",
     ("ASSAULT", "AFG", "INS", "AFG", "GOV")),
    ("On 3 May 2022, a landmine exploded near Mekelle, Ethiopia, killing two herders.",
     ("ASSAULT", "ETH", "INS", "ETH", "CIV")),
]


@pytest.mark.parametrize("text,expected", DEVICE_HARM_CASES, ids=[c[0][:50] for c in DEVICE_HARM_CASES])
def test_harm_after_a_device_has_its_doer(pipeline, text, expected):
    got = _events(pipeline, text)
    assert expected in got, got


def test_device_user_named_for_the_harm(pipeline):
    got = _events(pipeline, "On 3 May 2022, a bomb planted by Al Shabaab exploded in Baidoa, Somalia, killing four civilians.")
    assert [e for e in got if e[0] == "ASSAULT" and e[3] == "SOM" and e[4] == "CIV"], got


TOLD_MEANS_CASES = [
    # harm done in an act told with no doer of its own: that act's unnamed doer did it
    ("On 10 February 2022, a tailor was wounded in an explosion in Mogadishu.", ("ASSAULT", "SOM", "INS", "SOM", "CIV")),
    ("On 10 February 2022, in Oaxaca, a man was killed in a drive-by shooting.", ("ASSAULT", "MEX", "INS", "MEX", "CIV")),
    ("On 11 March 2022, two teachers were killed in a bomb attack in Quetta.", ("ASSAULT", "PAK", "INS", "PAK", "CIV")),
]


@pytest.mark.parametrize("text,expected", TOLD_MEANS_CASES, ids=[c[0][:50] for c in TOLD_MEANS_CASES])
def test_harm_in_a_told_act_has_its_unnamed_doer(pipeline, text, expected):
    got = _events(pipeline, text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "On 10 February 2022, two men were killed in an accident in Nairobi, Kenya.",  # no act of violence
    "On 10 February 2022, three soldiers were wounded in an air strike near Goma.",  # air power is a state's
    "On 10 February 2022, two villagers were killed in clashes between the army and rebels in Kasai.",  # parties named
])
def test_no_unnamed_doer_for_other_means(pipeline, text):
    got = _events(pipeline, text)
    assert not [e for e in got if e[2] == "INS" and e[4] == "CIV"], got
