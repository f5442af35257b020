"""Checking the values of query parameters.

Event types, date bounds, countries and actors are checked and resolved by
:mod:`dragoman.filters`, the same code the CLI uses; its one-line ``FilterError``
(naming the parameter and the value, with close matches) becomes a 422. What only the
API has (modality, a dyad pair, the paging cursor, unknown parameters) is checked here.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import json
import re
from functools import lru_cache
from typing import Optional

from fastapi import Request

from dragoman import filters
from dragoman.server.errors import ApiError

MODALITIES = ("asserted", "negated", "hypothetical", "future")


def bad(name: str, message: str) -> ApiError:
    return ApiError(422, f"{name}: {message}")


def checked(parse, *args, **kwargs):
    """Call a :mod:`dragoman.filters` parser; a bad value is a 422 with its message."""
    try:
        return parse(*args, **kwargs)
    except filters.FilterError as exc:
        raise ApiError(422, str(exc)) from exc


def date_bound(name: str, value: Optional[str]) -> Optional[str]:
    """An ISO date at year, month or day precision."""
    return checked(filters.parse_date_bound, value, name)


@lru_cache(maxsize=1)
def event_types() -> tuple[str, ...]:
    from dragoman.events.ontology import Ontology

    return tuple(sorted(Ontology.default().types))


def event_type(name: str, value: Optional[str]) -> Optional[str]:
    return checked(filters.parse_event_type, value, name)


def country(name: str, value: Optional[str]) -> Optional[str]:
    """An ISO 3166-1 alpha-3 code, from a code or a country's name, alias or demonym."""
    if value is None:
        return None
    return checked(filters.resolve_country, value, name)


def actor(name: str, value: Optional[str], known_names) -> Optional[filters.ActorMatch]:
    """What an actor filter matches, resolved through the knowledge base and the names in the store."""
    return checked(filters.resolve_actor_filter, value, known_names=known_names, param=name)


def modality(name: str, value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    v = value.strip().lower()
    if v in MODALITIES:
        return v
    raise bad(name, f"{value!r} is not a modality (one of {', '.join(MODALITIES)})")


def dyad_pair(name: str, value: Optional[str]) -> Optional[tuple[str, str]]:
    """Two countries separated by a comma: ``USA,PAK``."""
    if value is None:
        return None
    parts = [p for p in re.split(r"[,;]", value) if p.strip()]
    if len(parts) != 2:
        raise bad(name, f"{value!r} is not two countries separated by a comma (e.g. USA,PAK)")
    return country(name, parts[0]), country(name, parts[1])


def encode_cursor(key: tuple) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key), separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(name: str, value: Optional[str]) -> Optional[tuple]:
    """The sort key a cursor from an earlier page carries (opaque to clients)."""
    if value is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        key = None
    if (isinstance(key, list) and len(key) == 4 and isinstance(key[0], str) and isinstance(key[3], str)
            and all(isinstance(k, int) and not isinstance(k, bool) for k in key[1:3])):
        return tuple(key)
    raise bad(name, "not a cursor this server gave (use next_cursor of the previous page)")


def reject_unknown_params(request: Request) -> None:
    """A dependency: refuse query parameters the endpoint does not take (a typo'd filter)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = {p.alias for p in _query_params(dependant)}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        close = difflib.get_close_matches(unknown[0], list(known), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise ApiError(422, f"{unknown[0]}: unknown parameter (this endpoint takes "
                            f"{', '.join(sorted(known)) or 'none'}){hint}")


def _query_params(dependant):
    yield from dependant.query_params
    for sub in dependant.dependencies:
        yield from _query_params(sub)
