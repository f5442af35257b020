"""Places read through the parenthesised list of larger places an event note gives a name
("Kamma town (Kamma township, Thayet district, Magway region)", "Tar Long village (Muse
township, Muse district, Shan-North state)"). Used by :mod:`dragoman.places.toponyms`.

- ``compass-part``: a province written with a hyphen and a compass word for a part of it
  ("Shan-North", "Bago-West", "Kordofan-South") is a mention of that province, also where
  the NER took the compound for a person.
- ``list-state``: a town named with such a list, or inside it, that the gazetteer knows
  only in other states than the one the list's province lies in is a village of that
  province the gazetteer lacks, not the town abroad of the same name; it is left to the
  localities stage (``places/localities.py``), which reads it in the list's state.
"""

from __future__ import annotations

from typing import Optional

from dragoman.models import Place
from dragoman.places.gazetteer import norm

COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"}
#: tokens searched for the closing bracket of a list
LIST_SPAN = 25
#: readings of a place that the list's state overrides: towns and sites, never a
#: province or a state named as such
OVERRIDDEN_PRECISIONS = {"city", "exact", "district"}


def compass_part_spans(doc, gazetteer) -> list[int]:
    """``compass-part``: token indices of a name X written "X-North" (X, a hyphen, a
    compass word, with no spaces) that the gazetteer knows as a province."""
    out = []
    for t in doc[:-2]:
        hyphen, compass = doc[t.i + 1], doc[t.i + 2]
        if not (t.text[:1].isupper() and t.is_alpha and hyphen.text == "-" and not t.whitespace_
                and not hyphen.whitespace_ and compass.lower_ in COMPASS_WORDS):
            continue
        if any(e.feature in ("province", "region") and not alias for e, alias in gazetteer.entries_for(t.text)):
            out.append(t.i)
    return out


def _lists(doc) -> list[tuple[int, int]]:
    """(open, close) character offsets of each parenthesised group of the text."""
    out = []
    for t in doc:
        if t.text != "(":
            continue
        close = next((u for u in doc[t.i + 1: min(len(doc), t.i + LIST_SPAN)] if u.text in (")", "(")), None)
        if close is not None and close.text == ")":
            out.append((t.idx, close.idx))
    return out


def _list_state(places: list[Place], open_: int, close: int) -> Optional[str]:
    """The one state of the provinces read inside a list, or None."""
    states = {p.country for p in places if p.start is not None and open_ < p.start < close
              and p.precision == "province" and p.country}
    return states.pop() if len(states) == 1 else None


def _named_by_list(doc, place: Place, open_: int) -> bool:
    """A place right before a list's bracket, but for descriptor words ("Kamma town (")."""
    if place.end is None or place.end > open_:
        return False
    between = doc.text[place.end:open_].split()
    return all(w.isalpha() and w.islower() for w in between) and len(between) <= 2


def without_foreign_list_members(doc, places: list[Place], gazetteer) -> list[Place]:
    """``list-state``: the places less the towns that a list sets in a state where the
    gazetteer knows no place of their name (see the module)."""
    drop: set[int] = set()
    for open_, close in _lists(doc):
        state = _list_state(places, open_, close)
        if state is None:
            continue
        for k, p in enumerate(places):
            if p.start is None or p.country in (None, state) or p.precision not in OVERRIDDEN_PRECISIONS:
                continue
            if not (open_ < p.start < close or _named_by_list(doc, p, open_)):
                continue
            if any(e.country == state for e, _ in gazetteer.entries_for(p.raw or p.name)):
                continue
            if any(e.country == state for e, _ in gazetteer.entries_for(norm(p.name))):
                continue
            drop.add(k)
    return [p for k, p in enumerate(places) if k not in drop]
