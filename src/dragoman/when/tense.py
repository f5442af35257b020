"""The tense of a clause, read from the parse: which way a date points and how an act is told.

``clause_tense`` says whether a clause speaks of something still to come (a bare weekday or
year-less date then points forward); ``verb_tense`` tells the past, present, present
perfect, modal and future apart for story time and the undated background.
"""

from __future__ import annotations

from dragoman.when.vocabulary import lexicon


_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}


def governing_verb(tok):
    """The nearest verb at or above ``tok`` in the parse (None if there is none)."""
    t = tok
    while True:
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head


def clause_tense(verb) -> str:
    """"future" when the clause of ``verb`` speaks of something still to come, else "past".

    Future: a will/shall auxiliary, "is to ...", or the infinitive complement of a verb of
    planning or expecting (``future_governors`` in the lexicon). Present-tense news verbs
    ("Clinton warns") report the past and read as past.
    """
    if verb is None:
        return "past"
    t = verb
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in t.children):
            return "future"
        if t.dep_ != "xcomp" or t.head.i == t.i:
            break
        head = t.head
        if head.lemma_ in lexicon().future_governors and not (head.lemma_ == "go" and head.tag_ != "VBG"):
            return "future"
        if head.lemma_ == "be":
            return "future"
        t = head
    return "past"


_PERFECT_AUX = {"has", "have", "'ve"}


_NONFINITE_DEPS = {"advcl", "xcomp", "acl", "conj", "pcomp", "ccomp", "csubj", "relcl"}


def finite_verb(tok):
    """The verb that carries the tense of the clause of ``tok``: its governing verb, or for
    a non-finite verb ("urging", "to play", a conjunct sharing its auxiliaries) the first
    finite verb above it. None when there is none."""
    v = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    for _ in range(6):
        if v is None or verb_tense(v) != "nonfinite" or v.dep_ not in _NONFINITE_DEPS or v.head.i == v.i:
            return v
        v = governing_verb(v.head)
    return v


def verb_tense(verb) -> str:
    """The tense of a verb's clause: "future", "modal" (would, could, may ...), "perfect"
    (present perfect), "past" (simple or past perfect, active or passive, "did"), "present",
    or "nonfinite" (an infinitive or participle with no finite auxiliary)."""
    if verb is None:
        return "nonfinite"
    if clause_tense(verb) == "future":
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(a.tag_ == "MD" for a in auxes):
        return "modal"
    for a in auxes:  # the first finite auxiliary carries the tense
        if a.lower_ in _PERFECT_AUX and a.tag_ in ("VBZ", "VBP"):
            return "perfect"
        if a.tag_ == "VBD":
            return "past"
        if a.tag_ in ("VBZ", "VBP"):
            return "present"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return "nonfinite"
