"""Gold actors given as alternatives, the suite file, and the per-rule counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dragoman.evaluation import actors_agree, load_jsonl, score
from dragoman.evaluation.suite import by_rule, format_suite, load_suite, rule_components, run_suite

PKK = [{"country": None, "sector": None, "name": "PKK"}, {"country": "TUR", "sector": "MIL", "name": None}]


def _event(source, target, type_="ASSAULT", sentence="PKK fighters attacked a Turkish patrol in Duhok.", **kw):
    return {"doc": "d1", "sentence": sentence, "type": type_, "source": source, "target": target, **kw}


def test_any_alternative_agrees():
    assert actors_agree(PKK, {"country": "TUR", "sector": "MIL", "name": None})
    assert actors_agree(PKK, {"country": None, "sector": "INS", "name": "PKK"})
    assert not actors_agree(PKK, {"country": "IRQ", "sector": "MIL", "name": None})


def test_sector_is_read_against_the_agreeing_alternative():
    gold = [_event(PKK, [{"country": "TUR", "sector": "MIL", "name": None}])]
    pred = [_event({"country": "TUR", "sector": "MIL", "name": None}, {"country": "TUR", "sector": "MIL", "name": None})]
    report = score(gold, pred)
    assert report.n_matched == 1
    assert report.source_sector_acc == 1.0 and report.actor_country_acc == 1.0


def test_gold_file_with_alternatives_loads_and_a_bad_list_is_one_line(tmp_path):
    good = tmp_path / "g.jsonl"
    good.write_text(json.dumps(_event(PKK, None)) + "\n", encoding="utf-8")
    assert load_jsonl(good)[0]["source"] == PKK
    bad = tmp_path / "b.jsonl"
    bad.write_text(json.dumps(_event([], None)) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"b\.jsonl: line 1: 'source' must be an object, a non-empty list"):
        load_jsonl(bad)


def test_rule_components_name_the_lexicon_source():
    comps = rule_components("lexicon:verb:attack->ASSAULT;prep-target;modality:aux:will")
    assert comps == ["lexicon:verb:attack->ASSAULT", "prep-target", "modality:aux:will", "source:lexicon"]


def _tiny_suite(tmp_path: Path) -> Path:
    text = "Police arrested 40 protesters in Minsk on Saturday.\n\nTurkey condemned the attack on its soldiers.\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "d1.txt").write_text(text, encoding="utf-8")
    gold = [
        _event({"country": "BLR", "sector": "GOV", "name": None}, {"country": "BLR", "sector": "CIV", "name": None},
               type_="COERCE", sentence="Police arrested 40 protesters in Minsk on Saturday."),
    ]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    suite = tmp_path / "suite.yaml"
    suite.write_text("sets:\n  - name: tiny\n    gold: gold.jsonl\n    inputs: [in]\n    calibrate: true\n", encoding="utf-8")
    return suite


def test_suite_runs_every_set_and_counts_rules(tmp_path, pipeline):
    sets = load_suite(_tiny_suite(tmp_path))
    assert [s.name for s in sets] == ["tiny"] and sets[0].calibrate
    result = run_suite(sets, pipeline=pipeline)
    report = result.by_name()["tiny"].report
    assert report.n_gold == 1 and report.n_pred == len(result.sets[0].predictions)
    table = by_rule(result)
    emitted = sum(v["tiny"][0] for k, v in table.items() if k.startswith("source:"))
    assert emitted == report.n_pred
    assert format_suite(result).splitlines()[1].startswith("tiny")


def test_suite_file_problems_are_one_line(tmp_path):
    bad = tmp_path / "suite.yaml"
    bad.write_text("sets:\n  - name: x\n    gold: missing.jsonl\n    inputs: [nowhere]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="set 'x': .*missing.jsonl does not exist"):
        load_suite(bad)
    cli = Path(sys.executable).with_name("dragoman")
    proc = subprocess.run([str(cli), "eval", "--suite", str(bad)], capture_output=True, text=True)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "does not exist" in proc.stderr


def test_calibrate_writes_the_counts_of_the_calibration_sets(tmp_path):
    suite = _tiny_suite(tmp_path)
    out = tmp_path / "rules.json"
    cli = Path(sys.executable).with_name("dragoman")
    proc = subprocess.run([str(cli), "calibrate", "--suite", str(suite), "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["measured_on"] == ["tiny"] and data["overall"][0] >= data["overall"][1]
    assert proc.stdout.startswith(f"wrote {out}")


def test_a_set_of_whole_notes_is_scored_and_read_as_such(tmp_path):
    note = "Gunmen attacked a police post in Tillaberi. Two officers were killed."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_event({"country": "NER", "sector": "INS", "name": None},
                                      {"country": "NER", "sector": "GOV", "name": None}, sentence=note)) + "\n",
                    encoding="utf-8")
    (tmp_path / "in").mkdir()
    suite = tmp_path / "suite.yaml"
    suite.write_text("sets:\n  - name: notes\n    gold: gold.jsonl\n    inputs: [in]\n    whole_notes: true\n"
                     "  - name: plain\n    gold: gold.jsonl\n    inputs: [in]\n", encoding="utf-8")
    sets = {s.name: s for s in load_suite(suite)}
    assert sets["notes"].whole_notes and not sets["plain"].whole_notes
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_event({"country": "NER", "sector": "INS", "name": None},
                                      {"country": "NER", "sector": "GOV", "name": None},
                                      sentence="Two officers were killed.")) + "\n", encoding="utf-8")
    cli = Path(sys.executable).with_name("dragoman")

    def recall(*flags):
        proc = subprocess.run([str(cli), "eval", str(pred), "--gold", str(gold), "--json", *flags],
                              capture_output=True, text=True, check=True)
        return json.loads(proc.stdout)["event_r"]

    # The suite marks the gold file as whole notes; --sentences and --whole-notes override.
    assert recall("--suite", str(suite)) == 1.0
    assert recall("--suite", str(suite), "--sentences") == 0.0
    assert recall("--whole-notes") == 1.0
