"""Scoring extracted events against gold events (coding guide §6).

The scorer behind ``dragoman eval``. Both sides are plain dicts in the gold format
(``doc, sentence, type, source{country,sector,name}, target{...}, modality, date,
location``); prediction extras (``start``, ``end``, ``cameo``, ``confidence``...) are
ignored. A ``target`` of ``None`` is an actor whose fields are all ``None``.

Rules, as implemented here
--------------------------
*Sentence overlap.* Both sentences are normalised (NFKC, curly quotes and apostrophes
to straight ones, dashes to ``-``, whitespace runs collapsed, stripped, case-folded).
They overlap when the normalised strings are equal, or when they contain the same
word tokens (``\\w+``) in the same order, or when the token sequence of the shorter
one occurs as a contiguous run inside the longer one and has at least
``SENTENCE_MIN_SHARE`` (one half) as many tokens as the longer one. So a system that
splits a gold sentence in two still matches on the part holding at least half of the
words, and a system that glues the gold sentence to a shorter neighbour still matches.

*Actor agreement* (gold actor vs predicted actor). When the gold ``country`` is set,
the actors agree iff the predicted ``country`` is the same code (case-insensitive);
sector and name do not matter. When the gold ``country`` is ``None``, they agree iff
the names agree after alias resolution and normalisation (see :func:`resolve_name`);
a gold actor with neither country nor name agrees only with a predicted actor with
neither country nor name.

*Matching.* A prediction and a gold event are *event-eligible* when they come from the
same ``doc``, their sentences overlap, their ``type`` is equal and both actors agree;
*type-eligible* when the same holds without the actor condition. Each of the two
matchings is one-to-one and of **maximum cardinality** (found with the Hungarian
algorithm on the eligibility graph, so it is optimal, not greedy). Among the maximum
matchings, the one with the largest total tie-break score is taken: sentence
similarity first, then agreement on sectors, modality, date, location and names (and,
for the type matching, dyad agreement above all), so the accuracy figures are read
on the most favourable alignment, as is usual.

*Figures.* ``event_p = matches / n_pred``, ``event_r = matches / n_gold``,
``event_f1 = 2 * matches / (n_gold + n_pred)`` (the harmonic mean of P and R). Type
figures the same with the type matching. ``dyad_acc`` is over type-matched pairs;
``sector_acc`` (source and target sector both equal, ``None == None``),
``modality_acc``, ``date_acc`` (prediction truncated to the gold's precision;
gold ``None`` matches only ``None``) and ``location_acc`` (case-, accent- and
space-insensitive; gold ``None`` matches only ``None`` or empty) are over
event-matched pairs. A ratio with a zero denominator is ``None``; nothing is rounded
in the report object.

*Actor accuracy* (``actor_country_acc``, ``actor_sector_acc``, over ``n_actor_gold``
gold actors): the issue's acceptance figure, "of the gold actors whose sentence is
extracted, how many have the right country / sector". A gold event counts when its
act is extracted from its sentence: at least one prediction of the same ``type`` comes
from the same ``doc`` with an overlapping sentence (the rule above). A prediction of
another type in the sentence is another act, with other actors, so comparing actors
with it would measure the event stage, not the actor stage; gold events with no such
prediction are left out. Each counted gold event is aligned to **one** prediction
among those, the best by, in order: number of sides (source, target) whose actors agree (§6 agreement above);
number of sides whose sectors are equal; number of sides whose names agree; sentence
overlap; then the earliest prediction. The alignment is not one-to-one (two gold events
of one sentence may both be read against the same prediction). Then gold source is
compared with predicted source and gold target with predicted target (a missing
predicted target is an actor with all fields ``None``); both sides of every counted
gold event are counted. *Country right*: equal codes, case-insensitive, a gold
``None`` right only against ``None``. *Sector right*: equal sectors, ``None ==
None``. ``actor_mismatches`` lists the wrong ones.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

__all__ = [
    "SENTENCE_MIN_SHARE",
    "REQUIRED_KEYS",
    "EvalReport",
    "TypeScore",
    "load_jsonl",
    "score",
    "format_report",
    "normalise_sentence",
    "sentence_overlap",
    "resolve_name",
    "actors_agree",
    "date_agrees",
    "location_agrees",
]

#: Minimum share (shorter token count / longer token count) for one sentence that is
#: contained in the other to count as overlapping it.
SENTENCE_MIN_SHARE = 0.5

#: Keys every record must carry (``target`` may be missing or ``None``).
REQUIRED_KEYS: tuple[str, ...] = ("doc", "sentence", "type", "source")

ACTOR_FIELDS = ("country", "sector", "name")

_QUOTE_MAP = {
    **{ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4\u0060"},
    **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
    **{ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
    ord("\u2026"): "...",
}
_TOKEN_RE = re.compile(r"\w+")
_NAME_PUNCT_RE = re.compile(r"[^\w\s]")


# --------------------------------------------------------------------------- text


def normalise_sentence(text: Optional[str]) -> str:
    """The comparison form of a sentence: NFKC, straight quotes, ``-`` dashes,
    collapsed whitespace, stripped, case-folded."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", str(text)).translate(_QUOTE_MAP)
    return " ".join(t.split()).casefold()


@lru_cache(maxsize=65536)
def _sentence_tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN_RE.findall(normalise_sentence(text)))


def _contains_run(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n, m = len(longer), len(shorter)
    if m == 0 or m > n:
        return False
    first = shorter[0]
    for i in range(n - m + 1):
        if longer[i] == first and longer[i : i + m] == shorter:
            return True
    return False


@lru_cache(maxsize=65536)
def sentence_overlap(a: Optional[str], b: Optional[str]) -> float:
    """How far two sentences overlap, as a share in [0, 1]; 0.0 means they do not.

    1.0 when they are equal after normalisation (or have the same tokens); otherwise
    the shorter's token count over the longer's when the shorter's tokens occur as a
    contiguous run in the longer and that share is at least ``SENTENCE_MIN_SHARE``;
    else 0.0.
    """
    na, nb = normalise_sentence(a), normalise_sentence(b)
    if na == nb:
        return 1.0 if na else 0.0
    ta, tb = _sentence_tokens(a or ""), _sentence_tokens(b or "")
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    longer, shorter = (ta, tb) if len(ta) >= len(tb) else (tb, ta)
    share = len(shorter) / len(longer)
    if share < SENTENCE_MIN_SHARE:
        return 0.0
    return share if _contains_run(longer, shorter) else 0.0


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _normalise_name(name: Optional[str]) -> Optional[str]:
    """Comparison form of an actor name: accents, punctuation, a leading "the" and
    case removed, whitespace collapsed. Empty names become ``None``."""
    if name is None:
        return None
    t = _strip_accents(unicodedata.normalize("NFKC", str(name)).translate(_QUOTE_MAP)).casefold()
    t = t.replace("'", "").replace(".", "")  # "N.A.T.O." -> "nato", "Pakistan's" -> "pakistans"
    t = " ".join(_NAME_PUNCT_RE.sub(" ", t).split())
    if t.startswith("the "):
        t = t[4:]
    return t or None


def resolve_name(
    name: Optional[str],
    aliases: Optional[Mapping[str, str]] = None,
    alias_resolver: Optional[Callable[[str], Optional[str]]] = None,
) -> Optional[str]:
    """Canonical comparison key of an actor name.

    ``alias_resolver`` (e.g. from the actor knowledge base) is applied first to the raw
    name; a falsy answer keeps the name. Then ``aliases`` (lower-cased alias ->
    canonical name; keys are compared in normalised form) is looked up. The result is
    normalised (see :func:`_normalise_name`).
    """
    if name is None or not str(name).strip():
        return None
    current = str(name)
    if alias_resolver is not None:
        resolved = alias_resolver(current)
        if resolved:
            current = str(resolved)
    if aliases:
        key = _normalise_name(current)
        table = _alias_table(aliases)
        if key in table:
            current = table[key]
    return _normalise_name(current)


_ALIAS_CACHE: dict[int, tuple[Mapping[str, str], dict[Optional[str], str]]] = {}


def _alias_table(aliases: Mapping[str, str]) -> dict[Optional[str], str]:
    cached = _ALIAS_CACHE.get(id(aliases))
    if cached is not None and cached[0] is aliases:
        return cached[1]
    table = {_normalise_name(k): v for k, v in aliases.items()}
    _ALIAS_CACHE.clear()
    _ALIAS_CACHE[id(aliases)] = (aliases, table)
    return table


# ------------------------------------------------------------------------ fields


def _actor(value: Any) -> dict[str, Optional[str]]:
    if not isinstance(value, Mapping):
        return {f: None for f in ACTOR_FIELDS}
    out: dict[str, Optional[str]] = {}
    for f in ACTOR_FIELDS:
        v = value.get(f)
        out[f] = None if v is None or (isinstance(v, str) and not v.strip()) else str(v).strip()
    return out


def actors_agree(
    gold: Any,
    pred: Any,
    aliases: Optional[Mapping[str, str]] = None,
    alias_resolver: Optional[Callable[[str], Optional[str]]] = None,
) -> bool:
    """§6 actor agreement (gold first): equal countries when the gold has one, else
    equal resolved names (a gold actor with no country and no name agrees only with a
    predicted actor with neither)."""
    g, p = _actor(gold), _actor(pred)
    if g["country"] is not None:
        return p["country"] is not None and p["country"].upper() == g["country"].upper()
    gname = resolve_name(g["name"], aliases, alias_resolver)
    pname = resolve_name(p["name"], aliases, alias_resolver)
    if gname is None:
        return pname is None and p["country"] is None
    return gname == pname


def date_agrees(gold: Any, pred: Any) -> bool:
    """Dates agree at the gold's precision: the prediction is truncated to the length
    of the gold ISO string ("2011-10" agrees with "2011-10-21"). A gold ``None``
    agrees only with ``None``; a prediction coarser than the gold does not agree."""
    g = None if gold is None else str(gold).strip() or None
    p = None if pred is None else str(pred).strip() or None
    if g is None or p is None:
        return g is None and p is None
    return len(p) >= len(g) and p[: len(g)] == g


def _normalise_location(value: Any) -> Optional[str]:
    if value is None:
        return None
    t = _strip_accents(unicodedata.normalize("NFKC", str(value)).translate(_QUOTE_MAP)).casefold()
    t = " ".join(t.split())
    return t or None


def location_agrees(gold: Any, pred: Any) -> bool:
    """Case-, accent- and whitespace-insensitive equality; empty counts as ``None``."""
    return _normalise_location(gold) == _normalise_location(pred)


def _sector(actor: Any) -> Optional[str]:
    s = _actor(actor)["sector"]
    return s.upper() if s else None


def _text(value: Any) -> Optional[str]:
    return None if value is None else str(value).strip() or None


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
        if v is not None and not isinstance(v, dict):
            return f"'{k}' must be an object or null, got {type(v).__name__}"
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


# -------------------------------------------------------------------- matching


def _max_weight_assignment(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Row/column pairs of a maximum-weight assignment; pairs of weight <= 0 are not
    returned (weight 0 means "not allowed"). Hungarian algorithm with potentials,
    O(n^2 m)."""
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    if n > m:
        flipped = [[weights[i][j] for i in range(n)] for j in range(m)]
        return [(i, j) for j, i in _max_weight_assignment(flipped)]
    inf = float("inf")
    cost = [[-w for w in row] for row in weights]  # minimise
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: 1-based row assigned to column j
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            ui0 = u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return sorted(
        (owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j] and weights[owner[j] - 1][j - 1] > 0
    )


class _Scorer:
    def __init__(self, gold, pred, aliases, alias_resolver):
        self.gold = gold
        self.pred = pred
        self.aliases = aliases
        self.resolver = alias_resolver
        self._agree: dict[tuple[str, int, int], bool] = {}

    def agree(self, side: str, gi: int, pj: int) -> bool:
        key = (side, gi, pj)
        if key not in self._agree:
            self._agree[key] = actors_agree(
                self.gold[gi].get(side), self.pred[pj].get(side), self.aliases, self.resolver
            )
        return self._agree[key]

    def dyad(self, gi: int, pj: int) -> bool:
        return self.agree("source", gi, pj) and self.agree("target", gi, pj)

    def names_agree(self, side: str, gi: int, pj: int) -> bool:
        g, p = _actor(self.gold[gi].get(side)), _actor(self.pred[pj].get(side))
        return resolve_name(g["name"], self.aliases, self.resolver) == resolve_name(
            p["name"], self.aliases, self.resolver
        )

    def attrs(self, gi: int, pj: int) -> dict[str, bool]:
        g, p = self.gold[gi], self.pred[pj]
        return {
            "source_sector": _sector(g.get("source")) == _sector(p.get("source")),
            "target_sector": _sector(g.get("target")) == _sector(p.get("target")),
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
                    ov = sentence_overlap(self.gold[gi].get("sentence"), self.pred[pj].get("sentence"))
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
        "source": _actor(rec.get("source")),
        "target": _actor(rec.get("target")),
        "modality": rec.get("modality"),
        "date": rec.get("date"),
        "location": rec.get("location"),
    }


def score(
    gold: list[dict],
    pred: list[dict],
    alias_resolver: Optional[Callable[[str], Optional[str]]] = None,
    aliases: Optional[Mapping[str, str]] = None,
) -> EvalReport:
    """Score predicted events against gold events by the rules of the coding guide §6
    (see the module docstring for the exact reading of each rule).

    ``alias_resolver`` maps a raw actor name to its canonical name (or a falsy value
    when unknown), e.g. the actor knowledge base's lookup; ``aliases`` maps lower-cased
    aliases to canonical names. With neither, names are only normalised.
    """
    sc = _Scorer(gold, pred, aliases, alias_resolver)
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
        ov = sentence_overlap(g.get("sentence"), p.get("sentence"))
        if ov <= 0:
            continue
        same_type = (_text(g.get("type")) or "") == (_text(p.get("type")) or "")
        if not same_type:
            continue  # another act of the sentence has other actors: nothing to compare
        sides = ("source", "target")
        agree = sum(sc.agree(s, gi, pj) for s in sides)
        sectors = sum(_sector(g.get(s)) == _sector(p.get(s)) for s in sides)
        names = sum(sc.names_agree(s, gi, pj) for s in sides)
        rank = (same_type, agree, sectors, names, ov, -pj)
        if best is None or rank > best[0]:
            best = (rank, pj)
    return None if best is None else best[1]


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
            c_ok = _country(g.get(side)) == _country(p.get(side))
            s_ok = _sector(g.get(side)) == _sector(p.get(side))
            country_ok += c_ok
            sector_ok += s_ok
            if not (c_ok and s_ok):
                mismatches.append({
                    "gold_index": gi, "pred_index": pj, "side": side, "doc": g.get("doc"),
                    "sentence": g.get("sentence"), "gold_type": g.get("type"), "pred_type": p.get("type"),
                    "gold": _actor(g.get(side)), "pred": _actor(p.get(side)),
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
        ov = sentence_overlap(rec.get("sentence"), other.get("sentence"))
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


# ------------------------------------------------------------------------- text


def _fmt(x: Optional[float]) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def _fmt_actor(a: Mapping[str, Any]) -> str:
    base = f"{a.get('country') or '-'}/{a.get('sector') or '-'}"
    return f"{base} ({a['name']})" if a.get("name") else base


def _short(text: Any, width: int = 110) -> str:
    t = " ".join(str(text or "").split())
    return t if len(t) <= width else t[: width - 1] + "…"


def _fmt_event(e: Mapping[str, Any]) -> str:
    return f"{e.get('type')} {_fmt_actor(e['source'])} -> {_fmt_actor(e['target'])}"


def format_report(report: EvalReport, by_type: bool = False, errors: int = 0) -> str:
    """A plain-text report: headline figures, optionally the per-type table, and up to
    ``errors`` misses and ``errors`` false alarms with their nearest counterpart."""
    r = report
    lines = [
        f"gold events: {r.n_gold}   predicted: {r.n_pred}   "
        f"event matches: {r.n_matched}   type matches: {r.n_type_matched}",
        "",
        f"{'':<10}{'P':>8}{'R':>8}{'F1':>8}",
        f"{'event':<10}{_fmt(r.event_p):>8}{_fmt(r.event_r):>8}{_fmt(r.event_f1):>8}",
        f"{'type':<10}{_fmt(r.type_p):>8}{_fmt(r.type_r):>8}{_fmt(r.type_f1):>8}",
        "",
        f"{'accuracy':<18}{'value':>8}  over",
        f"{'dyad':<18}{_fmt(r.dyad_acc):>8}  {r.n_type_matched} type-matched pairs",
    ]
    for label, val in (
        ("sector", r.sector_acc),
        ("  source sector", r.source_sector_acc),
        ("  target sector", r.target_sector_acc),
        ("modality", r.modality_acc),
        ("date", r.date_acc),
        ("location", r.location_acc),
    ):
        lines.append(f"{label:<18}{_fmt(val):>8}  {r.n_matched} event-matched pairs")
    lines += [
        f"{'actor country':<18}{_fmt(r.actor_country_acc):>8}  {r.n_actor_gold} gold actors whose act is extracted from their sentence",
        f"{'actor sector':<18}{_fmt(r.actor_sector_acc):>8}  {r.n_actor_gold} gold actors whose act is extracted from their sentence",
    ]
    if by_type:
        lines += ["", f"{'type':<12}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
        for t, s in sorted(r.per_type.items()):
            lines.append(
                f"{t or '(none)':<12}{s.n_gold:>6}{s.n_pred:>6}{s.n_matched:>7}"
                f"{_fmt(s.p):>8}{_fmt(s.r):>8}{_fmt(s.f1):>8}"
            )
    if errors > 0:
        for title, items, key in (
            ("misses (gold not matched)", r.misses, "nearest_prediction"),
            ("false alarms (predictions not matched)", r.false_alarms, "nearest_gold"),
        ):
            shown = items[:errors]
            lines += ["", f"{title}: {len(items)}" + (f", first {len(shown)}" if len(items) > len(shown) else "")]
            for e in shown:
                lines.append(f"- [{e['doc']}] {_fmt_event(e)}")
                lines.append(f"    \"{_short(e['sentence'])}\"")
                near = e.get(key)
                other = "prediction" if key == "nearest_prediction" else "gold"
                if near is None:
                    lines.append(f"    nearest {other}: none in this sentence")
                else:
                    diffs = ", ".join(e.get("differences") or []) or "nothing (matched elsewhere)"
                    lines.append(f"    nearest {other}: {_fmt_event(near)}   differs in: {diffs}")
        shown_actors = r.actor_mismatches[:errors]
        lines += ["", f"actor mismatches (gold actors read against the aligned prediction): {len(r.actor_mismatches)}"
                  + (f", first {len(shown_actors)}" if len(r.actor_mismatches) > len(shown_actors) else "")]
        for m in shown_actors:
            lines.append(f"- [{m['doc']}] {m['side']} of {m['gold_type']}: gold {_fmt_actor(m['gold'])}, "
                         f"predicted {_fmt_actor(m['pred'])} ({m['pred_type']}); wrong {', '.join(m['wrong'])}")
            lines.append(f"    \"{_short(m['sentence'])}\"")
    return "\n".join(lines) + "\n"
