"""Violence told in incident reports (issue #13): acts observed by monitors, counted in an
amount ("a total of 12 explosions"), and the host state of the mission that observed them
when the village is one the gazetteer does not know.

Sentences written for these tests. Each case is (text, expected, forbidden): ``expected``
events (type, source country, source sector, target country or None) must be among what
the pipeline extracts; ``forbidden`` ones must not be.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of, side_key

DATE = "2022-02-10"

OBSERVED_AMOUNT_CASES = [
    # an act counted in an amount under a verb of observing is told as having happened;
    # the observer is no doer
    ("UN monitors recorded a total of 30 explosions near Kharkiv on Monday.",
     [("ASSAULT", "UKR", "INS", None)], [("ASSAULT", None, "IGO", None)]),
    ("The observers noted a series of blasts in Goma overnight.", [("ASSAULT", "COD", "INS", None)], []),
    ("Residents heard a total of 9 explosions near Gao on Sunday.", [("ASSAULT", "MLI", "INS", None)], []),
    ("Monitors observed a total of 16 projectiles near Mariupol.", [("ASSAULT", "UKR", "INS", None)], []),
    # an amount of things that are no act stays silent
    ("Monitors observed a total of 40 trucks near Kharkiv.", [], [("ASSAULT", "UKR", "INS", None)]),
]

MISSION_HOST_CASES = [
    # a mission's observation near a village no gazetteer knows lies in the mission's host state
    ("The OSCE SMM observed a total of 7 explosions near Zorivka-Druha.", [("ASSAULT", "UKR", "MIL", None)],
     [("ASSAULT", "UKR", "INS", None)]),
    # (a ceasefire monitor watches the sides' forces: the host state's forces, with a known place too)
    ("The OSCE SMM recorded a total of 12 explosions near Mariupol.", [("ASSAULT", "UKR", "MIL", None)], []),
    ("UNMISS recorded two explosions near Pagak-Nyirol on Tuesday.", [("ASSAULT", "SSD", "INS", None)], []),
    ("MONUSCO observed a total of 5 explosions near Bukombo-Kisharu.", [("ASSAULT", "COD", "INS", None)], []),
    ("The EUMM recorded an explosion near Odzisi-Kvemo.", [("ASSAULT", "GEO", "INS", None)], []),
    # with no mission named, an unknown village gives no state: no doer is made up
    ("Observers recorded a total of 7 explosions near Zorivka-Druha.", [],
     [("ASSAULT", "UKR", "INS", None), ("ASSAULT", "SSD", "INS", None)]),
]


@pytest.mark.parametrize("text,expected,forbidden", OBSERVED_AMOUNT_CASES + MISSION_HOST_CASES,
                         ids=[c[0][:40] for c in OBSERVED_AMOUNT_CASES + MISSION_HOST_CASES])
def test_observed_violence(pipeline, text, expected, forbidden):
    assert_events([side_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


def test_mission_host_state_reads_the_table():
    from dragoman.nlp import load_model
    from dragoman.events.missions import mission_host_state

    nlp = load_model()
    assert mission_host_state(next(nlp("UNIFIL patrols were fired upon.").sents)) == "LBN"
    assert mission_host_state(next(nlp("The monitors left the area.").sents)) is None
    # missions of two states: none of them
    assert mission_host_state(next(nlp("UNMISS and MINUSMA staff met.").sents)) is None


UNTAGGED_PLACE_CASES = [
    # a bare role of a sentence whose known place the entity tagger left untagged takes
    # that place's state ("in <village>, Kharkiv")
    ("Soldiers shot dead a farmer in Vilkhivka, Kharkiv.", "UKR"),
    ("Gunmen shot dead a trader in Kumshe, Borno.", "NGA"),
    ("Militiamen shot dead a herder in Kikuku, Rutshuru.", "COD"),
]


@pytest.mark.parametrize("text,state", UNTAGGED_PLACE_CASES, ids=[c[0][:40] for c in UNTAGGED_PLACE_CASES])
def test_bare_role_takes_an_untagged_setting_state(text, state):
    from dragoman.events.generic import with_country
    from dragoman.models import Actor
    from dragoman.nlp import load_model

    doc = load_model()(text)
    doc.ents = []  # as when the tagger misses the places
    sent = next(doc.sents)
    placed = with_country(Actor(sector="CIV", rule="role-bare"), sent, None)
    assert placed.country == state and placed.rule.endswith("place-country")
    # a sentence with no known place leaves the role without a state
    bare = load_model()("Soldiers shot dead a farmer near the river.")
    bare.ents = []
    assert with_country(Actor(sector="CIV", rule="role-bare"), next(bare.sents), None).country is None


def test_attack_on_a_role_in_an_untagged_place(pipeline):
    # "Vilkhivka, Kharkiv": the victim is of the place's state, the event is told
    got = [side_key(e) for e in events_of(pipeline, "Russian soldiers shot dead a farmer in Vilkhivka, Kharkiv, "
                                                    "and took his tractor.", DATE)]
    assert ("ASSAULT", "RUS", "MIL", "UKR") in got, got


PLACED_VICTIM_CASES = [
    # settings that name several states (a street read as a town abroad): the state the
    # victim was read by, from the place where the harm was done, gives the unstated doer's
    ("On 3 June 2022, in Irapuato, Guanajuato, a taxi driver was killed and his body was found in colonia Rivera.",
     [("ASSAULT", "MEX", "INS", "MEX")], []),
    ("Around 2 May 2022, in Manaus - North Zone (Amazonas), a man was killed and his body was found in the "
     "Centro neighborhood.", [("ASSAULT", "BRA", "INS", "BRA")], []),
    ("On 9 March 2022, in Cucuta (Norte de Santander), a farmer was killed and his body was found in the "
     "Miraflores vereda.", [("ASSAULT", "COL", "INS", "COL")], []),
    # a victim read by a demonym gives no place: no doer is made up from it
    ("A Kenyan trader was killed and his body was found near the river.", [], [("ASSAULT", "KEN", "INS", "KEN")]),
]


@pytest.mark.parametrize("text,expected,forbidden", PLACED_VICTIM_CASES, ids=[c[0][:40] for c in PLACED_VICTIM_CASES])
def test_unstated_doer_where_the_victim_was_placed(pipeline, text, expected, forbidden):
    assert_events([side_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


ATTACKED_UNTAGGED_PLACE_CASES = [
    # the place an attack hits is a setting too: a known place in apposition to it that
    # the tagger left untagged gives the victims' state
    ("Soldiers shelled Vilkhivka, Kharkiv, and killed two civilians.", "UKR"),
    ("Gunmen attacked Kumshe, Borno, and killed two traders.", "NGA"),
    ("Militiamen raided Kikuku, Rutshuru, and killed two herders.", "COD"),
]


@pytest.mark.parametrize("text,state", ATTACKED_UNTAGGED_PLACE_CASES,
                         ids=[c[0][:40] for c in ATTACKED_UNTAGGED_PLACE_CASES])
def test_attacked_place_is_an_untagged_setting(text, state):
    from dragoman.events.unnamed_doers import untagged_setting_country
    from dragoman.nlp import load_model

    doc = load_model()(text)
    doc.ents = []  # as when the tagger misses the places
    assert untagged_setting_country(next(doc.sents)) == state
    # a place named as what is talked about is no setting
    other = load_model()("Officials discussed Vilkhivka, Kharkiv.")
    other.ents = []
    assert untagged_setting_country(next(other.sents)) is None
