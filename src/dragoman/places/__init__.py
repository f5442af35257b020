"""Places: the gazetteer and toponym resolution in context."""

from dragoman.places.gazetteer import Gazetteer
from dragoman.places.toponyms import place_for_clause, resolve_places

__all__ = ["Gazetteer", "resolve_places", "place_for_clause"]
