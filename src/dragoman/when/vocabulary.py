"""The time-expression lexicon: the words and patterns of ``data/lexicons/time_expressions.yaml``.

Every word list the when stage reads (weekday and month spellings, number words, seasons,
relative-expression rules, the cues of undated acts, story time and publication dates) is
data in that file; this module reads it once into a :class:`TimeLexicon` and builds the
phrase patterns the other parts match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Union

import yaml


LEXICON_PATH = Path(__file__).parent.parent / "data" / "lexicons" / "time_expressions.yaml"


@dataclass
class TimeLexicon:
    """The time-expression lexicon as read from its YAML file (see that file for each field)."""

    prefixes: list[str]
    day_parts: list[str]
    numbers: dict[str, Optional[int]]
    weekdays: dict[str, int]  # every spelling → 0..6 (Monday = 0)
    months: dict[str, int]  # every spelling → 1..12
    seasons: dict[str, tuple[int, int]]
    future_governors: set[str]
    rules: list[tuple[re.Pattern, dict]] = field(default_factory=list)
    # publication-date cues (see the ``publication`` section of the lexicon)
    current_month: list[str] = field(default_factory=list)
    recency: list[str] = field(default_factory=list)
    recency_days: int = 100
    led_bodies: set[str] = field(default_factory=set)
    lead_verbs: set[str] = field(default_factory=set)
    intention_words: set[str] = field(default_factory=set)
    # phrases that make an event undated
    undated: list[str] = field(default_factory=list)
    undated_adverbs: set[str] = field(default_factory=set)
    undated_periods: list[str] = field(default_factory=list)
    lead_sentences: int = 3
    paragraph_carry: int = 3


@lru_cache(maxsize=None)
def lexicon(path: Union[str, Path] = LEXICON_PATH) -> TimeLexicon:
    """The time-expression lexicon at ``path``, read once."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    weekdays: dict[str, int] = {}
    for i, (name, alts) in enumerate(data["weekdays"].items()):
        for s in [name, *alts]:
            weekdays[s] = i
    months: dict[str, int] = {}
    for i, (name, alts) in enumerate(data["months"].items(), start=1):
        for s in [name, *alts]:
            months[s] = i
    numbers = {str(k): v for k, v in data["numbers"].items()}
    num_alt = "|".join(sorted((re.escape(k) for k in numbers), key=len, reverse=True))
    num_re = rf"(?P<n>\d{{1,3}}|{num_alt})"
    lex = TimeLexicon(
        prefixes=sorted(data["strip_prefixes"], key=len, reverse=True),
        day_parts=list(data["day_parts"]),
        numbers=numbers,
        weekdays=weekdays,
        months=months,
        seasons={k: (int(v[0]), int(v[1])) for k, v in data["seasons"].items()},
        future_governors=set(data.get("future_governors", [])),
    )
    pub = data.get("publication") or {}
    lex.current_month = list(pub.get("current_month", []))
    lex.recency = list(pub.get("recency", []))
    lex.recency_days = int(pub.get("recency_days", 100))
    lex.led_bodies = set(pub.get("led_bodies", []))
    lex.lead_verbs = set(pub.get("lead_verbs", []))
    lex.intention_words = set(pub.get("intention_words", []))
    lex.undated = list(data.get("undated", []))
    lex.undated_adverbs = set(data.get("undated_adverbs", []))
    lex.undated_periods = list(data.get("undated_periods", []))
    lex.lead_sentences = int(data.get("lead_sentences", 3))
    lex.paragraph_carry = int(data.get("paragraph_carry", 3))
    for rule in data["relative"]:
        pat = rule["pattern"].replace("{n}", num_re)
        lex.rules.append((re.compile(rf"(?:{pat})"), rule))
    return lex


def phrase_pattern(phrases: Iterable[str]) -> Optional[re.Pattern]:
    """One case-insensitive pattern matching any of ``phrases`` as whole words (None for no phrases)."""
    alts = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(alts)})(?![\w-])") if alts else None
