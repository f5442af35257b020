"""The scorer: one-to-one matchings of predictions to gold events and the figures read on them."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from dragoman.evaluation.matching import (
    _actor, _max_weight_assignment, _one_agrees, _sector, _text, actor_alternatives, actors_agree, chosen_alternative,
    date_agrees, REQUIRED_KEYS,
    location_agrees, note_overlap, resolve_name, sentence_overlap,
)

# ----------------------------------------------------------------------- report


@dataclass
class TypeScore:
    """Event-matching figures for one event type."""

    n_gold: int
    n_pred: int
    n_matched: int
    p: Optional[float]
    r: Optional[float]
    f1: Optional[float]

    def to_json(self) -> dict[str, Any]:
        return {
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "n_matched": self.n_matched,
            "p": self.p,
            "r": self.r,
            "f1": self.f1,
        }


@dataclass
class EvalReport:
    """All figures of one evaluation. Ratios over nothing are ``None``; not rounded."""

    n_gold: int
    n_pred: int
    n_matched: int
    event_p: Optional[float]
    event_r: Optional[float]
    event_f1: Optional[float]
    n_type_matched: int
    type_p: Optional[float]
    type_r: Optional[float]
    type_f1: Optional[float]
    dyad_acc: Optional[float]
    sector_acc: Optional[float]
    source_sector_acc: Optional[float]
    target_sector_acc: Optional[float]
    modality_acc: Optional[float]
    date_acc: Optional[float]
    location_acc: Optional[float]
    n_actor_gold: int = 0
    actor_country_acc: Optional[float] = None
    actor_sector_acc: Optional[float] = None
    #: gold actors read wrong by the actor figures: side, gold/pred actors, sentence
    actor_mismatches: list[dict[str, Any]] = field(default_factory=list)
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    #: (gold index, prediction index) pairs of the event matching, sorted.
    matches: list[tuple[int, int]] = field(default_factory=list)
    #: (gold index, prediction index) pairs of the type matching, sorted.
    type_matches: list[tuple[int, int]] = field(default_factory=list)

    HEADLINE_KEYS = (
        "event_p", "event_r", "event_f1", "type_p", "type_r", "type_f1", "dyad_acc",
        "sector_acc", "source_sector_acc", "target_sector_acc", "modality_acc",
        "date_acc", "location_acc", "actor_country_acc", "actor_sector_acc",
        "n_gold", "n_pred", "n_matched", "n_type_matched", "n_actor_gold",
    )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: the headline figures, ``per_type``, and the error lists."""
        out: dict[str, Any] = {k: getattr(self, k) for k in self.HEADLINE_KEYS}
        out["per_type"] = {t: s.to_json() for t, s in sorted(self.per_type.items())}
        out["misses"] = self.misses
        out["false_alarms"] = self.false_alarms
        out["actor_mismatches"] = self.actor_mismatches
        return out


# --------------------------------------------------------------------- loading


def _check_record(rec: Any) -> Optional[str]:
    if not isinstance(rec, dict):
        return f"expected a JSON object, got {type(rec).__name__}"
    missing = [k for k in REQUIRED_KEYS if k not in rec]
    if missing:
        return "missing key(s): " + ", ".join(missing)
    for k in ("doc", "sentence", "type"):
        if not isinstance(rec[k], str) or not rec[k].strip():
            return f"'{k}' must be a non-empty string"
    for k in ("source", "target"):
        v = rec.get(k)
        if isinstance(v, list):
            if not v or not all(isinstance(a, dict) for a in v):
                return f"'{k}' must be an object, a non-empty list of objects (alternatives) or null"
        elif v is not None and not isinstance(v, dict):
            return f"'{k}' must be an object, a list of objects or null, got {type(v).__name__}"
    if rec.get("source") is None:
        return "'source' must be an object"
    return None


def load_jsonl(path: str | Path) -> list[dict]:
    """Read one event record per line (blank lines skipped).

    Raises ``ValueError("<path>: line N: <problem>")`` for a line that is not UTF-8,
    not JSON, not an object, or lacks ``doc``/``sentence``/``type``/``source``.
    """
    path = Path(path)
    records: list[dict] = []
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ValueError(f"{path}: line {n}: not UTF-8 ({exc.reason})") from None
            if n == 1:
                line = line.lstrip("\ufeff")
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {n}: invalid JSON: {exc.msg} (column {exc.colno})") from None
            problem = _check_record(rec)
            if problem:
                raise ValueError(f"{path}: line {n}: {problem}")
            records.append(rec)
    return records


class _Scorer:
    def __init__(self, gold, pred, aliases, alias_resolver, whole_notes=False):
        self.gold = gold
        self.pred = pred
        self.aliases = aliases
        self.resolver = alias_resolver
        self.whole_notes = whole_notes
        self._agree: dict[tuple[str, int, int], bool] = {}

    def overlap(self, gold_sentence: Any, pred_sentence: Any) -> float:
        """Sentence overlap of a gold and a predicted sentence: :func:`note_overlap`
        when the gold sentences are whole notes, else :func:`sentence_overlap`."""
        if self.whole_notes:
            return note_overlap(gold_sentence, pred_sentence)
        return sentence_overlap(gold_sentence, pred_sentence)

    def agree(self, side: str, gi: int, pj: int) -> bool:
        key = (side, gi, pj)
        if key not in self._agree:
            self._agree[key] = actors_agree(
                self.gold[gi].get(side), self.pred[pj].get(side), self.aliases, self.resolver
            )
        return self._agree[key]

    def gold_side(self, gi: int, pj: int, side: str) -> dict[str, Optional[str]]:
        """The gold actor of ``side`` as read against prediction ``pj`` (one of the
        gold's alternatives when it lists several)."""
        return chosen_alternative(self.gold[gi].get(side), self.pred[pj].get(side), self.aliases, self.resolver)

    def dyad(self, gi: int, pj: int) -> bool:
        return self.agree("source", gi, pj) and self.agree("target", gi, pj)

    def names_agree(self, side: str, gi: int, pj: int) -> bool:
        g, p = self.gold_side(gi, pj, side), _actor(self.pred[pj].get(side))
        return resolve_name(g["name"], self.aliases, self.resolver) == resolve_name(
            p["name"], self.aliases, self.resolver
        )

    def attrs(self, gi: int, pj: int) -> dict[str, bool]:
        g, p = self.gold[gi], self.pred[pj]
        return {
            "source_sector": _sector(self.gold_side(gi, pj, "source")) == _sector(p.get("source")),
            "target_sector": _sector(self.gold_side(gi, pj, "target")) == _sector(p.get("target")),
            "modality": _text(g.get("modality")) == _text(p.get("modality")),
            "date": date_agrees(g.get("date"), p.get("date")),
            "location": location_agrees(g.get("location"), p.get("location")),
        }

    def tiebreak(self, gi: int, pj: int, overlap: float) -> int:
        """Secondary score (0..22) used to choose among maximum matchings."""
        s = int(round(10 * overlap))
        s += 2 * sum(self.attrs(gi, pj).values())
        s += self.names_agree("source", gi, pj) + self.names_agree("target", gi, pj)
        return s

    def match(self, with_actors: bool) -> list[tuple[int, int]]:
        by_key: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
        for i, g in enumerate(self.gold):
            by_key.setdefault((str(g.get("doc")), _text(g.get("type")) or ""), ([], []))[0].append(i)
        for j, p in enumerate(self.pred):
            key = (str(p.get("doc")), _text(p.get("type")) or "")
            if key in by_key:
                by_key[key][1].append(j)
        pairs: list[tuple[int, int]] = []
        for gis, pjs in by_key.values():
            if not pjs:
                continue
            cand: dict[tuple[int, int], int] = {}
            for a, gi in enumerate(gis):
                for b, pj in enumerate(pjs):
                    ov = self.overlap(self.gold[gi].get("sentence"), self.pred[pj].get("sentence"))
                    if ov <= 0:
                        continue
                    dyad = self.dyad(gi, pj)
                    if with_actors and not dyad:
                        continue
                    s = self.tiebreak(gi, pj, ov)
                    if not with_actors:
                        s += 23 * dyad  # dyad agreement outweighs every other tie-break
                    cand[(a, b)] = s
            if not cand:
                continue
            s_max = 23 + 22
            big = s_max * (min(len(gis), len(pjs)) + 1)  # cardinality dominates
            weights = [[0] * len(pjs) for _ in gis]
            for (a, b), s in cand.items():
                weights[a][b] = big + s
            pairs.extend((gis[a], pjs[b]) for a, b in _max_weight_assignment(weights))
        return sorted(pairs)


def _ratio(num: int, den: int) -> Optional[float]:
    return num / den if den else None


def _f1(matched: int, n_gold: int, n_pred: int) -> Optional[float]:
    return 2 * matched / (n_gold + n_pred) if n_gold + n_pred else None


def _summary(rec: Mapping[str, Any], index: int) -> dict[str, Any]:
    return {
        "index": index,
        "doc": rec.get("doc"),
        "sentence": rec.get("sentence"),
        "type": rec.get("type"),
        "source": actor_alternatives(rec.get("source"))[0],
        "target": actor_alternatives(rec.get("target"))[0],
        "modality": rec.get("modality"),
        "date": rec.get("date"),
        "location": rec.get("location"),
    }


def score(
    gold: list[dict],
    pred: list[dict],
    alias_resolver: Optional[Callable[[str], Optional[str]]] = None,
    aliases: Optional[Mapping[str, str]] = None,
    whole_notes: bool = False,
) -> EvalReport:
    """Score predicted events against gold events by the rules of the coding guide §6
    (see the module docstring for the exact reading of each rule).

    ``alias_resolver`` maps a raw actor name to its canonical name (or a falsy value
    when unknown), e.g. the actor knowledge base's lookup; ``aliases`` maps lower-cased
    aliases to canonical names. With neither, names are only normalised.
    ``whole_notes``: each gold ``sentence`` is a whole note (several sentences), and a
    predicted sentence inside it overlaps it (see :func:`note_overlap`).
    """
    sc = _Scorer(gold, pred, aliases, alias_resolver, whole_notes)
    matches = sc.match(with_actors=True)
    type_matches = sc.match(with_actors=False)
    n_gold, n_pred, n_m, n_t = len(gold), len(pred), len(matches), len(type_matches)

    attrs = [sc.attrs(gi, pj) for gi, pj in matches]
    src_ok = sum(a["source_sector"] for a in attrs)
    tgt_ok = sum(a["target_sector"] for a in attrs)
    both_ok = sum(a["source_sector"] and a["target_sector"] for a in attrs)

    per_type: dict[str, TypeScore] = {}
    types = sorted({_text(r.get("type")) or "" for r in gold} | {_text(r.get("type")) or "" for r in pred})
    for t in types:
        ng = sum(1 for r in gold if (_text(r.get("type")) or "") == t)
        np_ = sum(1 for r in pred if (_text(r.get("type")) or "") == t)
        nm = sum(1 for gi, _ in matches if (_text(gold[gi].get("type")) or "") == t)
        per_type[t] = TypeScore(ng, np_, nm, _ratio(nm, np_), _ratio(nm, ng), _f1(nm, ng, np_))

    n_actors, country_ok, sector_ok, actor_mismatches = _actor_figures(sc)

    matched_gold = {gi for gi, _ in matches}
    matched_pred = {pj for _, pj in matches}
    misses = [
        _error_entry(sc, gi, "gold", matched_pred) for gi in range(n_gold) if gi not in matched_gold
    ]
    false_alarms = [
        _error_entry(sc, pj, "pred", matched_gold) for pj in range(n_pred) if pj not in matched_pred
    ]

    return EvalReport(
        n_gold=n_gold,
        n_pred=n_pred,
        n_matched=n_m,
        event_p=_ratio(n_m, n_pred),
        event_r=_ratio(n_m, n_gold),
        event_f1=_f1(n_m, n_gold, n_pred),
        n_type_matched=n_t,
        type_p=_ratio(n_t, n_pred),
        type_r=_ratio(n_t, n_gold),
        type_f1=_f1(n_t, n_gold, n_pred),
        dyad_acc=_ratio(sum(sc.dyad(gi, pj) for gi, pj in type_matches), n_t),
        sector_acc=_ratio(both_ok, n_m),
        source_sector_acc=_ratio(src_ok, n_m),
        target_sector_acc=_ratio(tgt_ok, n_m),
        modality_acc=_ratio(sum(a["modality"] for a in attrs), n_m),
        date_acc=_ratio(sum(a["date"] for a in attrs), n_m),
        location_acc=_ratio(sum(a["location"] for a in attrs), n_m),
        n_actor_gold=n_actors,
        actor_country_acc=_ratio(country_ok, n_actors),
        actor_sector_acc=_ratio(sector_ok, n_actors),
        actor_mismatches=actor_mismatches,
        per_type=per_type,
        misses=misses,
        false_alarms=false_alarms,
        matches=matches,
        type_matches=type_matches,
    )


def _country(actor: Any) -> Optional[str]:
    c = _actor(actor)["country"]
    return c.upper() if c else None


def align_for_actors(sc: "_Scorer", gi: int) -> Optional[int]:
    """The prediction a gold event's actors are read against (see "Actor accuracy" in
    the module docstring), or ``None`` when no prediction shares its sentence."""
    g = sc.gold[gi]
    best: Optional[tuple[tuple, int]] = None
    for pj, p in enumerate(sc.pred):
        if str(p.get("doc")) != str(g.get("doc")):
            continue
        ov = sc.overlap(g.get("sentence"), p.get("sentence"))
        if ov <= 0:
            continue
        same_type = (_text(g.get("type")) or "") == (_text(p.get("type")) or "")
        if not same_type:
            continue  # another act of the sentence has other actors: nothing to compare
        sides = ("source", "target")
        agree = sum(sc.agree(s, gi, pj) for s in sides)
        sectors = sum(_sector(sc.gold_side(gi, pj, s)) == _sector(p.get(s)) for s in sides)
        names = sum(sc.names_agree(s, gi, pj) for s in sides)
        rank = (same_type, agree, sectors, names, ov, -pj)
        if best is None or rank > best[0]:
            best = (rank, pj)
    return None if best is None else best[1]


def _country_right(sc: "_Scorer", gold_actor: Mapping[str, Optional[str]], pred_actor: Any) -> bool:
    """The country of a predicted actor is right when the actor agrees with the gold one
    in the sense of §6: equal codes where the gold gives a country; where it gives none,
    equal resolved names (a gold actor with neither agrees only with one with neither)."""
    return _one_agrees(gold_actor, _actor(pred_actor), sc.aliases, sc.resolver)


def _sector_right(sc: "_Scorer", gold_actor: Mapping[str, Optional[str]], pred_actor: Any) -> bool:
    """Equal sectors (``None == None``), except for a gold actor given by its name alone
    (no country, no sector: the ACLED mapping's named groups): it states no sector to
    compare, so, as for its country, the resolved names decide."""
    if gold_actor["name"] and gold_actor["country"] is None and gold_actor["sector"] is None:
        return _one_agrees(gold_actor, _actor(pred_actor), sc.aliases, sc.resolver)
    return _sector(gold_actor) == _sector(pred_actor)


def _actor_figures(sc: "_Scorer") -> tuple[int, int, int, list[dict[str, Any]]]:
    """(gold actors counted, country right, sector right, mismatches)."""
    n = country_ok = sector_ok = 0
    mismatches: list[dict[str, Any]] = []
    for gi, g in enumerate(sc.gold):
        pj = align_for_actors(sc, gi)
        if pj is None:
            continue
        p = sc.pred[pj]
        for side in ("source", "target"):
            n += 1
            g_side = sc.gold_side(gi, pj, side)
            c_ok = _country_right(sc, g_side, p.get(side))
            s_ok = _sector_right(sc, g_side, p.get(side))
            country_ok += c_ok
            sector_ok += s_ok
            if not (c_ok and s_ok):
                mismatches.append({
                    "gold_index": gi, "pred_index": pj, "side": side, "doc": g.get("doc"),
                    "sentence": g.get("sentence"), "gold_type": g.get("type"), "pred_type": p.get("type"),
                    "gold": g_side, "pred": _actor(p.get(side)),
                    "wrong": [f for f, ok in (("country", c_ok), ("sector", s_ok)) if not ok],
                })
    return n, country_ok, sector_ok, mismatches


def _error_entry(sc: _Scorer, idx: int, side: str, matched_other: set[int]) -> dict[str, Any]:
    """A miss (side="gold") or false alarm (side="pred") with the nearest record of the
    other side in an overlapping sentence of the same document, and how they differ."""
    rec = sc.gold[idx] if side == "gold" else sc.pred[idx]
    entry = _summary(rec, idx)
    others = sc.pred if side == "gold" else sc.gold
    best: Optional[tuple[tuple, int]] = None
    for k, other in enumerate(others):
        if str(other.get("doc")) != str(rec.get("doc")):
            continue
        g_rec, p_rec = (rec, other) if side == "gold" else (other, rec)
        ov = sc.overlap(g_rec.get("sentence"), p_rec.get("sentence"))
        if ov <= 0:
            continue
        gi, pj = (idx, k) if side == "gold" else (k, idx)
        same_type = (_text(sc.gold[gi].get("type")) or "") == (_text(sc.pred[pj].get("type")) or "")
        src, tgt = sc.agree("source", gi, pj), sc.agree("target", gi, pj)
        rank = (same_type, src + tgt, ov, sc.tiebreak(gi, pj, ov), k not in matched_other, -k)
        if best is None or rank > best[0]:
            best = (rank, k)
    key = "nearest_prediction" if side == "gold" else "nearest_gold"
    if best is None:
        entry[key] = None
        entry["differences"] = None
        return entry
    k = best[1]
    gi, pj = (idx, k) if side == "gold" else (k, idx)
    near = _summary(others[k], k)
    near["matched_elsewhere"] = k in matched_other
    entry[key] = near
    a = sc.attrs(gi, pj)
    diffs = []
    if (_text(sc.gold[gi].get("type")) or "") != (_text(sc.pred[pj].get("type")) or ""):
        diffs.append("type")
    for s in ("source", "target"):
        if not sc.agree(s, gi, pj):
            diffs.append(s)
    diffs += [f for f in ("source_sector", "target_sector", "modality", "date", "location") if not a[f]]
    entry["differences"] = diffs
    return entry


