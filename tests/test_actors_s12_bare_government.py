"""A bare "the government" / "the Cabinet" is the government of the one state whose
named government people act in the same sentence (``actors/bare_government.py``, rule
``bare-government-state``); with officials of two states, or none, it keeps no country.

Sentences written for these tests, through the real spaCy model and the real pipeline.
"""

from __future__ import annotations

import pytest

from sentence_events import events_of

DATE = "2022-05-10"


def _government_sources(pipeline, text):
    return {(e.type, e.source.country, e.source.sector, e.target.country if e.target else None)
            for e in events_of(pipeline, text, DATE) if e.source.name is None}


STATE_CASES = [
    ("Indian Prime Minister Narendra Modi said the government would impose new tariffs on Chinese goods.",
     ("SANCTION", "IND", "GOV", "CHN")),
    ("Interior Minister Gerald Darmanin said the government would expel Algerian diplomats.",
     ("SANCTION", "FRA", "GOV", "DZA")),
    ("Kenyan President William Ruto said the Cabinet would impose sanctions on Ugandan traders.",
     ("SANCTION", "KEN", "GOV", "UGA")),
]


@pytest.mark.parametrize("text,expected", STATE_CASES, ids=[c[0][:50] for c in STATE_CASES])
def test_bare_government_is_the_sentence_officials_state(pipeline, text, expected):
    assert expected in _government_sources(pipeline, text)


def test_bare_government_with_officials_of_two_states_keeps_no_country(nlp):
    from dragoman.actors.bare_government import government_state, is_bare_government
    from dragoman.actors.mentions import Candidate
    from dragoman.models import Actor

    sdoc = nlp("Prime Minister Shinzo Abe met President Moon Jae-in and the government said it would lift curbs.")
    gov = next(t for t in sdoc if t.lower_ == "government")
    bare = Candidate(gov.i - 1, gov.i + 1, "nominal", Actor(sector="GOV", rule="role-bare"), head=gov.i)
    abe = Candidate(2, 4, "name", Actor(country="JPN", sector="GOV", name="Shinzo Abe"), head=3)
    moon = Candidate(6, 8, "name", Actor(country="KOR", sector="GOV", name="Moon Jae-in"), head=7)
    assert is_bare_government(bare, sdoc)
    assert government_state(bare, [abe, moon, bare], sdoc) is None
    assert government_state(bare, [abe, bare], sdoc).country == "JPN"


def test_qualified_government_is_not_bare(nlp):
    from dragoman.actors.bare_government import is_bare_government
    from dragoman.actors.mentions import Candidate
    from dragoman.models import Actor

    sdoc = nlp("Modi said the Indian government and its cabinet would act.")
    for word in ("government", "cabinet"):
        tok = next(t for t in sdoc if t.lower_ == word)
        cand = Candidate(tok.i - 1, tok.i + 1, "nominal", Actor(sector="GOV", rule="role-bare"), head=tok.i)
        assert not is_bare_government(cand, sdoc)
