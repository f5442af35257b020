"""Helpers of the event-construction tests: one text through the real pipeline, dated by
its metadata, and the keys the tests compare events by."""

from __future__ import annotations

from dragoman.documents.readers import prepare
from dragoman.models import Document


def process_text(pipeline, text: str, date: str = "2022-05-10", doc_id: str = "t"):
    """The pipeline's result for one text published on ``date`` (day precision)."""
    doc = prepare(Document(id=doc_id, text=text, publication_date=date, date_basis="metadata",
                           date_precision="day"))
    (result,) = list(pipeline.process([doc]))
    return result


def events_of(pipeline, text: str, date: str = "2022-05-10"):
    """The events of one text."""
    return process_text(pipeline, text, date).events


def side_key(e) -> tuple:
    """(type, source country, source sector, target country) of an event."""
    return (e.type, e.source.country, e.source.sector, e.target.country if e.target else None)


def dyad_key(e) -> tuple:
    """(type, source country and sector, target country and sector) of an event."""
    return side_key(e) + (e.target.sector if e.target else None,)


def assert_events(got, expected, unexpected) -> None:
    """Every key of ``expected`` is among ``got`` and none of ``unexpected`` is."""
    got = list(got)
    missing = [x for x in expected if x not in got]
    wrong = [x for x in unexpected if x in got]
    assert not missing and not wrong, f"missing {missing}, unexpected {wrong}; got {sorted(set(got), key=str)}"


def assert_dyad_events(pipeline, text: str, date: str, expected, unexpected) -> None:
    """The events of one text, by ``dyad_key``: every one of ``expected`` and none of
    ``unexpected``."""
    assert_events([dyad_key(e) for e in events_of(pipeline, text, date)], expected, unexpected)


def events_of_type(pipeline, text: str, type_: str, date: str = "2022-05-10"):
    """The events of one type of one text."""
    return [e for e in events_of(pipeline, text, date) if e.type == type_]
