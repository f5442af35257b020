"""coordinated_verb_repair: a verb of a shared-subject list the parser read as an adjective
of its object is a verb again, and its act is coded. Real spaCy model and pipeline;
sentences written for these tests."""

from __future__ import annotations

import pytest

from dragoman.nlp import load_model
from sentence_events import dyad_key, events_of


def _events(pipeline, text):
    return [dyad_key(e) for e in events_of(pipeline, text)]


@pytest.mark.parametrize("text,expected", [
    ("Protesters blockaded roads and hurled stones at riot police in Nairobi.", ("ASSAULT", "KEN", "CIV", "KEN", "GOV")),
    ("Demonstrators blockaded streets, hurled stones at security forces and chanted slogans in Caracas.",
     ("ASSAULT", "VEN", "CIV", "VEN", "MIL")),
    ("Villagers surrounded the station and pelted stones at police in Jhansi.", ("ASSAULT", "IND", "CIV", "IND", "GOV")),
])
def test_a_misread_verb_of_a_list_is_coded(pipeline, text, expected):
    assert expected in _events(pipeline, text), _events(pipeline, text)


def test_the_parse_is_repaired():
    doc = load_model()("Protesters blockaded roads and hurled stones at riot police in Nairobi.")
    hurled = next(t for t in doc if t.text == "hurled")
    assert hurled.dep_ == "conj" and hurled.head.text == "blockaded"
    assert {c.text for c in hurled.children} >= {"stones", "at"}


@pytest.mark.parametrize("text,word", [
    # a participle of a noun that is a subject of its own stays a participle
    ("Police dispersed the crowd, and injured protesters were taken to hospital.", "injured"),
    # no verb before it with a subject: nothing to coordinate with
    ("Armed men and wounded soldiers reached the town.", "wounded"),
])
def test_a_true_participle_is_left_alone(text, word):
    doc = load_model()(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.dep_ != "conj"
