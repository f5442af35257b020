"""docs/events.md lists every rule component of the extractor's registry (issue 13: every
rule with an example), so an analyst reading an event's ``rule`` field finds it there."""

from __future__ import annotations

from pathlib import Path

from dragoman.events.extractor import REGISTRY

DOCS = Path(__file__).resolve().parents[1] / "docs" / "events.md"


def test_every_registered_component_has_a_row_with_an_example():
    rows = [line for line in DOCS.read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    missing = [c.name for c in REGISTRY if not any(row.startswith(f"| `{c.name}`") for row in rows)]
    assert not missing, f"docs/events.md has no row for {missing}"
    assert all(c.example for c in REGISTRY), [c.name for c in REGISTRY if not c.example]
