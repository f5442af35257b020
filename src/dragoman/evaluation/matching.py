"""Text and field agreement under the coding guide §6: sentences, names, actors, dates, places.

See the package docstring for the exact reading of each rule."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional


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


def note_overlap(note: Optional[str], sentence: Optional[str]) -> float:
    """How far a predicted sentence overlaps a gold *note*: a gold ``sentence`` that
    holds a whole multi-sentence note, as the ACLED gold writes it ("a predicted
    sentence inside it matches", its README).

    The usual :func:`sentence_overlap` when that is positive; else, when the predicted
    sentence's tokens occur as a contiguous run inside the note, their share of the
    note (so a follow-up sentence of the note matches, ranked below a longer one);
    else 0.0.
    """
    ov = sentence_overlap(note, sentence)
    if ov > 0:
        return ov
    tn, ts = _sentence_tokens(note or ""), _sentence_tokens(sentence or "")
    if ts and _contains_run(tn, ts):
        return len(ts) / len(tn)
    return 0.0


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


def actor_alternatives(value: Any) -> list[dict[str, Optional[str]]]:
    """The alternatives a gold side allows (coding guide §5): a list of actor objects
    (any one agreeing counts), one object, or ``None`` (an actor with no fields)."""
    if isinstance(value, list):
        alts = [_actor(v) for v in value if isinstance(v, Mapping)]
        return alts or [_actor(None)]
    return [_actor(value)]


def _one_agrees(g: Mapping[str, Optional[str]], p: Mapping[str, Optional[str]], aliases, alias_resolver) -> bool:
    if g["country"] is not None:
        return p["country"] is not None and p["country"].upper() == g["country"].upper()
    gname = resolve_name(g["name"], aliases, alias_resolver)
    pname = resolve_name(p["name"], aliases, alias_resolver)
    if gname is None:
        return pname is None and p["country"] is None
    return gname == pname


def chosen_alternative(
    gold: Any,
    pred: Any,
    aliases: Optional[Mapping[str, str]] = None,
    alias_resolver: Optional[Callable[[str], Optional[str]]] = None,
) -> dict[str, Optional[str]]:
    """The gold alternative a prediction is read against: the first that agrees with
    it (then the first whose sector is the prediction's), else the first."""
    alts = actor_alternatives(gold)
    p = _actor(pred)
    agreeing = [g for g in alts if _one_agrees(g, p, aliases, alias_resolver)]
    pool = agreeing or alts
    for g in pool:
        if (g["sector"] or "").upper() == (p["sector"] or "").upper():
            return g
    return pool[0]


def actors_agree(
    gold: Any,
    pred: Any,
    aliases: Optional[Mapping[str, str]] = None,
    alias_resolver: Optional[Callable[[str], Optional[str]]] = None,
) -> bool:
    """§6 actor agreement (gold first): equal countries when the gold has one, else
    equal resolved names (a gold actor with no country and no name agrees only with a
    predicted actor with neither). A gold list agrees when any alternative does."""
    p = _actor(pred)
    return any(_one_agrees(g, p, aliases, alias_resolver) for g in actor_alternatives(gold))


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


