"""Spellings that are no place name, whatever the gazetteer holds for their letters
(used by :mod:`dragoman.places.toponyms`).

- ``letter-not-place``: a single letter ("U" of "U To village", also a Burmese
  honorific; "A" of a grid square) is no place, though the gazetteer holds towns of one
  letter ("U" of Micronesia).
"""

from __future__ import annotations


def not_a_place_spelling(doc, start: int, end: int) -> bool:
    """``letter-not-place``: whether tokens [start, end) hold a single letter at most."""
    return sum(1 for ch in doc[start:end].text if ch.isalpha()) <= 1
