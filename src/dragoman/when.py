"""When: resolve time expressions, date events, and infer publication dates from content.

Every resolution works on intervals of days. An expression resolves to the interval of
days it may denote ("yesterday" → one day, "last month" → the month before the reference,
"this summer" → June to August); the precision of the result is the finest calendar unit
that holds the whole interval: one day → ``day``, one calendar month → ``month``, one
calendar year → ``year``, otherwise no value (an expression such as "in the 1990s" still
tells that the event is historical).

The reference date may itself be coarse (a publication date known only to the month or
year): a relative expression is then resolved against the middle of the reference period
and the result widened to the reference's precision, so "yesterday" or "on Monday" in an
article of October 2011 is ``2011-10`` (the likeliest reading; strictly the day could fall
in September), while "last month" in it is ``2011-09``.

Week-level expressions ("last week", "two weeks ago") use Monday–Sunday weeks: when the
whole week lies in one month they give that month; when it straddles two months they give
the year (the year of the week's Thursday when it straddles two years, as ISO weeks do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Union

import yaml

from dragoman.models import EventDate
from dragoman.doc_index import entities, entities_within, sentence_index, sentences
from dragoman.nlp import is_to_infinitive

LEXICON_PATH = Path(__file__).parent / "data" / "lexicons" / "time_expressions.yaml"

#: An event dated more than this many days before the start of the reference (publication)
#: date is historical background.
HISTORICAL_DAYS = 60

#: Years outside this range are not read as dates.
MIN_YEAR, MAX_YEAR = 1800, 2100

Interval = tuple[date, date]


# --------------------------------------------------------------------------- lexicon


@dataclass
class _Lexicon:
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
def lexicon(path: Union[str, Path] = LEXICON_PATH) -> _Lexicon:
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
    lex = _Lexicon(
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


# --------------------------------------------------------------------------- calendar helpers


def _month_end(y: int, m: int) -> date:
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _month_interval(y: int, m: int) -> Interval:
    return date(y, m, 1), _month_end(y, m)


def _year_interval(y: int) -> Interval:
    return date(y, 1, 1), date(y, 12, 31)


def _week_interval(d: date, k: int) -> Interval:
    monday = d - timedelta(days=d.weekday()) + timedelta(weeks=k)
    return monday, monday + timedelta(days=6)


def _is_week(iv: Interval) -> bool:
    return iv[0].weekday() == 0 and (iv[1] - iv[0]).days == 6


def precision_of(iv: Interval) -> Optional[str]:
    """The finest calendar unit that holds the whole interval (None if over a year)."""
    lo, hi = iv
    if lo == hi:
        return "day"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return "month"
    if lo.year == hi.year:
        return "year"
    return None


def iso_at(d: date, precision: str) -> str:
    """``d`` as ISO text at ``precision`` (day, month, year)."""
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _value_of(iv: Interval) -> tuple[Optional[str], str]:
    prec = precision_of(iv)
    if prec is None and _is_week(iv):
        # a week over New Year: the year of its Thursday (ISO week convention)
        return iso_at(iv[0] + timedelta(days=3), "year"), "year"
    if prec is None:
        return None, "unknown"
    return iso_at(iv[0], prec), prec


def reference_interval(ref: Optional[date], precision: str = "day") -> Optional[Interval]:
    """The days a reference date at ``precision`` may stand for."""
    if ref is None or precision in ("unknown", None):
        return None
    if precision == "month":
        return _month_interval(ref.year, ref.month)
    if precision == "year":
        return _year_interval(ref.year)
    return ref, ref


def parse_iso(value: Optional[str]) -> Optional[Interval]:
    """The interval an ISO value at its precision (YYYY, YYYY-MM, YYYY-MM-DD) covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return _year_interval(parts[0])
    if len(parts) == 2:
        return _month_interval(parts[0], parts[1])
    d = date(*parts[:3])
    return d, d


# --------------------------------------------------------------------------- normalisation


_SPACE = re.compile(r"\s+")


def _normalise(text: str) -> str:
    lex = lexicon()
    t = text.lower().replace("’", "'").replace("\u2013", "-")
    t = re.sub(r"'s\b", "", t)
    t = t.replace(".", " ").replace(",", " , ")
    t = _SPACE.sub(" ", t).strip(" ,;:()[]\"'")
    changed = True
    while changed and t:
        changed = False
        for p in lex.prefixes:
            if p.endswith("-") and t.startswith(p) and len(t) > len(p):
                t = t[len(p):].strip()
                changed = True
                break
            if t.startswith(p + " "):
                t = t[len(p) + 1:].strip()
                changed = True
                break
    t = re.sub(r" ,", ",", t)
    return t.strip(" ,")


def _strip_day_part(t: str) -> str:
    for part in lexicon().day_parts:
        if t.endswith(" " + part):
            return t[: -len(part) - 1].strip()
    return t


# --------------------------------------------------------------------------- resolution


def _number(s: str) -> Optional[int]:
    if s.isdigit():
        return int(s)
    return lexicon().numbers.get(s)


def _relative(t: str, ref: date) -> Optional[Interval]:
    """Resolve a relative expression against one reference day."""
    lex = lexicon()
    for rx, rule in lex.rules:
        m = rx.fullmatch(t)
        if not m:
            continue
        if rule.get("season"):
            return _season(m.group("season"), m.group("which"), ref)
        off = rule["offset"]
        if isinstance(off, str):
            n = _number(m.group("n"))
            if n is None:
                return None
            off = -n if off.startswith("-") else n
        unit = rule["unit"]
        if unit == "day":
            d = ref + timedelta(days=off)
            return d, d
        if unit == "week":
            return _week_interval(ref, off)
        if unit == "month":
            return _month_interval(*_add_months(ref.year, ref.month, off))
        if unit == "year":
            return _year_interval(ref.year + off)
    return None


def _season_instance(name: str, year: int) -> Interval:
    first, last = lexicon().seasons[name]
    end_year = year + (last < first)
    return date(year, first, 1), _month_end(end_year, last)


def _season(name: str, which: str, ref: date) -> Interval:
    """this/last/next <season> relative to ``ref``."""
    instances = [_season_instance(name, y) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    if which in ("last", "the past"):
        return [iv for iv in instances if iv[1] < ref][-1]
    if which in ("next", "the coming"):
        return [iv for iv in instances if iv[0] > ref][0]
    for iv in instances:  # "this summer": the one containing ref, else the one of ref's year
        if iv[0] <= ref <= iv[1]:
            return iv
    return _season_instance(name, ref.year)


def _weekday(t: str, ref: date, tense: str) -> Optional[Interval]:
    lex = lexicon()
    m = re.fullmatch(r"(?:(last|this|next|past|coming|this past|this coming) )?([a-z]+)", t)
    if not m or m.group(2) not in lex.weekdays:
        return None
    wd = lex.weekdays[m.group(2)]
    which = m.group(1)
    back = (ref.weekday() - wd) % 7
    fwd = (wd - ref.weekday()) % 7
    if which in ("last", "past", "this past"):
        d = ref - timedelta(days=back or 7)
    elif which in ("next", "coming", "this coming"):
        d = ref + timedelta(days=fwd or 7)
    elif tense == "future":
        d = ref + timedelta(days=fwd)
    else:
        d = ref - timedelta(days=back)
    return d, d


def _month_re() -> str:
    return "|".join(sorted(lexicon().months, key=len, reverse=True))


def _weekday_re() -> str:
    return "|".join(sorted(lexicon().weekdays, key=len, reverse=True))


def _year_for(month: int, day: int, ref_iv: Optional[Interval], tense: str) -> Optional[int]:
    """The year of a year-less date (``day`` 0 for a bare month): the latest one that does
    not start after the reference when past, the earliest one that does not end before it
    when future."""
    if ref_iv is None:
        return None
    lo, hi = ref_iv
    if tense == "future":
        y = lo.year
        end = _month_end(y, month)
        if day:
            end = end.replace(day=min(day, end.day))
        return y + 1 if end < lo else y
    y = hi.year
    start = date(y, month, 1)
    if day:
        start = start.replace(day=min(day, _month_end(y, month).day))
    return y - 1 if start > hi else y


def _safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _absolute(t: str, ref_iv: Optional[Interval], tense: str) -> Optional[Interval]:
    lex = lexicon()
    mon, wdy = _month_re(), _weekday_re()
    t = re.sub(rf"^(?:{wdy}),? ", "", t)  # "thursday, october 20" → "october 20"
    t = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", t)

    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (d, d) if d else None
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m and 1 <= int(m[2]) <= 12:
        return _month_interval(int(m[1]), int(m[2]))

    day_year = None
    m = re.fullmatch(rf"({mon}) (\d{{1,2}})(?:,? (\d{{4}}))?", t)
    if m:
        day_year = (lex.months[m[1]], int(m[2]), m[3])
    m = m or re.fullmatch(rf"(?:the )?(\d{{1,2}}) (?:of )?({mon})(?:,? (\d{{4}}))?", t)
    if m and day_year is None:
        day_year = (lex.months[m[2]], int(m[1]), m[3])
    if day_year:
        month, day, year = day_year
        y = int(year) if year else _year_for(month, day, ref_iv, tense)
        if y is None or not (MIN_YEAR <= y <= MAX_YEAR):
            return None
        d = _safe_date(y, month, day)
        return (d, d) if d else None

    m = re.fullmatch(rf"({mon})(?: of)?,? (\d{{4}})", t)
    if m:
        y = int(m[2])
        return _month_interval(y, lex.months[m[1]]) if MIN_YEAR <= y <= MAX_YEAR else None
    m = re.fullmatch(rf"({mon})", t)
    if m:
        month = lex.months[m[1]]
        y = _year_for(month, 0, ref_iv, tense)
        return _month_interval(y, month) if y else None

    m = re.fullmatch(r"(?:the )?(\d{4})", t)
    if m:
        y = int(m[1])
        return _year_interval(y) if MIN_YEAR <= y <= MAX_YEAR else None
    m = re.fullmatch(r"(?:the )?(\d{3})0 ?'?s", t)
    if m:
        y = int(m[1]) * 10
        return (date(y, 1, 1), date(y + 9, 12, 31)) if MIN_YEAR <= y <= MAX_YEAR else None
    m = re.fullmatch(r"(?:the )?'(\d)0s", t)
    if m and ref_iv is not None:
        y = (ref_iv[0].year // 100) * 100 + int(m[1]) * 10
        if y > ref_iv[0].year:
            y -= 100
        return date(y, 1, 1), date(y + 9, 12, 31)
    return None


def _dateparser(text: str, ref_iv: Optional[Interval], tense: str) -> Optional[Interval]:
    """Last resort for odd absolute formats ("20/10/2011"); only for text holding a
    four-digit year, so dateparser never guesses a date from vague words."""
    if not re.search(r"\b\d{4}\b", text):
        return None
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover
        return None
    settings = {"PREFER_DATES_FROM": "future" if tense == "future" else "past", "STRICT_PARSING": False}
    if ref_iv is not None:
        settings["RELATIVE_BASE"] = datetime(ref_iv[1].year, ref_iv[1].month, ref_iv[1].day)
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if not (MIN_YEAR <= d.year <= MAX_YEAR):
        return None
    period = data.period or "day"
    if period == "year":
        return _year_interval(d.year)
    if period == "month":
        return _month_interval(d.year, d.month)
    if period == "day":
        return d, d
    return None


def resolve_interval(
    text: str, ref: Optional[date] = None, tense: str = "past", ref_precision: str = "day"
) -> Optional[Interval]:
    """The interval of days a time expression denotes, or None if it cannot be fixed.

    Relative expressions need ``ref``; absolute ones do not (a year-less date takes its
    year from ``ref`` and ``tense``).
    """
    t = _normalise(text)
    if not t:
        return None
    ref_iv = reference_interval(ref, ref_precision)
    iv = _absolute(t, ref_iv, tense)
    if iv is not None:
        return iv
    if ref_iv is not None:
        core = _strip_day_part(t)
        mid = ref_iv[0] + (ref_iv[1] - ref_iv[0]) // 2
        iv = _relative(t, mid) or _relative(core, mid) or _weekday(core, mid, tense)
        if iv is not None:
            return _coarsen(iv, ref_precision)
    return _dateparser(text, ref_iv, tense)


_ORDER = {"day": 0, "month": 1, "year": 2}


def _coarsen(iv: Interval, precision: str) -> Interval:
    """Widen ``iv`` to the calendar unit ``precision`` when that is coarser than its own."""
    own = precision_of(iv)
    if own is None or precision not in _ORDER or _ORDER[own] >= _ORDER[precision]:
        return iv
    if precision == "month":
        return _month_interval(iv[0].year, iv[0].month)
    return _year_interval(iv[0].year)


def is_historical(iv: Interval, ref: Optional[date], ref_precision: str = "day") -> bool:
    """True when the interval ends more than HISTORICAL_DAYS before the reference period."""
    ref_iv = reference_interval(ref, ref_precision)
    return ref_iv is not None and (ref_iv[0] - iv[1]).days > HISTORICAL_DAYS


def resolve_expression(
    text: str, ref: Optional[date] = None, tense: str = "past", ref_precision: str = "day"
) -> Optional[EventDate]:
    """Resolve one time expression against a reference date.

    Returns an ``EventDate`` (value at day/month/year precision; value None and precision
    ``unknown`` for an expression wider than a year, e.g. a decade) or None when the text
    is not a time expression this module can resolve. ``tense`` ("past" or "future")
    decides which way a bare weekday or a year-less date points.
    """
    iv = resolve_interval(text, ref, tense, ref_precision)
    if iv is None:
        return None
    value, prec = _value_of(iv)
    return EventDate(value=value, precision=prec, text=text, historical=is_historical(iv, ref, ref_precision))


# --------------------------------------------------------------------------- in documents

_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "csubj", "csubjpass", "parataxis", "pcomp"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}


def _root(tok_or_span):
    return getattr(tok_or_span, "root", tok_or_span)


def governing_verb(tok):
    """The nearest verb at or above ``tok`` in the parse (None if there is none)."""
    t = tok
    while True:
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head


def clause_tense(verb) -> str:
    """"future" when the clause of ``verb`` speaks of something still to come, else "past".

    Future: a will/shall auxiliary, "is to ...", or the infinitive complement of a verb of
    planning or expecting (``future_governors`` in the lexicon). Present-tense news verbs
    ("Clinton warns") report the past and read as past.
    """
    if verb is None:
        return "past"
    t = verb
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in t.children):
            return "future"
        if t.dep_ != "xcomp" or t.head.i == t.i:
            break
        head = t.head
        if head.lemma_ in lexicon().future_governors and not (head.lemma_ == "go" and head.tag_ != "VBG"):
            return "future"
        if head.lemma_ == "be":
            return "future"
        t = head
    return "past"


def _extra_patterns() -> list[re.Pattern]:
    """Time expressions the NER tends to miss, matched on the sentence text."""
    lex = lexicon()
    parts = "|".join(lex.day_parts)
    wd = "|".join(sorted((w.capitalize() for w in lex.weekdays if len(w) > 3), key=len, reverse=True))
    mon = "|".join(sorted((m.capitalize() for m in lex.months), key=len, reverse=True))
    return [
        re.compile(rf"(?i:\b(?:late |early )?(?:yesterday|today|tonight|tomorrow)(?:['’]s)?(?: (?:{parts}))?\b)"),
        re.compile(r"(?i:\blast night\b)"),
        re.compile(rf"(?<=\bon )(?:{wd})\b(?: (?:{parts}))?"),
        re.compile(rf"\b(?i:last|next|this|past) (?:{wd})\b"),
        re.compile(rf"\b(?:{mon})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b"),
        re.compile(rf"\b\d{{1,2}} (?:{mon}),? \d{{4}}\b"),
        re.compile(rf"\b(?:{mon}),? \d{{4}}\b"),
    ]


@dataclass
class DateMention:
    """A time expression found in a sentence, with the tokens that say it."""

    span: object  # spaCy Span
    date: EventDate


def _bare_weekday(text: str) -> Optional[int]:
    """The weekday (Monday = 0) a bare weekday expression names ("on Thursday", "Monday
    night"; not "last Monday" or "next Thursday"), else None."""
    return lexicon().weekdays.get(_strip_day_part(_normalise(text)))


def _stated_weekdays(doc, ref: Optional[date], ref_precision: str) -> dict[int, EventDate]:
    """The day each bare weekday names where the document dates a past act to it ("stepped
    up the pressure on Thursday"), read once per document and reference."""
    key = ("dragoman.when.weekdays", ref, ref_precision)
    if key not in doc.user_data:
        days: dict[int, EventDate] = {}
        for sent in sentences(doc):
            for dm in _mentions(sent, ref, ref_precision, consistent_weekdays=False):
                wd = _bare_weekday(dm.span.text)
                if wd is not None and dm.date.precision == "day" and wd not in days:
                    if clause_tense(governing_verb(dm.span.root)) != "future":
                        days[wd] = dm.date
        doc.user_data[key] = days
    return doc.user_data[key]


def _mentions(sent, ref: Optional[date], ref_precision: str, consistent_weekdays: bool = True) -> list[DateMention]:
    """The time expressions of ``sent``. A bare weekday in a future clause names the day the
    document already dates a past act to, when it does ("arrived on Thursday" ... "is
    expected to arrive on Thursday" quoted from an earlier report): within one article a
    bare weekday names one day, and a writer says "next Thursday" for the coming one."""
    doc = sent.doc
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(span) -> None:
        if span is None or any(span.start_char < e and s < span.end_char for s, e in taken):
            return
        tense = clause_tense(governing_verb(span.root))
        ed = resolve_expression(span.text, ref, tense, ref_precision)
        if ed is None:
            return
        if consistent_weekdays and tense == "future" and ed.precision == "day":
            stated = _stated_weekdays(doc, ref, ref_precision).get(_bare_weekday(span.text))
            if stated is not None:
                ed = ed.model_copy(update={"value": stated.value, "historical": stated.historical})
        ed = ed.model_copy(update={"start": span.start_char, "end": span.end_char})
        found.append(DateMention(span, ed))
        taken.append((span.start_char, span.end_char))

    for ent in entities_within(doc, sent.start, sent.end):
        if ent.label_ == "DATE":
            add(ent)
    text = sent.text
    for rx in _extra_patterns():
        for m in rx.finditer(text):
            s, e = sent.start_char + m.start(), sent.start_char + m.end()
            add(doc.char_span(s, e, alignment_mode="expand"))
    found.sort(key=lambda dm: dm.date.start)
    return found


def sentence_dates(sdoc, ref: Optional[date], ref_precision: str = "day") -> list[list[EventDate]]:
    """Per sentence of ``sdoc``, the time expressions it holds, resolved against ``ref``.

    Offsets are into ``sdoc.text``. An expression that cannot be resolved (a relative one
    with no reference, "their second day") is left out.
    """
    return [[dm.date for dm in _mentions(sent, ref, ref_precision)] for sent in sentences(sdoc)]


def _own(trigger, mention: DateMention) -> Optional[int]:
    """Path length from the trigger down to the mention when the mention belongs to the
    trigger's own clause (no other clause head in between), else None."""
    t = mention.span.root
    steps = 0
    while t.i != trigger.i:
        if steps and t.dep_ in _CLAUSE_DEPS and t.pos_ in ("VERB", "AUX"):
            return None
        if t.head.i == t.i:
            return None
        t = t.head
        steps += 1
    return steps


def document_date(ref: Optional[date], ref_precision: str = "day") -> EventDate:
    """The fallback event date: the publication date at its precision."""
    if ref is None or ref_precision not in ("day", "month", "year"):
        return EventDate(value=None, precision="document")
    return EventDate(value=iso_at(ref, ref_precision), precision="document")


def event_date(
    trigger, sdoc, ref: Optional[date], ref_precision: str = "day", modality: Optional[str] = None
) -> EventDate:
    """The date of the event whose trigger is ``trigger`` (a Token or Span of ``sdoc``).

    In order:

    1. a time expression of the trigger's own clause (in its subtree, or, for a nominal
       trigger, attached to the verb that governs it), read with the tense of that clause;
    2. undated (value None, precision ``unknown``) when a phrase says the act recurs or
       lasts ("for years", "repeatedly"), when the sentence is set in an open span ("in the
       intervening period"), or when the event is hypothetical (``modality``: "if Pakistan
       were able to ...", "would visit some other time");
    3. the sentence's only time expression, unless it lies in a clause the trigger governs;
    4. undated for background told in the present perfect: a relative clause that
       describes a participant ("the network that the US has accused X of backing") or a
       state ("the US has been critical of X");
    5. a clause in the present tense reported by a verb in the past ("'The US wants
       action,' the official added") takes the date of the reporting verb: what was said
       held when it was said;
    6. a clause in the past tense takes the reference time of its story (``story_anchors``):
       the latest date stated earlier in its paragraph, else the day of the lead, when
       the sentence states no date of its own and the anchor says more than the
       publication date;
    7. else the publication date with precision ``document``.
    """
    tok = _root(trigger)
    mentions = _mentions(tok.sent, ref, ref_precision)
    heads = [tok]
    if tok.pos_ not in ("VERB", "AUX"):
        gv = governing_verb(tok)
        if gv is not None:
            heads.append(gv)
    for head in heads:
        own = [(d, abs(dm.span.start - tok.i), dm) for dm in mentions if (d := _own(head, dm)) is not None]
        if own:
            return min(own, key=lambda x: (x[0], x[1]))[2].date
    cue = undated_cue(heads) or _undated_period(heads)
    if cue is not None:
        return EventDate(value=None, precision="unknown", text=cue.text, start=cue.start_char, end=cue.end_char)
    if modality == "hypothetical":
        return EventDate(value=None, precision="unknown")
    if len(mentions) == 1 and not _below(tok, mentions[0]):
        return mentions[0].date
    verb = finite_verb(tok)
    tense = verb_tense(verb)
    if tense == "perfect" and _background_perfect(tok, verb):
        return EventDate(value=None, precision="unknown")
    if tense == "present":
        reporter = _past_reporter(verb)
        if reporter is not None:
            return event_date(reporter, sdoc, ref, ref_precision)
    if tense == "past" and not mentions:
        anchor = story_anchors(sdoc, ref, ref_precision)[_sentence_index(tok)]
        if anchor is not None and not _holds(parse_iso(anchor.value), ref, ref_precision):
            return anchor
    return document_date(ref, ref_precision)


def _holds(iv: Optional[Interval], ref: Optional[date], ref_precision: str) -> bool:
    """True when ``iv`` holds the whole reference period: an anchor such as "today" or
    "this year" then says no more than the publication date."""
    ref_iv = reference_interval(ref, ref_precision)
    return iv is not None and ref_iv is not None and iv[0] <= ref_iv[0] and ref_iv[1] <= iv[1]


# --------------------------------------------------------------------------- tense and story time

_PERFECT_AUX = {"has", "have", "'ve"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_NONFINITE_DEPS = {"advcl", "xcomp", "acl", "conj", "pcomp", "ccomp", "csubj", "relcl"}


def finite_verb(tok):
    """The verb that carries the tense of the clause of ``tok``: its governing verb, or for
    a non-finite verb ("urging", "to play", a conjunct sharing its auxiliaries) the first
    finite verb above it. None when there is none."""
    v = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    for _ in range(6):
        if v is None or verb_tense(v) != "nonfinite" or v.dep_ not in _NONFINITE_DEPS or v.head.i == v.i:
            return v
        v = governing_verb(v.head)
    return v


def verb_tense(verb) -> str:
    """The tense of a verb's clause: "future", "modal" (would, could, may ...), "perfect"
    (present perfect), "past" (simple or past perfect, active or passive, "did"), "present",
    or "nonfinite" (an infinitive or participle with no finite auxiliary)."""
    if verb is None:
        return "nonfinite"
    if clause_tense(verb) == "future":
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(a.tag_ == "MD" for a in auxes):
        return "modal"
    for a in auxes:  # the first finite auxiliary carries the tense
        if a.lower_ in _PERFECT_AUX and a.tag_ in ("VBZ", "VBP"):
            return "perfect"
        if a.tag_ == "VBD":
            return "past"
        if a.tag_ in ("VBZ", "VBP"):
            return "present"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return "nonfinite"


def _background_perfect(tok, verb) -> bool:
    """True for an act told in the present perfect as background rather than news: in a
    relative clause that describes a participant ("the network that the US has accused
    Pakistan of backing"), or a state ("the US has been critical of X": the perfect of
    "be" with an adjective or noun)."""
    if verb.dep_ == "relcl":
        return True
    return verb.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children)


def _past_reporter(verb):
    """The past-tense verb that reports the present-tense clause of ``verb`` ("'The US
    wants action,' the official added"; "said that Pakistan is ready"), else None."""
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:  # "wants X and wants Y": the first conjunct
        v = v.head
    if v.dep_ not in ("ccomp", "parataxis") or v.head.i == v.i:
        return None
    head = finite_verb(v.head)
    return head if head is not None and verb_tense(head) == "past" else None


def _sentence_index(tok) -> int:
    return sentence_index(tok.doc, tok.i)


def _paragraph_starts(sents) -> set[int]:
    """Indices of the sentences that open a paragraph (a line break before them)."""
    out = {0}
    text = sents[0].doc.text if sents else ""  # Doc.text joins every token: built once, not per sentence
    for i in range(1, len(sents)):
        prev = [t for t in sents[i - 1] if not t.is_space]
        cur = [t for t in sents[i] if not t.is_space]
        if not prev or not cur:
            out.add(i)
            continue
        gap = text[prev[-1].idx + len(prev[-1]): cur[0].idx]
        if "\n" in gap:
            out.add(i)
    return out


def _lead_anchor(sent, mentions: list[DateMention], ref: Optional[date]) -> Optional[EventDate]:
    """The day the main clause of ``sent`` states for a past or present act ("X met Y on
    Wednesday"), else None."""
    root = sent.root
    own = [(d, dm) for dm in mentions if (d := _own(root, dm)) is not None]
    own = [(d, dm) for d, dm in own if _anchorable(dm, ref) and dm.date.precision == "day"]
    return min(own, key=lambda x: x[0])[1].date if own else None


def _anchorable(dm: DateMention, ref: Optional[date]) -> bool:
    """A stated date that can set the time of the narrative: of a clause not about the
    future, with a value, not historical background, not after the reference."""
    if dm.date.value is None or dm.date.historical:
        return False
    if clause_tense(governing_verb(dm.span.root)) == "future":
        return False
    iv = parse_iso(dm.date.value)
    return ref is None or iv is None or iv[0] <= ref


def _carried(anchor: Optional[EventDate], sentence: int) -> Optional[EventDate]:
    """A date as later sentences take it from sentence ``sentence``: basis ``story time``."""
    return None if anchor is None else anchor.model_copy(update={"basis": "story time", "sentence_index": sentence})


def story_anchors(sdoc, ref: Optional[date], ref_precision: str = "day") -> list[Optional[EventDate]]:
    """Per sentence of ``sdoc``, the reference time of its story: the date an undated act
    told in the past tense takes (temporal anchoring of a narrative).

    The lead of a report, its first sentence that tells a past act (headlines, standfirsts
    and photo captions come first and are written in the present), fixes the day of the
    encounter it reports when its main clause states one ("Pompeo met on Wednesday with
    ..."); it is looked for among the first ``lead_sentences`` sentences with a finite verb
    (lexicon). Later past-tense sentences with no date of their own continue
    that story ("who met with ...", "both agreed ...", "in a separate meeting with ...").
    Within a paragraph the latest date an earlier sentence states for a past act takes
    over ("after Trump's September speech in which he accused X. He also warned X ..."); a historical
    date (background) takes over with no anchor, leaving the publication date. A new
    paragraph, or ``paragraph_carry`` sentences (lexicon) after the date was stated,
    returns to the lead's day. None where there is no anchor.
    """
    key = ("dragoman.when.anchors", ref, ref_precision)
    if key in sdoc.user_data:
        return sdoc.user_data[key]
    sents = list(sentences(sdoc))
    starts = _paragraph_starts(sents)
    lead: Optional[EventDate] = None
    lead_done = False
    finite_seen = 0
    unset = object()
    para: object = unset
    out: list[Optional[EventDate]] = []
    para_from = 0
    carry = lexicon().paragraph_carry
    for i, sent in enumerate(sents):
        if i in starts or i - para_from > carry:
            para = unset
        out.append(lead if para is unset else para)  # type: ignore[arg-type]
        mentions = _mentions(sent, ref, ref_precision)
        if not lead_done and any(t.tag_ in _FINITE_TAGS for t in sent):
            finite_seen += 1
            past = any(t.tag_ == "VBD" for t in sent)
            if past:  # the first sentence that tells a past act is the lead
                lead = _carried(_lead_anchor(sent, mentions, ref), i)
            lead_done = past or finite_seen >= lexicon().lead_sentences
        stated = [dm for dm in mentions if verb_tense(finite_verb(dm.span.root)) == "past"]
        if stated:
            para = _carried(stated[-1].date, i) if _anchorable(stated[-1], ref) else None
            para_from = i
    sdoc.user_data[key] = out
    return out


def _phrase_re(phrases: Iterable[str]) -> Optional[re.Pattern]:
    alts = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(alts)})(?![\w-])") if alts else None


@lru_cache(maxsize=None)
def _undated_re() -> Optional[re.Pattern]:
    return _phrase_re(lexicon().undated)


def undated_cue(heads):
    """A phrase that says the event of ``heads`` (its trigger and the verb governing it)
    recurs or lasts over an indefinite span ("for years", "repeated", "has long accused"),
    as the span that says it; None when there is none. Only modifiers of a head count."""
    if not heads:
        return None
    sent = heads[0].sent
    doc = sent.doc
    ids = {h.i for h in heads}
    rx = _undated_re()
    if rx is not None:
        for m in rx.finditer(sent.text):
            span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            if span is not None and span.root.head.i in ids and span.root.i not in ids:
                return span
    for t in sent:
        if t.lower_ in lexicon().undated_adverbs and t.dep_ == "advmod" and t.head.i in ids:
            return doc[t.i: t.i + 1]
    return None


@lru_cache(maxsize=None)
def _undated_period_re() -> Optional[re.Pattern]:
    return _phrase_re(lexicon().undated_periods)


def _undated_period(heads):
    """A phrase that sets the sentence in an open span between earlier times ("In the
    intervening period, ..."), attached to a head of the event or to any verb above it."""
    rx = _undated_period_re()
    if rx is None or not heads:
        return None
    sent = heads[0].sent
    doc = sent.doc
    above = {h.i for h in heads}
    for h in heads:
        above.update(a.i for a in h.ancestors)
    for m in rx.finditer(sent.text):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is not None and span.root.head.i in above and span.root.i not in above:
            return span
    return None


def _below(trigger, mention: DateMention) -> bool:
    """True when the mention sits in a clause that the trigger governs (it dates that
    clause's event: "said the talks will resume on Monday" does not date the saying)."""
    return any(a.i == trigger.i for a in mention.span.root.ancestors)


# --------------------------------------------------------------------------- publication date from content

#: Words before or after a name that say the person no longer (or not yet) holds the post.
_NOT_CURRENT = {"former", "ex", "ex-", "late", "then", "then-", "retired", "outgoing", "incoming", "future", "erstwhile"}
#: Post words too common to tell posts apart on their own.
_GENERIC_POST_WORDS = {
    "of", "the", "and", "for", "in", "to", "chief", "head", "director", "general", "minister",
    "secretary", "deputy", "senior", "acting", "staff",
}
_TITLE_POS = {"PROPN", "NOUN", "ADJ"}


@dataclass
class PublicationEstimate:
    """What the content of a document tells about its publication date."""

    value: Optional[str] = None  # ISO at ``precision``
    basis: str = "unknown"  # "inferred from content" or "unknown"
    precision: str = "unknown"  # day, month, year, unknown
    window: tuple[Optional[str], Optional[str]] = (None, None)  # earliest, latest (ISO days)
    evidence: Optional[str] = None

    def reference(self) -> tuple[Optional[date], str]:
        """(reference date, precision) for resolving the document's relative expressions."""
        iv = parse_iso(self.value)
        return (iv[0], self.precision) if iv else (None, "unknown")


def _post_keys(post: str) -> set[str]:
    words = re.findall(r"[A-Za-z]+", post)
    keys = {w.lower() for w in words if w.lower() not in _GENERIC_POST_WORDS}
    if not keys:
        keys = {w.lower() for w in words if w.lower() not in ("of", "the", "and", "for")}
    caps: list[str] = []  # acronyms of runs of capitalised words ("Central Intelligence Agency" → cia)
    for w in words + [""]:
        if w[:1].isupper():
            caps.append(w[0].lower())
        else:
            if len(caps) >= 2:
                keys.add("".join(caps))
            caps = []
    return keys


def _title(ent) -> tuple[list[str], bool, int]:
    """Words of the title around a person's name (before it, or in an apposition after it),
    whether they say the person is a former/future holder, and the index of the first
    title token before the name."""
    doc = ent.doc
    words: list[str] = []
    i = ent.start - 1
    while i >= ent.sent.start and ent.start - i <= 7:
        t = doc[i]
        if t.lower_ not in _NOT_CURRENT and not (
            t.pos_ in _TITLE_POS or (t.lower_ == "of" and words and i > ent.sent.start and doc[i - 1].pos_ in _TITLE_POS)
        ):
            break
        if t.ent_type_ == "PERSON" and t.ent_iob_ != "" and i < ent.start - 1 and doc[i + 1].ent_type_ != "PERSON":
            break
        words.append(t.lower_)
        i -= 1
    for c in ent.root.children:
        if c.dep_ == "appos":
            sub = list(c.subtree)
            if len(sub) > 6:  # a long apposition: its head and the words just before it
                sub = [w for w in c.lefts if w.dep_ in ("compound", "amod")] + [c]
            words.extend(w.lower_ for w in sub)
    not_current = any(w.strip("-") in {x.strip("-") for x in _NOT_CURRENT} for w in words)
    return words, not_current, i + 1


def _lookup_person(kb, ent) -> tuple[list, list[str]]:
    """KB people for a PERSON entity, dropping leading rank/title words the KB lacks
    ("General Bajwa" → "Bajwa"); returns (people, dropped words)."""
    toks = [t for t in ent if not t.is_punct or t.text in ("-", ".")]
    for k in range(len(toks)):
        name = " ".join(t.text for t in toks[k:])
        people = kb.people_named(name)
        if people:
            return people, [t.lower_ for t in toks[:k]]
    return [], []


def _intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    out = [(max(x[0], y[0]), min(x[1], y[1])) for x in a for y in b]
    return sorted(iv for iv in out if iv[0] <= iv[1])


def _tenure_window(tenures) -> Interval:
    lo = min((t.start or date.min) for t in tenures)
    hi = max((t.end or date.max) for t in tenures)
    return lo, hi


def _people_with_posts(sdoc, kb):
    """Each named person the KB knows, spoken of as a current holder: (entity, person,
    title words, dropped title words, index of the first title token, tenures of the posts
    the title names). Surnames alone count only next to a title."""
    for ent in entities(sdoc):
        if ent.label_ not in ("PERSON", "ORG", "NORP"):
            continue
        people, dropped = _lookup_person(kb, ent)
        if len(people) != 1:
            continue
        if ent.label_ != "PERSON" and len([t for t in ent if t.is_alpha]) - len(dropped) < 2:
            continue  # the tagger's other labels count only for full names the KB knows
        person = people[0]
        title, not_current, first = _title(ent)
        title = title + dropped
        if not_current or not person.tenures:
            continue
        title_set = set(title)
        named = [t for t in person.tenures if t.post and _post_matches(t.post, title_set)]
        yield ent, person, title, dropped, first, named


def person_windows(sdoc, kb, holders=None) -> list[tuple[list[Interval], str, bool]]:
    """For each named person the KB knows, the periods in which the article can have been
    written if it speaks of them as holding the post it names (strong evidence) or, with
    no post named, any of their posts (weak: people are named long after they served).
    Surnames alone count only next to a title. ``holders``: ``_people_with_posts`` already
    read. Returns (intervals, evidence text, strong)."""
    out: list[tuple[list[Interval], str, bool]] = []
    for ent, person, title, dropped, _first, named in holders if holders is not None else _people_with_posts(sdoc, kb):
        full_name = len([t for t in ent if t.is_alpha]) - len(dropped) >= 2
        if named:
            what = f"{' '.join(reversed(title[: len(title) - len(dropped)]))} {ent.text}".strip()
            out.append(([_tenure_window([t]) for t in named], f"{what}: {named[0].post}", True))
        elif full_name and not set(title) & _ANY_POST_WORD:
            out.append(([_tenure_window([t]) for t in person.tenures], f"{ent.text}: in office", False))
    return [(ivs, f"{text} {' '.join(_fmt(iv) for iv in ivs)}", strong) for ivs, text, strong in out]


@lru_cache(maxsize=None)
def _recency_re() -> Optional[re.Pattern]:
    return _phrase_re(lexicon().recency)


def _recency_word(doc, start: int, end: int) -> Optional[str]:
    """A recency phrase ("new", "newly elected") among tokens ``start``..``end`` of ``doc``,
    in lower case (or opening the sentence): "New" of "New Delhi" is a name, not a cue."""
    rx = _recency_re()
    if rx is None or start >= end:
        return None
    span = doc[start:end]
    for m in rx.finditer(span.text):
        tok = span.char_span(m.start(), m.end(), alignment_mode="expand")
        if tok is None:
            continue
        first = tok[0]
        if not first.ent_type_ and (first.text[:1].islower() or first.is_sent_start):
            return m.group(0)
    return None


def _noun_phrase_start(ent) -> int:
    """The first token of the noun phrase a name heads ("the newly elected president X"),
    when the phrase runs without a gap up to the name."""
    node = ent.root
    if node.dep_ == "appos" and node.head.i < ent.start:  # "the new president, X" / "president X"
        node = node.head
    left = [t.i for t in node.subtree if t.i < ent.start]
    if left and set(range(min(left), ent.start)) <= set(left):
        return max(min(left), ent.sent.start)
    return ent.start


def _led_body(ent):
    """The body a person heads in "the new government headed by Prime Minister X" (None if
    the sentence does not say the person heads one)."""
    lex = lexicon()
    by = ent.root.head
    if ent.root.dep_ != "pobj" or by.lower_ != "by":
        return None
    verb = by.head
    if verb.lemma_.lower() not in lex.lead_verbs or verb.dep_ not in ("acl", "relcl"):
        return None
    body = verb.head
    return body if body.lemma_.lower() in lex.led_bodies else None


def recency_windows(sdoc, kb, holders=None) -> list[tuple[list[Interval], str]]:
    """Upper bounds from office holders the text calls new: "new CIA chief X", "the newly
    elected government headed by Prime Minister X". The article was then written within
    ``recency_days`` (lexicon) of the start of the tenure of the post it names.
    ``holders``: ``_people_with_posts`` already read. Returns (intervals, evidence text)."""
    days = lexicon().recency_days
    out: list[tuple[list[Interval], str]] = []
    for ent, _person, title, dropped, first, named in holders if holders is not None else _people_with_posts(sdoc, kb):
        starts = [t for t in named if t.start]
        if not starts:
            continue
        cue = _recency_word(sdoc, min(first, _noun_phrase_start(ent)), ent.start)
        what = f"{' '.join(reversed(title[: len(title) - len(dropped)]))} {ent.text}"
        if cue is None:
            body = _led_body(ent)
            if body is not None:
                left = min(t.i for t in body.subtree)
                cue = _recency_word(sdoc, left, body.i)
                what = f"the {cue} {body.text} headed by {ent.text}"
        if cue is None:
            continue
        ivs = [(t.start, t.start + timedelta(days=days)) for t in starts]
        posts = ", ".join(f"{t.post} from {t.start.isoformat()}" for t in starts)
        out.append((ivs, f"{cue!r}: {what.strip()} ({posts}): within {days} days of taking office {' '.join(_fmt(iv) for iv in ivs)}"))
    return out


#: Title words that name a different, lesser post than the one they qualify ("foreign
#: office spokesperson" is not the foreign secretary, "vice president" not the president).
_SUBORDINATE = {
    "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "aide", "deputy", "assistant",
    "envoy", "ambassador", "vice", "undersecretary", "under",
}


def _post_matches(post: str, title: set[str]) -> bool:
    keys = _post_keys(post)
    if not keys & title:
        return False
    post_words = {w.lower() for w in re.findall(r"[A-Za-z]+", post)}
    return not (title & _SUBORDINATE) - post_words


# any word that looks like a post: when the text names a post the KB does not list for
# the person, the person gives no evidence (they may hold an unlisted post).
_ANY_POST_WORD = {
    "president", "minister", "secretary", "chief", "director", "general", "ambassador", "envoy",
    "governor", "senator", "commander", "spokesman", "spokeswoman", "chairman", "premier", "head",
    "admiral", "mayor", "king", "prime", "leader",
}


def _fmt(iv: Interval) -> str:
    lo = "" if iv[0] == date.min else iv[0].isoformat()
    hi = "" if iv[1] == date.max else iv[1].isoformat()
    return f"[{lo}..{hi}]"


def _intended(verb) -> bool:
    """True when the clause of ``verb`` speaks of an act still to come: a future clause, or
    the to-infinitive of a word of intention ("a promise to visit", "plans to hold")."""
    if verb is None:
        return False
    if clause_tense(verb) == "future":
        return True
    if is_to_infinitive(verb) and verb.head.i != verb.i:
        head = verb.head
        words = lexicon().intention_words
        return head.lemma_.lower() in words or head.lower_ in words
    return False


def _bare_years(sdoc) -> list[tuple[int, str, str]]:
    """Bare years the body states ("in 2009", "during 2012"; not full dates), each as
    (year, text, kind): kind "intended" for an act still to come, "past" for an act told
    as done or going on, "other" for an infinitive that is neither."""
    out = []
    for sent in sentences(sdoc):
        for dm in _mentions(sent, None, "day"):
            if dm.date.precision != "year" or not re.fullmatch(r"(?:the )?\d{4}", _normalise(dm.span.text)):
                continue
            verb = governing_verb(dm.span.root)
            if _intended(verb):
                kind = "intended"
            elif verb is not None and is_to_infinitive(verb):
                kind = "other"
            else:
                kind = "past"
            out.append((int(dm.date.value), dm.span.text, kind))
    return out


@lru_cache(maxsize=None)
def _current_month_re() -> Optional[re.Pattern]:
    return _phrase_re(lexicon().current_month)


def _current_month_cue(sdoc) -> Optional[str]:
    """The first expression of the body that speaks of the current month ("earlier this month")."""
    rx = _current_month_re()
    m = rx.search(sdoc.text) if rx is not None else None
    return m.group(0) if m else None


def _explicit_dates(sdoc) -> list[tuple[Interval, str]]:
    """Absolute dates with a year that the body states about the past or present."""
    out = []
    for sent in sentences(sdoc):
        for dm in _mentions(sent, None, "day"):
            verb = governing_verb(dm.span.root)
            if dm.date.value is None or clause_tense(verb) == "future":
                continue
            # an infinitive ("a promise to visit in 2011") names an intended act, not a past one
            if verb is not None and is_to_infinitive(verb):
                continue
            iv = parse_iso(dm.date.value)
            out.append((iv, dm.span.text))
    return out


def _day_anchor_clues(sdoc) -> list[tuple[date, str]]:
    """Publication days fixed by a relative day next to an absolute one ("yesterday,
    October 20, 2011" → 2011-10-21): relative words read against a date the text states."""
    out = []
    for sent in sentences(sdoc):
        mentions = _mentions(sent, None, "day")
        days = [dm for dm in mentions if dm.date.precision == "day"]
        for m in re.finditer(r"(?i)\b(yesterday|today|tomorrow)\b", sent.text):
            off = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(1).lower()]
            s = sent.start_char + m.start()
            e = sent.start_char + m.end()
            for dm in days:
                gap = sdoc.text[min(e, dm.span.end_char): max(s, dm.span.start_char)]
                if dm.span.start_char >= e and re.fullmatch(r"[\s,(]*(?:on\s+)?", gap) or (
                    dm.span.end_char <= s and re.fullmatch(r"[\s,()]*", gap)
                ):
                    d = date.fromisoformat(dm.date.value) - timedelta(days=off)
                    out.append((d, f"{m.group(1)} = {dm.date.value}"))
    return out


def infer_publication_window(
    sdoc, ref_hint: Optional[Union[date, Interval]] = None, kb=None
) -> PublicationEstimate:
    """Bound the publication date of a document that does not state one.

    Evidence, strongest first (cue words live in the ``publication`` section of the
    time-expression lexicon):

    1. ``ref_hint`` (a date or an interval);
    2. each office holder the KB knows, named with a post, bounds it by the tenure of that post;
    3. the latest absolute date the body states about the past or present is a lower bound;
    4. a bare year stated for an act still to come ("a promise to visit Pakistan in 2011")
       is an upper bound: published no later than that year;
    5. an expression of the current month ("earlier this month") puts the latest stated
       day-date in the month of publication: published before that month ended;
    6. an office holder called new ("new CIA chief X", "the newly elected government
       headed by X"): published within ``recency_days`` of the start of that tenure;
    7. a person named by full name without a post: any of their tenures (weak);
    8. the news convention that the current year is "this year": a bare past year
       ("its passage in 2009") says publication is after that year, a bare future year
       that it is before it (weak).

    A relative day next to an absolute one ("yesterday, October 20, 2011") then fixes the
    day. A bound that would empty the window is ignored and said so in the evidence.
    The window spans the intersection of all bounds: one calendar month → month precision,
    one year → year precision, one day → day precision, otherwise no value. Never today.
    """
    if kb is None:
        try:
            from dragoman.actors.kb import KnowledgeBase

            kb = KnowledgeBase.default()
        except Exception:  # the KB is optional evidence
            kb = None
    # evidence, strongest first; each is a union of intervals
    bounds: list[tuple[list[Interval], str]] = []
    if ref_hint is not None:
        hint = ref_hint if isinstance(ref_hint, tuple) else (ref_hint, ref_hint)
        bounds.append(([hint], f"hint {_fmt(hint)}"))
    # the office holders the text names, read once for both the tenure and the recency bounds
    holders = list(_people_with_posts(sdoc, kb)) if kb is not None else []
    people = person_windows(sdoc, kb, holders) if kb is not None else []
    bounds += [(ivs, text) for ivs, text, strong in people if strong]
    explicit = _explicit_dates(sdoc)
    if explicit:
        iv, text = max(explicit, key=lambda x: x[0][0])
        bounds.append(([(iv[0], date.max)], f"latest stated date {text!r} >= {iv[0].isoformat()}"))
    years = _bare_years(sdoc)
    intended = [(y, text) for y, text, kind in years if kind == "intended"]
    if intended:
        y, text = min(intended)
        bounds.append(([(date.min, date(y, 12, 31))], f"{text!r} stated for an act to come: <= {y}-12-31"))
    cue = _current_month_cue(sdoc)
    days = [(iv, text) for iv, text in explicit if iv[0] == iv[1]]
    if cue and days:
        iv, text = max(days, key=lambda x: x[0][0])
        end = _month_end(iv[0].year, iv[0].month)
        bounds.append(([(date.min, end)], f"{cue!r} with latest stated day {text!r}: in {iso_at(end, 'month')}, <= {end.isoformat()}"))
    if kb is not None:
        bounds += recency_windows(sdoc, kb, holders)
    bounds += [(ivs, text) for ivs, text, strong in people if not strong]
    past = [(y, text) for y, text, kind in years if kind == "past"]
    if past:
        y, text = max(past)
        bounds.append(([(date(y + 1, 1, 1), date.max)], f"bare past year {text!r} (the current one would be 'this year'): >= {y + 1}-01-01"))
    if intended:
        y, text = min(intended)
        bounds.append(([(date.min, date(y - 1, 12, 31))], f"bare future year {text!r} (the current one would be 'this year'): <= {y - 1}-12-31"))
    current: list[Interval] = [(date.min, date.max)]
    evidence: list[str] = []
    for ivs, text in bounds:
        narrowed = _intersect(current, ivs)
        if narrowed:
            current = narrowed
            evidence.append(text)
        else:
            evidence.append(f"ignored (conflicts): {text}")
    lo, hi = min(iv[0] for iv in current), max(iv[1] for iv in current)
    for d, text in _day_anchor_clues(sdoc):
        if lo <= d <= hi:
            lo = hi = d
            evidence.append(text)
            break
    window = (None if lo == date.min else lo.isoformat(), None if hi == date.max else hi.isoformat())
    est = PublicationEstimate(window=window, evidence="; ".join(evidence) or None)
    if lo == date.min or hi == date.max:
        return est
    prec = precision_of((lo, hi))
    if prec is None:
        return est
    est.value, est.precision, est.basis = iso_at(lo, prec), prec, "inferred from content"
    return est
