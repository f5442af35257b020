"""The when stage's entry points: what the pipeline and the when/where stage call.

- :class:`PublicationDating` (before the actors stage): a document that states no
  publication date gets the window and, when it is narrow enough, the date its content
  gives (:func:`dragoman.when.publication.infer_publication_window`);
- :func:`posts_reference`: the day on which the posts a document names are read;
- :func:`event_date_fields` (in the when/where stage): the date fields of one event.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from dragoman.models import Document, EventDate
from dragoman.when.event_dates import event_date
from dragoman.when.publication import infer_publication_window


class PublicationDating:
    """The publication date of a document from its content, when no metadata gave one.

    A callable over (Document, spaCy Doc) that returns the document with ``date_window``
    and, when the window is one day, month or year, ``publication_date``, ``date_basis``
    ("inferred from content"), ``date_precision`` and ``date_evidence``. ``kb``: the
    knowledge base whose office holders are evidence (None: the default one).
    """

    name = "dates"

    def __init__(self, kb=None):
        self.kb = kb

    def __call__(self, doc: Document, sdoc) -> Document:
        if doc.publication_date or doc.date_basis != "unknown":
            return doc
        try:
            est = infer_publication_window(sdoc, kb=self.kb)
        except (OverflowError, ValueError):  # a date out of the calendar's range: left undated
            return doc
        update = {}
        if getattr(est, "window", None):
            update["date_window"] = tuple(str(x) if x else None for x in est.window)
        if getattr(est, "value", None):
            update.update(
                publication_date=est.value,
                date_basis=est.basis,
                date_precision=est.precision,
                date_evidence=getattr(est, "evidence", None),
            )
        return doc.model_copy(update=update) if update else doc


def posts_reference(doc: Document) -> Optional[date]:
    """The day on which the posts a document names are read: the publication date, or for
    a date inferred from content (whose value may be a whole month or year) the start of
    the inferred window."""
    if doc.date_basis == "inferred from content" or not doc.publication_date:
        return window_reference(doc.date_window) or doc.reference_date()
    return doc.reference_date()


def window_reference(window) -> Optional[date]:
    """The day of a (earliest, latest) publication window to read posts on: its earliest day.

    The lower bound comes from the latest dated evidence the article gives, and news is
    written soon after what it reports, so the start of the window is the likeliest day;
    with an open start, the known end.
    """
    if not window:
        return None
    for x in window:
        try:
            return date.fromisoformat(str(x))
        except ValueError:
            continue  # an open end
    return None


def event_date_fields(
    trigger, sdoc, ref: Optional[date], ref_precision: str = "day", modality: Optional[str] = None
) -> dict:
    """The date fields of the event whose trigger is ``trigger`` (``date``,
    ``date_precision``, ``date_text``, ``date_basis``, ``date_sentence``, ``historical``),
    as an update of the event; empty when a stated date is out of the calendar's range."""
    try:
        when: Optional[EventDate] = event_date(trigger, sdoc, ref, ref_precision, modality=modality)
    except (OverflowError, ValueError):  # a stated date out of the calendar's range: undated
        return {}
    if when is None:
        return {}
    return {
        "date": when.value,
        "date_precision": when.precision,
        "date_text": when.text,
        "date_basis": when.basis or date_basis(when),
        "date_sentence": when.sentence_index,
        "historical": when.historical,
    }


def date_basis(when: EventDate) -> Optional[str]:
    """``stated`` for a date read in the event's own sentence, ``document`` for the publication date."""
    if when.precision == "document":
        return "document" if when.value else None
    return "stated" if when.value else None
