"""The PETRARCH2 verb-dictionary importer, the CAMEO -> PLOVER crosswalk it relies on,
and the trigger lexicon's merged sources.

The dictionary is the real one in ``shared/data/petrarch`` (skipped where absent); small
dictionaries written here exercise the format's corners. Lemmas come from the real
spaCy model.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from dragoman.data_files import data_path
from dragoman.events.lexicon import TriggerLexicon
from dragoman.events.ontology import Ontology
from dragoman.events.petrarch_import import (
    FORCE_ROOTS, GENERAL_VERBS, HEADER, compile_dictionary, import_petrarch, rows_csv, spacy_lemmatizer,
    translate_pattern,
)
from dragoman.events.petrarch_reader import DictionaryError, read_verb_dictionary

DICTIONARY = Path(__file__).resolve().parents[2] / "shared" / "data" / "petrarch" / "CAMEO.2.0.txt"
COMPILED = data_path("lexicons", "triggers_petrarch.csv")

SMALL = """\
# a comment line
&WEAPON
+RIFLE
+GRENADE
+MACHINE_GUN

####### VERB PATTERNS #######

---  HURL   [---]  ---
HURL
FLING {FLINGS FLUNG FLINGING}
- * &WEAPON                                   [190]   # HURL
- * STONES                                    [145]   # OY 14 Mar 2006
- * {HAND GRENADE}                            [183]   # HURL
- RIOTERS *                                   [145]   # HURL
- * INSULTS                                   [---]   # HURL

---  REPEL   [190]  ---
REPEL
RE_+REPEL
- * (INTO RETREAT)                            [0874]  # REPEL
- * (AGAINST)                                 [:111]  # REPEL

---  PONDER   [040]  ---
PONDER
+LOOK_INTO {+LOOKS_INTO +LOOKED_INTO +LOOKING_INTO} [090]
- * (WITH +)                                  [040]   # PONDER
- * ALLEGATIONS                               [012]   # PONDER
"""


@pytest.fixture(scope="module")
def lemma():
    return spacy_lemmatizer()


@pytest.fixture(scope="module")
def ontology():
    return Ontology.default()


@pytest.fixture(scope="module")
def small(tmp_path_factory, lemma, ontology):
    path = tmp_path_factory.mktemp("petrarch") / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    return compile_dictionary(read_verb_dictionary(path), ontology, lemma, source=str(path))


@pytest.fixture(scope="module")
def real(lemma, ontology):
    if not DICTIONARY.is_file():
        pytest.skip(f"PETRARCH dictionary not found at {DICTIONARY}")
    return compile_dictionary(read_verb_dictionary(DICTIONARY), ontology, lemma, source=str(DICTIONARY))


def _rows(report, lemma):
    return {(r.type, r.cameo, r.particle, r.target_prep, tuple(sorted(r.objects))) for r in report.rows
            if r.lemma == lemma}


# ------------------------------------------------------------------ reader

def test_reader_reads_synsets_blocks_verbs_and_patterns(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    d = read_verb_dictionary(path)
    assert d.synsets["&WEAPON"] == ["RIFLE", "GRENADE", "MACHINE_GUN"]
    assert [b.name for b in d.blocks] == ["HURL", "REPEL", "PONDER"]
    hurl, repel, ponder = d.blocks
    assert hurl.code == "---" and repel.code == "190"
    assert hurl.verbs[1].head_word == "FLING" and hurl.verbs[1].forms == ("FLINGS", "FLUNG", "FLINGING")
    look = ponder.verbs[1]
    assert look.words == ("LOOK", "INTO") and look.head == 0 and look.code == "090"
    assert repel.verbs[1].before == ("RE",)
    assert len(hurl.patterns) == 5 and hurl.patterns[3].pre == ("RIOTERS",)


def test_reader_refuses_a_file_that_is_no_verb_dictionary(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some text\nwith no blocks\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not a PETRARCH verb dictionary"):
        read_verb_dictionary(path)


def test_the_real_dictionary_is_read_whole():
    if not DICTIONARY.is_file():
        pytest.skip(f"PETRARCH dictionary not found at {DICTIONARY}")
    d = read_verb_dictionary(DICTIONARY)
    assert len(d.blocks) == 397 and d.n_patterns == 4668 and len(d.synsets) == 40
    assert not d.problems


# ------------------------------------------------------------------ patterns

@pytest.mark.parametrize("post, objects, particle, target_prep", [
    ("SANCTIONS", ("sanctions",), None, None),
    ("UP OFFENSIVE", ("offensive",), "up", None),
    ("(INTO ALLEGATION)", ("allegation",), "into", None),
    ("(AGAINST)", (), "against", "against"),
    ("(WITH +)", (), "with", "with"),
    ("ATTACK (AGAINST)", ("attack",), None, "against"),
    ("DOWN", (), "down", None),
])
def test_patterns_that_translate(post, objects, particle, target_prep):
    constraint, reason = translate_pattern(tuple(post.split()), {})
    assert reason == ""
    assert (constraint.objects, constraint.particle, constraint.target_prep) == (objects, particle, target_prep)


@pytest.mark.parametrize("post, reason", [
    ("{HUMANITARIAN AID}", "noun-phrase"),
    ("FIRST MOVE", "deep"),
    ("FOR ATTACK", "deep"),
    ("POLICE (TO BORDER)", "deep"),
    ("(TO LIST) (OF PARTIES)", "deep"),
    ("PROTESTS (FROM $)", "actor-position"),
    ("SIT-IN", "hyphenated"),
])
def test_patterns_that_do_not_translate(post, reason):
    assert translate_pattern(tuple(post.split()), {}) == (None, reason)


def test_a_synonym_set_stands_for_its_one_word_members():
    constraint, _ = translate_pattern(("&WEAPON",), {"&WEAPON": ["RIFLE", "GRENADE", "MACHINE_GUN"]})
    assert constraint.objects == ("rifle", "grenade")


def test_lemmas_are_those_the_matcher_sees_in_text(lemma):
    assert lemma("BURNT", "VERB") == "burn"
    assert lemma("FLUNG", "VERB") == "fling"
    assert lemma("ADDRESS", "VERB") == "address"  # not "addres"
    assert lemma("SANCTIONS", "NOUN") == "sanction"
    assert lemma("ANALYSIS", "NOUN") == "analysis"  # not "analysi"


# ------------------------------------------------------------------ compiling

def test_small_dictionary_compiles_to_the_rows_it_means(small):
    assert _rows(small, "hurl") == {
        ("ASSAULT", "190", None, None, ("grenade", "rifle")),
        ("PROTEST", "145", None, None, ("stone",)),
    }
    # a pattern whose comment names a verb of the block holds for that verb only; one
    # that names none ("# OY 14 Mar 2006": a coder's initials) for every verb of the block
    assert _rows(small, "fling") == {("PROTEST", "145", None, None, ("stone",))}
    assert _rows(small, "repel") == {
        ("ASSAULT", "190", None, None, ()),  # a verb of force keeps its bare reading
        ("RETREAT", "0874", "into", None, ("retreat",)),
    }
    # 040 bare: not a verb of force; "(WITH +)": a bare preposition; 012: no PLOVER event
    assert _rows(small, "ponder") == set()
    assert _rows(small, "look") == {("ACCUSE", "090", "into", None, ())}


def test_small_dictionary_counts_what_it_leaves_out(small):
    skipped, filtered = small.skipped, small.filtered
    assert skipped["noun-phrase"] == 1 and skipped["subject-side"] == 1
    assert skipped["null-code"] == 1 and skipped["reverse-only"] == 1
    assert skipped["prefixed-verb"] == 1 and skipped["no-plover-event"] == 1
    assert filtered["bare-non-force"] == 1 and filtered["preposition-only"] >= 1
    # FLING does not take HURL's weapons, nor LOOK INTO the PONDER pattern
    assert filtered["other-synonym"] == 2


def test_every_compiled_row_is_a_valid_lexicon_row(real, ontology):
    assert len(real.rows) > 2000
    for row in real.rows:
        placed = ontology.plover_of(row.cameo)
        assert placed == (row.type, row.mode), row
        bare = not (row.objects or row.particle or row.target_prep)
        assert not (bare and row.lemma in GENERAL_VERBS), row
        assert not (bare and row.cameo[:2] not in FORCE_ROOTS), row
        assert row.lemma.isascii() and " " not in row.lemma, row


def test_real_dictionary_rows_and_skips(real):
    # "- * EXTRADITION [0213] # REQUEST": for the verb its comment names
    assert any(t == "REQUEST" and c == "0213" and "extradition" in objects
               for t, c, _, _, objects in _rows(real, "request"))
    assert not any("extradition" in objects for *_, objects in _rows(real, "ask"))
    assert any(t == "ASSAULT" and objects == ("stone",) for t, _, _, _, objects in _rows(real, "throw"))
    assert ("ASSAULT", "190", None, None, ()) in _rows(real, "repel")
    for reason in ("subject-side", "noun-phrase", "deep", "no-plover-event"):
        assert real.skipped[reason] > 0, reason
    for name in ("bare-non-force", "many-readings", "preposition-only", "other-synonym"):
        assert real.filtered[name] > 0, name


def test_the_packaged_file_is_the_compiled_dictionary(real):
    """triggers_petrarch.csv is regenerated, never edited: it equals a fresh compile."""
    assert COMPILED.read_text(encoding="utf-8") == rows_csv(real.rows)


def test_packaged_file_has_the_lexicon_header():
    with COMPILED.open(encoding="utf-8", newline="") as fh:
        assert csv.DictReader(fh).fieldnames == HEADER


# ------------------------------------------------------------------ crosswalk

def test_crosswalk_places_codes_in_plover_types_and_modes(ontology):
    assert len(ontology.crosswalk) >= 290
    for code, p in ontology.crosswalk.items():
        assert code.isdigit() and 3 <= len(code) <= 4, code
        if p.type is None:
            assert p.basis == "none" and code[:2] == "01", code
            continue
        t = ontology.types[p.type]
        assert code[:2] in t.cameo_roots, code
        assert p.mode is None or p.mode in t.modes, code
    assert ontology.plover_of("173") == ("COERCE", "arrest")
    assert ontology.plover_of("1053") == ("REQUEST", "release")
    assert ontology.plover_of("010") is None and ontology.plover_of("999") is None


def test_crosswalk_agrees_with_the_hand_written_lexicon(ontology):
    for entry in TriggerLexicon.from_file(str(data_path("lexicons", "triggers.csv"))).entries:
        if entry.cameo:
            assert ontology.plover_of(entry.cameo)[0] == entry.type, entry


def test_every_mode_code_of_the_ontology_is_placed_in_its_own_type(ontology):
    for name, t in ontology.types.items():
        for mode in t.modes.values():
            if mode.cameo:
                assert ontology.plover_of(mode.cameo)[0] == name, (name, mode.name)


# ------------------------------------------------------------------ merged lexicon

def test_default_lexicon_merges_both_sources_hand_first():
    lex = TriggerLexicon.default()
    sources = {e.source for e in lex.entries}
    assert sources == {"hand", "petrarch"}
    for bucket in (lex.candidates("attack", "VERB"), lex.candidates("throw", "VERB")):
        seen = [e.source for e in bucket]
        assert seen[0] == "hand" and seen == sorted(seen, key=lambda s: s != "hand")
    compiled = lex.candidates("repel", "VERB")[0]
    assert compiled.source == "petrarch" and compiled.key.startswith("lexicon-petrarch:verb:repel")
    assert lex.candidates("attack", "VERB")[0].key.startswith("lexicon:verb:attack")


def test_an_event_names_the_lexicon_its_trigger_came_from(pipeline):
    from dragoman.models import Document

    texts = ["Ukrainian forces repelled Russian troops near Kharkiv.", "Turkey shelled Syrian positions."]
    docs = [Document(id=f"p{i}", text=t, body=t, publication_date="2019-03-14", date_basis="metadata",
                     date_precision="day") for i, t in enumerate(texts)]
    repelled, shelled = [list(r.events) for r in pipeline.process(docs)]
    assert [(e.type, e.source.country, e.target.country) for e in repelled] == [("ASSAULT", "UKR", "RUS")]
    assert repelled[0].rule.startswith("lexicon-petrarch:verb:repel->ASSAULT")
    assert shelled and all(e.rule.startswith("lexicon:") for e in shelled)


# ------------------------------------------------------------------ command line

def _dragoman(*args):
    return subprocess.run([sys.executable, "-m", "dragoman.cli", *args], capture_output=True, text=True, timeout=300)


def test_cli_compiles_a_dictionary_and_reports(tmp_path):
    src = tmp_path / "small.txt"
    src.write_text(SMALL, encoding="utf-8")
    out = tmp_path / "rows.csv"
    res = _dragoman("lexicon", "import-petrarch", str(src), "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert "compiled 6 rows" in res.stdout and "skipped" in res.stdout
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["lemma"] for r in rows} == {"hurl", "fling", "repel", "look"}
    assert all(r["confidence"] == "0.50" and r["notes"].startswith("petrarch ") for r in rows)


def test_cli_bad_input_is_one_line_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("no blocks here\n", encoding="utf-8")
    out = tmp_path / "rows.csv"
    for args in ([str(bad), "--out", str(out)], [str(tmp_path / "missing.txt"), "--out", str(out)],
                 [str(bad), "--out", str(tmp_path / "no" / "rows.csv")]):
        res = _dragoman("lexicon", "import-petrarch", *args)
        assert res.returncode == 1
        assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr
        assert res.stderr.startswith("dragoman: ")
    assert not out.exists()
