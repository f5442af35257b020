"""Named actors the knowledge base does not know, and which capitalised words are names.

Every person, organisation or group the text names is an actor, known or not (coding
guide §3). For one the knowledge base lacks, the text says what it can:

- an organisation's sector from the words of its name (``lexicons/organisation_words.yaml``:
  Fleet, Army, Brigade -> MIL; Party -> OPP; University -> CIV; Ministry, Agency,
  Police -> GOV; Court -> JUD; Parliament -> LEG ...), rule ``org-name-words``;
- its country from a country, demonym, capital or sizeable city inside the name
  ("Armenian Revolutionary Federation", "Communist Party of Nepal", "Oxford University"), from a country or demonym before it
  ("Russia's Baltic Fleet", "the Mexican Institutional Revolutionary Party") or from
  "of X" after it;
- a person's country and sector from "of X" after the name ("Prime Minister Nikol
  Pashinyan of Armenia") or from a role in apposition ("Nikol Pashinyan, Armenia's prime
  minister"); the title before the name already gave the sector. Later short mentions
  of the same person ("Pashinyan said") take all of this through coreference.

Two guards keep words that are not names out: an entity the NER calls a person or an
organisation that is a gazetteer place where it stands ("in Quetta", "(Gumla,
Jharkhand)") is a place, and a knowledge-base surname matches a lone word only where
the parse and the casing say it is a name (not a sentence-initial adjective as in
"Young Algerians", not a month beside a number, not a word modifying a noun).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import yaml
from spacy.tokens import Doc

from dragoman.actors.kb import KnowledgeBase, load_patterns, norm
from dragoman.data_files import data_path
from dragoman.models import Actor
from dragoman.doc_index import entities

__all__ = ["OrganisationWords", "load_organisation_words", "country_in_name", "misread_place",
           "surname_people", "plausible_surname", "modifies_common_noun", "proper_names", "echo_surnames", "code_parent_groups", "code_unknown_names"]

_POSS = {"'s", "\u2019s", "'", "\u2019"}
# prepositions that put a gazetteer name in its place role ("in Quetta")
_PLACE_PREPS = {"in", "at", "near", "from", "to", "into", "outside", "inside", "around", "across", "within",
                "towards", "toward", "throughout", "along", "between", "of"}
# entity labels that are never a person's surname (the small model often calls a
# surname GPE or NORP: "Petraeus", "Kayani", so those do not count against it)
_NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


class OrganisationWords:
    """Sector of an unknown organisation from the words of its name (first rule wins)."""

    def __init__(self, data: dict) -> None:
        self.rules: list[tuple[list[str], str]] = []
        for rule in data.get("rules") or []:
            phrases = sorted({norm(str(w)) for w in rule.get("words") or []}, key=lambda p: -len(p.split(" ")))
            self.rules.append((phrases, str(rule["sector"])))

    def sector(self, name: str) -> Optional[tuple[str, str]]:
        """(sector, matching phrase) for an organisation name, else None."""
        words = norm(name).replace("'s", "s").split(" ")
        padded = " " + " ".join(words) + " "
        for phrases, sector in self.rules:
            for ph in phrases:
                if f" {ph.replace(chr(39) + 's', 's')} " in padded:
                    return sector, ph
        return None


@lru_cache(maxsize=1)
def load_organisation_words() -> OrganisationWords:
    with open(data_path("lexicons", "organisation_words.yaml"), encoding="utf-8") as fh:
        return OrganisationWords(yaml.safe_load(fh) or {})


def country_in_name(kb: KnowledgeBase, sdoc: Doc, start: int, end: int) -> Optional[tuple[str, str]]:
    """(iso3, words) of a country name, demonym or capital inside the token span
    ("Communist Party of Nepal", "University of Nairobi"), longest first."""
    for L in range(min(4, end - start), 0, -1):
        for i in range(start, end - L + 1):
            text = sdoc[i:i + L].text
            if not text[:1].isupper():
                continue
            key = norm(text)
            if len(key) <= 2:
                continue
            iso = kb.country_name(key) or kb.demonym(key) or (kb.seat(key) or (None,))[0]
            if iso:
                return iso, text
    return None


def _locative(tok, gazetteer, start: Optional[int] = None) -> bool:
    """Whether a token stands where a place does: object of a place preposition or of a
    verb of attack or movement ("shelled Lymany"), in brackets, before a comma and
    another place ("Lymany, Mykolaiv"), or coordinated with or in apposition to such a
    word. ``start``: the first token of the name whose head ``tok`` is, read for the
    bracket or comma before it ("(Beni, Nord-Kivu)": before "Nord", not "Kivu")."""
    doc = tok.doc
    first = tok.i if start is None else start
    end = max(t.i for t in tok.subtree) + 1 if tok.dep_ != "compound" else tok.i + 1
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text[:1].isupper() \
            and _known_places(gazetteer, doc[end + 1].text):
        return True
    t = tok
    for _ in range(8):
        if _place_slot(t):
            return True
        if t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
            t = t.head
            continue
        break
    left = doc[first - 1].text if first > 0 else ""
    return left in ("(", ",") and any(doc[k].text == "(" for k in range(max(0, first - 4), first))


def misread_place(sdoc: Doc, start: int, end: int, kb: KnowledgeBase, gazetteer,
                  known_person: bool = False) -> Optional[str]:
    """The country of a PERSON/ORG entity that is a place name standing as a place
    ("shot dead ... in Quetta", "village (Gumla, Jharkhand)"); None when it is not one.
    A person's full name or alias in the knowledge base is the person's unless
    ``known_person`` (the caller asks about a lone surname, where the place comes first)."""
    text = sdoc[start:end].text
    if gazetteer is None or kb.organisation(text):
        return None
    if not known_person and any(norm(text) in {norm(n) for n in [p.name, *p.aliases]} for p in kb.people_named(text)):
        return None  # a person's full name ("Jordan" alone may still be the place)
    if start > 0 and (kb.role_entry(sdoc[start - 1].text) or sdoc[start - 1].lower_.rstrip(".") in _titles()):
        return None
    from dragoman.places.toponyms import part_of_longer_name

    if part_of_longer_name(sdoc, start, end, gazetteer, before=False):
        return None  # "Vista" of "the Vista Alegre neighbourhood" is no town of its own
    root = sdoc[start:end].root
    known = _known_places(gazetteer, text)
    if known and _locative(root, gazetteer, start):
        return known[0].country
    # "shelled Lymany, Mykolaiv": a name the gazetteer lacks before a comma and a place it
    # has, where a place stands, lies in that place's country
    if end + 1 < len(sdoc) and sdoc[end].text == "," and _place_slot(root):
        after = _known_places(gazetteer, sdoc[end + 1].text)
        if after:
            return after[0].country
    return None


def _known_places(gazetteer, text: str) -> list:
    """Gazetteer entries that make ``text`` a place: its own name, or an alias of a
    region or of a city of some size ("Mykolaiv" for Mykolayiv)."""
    return [e for e, alias in gazetteer.entries_for(text) if e.country and (
        not alias or e.feature != "city" or e.population >= 50_000)]


def _place_slot(tok) -> bool:
    """Object of a place preposition or of a verb of attack or movement."""
    from dragoman.places.toponyms import PLACE_OBJECT_VERBS

    if tok.dep_ in ("nmod", "compound") and tok.head.i > tok.i:
        tok = tok.head  # "shelled Dmytrivka, Kharkiv region" parsed as one noun phrase
    return tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS or \
        tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in PLACE_OBJECT_VERBS


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(w for ws in (load_patterns().get("gendered_titles") or {}).values() for w in ws)


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names and their abbreviations (the time lexicon's)."""
    with open(data_path("lexicons", "time_expressions.yaml"), encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    words: set[str] = set()
    for table in ("months", "weekdays"):
        for name, abbrs in (raw.get(table) or {}).items():
            words.add(str(name))
            words.update(str(w) for w in abbrs or [])
    return frozenset(words)


def surname_people(kb: KnowledgeBase, text: str) -> list:
    """People in the knowledge base whose family name is ``text``: the last word of the
    name, or the first for the naming orders that put the family name first; a word of a
    hyphenated given name ("Kim Tae-young") is not a surname."""
    key = norm(text)
    family_first = set(load_patterns().get("first_word_alone") or [])
    out = []
    for kind, p in kb.entries_named(text):
        if kind != "person":
            continue
        for n in [p.name, *p.aliases]:
            words = n.replace("\u2013", "-").split()
            if len(words) < 2:
                continue
            first = any(t.country in family_first for t in p.tenures)
            if key in _family_name_keys(words[-1]) or (first and norm(words[0]) == key):
                out.append(p)
                break
    return out


def _family_name_keys(word: str) -> set[str]:
    """The keys a family name answers to: itself, and without the Arabic article written
    on it ("al-Burhan" is also "Burhan")."""
    key = norm(word)
    article, _, rest = key.partition(" ")
    articles = set(load_patterns().get("name_articles") or [])
    return {key, rest} if rest and article in articles else {key}


def modifies_common_noun(sdoc: Doc, i: int, kb: KnowledgeBase) -> bool:
    """Whether the capitalised word at ``i`` modifies the common noun or demonym right
    after it ("Young Algerians", "Rice prices"): a word of the sentence, not a name; "the
    Trump administration" (a role noun after it) is the person's."""
    tok = sdoc[i]
    nxt = sdoc[i + 1] if i + 1 < len(sdoc) else None
    return nxt is not None and tok.dep_ in ("amod", "compound", "nmod") and tok.head.i == nxt.i \
        and nxt.pos_ in ("NOUN", "PROPN") and (nxt.is_lower or bool(kb.demonym(nxt.text) or kb.country_name(nxt.text))) \
        and not kb.role_entry(nxt.text)


def plausible_surname(sdoc: Doc, i: int, kb: KnowledgeBase, gazetteer=None) -> bool:
    """Whether the lone capitalised word at ``i`` can be a known person's surname: a real
    surname of someone in the knowledge base, not a number-like entity, not a month or
    weekday, not a word modifying the noun after it ("Young Algerians blocked roads"), and
    at the start of a sentence not a modifier at all unless the NER says it is a person
    ("Kenyatta thanked her", "Lavrov's visits" stay names)."""
    tok = sdoc[i]
    if tok.ent_type_ in _NOT_NAME_LABELS:
        return False
    near_number = any(0 <= k < len(sdoc) and sdoc[k].like_num for k in (i - 1, i + 1))
    if tok.lower_ in _calendar_words() and (near_number or tok.ent_type_ != "PERSON" and tok.dep_ != "nsubj"):
        return False  # "On 6 May 2022", "by May": a date
    if not surname_people(kb, tok.text):
        return False
    if tok.ent_type_ != "PERSON" and gazetteer is not None and misread_place(sdoc, i, i + 1, kb, gazetteer, True):
        return False  # "in San Pedro Sula, Cortes": a place in a list of places
    if modifies_common_noun(sdoc, i, kb):
        return False
    sentence_initial = tok.is_sent_start or i == 0 or sdoc[i - 1].is_punct and sdoc[i - 1].text in ("\u201c", '"')
    if sentence_initial and tok.ent_type_ != "PERSON" and tok.dep_ in ("amod", "compound", "nmod", "advmod", "det"):
        return False  # "Young and old Algerians ...": a capitalised word of the sentence, not a name
    return True


def _city_in_name(sdoc: Doc, start: int, end: int, gazetteer) -> Optional[tuple[str, str]]:
    """(iso3, word) of a sizeable city named inside an organisation's name ("Oxford
    University", "Bank of Tokyo"): the country of its most important reading, when that
    reading is a city of 100,000 or more people."""
    if gazetteer is None:
        return None
    for i in range(start, end):
        tok = sdoc[i]
        if not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        entries = [e for e, alias in gazetteer.entries_for(tok.text) if e.country and not alias]
        if entries:
            best = max(entries, key=lambda e: e.importance())
            if best.feature == "city" and (best.population >= 100_000 or best.capital):
                return best.country, tok.text
    return None


def code_unknown_names(sdoc: Doc, names: list, roles: list, covered: dict, absorbed: set, kb: KnowledgeBase,
                       gazetteer=None) -> None:
    """Give the unknown named actors what the text says of them (module docstring)."""
    words = load_organisation_words()
    n = len(sdoc)
    for c in names:
        a = c.actor
        if a is None or a.kb_id or c.kind not in ("name", "group") or a.rule not in ("name-unknown", "org-unknown",
                                                                                         "title+name"):
            continue
        country, sector, rule, note = a.country, a.sector, a.rule, a.note
        if c.kind == "group" and sector is None and not (c.end - c.start == 1 and sdoc[c.start].text.isupper()):
            hit = words.sector(sdoc[c.start:c.end].text)  # an acronym ("INC") says nothing by its letters
            if hit:
                sector, rule, note = hit[0], "org-name-words", hit[1]
        if c.kind == "group" and sector is None and _members_named(sdoc, c):
            sector, rule, note = "CIV", "org-unknown-members", "members of an organisation the text alone names"
        if c.kind == "group" and sector is None:
            named = role_named_in_brackets(sdoc, c, roles)
            if named is not None:
                sector, rule = named.sector, "org-bracketed-role"
                note = "the name in brackets of the role before it"
                country = country or named.country
        if country is None and c.kind == "group":
            inside = country_in_name(kb, sdoc, c.start, c.end) or _city_in_name(sdoc, c.start, c.end, gazetteer)
            if inside:
                country, rule = inside[0], "org-name-country"
        if country is None:
            before = _country_before(sdoc, c, covered)
            if before is not None:
                country = before.actor.country
                rule = "name-demonym" if c.kind == "name" else "org-demonym"
                c.start = before.start
                absorbed.add(id(before))
        if country is None and c.end + 1 < n and sdoc[c.end].lower_ == "of":
            t = c.end + 1 + (sdoc[c.end + 1].lower_ == "the")
            other = covered.get(t)
            if other is not None and other.kind in ("demonym", "metonym") and other.start == t and other.actor.country:
                country, rule = other.actor.country, "name-of-country"
                c.end = other.end
                absorbed.add(id(other))
        if country is None and c.kind == "name":
            r = _appositive_role(sdoc, c, covered, roles)
            if r is not None:
                country, rule = r.actor.country, "name-appos"
                sector = sector or r.actor.sector or r.sector_hint
                note = sdoc[r.start:r.end].text
        if (country, sector) != (a.country, a.sector):
            c.actor = Actor(country=country, sector=sector, name=a.name, rule=rule, note=note)


#: nouns for the rank and file of an organisation ("ASUU members", "supporters of the XYZ")
MEMBER_NOUNS = {"member", "supporter", "activist", "worker", "employee", "cadre", "follower", "volunteer",
                "unionist", "affiliate", "loyalist"}


def _members_named(sdoc: Doc, c) -> bool:
    """``org-unknown-members``: an organisation the knowledge base lacks, named through
    its rank and file ("KCTU members staged a protest", "supporters of the XYZ marched"):
    with no word of its name saying otherwise, its members are the public (CIV), as
    unnamed members of civil society are; an armed group is said to have militants or
    fighters, not members alone, and keeps no sector here."""
    n = len(sdoc)
    if c.end < n and sdoc[c.end].lemma_.lower() in MEMBER_NOUNS and sdoc[c.end].pos_ == "NOUN":
        return True
    k = c.start - 1
    if k >= 0 and sdoc[k].lower_ == "the":
        k -= 1
    return k >= 1 and sdoc[k].lower_ == "of" and sdoc[k - 1].lemma_.lower() in MEMBER_NOUNS


def _country_before(sdoc: Doc, c, covered: dict):
    """A country or demonym right before a name ("Russia's Baltic Fleet", "the Mexican
    Institutional Revolutionary Party"), possibly through a possessive."""
    k = c.start - 1
    if k >= 0 and sdoc[k].text in _POSS:
        k -= 1
    other = covered.get(k) if k >= 0 else None
    if other is None or other is c or other.kind not in ("demonym",) or not other.actor or not other.actor.country:
        return None
    if other.end != k + 1:
        return None
    return other


def _appositive_role(sdoc: Doc, c, covered: dict, roles: list):
    """A role with a country set in apposition to the name, either way round."""
    head = sdoc[c.head] if c.head is not None else sdoc[c.start:c.end].root
    linked = [t for t in head.children if t.dep_ == "appos"]
    if head.dep_ == "appos":
        linked.append(head.head)
    for t in linked:
        r = covered.get(t.i)
        if r is not None and r in roles and r.actor is not None and r.actor.country and r.role_kind == "person":
            return r
    return None


# words that may join the words of a proper name ("University of Nairobi")
_CONNECTORS = {"of", "for", "and", "the", "de", "del", "la", "el", "-"}


def proper_names(sdoc: Doc, names: list, roles: list, covered: dict, kb: KnowledgeBase, gazetteer=None) -> list:
    """Names of organisations the NER and the knowledge base missed, or that it split into
    a nationality and a role: a run of capitalised words, possibly with role words and
    countries or demonyms inside ("Russia's Northern Fleet", "93rd Mechanized Brigade",
    "University of Nairobi", "Armenian Revolutionary Federation"), that has a word the
    knowledge base does not know and either a word of ``organisation_words.yaml`` or the
    NER's ORG label with any country or demonym first or after "of" ("Scary Iran Plot",
    a headline, is not an organisation). A nationality before a role alone ("Pakistan Army", "Interior
    Ministry") stays the role pass's. The words the run takes in stop being mentions of
    their own; new group candidates are returned (rule ``org-unknown``)."""
    from dragoman.actors.mentions import Candidate, CandidateSet

    words = load_organisation_words()
    org_tokens = {t for e in entities(sdoc) if e.label_ == "ORG" for t in range(e.start, e.end)}
    calendar = _calendar_words()
    role_set = CandidateSet(roles)
    dropped_roles: list = []  # taken into a run: removed from the lists once, at the end
    dropped_names: list = []
    n = len(sdoc)
    out = []
    i = 0
    while i < n:
        run, unknown, inside = _name_run(sdoc, i, covered, role_set, kb, calendar)
        if not run:
            i += 1
            continue
        s, e = run
        text = sdoc[s:e].text
        named_org = all(t in org_tokens for t in range(s, e)) and all(
            o.start == s or sdoc[o.start - 1].lower_ == "of" for o in inside if o.kind in ("demonym", "metonym"))
        if e - s >= 2 and unknown and (words.sector(text) or named_org) and not _is_place_name(gazetteer, text) \
                and not (named_org and misread_place(sdoc, s, e, kb, gazetteer)):
            c = Candidate(s, e, "group", Actor(name=text, rule="org-unknown"), head=sdoc[s:e].root.i)
            for other in inside:
                if other in role_set:
                    role_set.remove(other)
                    dropped_roles.append(other)
                dropped_names.append(other)
            for t in range(s, e):
                covered[t] = c
            out.append(c)
        i = e
    remove_each(roles, dropped_roles)
    remove_each(names, dropped_names)
    return out


def remove_each(items: list, gone: list) -> None:
    """``for c in gone: if c in items: items.remove(c)`` for candidates, in one pass: the
    first equal candidate of each is found among those of its span only."""
    if not gone:
        return
    at: dict[tuple[int, int], list[int]] = {}
    for k, c in enumerate(items):
        at.setdefault((c.start, c.end), []).append(k)
    removed: set[int] = set()
    for c in gone:
        k = next((k for k in at.get((c.start, c.end), ()) if k not in removed and items[k] == c), None)
        if k is not None:
            removed.add(k)
    items[:] = [c for k, c in enumerate(items) if k not in removed]


def _is_place_name(gazetteer, text: str) -> bool:
    """A gazetteer name, alone or with a descriptor word ("Kurram Agency", "Swat District")."""
    from dragoman.places.toponyms import DESCRIPTORS

    if gazetteer is None:
        return False
    words = text.split()
    if gazetteer.entries_for(text):
        return True
    return len(words) > 1 and words[-1].lower() in DESCRIPTORS and bool(gazetteer.entries_for(" ".join(words[:-1])))


def _name_run(sdoc: Doc, i: int, covered: dict, roles, kb: KnowledgeBase, calendar) -> tuple:
    """((start, end), has an unknown word, candidates inside) of the capitalised run at ``i``
    (``roles``: a ``CandidateSet`` of the role candidates)."""
    n = len(sdoc)

    def part(k: int):
        """'u' unknown capitalised word, 'c' a candidate that may be inside, None otherwise."""
        tok = sdoc[k]
        c = covered.get(k)
        if c is not None:
            if (c in roles and all(sdoc[t].text[:1].isupper() for t in range(c.start, c.end))) \
                    or c.kind == "demonym" or c.kind == "metonym":
                return "c"
            return None
        if tok.lower_ in calendar or tok.like_num and not tok.text[:1].isdigit():
            return None
        if tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text) and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
            return "u"
        if tok.text[:1].isdigit() and tok.text[-2:] in ("st", "nd", "rd", "th"):
            return "u"  # "93rd Mechanized Brigade"
        return None

    if part(i) is None or (sdoc[i].is_sent_start and part(i) == "u" and i + 1 < n and part(i + 1) is None):
        return None, False, []
    k = i
    end = i
    unknown = False
    inside = []
    while k < n:
        p = part(k)
        if p is None:
            if sdoc[k].lower_ in _CONNECTORS and k + 1 < n and part(k + 1) is not None and k > i:
                k += 1
                continue
            break
        if p == "u":
            unknown = True
        else:
            c = covered[k]
            if c.start < i:
                return None, False, []
            if c not in inside:
                inside.append(c)
            k = c.end - 1
        k += 1
        end = k
    return (i, end), unknown, inside


def echo_surnames(sdoc: Doc, names: list, covered: dict, sent_of: list[int]) -> list:
    """Later one-word mentions of an unknown person named in full earlier ("Nikol
    Pashinyan ... Pashinyan said") that the NER did not tag: name candidates of their
    own, which coreference then ties to the full name."""
    from dragoman.actors.mentions import Candidate

    firsts: dict[str, int] = {}
    for c in names:
        if c.kind == "name" and c.actor is not None and c.actor.name and c.actor.rule in ("name-unknown", "title+name") \
                and len(c.actor.name.split()) > 1:
            firsts.setdefault(norm(c.actor.name.split()[-1]), c.end)
    out = []
    if not firsts:
        return out
    for tok in sdoc:
        if tok.i in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        after = firsts.get(norm(tok.text))
        if after is None or tok.i < after:
            continue
        c = Candidate(tok.i, tok.i + 1, "name", Actor(name=tok.text, rule="name-unknown"), head=tok.i, surname_only=True)
        covered[tok.i] = c
        out.append(c)
    return out


def code_parent_groups(sdoc: Doc, names: list, roles: list, covered: dict, parent_nouns: set[str]) -> None:
    """An unknown name set beside what it belongs to: "X, a splinter group of Y" takes
    Y's country and sector; "X, a Kenyan militant group" takes the role's. The name is kept."""
    for c in names:
        if c.actor is None or c.actor.rule not in ("name-unknown", "org-unknown"):
            continue
        head = sdoc[c.head] if c.head is not None else sdoc[c.start:c.end].root
        apps = [t for t in head.children if t.dep_ == "appos" and t.i >= c.end]
        for app in apps:
            if norm(app.lemma_) in parent_nouns or norm(app.text) in parent_nouns:
                of = [t for t in app.children if t.dep_ == "prep" and t.lower_ == "of"]
                objs = [t for p in of for t in p.children if t.dep_ == "pobj"]
                parent = covered.get(objs[0].i) if objs else None
                if parent is not None and parent.actor is not None and (parent.actor.country or parent.actor.sector):
                    c.actor = Actor(country=parent.actor.country, sector=parent.actor.sector, name=c.actor.name,
                                    kb_id=None, rule="org-parent",
                                    note=f"{sdoc[app.left_edge.i:app.i + 1].text} of {parent.actor.name or parent.actor.country}")
                    c.kind = "group"
                    break
            r = covered.get(app.i)
            if r is not None and r in roles and r.actor is not None and r.actor.country and r.role_kind == "group":
                c.actor = Actor(country=r.actor.country, sector=r.actor.sector, name=c.actor.name,
                                rule="org-appos", note=sdoc[r.start:r.end].text)
                c.kind = "group"
                break


def acronym_inside_longer_name(sdoc, i: int, kinds: list, kb) -> bool:
    """``acronym-in-name``: a word written in small letters that the knowledge base knows
    only as an acronym of an organisation ("Ana" for the ANA, "Pal" for a PAL) is no such
    organisation when it ends a longer proper name the entity tagger reads as a place or
    a person ("Santa Ana department", "Doña Ana county", "Mount Pal"): the name goes on
    from the capitalised word before it. Written in capitals ("the ANA"), or standing
    alone, it keeps its reading."""
    tok = sdoc[i]
    if tok.text.isupper() or any(kind != "org" for kind, _ in kinds):
        return False
    if tok.ent_iob_ != "I" or tok.ent_type_ not in ("GPE", "LOC", "FAC", "PERSON") or i == 0:
        return False
    before = sdoc[i - 1]
    if not (before.is_alpha and before.text[:1].isupper()):
        return False
    key = norm(tok.text)
    for _, ids in kinds:
        for oid in ids:
            org = kb.organisations.get(oid)
            if org is None:
                return False
            forms = [f for f in (org.name, *org.aliases) if norm(f) == key]
            if not forms or not all(f.replace(".", "").isupper() for f in forms):
                return False
    return True


def role_named_in_brackets(sdoc: Doc, c, roles: list):
    """``org-bracketed-role``: the role an unknown name in brackets right after it names
    ("government security forces (SNA)", "the national police (PNC)", "militiamen
    (FDLR)"): the name is that body, with the role's sector (an actor holding it, and the
    role's country when it has one). None when the brackets follow no role of a sector,
    or the role names someone already."""
    if c.start < 2 or c.end >= len(sdoc) or sdoc[c.start - 1].text != "(" or sdoc[c.end].text != ")":
        return None
    for r in roles:
        if r.end != c.start - 1:
            continue
        if r.actor is not None:
            if r.actor.sector and not r.actor.name:
                return r.actor
        elif getattr(r, "sector_hint", None):
            return Actor(sector=r.sector_hint)
    return None
