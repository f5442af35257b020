"""Localities the gazetteer lacks, placed by the places that situate them.

Event notes and wire copy situate a village or district by naming the larger places it
belongs to: "in Matalla (Rafah, North Sinai)", "near Tsupivka, Kharkiv", "in Kuniska
area in Al Amadiya district of Duhok". The gazetteer knows North Sinai, Kharkiv and
Duhok but not Matalla, Tsupivka or Kuniska. Each of the three shapes is one rule:

- ``locality-before-admin-list``: a name followed by a parenthesised list of places,
  one of which the gazetteer resolves ("Al Khadir town (Bethlehem, West Bank)");
- ``locality-before-comma-admin``: a name after a locative preposition or as the object
  of a verb, maybe with a descriptor, followed by a comma and a resolved province, region
  or country that ends the phrase ("near Tsupivka, Kharkiv.", "shelled Toretsk, Donetsk,
  killing ...", "shelled Zhelanne district, Donetsk", "shelled Petrivka, Kharkiv
  region"), also when the NER took the name for a person or group after a setting
  preposition ("in Arroyo Naranjo, La Habana,"); not a name inside a parenthesised
  list, which situates the locality before the list ("in Chito (Ukum, Benue)");
- ``locality-with-descriptor``: a name after a locative preposition followed by a
  descriptor such as village, area or camp, in a sentence that names a resolved place
  ("in Kuniska area in Al Amadiya district of Duhok").

The locality becomes a place of its own (its name as written, the country of the place
that situates it, precision ``exact``); the places inside a parenthesised list are
context, not where the event happened, and are dropped as candidates.
"""

from __future__ import annotations

from typing import Optional

from dragoman.models import Place
from dragoman.doc_index import entities_covering
from dragoman.places.toponyms import PLACE_OBJECT_VERBS

LOCALITY_DESCRIPTORS = {
    "village", "villages", "town", "city", "area", "areas", "camp", "district", "township", "neighbourhood",
    "neighborhood", "municipality", "county", "commune", "locality", "settlement", "suburb", "hamlet",
    "quarter", "compound", "valley", "region", "sub-district", "subdistrict", "tehsil", "refugee", "lga",
}
# descriptors that, capitalised, are a word of the name ("Benin City", "Kakuma Refugee Camp")
NAME_WORD_DESCRIPTORS = {"city", "camp"}
LOCATIVE = {"in", "at", "near", "around", "outside", "inside", "from", "towards", "toward", "into", "of", "on"}
# lower-case particles that may sit inside a place name ("Nur ash Shams", "Cheme Ci")
NAME_PARTICLES = {"al", "el", "ash", "as", "ad", "an", "ar", "at", "az", "de", "del", "la", "le", "du", "da", "di",
                  "bin", "ibn", "wa", "-", "'", "das", "dos", "do", "los", "las", "des", "della", "van", "von"}
# descriptors after which a name the NER took for a group or a person is still a place
# ("in Myingyan town (...)")
STRONG_LOCALITY_DESCRIPTORS = {"village", "villages", "town", "township", "camp", "hamlet", "settlement"}
ADMIN_FEATURES = {"province", "region", "country", "district"}
# words after a province's name that say what it is ("Kharkiv region", "Idlib governorate")
ADMIN_DESCRIPTORS = {"region", "province", "oblast", "governorate", "state", "district", "county", "department"}
# prepositions after which a name followed by ", <province>" is a place even when the NER
# took it for a person or a group ("in Arroyo Naranjo, La Habana")
SETTING_PREPS = {"in", "at", "near", "around", "outside", "inside"}


# a city after "<locality>, " that situates the locality ("shelled Lymany, Mykolaiv")
ADMIN_CITY_MIN = 50_000


def _is_place_object_verb(tok) -> bool:
    """A verb whose object is where the act happened ("shelled", "raided")."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in PLACE_OBJECT_VERBS


def _is_name_token(tok) -> bool:
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text or "'" in tok.text)


def _particle_before_name(doc, j: int) -> bool:
    """Token ``j`` is a name particle followed, through more particles, by a name word
    ("al - Sabeel", "das Neves")."""
    k = j
    while k < len(doc) and doc[k].lower_ in NAME_PARTICLES and k - j < 3:
        k += 1
    return k > j and k < len(doc) and _is_name_token(doc[k])


def _name_run_before(doc, end: int, lo: int) -> Optional[tuple[int, int]]:
    """The run of capitalised words (with name particles inside) ending just before
    token ``end``, not before token ``lo``."""
    i = end - 1
    while i >= lo and (_is_name_token(doc[i]) or (doc[i].lower_ in NAME_PARTICLES and i - 1 >= lo
                                                  and (_is_name_token(doc[i - 1])
                                                       or doc[i - 1].lower_ in NAME_PARTICLES))):
        i -= 1
    start = i + 1
    while start < end and not _is_name_token(doc[start]):
        start += 1
    return (start, end) if start < end else None


def _covering(places: list[Place], doc, start_char: int, end_char: int) -> list[Place]:
    return [p for p in places if p.start is not None and start_char <= p.start < end_char]


def _locality(doc, s: int, e: int, anchor: Place) -> Place:
    span = doc[s:e]
    return Place(name=span.text, raw=span.text, country=anchor.country, admin1=anchor.admin1,
                 precision="exact", start=span.start_char, end=span.end_char, ambiguous=False)


def _not_an_actor(doc, s: int, e: int) -> bool:
    return not any(ent.label_ in ("PERSON", "ORG", "NORP") for ent in entities_covering(doc, s, e))


def _admin_after_comma(doc, k: int, resolved_at: dict, gazetteer) -> Optional[Place]:
    """The province, region or country named from token ``k`` to the end of the phrase
    (resolved already, or looked up: the NER may have taken it for a person)."""
    e = k
    while e < len(doc) and (_is_name_token(doc[e]) or doc[e].lower_ in NAME_PARTICLES):
        e += 1
    if e == k:
        return None
    if e + 1 < len(doc) and doc[e].lower_ in ADMIN_DESCRIPTORS and (doc[e + 1].is_punct or doc[e + 1].is_lower):
        pass  # "Petrivka, Kharkiv region." , "Zolote, Luhansk region as a result": the admin's descriptor
    elif e < len(doc) and not doc[e].is_punct:
        return None
    known = resolved_at.get(doc[k].idx)
    if known is not None:
        return known if known.country and known.precision in ("province", "country", "district", "city") else None
    if gazetteer is None:
        return None
    entries = [en for en, alias in gazetteer.entries_for(doc[k:e].text) if en.country]
    admin = [en for en in entries if en.feature in ADMIN_FEATURES or (en.feature == "city" and en.population >= ADMIN_CITY_MIN)]
    if not admin:
        return None
    if len({en.country for en in admin}) > 1:
        # of cities in several states, one ten times the others' size ("Donetsk": the
        # Ukrainian city, not the Russian town)
        ranked = sorted(admin, key=lambda en: -en.importance())
        rivals = [en.importance() for en in ranked if en.country != ranked[0].country]
        if any(en.feature != "city" for en in admin) or ranked[0].importance() < 10 * max(rivals):
            return None
        admin = ranked
    return Place(name=admin[0].name, raw=doc[k:e].text, country=admin[0].country)


def _opens_a_named_place(doc, i: int) -> bool:
    """Token ``i`` opens a place phrase (:func:`_opens_a_setting`), "of" only after a
    locality word ("near the village of X"), not after a party ("the government of X")."""
    if i >= 1 and doc[i].lower_ == "of":
        return doc[i - 1].lower_ in NAMING_DESCRIPTORS
    return _opens_a_setting(doc, i)


def _list_admin(doc, open_i: int, close_i: int, gazetteer) -> Optional[Place]:
    """The larger place a parenthesised list names when the resolver kept none of its
    parts (the NER took "Mopti" of "(Koro, Mopti)" for a person, or the gazetteer spells
    the province otherwise): the last part the gazetteer places in one country, else a
    place of no country; None when a part is not a capitalised name ("(SNA)", "(Kurdish
    names)", "(coded as X)")."""
    parts: list[list] = [[]]
    for t in doc[open_i + 1: close_i]:
        if t.text in (",", ";"):
            parts.append([])
        else:
            parts[-1].append(t)
    for part in parts:
        names = [t for t in part if t.lower_ not in LOCALITY_DESCRIPTORS | ADMIN_DESCRIPTORS]
        if not names or not _is_name_token(names[0]) or all(t.text.isupper() for t in names if t.is_alpha):
            return None
        if not all(_is_name_token(t) or t.lower_ in NAME_PARTICLES or t.text in ("-", "&") for t in names):
            return None
    if gazetteer is not None:
        for part in reversed(parts):
            text = doc[part[0].i: part[-1].i + 1].text
            entries = [en for en, _ in gazetteer.entries_for(text) if en.country]
            if entries and len({en.country for en in entries}) == 1:
                return Place(name=entries[0].name, raw=text, country=entries[0].country)
    last = doc[parts[-1][0].i: parts[-1][-1].i + 1].text
    return Place(name=last, raw=last, country=None)


def add_localities(sdoc, places: list[Place], gazetteer=None) -> list[Place]:
    """``places`` with the localities the three rules find added, and the places inside
    a parenthesised list after a locality left out; in text order."""
    doc = sdoc
    resolved_at = {p.start: p for p in places if p.start is not None}
    out: list[Place] = []
    context: set[int] = set()
    taken: set[int] = set()
    in_lists: set[int] = set()  # tokens inside a parenthesised list of places
    n = len(doc)
    for tok in doc:
        # a parenthesised list of places after a name
        if tok.text == "(":
            close = next((t.i for t in doc[tok.i + 1: min(n, tok.i + 25)] if t.text == ")"), None)
            if close is None:
                continue
            inside = _covering(places, doc, tok.idx, doc[close].idx)
            admin = [p for p in inside if p.country]
            head_end = tok.i
            while head_end - 1 >= 0 and doc[head_end - 1].lower_ in LOCALITY_DESCRIPTORS \
                    and not (doc[head_end - 1].lower_ in NAME_WORD_DESCRIPTORS and doc[head_end - 1].text.istitle()):
                head_end -= 1
            run = _name_run_before(doc, head_end, max(0, head_end - 6))
            if not admin and run is not None and _opens_a_named_place(doc, run[0] - 1):
                listed = _list_admin(doc, tok.i, close, gazetteer)  # locality-before-unread-list
                admin = [listed] if listed is not None else []
            if not admin:
                continue
            in_lists.update(range(tok.i + 1, close))
            if run is None:
                continue
            s, e = run
            context.update(p.start for p in inside)
            # (the shape is evidence enough: the NER often takes an unknown village for a person)
            if s in taken:
                continue
            known = resolved_at.get(doc[s].idx)
            if known is not None:
                if known.end is None or known.end >= doc[e - 1].idx + len(doc[e - 1].text):
                    continue
                # only the first words of the name are a known place ("Santa Rosa" of
                # "Santa Rosa del Aguaray", "Mogadishu" of "Mogadishu - Hodan"): the
                # whole name is the locality
                context.add(known.start)
            out.append(_locality(doc, s, e, admin[-1]))  # locality-before-admin-list
            taken.update(range(s, e))
    for tok in doc:
        if tok.i + 1 >= n or not _is_name_token(doc[tok.i + 1]) or _is_name_token(tok):
            continue
        after_prep = tok.lower_ in LOCATIVE
        j = tok.i + 1
        while j < n and (_is_name_token(doc[j]) or _particle_before_name(doc, j)):
            j += 1
        s, e = tok.i + 1, j
        if s in taken or s in in_lists or doc[s].idx in resolved_at or e - s > 5:
            continue  # (a name inside "(Ukum, Benue)" situates the one before the list)
        read_as_actor = not _not_an_actor(doc, s, e)
        if read_as_actor and tok.lower_ not in SETTING_PREPS and not _is_place_object_verb(tok):
            continue
        anchor = None
        if not after_prep and doc[s].dep_ not in ("dobj", "pobj", "nsubjpass", "compound", "appos", "conj", "nmod"):
            continue
        if j + 2 < n and doc[j].lower_ in LOCALITY_DESCRIPTORS and doc[j + 1].text == ",":
            j += 1  # "shelled Zhelanne district, Donetsk": a descriptor before the comma
        if j + 1 < n and doc[j].text == ",":
            after = _admin_after_comma(doc, j + 1, resolved_at, gazetteer)
            if after is not None:
                anchor = after  # locality-before-comma-admin
        elif after_prep and j < n and doc[j].lower_ in LOCALITY_DESCRIPTORS and doc[j].lower_ != "region" and (
                not read_as_actor or doc[j].lower_ in STRONG_LOCALITY_DESCRIPTORS):
            sent = doc[tok.i].sent
            later = [p for p in places if p.country and p.start is not None and p.start >= doc[j].idx
                     and p.start < sent.end_char]
            if later:
                anchor = later[0]  # locality-with-descriptor
        if anchor is not None:
            out.append(_locality(doc, s, e, anchor))
            taken.update(range(s, e))
    found, inside = _named_by_descriptor(doc, places, taken | in_lists)
    context.update(inside)
    kept = kept_places([p for p in places if p.start not in context] + out + found, doc)
    return sorted(kept, key=lambda p: (p.start if p.start is not None else -1))


def kept_places(places: list[Place], doc) -> list[Place]:
    """``places`` less those that give way to a larger settlement named next
    (:func:`_gives_way`)."""
    out = []
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand") if p.start is not None else None
        if span is not None and span.end < len(doc) and _gives_way(doc, span.end):
            continue
        out.append(p)
    return out


# words after a name that make it a locality or a unit below a province, whatever the
# gazetteer knows ("shelled Banin town", "in Ramgati upazila", "in Melka Guba kebele")
# (not the parts of a town, "in the Vista Alegre neighborhood", "in Tayote Su ward": the
# town is the event's place)
NAMING_DESCRIPTORS = {
    "village", "villages", "town", "city", "area", "district", "township", "municipality", "locality",
    "camp", "hamlet", "settlement", "commune", "sub-district", "subdistrict", "upazila", "woreda", "kebele",
    "payam", "groupement", "tehsil", "block", "lga",
}
# the rank of a settlement by its descriptor: a place of lower rank that lies "in" or "near"
# one of higher rank gives way to it ("Jaripatka locality in Nagpur city" -> Nagpur,
# "Hanta Dheer village near Afgooye town" -> Afgooye); districts and provinces are not ranked
SETTLEMENT_RANK = {"area": 0, "locality": 0, "village": 1, "villages": 1, "hamlet": 1, "settlement": 1,
                   "town": 2, "city": 2}
SITUATING_PREPS = {"in", "near", "of", "outside"}


# the endings of the names of peoples ("Kurdish", "Houthi", "Syrian"): a NORP entity
# without one is most often a town the NER did not know ("shelled Ftireh town")
PEOPLE_ENDINGS = ("ish", "ian", "ean", "an", "ese", "i", "ic", "ans", "is")


def _opens_a_setting(doc, i: int) -> bool:
    """Token ``i`` (just before a name) opens a place phrase: a locative preposition
    ("in", "near"), "the" after one ("in the Dilovasi district"), or a verb whose object
    is where the act happened ("shelled", "raided")."""
    if i < 0:
        return False
    t = doc[i]
    if t.lower_ == "the":
        return i >= 1 and doc[i - 1].lower_ in LOCATIVE
    return t.lower_ in LOCATIVE or _is_place_object_verb(t)


def _gives_way(doc, d: int) -> bool:
    """The settlement whose descriptor is token ``d`` lies in or near one of higher rank
    named next ("Bab al-Wad area in Burqah village", "Horseed village neighborhood in
    Jowhar town"): the larger settlement is the event's place."""
    rank = SETTLEMENT_RANK.get(doc[d].lower_)
    if rank is None:
        return False
    k = d + 1
    while k < len(doc) and doc[k].lower_ in LOCALITY_DESCRIPTORS | {"neighbourhood", "neighborhood"}:
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in SITUATING_PREPS:
        return False
    k += 1 + (doc[k + 1].lower_ == "the")
    e = k
    while e < len(doc) and e - k < 5 and (_is_name_token(doc[e]) or _particle_before_name(doc, e)):
        e += 1
    return e > k and e < len(doc) and SETTLEMENT_RANK.get(doc[e].lower_, -1) > rank


def _situating_country(places: list[Place], doc, after_char: int) -> Optional[str]:
    """The country of the first resolved place after ``after_char`` in its sentence,
    else of any resolved place of that sentence."""
    sent = doc.char_span(after_char, after_char + 1, alignment_mode="expand")
    lo, hi = (sent.sent.start_char, sent.sent.end_char) if sent is not None else (0, len(doc.text))
    inside = [p for p in places if p.country and p.start is not None and lo <= p.start < hi]
    later = [p for p in inside if p.start >= after_char]
    chosen = later or inside
    return chosen[0].country if chosen else None


def _named_by_descriptor(doc, places: list[Place], taken: set[int]) -> tuple[list[Place], set[int]]:
    """``locality-named-by-descriptor``: a run of capitalised words that a locality word
    follows ("shelled Banin town in Idleb countryside", "in the Dilovasi district of
    Kocaeli", "in Ramgati upazila") or that follows "the village of" ("near the village of
    Tondo Erkokoni"), opened by a locative preposition or a verb such as "shell", is a
    place even when the gazetteer lacks it or knows only a part of it ("Bandar Abbas
    city", whose "Abbas" alone is a known place), and even when the NER took it for a
    person or a group (not for a people: "in Kurdish areas", a NORP with a people's
    ending). Returns the new places and the starts
    of the known places inside them (no longer candidates)."""
    out: list[Place] = []
    inside: set[int] = set()
    n = len(doc)
    for tok in doc:
        if tok.lower_ not in NAMING_DESCRIPTORS or not (tok.text.islower() or tok.text == "LGA"):
            continue
        reverse = tok.i + 2 < n and doc[tok.i + 1].lower_ == "of" and tok.i >= 1 and doc[tok.i - 1].lower_ == "the"
        if reverse and _opens_a_setting(doc, tok.i - 2) and _is_name_token(doc[tok.i + 2]):
            s = e = tok.i + 2  # "near the village of Tondo Erkokoni"
            while e < n and e - s < 5 and (_is_name_token(doc[e]) or _particle_before_name(doc, e)):
                e += 1
        else:
            run = _name_run_before(doc, tok.i, max(0, tok.i - 5))
            if run is None or not _opens_a_setting(doc, run[0] - 1):
                continue
            s, e = run
        if any(k in taken for k in range(s, e)) or doc[e - 1].pos_ in ("ADJ", "DET", "PRON", "NUM"):
            continue
        if any(ent.label_ == "NORP" for ent in entities_covering(doc, s, e)) and \
                doc[e - 1].lower_.endswith(PEOPLE_ENDINGS):
            continue  # "in Kurdish areas": a people, not a place's name
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        known = [p for p in places if p.start is not None and start <= p.start < end]
        if any(p.start == start and (p.end or 0) >= end for p in known):
            continue  # a known place already, as a whole
        if any(p.start is not None and p.start < start < (p.end or 0) for p in places):
            continue
        inside.update(p.start for p in known)
        out.append(Place(name=doc[s:e].text, raw=doc[s:e].text, country=_situating_country(places, doc, end),
                         precision="exact", start=start, end=end, ambiguous=False))
        taken.update(range(s, e))
    return out, inside
