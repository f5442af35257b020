"""Fighting positions and their holders as targets, a situation protested as a topic, and
the armed forces of rebels (docs/events.md, docs/actors.md; real spaCy model). Sentences
written for these tests, across dyads."""

from __future__ import annotations

import pytest

from sentence_events import dyad_key, events_of



def _events(pipeline, text):
    return events_of(pipeline, text)


_key = dyad_key


@pytest.mark.parametrize("text,expected", [
    # a position fired at is the armed forces' of the state it is in, or of the demonym's state
    ("Separatists fired mortars at government positions near Avdiivka, Donetsk.",
     ("ASSAULT", "UKR", "INS", "UKR", "MIL")),
    ("Militants fired rockets at government positions in Idlib province.", ("ASSAULT", "SYR", "INS", "SYR", "MIL")),
    ("Armenian troops fired towards Azerbaijani positions near Lachin.", ("ASSAULT", "ARM", "MIL", "AZE", "MIL")),
])
def test_a_position_fired_at_is_a_military_target(pipeline, text, expected):
    events = _events(pipeline, text)
    assert expected in {_key(e) for e in events}, [_key(e) for e in events]
    assert any("installation-as-target" in (e.rule or "") for e in events)


@pytest.mark.parametrize("text,holder", [
    # the party whose positions they are is the target, not the armed forces of the place
    ("Government troops shelled the positions of the rebel forces near Bunia.", ("COD", "INS")),
    ("Turkish drones struck PKK positions in Duhok.", (None, "INS")),
])
def test_the_holder_of_a_position_is_the_target(pipeline, text, holder):
    events = [e for e in _events(pipeline, text) if e.type == "ASSAULT" and e.target is not None]
    assert events, "no attack with a target"
    country, sector = holder
    assert any(e.target.sector == sector and (country is None or e.target.country == country) for e in events), \
        [_key(e) for e in events]


@pytest.mark.parametrize("text,source", [
    ("About 200 people demonstrated in Vienna against the war in Ukraine.", "AUT"),
    ("Students rallied in Dhaka against the violence in Myanmar.", "BGD"),
    ("Hundreds of people marched in Lima against the fighting in Colombia.", "PER"),
])
def test_a_situation_protested_is_the_topic_not_the_addressee(pipeline, text, source):
    protests = [e for e in _events(pipeline, text) if e.type == "PROTEST"]
    assert any(e.source.country == source and e.target is None for e in protests), [_key(e) for e in protests]


def test_sanctions_on_actors_in_a_state_still_name_it(pipeline):
    # people of a place (not a situation) under "in" still name their state's side
    events = _events(pipeline, "The EU imposed sanctions against actors fuelling the violence in Sudan.")
    assert any(e.type == "SANCTION" and e.target is not None and e.target.country == "SDN" for e in events)


@pytest.mark.parametrize("text,country", [
    ("Rebel forces attacked a convoy near Goma.", "COD"),
    ("Separatist forces shelled a village near Donetsk.", "UKR"),
    ("Insurgent forces ambushed a patrol near Mopti.", "MLI"),
])
def test_the_forces_of_rebels_are_insurgents(pipeline, text, country):
    events = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert any(e.source.country == country and e.source.sector == "INS" for e in events), [_key(e) for e in events]


@pytest.mark.parametrize("text,expected", [
    # the object the parser hung on the second of two coordinated verbs belongs to both
    ("Soldiers beat and arrested five students in Harare.", ("ASSAULT", "ZWE", "MIL", "ZWE", "CIV")),
    ("Police beat and detained two journalists in Minsk.", ("ASSAULT", "BLR", "GOV", "BLR", "MED")),
    ("Gunmen opened fire and killed a teacher near Kaduna.", ("ASSAULT", "NGA", "INS", "NGA", "CIV")),
])
def test_coordinated_verbs_share_the_object(pipeline, text, expected):
    events = _events(pipeline, text)
    assert any(_key(e) == expected and "shared-object" in (e.rule or "") for e in events), \
        [(_key(e), e.rule) for e in events]


def test_a_verb_with_its_own_subject_shares_nothing(pipeline):
    events = _events(pipeline, "Protesters fled and police arrested two students in Lagos.")
    assert not any("shared-object" in (e.rule or "") for e in events)


@pytest.mark.parametrize("text,expected", [
    # a group named only here, of no known sector, is of the state where it is acted on,
    # and it is no organ of that state (the arrest is an event, not domestic business);
    # named through its members, it is the public (org-unknown-members, docs/actors.md)
    ("On 4 April 2022, police arrested 30 UTM members in Lilongwe.", ("COERCE", "MWI", "GOV", "MWI", "CIV")),
    ("On 4 April 2022, soldiers arrested 15 MRC members in Bamenda.", ("COERCE", "CMR", "MIL", "CMR", "CIV")),
    ("On 4 April 2022, soldiers detained 10 LRM members in Mandalay.", ("COERCE", "MMR", "MIL", "MMR", "CIV")),
])
def test_a_group_named_only_here_is_placed_and_no_organ_of_the_state(pipeline, text, expected):
    events = _events(pipeline, text)
    assert any(_key(e) == expected and e.target.name for e in events), [(_key(e), e.target) for e in events]
