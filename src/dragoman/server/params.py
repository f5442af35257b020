"""Checking the values of query parameters: dates, event types, countries, actors, cursors.

Each check returns the normalised value or raises a 422 ``ApiError`` naming the
parameter, the value and what was expected, with close matches when there are some.
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

from dragoman.server.errors import ApiError

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MODALITIES = ("asserted", "negated", "hypothetical", "future")


def bad(name: str, message: str) -> ApiError:
    return ApiError(422, f"{name}: {message}")


def _suggest(value: str, choices, n: int = 3) -> str:
    close = difflib.get_close_matches(value, list(choices), n=n, cutoff=0.6)
    return f"; did you mean {', '.join(close)}?" if close else ""


def date_bound(name: str, value: Optional[str]) -> Optional[str]:
    """An ISO date at year, month or day precision."""
    if value is None:
        return None
    m = _ISO_DATE.match(value.strip())
    if m:
        y, mo, d = (int(g) if g else None for g in m.groups())
        try:
            from datetime import date

            date(y, mo or 1, d or 1)
            return value.strip()
        except ValueError:
            pass
    raise bad(name, f"{value!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")


@lru_cache(maxsize=1)
def event_types() -> tuple[str, ...]:
    from dragoman.events.ontology import Ontology

    return tuple(sorted(Ontology.default().types))


def event_type(name: str, value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    v = value.strip().upper()
    if v in event_types():
        return v
    raise bad(name, f"{value!r} is not a PLOVER event type{_suggest(v, event_types())}")


def modality(name: str, value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    v = value.strip().lower()
    if v in MODALITIES:
        return v
    raise bad(name, f"{value!r} is not a modality (one of {', '.join(MODALITIES)})")


def _kb():
    from dragoman.actors import KnowledgeBase

    return KnowledgeBase.default()


def country(name: str, value: Optional[str]) -> Optional[str]:
    """An ISO 3166-1 alpha-3 code, from a code or a country's name, alias or demonym."""
    if value is None:
        return None
    kb = _kb()
    v = value.strip()
    if v.upper() in kb.countries:
        return v.upper()
    iso = kb.country_by_name(v) if v else None
    if iso:
        return iso
    names = {c.name: code for code, c in kb.countries.items()}
    close = difflib.get_close_matches(v, list(names) + list(kb.countries), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise bad(name, f"{value!r} is not a known country (give an ISO alpha-3 code or a country name){hint}")


def actor(name: str, value: Optional[str]) -> Optional[str]:
    """What the store matches an actor on: a country code, an actor name or a KB id.

    A country's name or alias becomes its code; a person's or organisation's alias
    becomes its canonical name."""
    if value is None:
        return None
    v = value.strip()
    if not v:
        raise bad(name, "empty actor")
    kb = _kb()
    if v.upper() in kb.countries:
        return v.upper()
    iso = kb.country_by_name(v)
    if iso:
        return iso
    for kind, entry in kb.entries_named(v):
        if kind in ("person", "organisation"):
            return entry.name
    return v


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
        hint = _suggest(unknown[0], known)
        raise ApiError(422, f"{unknown[0]}: unknown parameter (this endpoint takes "
                            f"{', '.join(sorted(known)) or 'none'}){hint}")


def _query_params(dependant):
    yield from dependant.query_params
    for sub in dependant.dependencies:
        yield from _query_params(sub)
