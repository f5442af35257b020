"""Importers that turn outside actor dictionaries into knowledge-base CSV files.

- :func:`import_phoenix` reads CAMEO/Phoenix (TABARI/PETRARCH) ``.actors`` files and the
  agents file; it writes ``people_phoenix.csv``, ``organisations_phoenix.csv``,
  ``countries_phoenix.csv`` and ``roles_phoenix.csv`` in ``dest``.
- :func:`import_wikidata` (module :mod:`dragoman.actors.wikidata`) reads a JSON-lines
  Wikidata extract (one entity per line) and writes ``people_wikidata.csv``.

The files have the package's knowledge-base format, so ``KnowledgeBase.load(extra_dirs=
[dest])`` (or the default knowledge base, when ``dest`` is the user data dir) merges them.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Optional

import pycountry

from dragoman.actors.kb import load_patterns, norm

__all__ = ["ImportReport", "import_phoenix", "import_wikidata", "cameo_code", "parse_phoenix"]

PEOPLE_FIELDS = ["id", "name", "aliases", "post", "country", "sector", "start", "end", "source"]
ORG_FIELDS = ["id", "name", "aliases", "country", "sector", "kind", "source"]
COUNTRY_FIELDS = ["iso3", "name", "aliases", "demonyms", "capital", "seats", "source"]
ROLE_FIELDS = ["phrase", "sector", "kind", "notes"]


@dataclass
class ImportReport:
    """What an import read, wrote and left out (with reasons)."""

    files: list[str] = field(default_factory=list)
    lines: int = 0  # non-blank, non-comment lines
    entries: int = 0  # headwords
    synonyms: int = 0
    role_lines: int = 0
    agents: int = 0  # agent phrases (role phrases) read
    people: int = 0
    organisations: int = 0
    countries: int = 0
    roles: int = 0  # role phrases written (after expansion)
    tenures: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> lines left out
    dropped: Counter = field(default_factory=Counter)  # reason -> entries read but not written
    examples: dict[str, str] = field(default_factory=dict)  # reason -> first line
    unmapped_codes: Counter = field(default_factory=Counter)
    written: list[str] = field(default_factory=list)
    dest: str = ""  # the folder written to

    def skip(self, reason: str, line: str) -> None:
        self.skipped[reason] += 1
        self.examples.setdefault(reason, line.strip()[:120])

    @property
    def accounted(self) -> int:
        return self.entries + self.synonyms + self.role_lines + self.agents + sum(self.skipped.values())

    def summary(self) -> str:
        parts = [f"{len(self.files)} files, {self.lines} lines: {self.entries} entries, {self.synonyms} synonyms, "
                 f"{self.role_lines} role lines, {self.agents} agent phrases",
                 f"wrote {self.people} people ({self.tenures} tenures), {self.organisations} organisations, "
                 f"{self.countries} countries, {self.roles} role phrases"]
        if self.dropped:
            parts.append("entries not written: " + ", ".join(f"{r} {n}" for r, n in self.dropped.most_common()))
        if self.skipped:
            parts.append("skipped: " + ", ".join(f"{r} {n}" for r, n in self.skipped.most_common()))
        if self.dest:
            parts.append(f"written to {self.dest}")
        return "\n".join(parts)


# ------------------------------------------------------------------ CAMEO codes
def _iso3(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


def cameo_code(code: str) -> tuple[Optional[str], Optional[str], bool]:
    """Map a CAMEO actor code to (country ISO3, sector, mapped?).

    ``USAGOV`` -> ("USA", "GOV"), ``PAKMIL`` -> ("PAK", "MIL"), ``IGOUNO`` -> (None, "IGO"),
    ``AFGINS`` -> ("AFG", "INS"), ``USA`` -> ("USA", None).
    """
    pat = load_patterns()
    exc = pat["cameo_country_exceptions"]
    sectors = pat["cameo_sectors"]
    code = code.strip().lstrip("~").upper()
    head, rest = code[:3], code[3:]
    country: Optional[str] = None
    sector: Optional[str] = None
    mapped = True
    if head in exc:
        country, sector = exc[head]["country"], exc[head]["sector"]
    elif _iso3(head):
        country = head
    elif head in sectors:
        rest = code  # a bare sector code: [MED], [ELI]
    else:
        mapped = False
    if sector is None:
        for i in range(0, len(rest) - 2, 3):
            part = rest[i:i + 3]
            if part in sectors:
                sector = sectors[part]
                if sector is not None:
                    break
    return country, sector, mapped


#: Last day a dictionary without a "Generated at" line is taken to know about.
DEFAULT_VINTAGE = date(2015, 12, 31)


def _vintage(path: Path) -> date:
    """The day a dictionary file was generated ("# Generated at: Thu Jan 30 16:06:18 2014"), else
    :data:`DEFAULT_VINTAGE`: nothing in the file is known to hold after that day."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh):
            if n > 40 or not line.startswith("#"):
                break
            m = re.search(r"Generated at:\s*\w+\s+(\w{3})\s+(\d{1,2})\s+[\d:]+\s+(\d{4})", line)
            if m:
                try:
                    return datetime.strptime(" ".join(m.groups()), "%b %d %Y").date()
                except ValueError:
                    break
    return DEFAULT_VINTAGE


def _yy(value: str, vintage: date = DEFAULT_VINTAGE) -> Optional[str]:
    """YYMMDD or YYYYMMDD -> ISO date. A 2-digit year is 20YY unless that falls after the
    dictionary's vintage (a birth year such as 260101 in a file of 2014), then 19YY."""
    v = value.strip()
    if len(v) == 6 and v.isdigit():
        yy = int(v[:2])
        y = 2000 + yy if 2000 + yy <= vintage.year else 1900 + yy
        m, d = int(v[2:4]), int(v[4:6])
    elif len(v) == 8 and v.isdigit():
        y, m, d = int(v[:4]), int(v[4:6]), int(v[6:8])
    else:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


_ROLE = re.compile(r"^\[\s*([~A-Za-z]{3,})\s*([<>]?\s*\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]")


def _parse_role(text: str, vintage: date = DEFAULT_VINTAGE) -> Optional[tuple[str, Optional[str], Optional[str]]]:
    """'[USAGOV 090121-130201]' -> ('USAGOV', '2009-01-21', '2013-02-01'); None if malformed.

    An open-ended ``[CODE >YYMMDD]`` ends at the dictionary's ``vintage``: the file does not
    know whether the post was still held later, so it claims nothing after that day."""
    m = _ROLE.match(text.strip())
    if not m:
        return None
    code, first, second = m.group(1), m.group(2), m.group(3)
    start = end = None
    if first:
        first = first.replace(" ", "")
        if first.startswith(">"):
            start = _yy(first[1:], vintage)
            if start is None:
                return None
            end = max(start, vintage.isoformat())
        elif first.startswith("<"):
            end = _yy(first[1:], vintage)
            if end is None:
                return None
        else:
            start = _yy(first, vintage)
            end = _yy(second, vintage) if second else None
            if start is None or (second and end is None) or not second:
                return None
            if end < start:  # a planned end after the vintage: 20YY after all
                end = _yy(second, date(2099, 12, 31))
    return code, start, end


def _title(word: str) -> str:
    """'HILLARY_CLINTON_' -> 'Hillary Clinton'; keeps short all-caps acronyms."""
    w = word.strip().strip("_").replace("_", " ")
    w = re.sub(r"\s+", " ", w).strip()
    out = []
    small = {"of", "the", "and", "for", "de", "del", "la", "al", "el", "e", "i", "y", "in", "on", "bin", "ibn", "van", "von", "da", "do", "dos"}
    for i, tok in enumerate(w.split(" ")):
        if i and tok.lower() in small:
            out.append(tok.lower())
        elif len(tok) <= 5 and tok.isalpha() and tok.isupper() and not any(c in "AEIOUY" for c in tok):
            out.append(tok)  # acronyms without vowels (TTP, NWFP) stay
        elif i and re.fullmatch(r"[IVX]{1,5}", tok):
            out.append(tok)  # regnal numbers: Mohamed VI
        elif tok.isupper() or tok.islower():
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in tok.split("-")))
        else:
            out.append(tok)
    return " ".join(out)


@dataclass
class _Entry:
    head: str
    code: Optional[str] = None
    synonyms: list[str] = field(default_factory=list)
    roles: list[tuple[str, Optional[str], Optional[str]]] = field(default_factory=list)
    file: str = ""
    vintage: date = DEFAULT_VINTAGE  # the file's "Generated at" day


def _strip_comment(line: str) -> str:
    i = line.find("#")
    return line if i < 0 else line[:i]


def parse_phoenix(path: Path, report: ImportReport) -> list[_Entry]:
    """Parse one .actors file into entries (headword, inline code, synonyms, role lines)."""
    entries: list[_Entry] = []
    cur: Optional[_Entry] = None
    vintage = _vintage(path)
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            report.lines += 1
            body = _strip_comment(raw).rstrip()
            if not body.strip():
                report.skip("comment only", raw)
                continue
            if body[:1] in " \t" and body.strip().startswith("["):
                if cur is None:
                    report.skip("role line without headword", raw)
                    continue
                role = _parse_role(body, vintage)
                if role is None:
                    report.skip("malformed role line", raw)
                    continue
                report.role_lines += 1
                cur.roles.append(role)
                continue
            text = body.strip()
            if text.startswith("+"):
                if cur is None:
                    report.skip("synonym without headword", raw)
                    continue
                syn = text[1:].split("[")[0].strip()
                if not syn:
                    report.skip("empty synonym", raw)
                    continue
                report.synonyms += 1
                cur.synonyms.append(syn)
                continue
            if text.startswith("["):
                report.skip("role line not indented", raw)
                continue
            # headword line, optional inline code
            head, _, rest = text.partition("[")
            head = head.strip()
            if not head or " " in head.strip():
                # a headword is one underscore-joined token
                if head and re.fullmatch(r"[^\s]+(\s+[^\s]+)+", head):
                    head = head.replace(" ", "_")
                else:
                    report.skip("malformed headword", raw)
                    continue
            cur = _Entry(head, file=path.name, vintage=vintage)
            if rest:
                role = _parse_role("[" + rest, vintage)
                if role is None:
                    report.dropped["malformed inline code"] += 1
                    report.examples.setdefault("malformed inline code", raw.strip()[:120])
                else:
                    cur.code = role[0]
                    if role[1] or role[2]:
                        cur.roles.append(role)
            report.entries += 1
            entries.append(cur)
    return entries


def _parse_agents(path: Path, report: ImportReport) -> list[tuple[str, str, str]]:
    """Agents file -> [(phrase, cameo_code, plural-or-'')]; substitution sets expanded."""
    subs: dict[str, list[str]] = {}
    out: list[tuple[str, str, str]] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            report.lines += 1
            body = _strip_comment(raw).strip()
            m = re.match(r"^!(\w+)!\s*=\s*(.+)$", body)
            if m:
                subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
                report.agents += 1
                continue
            m = re.match(r"^(.+?)\s*(\{[^}]*\})?\s*\[\s*~?([A-Za-z]+)\s*\]\s*$", body)
            if not m:
                report.skip("malformed agent line", raw)
                continue
            phrase, plural, code = m.group(1).strip(), (m.group(2) or "").strip("{}"), m.group(3)
            report.agents += 1
            variants = [phrase]
            for name, words in subs.items():
                tag = f"!{name}!"
                variants = [v.replace(tag, w, 1) for v in variants for w in (words if tag in v else [None]) if w] \
                    if any(tag in v for v in variants) else variants
            for v in variants:
                out.append((v, code, plural))
    return out


def _write(path: Path, fields: list[str], rows: Iterable[dict], report: ImportReport) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for r in rows:
            w.writerow(r)
            n += 1
    report.written.append(str(path))
    return n


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(text)).strip("-")


class _ComposedNames:
    """Tells a dictionary entry the resolver builds from parts ("US Secretary of Defense",
    "Pakistani military": country + role phrase) or already knows (a country name) from a
    name of its own. Such entries are left out: as fixed names they would shadow the
    resolver's dated reading (the role's holder on the day) with an undated one."""

    def __init__(self, agent_phrases: Iterable[str]) -> None:
        from dragoman.actors.kb import KnowledgeBase
        from dragoman.data_files import data_path

        self.kb = KnowledgeBase.load(data_path("kb"))
        self.agents = set(agent_phrases)

    def _role(self, key: str) -> bool:
        return key in self.agents or self.kb.role_entry(key) is not None

    def country(self, name: str) -> bool:
        """A country, or a body of state the hand-written tables know ("Palestinian
        Authority"): either way not a person, whatever dated codes the entry has."""
        return self.kb.country_name(name) is not None or self.kb.organisation(name) is not None

    def composed(self, name: str) -> bool:
        key = norm(name)
        if self._role(key):
            return True
        words = key.split(" ")
        for i in range(1, len(words)):
            head = " ".join(words[:i]).removesuffix("'s")
            if self.kb.country_by_name(head) and self._role(" ".join(words[i:])):
                return True
        return False


def english_word_forms() -> set[str]:
    """English adjectives, verbs and adverbs: the WordNet index that the pipeline's spaCy
    lemmatizer carries. A capitalised one of these ("Young", "Prime", "White") is far more
    often a sentence's word than a person's surname."""
    from dragoman.nlp import english_words

    return set(english_words("adj", "verb", "adv"))


#: Written beside the imported people: name words that are not a key alone (see kb.py).
WEAK_SURNAMES_FILE = "surnames_not_alone.txt"


def _drop(report: ImportReport, reason: str, head: str) -> None:
    report.dropped[reason] += 1
    report.examples.setdefault(reason, head)


def import_phoenix(dir_or_file: str | Path, dest: str | Path | None = None) -> ImportReport:
    """Import CAMEO/Phoenix actor dictionaries (and an agents file) into ``dest`` (default:
    the user data dir, :func:`~dragoman.actors.kb.user_kb_dir`, which the default knowledge
    base reads).

    An entry with role lines is a person (one tenure per role line; an undated ``[CODE]``
    is the default that applies when no dated line does); an entry with only an inline
    code is an organisation, or a country name when the code is a bare country code.
    Left out, with the count in the report: people named by one word (a first name or a
    regnal name alone: "Abdullah", "Hussein"), entries named like a country, and
    organisations that are a role phrase or a country plus a role phrase.
    Raises FileNotFoundError when ``dir_or_file`` does not exist.
    """
    from dragoman.actors.kb import user_kb_dir

    src = Path(dir_or_file)
    if not src.exists():
        raise FileNotFoundError(f"{src}: no such file or folder")
    dest = Path(dest) if dest else user_kb_dir()
    report = ImportReport(dest=str(dest))
    files = sorted(src.glob("*.txt")) if src.is_dir() else [src]
    files = [f for f in files if f.name.lower() not in ("readme.txt", "license.txt")]
    files.sort(key=lambda f: "agent" not in f.name.lower())  # agents first: their phrases filter names
    people: list[dict] = []
    orgs: list[dict] = []
    countries: dict[str, set[str]] = {}
    roles: list[dict] = []
    seen_people: set[str] = set()
    seen_orgs: set[str] = set()
    names: Optional[_ComposedNames] = None
    for f in files:
        report.files.append(str(f))
        if "agent" in f.name.lower():
            seen_roles: set[str] = set()
            for phrase, code, plural in _parse_agents(f, report):
                sector = cameo_code(code)[1]
                for ph in [phrase] + ([plural] if plural else []):
                    k = norm(ph)
                    if not k or k in seen_roles:
                        continue
                    seen_roles.add(k)
                    roles.append({"phrase": k, "sector": sector or "", "kind": "agent",
                                  "notes": f"phoenix {code}"})
            continue
        if names is None:
            names = _ComposedNames(r["phrase"] for r in roles)
            words = english_word_forms()
        for e in parse_phoenix(f, report):
            name = _title(e.head)
            aliases = sorted({_title(s) for s in e.synonyms if _title(s) and _title(s) != name})
            source = f"phoenix {f.name}"
            dated = any(r[1] or r[2] for r in e.roles)
            if not e.code and len(e.roles) == 1 and not dated:
                e.code = e.roles[0][0]  # one undated code: an organisation or country, not a person
            if (dated or len({r[0] for r in e.roles}) > 1) and names.country(name):
                _drop(report, "country or known organisation with dated codes (the tables have it)", e.head)
            elif dated or len({r[0] for r in e.roles}) > 1:
                if " " not in name:
                    _drop(report, "person named by one word", e.head)
                    continue
                pid = "phx:" + _slug(e.head)
                if pid in seen_people:
                    pid = f"{pid}-{len(seen_people)}"
                seen_people.add(pid)
                report.people += 1
                for code, start, end in e.roles:
                    country, sector, ok = cameo_code(code)
                    if not ok:
                        report.unmapped_codes[code[:3]] += 1
                    report.tenures += 1
                    if not (start or end):  # the default role holds until the file was made, no later
                        end = e.vintage.isoformat()
                        code_post = f"CAMEO {code} (default)"
                    else:
                        code_post = f"CAMEO {code}"
                    people.append({"id": pid, "name": name, "aliases": "|".join(aliases), "post": code_post,
                                   "country": country or "", "sector": sector or "",
                                   "start": start or "", "end": end or "", "source": source})
            elif e.code:
                country, sector, ok = cameo_code(e.code)
                if not ok:
                    report.unmapped_codes[e.code[:3]] += 1
                if len(e.code) == 3 and country and sector is None:
                    countries.setdefault(country, set()).update([name, *aliases])
                    continue
                if names.composed(name):
                    _drop(report, "organisation named by a (country +) role phrase", e.head)
                    continue
                if " " not in name and name.lower() in words:
                    _drop(report, "organisation named by one English word", e.head)
                    continue
                oid = "phx:" + _slug(e.head)
                if oid in seen_orgs:
                    continue
                seen_orgs.add(oid)
                kind = "igo" if sector == "IGO" else "armed_group" if sector == "INS" else \
                    "media" if sector == "MED" else "state_body" if country else "other"
                orgs.append({"id": oid, "name": name, "aliases": "|".join(a for a in aliases if not names.composed(a)),
                             "country": country or "", "sector": sector or "", "kind": kind, "source": source})
            else:
                _drop(report, "entry without code", e.head)
    report.organisations = len(orgs)
    report.countries = len(countries)
    if people:
        _write(dest / "people_phoenix.csv", PEOPLE_FIELDS, people, report)
        weak = sorted({w for r in people for n in [r["name"], *r["aliases"].split("|")] if " " in n.strip()
                       for w in (norm(n).split(" ")[0], norm(n).split(" ")[-1]) if w in words})
        dest.mkdir(parents=True, exist_ok=True)
        (dest / WEAK_SURNAMES_FILE).write_text("".join(w + "\n" for w in weak), encoding="utf-8")
        report.written.append(str(dest / WEAK_SURNAMES_FILE))
    if orgs:
        _write(dest / "organisations_phoenix.csv", ORG_FIELDS, orgs, report)
    if countries:
        rows = []
        for iso, cnames in sorted(countries.items()):
            c = pycountry.countries.get(alpha_3=iso)
            rows.append({"iso3": iso, "name": c.name if c else iso, "aliases": "|".join(sorted(cnames)),
                         "demonyms": "", "capital": "", "seats": "", "source": "phoenix"})
        _write(dest / "countries_phoenix.csv", COUNTRY_FIELDS, rows, report)
    if roles:
        report.roles = _write(dest / "roles_phoenix.csv", ROLE_FIELDS, roles, report)
    return report


# The Wikidata importer lives in its own module; it is re-exported here.
from dragoman.actors.wikidata import import_wikidata  # noqa: E402
