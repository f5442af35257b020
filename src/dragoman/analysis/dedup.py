"""One real event counted once: cluster event mentions into canonical events.

The same real event is told again in other sentences of an article and in other
articles. Two event mentions are put in the same cluster when they are *compatible*
(every hard condition below holds against every member of the cluster: complete link)
and their wording is *similar* to at least one member (single link on wording):

- same PLOVER type and same modality;
- same source country and same target country; names compatible (equal, or the words
  of one contained in the other, or one of them unnamed);
- close dates: both at day precision within ``DAY_WINDOW_DAYS``; otherwise within the
  same month (month precision) or the same year (year precision); an unknown date is
  compatible with any date. An event without a date of its own takes its document's
  publication date;
- compatible places: unknown, the same place name, or the same country where one of
  them is only known at country or province level;
- similar wording: IDF-weighted token Jaccard of the two sentences (content words,
  without the words naming the two actors) at least ``WORDING_MIN_SIMILARITY``.

Mentions are visited in a fixed order (publication date, document, sentence, offset,
id), so clusters do not depend on the order documents were ingested. A canonical id is
the hash of the cluster's earliest mention id (by that order), so re-ingesting the
same documents gives the same ids. ``deduplicate(store)`` recomputes the tables
``canonical_events`` and ``event_clusters`` in one transaction; ``ensure_deduplicated``
recomputes them only when the stored events changed since the last run.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Optional

from dragoman.models import Event

# ------------------------------------------------------------------ thresholds
DAY_WINDOW_DAYS = 3  # two day-precision dates this many days apart or less are "close"
WORDING_MIN_SIMILARITY = 0.2  # IDF-weighted token Jaccard of the sentences
DEDUP_VERSION = "1"  # bump when the tables' columns or the clustering rule change

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our out over own same she should so some such than that the their
    them then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your said says say told tells according also on monday
    tuesday wednesday thursday friday saturday sunday yesterday today week month year""".split()
)

_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*")


@dataclass
class DedupReport:
    events: int = 0
    canonical_events: int = 0
    largest_cluster: int = 0
    recomputed: bool = True
    fingerprint: str = ""

    @property
    def merged(self) -> int:
        return self.events - self.canonical_events


@dataclass
class _Item:
    event: Event
    publisher: Optional[str]  # the document's source; None when unknown
    story_date: Optional[str]
    url: Optional[str]
    when: Optional[Date]
    precision: Optional[str]  # day, month, year or None
    date_basis: str  # event, document or unknown
    tokens: frozenset
    order: tuple = field(default=())


# ------------------------------------------------------------------ helpers
def parse_date(value: Optional[str]) -> tuple[Optional[Date], Optional[str]]:
    """An ISO date at its precision -> (first day of the period, precision)."""
    if not value:
        return None, None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip()[:10])
    if not m:
        return None, None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        return Date(int(y), int(mo or 1), int(d or 1)), ("day" if d else "month" if mo else "year")
    except ValueError:
        return None, None


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_tokens(text: str, exclude: str = "") -> frozenset:
    """Lower-cased, lightly stemmed content words of ``text`` minus those of ``exclude``."""
    drop = {_stem(w.lower()) for w in _TOKEN.findall(exclude)}
    out = set()
    for w in _TOKEN.findall(text):
        w = w.lower().replace(",", "")
        if w in STOPWORDS or (len(w) < 2 and not w.isdigit()):
            continue
        s = _stem(w)
        if s not in drop:
            out.add(s)
    return frozenset(out)


def _norm_name(name: Optional[str]) -> frozenset:
    return frozenset(w.lower() for w in _TOKEN.findall(name or "") if w.lower() not in STOPWORDS)


def names_compatible(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return True
    ta, tb = _norm_name(a), _norm_name(b)
    return ta == tb or (bool(ta) and bool(tb) and (ta <= tb or tb <= ta))


def dates_compatible(a: _Item, b: _Item) -> bool:
    if a.when is None or b.when is None:
        return True
    if a.precision == "day" and b.precision == "day":
        return abs((a.when - b.when).days) <= DAY_WINDOW_DAYS
    if "year" in (a.precision, b.precision):
        return a.when.year == b.when.year
    return (a.when.year, a.when.month) == (b.when.year, b.when.month)


def places_compatible(a: Event, b: Event) -> bool:
    pa, pb = a.location, b.location
    if pa is None or pb is None:
        return True
    if pa.name.strip().lower() == pb.name.strip().lower():
        return True
    if pa.geonames_id is not None and pa.geonames_id == pb.geonames_id:
        return True
    if pa.country and pa.country == pb.country:
        coarse = {"country", "province"}
        return pa.precision in coarse or pb.precision in coarse
    return False


def _actor_fields(e: Event, side: str) -> tuple[Optional[str], Optional[str]]:
    a = e.source if side == "source" else e.target
    return (a.country, a.name) if a else (None, None)


def hard_compatible(a: _Item, b: _Item) -> bool:
    ea, eb = a.event, b.event
    if ea.type != eb.type or ea.modality != eb.modality:
        return False
    for side in ("source", "target"):
        (ca, na), (cb, nb) = _actor_fields(ea, side), _actor_fields(eb, side)
        if ca != cb or not names_compatible(na, nb):
            return False
    return dates_compatible(a, b) and places_compatible(ea, eb)


class _Weights:
    def __init__(self, token_sets: list[frozenset]):
        self.n = len(token_sets)
        self.df = Counter(t for s in token_sets for t in s)

    def idf(self, token: str) -> float:
        return math.log((self.n + 1) / (self.df.get(token, 0) + 1)) + 1.0

    def similarity(self, a: frozenset, b: frozenset) -> float:
        union = a | b
        if not union:
            return 1.0
        den = sum(self.idf(t) for t in union)
        return sum(self.idf(t) for t in a & b) / den if den else 0.0


def cluster_items(items: list[_Item]) -> list[list[_Item]]:
    """Deterministic clustering: complete link on the hard conditions, single link on wording."""
    items = sorted(items, key=lambda it: it.order)
    weights = _Weights([it.tokens for it in items])
    clusters: list[list[_Item]] = []
    blocks: dict[tuple, list[int]] = {}
    for it in items:
        e = it.event
        block = (e.type, e.source.country, e.target.country if e.target else None)
        best, best_sim = None, -1.0
        for ci in blocks.get(block, []):
            members = clusters[ci]
            if not all(hard_compatible(it, m) for m in members):
                continue
            same_sentence = any(m.event.doc == e.doc and m.event.sentence_index == e.sentence_index for m in members)
            sim = 1.0 if same_sentence else max(weights.similarity(it.tokens, m.tokens) for m in members)
            if sim >= WORDING_MIN_SIMILARITY and sim > best_sim:
                best, best_sim = ci, sim
        if best is None:
            blocks.setdefault(block, []).append(len(clusters))
            clusters.append([it])
        else:
            clusters[best].append(it)
    return clusters


def canonical_id(first_event_id: str) -> str:
    return "ce_" + hashlib.sha1(first_event_id.encode("utf-8")).hexdigest()[:16]


# ------------------------------------------------------------------ store I/O
CANONICAL_COLUMNS = [
    ("canonical_id", "VARCHAR PRIMARY KEY"), ("type", "VARCHAR"), ("mode", "VARCHAR"), ("cameo", "VARCHAR"),
    ("quad_class", "INTEGER"), ("intensity", "DOUBLE"),
    ("source_country", "VARCHAR"), ("source_sector", "VARCHAR"), ("source_name", "VARCHAR"), ("source_kb_id", "VARCHAR"),
    ("target_country", "VARCHAR"), ("target_sector", "VARCHAR"), ("target_name", "VARCHAR"), ("target_kb_id", "VARCHAR"),
    ("modality", "VARCHAR"), ("historical", "BOOLEAN"),
    ("event_date", "VARCHAR"), ("date_precision", "VARCHAR"), ("story_date", "VARCHAR"),
    ("period_date", "VARCHAR"), ("date_basis", "VARCHAR"),
    ("location", "VARCHAR"), ("location_country", "VARCHAR"), ("admin1", "VARCHAR"), ("geonames_id", "BIGINT"),
    ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("location_precision", "VARCHAR"),
    ("num_mentions", "INTEGER"), ("num_sources", "INTEGER"), ("num_documents", "INTEGER"),
    ("first_event_id", "VARCHAR"), ("first_doc_id", "VARCHAR"), ("sentence", "VARCHAR"), ("trigger_text", "VARCHAR"),
    ("publisher", "VARCHAR"), ("url", "VARCHAR"), ("confidence", "DOUBLE"),
]
CLUSTER_COLUMNS = [
    ("event_id", "VARCHAR PRIMARY KEY"), ("canonical_id", "VARCHAR"), ("doc_id", "VARCHAR"),
    ("sentence_idx", "INTEGER"), ("publisher", "VARCHAR"), ("story_date", "VARCHAR"), ("is_first", "BOOLEAN"),
]


# type names as every store engine spells them (PostgreSQL has no bare DOUBLE)
_PORTABLE_TYPES = {"DOUBLE": "DOUBLE PRECISION"}


def _ddl(name: str, cols) -> str:
    return f"CREATE TABLE IF NOT EXISTS {name} (" + ", ".join(
        f"{c} {_PORTABLE_TYPES.get(t, t)}" for c, t in cols) + ")"


def fingerprint(store) -> str:
    """What the canonical tables were computed from: events, documents, rule version."""
    con = store.con
    ev = con.execute("SELECT coalesce(string_agg(id || ':' || md5(CAST(record AS VARCHAR)), ',' ORDER BY id), '') FROM events").fetchone()[0]
    docs = con.execute(
        "SELECT coalesce(string_agg(id || ':' || coalesce(source, '') || ':' || coalesce(publication_date, '') || ':'"
        " || coalesce(url, ''), ',' ORDER BY id), '') FROM documents"
    ).fetchone()[0]
    raw = "|".join([DEDUP_VERSION, str(DAY_WINDOW_DAYS), str(WORDING_MIN_SIMILARITY), ev, docs])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def load_items(store) -> list[_Item]:
    docs = {
        r[0]: r[1:]
        for r in store.con.execute("SELECT id, source, publication_date, url FROM documents").fetchall()
    }
    items = []
    for e in store.events():
        source, pub, url = docs.get(e.doc, (None, None, None))
        when, precision = parse_date(e.date)
        basis = "event"
        if when is None:
            when, precision = parse_date(pub)
            basis = "document" if when else "unknown"
        exclude = " ".join(s.text for s in (e.source_span, e.target_span) if s)
        it = _Item(
            event=e, publisher=source, story_date=pub, url=url, when=when, precision=precision,
            date_basis=basis, tokens=content_tokens(e.sentence, exclude),
        )
        it.order = (pub or "9999", e.doc, e.sentence_index, e.trigger.start, e.id)
        items.append(it)
    return items


def _sources(members: list[_Item]) -> int:
    """Independent sources: distinct publishers, each document of unknown publisher on its own."""
    return len({m.publisher if m.publisher else ("document", m.event.doc) for m in members})


_PREC_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def _actor_pick(members: list[_Item], side: str):
    """The most specific actor on one side (most fields filled; earliest on ties)."""
    best = None
    for m in members:
        a = m.event.source if side == "source" else m.event.target
        if a is None:
            continue
        score = (a.name is not None) * 2 + (a.sector is not None)
        if best is None or score > best[0]:
            best = (score, a)
    return best[1] if best else None


def canonical_row(members: list[_Item]) -> tuple[str, list]:
    first = members[0]
    e = first.event
    cid = canonical_id(e.id)
    dated = sorted(
        (m for m in members if m.event.date), key=lambda m: (_PREC_RANK[parse_date(m.event.date)[1]], m.event.date, m.order)
    )
    event_date = dated[0].event.date if dated else None
    date_prec = parse_date(event_date)[1] if event_date else None
    story = min((m.story_date for m in members if m.story_date), default=None)
    period = event_date or story
    if event_date:
        basis = "story" if dated[0].event.date_basis == "story time" else "event"
    else:
        basis = "document" if story else "unknown"
    placed = [m for m in members if m.event.location is not None]
    precision_rank = {"exact": 0, "city": 1, "district": 2, "province": 3, "country": 4, None: 5}
    placed.sort(key=lambda m: (precision_rank.get(m.event.location.precision, 5), m.order))
    loc = placed[0].event.location if placed else None
    src, tgt = _actor_pick(members, "source"), _actor_pick(members, "target")
    row = [
        cid, e.type, e.mode, e.cameo, e.quad_class, e.intensity,
        src.country if src else None, src.sector if src else None, src.name if src else None, src.kb_id if src else None,
        tgt.country if tgt else None, tgt.sector if tgt else None, tgt.name if tgt else None, tgt.kb_id if tgt else None,
        e.modality, any(m.event.historical for m in members),
        event_date, date_prec, story, period, basis,
        loc.name if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
        loc.geonames_id if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        loc.precision if loc else None,
        len(members), _sources(members), len({m.event.doc for m in members}),
        e.id, e.doc, e.sentence, e.trigger.text, first.publisher, first.url,
        max(m.event.confidence for m in members),
    ]
    return cid, row


def deduplicate(store) -> DedupReport:
    """Recompute ``canonical_events`` and ``event_clusters`` from the store's events."""
    items = load_items(store)
    clusters = cluster_items(items)
    rows, links = [], []
    for members in clusters:
        cid, row = canonical_row(members)
        rows.append(row)
        for i, m in enumerate(members):
            links.append([m.event.id, cid, m.event.doc, m.event.sentence_index, m.publisher, m.story_date, i == 0])
    rows.sort(key=lambda r: r[0])
    links.sort(key=lambda r: r[0])
    fp = fingerprint(store)
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE TABLE IF NOT EXISTS dedup_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
        ver = con.execute("SELECT value FROM dedup_info WHERE key = 'version'").fetchone()
        if ver is None or ver[0] != DEDUP_VERSION:
            con.execute("DROP TABLE IF EXISTS canonical_events")
            con.execute("DROP TABLE IF EXISTS event_clusters")
        con.execute(_ddl("canonical_events", CANONICAL_COLUMNS))
        con.execute(_ddl("event_clusters", CLUSTER_COLUMNS))
        con.execute("DELETE FROM canonical_events")
        con.execute("DELETE FROM event_clusters")
        if rows:
            con.executemany(f"INSERT INTO canonical_events VALUES ({','.join('?' * len(CANONICAL_COLUMNS))})", rows)
        if links:
            con.executemany(f"INSERT INTO event_clusters VALUES ({','.join('?' * len(CLUSTER_COLUMNS))})", links)
        con.execute("DELETE FROM dedup_info")
        con.executemany("INSERT INTO dedup_info VALUES (?, ?)", [["version", DEDUP_VERSION], ["fingerprint", fp]])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return DedupReport(
        events=len(items), canonical_events=len(rows),
        largest_cluster=max((len(c) for c in clusters), default=0), recomputed=True, fingerprint=fp,
    )


def is_current(store) -> bool:
    try:
        rows = dict(store.con.execute("SELECT key, value FROM dedup_info").fetchall())
    except Exception:
        return False
    return rows.get("version") == DEDUP_VERSION and rows.get("fingerprint") == fingerprint(store)


def ensure_deduplicated(store) -> DedupReport:
    """Deduplicate unless the canonical tables already reflect the stored events."""
    if is_current(store):
        n_ev, n_can, big = store.con.execute(
            "SELECT (SELECT count(*) FROM event_clusters), (SELECT count(*) FROM canonical_events),"
            " (SELECT coalesce(max(num_mentions), 0) FROM canonical_events)"
        ).fetchone()
        return DedupReport(events=n_ev, canonical_events=n_can, largest_cluster=big, recomputed=False,
                           fingerprint=fingerprint(store))
    return deduplicate(store)


def clusters_of(store) -> dict[str, list[str]]:
    """canonical id -> sorted event ids (after ``deduplicate``)."""
    out: dict[str, list[str]] = {}
    for eid, cid in store.con.execute("SELECT event_id, canonical_id FROM event_clusters ORDER BY event_id").fetchall():
        out.setdefault(cid, []).append(eid)
    return out
