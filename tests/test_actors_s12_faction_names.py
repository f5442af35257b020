"""An armed group named by its faction's compound name (issue #14): CODECO's largest
faction, URDPC, written "CODECO-URDPC", "CODECO/URDPC" or alone, is CODECO. Sentences
written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from sentence_events import events_of


@pytest.mark.parametrize("text", [
    "On 3 March 2022, CODECO-URDPC militiamen attacked a displaced persons camp near Bule (Djugu, Ituri).",
    "On 4 March 2022, CODECO/URDPC fighters killed two traders in Fataki (Djugu, Ituri).",
    "On 5 March 2022, URDPC militants ambushed an army patrol near Largu (Djugu, Ituri).",
])
def test_codeco_faction_is_codeco(pipeline, text):
    sources = [e.source for e in events_of(pipeline, text, "2022-03-06") if e.type == "ASSAULT"]
    assert any(s.name == "CODECO" and s.country == "COD" and s.sector == "INS" for s in sources), sources


def test_faction_names_resolve_in_the_knowledge_base():
    from dragoman.actors.kb import KnowledgeBase

    lookup = KnowledgeBase.default().alias_resolver
    for name in ("CODECO-URDPC", "CODECO/URDPC", "URDPC", "CODECO"):
        assert lookup(name) == "CODECO", name
    assert lookup("CODECO-ALC") != "CODECO"  # another faction is not made the same group
