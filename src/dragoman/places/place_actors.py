"""A place used as an argument of an event ("visits to Kabul", "shelled Kharkiv"): the state
it stands for.

The events stage calls a :class:`PlaceActor` when an argument names a place rather than an
actor: a seat of power gives its state and the sector it stands for, a country's name its
state. The actor's rule is ``place-as-target``.
"""

from __future__ import annotations

from typing import Optional

from dragoman.models import Actor


class PlaceActor:
    """A callable over a place's text that gives the actor (state) it stands for, or None.

    ``kb``: the knowledge base whose seats and country names are read (None: no place is
    an actor).
    """

    def __init__(self, kb=None):
        self.kb = kb

    def __call__(self, text: str) -> Optional[Actor]:
        if self.kb is None:
            return None
        seat = self.kb.seat(text)
        if seat:
            iso3, sector = seat
            return Actor(country=iso3, sector=sector, rule="place-as-target", kb_id=f"country:{iso3}")
        iso3 = self.kb.country_by_name(text)
        if iso3:
            return Actor(country=iso3, sector=None, rule="place-as-target", kb_id=f"country:{iso3}")
        return None
