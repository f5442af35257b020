"""The place of an event's clause: ``place_for_clause`` picks, for an event trigger, the
place mentioned in its own clause (climbing through complements, purposes and
"in the vicinity of X"), from the places :func:`dragoman.places.toponyms.resolve_places` found.
"""

from __future__ import annotations

from typing import Optional

from dragoman.models import Place
from dragoman.places.toponyms import LOCATIVE_PREPS, PLACE_OBJECT_VERBS, norm

CLAUSE_PASS_DEPS = {"xcomp", "pcomp", "acl"}
LOOSE_PLACE_DEPS = {"advmod", "npadvmod", "appos", "compound", "attr", "oprd"}


def _verb_of(tok):
    """The nearest verbal ancestor-or-self of a token (the root if none)."""
    t = tok
    while True:
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:  # the root (spaCy makes a new Token object on each access)
            return t
        t = t.head


def _attachment(head):
    """For a place's head token: (token it is attached to, preposition) when attached
    locatively, else None."""
    h = head
    # (a name before its descriptor may be parsed as its modifier: "in Let Pan Hla village",
    # "in Ah Sin Chaing village" with "Chaing" an adjective of "village")
    while h.head.i != h.i and (h.dep_ in ("conj", "appos", "compound", "nmod", "amod")
                               or (h.head.lower_ in SURROUNDINGS and 0 < h.head.i - h.i <= 5)):
        h = h.head
    h = _through_of(h)
    if h.dep_ == "pobj" and h.head.lower_ in LOCATIVE_PREPS:
        prep = h.head
        # "near to", "from inside": climb a preposition chain
        while prep.dep_ == "pcomp" and prep.head.pos_ == "ADP":
            prep = prep.head
        return prep.head, prep
    if h.dep_ in ("dobj", "nsubjpass") and h.head.lemma_ in PLACE_OBJECT_VERBS:
        return h.head, None
    if h.dep_ == "npadvmod" and h.head.pos_ in ("VERB", "AUX"):  # "went home" style
        return None
    return None


# nouns of a place's surroundings: "in the direction of X", "in the vicinity of X"
# and words of a locality ("in Pakokku town of Pakokku township", "in Ah Sin Chaing village")
SURROUNDINGS = {"direction", "vicinity", "outskirts", "area", "suburbs", "environs", "centre", "center",
                "heart", "north", "south", "east", "west", "edge", "border", "countryside", "periphery",
                "village", "town", "township", "city", "district", "camp", "neighbourhood", "neighborhood"}


def _object_by_order(span):
    """(verb, None) for a name right after a verb whose object is where the act happened
    ("shelled Tal Khanzir town in Hama countryside"): the order of the words says it is
    the verb's object, whatever the parser made of a name it does not know."""
    if span.start == 0:
        return None
    verb = span.doc[span.start - 1]
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in PLACE_OBJECT_VERBS:
        return verb, None
    return None


def _through_of(h):
    """For a name after "of" in a locative phrase on its surroundings ("in the direction
    of Vremivka", "in the vicinity of Kani Masi"), the surroundings noun, whose own
    attachment is the name's; else the name itself."""
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in SURROUNDINGS:
        return h.head.head
    return h


def _path_ok(start, trigger) -> Optional[int]:
    """0 when ``trigger`` is ``start`` or an ancestor reached without leaving a clause,
    2 when reached leaving only xcomp/pcomp/acl clauses, else None."""
    t = start
    crossed = False
    for _ in range(100):
        if t.i == trigger.i:
            return 2 if crossed else 0
        if t.head.i == t.i:  # the root (spaCy makes a new Token object on each access)
            return None
        if t.pos_ in ("VERB", "AUX"):
            if t.dep_ not in CLAUSE_PASS_DEPS:
                return None
            crossed = True
        t = t.head
    return None


def _first_conjunct(token):
    """The verb a coordinated verb trigger is the conjunct of ("soldiers raided X village
    and **arrested** three men"), or that a participle of its outcome hangs on ("shelled
    Al Bab city, **injuring** a child"): its place is the shared one when the trigger's
    own clause names none; else None."""
    t = token
    while t.head.i != t.i and t.head.pos_ in ("VERB", "AUX") and (
            t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ == "VBG")):
        t = t.head
    return t if t.i != token.i and token.pos_ in ("VERB", "AUX") else None


def _purpose_head(token):
    """The verb whose purpose a to-infinitive trigger states ("gathered in Milan **to
    protest**"): where that act happened is where the purpose was pursued; else None."""
    if token.dep_ in ("advcl", "xcomp") and token.head.pos_ in ("VERB", "AUX") and token.head.i != token.i:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return token.head
    return None


def place_for_clause(token, places: list[Place], sentence_fallback: bool = True) -> Optional[Place]:
    """The place of an event trigger's own clause, among its sentence's places.

    A place attached through a locative preposition (in, at, near, from, to ...) or as
    the object of a verb such as "visit" counts for the trigger when it hangs on the
    trigger, on a word of the trigger's clause, on the verb that governs a nominal
    trigger ("drone attacks killed ... in Khost" -> Khost), or on the verb whose purpose
    a to-infinitive trigger states ("gathered in Milan to protest" -> Milan). Coordinated places give the
    first. Failing that (and unless ``sentence_fallback`` is off), the sentence's only
    locatively attached place, or the only place of a sentence whose places the parser
    attached to nothing; else None.
    """
    doc = token.doc
    sent = token.sent
    attached = []
    loose: list[Place] = []
    for p in places:
        if p.start is None or p.end is None:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if span.start < sent.start or span.end > sent.end:
            continue
        att = _object_by_order(span) or _attachment(span.root)
        if att is None:
            h = span.root
            while h.dep_ == "conj" and h.head.i != h.i:
                h = h.head
            # a misparsed setting ("shelled Toretsk, Donetsk" as an adverb), not a party
            # ("relations with X", "criticised X") nor a state named as such
            if h.dep_ in LOOSE_PLACE_DEPS and p.precision != "country":
                loose.append(p)
            continue
        attached.append((p, att[0], att[1]))
    if not attached:
        # a place the parser did not attach ("shelled Toretsk, Donetsk"): the sentence's only one
        names = {norm(p.name) for p in loose}
        return loose[0] if sentence_fallback and len(names) == 1 else None
    best = None
    trig_verb = _verb_of(token)
    purpose_of = _purpose_head(token)
    for p, anchor, _ in attached:
        prio = None
        if anchor.i == token.i:
            prio = 0
        else:
            path = _path_ok(anchor, token)
            if path is not None:
                prio = path
            elif token.pos_ not in ("VERB", "AUX") and _verb_of(anchor).i == trig_verb.i:
                prio = 1
            elif purpose_of is not None and (anchor.i == purpose_of.i or _path_ok(anchor, purpose_of) == 0):
                prio = 1
            elif _first_conjunct(token) is not None and anchor.i == _first_conjunct(token).i:
                prio = 3
        if prio is None:
            continue
        key = (prio, p.start)
        if best is None or key < best[0]:
            best = (key, p)
    if best is not None:
        return best[1]
    return _only_place([(p, prep) for p, _, prep in attached]) if sentence_fallback else None


def _only_place(attached: list) -> Optional[Place]:
    """The sentence's only attached place; of several, the only one not named as an
    origin ("from X": "columns coming from Daw Poe Si village clashed ... in Demoso"
    leaves Demoso)."""
    names = {norm(p.name) for p, _ in attached}
    if len(names) == 1:
        return attached[0][0]
    settings = [(p, prep) for p, prep in attached if prep is None or prep.lower_ != "from"]
    if settings and len({norm(p.name) for p, _ in settings}) == 1:
        return settings[0][0]
    return None
