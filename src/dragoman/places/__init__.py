"""Places: the gazetteer and toponym resolution in context."""

from dragoman.places.gazetteer import Gazetteer
from dragoman.places.clause_places import place_for_clause
from dragoman.places.toponyms import resolve_places

__all__ = ["Gazetteer", "resolve_places", "place_for_clause"]
