"""The actor knowledge base: countries, seats of power, organisations, people with dated
posts, and role phrases, read from CSV files (``data/kb``) and merged with imported
entries (Phoenix, Wikidata) kept in a user data directory.

Every lookup takes surface text and normalises it the same way (:func:`norm`), so that
"U.S.", "US" and "the US" meet on one key; case checks (is this "US" or "us"?) are the
resolver's job, not the knowledge base's.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import yaml

from dragoman.data_files import data_path

__all__ = [
    "Country",
    "Organisation",
    "Person",
    "Tenure",
    "KnowledgeBase",
    "norm",
    "parse_date",
    "user_kb_dir",
    "load_patterns",
]

#: A surname that is the given name of this many people of the knowledge base is no key alone.
GIVEN_NAME_LIMIT = 8
_ROMAN = re.compile(r"[IVXL]+")  # a regnal number, written in capitals ("Mohammed VI"), is no surname
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


@lru_cache(maxsize=1 << 17)
def norm(text: str) -> str:
    """Key for lookups: lowercase, no accents, no dots, hyphens as spaces, no leading 'the'."""
    t = text.translate(_QUOTES)
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    t = t.lower()
    t = t.replace(".", "").replace("-", " ").replace("_", " ")
    t = re.sub(r"\s+", " ", t).strip()
    if t.startswith("the "):
        t = t[4:]
    return t


def parse_date(value: str | None, end: bool = False) -> Optional[date]:
    """ISO date at any precision (YYYY, YYYY-MM, YYYY-MM-DD); ``end`` picks the last day."""
    if not value:
        return None
    parts = [int(p) for p in value.strip().split("-") if p]
    if not parts:
        return None
    y = parts[0]
    if len(parts) == 1:
        return date(y, 12, 31) if end else date(y, 1, 1)
    m = parts[1]
    if len(parts) == 2:
        if end:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(y, m, 1)
    return date(y, m, parts[2])


def user_kb_dir() -> Path:
    """Where imported knowledge is kept: $DRAGOMAN_KB_DIR, else the XDG data dir."""
    env = os.environ.get("DRAGOMAN_KB_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "dragoman" / "kb"


def kb_cache_dir() -> Path:
    """Where the compiled default knowledge base is cached: $DRAGOMAN_CACHE_DIR, else the XDG cache dir."""
    env = os.environ.get("DRAGOMAN_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dragoman"


@lru_cache(maxsize=1)
def load_patterns() -> dict:
    """The actor lexicon (pronouns, seniority, CAMEO tables ...) from actor_patterns.yaml."""
    with open(data_path("lexicons", "actor_patterns.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


@dataclass
class Country:
    iso3: str
    name: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: str = ""
    seats: dict[str, str] = field(default_factory=dict)  # name -> sector


@dataclass
class Organisation:
    id: str
    name: str
    aliases: list[str]
    country: Optional[str]
    sector: Optional[str]
    kind: str
    source: str = ""


@dataclass
class Tenure:
    person_id: str
    name: str
    post: str
    country: Optional[str]
    sector: Optional[str]
    start: Optional[date]
    end: Optional[date]
    source: str = ""
    office: str = ""  # officials tables: HOS, HOG, HOSG, FM, DEF, INT, MIL, INTEL

    @property
    def undated(self) -> bool:
        return self.start is None and self.end is None

    def covers(self, d: date) -> bool:
        return (self.start is None or self.start <= d) and (self.end is None or d <= self.end)


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    tenures: list[Tenure] = field(default_factory=list)
    source: str = ""
    priority: int = 0  # 0 = package data, higher = imported (lower wins ties)

    @property
    def surname(self) -> str:
        return norm(self.name).split(" ")[-1] if self.name else ""


class KnowledgeBase:
    """All actor knowledge, indexed by normalised surface form."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.organisations: dict[str, Organisation] = {}
        self.people: dict[str, Person] = {}
        self.roles: dict[str, tuple[Optional[str], str]] = {}  # phrase -> (sector, kind)
        self.conflicts: list[str] = []
        self.sources: list[Path] = []
        self._country_keys: dict[str, str] = {}
        self._demonym_keys: dict[str, str] = {}
        self._seat_keys: dict[str, tuple[str, str]] = {}
        self._org_keys: dict[str, list[str]] = defaultdict(list)
        self._person_keys: dict[str, list[str]] = defaultdict(list)
        self._surname_keys: dict[str, list[str]] = defaultdict(list)
        self._canonical: dict[str, str] = {}
        self._weak_surnames: set[str] = set()  # not a key alone for imported people ("Young", "Prime")
        self.max_name_tokens = 1
        pat = load_patterns()
        self._seniority: list[str] = [norm(p) for p in pat.get("seniority", [])]

    # ------------------------------------------------------------------ loading
    _default: Optional["KnowledgeBase"] = None

    @classmethod
    def default(cls) -> "KnowledgeBase":
        """The package knowledge base (hand-written tables and officials, then the shipped
        Phoenix dictionaries) plus what was imported into the user data dir (cached)."""
        if cls._default is None:
            extra = [data_path("kb", "phoenix")]
            if user_kb_dir().is_dir():
                extra.append(user_kb_dir())
            cls._default = cls._cached_load([data_path("kb"), *extra])
        return cls._default

    @classmethod
    def _cached_load(cls, dirs: list[Path]) -> "KnowledgeBase":
        """:meth:`load` of ``dirs``, kept compiled (pickled) in the user cache dir under a key
        made of the path, size and modification time of every source file and of this
        module, so that an edited or newly imported file (or new loading code) is read again.
        Without a writable cache it simply loads."""
        import hashlib
        import pickle

        files = sorted(f for d in dirs if d.is_dir() for f in d.iterdir() if f.is_file())
        files += [data_path("lexicons", "actor_patterns.yaml"), Path(__file__)]  # the code that compiles it too
        stamp = hashlib.sha1(repr([(str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files]).encode())
        where = hashlib.sha1(repr([str(d) for d in dirs]).encode()).hexdigest()[:8]  # one install, one slot
        cache = kb_cache_dir() / f"kb-{where}-{stamp.hexdigest()[:16]}.pickle"
        try:
            with open(cache, "rb") as fh:
                kb = pickle.load(fh)
            if isinstance(kb, cls):
                return kb
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass
        kb = cls.load(dirs[0], dirs[1:])
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            for old in cache.parent.glob(f"kb-{where}-*.pickle"):  # older versions of this install's files
                old.unlink(missing_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        except OSError:
            pass
        return kb

    @classmethod
    def load(cls, data_dir: str | Path | None = None, extra_dirs: Iterable[str | Path] = ()) -> "KnowledgeBase":
        kb = cls()
        dirs = [Path(data_dir) if data_dir else data_path("kb")] + [Path(d) for d in extra_dirs]
        for prio, d in enumerate(dirs):
            kb._load_dir(d, prio)
        kb._index()
        return kb

    def _rows(self, path: Path) -> list[dict]:
        with open(path, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    def _load_dir(self, d: Path, prio: int) -> None:
        if not d.is_dir():
            return
        for path in sorted(d.glob("countries*.csv")):
            if path.name.endswith("overrides.csv"):
                continue
            self.sources.append(path)
            for r in self._rows(path):
                iso = (r.get("iso3") or "").strip()
                if not iso:
                    continue
                c = self.countries.get(iso)
                if c is None:
                    c = self.countries[iso] = Country(iso, (r.get("name") or iso).strip())
                for a in _split(r.get("aliases")):
                    if a not in c.aliases:
                        c.aliases.append(a)
                for a in _split(r.get("demonyms")):
                    if a not in c.demonyms:
                        c.demonyms.append(a)
                if r.get("capital") and not c.capital:
                    c.capital = r["capital"].strip()
                for pair in (r.get("seats") or "").split(";"):
                    if ":" in pair:
                        name, sec = pair.rsplit(":", 1)
                        c.seats.setdefault(name.strip(), sec.strip() or "GOV")
        taken = self._taken_names() if prio else {}
        for path in sorted(d.glob("organisations*.csv")):
            self.sources.append(path)
            for r in self._rows(path):
                oid = (r.get("id") or "").strip() or "org:" + norm(r.get("name") or "").replace(" ", "-")
                if oid in self.organisations or (taken and norm(r.get("name") or "") in taken):
                    continue
                self.organisations[oid] = Organisation(
                    oid, (r.get("name") or "").strip(), _split(r.get("aliases")),
                    (r.get("country") or "").strip() or None, (r.get("sector") or "").strip() or None,
                    (r.get("kind") or "").strip(), (r.get("source") or "").strip())
        shadowed: set[str] = set()
        for path in sorted(d.glob("officials*.csv")) + sorted(d.glob("people*.csv")):
            self.sources.append(path)
            for r in self._rows(path):
                pid = (r.get("id") or "").strip()
                name = (r.get("name") or "").strip()
                if not pid or not name:
                    continue
                p = self.people.get(pid)
                if (p is not None and p.priority < prio) or pid in shadowed:
                    continue  # the same entry from an earlier (more trusted) folder
                if p is None:
                    clash = next((k for k in map(norm, [name, *_split(r.get("aliases"))]) if k in taken), None)
                    if clash:  # a name an earlier folder gives to someone: that entry wins
                        shadowed.add(pid)
                        self.conflicts.append(f"{clash!r}: {pid} ({path.name}) left out: an earlier folder "
                                              f"gives the name to {taken[clash]}")
                        continue
                    p = self.people[pid] = Person(pid, name, source=r.get("source") or "", priority=prio)
                for a in _split(r.get("aliases")):
                    if a not in p.aliases:
                        p.aliases.append(a)
                try:
                    start = parse_date(r.get("start"))
                    end = parse_date(r.get("end"), end=True)
                except ValueError:
                    self.conflicts.append(f"{path.name}: bad date for {pid}: {r.get('start')!r}-{r.get('end')!r}")
                    continue
                if (r.get("post") or r.get("country") or r.get("sector")):
                    p.tenures.append(Tenure(pid, p.name, (r.get("post") or "").strip(),
                                            (r.get("country") or "").strip() or None,
                                            (r.get("sector") or "").strip() or None, start, end,
                                            (r.get("source") or "").strip(), (r.get("office") or "").strip()))
        for path in sorted(d.glob("surnames_not_alone*.txt")):
            self.sources.append(path)
            self._weak_surnames.update(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())
        for path in sorted(d.glob("roles*.csv")):
            self.sources.append(path)
            for r in self._rows(path):
                ph = norm(r.get("phrase") or "")
                if ph and ph not in self.roles:
                    self.roles[ph] = ((r.get("sector") or "").strip() or None, (r.get("kind") or "").strip())

    def _given_name_counts(self, family_first: set[str]) -> Counter:
        """How many people of the knowledge base have each word as their first (given) name;
        people of family-name-first countries are not counted ("Kim", "Lee" are their family
        names). A surname that is this common a given name ("Jean", "Ali", "Joseph") is no
        key alone: "Jean-Baptiste" is not Fritz Jean."""
        out: Counter = Counter()
        for p in self.people.values():
            words = norm(p.name).split(" ")
            if len(words) > 1 and not any(t.country in family_first for t in p.tenures):
                out[words[0]] += 1
        return out

    def _taken_names(self) -> dict[str, str]:
        """Normalised names and aliases of the people and organisations loaded so far (-> id):
        a later (less trusted) folder does not add a second entry under one of them."""
        out: dict[str, str] = {}
        for p in self.people.values():
            out.update((norm(n), p.id) for n in [p.name, *p.aliases])
        for o in self.organisations.values():
            out.update((norm(n), o.id) for n in [o.name, *o.aliases])
        out.pop("", None)
        return out

    def _index(self) -> None:
        def longest(key: str) -> None:
            self.max_name_tokens = max(self.max_name_tokens, len(key.split(" ")))

        for iso, c in self.countries.items():
            for n in [c.name, *c.aliases]:
                k = norm(n)
                if k:
                    self._country_keys.setdefault(k, iso)
                    longest(k)
            for n in c.demonyms:
                k = norm(n)
                if k:
                    self._demonym_keys.setdefault(k, iso)
            if c.capital:
                self._seat_keys.setdefault(norm(c.capital), (iso, "GOV"))
            for n, sec in c.seats.items():
                self._seat_keys.setdefault(norm(n), (iso, sec))
                longest(norm(n))
            self._canonical.setdefault(norm(c.name), c.name)
        for oid, o in self.organisations.items():
            for n in [o.name, *o.aliases]:
                k = norm(n)
                if k and oid not in self._org_keys[k]:
                    self._org_keys[k].append(oid)
                    self._canonical.setdefault(k, o.name)
                    longest(k)
        # an imported person's surname alone is no key when it is a word that ends an
        # organisation's name or is a role word ("Movement", "Party", "Minister")
        self._weak_surnames.update(norm(o.name).split(" ")[-1] for o in self.organisations.values()
                                   if " " in norm(o.name) and not o.source.startswith("phoenix"))
        self._role_words = {w for phrase in self.roles for w in phrase.split(" ")}
        self._weak_surnames.update(self._role_words)
        family_first = set(load_patterns().get("first_word_alone") or [])
        given_names = self._given_name_counts(family_first)
        for pid, p in self.people.items():
            first_is_family = any(t.country in family_first for t in p.tenures)
            for n in [p.name, *p.aliases]:
                k = norm(n)
                if k and pid not in self._person_keys[k]:
                    self._person_keys[k].append(pid)
                    self._canonical.setdefault(k, p.name)
                    longest(k)
                    words = k.split(" ")
                    regnal = {t.lower() for t in n.split() if _ROMAN.fullmatch(t)}  # "VI", not "Xi"
                    last = [words[-1]] if given_names[words[-1]] < GIVEN_NAME_LIMIT else []
                    surnames = [w for w in last + ([words[0]] if first_is_family else [])
                                if w not in regnal and w not in self._role_words]
                    if p.priority:
                        surnames = [w for w in surnames if w not in self._weak_surnames]
                    for sur in surnames:
                        if len(words) > 1 and pid not in self._surname_keys[sur]:
                            self._surname_keys[sur].append(pid)
        self.max_name_tokens = min(self.max_name_tokens, 10)
        self._find_conflicts()

    def _find_conflicts(self) -> None:
        """Same name, different country/sector, overlapping dates, in different entries."""
        for key, pids in self._person_keys.items():
            if len(pids) < 2:
                continue
            tenures = [t for pid in pids for t in self.people[pid].tenures if t.sector]
            seen = set()
            for i, a in enumerate(tenures):
                for b in tenures[i + 1:]:
                    if a.person_id == b.person_id or (a.country, a.sector) == (b.country, b.sector):
                        continue
                    if _overlap(a, b):
                        pair = (key, a.person_id, b.person_id)
                        if pair in seen:
                            continue
                        seen.add(pair)
                        self.conflicts.append(
                            f"{key!r}: {a.person_id} {a.country}/{a.sector} ({a.source or 'kb'}) vs "
                            f"{b.person_id} {b.country}/{b.sector} ({b.source or 'kb'})")

    # ------------------------------------------------------------------ lookups
    def country_by_name(self, text: str) -> Optional[str]:
        """ISO3 for a country name, alias or demonym."""
        k = norm(text)
        return self._country_keys.get(k) or self._demonym_keys.get(k)

    def country_name(self, text: str) -> Optional[str]:
        return self._country_keys.get(norm(text))

    def demonym(self, text: str) -> Optional[str]:
        return self._demonym_keys.get(norm(text))

    def seat(self, text: str) -> Optional[tuple[str, str]]:
        """(iso3, sector) for a capital or seat of power."""
        return self._seat_keys.get(norm(text))

    def organisation(self, text: str) -> Optional[Organisation]:
        ids = self._org_keys.get(norm(text))
        return self.organisations[ids[0]] if ids else None

    def people_named(self, text: str, on: Optional[date] = None) -> list[Person]:
        """People whose full name or alias is ``text``; else whose surname it is.

        A surname alone is returned only when it is unique enough: one person, one person
        of the most trusted folder (no date given), or (given ``on``) one person holding a
        post on that date; an imported person only while holding a post on ``on``.
        """
        k = norm(text)
        ids = self._person_keys.get(k)
        if ids:
            return sorted((self.people[i] for i in ids), key=lambda p: p.priority)
        # an imported person (Phoenix, Wikidata) answers to a surname alone only while holding
        # a post on the date: "Goma" in 2022 is the city, not a prime minister of the 1970s
        ids = [i for i in self._surname_keys.get(k, [])
               if not self.people[i].priority or (on is not None and self.post_on(i, on) is not None)]
        if len(ids) == 1:
            return [self.people[ids[0]]]
        if len(ids) > 1 and on is None:  # no date: one person of the most trusted folder, if only one
            best = min(self.people[i].priority for i in ids)
            top = [self.people[i] for i in ids if self.people[i].priority == best]
            return top if len(top) == 1 else []
        if len(ids) > 1 and on is not None:
            holding = [self.people[i] for i in ids if self.post_on(i, on)]
            if len(holding) == 1:
                return holding
            best = min((p.priority for p in holding), default=None)
            top = [p for p in holding if p.priority == best]
            if len(top) == 1:
                return top
        return []

    def entries_named(self, text: str) -> list[tuple[str, object]]:
        """Everything the knowledge base holds under a name, for display: ``[(kind, entry)]``
        with kind ``person`` (every person of that full name, alias or surname),
        ``organisation``, ``country`` (name, alias, demonym or ISO3 code) or ``seat``
        (entry: ``(Country, sector)``)."""
        k = norm(text)
        out: list[tuple[str, object]] = []
        pids = list(self._person_keys.get(k, [])) or list(self._surname_keys.get(k, []))
        out += [("person", self.people[i]) for i in sorted(pids, key=lambda i: (self.people[i].priority, i))]
        out += [("organisation", self.organisations[i]) for i in self._org_keys.get(k, [])]
        iso = self._country_keys.get(k) or self._demonym_keys.get(k) or (text.strip().upper() if text.strip().upper() in self.countries else None)
        if iso:
            out.append(("country", self.countries[iso]))
        seat = self._seat_keys.get(k)
        if seat:
            out.append(("seat", (self.countries[seat[0]], seat[1])))
        return out

    def is_surname(self, text: str) -> bool:
        return norm(text) in self._surname_keys

    def _rank(self, t: Tenure) -> tuple:
        post = norm(t.post)
        senior = len(self._seniority)
        for i, s in enumerate(self._seniority):
            if s and s in post:
                senior = i
                break
        return (t.undated, senior, -(t.start.toordinal() if t.start else 0))

    def post_on(self, person_id: str, on: date) -> Optional[Tenure]:
        """The tenure valid on ``on``: dated tenures before undated defaults, most senior first."""
        p = self.people.get(person_id)
        if p is None:
            return None
        valid = [t for t in p.tenures if t.covers(on) and t.sector]
        if not valid:
            return None
        return min(valid, key=self._rank)

    def nearest_post(self, person_id: str, on: Optional[date]) -> Optional[Tenure]:
        """The latest tenure (or the one nearest ``on``) for someone with no post on a date."""
        p = self.people.get(person_id)
        if p is None or not p.tenures:
            return None
        if on is None:
            return max(p.tenures, key=lambda t: ((t.end or date.max), (t.start or date.min)))

        def dist(t: Tenure) -> int:
            if t.end and t.end < on:
                return on.toordinal() - t.end.toordinal()
            if t.start and t.start > on:
                return t.start.toordinal() - on.toordinal()
            return 0

        return min(p.tenures, key=lambda t: (dist(t), self._rank(t)))

    def holders(self, country: str, post: str, on: date) -> list[Tenure]:
        """Tenures of ``post`` (title as written in the knowledge base) in ``country`` on a date."""
        if not hasattr(self, "_post_index"):
            idx: dict[tuple, list[Tenure]] = defaultdict(list)
            for p in self.people.values():
                for t in p.tenures:
                    if t.country and t.post:
                        idx[(t.country, norm(t.post))].append(t)
            self._post_index = idx
        return [t for t in self._post_index.get((country, norm(post)), []) if not t.undated and t.covers(on)]

    def office_holders(self, country: str, office: str, on: date) -> list[Tenure]:
        """Tenures of an officials-table office (``HOS``, ``HOG``, ``HOSG``, ``FM``, ``DEF``,
        ``INT``, ``MIL``, ``INTEL``) in ``country`` on a date, whatever the post is called
        there: ``("IRL", "HOG")`` finds the Taoiseach, ``("DEU", "HOG")`` the Chancellor.
        ``HOG`` also returns a head of state who governs (``HOSG``)."""
        wanted = {office, "HOSG"} if office in ("HOG", "HOS") else {office}
        return [t for p in self.people.values() for t in p.tenures
                if t.country == country and t.office in wanted and not t.undated and t.covers(on)]

    def role(self, phrase: str) -> Optional[str]:
        """Sector of a role phrase ("army chief" -> MIL); plural forms are accepted."""
        r = self.role_entry(phrase)
        return r[0] if r else None

    def role_entry(self, phrase: str) -> Optional[tuple[Optional[str], str]]:
        k = norm(phrase)
        if k in self.roles:
            return self.roles[k]
        for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("men", "man")):
            if k.endswith(suf) and k[: -len(suf)] + rep in self.roles:
                return self.roles[k[: -len(suf)] + rep]
        return None

    def alias_resolver(self, name: str) -> str:
        """Canonical name for a known alias (people, organisations, countries); else ``name``."""
        if not name:
            return name
        return self._canonical.get(norm(name), name)

    def phrase_kind(self, key: str) -> list[tuple[str, object]]:
        """Everything a normalised phrase may be: [(kind, value)], most specific first."""
        out: list[tuple[str, object]] = []
        if key in self._person_keys:
            out.append(("person", self._person_keys[key]))
        if key in self._org_keys:
            out.append(("org", self._org_keys[key]))
        if key in self._seat_keys:
            out.append(("seat", self._seat_keys[key]))
        if key in self._country_keys:
            out.append(("country", self._country_keys[key]))
        if key in self._demonym_keys:
            out.append(("demonym", self._demonym_keys[key]))
        return out


def _overlap(a: Tenure, b: Tenure) -> bool:
    a0, a1 = a.start or date.min, a.end or date.max
    b0, b1 = b.start or date.min, b.end or date.max
    return a0 <= b1 and b0 <= a1
