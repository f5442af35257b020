"""Query filters as a user types them, checked and resolved before any query runs.

The read commands (``events``, ``claims``, ``dyad``, ``network`` ...) and the REST API
take the same filters: an event type, date bounds and an actor. Each is parsed here;
a value that cannot mean anything raises :class:`FilterError`, a one-line message that
names the parameter and the value and, where something close exists, suggests it
("did you mean ASSAULT?"). Nothing here touches the store except through the SQL
condition an :class:`ActorMatch` writes for the caller.

An actor is resolved through the knowledge base: a country name, alias, demonym or
ISO 3166-1 alpha-3 code gives the country; a person's full name, alias or surname, an
organisation's name or alias, or a knowledge-base id (``person:narendra-modi``) gives
that entry's id and names. Names that are only in the store (actors the knowledge base
does not hold) can be passed as ``known_names`` so they match too.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional

__all__ = ["FilterError", "ActorMatch", "parse_event_type", "parse_date_bound", "resolve_actor_filter",
           "resolve_country"]

MAX_SUGGESTIONS = 3
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class FilterError(ValueError):
    """A filter value that cannot be used: ``str(exc)`` is the one-line message for the user."""

    def __init__(self, param: str, value: str, problem: str, suggestions: Iterable[str] = ()):
        self.param = param
        self.value = value
        self.problem = problem
        self.suggestions = list(suggestions)
        message = f"{param} {value!r}: {problem}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)


def _close(value: str, choices: Iterable[str], cutoff: float = 0.6) -> list[str]:
    """Up to MAX_SUGGESTIONS choices close to ``value`` (case-insensitive), in their own spelling."""
    by_key: dict[str, str] = {}
    for c in choices:
        if c:
            by_key.setdefault(c.lower(), c)
    found = difflib.get_close_matches(value.lower(), list(by_key), n=MAX_SUGGESTIONS, cutoff=cutoff)
    return [by_key[k] for k in found]


# ----------------------------------------------------------------- event types
def parse_event_type(value: Optional[str], param: str = "--type") -> Optional[str]:
    """A PLOVER type name in upper case (``"assault"`` -> ``"ASSAULT"``); None when not given."""
    if value is None or not value.strip():
        return None
    from dragoman.events.ontology import Ontology

    types = list(Ontology.default().types)
    wanted = value.strip().upper()
    if wanted in types:
        return wanted
    suggestions = _close(wanted, types, cutoff=0.5)
    problem = "not a PLOVER event type" if suggestions else "not a PLOVER event type (one of " + ", ".join(sorted(types)) + ")"
    raise FilterError(param, value, problem, suggestions)


# ----------------------------------------------------------------- dates
def parse_date_bound(value: Optional[str], param: str) -> Optional[str]:
    """An ISO date at any precision, normalised (``2024-3`` -> ``2024-03``); None when not given.

    Accepts ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``; anything else ("yesterday",
    "2024-13", "22/10/2024") raises :class:`FilterError`.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    m = _PARTIAL_DATE.match(text)
    if not m:
        hint = _date_hint(text)
        raise FilterError(param, value, "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", [hint] if hint else [])
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise FilterError(param, value, f"not a date ({exc})") from None
    parts = [year] + [p.zfill(2) for p in (month, day) if p]
    return "-".join(parts)


def _date_hint(text: str) -> Optional[str]:
    """A likely ISO spelling of a date written day/month/year or with slashes, if any."""
    m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", text)
    if m:
        d, mo, y = m.groups()
        try:
            date(int(y), int(mo), int(d))
            return f"{y}-{int(mo):02d}-{int(d):02d}"
        except ValueError:
            return None
    m = re.match(r"^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$", text)
    if m:
        return "-".join([m.group(1)] + [p.zfill(2) for p in m.groups()[1:] if p])
    return None


# ----------------------------------------------------------------- actors
@dataclass
class ActorMatch:
    """What an actor filter matches, on the source or the target side of an event."""

    value: str
    countries: set[str] = field(default_factory=set)  # ISO3 codes
    kb_ids: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # lower-cased names as stored

    def matches(self, country: Optional[str], name: Optional[str], kb_id: Optional[str] = None) -> bool:
        """Whether one side of an event (its country, name and knowledge-base id) is this actor."""
        return bool(
            (country and country.upper() in self.countries)
            or (kb_id and kb_id in self.kb_ids)
            or (name and name.lower() in self.names)
        )

    def sql(self, prefix: str = "", sides: tuple[str, ...] = ("source", "target")) -> tuple[str, list]:
        """A SQL condition over ``{prefix}{side}_country/_name/_kb_id`` and its parameters."""
        terms: list[str] = []
        params: list = []
        for side in sides:
            col = f"{prefix}{side}"
            for values, expr in ((sorted(self.countries), f"upper({col}_country)"),
                                 (sorted(self.kb_ids), f"{col}_kb_id"),
                                 (sorted(self.names), f"lower({col}_name)")):
                if values:
                    terms.append(f"{expr} IN ({','.join('?' * len(values))})")
                    params += values
        return ("(" + " OR ".join(terms) + ")" if terms else "FALSE"), params


def resolve_actor_filter(value: Optional[str], kb=None, known_names: Iterable[str] = (),
                         param: str = "--actor") -> Optional[ActorMatch]:
    """What ``--actor VALUE`` matches; None when not given.

    ``kb`` is a :class:`~dragoman.actors.kb.KnowledgeBase` (default: the package one);
    ``known_names`` are actor names found in the store, matched as written when the
    knowledge base does not know them. Unknown -> :class:`FilterError` with suggestions.
    """
    if value is None or not value.strip():
        return None
    if kb is None:
        from dragoman.actors import KnowledgeBase

        kb = KnowledgeBase.default()
    text = value.strip()
    match = ActorMatch(value=text)
    if text in kb.people or text in kb.organisations:
        _add_entry(match, kb.people.get(text) or kb.organisations.get(text))
    entries = kb.entries_named(text)
    for kind, entry in entries:
        if kind == "country":
            match.countries.add(entry.iso3)
        elif kind in ("person", "organisation"):
            _add_entry(match, entry)
    if not (match.countries or match.kb_ids):  # a seat of power ("Kremlin") stands for its state
        match.countries.update(entry[0].iso3 for kind, entry in entries if kind == "seat")
    store_names = {n.lower(): n for n in known_names if n}
    if text.lower() in store_names:
        match.names.add(text.lower())
    if match.countries or match.kb_ids or match.names:
        return match
    choices = _actor_choices(kb) + list(store_names.values())
    raise FilterError(param, value, "no such actor in the knowledge base or the store", _close(text, choices))


def resolve_country(value: str, param: str, kb=None) -> str:
    """The ISO3 code of one country given by code, name, alias or demonym ("China" -> ``CHN``)."""
    if kb is None:
        from dragoman.actors import KnowledgeBase

        kb = KnowledgeBase.default()
    text = (value or "").strip()
    if text.upper() in kb.countries:
        return text.upper()
    iso = kb.country_by_name(text) if text else None
    if iso:
        return iso
    choices = [n for c in kb.countries.values() for n in (c.iso3, c.name, *c.aliases)]
    raise FilterError(param, value, "not a country (ISO 3166-1 alpha-3 code or name)", _close(text, choices))


def _add_entry(match: ActorMatch, entry) -> None:
    """A person or organisation: its id and every name it goes by."""
    match.kb_ids.add(entry.id)
    match.names.update(n.lower() for n in [entry.name, *entry.aliases] if n)


def _actor_choices(kb) -> list[str]:
    names: list[str] = []
    for c in kb.countries.values():
        names += [c.iso3, c.name, *c.aliases]
    for p in kb.people.values():
        names += [p.name, p.id]
    for o in kb.organisations.values():
        names += [o.name, *o.aliases]
    return names
