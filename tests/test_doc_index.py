"""The per-document indexes answer exactly what spaCy's own (whole-document) walks answer."""

from __future__ import annotations

import pytest

from dragoman.actors.mentions import Candidate, CandidateSet
from dragoman.actors.names import remove_each
from dragoman.doc_index import entities, entities_covering, entities_within, entity_at, sentence_index, sentences, \
    span_entities


@pytest.fixture(scope="module")
def sdoc(nlp, seeds_dir):
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))[:2])
    return nlp(text)


def test_entities_and_sentences_are_spacys(sdoc):
    assert list(entities(sdoc)) == list(sdoc.ents) and len(sdoc.ents) > 20
    assert entities(sdoc) is entities(sdoc)  # built once
    assert list(sentences(sdoc)) == list(sdoc.sents)
    for k, sent in enumerate(sentences(sdoc)):
        assert {sentence_index(sdoc, i) for i in range(sent.start, sent.end)} == {k}


def test_sentence_entities_are_span_ents(sdoc):
    for sent in sdoc.sents:
        assert span_entities(sent) == list(sent.ents)
    for start, end in [(0, 0), (0, len(sdoc)), (3, 40), (len(sdoc) - 30, len(sdoc))]:
        assert entities_within(sdoc, start, end) == list(sdoc[start:end].ents)


def test_entity_at_and_covering_match_a_walk_over_all_entities(sdoc):
    for i in range(len(sdoc)):
        assert entity_at(sdoc, i) == next((e for e in sdoc.ents if e.start <= i < e.end), None)
    for ent in list(sdoc.ents)[:40]:
        for s, e in [(ent.start, ent.end), (ent.start + 1, ent.end), (ent.start, ent.start), (ent.end, ent.end),
                     (ent.start - 1, ent.end)]:
            assert entities_covering(sdoc, s, e) == [x for x in sdoc.ents if x.start <= s and x.end >= e]


def test_candidate_set_and_remove_each_behave_as_list_membership_and_remove():
    a, b, c = Candidate(0, 2, "role"), Candidate(0, 2, "name"), Candidate(5, 6, "role")
    twin = Candidate(0, 2, "role")  # equal to a, another object
    items = [a, b, c, twin]
    members = CandidateSet(items)
    assert a in members and twin in members and Candidate(0, 2, "group") not in members
    members.remove(a)
    assert twin in members  # one of the two equal ones is left
    members.remove(twin)
    assert a not in members and b in members
    expected = list(items)
    for x in (twin, c, Candidate(9, 9, "x")):
        if x in expected:
            expected.remove(x)
    remove_each(items, [twin, c, Candidate(9, 9, "x")])
    # list.remove(twin) takes the first equal one, ``a``: the same here
    assert items == expected and [id(x) for x in items] == [id(b), id(twin)]
