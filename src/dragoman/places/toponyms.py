"""Toponym resolution in context.

``resolve_places`` finds place mentions in a spaCy Doc (GPE/LOC/FAC entities plus
multi-word gazetteer names and "X agency/district/province" phrases the NER misses)
and resolves each against the gazetteer using the rest of the document as evidence.
The place of an event's clause is :mod:`dragoman.places.clause_places`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from dragoman.models import Place
from dragoman.doc_index import entities, entities_covering
from dragoman.places.admin_lists import compass_part_spans, without_foreign_list_members
from dragoman.places.gazetteer import Entry, Gazetteer, distance_deg, norm as _gazetteer_norm
from dragoman.places.spellings import not_a_place_spelling

# the gazetteer's key of a name, kept: a long document asks again for every repeated word
norm = lru_cache(maxsize=1 << 17)(_gazetteer_norm)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# descriptor word after a name -> the features it asks for
DESCRIPTORS = {
    "agency": {"district"}, "district": {"district"}, "tribal": {"district", "region"},
    "province": {"province", "region"}, "region": {"province", "region", "district"},
    "state": {"province"}, "governorate": {"province"}, "oblast": {"province"},
    "valley": {"district", "region"}, "city": {"city"}, "town": {"city"},
}
LOCATIVE_PREPS = {"in", "at", "near", "from", "to", "into", "inside", "outside", "around", "across",
                  "along", "throughout", "within", "towards", "toward", "off", "nearby", "through", "opposite",
                  "beyond", "via"}
# verbs whose direct object is where the event happened
PLACE_OBJECT_VERBS = {"visit", "tour", "reach", "enter", "bomb", "shell", "raid", "invade", "storm",
                      "overrun", "capture", "strike", "hit", "attack", "occupy", "leave", "arrive"}
SPEECH_VERBS = {"say", "tell", "add", "state", "note", "insist", "claim", "argue", "warn", "write",
                "ask", "urge", "reply", "declare", "announce", "remark", "think", "believe"}
PERSON_TITLES = {"mr", "mrs", "ms", "miss", "dr", "president", "secretary", "senator", "sen",
                 "minister", "gen", "general", "governor", "gov", "rep", "ambassador", "prime",
                 "chairman", "king", "queen", "prince", "sheikh", "mullah", "maulana", "col", "lt",
                 "colonel", "captain", "capt", "admiral", "judge", "justice", "mayor", "premier"}
DEMONYM_SUFFIXES = ("ian", "ean", "an", "ese", "ish", "i", "n", "ic", "er")
# a city of at least this many people, named after a locative preposition, is a place
# even when the NER took it for an organisation ("demonstrated in Tubingen")
MISLABELLED_CITY_MIN = 50_000
# prepositions after which a town the NER took for a person is still a town
PERSON_PLACE_PREPS = {"in", "at", "near", "outside"}
# words between a name and the parenthesised list of its larger places
LIST_DESCRIPTORS = {"village", "town", "township", "city", "area", "district", "municipality", "county",
                    "camp", "locality", "commune", "sub-district", "subdistrict", "ward", "upazila"}
# lower-case particles inside a place name ("Cabo de Santo Agostinho", "Nur ash Shams")
# capitalised words beside a place name that do not make it part of a longer name
NAME_NEIGHBOURS = {"oblast", "province", "governorate", "prefecture", "state", "region", "county", "city",
                   "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "lake", "river", "island", "islands", "strip", "bank", "valley", "airport"}
DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"}
NAME_PARTICLES = {"de", "do", "da", "das", "dos", "del", "la", "el", "al", "ash", "as", "ad", "an", "ar", "at",
                  "az", "di", "du", "le", "los", "las"}


@dataclass
class _Mention:
    start: int  # token indices
    end: int
    text: str
    label: str
    descriptor: Optional[str] = None
    cands: list[tuple[Entry, bool]] = field(default_factory=list)
    evidence: list[float] = field(default_factory=list)
    anchor: Optional[Entry] = None


def _province_keys(c: Entry) -> set[str]:
    """The province names a reading ``c`` shares evidence with: its own province (for a
    place below a country) and, for a province or region, its own name."""
    keys = set()
    if c.feature != "country" and c.admin1:
        keys.add(norm(c.admin1))
    if c.feature in ("province", "region"):
        keys.add(norm(c.name))
    return keys


class _AnchorCounts:
    """Counts over a set of anchored mentions: countries, country-level anchors, and the
    places below a country by country and by (country, province)."""

    def __init__(self) -> None:
        self.countries: dict[str, int] = {}
        self.country_level: dict[Optional[str], int] = {}
        self.places: dict[Optional[str], dict[str, int]] = {}
        self.provinces: dict[tuple[Optional[str], str], dict[str, int]] = {}

    def add(self, a: Entry) -> None:
        if a.country:
            self.countries[a.country] = self.countries.get(a.country, 0) + 1
        if a.feature == "country":
            self.country_level[a.country] = self.country_level.get(a.country, 0) + 1
            return
        name = norm(a.name)
        per = self.places.setdefault(a.country, {})
        per[name] = per.get(name, 0) + 1
        if a.admin1:
            per = self.provinces.setdefault((a.country, norm(a.admin1)), {})
            per[name] = per.get(name, 0) + 1


def _left(total: dict, minus: dict) -> int:
    """How many keys of ``total`` keep a count above zero once ``minus`` (a part of it) is taken."""
    return len(total) - sum(1 for k, n in minus.items() if total.get(k) == n)


class _AnchorIndex:
    """The anchors of a document's mentions, counted once over all mentions and once per
    mention name, so that the evidence for one mention (from every other mention but those
    of the same name) is a subtraction, not a walk over all mentions."""

    def __init__(self, ms: list[_Mention]) -> None:
        self.total = _AnchorCounts()
        self.by_name: dict[str, _AnchorCounts] = {}
        for o in ms:
            if o.anchor is not None:
                self.total.add(o.anchor)
                self.by_name.setdefault(norm(o.text), _AnchorCounts()).add(o.anchor)

    def without(self, name: str) -> "_AnchorView":
        return _AnchorView(self.total, self.by_name.get(name, _AnchorCounts()))


@dataclass
class _AnchorView:
    """All anchors but the ``excluded`` ones."""

    total: _AnchorCounts
    excluded: _AnchorCounts

    def countries_other_than(self, country: Optional[str]) -> int:
        """Distinct countries, other than ``country``, that the anchors lie in."""
        n = _left(self.total.countries, self.excluded.countries)
        left_here = self.total.countries.get(country, 0) - self.excluded.countries.get(country, 0)
        return n - (1 if country and left_here > 0 else 0)

    def names_country(self, country: Optional[str]) -> bool:
        """Some anchor is ``country`` itself."""
        return self.total.country_level.get(country, 0) > self.excluded.country_level.get(country, 0)

    def places_in(self, country: Optional[str]) -> int:
        """Distinct places below a country that lie in ``country``."""
        return _left(self.total.places.get(country, {}), self.excluded.places.get(country, {}))

    def places_in_provinces(self, country: Optional[str], provinces: set[str]) -> int:
        """Distinct places of ``country`` that lie in one of ``provinces``."""
        if len(provinces) == 1:
            key = (country, next(iter(provinces)))
            return _left(self.total.provinces.get(key, {}), self.excluded.provinces.get(key, {}))
        left = set()
        for p in provinces:
            total = self.total.provinces.get((country, p), {})
            excluded = self.excluded.provinces.get((country, p), {})
            left.update(k for k, n in total.items() if n > excluded.get(k, 0))
        return len(left)


def _same_place(a: Entry, b: Entry) -> bool:
    if a is b or (a.geonames_id and a.geonames_id == b.geonames_id):
        return True
    if a.country != b.country or a.country is None:
        return False
    d = distance_deg(a, b)
    if d is None:
        return norm(a.name) == norm(b.name) or "country" in (a.feature, b.feature)
    return d < 1.5


def _clusters(cands: list[Entry]) -> list[list[Entry]]:
    out: list[list[Entry]] = []
    for c in cands:
        for cl in out:
            if _same_place(cl[0], c):
                cl.append(c)
                break
        else:
            out.append([c])
    return out


class _Resolver:
    def __init__(self, sdoc, doc_countries, gazetteer: Gazetteer, exclude: set[int]):
        self.doc = sdoc
        self.g = gazetteer
        self.exclude = exclude
        self.doc_countries = [c for c in (doc_countries or []) if c]
        self.multi = self._multiword_keys()
        self.country_keys = self._country_keys()
        self.surnames = set()
        self.person_tokens = set()
        for ent in entities(sdoc):
            if ent.label_ == "PERSON":
                self.person_tokens.update(range(ent.start, ent.end))
                words = [t for t in ent if t.is_alpha]
                if norm(ent.text) in self.multi or (words and words[-1].lower_ in DESCRIPTORS):
                    continue  # "Kurram Agency" tagged PERSON: a place, not a surname
                if len(words) >= 2:
                    self.surnames.add(norm(words[-1].text))
                    self.surnames.add(norm(ent.text))

    # ------------------------------------------------------------ mentions
    def _multiword_keys(self) -> set[str]:
        cache = getattr(self.g, "_multiword_cache", None)
        if cache is None:
            cache = set()
            for k, lst in self.g.index.items():
                if " " not in k:
                    continue
                for i, _ in lst:
                    e = self.g.entries[i]
                    if e.feature != "city" or "supplement" in e.source or "csv" in e.source:
                        cache.add(k)
                        break
            self.g._multiword_cache = cache
        return cache

    def _country_keys(self) -> frozenset[str]:
        """The normalised names and aliases of the gazetteer's countries (built once per gazetteer)."""
        cache = getattr(self.g, "_country_key_cache", None)
        if cache is None:
            countries = [e for e in self.g.entries if e.feature == "country"]
            cache = frozenset({norm(e.name) for e in countries} | {norm(a) for e in countries for a in e.aliases})
            self.g._country_key_cache = cache
        return cache

    def mentions(self) -> list[_Mention]:
        doc = self.doc
        found: list[_Mention] = []
        taken: set[int] = set()
        # 1. gazetteer phrases (multi-word names, "X agency" and the like)
        i = 0
        n = len(doc)
        while i < n:
            t = doc[i]
            if t.lower_ == "the" or not (t.text[:1].isupper() and (t.is_alpha or "-" in t.text)):
                i += 1
                continue
            best = None
            for j in range(min(n, i + 6), i + 1, -1):
                span = doc[i:j]
                if not span[-1].text[:1].isalnum():
                    continue
                key = norm(span.text)
                if key in self.multi:
                    # a known phrase that goes on into a longer known name ("San Pedro" of
                    # "San Pedro Sula") is the longer name
                    while j < min(n, i + 6) and doc[j].pos_ == "PROPN" and self.g.entries_for(doc[i:j + 1].text):
                        j += 1
                    best = (j, None)
                    break
            if best is None and i + 1 < n and t.pos_ == "PROPN":
                d = doc[i + 1].lower_
                if d in DESCRIPTORS and (not doc[i + 1].text[:1].isupper() or d in ("agency", "district")):
                    want = DESCRIPTORS[d]
                    if any(e.feature in want for e, _ in self.g.entries_for(t.text)):
                        j = i + 2
                        if d == "tribal" and j < n and doc[j].lower_ in ("region", "area", "district", "agency",
                                                                         "areas"):
                            j += 1
                        best = (j, d)
            if best is not None:
                j, d = best
                span = doc[i:j]
                inside_person = any(
                    e.label_ in ("PERSON", "ORG") and (e.end - e.start) > (j - i) for e in entities_covering(doc, i, j))
                if not inside_person:
                    found.append(_Mention(i, j, span.text, "GAZ", descriptor=d))
                    taken.update(range(i, j))
                    i = j
                    continue
            i += 1
        # 2. NER entities
        for ent in entities(doc):
            if ent.label_ not in PLACE_LABELS and not self._mislabelled_place(ent):
                continue
            s, e = ent.start, ent.end
            while s < e and doc[s].lower_ == "the":
                s += 1
            while e > s and doc[e - 1].is_punct:
                e -= 1
            if s >= e or any(k in taken for k in range(s, e)):
                continue
            d = None
            if e < n and doc[e].lower_ in DESCRIPTORS and not doc[e].text[:1].isupper():
                d = doc[e].lower_
            commas = [k for k in range(s, e) if doc[k].text == ","]
            if commas:  # "Tsupivka, Kharkiv" as one entity: each part is a name of its own
                for a, b in zip([s] + [k + 1 for k in commas], commas + [e]):
                    if a < b:
                        found.append(_Mention(a, b, doc[a:b].text, ent.label_, descriptor=d if b == e else None))
                continue
            label = "GAZ" if ent.label_ == "PERSON" else ent.label_  # (a person only by the NER's word)
            found.append(_Mention(s, e, doc[s:e].text, label, descriptor=d))
        # 3. a proper noun outside any entity that is exactly the name of a country,
        # province or district ("Floods hit Punjab", missed by the NER)
        in_ent = {k for ent in entities(doc) for k in range(ent.start, ent.end)}
        covered = taken | {k for m in found for k in range(m.start, m.end)}
        for t in doc:
            if t.i in in_ent or t.i in covered or t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.is_alpha:
                continue
            exact = [e for e, alias in self.g.entries_for(t.text) if not alias]
            if any(e.feature in ("country", "province", "region", "district") for e in exact):
                found.append(_Mention(t.i, t.i + 1, t.text, "GAZ"))
                covered.add(t.i)
        for k in compass_part_spans(doc, self.g):  # "Shan-North state", even inside a PERSON entity
            if k not in covered and k not in taken:
                found.append(_Mention(k, k + 1, doc[k].text, "GAZ"))
                covered.add(k)
        # 4. a run of proper nouns outside any entity, after a locative preposition, that is
        # a known name of any kind ("in Fortaleza (Ceara)", missed by the NER)
        for t in doc:
            if t.i in in_ent or t.i in covered or t.lower_ not in LOCATIVE_PREPS or t.i + 1 >= n:
                continue
            j = t.i + 1
            while j < n and j - t.i <= 5 and j not in in_ent and j not in covered and (
                    (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].is_alpha)
                    or (doc[j].lower_ in NAME_PARTICLES and j > t.i + 1)):
                j += 1
            while j > t.i + 1 and doc[j - 1].lower_ in NAME_PARTICLES:
                j -= 1
            for k in range(j, t.i + 1, -1):  # the longest known name from the preposition on
                if self.g.entries_for(doc[t.i + 1:k].text):
                    found.append(_Mention(t.i + 1, k, doc[t.i + 1:k].text, "GAZ"))
                    covered.update(range(t.i + 1, k))
                    break
        found.sort(key=lambda m: m.start)
        return [m for m in found if not self._rejected(m) and not self._part_of_longer_name(m)]

    def _part_of_longer_name(self, m: _Mention) -> bool:
        return part_of_longer_name(self.doc, m.start, m.end, self.g)

    def _mislabelled_place(self, ent) -> bool:
        """A NORP or ORG entity that is plainly a place name: "Punjab" (NORP) as a
        province, "in Hyderabad" (ORG) after a locative preposition."""
        if ent.label_ == "PERSON":
            return self._town_taken_for_a_person(ent)
        if ent.label_ not in ("NORP", "ORG"):
            return False
        known = self.g.entries_for(ent.text)
        exact = [e for e, alias in known if not alias]
        if ent.label_ == "NORP":
            return any(e.feature in ("country", "province", "region", "district") for e in exact)
        # after a locative preposition a secondary spelling counts too ("at Mykolaiv")
        exact = [e for e, _ in known]
        if not exact:
            return False
        root = ent.root
        return (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS and len(ent) <= 3
                and any(e.feature != "city" or e.population >= MISLABELLED_CITY_MIN or e.capital for e in exact))

    def _town_taken_for_a_person(self, ent) -> bool:
        """A one-word PERSON entity right after "in", "at" or "near" that the gazetteer
        knows as a province or a city of ``MISLABELLED_CITY_MIN`` people ("raided a
        market in Gao", "protesters in Kericho"), and that is no surname of a person the
        document names in full."""
        if len(ent) != 1 or ent.root.dep_ != "pobj" or ent.root.head.lower_ not in PERSON_PLACE_PREPS:
            return False
        if norm(ent.text) in self.surnames or not ent.text[:1].isupper() or ent.text.isupper():
            return False
        return any(e.feature in ("province", "region", "district") or e.population >= MISLABELLED_CITY_MIN
                   for e, _ in self.g.entries_for(ent.text))

    def _rejected(self, m: _Mention) -> bool:
        doc = self.doc
        if any(k in self.exclude for k in range(m.start, m.end)):
            return True
        key = norm(m.text)
        if not key:
            return True
        if m.label != "GAZ" and any(k in self.person_tokens for k in range(m.start, m.end)):
            return True
        if key in self.surnames and not (m.label == "GAZ" and key in self.multi):
            return True
        prev = doc[m.start - 1] if m.start > 0 else None
        if prev is not None and norm(prev.text) in PERSON_TITLES and prev.text[:1].isupper():
            return True
        m.cands = self._candidates(m)
        if not_a_place_spelling(doc, m.start, m.end):
            return True  # "U To village": a letter, no town of Micronesia
        exact = [e for e, alias in m.cands if not alias]
        if not exact and self._looks_demonym(key):
            return True
        if m.end - m.start == 1 and m.label != "GAZ":
            head = doc[m.start]
            if head.dep_ == "nsubj" and head.head.lemma_ in SPEECH_VERBS:
                strong = [e for e, _ in m.cands if e.feature != "city" or e.capital or e.population >= 1_000_000
                          or e.country in self.doc_countries]
                if not strong:
                    return True  # "Clinton said": a person, not a small town of that name
        return False

    def _looks_demonym(self, key: str) -> bool:
        if " " in key:
            return False
        if key.endswith("s") and len(key) > 4 and self._looks_demonym(key[:-1]):
            return True  # "Pakistanis"
        for suf in DEMONYM_SUFFIXES:
            if key.endswith(suf):
                stem = key[: -len(suf)]
                if len(stem) >= 3 and any(c.startswith(stem) for c in self.country_keys):
                    return True
        return False

    def _candidates(self, m: _Mention) -> list[tuple[Entry, bool]]:
        text = m.text
        cands = self.g.entries_for(text)
        words = text.split()
        if not cands and len(words) > 1 and words[-1].lower() in set(DESCRIPTORS) | {"area", "areas"}:
            # "Kurram agency", "Washington state": the name without its descriptor words
            k = len(words) - 1
            while k > 1 and words[k - 1].lower() in DESCRIPTORS:
                k -= 1
            cands = self.g.entries_for(" ".join(words[:k]))
        if m.descriptor:
            want = DESCRIPTORS.get(m.descriptor, set())
            if any(e.feature in want for e, _ in cands):
                # keep the asked-for level first; other readings stay as alternatives
                cands = sorted(cands, key=lambda p: p[0].feature not in want)
        return cands

    # ------------------------------------------------------------ resolution
    def resolve(self) -> list[Place]:
        ms = self.mentions()
        for m in ms:
            entries = [e for e, _ in m.cands]
            if not entries:
                continue
            clusters = _clusters(entries)
            if len(clusters) == 1:
                m.anchor = entries[0]
            else:
                top = clusters[0][0]
                rival = max(c[0].importance() for c in clusters[1:])
                if top.importance() >= 10 * rival:
                    m.anchor = top
        self.anchors = _AnchorIndex(ms)
        out = []
        for idx, m in enumerate(ms):
            span = self.doc[m.start:m.end]
            if not m.cands:
                continue  # not in the gazetteer: often a person or group the NER took for a place
            entry, ambiguous = self._choose(idx, m, ms)
            out.append(entry.place(raw=m.text, start=span.start_char, end=span.end_char, ambiguous=ambiguous,
                                   as_written=True))
        return out

    def _evidence(self, idx: int, m: _Mention, c: Entry, ms: list[_Mention]) -> float:
        ev = 0.0
        if self.doc_countries:
            if c.country == self.doc_countries[0]:
                ev += 2
            elif c.country in self.doc_countries:
                ev += 1
        # what the other mentions' anchors say (all but those of this same name)
        others = self.anchors.without(norm(m.text))
        foreign = others.countries_other_than(c.country)
        ev += others.places_in(c.country) + others.places_in_provinces(c.country, _province_keys(c))
        if c.feature == "country":
            ev += 0.5 * foreign
        else:
            if others.names_country(c.country):
                ev += 0.5
            if c.capital or c.population >= 1_000_000:
                ev += 0.5 * foreign
        if m.descriptor and c.feature in DESCRIPTORS.get(m.descriptor, set()):
            ev += 3
        # "Seattle, Washington": a place followed by its state or country
        doc = self.doc
        if idx > 0 and m.start >= 2 and doc[m.start - 1].text == "," and ms[idx - 1].end == m.start - 1:
            prev = ms[idx - 1].anchor
            if prev is not None and c.feature in ("province", "region", "country"):
                if prev.country == c.country and (c.feature == "country" or
                                                   (prev.admin1 and norm(prev.admin1) == norm(c.name))):
                    ev += 3
        ev += self._admin_list_evidence(idx, m, c, ms)
        if idx + 1 < len(ms) and m.end < len(doc) and doc[m.end].text == "," and ms[idx + 1].start == m.end + 1:
            for nxt, _ in ms[idx + 1].cands:
                if nxt.feature in ("province", "region") and c.admin1 and nxt.country == c.country \
                        and norm(nxt.name) == norm(c.admin1):
                    ev += 3
                    break
        return ev

    def _admin_list_evidence(self, idx: int, m: _Mention, c: Entry, ms: list[_Mention]) -> float:
        """Evidence from a parenthesised list of the larger places a name belongs to
        ("Santarem (Para)", "San Juan (San Juan, Argentina)", "Chito village (Ukum,
        Benue)"): 2 when a place of the list can lie in the reading's country, 1 more
        when it can be the reading's own province (by name or within 3 degrees)."""
        doc = self.doc
        k = m.end
        while k < len(doc) and doc[k].lower_ in LIST_DESCRIPTORS:
            k += 1
        if k >= len(doc) or doc[k].text != "(" or c.feature == "country":
            return 0.0
        close = next((t.i for t in doc[k + 1: min(len(doc), k + 25)] if t.text == ")"), None)
        if close is None:
            return 0.0
        best = 0.0
        for o in ms[idx + 1:]:
            if o.start >= close:
                break
            for d, _ in o.cands:
                if d.country != c.country or d is c:
                    continue
                score = 2.0
                if d.feature in ("province", "region", "district"):
                    near = distance_deg(c, d)
                    if (c.admin1 and norm(c.admin1) == norm(d.name)) or (near is not None and near < 3):
                        score = 3.0
                best = max(best, score)
        return best

    def _choose(self, idx: int, m: _Mention, ms: list[_Mention]) -> tuple[Entry, bool]:
        entries = [e for e, _ in m.cands]
        by_alias = {id(e): alias for e, alias in m.cands}
        scored = [(self._evidence(idx, m, e, ms), -k, e) for k, e in enumerate(entries)]
        scored.sort(key=lambda x: (-x[0], -x[1]))
        best_ev, _, best = scored[0]

        def weight(e: Entry) -> float:  # a reading by a secondary name counts for less
            return e.importance() / (10 if by_alias[id(e)] else 1)

        best_w = max(weight(e) for _, _, e in scored if _same_place(best, e))
        rivals = [(ev, e) for ev, _, e in scored[1:] if not _same_place(best, e)]
        ambiguous = False
        if rivals:
            rev, rival = max(rivals, key=lambda r: (r[0], weight(r[1])))
            if best_ev - rev < 0.5 and weight(rival) * 10 > best_w:
                ambiguous = True
        # within the chosen place, prefer a big city over the province of the same name
        if not (m.descriptor and best.feature in DESCRIPTORS.get(m.descriptor, set())):
            if best.feature in ("province", "region"):
                for ev, _, e in scored:
                    if e.feature == "city" and _same_place(best, e) and ev >= best_ev - 0.01 \
                            and (e.capital or e.population >= 100_000) and norm(e.name) == norm(best.name):
                        best = e
                        break
        return best, ambiguous


def part_of_longer_name(doc, start: int, end: int, gazetteer: Gazetteer, before: bool = True) -> bool:
    """``partial-name``: tokens [start, end) that are only a piece of a longer name, with a
    capitalised proper noun of the same name right before or after them and no punctuation
    between ("Horo" of "Horo Gudru Wellega zone", "Vista" of "the Vista Alegre
    neighbourhood", "Abbas city" of "Bandar Abbas city"): the gazetteer's place of that
    piece is some other place. A neighbour that is a descriptor ("Kharkiv Oblast"), a
    date word, or a country or province of its own ("Quetta Pakistan") leaves the name
    whole. With ``before`` false, only the word after is read."""
    for k in ((start - 1, end) if before else (end,)):
        if k < 0 or k >= len(doc) or (k == start - 1 and doc[k].is_sent_start):
            continue
        t = doc[k]
        if not (t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.pos_ == "PROPN"):
            continue
        low = t.lower_
        if low in DESCRIPTORS or low in LIST_DESCRIPTORS or low in NAME_NEIGHBOURS or low in DATE_WORDS:
            continue
        if norm(t.text) in PERSON_TITLES:
            continue
        if any(e.feature in ("country", "province", "region") for e, alias in gazetteer.entries_for(t.text)
               if not alias):
            continue
        return True
    return False


def resolve_places(sdoc, doc_countries: Optional[list[str]] = None, gazetteer: Optional[Gazetteer] = None,
                   exclude_token_ids: Optional[set[int]] = None) -> list[Place]:
    """Place mentions of a spaCy Doc, resolved in the context of the whole document.

    ``doc_countries``: ISO3 codes of the countries the document is about, most-mentioned
    first; places there are preferred. ``exclude_token_ids``: tokens already used as
    actors (metonymy: "Islamabad said"), never reported as places.

    Persons (PERSON entities, the surname of a person named in full elsewhere in the
    document, a name after a title, a small-town name as the subject of "said"),
    demonyms and organisations are not places. A name whose readings the document
    does not decide between is returned at its prior reading with ``ambiguous=True``.
    Mentions the gazetteer lacks are left out (import GeoNames data to cover villages). ``start``/``end`` are character offsets into ``sdoc.text``; results are
    in text order.
    """
    g = gazetteer or Gazetteer.default()
    return without_foreign_list_members(sdoc, _Resolver(sdoc, doc_countries, g, set(exclude_token_ids or ())).resolve(), g)
