"""Structure checks for the PLOVER ontology and the trigger lexicon (data files only)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "data"
ONTOLOGY = DATA / "ontology" / "plover.yaml"
TRIGGERS = DATA / "lexicons" / "triggers.csv"

HEADER = [
    "lemma", "pos", "type", "mode", "cameo", "object", "particle",
    "target_prep", "complement", "confidence", "notes",
]
# quad classes as fixed by the coding guide (§2)
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "REQUEST": 1,
    "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
FREQUENT = {
    "CONSULT", "REQUEST", "ACCUSE", "AGREE", "ASSAULT", "REJECT", "COOPERATE",
    "AID", "SANCTION", "THREATEN", "SUPPORT", "COERCE",
}
COMPLEMENTS = {"", "obj-to-inf", "that-clause", "to-inf-self", "for"}
# particles, and the preposition of a prepositional verb whose object the row names
# ("respond to X's concerns")
PARTICLES = {"", "off", "up", "down", "out", "back", "in", "over", "aside", "on", "to", "for", "against"}  # "gather for a protest", "vote against"


@pytest.fixture(scope="module")
def ontology() -> dict:
    with ONTOLOGY.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)["types"]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with TRIGGERS.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == HEADER
        return list(reader)


def _is_code(code: object) -> bool:
    return isinstance(code, str) and code.isdigit() and 2 <= len(code) <= 4


# --- ontology ---------------------------------------------------------------

def test_ontology_has_the_sixteen_types(ontology):
    assert set(ontology) == set(QUAD)


def test_ontology_types_are_complete(ontology):
    for name, t in ontology.items():
        assert t.get("definition"), name
        assert t["quad_class"] == QUAD[name], name
        roots = t["cameo_roots"]
        assert roots and all(_is_code(r) and len(r) == 2 for r in roots), name
        assert _is_code(t["cameo"]) and t["cameo"][:2] in roots, name
        assert -10 <= t["intensity"] <= 10, name
        for mode, m in (t.get("modes") or {}).items():
            m = m or {}
            code = m.get("cameo", t["cameo"])
            assert _is_code(code) and code[:2] in roots, (name, mode)
            assert -10 <= m.get("intensity", t["intensity"]) <= 10, (name, mode)
            if "demand_cameo" in m:
                assert m["demand_cameo"][:2] in roots, (name, mode)


def test_cooperation_and_conflict_signs(ontology):
    # verbal/material cooperation types score >= -1, conflict types < 0 (Goldstein)
    for name, t in ontology.items():
        if t["quad_class"] in (3, 4):
            assert t["intensity"] < 0, name
        else:
            assert t["intensity"] > 0, name


# --- trigger lexicon ----------------------------------------------------------

def test_every_type_has_enough_triggers(rows):
    counts = Counter(r["type"] for r in rows)
    for name in QUAD:
        assert counts[name] >= 15, (name, counts[name])
    for name in FREQUENT:
        assert counts[name] >= 40, (name, counts[name])


def test_rows_are_well_formed(rows, ontology):
    for r in rows:
        where = (r["lemma"], r["pos"], r["type"], r["object"])
        assert r["lemma"] and r["lemma"] == r["lemma"].lower() and " " not in r["lemma"], where
        assert r["pos"] in ("VERB", "NOUN", "ADJ"), where
        assert r["type"] in ontology, where
        t = ontology[r["type"]]
        if r["mode"]:
            assert r["mode"] in (t.get("modes") or {}), where
        assert _is_code(r["cameo"]) and r["cameo"][:2] in t["cameo_roots"], where
        assert 0.3 <= float(r["confidence"]) <= 0.9, where
        assert r["complement"] in COMPLEMENTS, where
        assert r["particle"] in PARTICLES, where
        for field in ("object", "target_prep"):
            parts = r[field].split("|") if r[field] else []
            assert all(p and " " not in p for p in parts), (where, field)


def test_no_duplicate_trigger_keys(rows):
    keys = Counter((r["lemma"], r["pos"], r["object"], r["particle"], r["complement"]) for r in rows)
    dups = [k for k, n in keys.items() if n > 1]
    assert not dups, dups


def test_no_reporting_verbs(rows):
    reporting = {"say", "tell", "add", "note", "state", "report", "announce"}
    bare = {r["lemma"] for r in rows if r["pos"] == "VERB" and not r["object"]}
    assert not (bare & reporting)


# --- lemmas against the real model --------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from dragoman.nlp import ModelMissing, load_model

    try:
        return load_model()
    except ModelMissing as exc:  # pragma: no cover - environment without the model
        pytest.skip(str(exc))


def test_lemmas_match_the_model(rows, nlp):
    verbs = sorted({r["lemma"] for r in rows if r["pos"] == "VERB"})
    nouns = sorted({r["lemma"] for r in rows if r["pos"] == "NOUN"})
    frames = [(v, f"Officials will {v} them soon.", 2) for v in verbs]
    frames += [(n, f"The {n} was reported on Monday.", 1) for n in nouns]
    bad = []
    for (lemma, _, i), doc in zip(frames, nlp.pipe(f[1] for f in frames)):
        if doc[i].lemma_.lower() != lemma:
            bad.append((lemma, doc[i].text, doc[i].lemma_))
    assert not bad, bad
