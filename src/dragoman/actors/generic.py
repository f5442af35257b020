"""Generic and unnamed actors: "police", "gunmen", "protesters", "a group of locals".

The resolver's role pass finds these nouns (``kb/roles.csv`` and the generic lexicon
``lexicons/generic_actors.yaml``); this module gives them the country the text gives
them (coding guide §3) and records which rule decided in the actor's ``rule``:

- ``generic-demonym``: a demonym or country before the noun ("Ukrainian officials",
  "Kenya's police"), found by the resolver's nationality pass;
- ``generic-of-place``: a place after it, through "in/of/from/at X" or in brackets
  ("police in Minsk", "Military Forces of Russia", "Protesters (Kenya)");
- ``generic-event-place``: the place where the act happened, named in the same clause
  (a place hanging on the same verb), else the one country all the sentence's places
  lie in ("Gunmen ... shot dead two police officers in Quetta" -> PAK for both);
- ``generic-dateline``: the story's dateline ("QUETTA, Pakistan, May 3 -");
- ``generic-story-place``: the country the story is set in so far, when one country
  holds two thirds of the places and states named in the sentences before ("... in
  Gumla, Jharkhand. Police arrested ..."); a story of two states has none. A state
  named in the same sentence is a party of its own ("Turkey deployed troops to Syria":
  the events stage reads whose troops they are);
- ``generic-document-country``: at the opening of a report, before any place or state
  is named, the country the document's places lie in ("Armed men killed a pastor. The
  attack took place in Bambari, Ouaka.").

A place under "of" and a noun for a part of a place ("the outskirts of Kaduna", "the
rural area of Tumaco") is set where that noun is (``_part_of_place``).

A place read by the first two rules that is an outlier is a misread name: the only
place of its country while at least two of the document's places, and twice as many as
in any other country, lie in another ("a man in Colonia ..." read as Uruguay's Colonia
in a note set in Tijuana, Baja California), or a place a hundred times less important
in the gazetteer than the places of the one other country its sentence names ("students
at the Dam in Amsterdam", "Dam" read as a town of Ghana; a state named whole, "a ceasefire
in Ukraine", rivals no town). The actor takes the other
country, with rule ``generic-document-place`` and a note naming both. A state named as
such ("police in Kenya") is never overruled, nor a city of 100,000 people named by its
own name ("police in Blantyre" in a story set in Zambia).

Foreign forces ("foreign troops", "international forces", "coalition forces") take no
country from the place they are in, nor does a noun with a possessor ("their troops")
or a noun said of someone ("were kept as hostages there", "they are refugees").

A number of people before "of" and a generic noun is part of the mention and its head
("a group of locals", "hundreds of protesters"): that is the token the parser makes the
verb's subject, where the events stage looks for its source.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import yaml
from spacy.tokens import Doc

from dragoman.actors.armed_doers import shooting_doer
from dragoman.actors.kb import KnowledgeBase, norm
from dragoman.data_files import data_path
from dragoman.models import Actor

__all__ = ["GenericLexicon", "PlaceHit", "load_generic_lexicon", "assign_generic_countries", "extend_partitives",
           "dateline_country"]

# prepositions that attach a place as where something happens (not a destination or an
# origin: "residents fled to Poland" are not Polish, "arrested the man on a tip-off from
# Nepal" says nothing of where the man is from)
SETTING_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "on",
                 "along", "off", "between", "among", "nearby"}
BRACKETS = {"(": ")", "[": "]"}
# common nouns for a part or a kind of place, under which "of X" names where it is
PLACE_PARTS = {"area", "outskirts", "vicinity", "village", "town", "city", "district", "region", "province",
               "suburb", "suburbs", "part", "centre", "center", "heart", "countryside", "municipality",
               "neighbourhood", "neighborhood", "north", "south", "east", "west", "northeast", "northwest",
               "southeast", "southwest", "county", "township", "commune", "department", "state", "zone",
               "locality", "settlement", "hamlet", "periphery", "entrance", "environs", "surroundings"}
# words before "to" that make it a setting ("close to X", "next to X")
NEARNESS = {"close", "next", "near", "adjacent", "closer"}


@dataclass(frozen=True)
class PlaceHit:
    """A place named in the body: token span, sentence and the country it lies in."""

    start: int
    end: int
    sentence: int
    country: str
    name: str


class GenericLexicon:
    """The generic-actor nouns and the words around them (see generic_actors.yaml)."""

    def __init__(self, data: dict) -> None:
        self.sector_of: dict[str, str] = {}
        for sector, words in (data.get("nouns") or {}).items():
            for w in words:
                self.sector_of.setdefault(norm(str(w)), sector)
        self.max_tokens = max((len(k.split(" ")) for k in self.sector_of), default=1)
        self.partitives = {norm(w) for w in data.get("partitives") or []}
        self.armed_modifiers = {norm(w) for w in data.get("armed_modifiers") or []}
        self.place_preps = {norm(w) for w in data.get("place_prepositions") or []}
        self.foreign_modifiers = {norm(w) for w in data.get("foreign_modifiers") or []}
        self.foreign_nouns = {norm(w) for w in data.get("foreign_nouns") or []}
        self.local_offices = {norm(w) for w in data.get("local_offices") or []}

    def sector(self, text: str) -> Optional[str]:
        """Sector of a generic noun phrase (surface or lemma), else None."""
        return self.sector_of.get(norm(text))

    def is_generic(self, sdoc: Doc, start: int, end: int, head: Optional[int]) -> bool:
        """Whether the role span [start, end) is a generic actor: its whole text, its
        text without the modifiers in front, or its head noun's lemma is a generic noun."""
        if self.sector(sdoc[start:end].text):
            return True
        for s in range(start + 1, end):
            if self.sector(sdoc[s:end].text):
                return True
        return head is not None and self.sector(sdoc[head].lemma_) is not None

    def role_entry(self, text: str) -> Optional[tuple[str, str]]:
        """(sector, kind) for the resolver's role pass, for a noun roles.csv lacks."""
        s = self.sector(text)
        return (s, "group") if s else None


@lru_cache(maxsize=1)
def load_generic_lexicon() -> GenericLexicon:
    with open(data_path("lexicons", "generic_actors.yaml"), encoding="utf-8") as fh:
        return GenericLexicon(yaml.safe_load(fh) or {})


def _verb_of(tok):
    """The nearest verbal ancestor-or-self (the sentence root if none)."""
    t = tok
    for _ in range(60):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _setting_anchor(sdoc: Doc, hit: PlaceHit):
    """The word a place hangs on through a setting preposition ("in Quetta" -> the verb
    or noun "in" modifies), climbing coordinations and appositions ("in Raykera village
    (Gumla, Jharkhand)"); None for a destination or a place that is not attached so."""
    tok = sdoc[hit.start:hit.end].root
    for _ in range(12):
        if tok.dep_ in ("conj", "appos", "compound", "npadvmod", "nmod") and tok.head.i != tok.i \
                and tok.head.pos_ in ("PROPN", "NOUN", "NUM"):
            tok = tok.head
            continue
        if _part_of_place(tok):
            tok = tok.head.head  # "in the rural area of Tame", "on the outskirts of Goma"
            continue
        break
    if tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS:
        return tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in NEARNESS:
        return tok.head.head.head  # "close to Zacatecas": a setting, not a destination
    return None


def _local_office(sdoc: Doc, c, span: tuple[int, int], lex: GenericLexicon, places_at: dict[int, PlaceHit],
                  country_at: dict[int, str], gazetteer=None) -> None:
    """``local-office-of-place``: a post of a place below the state takes the state of the
    place named right after it, "the governor of Kherson" UKR/GOV (``local_offices``)."""
    if c.actor is None or c.actor.country or c.actor.rule not in ("role-bare", None):
        return
    words = norm(sdoc[span[0]:span[1]].text).split(" ")
    if not any(" ".join(words[i:]) in lex.local_offices for i in range(len(words))):
        return
    after = _country_after(sdoc, c, lex, places_at, country_at, gazetteer)
    if after and not after[2] and sdoc[c.end].lower_ == "of":
        iso, where = after[:2]
        c.actor = c.actor.model_copy(update={"country": iso, "rule": "local-office-of-place",
                                             "note": f"{sdoc[c.start:c.end].text}; place: {where}"})


def _part_of_place(tok) -> bool:
    """A place named under "of" by a common noun for a part or a kind of place ("the rural
    area of X", "the outskirts of X", "the village of X"): where that noun is set, the
    place is."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"):
        return False
    part = tok.head.head
    return part.lower_ in PLACE_PARTS or part.lemma_.lower() in PLACE_PARTS


#: the rule of people of elsewhere whose origin is unsaid: no stage gives them a place's state
FOREIGN_PEOPLE_RULE = "foreign-people"


def _one_origin(sdoc: Doc, c, after) -> bool:
    """Whether people of elsewhere ("migrants", "foreign nationals") are said to come from
    one place: "from X" right after them, with no list of places after it ("migrants from
    Honduras", not "migrants from Cuba, Haiti and Peru", nor "migrants in Van")
    (rule part ``foreign-people``)."""
    if not after or c.end >= len(sdoc) or sdoc[c.end].lower_ != "from":
        return False
    return not any(t.text == "," or t.lower_ == "and" for t in sdoc[c.end + 1:c.end + 6])


def _country_after(sdoc: Doc, c, lex: GenericLexicon, places_at: dict[int, PlaceHit],
                   country_at: dict[int, str], gazetteer=None) -> Optional[tuple[str, str, int]]:
    """(country, place text, end of the bracket) of "in/of/from X" or "(X)" right after
    the mention (the end is 0 when not bracketed)."""
    n = len(sdoc)
    t = c.end
    if t < n and sdoc[t].text in BRACKETS:
        close = BRACKETS[sdoc[t].text]
        k = t + 1
        if k < n and (k in places_at or k in country_at):
            iso = country_at.get(k) or places_at[k].country
            end = places_at[k].end if k in places_at else k + 1
            while end < n and sdoc[end].text not in (close,) and end - k < 6:
                end += 1
            if end < n and sdoc[end].text == close:
                return iso, sdoc[k:end].text, end + 1
        return None
    if t < n and sdoc[t].lower_ in lex.place_preps:
        k = t + 1
        if k < n and sdoc[k].lower_ == "the":
            k += 1
        if k in country_at:
            return country_at[k], sdoc[k].text, 0
        named = _gazetteer_name(sdoc, k, gazetteer)
        hit = places_at.get(k)
        if hit is not None and (named is None or named[2] <= hit.end - hit.start):
            return hit.country, hit.name, 0
        if named:  # a longer name than the toponym found there ("Santiago de Cuba", not "Santiago")
            return named[0], named[1], 0
    return None


def _gazetteer_name(sdoc: Doc, k: int, gazetteer) -> Optional[tuple[str, str, int]]:
    """(country, name, tokens) of a capitalised name at ``k`` the gazetteer knows, longest
    first, read as its most important place (a name the NER missed: "police in Durres");
    none when a capitalised name goes on after it (``_continues_the_name``)."""
    if gazetteer is None or k >= len(sdoc) or not sdoc[k].text[:1].isupper():
        return None
    for L in range(min(4, len(sdoc) - k), 0, -1):
        span = sdoc[k:k + L]
        if not span[-1].text[:1].isupper() or any(t.is_punct for t in span):
            continue
        entries = [e for e, alias in gazetteer.entries_for(span.text)
                   if e.country and (not alias or e.feature != "city" or e.population >= 50_000)]
        if entries and _continues_the_name(sdoc, k, k + L, gazetteer):
            return None  # "Colonia" of "Colonia Villa Guerrero": a piece of a longer name
        if entries:
            best = max(entries, key=lambda e: e.importance())
            return best.country, span.text, L
    return None


def _continues_the_name(sdoc: Doc, start: int, end: int, gazetteer) -> bool:
    """``partial-name`` for a name read from the gazetteer alone: a capitalised proper
    noun right after it goes on with the name ("men in Colonia Emiliano Zapata", "police in
    Villa Nueva Esperanza"), so the gazetteer's place of the first words is some other."""
    from dragoman.places.toponyms import part_of_longer_name

    return part_of_longer_name(sdoc, start, end, gazetteer, before=False)


def _event_place(sdoc: Doc, head_i: int, sent_places: list[PlaceHit]) -> Optional[tuple[str, str]]:
    """The country of the act's place: one on the same verb first, else the one country
    all the sentence's setting places lie in."""
    if not sent_places:
        return None
    verb = _verb_of(sdoc[head_i])
    anchored = [(p, _setting_anchor(sdoc, p)) for p in sent_places]
    same = [p for p, a in anchored if a is not None and (a.i == head_i or _verb_of(a).i == verb.i)]
    if same:
        return same[0].country, same[0].name
    settled = [p for p, a in anchored if a is not None]
    countries = {p.country for p in settled}
    if len(countries) == 1:
        return settled[0].country, settled[0].name
    return None


def dateline_country(sdoc: Doc, kb: KnowledgeBase, gazetteer) -> Optional[tuple[str, str]]:
    """(country, place) of a wire-story dateline at the start of the body, if any."""
    from dragoman.documents.pubdate import DATELINE

    if not len(sdoc):
        return None
    m = DATELINE.match(sdoc.text[: sdoc[0].sent.end_char])
    if m is None:
        return None
    place = m.group("place").strip()
    iso = kb.country_by_name(place) or (kb.seat(place) or (None,))[0]
    if iso is None and gazetteer is not None:
        entries = [e for e, alias in gazetteer.entries_for(place) if not alias and e.country]
        if entries:
            iso = entries[0].country
    return (iso, place) if iso else None


def extend_partitives(cands: list, sdoc: Doc, lex: GenericLexicon) -> None:
    """"a group of locals", "hundreds of protesters": the mention starts at the partitive
    (with its determiner and numbers) and is headed by it."""
    for c in cands:
        if c.kind not in ("role", "nominal") or c.head is None:
            continue
        head = sdoc[c.head]
        if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.i != c.start - 1 \
                and not all(sdoc[k].dep_ in ("det", "amod", "nummod", "compound") for k in range(head.head.i + 1, c.start)):
            continue
        part = head.head.head
        if part.i >= c.start or norm(part.lemma_) not in lex.partitives and norm(part.text) not in lex.partitives:
            continue
        start = part.left_edge.i if part.left_edge.i <= part.i else part.i
        if any(sdoc[k].is_punct for k in range(start, c.start)):
            start = part.i
        c.start = min(c.start, start)
        c.head = part.i
        c.plural = True


def assign_generic_countries(cands: list, sdoc: Doc, sent_of: list[int], places: list[PlaceHit],
                             dateline: Optional[tuple[str, str]], lex: GenericLexicon, gazetteer=None) -> set[int]:
    """Give every generic mention that has no country one (rules in the module docstring).

    Returns the ids of the candidates it absorbed: a country in brackets after a generic
    noun ("Protesters (Kenya)") is part of that mention, not an actor of its own."""
    places_at = {p.start: p for p in places}
    country_at: dict[int, str] = {}
    country_cand: dict[int, object] = {}
    for c in cands:
        if c.actor is not None and c.actor.country and c.info.get("country"):
            country_at[c.start] = c.actor.country
            country_cand[c.start] = c
    absorbed: set[int] = set()
    by_sentence: dict[int, list[PlaceHit]] = {}
    for p in places:
        by_sentence.setdefault(p.sentence, []).append(p)
    story = _StorySoFar(cands, sdoc, sent_of, by_sentence)
    dominant, support = _dominant_country(places)
    state_names = {sdoc[c.start:c.end].text for c in country_cand.values()}
    for c in cands:
        if c.kind not in ("role", "nominal") or c.actor is None:
            continue
        span = c.info.get("role_span", (c.start, c.end))
        if not lex.is_generic(sdoc, span[0], span[1], c.info.get("noun_head", c.head)):
            _local_office(sdoc, c, span, lex, places_at, country_at, gazetteer)
            continue
        if c.actor.country:
            if c.actor.rule == "role-pattern":
                rule = "generic-of-place" if c.info.get("nationality") == "after" else "generic-demonym"
                c.actor = c.actor.model_copy(update={"rule": rule})
                story.drop(c)  # a generic mention now: no longer a state the story names
            continue
        if c.actor.rule not in ("role-bare", None):
            continue
        if any(sdoc[k].lower_ in lex.foreign_modifiers for k in range(max(0, c.start - 1), c.end)):
            continue  # "foreign troops", "international forces": not of the place they are in
        noun = sdoc[c.info.get("noun_head", c.head if c.head is not None else c.end - 1)]
        if any(t.dep_ == "poss" for t in noun.children):
            continue  # "their troops": whose they are is said, and it is not a place
        if noun.dep_ in ("attr", "oprd", "acomp") or noun.dep_ == "pobj" and noun.head.lower_ == "as":
            continue  # "were kept as hostages", "they are refugees": said of someone already named
        sector = c.actor.sector or lex.sector(sdoc[span[0]:span[1]].text)
        if sector == "CIV" and shooting_doer(noun):
            sector = "INS"  # armed-doer: "two individuals opened fire" are gunmen
        after = _country_after(sdoc, c, lex, places_at, country_at, gazetteer)
        if norm(noun.lower_) in lex.foreign_nouns or norm(noun.lemma_) in lex.foreign_nouns:
            if not _one_origin(sdoc, c, after):
                # "migrants detained in Van": not of the place they are found in
                c.actor = c.actor.model_copy(update={"rule": FOREIGN_PEOPLE_RULE})
                continue
        found = after[:2] if after else None
        rule = "generic-of-place"
        si = sent_of[c.start]
        if after and after[2]:
            inside = country_cand.get(c.end + 1)
            if inside is not None:
                absorbed.add(id(inside))
            c.end = after[2]
        if found is None:
            found = _event_place(sdoc, c.head if c.head is not None else c.end - 1, by_sentence.get(si, []))
            rule = "generic-event-place"
        if found is None and dateline is not None:
            found, rule = dateline, "generic-dateline"
        if found is None:
            found = story.place_before(si)
            rule = "generic-story-place"
        if found is None and dominant is not None and not story.set_before(si):
            # the opening of a report whose places come later ("Gunmen killed a pastor.
            # The attack took place in Bambari, Ouaka."): where the document is set
            found, rule = (dominant, dominant), "generic-document-country"
        if found is None:
            continue
        iso, where = found
        note = f"{sdoc[c.start:c.end].text}; place: {where}"
        if rule in ("generic-of-place", "generic-event-place") and where not in state_names \
                and not _sizeable_city(gazetteer, where, iso):
            other = dominant if dominant is not None and iso != dominant and support.get(iso, 0) <= 1 \
                else _outweighed(iso, where, by_sentence.get(si, []), gazetteer)
            if other is not None:
                note += f" (an outlier: the document's places lie in {other})"
                iso, rule = other, "generic-document-place"
        c.actor = Actor(country=iso, sector=sector, rule=rule, note=note)
    return absorbed


# a place this many times less important than one of another country named in the same
# sentence is read as a misread name (a hamlet called "Dam" beside Amsterdam)
OUTWEIGHED = 100


def _place_importance(gazetteer, name: str, iso: str) -> float:
    """The gazetteer importance of ``name`` read in ``iso`` (a last descriptor word such
    as "town" or "region" dropped when the whole name is unknown); 0 when unknown."""
    for text in (name, name.rsplit(" ", 1)[0] if " " in name else None):
        if text:
            values = [e.importance() for e, _ in gazetteer.entries_for(text) if e.country == iso]
            if values:
                return max(values)
    return 0.0


# a city of this many people, read by its own name, is no misreading
SIZEABLE_CITY = 100_000


def _sizeable_city(gazetteer, name: str, iso: str) -> bool:
    """Whether ``name`` is, by its own name (not an alias), a city of ``SIZEABLE_CITY``
    people in ``iso``."""
    if gazetteer is None:
        return False
    return any(e.country == iso and not alias and e.population >= SIZEABLE_CITY
               for e, alias in gazetteer.entries_for(name))


def _whole_state(gazetteer, name: str, iso: str) -> bool:
    """Whether the place name is, in ``iso``, the state itself (the gazetteer's country entry)."""
    return any(e.country == iso and e.feature == "country" for e, _ in gazetteer.entries_for(name))


def _outweighed(iso: str, where: str, sent_places: list[PlaceHit], gazetteer) -> Optional[str]:
    """The one other country of the sentence's places whose places outweigh ``where``
    (``OUTWEIGHED`` times its importance), else None."""
    if gazetteer is None:
        return None
    # a state named whole ("a ceasefire in Ukraine") weighs as a state, not as a town rivalling this one
    sent_places = [p for p in sent_places if p.country == iso or not _whole_state(gazetteer, p.name, p.country)]
    others = {p.country for p in sent_places if p.country != iso}
    if len(others) != 1:
        return None
    other = others.pop()
    mine = _place_importance(gazetteer, where, iso)
    theirs = max(_place_importance(gazetteer, p.name, other) for p in sent_places if p.country == other)
    return other if theirs >= OUTWEIGHED * max(mine, 1.0) else None


def _dominant_country(places: list[PlaceHit]) -> tuple[Optional[str], dict[str, int]]:
    """The country at least two of the document's places lie in, and twice as many as in
    any other (None when there is none), with the number of places in each country."""
    support: dict[str, int] = {}
    for p in places:
        support[p.country] = support.get(p.country, 0) + 1
    if not support:
        return None, support
    top = max(sorted(support), key=lambda k: support[k])
    if support[top] < 2 or any(2 * n > support[top] for k, n in support.items() if k != top):
        return None, support
    return top, support


def _elsewhere(tok) -> bool:
    """A state named as a destination or origin ("fled to Poland", "a tip-off from
    Nepal"): not where the story is set."""
    return tok.dep_ == "pobj" and tok.head.pos_ == "ADP" and tok.head.lower_ not in SETTING_PREPS


class _StorySoFar:
    """The country a story is set in so far, for any sentence: of the places and the states
    named in the sentences before it, one country holds at least two thirds ("... in
    Metele, Borno State, near the Niger border. Troops were dislodged ..." is Nigeria's;
    a story of two states has none).

    The states are those of the mentions with a country that are not generic and not a
    destination or origin (``_elsewhere``). Both are kept per country as sorted sentence
    numbers, built once per document, so each question is a few bisections whatever the
    document's length. A mention that becomes generic while countries are assigned is
    ``drop``-ped (no mention becomes a state the story names during that pass).
    """

    def __init__(self, cands: list, sdoc: Doc, sent_of: list[int], by_sentence: dict[int, list[PlaceHit]]):
        self._place_sents: dict[str, list[int]] = {}
        self._place_names: dict[str, list[str]] = {}
        for k in sorted(by_sentence):
            for p in by_sentence[k]:
                self._place_sents.setdefault(p.country, []).append(k)
                self._place_names.setdefault(p.country, []).append(p.name)
        self._state_sents: dict[str, list[int]] = {}
        self._counted: dict[int, tuple[str, int]] = {}
        for o in cands:
            if o.actor is not None and o.actor.country and not (o.actor.rule or "").startswith("generic-") \
                    and not _elsewhere(sdoc[o.start:o.end].root):
                insort(self._state_sents.setdefault(o.actor.country, []), sent_of[o.start])
                self._counted[id(o)] = (o.actor.country, sent_of[o.start])

    def drop(self, cand) -> None:
        """No longer count ``cand``'s state."""
        counted = self._counted.pop(id(cand), None)
        if counted is not None:
            sents = self._state_sents[counted[0]]
            del sents[bisect_left(sents, counted[1])]

    def set_before(self, si: int) -> bool:
        """Whether any place or state is named before sentence ``si``."""
        return any(bisect_left(sents, si) for table in (self._place_sents, self._state_sents)
                   for sents in table.values())

    def place_before(self, si: int) -> Optional[tuple[str, str]]:
        """(country, the last place named in it, else the country) before sentence ``si``."""
        counts: dict[str, int] = {}
        for table in (self._place_sents, self._state_sents):
            for iso, sents in table.items():
                n = bisect_left(sents, si)
                if n:
                    counts[iso] = counts.get(iso, 0) + n
        if not counts:
            return None
        top = max(counts, key=lambda k: counts[k])
        if 3 * counts[top] < 2 * sum(counts.values()):
            return None  # (two countries tied at the top never hold two thirds each)
        n = bisect_left(self._place_sents.get(top, []), si)
        return top, (self._place_names[top][n - 1] if n else top)
