"""Interior ministers named without their post: the real pipeline codes the actors from the
knowledge base (``data/kb/officials_int_s12.csv``) on the publication date."""

from __future__ import annotations

import pytest

from sentence_events import events_of, side_key


@pytest.mark.parametrize("text,date,expected", [
    ("Nancy Faeser met Gérald Darmanin in Berlin on Monday.", "2022-06-01", ("CONSULT", "DEU", "GOV", "FRA")),
    ("Fernando Grande-Marlaska met Matteo Piantedosi in Madrid on Tuesday.", "2023-03-01",
     ("CONSULT", "ESP", "GOV", "ITA")),
    ("Süleyman Soylu met Ahmad Vahidi in Ankara on Wednesday.", "2022-02-01", ("CONSULT", "TUR", "GOV", "IRN")),
])
def test_an_interior_minister_named_alone_is_coded_with_the_state(pipeline, text, date, expected):
    assert expected in [side_key(e) for e in events_of(pipeline, text, date)]


def test_a_former_interior_minister_is_not_coded_with_the_post_after_leaving(pipeline):
    """Christophe Castaner left the French interior ministry in July 2020: in 2024 the name no
    longer gives the French government."""
    events = events_of(pipeline, "Christophe Castaner met Matteo Piantedosi in Rome on Monday.", "2024-03-01")
    assert not [e for e in events if e.source.country == "FRA" and e.source.sector == "GOV"]
