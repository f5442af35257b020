"""Tests of the scorer (coding guide §6). Every expected figure is worked out by hand
in the comments next to it."""

from __future__ import annotations

import copy
import itertools
import json
import random
from pathlib import Path

import pytest

from dragoman.evaluation import (
    SENTENCE_MIN_SHARE,
    EvalReport,
    actors_agree,
    date_agrees,
    format_report,
    load_jsonl,
    location_agrees,
    score,
    sentence_overlap,
)
from dragoman.evaluation.matching import _max_weight_assignment

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "seeds.jsonl"

# A ten-word sentence, and the next one in the same (made-up) document.
S10 = "Clinton warned Pakistan on Thursday that it must act against militants."
S_NEXT = "Gilani rejected the demand."


def actor(country=None, sector=None, name=None):
    return {"country": country, "sector": sector, "name": name}


def ev(
    sentence=S10,
    type_="THREATEN",
    source=None,
    target=None,
    doc="d1",
    modality="asserted",
    date="2011-10-20",
    location="Islamabad",
    **extra,
):
    rec = {
        "doc": doc,
        "sentence": sentence,
        "type": type_,
        "source": source if source is not None else actor("USA", "GOV", "Hillary Clinton"),
        "target": target if target is not None else actor("PAK", "GOV", None),
        "modality": modality,
        "date": date,
        "location": location,
    }
    rec.update(extra)
    return rec


# ----------------------------------------------------------------- whole reports


def test_perfect_match_ignores_prediction_extras():
    gold = [ev(), ev(S_NEXT, "REJECT", actor("PAK", "GOV", "Yousaf Raza Gilani"), actor("USA", "GOV"))]
    pred = [dict(r, start=0, end=10, cameo="138", intensity=-7.0, confidence=0.9, historical=False) for r in gold]
    r = score(gold, pred)
    # 2 gold, 2 pred, 2 matches: P = R = F1 = 2/2 = 1; every accuracy 2/2 = 1.
    for k in (
        "event_p", "event_r", "event_f1", "type_p", "type_r", "type_f1", "dyad_acc",
        "sector_acc", "modality_acc", "date_acc", "location_acc",
    ):
        assert r.to_json()[k] == 1.0, k
    assert (r.n_gold, r.n_pred, r.n_matched) == (2, 2, 2)
    assert r.misses == [] and r.false_alarms == []


def test_type_error():
    gold = [ev(), ev(S_NEXT, "REJECT", actor("PAK", "GOV"), actor("USA", "GOV"))]
    pred = [ev(), ev(S_NEXT, "ACCUSE", actor("PAK", "GOV"), actor("USA", "GOV"))]
    r = score(gold, pred)
    # The REJECT/ACCUSE pair matches neither way: 1 event match, 1 type match.
    # event P = 1/2, R = 1/2, F1 = 2*1/(2+2) = 0.5; type figures the same.
    assert (r.event_p, r.event_r, r.event_f1) == (0.5, 0.5, 0.5)
    assert (r.type_p, r.type_r, r.type_f1) == (0.5, 0.5, 0.5)
    # dyad over the 1 type-matched pair, which agrees: 1/1.
    assert r.dyad_acc == 1.0
    # per type: REJECT gold 1, pred 0, matched 0 -> P None (nothing predicted), R 0,
    # F1 = 0/(1+0) = 0. ACCUSE gold 0, pred 1 -> P 0, R None, F1 0.
    assert r.per_type["REJECT"].to_json() == {"n_gold": 1, "n_pred": 0, "n_matched": 0, "p": None, "r": 0.0, "f1": 0.0}
    assert r.per_type["ACCUSE"].to_json() == {"n_gold": 0, "n_pred": 1, "n_matched": 0, "p": 0.0, "r": None, "f1": 0.0}
    assert r.per_type["THREATEN"].f1 == 1.0
    # The miss shows the nearest prediction in its sentence, differing only in type.
    (miss,) = r.misses
    assert miss["type"] == "REJECT"
    assert miss["nearest_prediction"]["type"] == "ACCUSE"
    assert miss["differences"] == ["type"]
    (fa,) = r.false_alarms
    assert fa["type"] == "ACCUSE" and fa["nearest_gold"]["type"] == "REJECT"


def test_actor_error_country_wrong():
    gold = [ev()]
    pred = [ev(target=actor("AFG", "GOV"))]
    r = score(gold, pred)
    # Target country PAK vs AFG: no event match -> P = R = 0/1 = 0, F1 = 0/(1+1) = 0.
    assert (r.event_p, r.event_r, r.event_f1) == (0.0, 0.0, 0.0)
    # Ignoring actors the pair matches: type P = R = F1 = 1; its dyad disagrees: 0/1.
    assert (r.type_p, r.type_r, r.type_f1) == (1.0, 1.0, 1.0)
    assert r.dyad_acc == 0.0
    # Accuracies over zero event-matched pairs are None, not 0 or 1.
    assert r.sector_acc is None and r.modality_acc is None
    assert r.date_acc is None and r.location_acc is None
    assert r.to_json()["sector_acc"] is None
    assert r.misses[0]["differences"] == ["target"]  # type right, target wrong


def test_country_decides_when_gold_has_one():
    # Gold country set: sector and name of the prediction do not matter.
    assert actors_agree(actor("USA", "GOV", "Hillary Clinton"), actor("usa", "MIL", "Someone Else"))
    assert not actors_agree(actor("USA", "GOV", "Hillary Clinton"), actor(None, "GOV", "Hillary Clinton"))
    # A null target in a prediction is an actor with all fields null.
    assert not actors_agree(actor("PAK"), None)
    assert actors_agree(actor(None, None, None), None)
    assert not actors_agree(actor(None, None, None), actor("USA"))


def test_null_country_gold_matched_by_name_and_alias():
    gold = [ev(S_NEXT, "COOPERATE", actor(None, "IGO", "NATO"), actor("AFG", "GOV"))]
    pred_alias = [ev(S_NEXT, "COOPERATE", actor(None, "IGO", "North Atlantic Treaty Organization"), actor("AFG", "GOV"))]
    # Without alias knowledge the names differ: 0 matches, F1 = 0.
    assert score(gold, pred_alias).event_f1 == 0.0
    # With an alias table (lower-cased alias -> canonical): 1 match, F1 = 1.
    assert score(gold, pred_alias, aliases={"north atlantic treaty organization": "NATO"}).event_f1 == 1.0

    # With a resolver callable as the actor KB will provide (unknown names -> None).
    def kb(name):
        return {"north atlantic treaty organization": "NATO"}.get(name.lower())

    assert score(gold, pred_alias, alias_resolver=kb).event_f1 == 1.0
    # Case, a leading "the" and punctuation are normalised without any alias.
    pred_case = [ev(S_NEXT, "COOPERATE", actor("USA", "IGO", "the N.A.T.O."), actor("AFG", "GOV"))]
    assert score(gold, pred_case).event_f1 == 1.0  # and the pred country is ignored here
    gold_h = [ev(S_NEXT, "ASSAULT", actor(None, "INS", "Haqqani network"), actor("AFG", "MIL"))]
    pred_h = [ev(S_NEXT, "ASSAULT", actor(None, "INS", "The Haqqani Network"), actor("AFG", "MIL"))]
    assert score(gold_h, pred_h).event_f1 == 1.0
    pred_wrong = [ev(S_NEXT, "ASSAULT", actor(None, "INS", "Tehrik-e-Taliban Pakistan"), actor("AFG", "MIL"))]
    assert score(gold_h, pred_wrong).event_f1 == 0.0


# ------------------------------------------------------------- sentence overlap


# A 25-token gold sentence (tokens are \w+ runs).
LONG = (
    "Pakistan and the United States agreed on Friday to set up a joint working group "
    "on counterterrorism and to meet again next month in Kabul."
)


def test_long_sentence_token_count():
    import re

    assert len(re.findall(r"\w+", LONG)) == 25


def test_whitespace_quotes_and_dashes_are_normalised():
    gold = "Pakistan’s Prime Minister has implored the US to “give peace a chance” — again."
    pred = "  Pakistan's  Prime Minister has\nimplored the US to \"give peace a chance\" - again. "
    assert sentence_overlap(gold, pred) == 1.0


def test_partial_overlap_split_and_merge():
    # LONG has 25 tokens; SENTENCE_MIN_SHARE = 0.5, so a contained run needs >= 12.5.
    assert SENTENCE_MIN_SHARE == 0.5
    first_part = "Pakistan and the United States agreed on Friday to set up a joint working group"
    # 15 tokens, contiguous in LONG: 15/25 = 0.6 >= 0.5 -> overlap 0.6.
    assert sentence_overlap(LONG, first_part) == pytest.approx(15 / 25)
    tail = "to meet again next month in Kabul."
    # 7 tokens: 7/25 = 0.28 < 0.5 -> no overlap.
    assert sentence_overlap(LONG, tail) == 0.0
    # 13 of 25 tokens (0.52) counts, 12 of 25 (0.48) does not.
    thirteen = "Pakistan and the United States agreed on Friday to set up a joint"
    assert sentence_overlap(LONG, thirteen) == pytest.approx(13 / 25)
    twelve = "Pakistan and the United States agreed on Friday to set up a"
    assert sentence_overlap(LONG, twelve) == 0.0
    # The boundary itself: 2 of 4 tokens = 0.5 counts; 2 of 5 = 0.4 does not.
    assert sentence_overlap("a b c d", "a b") == 0.5
    assert sentence_overlap("a b c d e", "a b") == 0.0
    # Merged with the next sentence (25 + 4 tokens): 25/29 >= 0.5 -> overlap.
    assert sentence_overlap(LONG, LONG + " " + S_NEXT) == pytest.approx(25 / 29)
    # Same words out of order are not a contiguous run.
    assert sentence_overlap("a b c d", "b a c d") == 0.0

    gold = [ev(LONG, "AGREE", actor("PAK", "GOV"), actor("USA", "GOV"))]
    # Prediction with the shorter split sentence: matches (P = R = F1 = 1).
    assert score(gold, [ev(first_part, "AGREE", actor("PAK", "GOV"), actor("USA", "GOV"))]).event_f1 == 1.0
    # Prediction with a sentence covering gold + the next one: matches.
    merged = ev(LONG + " " + S_NEXT, "AGREE", actor("PAK", "GOV"), actor("USA", "GOV"))
    assert score(gold, [merged]).event_f1 == 1.0
    # Prediction on the tail fragment only: too small, no match (F1 = 0).
    assert score(gold, [ev(tail, "AGREE", actor("PAK", "GOV"), actor("USA", "GOV"))]).event_f1 == 0.0
    # Same sentence, other document: no match.
    assert score(gold, [ev(LONG, "AGREE", actor("PAK", "GOV"), actor("USA", "GOV"), doc="d2")]).event_f1 == 0.0


def test_short_gold_sentence_inside_longer_prediction_below_share():
    # Gold "Gilani rejected the demand." (4 tokens) inside a 4 + 11 = 15-token
    # prediction: 4/15 = 0.27 < 0.5 -> no overlap.
    assert sentence_overlap(S_NEXT, S_NEXT + " " + S10) == 0.0


# ------------------------------------------------------------------ one-to-one


def test_two_identical_predictions_for_one_gold():
    gold = [ev()]
    pred = [ev(), ev()]
    r = score(gold, pred)
    # One gold can be matched once: P = 1/2, R = 1/1, F1 = 2*1/(1+2) = 2/3.
    assert r.event_p == 0.5 and r.event_r == 1.0
    assert r.event_f1 == pytest.approx(2 / 3)
    assert r.type_p == 0.5
    assert len(r.false_alarms) == 1
    assert r.false_alarms[0]["nearest_gold"]["matched_elsewhere"] is True


def test_matching_is_maximum_not_greedy():
    # Two gold events of one type in one sentence: G0 targets PAK, G1 targets NATO
    # (no country, so compared by name). P0 has target PAK *named* NATO: it agrees with
    # both G0 (country) and G1 (name), and agrees best with G0 on every attribute (same
    # date and location as G0). P1 (target PAK, no name) agrees only with G0.
    # A greedy pass taking the best-agreeing pair first would take P0-G0 and leave P1
    # unmatched (1 match); the maximum matching is P0-G1, P1-G0 (2 matches).
    g0 = ev(date="2011-10-20", location="Islamabad")
    g1 = ev(target=actor(None, "IGO", "NATO"), date="2011-10-21", location="Kabul")
    p0 = ev(target=actor("PAK", "GOV", "NATO"), date="2011-10-20", location="Islamabad")
    p1 = ev(target=actor("PAK", "GOV", None), date="2011-10-22", location=None)
    r = score([g0, g1], [p0, p1])
    # 2 matches: P = R = F1 = 1.
    assert r.n_matched == 2 and r.event_f1 == 1.0
    assert r.matches == [(0, 1), (1, 0)]
    # Attribute accuracies on that matching: dates G0 2011-10-20 vs P1 2011-10-22 no,
    # G1 2011-10-21 vs P0 2011-10-20 no -> 0/2; locations Islamabad vs None no,
    # Kabul vs Islamabad no -> 0/2; modality both asserted -> 2/2.
    assert r.date_acc == 0.0 and r.location_acc == 0.0 and r.modality_acc == 1.0
    # Target sectors: G0 GOV vs P1 GOV yes, G1 IGO vs P0 GOV no -> 1/2;
    # source sectors both GOV -> 2/2; both sectors -> 1/2.
    assert (r.source_sector_acc, r.target_sector_acc, r.sector_acc) == (1.0, 0.5, 0.5)


def test_cardinality_beats_a_single_well_aligned_pair():
    # G0 sits in a 4-token sentence; G1 and P1 in an 8-token one that contains it
    # (overlap 4/8 = 0.5). P0 copies G0 exactly and agrees with G1 only on type and
    # actors (source named "Quetta Shura", which G1 codes with no country). P1 agrees
    # with G0 on type and actors (country PAK/AFG) but on nothing else, and not with
    # G1 (its source has no name). The single pair P0-G0 agrees best on everything,
    # yet the maximum matching is P0-G1 + P1-G0: 2 matches, P = R = F1 = 1.
    short = "Militants attacked Kabul yesterday."
    longer = "Militants attacked Kabul yesterday, the ministry said today."
    g0 = ev(short, "ASSAULT", actor("PAK", "INS", "Quetta Shura"), actor("AFG", "GOV"),
            modality="asserted", date="2011-10-20", location="Kabul")
    g1 = ev(longer, "ASSAULT", actor(None, "MIL", "Quetta Shura"), actor("AFG", "MIL"),
            modality="negated", date="2011-09", location="Khost")
    p0 = ev(short, "ASSAULT", actor("PAK", "INS", "Quetta Shura"), actor("AFG", "GOV"),
            modality="asserted", date="2011-10-20", location="Kabul")
    p1 = ev(longer, "ASSAULT", actor("PAK", "GOV", None), actor("AFG", "CIV", "Kabul"),
            modality="future", date=None, location=None)
    r = score([g0, g1], [p0, p1])
    assert r.matches == [(0, 1), (1, 0)]
    assert r.event_f1 == 1.0
    # On that matching: G0/P1 and G1/P0 disagree on modality, date and location -> 0/2.
    assert (r.modality_acc, r.date_acc, r.location_acc) == (0.0, 0.0, 0.0)


def test_tie_break_prefers_better_aligned_pair():
    # Both predictions match both gold events; cardinality is 2 either way, and the
    # tie-break pairs each prediction with the gold it agrees with on date/location.
    g0 = ev(date="2011-10-20", location="Islamabad")
    g1 = ev(date="2011-10-21", location="Kabul")
    p0 = ev(date="2011-10-21", location="Kabul")
    p1 = ev(date="2011-10-20", location="Islamabad")
    r = score([g0, g1], [p0, p1])
    assert r.matches == [(0, 1), (1, 0)]
    assert r.date_acc == 1.0 and r.location_acc == 1.0


def test_assignment_is_maximum_on_random_graphs():
    # Brute force over all injections on small random 0/1-weight graphs: the
    # assignment must reach the maximum number of allowed pairs.
    rng = random.Random(7)
    for _ in range(300):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        w = [[rng.choice([0, 0, 5, 6]) for _ in range(m)] for _ in range(n)]
        got = _max_weight_assignment(w)
        assert len({i for i, _ in got}) == len(got) == len({j for _, j in got})
        assert all(w[i][j] > 0 for i, j in got)
        best = 0
        rows, cols = (range(n), range(m))
        if n <= m:
            for perm in itertools.permutations(cols, n):
                best = max(best, sum(w[i][perm[i]] for i in rows))
        else:
            for perm in itertools.permutations(rows, m):
                best = max(best, sum(w[perm[j]][j] for j in cols))
        assert sum(w[i][j] for i, j in got) == best


# -------------------------------------------------------------- field accuracy


def test_date_at_gold_precision():
    assert date_agrees("2011-10", "2011-10-21")
    assert date_agrees("2011", "2011-10-21")
    assert date_agrees("2011-10-21", "2011-10-21")
    assert not date_agrees("2011-10-21", "2011-10")  # prediction coarser than gold
    assert not date_agrees("2011-10", "2011-11-02")
    assert not date_agrees(None, "2011-10-21")
    assert not date_agrees("2011-10", None)
    assert date_agrees(None, None)

    gold = [ev(date="2011-10"), ev(S_NEXT, "REJECT", actor("PAK"), actor("USA"), date=None)]
    pred = [ev(date="2011-10-21"), ev(S_NEXT, "REJECT", actor("PAK"), actor("USA"), date="2011-10-22")]
    r = score(gold, pred)
    # Month gold vs day pred in that month: agree; null gold vs a date: disagree -> 1/2.
    assert r.event_f1 == 1.0 and r.date_acc == 0.5


def test_null_location():
    assert location_agrees(None, None)
    assert location_agrees(None, "  ")
    assert not location_agrees(None, "Islamabad")
    assert not location_agrees("Islamabad", None)
    assert location_agrees("Peshāwar", " peshawar ")
    assert location_agrees("North  Waziristan", "north waziristan")

    gold = [ev(location=None), ev(S_NEXT, "REJECT", actor("PAK"), actor("USA"), location=None)]
    pred = [ev(location=None), ev(S_NEXT, "REJECT", actor("PAK"), actor("USA"), location="Islamabad")]
    r = score(gold, pred)
    # null/null agrees, null/Islamabad does not -> 1/2.
    assert r.location_acc == 0.5


def test_modality_and_null_target_in_prediction():
    gold = [ev(modality="negated"), ev(S_NEXT, "REJECT", actor("PAK", "GOV"), actor(None, None, None))]
    pred = [ev(modality="asserted"), ev(S_NEXT, "REJECT", actor("PAK", "GOV"), None)]
    pred[1]["target"] = None
    r = score(gold, pred)
    # Both match (a null target equals an all-null actor): F1 = 1.
    # modality: negated vs asserted wrong, asserted vs asserted right -> 1/2.
    # target sectors: GOV/GOV and None/None -> 2/2, so sector_acc = 1.
    assert r.event_f1 == 1.0
    assert r.modality_acc == 0.5
    assert r.sector_acc == 1.0


# -------------------------------------------------------------------- empty input


def test_empty_inputs_give_none_not_zero():
    r = score([], [])
    j = r.to_json()
    for k in ("event_p", "event_r", "event_f1", "type_f1", "dyad_acc", "sector_acc", "date_acc"):
        assert j[k] is None, k
    r = score([ev()], [])
    # No predictions: P undefined (None), R = 0/1 = 0, F1 = 0/(1+0) = 0.
    assert (r.event_p, r.event_r, r.event_f1) == (None, 0.0, 0.0)
    assert r.misses[0]["nearest_prediction"] is None


# ------------------------------------------------------------------------- files


def test_load_jsonl_reports_line_numbers(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text("\ufeff" + json.dumps(ev()) + "\n\n" + json.dumps(ev(S_NEXT)) + "\n", encoding="utf-8")
    recs = load_jsonl(good)
    assert len(recs) == 2 and recs[1]["sentence"] == S_NEXT

    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text(json.dumps(ev()) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl: line 2: invalid JSON"):
        load_jsonl(bad_json)

    not_obj = tmp_path / "list.jsonl"
    not_obj.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"list\.jsonl: line 1: expected a JSON object, got list"):
        load_jsonl(not_obj)

    missing = tmp_path / "missing.jsonl"
    rec = ev()
    del rec["type"]
    missing.write_text(json.dumps(ev()) + "\n" + json.dumps(ev()) + "\n" + json.dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing\.jsonl: line 3: missing key\(s\): type"):
        load_jsonl(missing)

    bad_actor = tmp_path / "actor.jsonl"
    bad_actor.write_text(json.dumps(dict(ev(), target="PAK")) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"actor\.jsonl: line 1: 'target' must be an object, a list of objects or null"):
        load_jsonl(bad_actor)

    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"doc": "Pe\xe9"}\n')
    with pytest.raises(ValueError, match=r"latin\.jsonl: line 1: not UTF-8"):
        load_jsonl(latin)


def test_format_report_text():
    gold = [ev(), ev(S_NEXT, "REJECT", actor("PAK", "GOV"), actor("USA", "GOV"))]
    pred = [ev(), ev(S_NEXT, "REJECT", actor("PAK", "GOV"), actor("AFG", "GOV"))]
    r = score(gold, pred)
    text = format_report(r, by_type=True, errors=5)
    # event P = R = F1 = 1/2 -> "0.500"; dyad over 2 type-matched pairs = 1/2.
    assert "event" in text and "0.500" in text
    assert "REJECT" in text and "THREATEN" in text
    assert "differs in: target" in text
    assert "misses (gold not matched): 1" in text
    plain = format_report(r, by_type=False, errors=0)
    assert "differs in" not in plain and "REJECT" not in plain
    # Accuracies over no pairs print as n/a.
    assert "n/a" in format_report(score([ev()], [ev(type_="AID")]))
    # The object itself is not rounded.
    r3 = score([ev(), ev(), ev()], [ev()])
    assert r3.event_r == 1 / 3


# ------------------------------------------------------------------- seed gold


def _seeds():
    if not SEEDS.exists():
        pytest.skip(f"seed gold not found at {SEEDS} (shared material absent)")
    return load_jsonl(SEEDS)


def test_seed_gold_against_itself_is_perfect():
    gold = _seeds()
    r = score(gold, copy.deepcopy(gold))
    j = r.to_json()
    for k in EvalReport.HEADLINE_KEYS:
        if k.startswith("n_"):
            continue
        assert j[k] == 1.0, k
    assert (r.n_gold, r.n_pred, r.n_matched) == (137, 137, 137)
    assert all(s.f1 == 1.0 for s in r.per_type.values())
    json.dumps(j)  # serialisable


def test_seed_gold_with_one_type_changed():
    gold = _seeds()
    pred = copy.deepcopy(gold)
    # Event 0 is a CONSULT (USA/GOV -> PAK/GOV); call it THREATEN instead. No gold
    # THREATEN shares its sentence, so it matches nothing.
    assert gold[0]["type"] == "CONSULT"
    pred[0]["type"] = "THREATEN"
    n_consult = sum(1 for g in gold if g["type"] == "CONSULT")
    n_threaten = sum(1 for g in gold if g["type"] == "THREATEN")
    assert (n_consult, n_threaten) == (32, 4)
    r = score(gold, pred)
    # 136 of 137 match: event P = R = 136/137, F1 = 2*136/(137+137) = 136/137.
    assert r.n_matched == 136
    assert r.event_p == pytest.approx(136 / 137)
    assert r.event_r == pytest.approx(136 / 137)
    assert r.event_f1 == pytest.approx(136 / 137)
    # Same for type figures; dyad over the 136 type-matched pairs: 136/136 = 1.
    assert r.type_f1 == pytest.approx(136 / 137)
    assert r.dyad_acc == 1.0
    # All matched pairs are identical: accuracies 136/136 = 1.
    assert (r.sector_acc, r.modality_acc, r.date_acc, r.location_acc) == (1.0, 1.0, 1.0, 1.0)
    # CONSULT: gold 32, pred 31, matched 31 -> P 1, R 31/32, F1 62/63.
    c = r.per_type["CONSULT"]
    assert (c.n_gold, c.n_pred, c.n_matched) == (32, 31, 31)
    assert c.p == 1.0 and c.r == pytest.approx(31 / 32) and c.f1 == pytest.approx(62 / 63)
    # THREATEN: gold 4, pred 5, matched 4 -> P 4/5, R 1, F1 8/9.
    t = r.per_type["THREATEN"]
    assert (t.n_gold, t.n_pred, t.n_matched) == (4, 5, 4)
    assert t.p == pytest.approx(0.8) and t.r == 1.0 and t.f1 == pytest.approx(8 / 9)
    assert [m["index"] for m in r.misses] == [0]
    assert [f["index"] for f in r.false_alarms] == [0]
    assert r.misses[0]["differences"] == ["type"]


# ------------------------------------------------------------------ whole notes

NOTE = ("On 3 May 2022, unidentified gunmen attacked a police post in Tillaberi region. "
        "Two officers were killed and the post was burned.")
FOLLOW_UP = "Two officers were killed and the post was burned."


def test_a_follow_up_sentence_overlaps_a_whole_note_only_when_notes_are_whole():
    from dragoman.evaluation import note_overlap

    # 9 of 22 tokens: under the share, so no overlap of sentences ...
    assert sentence_overlap(NOTE, FOLLOW_UP) == 0.0
    # ... but inside the note, ranked by its share of it.
    assert note_overlap(NOTE, FOLLOW_UP) == pytest.approx(9 / 22)
    # A sentence that is not a run of the note's words does not overlap it.
    assert note_overlap(NOTE, "Two officers were killed in Niamey.") == 0.0
    # Equal or long enough, the usual overlap holds.
    assert note_overlap(NOTE, NOTE) == 1.0

    gold = [ev(NOTE, "ASSAULT", actor("NER", "INS"), actor("NER", "GOV"))]
    pred = [ev(FOLLOW_UP, "ASSAULT", actor("NER", "INS"), actor("NER", "GOV"))]
    assert score(gold, pred).event_r == 0.0
    assert score(gold, pred, whole_notes=True).event_r == 1.0
    # The gold sentence is the note: a note never lies inside a prediction's sentence.
    assert score(pred, gold, whole_notes=True).event_r == 0.0
