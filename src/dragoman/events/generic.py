"""Unnamed actors with the country the text gives them, and acts with no addressee.

Coding guide §3: "gunmen in Quetta" is ``PAK/INS``, "police in Minsk" ``BLR/GOV``,
"protesters in Nairobi" ``KEN/CIV``. The actor stage reads a demonym or "in/of X" on the
phrase itself; when it leaves a role without a state ("troops", "gunmen", "police"),
the events stage completes it from the sentence, then from the story:

- ``place-country``: the state of the places the sentence names, when they all lie in
  one state ("Gunmen shot dead two police officers in Quetta" -> Pakistan);
- ``story-country``: else the state the story is about so far, when one state holds
  most of its state mentions ("Troops were dislodged from the base" in a story about
  Nigeria's army).

Coding guide §1: a protest, a deployment, an attack whose victims go unnamed are events
with ``target: null`` (rule ``no-addressee``) — only for the types that need no
addressee (``NO_ADDRESSEE_TYPES``); a demand or an accusation always has one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Span as SpacySpan

from dragoman.models import Actor
from dragoman.doc_index import span_entities

#: acts that are complete without an addressee (coding guide §1)
NO_ADDRESSEE_TYPES = {"PROTEST", "MOBILIZE", "ASSAULT"}
PLACE_LABELS = ("GPE", "LOC", "FAC")
#: share of the story's state mentions a state must hold to give its country to a bare role
STORY_SHARE = 0.5


@lru_cache(maxsize=1)
def _gazetteer():
    from dragoman.places.gazetteer import Gazetteer

    return Gazetteer.default()


@lru_cache(maxsize=4096)
def place_country(name: str) -> Optional[str]:
    """The state a place name lies in, when its readings agree (or one clearly dominates)."""
    entries = [e for e, alias in _gazetteer().entries_for(name) if e.country]
    if not entries:
        return None
    countries = {e.country for e in entries}
    if len(countries) == 1:
        return entries[0].country
    top = max(entries, key=lambda e: e.importance())
    rivals = [e.importance() for e in entries if e.country != top.country]
    return top.country if top.importance() >= 10 * max(rivals) else None


def place_country_in(name: str, preferred: list[str]) -> Optional[str]:
    """The first of the ``preferred`` states in which the gazetteer has a place of this
    name (a border town such as Bunagana lies in two states: the story's one is meant)."""
    countries = {e.country for e, alias in _gazetteer().entries_for(name) if e.country}
    return next((c for c in preferred if c and c in countries), None)


PLACE_OBJECT_VERBS = {"shell", "bomb", "attack", "raid", "strike", "hit", "storm", "invade", "capture", "seize",
                      "overrun", "besiege", "shoot", "fire", "target", "enter", "occupy", "visit", "tour"}
SETTING_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "on"}
#: a state's missions abroad: the state a modifier names is the one they represent, not where they are
MISSION_NOUNS = {"embassy", "consulate", "mission", "commission", "chancery", "legation"}


def _is_setting(ent) -> bool:
    """A place named as where something happens ("in Quetta", "near Tsupivka, Kharkiv"),
    not as a party or a source ("a tip-off from Nepal", "relations with Iran")."""
    h = ent.root
    while h.dep_ in ("conj", "appos", "compound") and h.head.i != h.i:
        if h.dep_ == "compound" and h.head.lemma_.lower() in MISSION_NOUNS:
            return False  # "outside the US embassy in Manila": the embassy lies in Manila's state
        h = h.head
    if h.dep_ in ("dobj", "advmod", "npadvmod") and h.head.lemma_.lower() in PLACE_OBJECT_VERBS:
        return True  # "shelled Toretsk", "attacked Kakumbukumbu village"
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in {"city", "town", "village", "region", "province", "district"}:
        h = h.head.head  # "the city of Kharkiv" is a setting where the city is
        if h.dep_ in ("dobj", "advmod", "npadvmod") and h.head.lemma_.lower() in PLACE_OBJECT_VERBS:
            return True
    return h.dep_ == "pobj" and h.head.lower_ in SETTING_PREPS


def setting_country(sent: SpacySpan, exclude=None, lookup=None) -> Optional[str]:
    """The one state the settings of a sentence lie in (other than the ``exclude`` entity),
    or None (none, or several). With ``lookup`` (the sentence's mentions by token), a
    setting the gazetteer does not read ("in the Democratic Republic of Congo") counts by
    the state its mention names."""
    def state(ent) -> Optional[str]:
        c = bracketed_place_country(ent) or place_country(ent.text) or division_country(ent.text)
        if c is None and lookup is not None:
            m = lookup.at(ent.root.i)
            c = m.actor.country if m and m.actor and not m.actor.name and not m.actor.sector else None
        return c

    # (a town the NER took for an organisation or a person counts when it is named as a setting)
    found = {c for ent in span_entities(sent) if (ent.label_ in PLACE_LABELS or ent.label_ in ("ORG", "PERSON"))
             and ent != exclude and _is_setting(ent) and not _piece_of_a_name(ent) and (c := state(ent))}
    if not found and exclude is None:
        return bracketed_divisions_country(sent)
    return found.pop() if len(found) == 1 else None


def _piece_of_a_name(ent) -> bool:
    """``partial-name`` for a setting: an entity a capitalised proper noun goes on after
    ("in Horo Gudru Wellega zone" tagged "Horo" alone, "in Santa Rosa del Aguaray") is a
    piece of a longer name, and the gazetteer's place of the piece is some other."""
    from dragoman.places.toponyms import part_of_longer_name

    return part_of_longer_name(ent.doc, ent.start, ent.end, _gazetteer(), before=False)


def bracketed_place_country(ent) -> Optional[str]:
    """The state of a place told with its divisions in a bracket ("in Boa Vista (Roraima)",
    "in Dimitrovgrad (Haskovo)", or the tagger's one entity "Palma de Mallorca (Baleares"):
    the one state the bracket's known pieces lie in decides among the place's readings,
    and names the state of a place the gazetteer does not know. None without such a
    bracket (rule ``bracketed-place``)."""
    text = ent.text
    name, pieces = text, []
    if "(" in text:
        name, _, rest = text.partition("(")
        pieces = rest.rstrip(")").split(",")
    else:
        doc = ent.doc
        k = ent.end
        if k < len(doc) and doc[k].text == "(":
            close = next((j for j in range(k + 1, min(len(doc), k + 16)) if doc[j].text == ")"), None)
            if close is not None:
                pieces = doc[k + 1:close].text.split(",")
    pieces = [p.strip() for p in pieces if p.strip() and p.strip()[0].isupper()]
    shared = _shared_state([name.strip(), *pieces]) if pieces else None
    if shared is not None:
        return shared
    countries = {place_country(p) or division_country(p) for p in pieces} - {None}
    if len(countries) != 1:
        return place_country(name.strip()) or division_country(name.strip()) if pieces else None
    return countries.pop()


def _shared_state(names: list[str]) -> Optional[str]:
    """``bracketed-place``, readings that agree: the one state in which every name of a
    place and its divisions that the gazetteer knows has a reading ("Santarem (Para)":
    Santarem lies in Brazil and Portugal, Para in Brazil, Suriname and others: Brazil),
    or None (no such state, several, or fewer than two known names)."""
    readings = [{e.country for e, _ in _gazetteer().entries_for(n) if e.country} for n in names]
    readings = [r for r in readings if r]
    if len(readings) < 2:
        return None
    common = set.intersection(*readings)
    return common.pop() if len(common) == 1 else None


def _bracket_after_setting(tok) -> bool:
    """Whether the token before a bracket lies in a setting phrase ("in Kasunyu village
    (...)", "near Gao (...)"): under a setting preposition of the clause."""
    h = tok
    for _ in range(6):
        if h.dep_ == "pobj" and h.head.lower_ in SETTING_PREPS:
            return True
        if h.head.i == h.i or h.dep_ not in ("compound", "appos", "conj", "pobj", "prep", "flat", "nmod", "amod"):
            return False
        h = h.head
    return False


def bracketed_divisions_country(sent: SpacySpan) -> Optional[str]:
    """The one state of the divisions a setting's bracket lists ("in Kasunyu village
    (Bwisha, Rutshuru, Nord-Kivu)", "in Maiduguri (Borno state)"): the place's district,
    province or region named after it, each looked up in the gazetteer (the entity tagger
    often splits or mislabels such lists). None when no piece is known, or the known
    pieces lie in several states."""
    found: set[str] = set()
    toks = list(sent)
    for k, tok in enumerate(toks):
        if tok.text != "(" or k == 0 or not (_bracket_after_setting(toks[k - 1]) or toks[k - 1].pos_ == "PROPN"
                                             or toks[k - 1].lemma_.lower() in DIVISION_WORDS | {"market", "area"}):
            continue
        close = next((j for j in range(k + 1, len(toks)) if toks[j].text == ")"), None)
        if close is None:
            continue
        inside = sent.doc[toks[k + 1].i:toks[close].i].text if close > k + 1 else ""
        for piece in inside.split(","):
            name = piece.strip()
            if not name or not name[0].isupper():
                continue
            country = place_country(name) or division_country(name)
            if country:
                found.add(country)
    return found.pop() if len(found) == 1 else None


#: words naming an administrative division after its name ("Borno state", "Sagaing region")
DIVISION_WORDS = {"state", "region", "province", "district", "county", "governorate", "department", "division",
                  "prefecture", "municipality", "township", "oblast", "raion", "countryside", "city", "town",
                  "village", "subdistrict", "sub-district", "commune"}


def division_country(name: str) -> Optional[str]:
    """The state of a division named with its kind after it ("Diyala province",
    "Falam district", "Hama countryside"): the gazetteer's reading of the bare name."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in DIVISION_WORDS:
        return None
    return place_country(" ".join(words[:-1]))


#: dependencies and prepositions under which a trigger names whom it acts on
ADDRESSEE_DEPS = ("dobj", "dative", "iobj", "obj", "nsubjpass")
ADDRESSEE_PREPS = {"against", "on", "at", "upon", "targeting", "with"}
PARTY_LABELS = {"PERSON", "ORG", "NORP"}  # a place is where, not whom
#: weapons an attack is done "with" ("shelled the town with heavy artillery"): the means,
#: not a party it acts with
WEAPON_NOUNS = {"artillery", "mortar", "rocket", "missile", "shell", "drone", "gun", "weapon", "firearm", "rifle",
                "machinegun", "grenade", "bomb", "explosive", "knife", "machete", "stick", "stone", "rock",
                "tank", "launcher", "howitzer", "munition", "ammunition", "projectile", "cocktail", "club", "axe"}


def _weapon_means(head) -> bool:
    """A weapon under "with" ("with heavy artillery", "with mortars"): how, not whom."""
    return head.dep_ == "pobj" and head.head.lower_ == "with" and head.lemma_.lower() in WEAPON_NOUNS


def _state_as_setting(tok, lookup) -> bool:
    """A mention of a bare state (no sector, no name) hung where a place is ("in Vakaga
    prefecture, Central African Republic")."""
    m = lookup.at(tok.i)
    if m is None or m.actor is None or not m.actor.country or m.actor.sector or m.actor.name:
        return False
    h = tok
    while h.dep_ in ("conj", "appos", "compound") and h.head.i != h.i:
        h = h.head
    return h.dep_ == "pobj" and h.head.lower_ in SETTING_PREPS


def names_an_unread_party(tok, lookup, trigger_span: tuple[int, int] = (0, 0)) -> bool:
    """Whether the trigger acts on someone the sentence names but the actor rules could
    not read ("initiate an operation against the Haqqanis" with the group unresolved): then
    its addressee is not absent, only unknown, and no ``no-addressee`` event is told. A
    town the NER took for a person or a group, named as a setting, is no party ("shelled
    houses in Kupiansk, Kharkiv"), nor is the object a light-verb trigger is made of
    (``trigger_span``: "fired artillery near Zakho", the artillery read as a role), nor a
weapon it is done with ("shelled the town with heavy artillery": ``WEAPON_NOUNS``)."""
    heads = [c for c in tok.children if c.dep_ in ADDRESSEE_DEPS]
    for c in list(tok.children) + list(heads):
        if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS:
            heads.extend(g for g in c.children if g.dep_ == "pobj")
    from dragoman.events.unread_places import unread_place  # (it reads this module's places)

    settings = {t.i for ent in span_entities(tok.sent) if ent.label_ in PARTY_LABELS and place_country(ent.text)
                and (_is_setting(ent) or all(lookup.at(t.i) is None for t in ent)) for t in ent}
    # (a known place the NER took for a party that the actor stage left unread is a place too)
    # a state named as a setting inside the object ("shelled X village in Vakaga, Central
    # African Republic") says where, not whom
    where = {t.i for t in tok.sent if _state_as_setting(t, lookup)}
    means = {t.i for w in tok.sent if _weapon_means(w) for t in w.head.subtree}
    for h in heads:
        for t in h.subtree:
            if trigger_span[0] <= t.i < trigger_span[1] or t.is_punct or t.i in means:
                continue  # (a hyphen inside a name, "Ivano-Darivka", is no party of its own)
            if ((lookup.at(t.i) is not None and t.i not in where) or (t.ent_type_ in PARTY_LABELS and t.i not in settings)) \
                    and not unread_place(t, lookup):
                return True
    return False



#: rules of the actor stage that give a name the knowledge base does not know
UNKNOWN_NAME_RULES = {"org-unknown", "name-unknown", "org-unknown-members"}


def with_country(actor: Actor, sent: SpacySpan, story, named: bool = False) -> Actor:
    """A bare role (a sector, no state, no name) with the state of its sentence's places,
    else of the story; unchanged when neither gives one. With ``named``, also an actor
    the knowledge base does not know that has a name and a sector but no state ("Defense
    Minister Guillermo Botero", an armed group named only here): the place where it acts
    gives its state (issue #14, item 3)."""
    if actor.country or actor.sector == "IGO" or actor.rule == "foreign-people":
        return actor  # (migrants found in a place are not of its state: actors/generic.py)
    if not actor.sector and not (named and actor.name and actor.kb_id is None and actor.rule in UNKNOWN_NAME_RULES):
        return actor  # (a group named only here, of no known sector, is placed too: "ASUU members protested in X")
    if actor.name and not (named and actor.kb_id is None):
        return actor
    country = setting_country(sent)
    rule = "place-country"
    if country is None:
        # "in Chkalovske, Kharkiv": a known place the entity tagger left untagged in the setting
        from dragoman.events.unnamed_doers import untagged_setting_country

        country = untagged_setting_country(sent)
    if country is None and story is not None:
        country, rule = story.dominant_state(STORY_SHARE), "story-country"
    if country is None:
        return actor
    return actor.model_copy(update={"country": country, "rule": f"{actor.rule or 'role'}+{rule}"})


#: cooperation between a state and its own unnamed public is domestic policy, not an event
#: of its relations ("Russia must protect its citizens"); conflict with it is (arrests, attacks)
COOPERATIVE_TYPES = {"AGREE", "CONSULT", "SUPPORT", "REQUEST", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def domestic_cooperation(type_: str, source: Actor, target: Actor) -> bool:
    """A cooperative act between two actors of one state, one of them unnamed."""
    return (type_ in COOPERATIVE_TYPES and source.country is not None and source.country == target.country
            and (source.name is None or target.name is None))
