"""Query filters: types, date bounds and actors resolved through the real knowledge base."""

from __future__ import annotations

import pytest

from dragoman.filters import FilterError, parse_date_bound, parse_event_type, resolve_actor_filter


def test_event_type_is_normalised_and_unknown_suggests():
    assert parse_event_type("assault") == "ASSAULT"
    assert parse_event_type(None) is None
    with pytest.raises(FilterError) as exc:
        parse_event_type("asault")
    assert "--type 'asault'" in str(exc.value) and "did you mean 'ASSAULT'" in str(exc.value)
    with pytest.raises(FilterError) as exc:
        parse_event_type("FOO")
    assert "\n" not in str(exc.value) and "REQUEST" in str(exc.value)


@pytest.mark.parametrize("value,expected", [("2024", "2024"), ("2024-3", "2024-03"), ("2024-10-22", "2024-10-22")])
def test_date_bound_accepts_partial_iso(value, expected):
    assert parse_date_bound(value, "--since") == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-13", "2024-02-30", "last week", "24"])
def test_date_bound_refuses_garbage(value):
    with pytest.raises(FilterError) as exc:
        parse_date_bound(value, "--since")
    assert str(exc.value).startswith(f"--since {value!r}: not a date")


def test_date_bound_suggests_iso_for_day_month_year():
    with pytest.raises(FilterError) as exc:
        parse_date_bound("22/10/2024", "--until")
    assert "did you mean '2024-10-22'" in str(exc.value)


@pytest.mark.parametrize("value", ["India", "IND", "ind", "Indian"])
def test_actor_country_by_name_code_or_demonym(value):
    m = resolve_actor_filter(value)
    assert m.countries == {"IND"}
    assert m.matches("IND", None) and not m.matches("CHN", "Xi Jinping")


@pytest.mark.parametrize("value", ["Modi", "Narendra Modi", "person:narendra-modi", "narendra modi"])
def test_actor_person_by_surname_name_or_id(value):
    m = resolve_actor_filter(value)
    assert "person:narendra-modi" in m.kb_ids
    assert m.matches(None, "Narendra Modi") and m.matches("IND", "PM", "person:narendra-modi")


def test_actor_alias_resolves():
    m = resolve_actor_filter("Jaishankar")
    assert m.kb_ids == {"person:s-jaishankar"}


def test_actor_known_only_in_store():
    m = resolve_actor_filter("Hillary Rodham", known_names=["Hillary Rodham"])
    assert m.matches(None, "hillary rodham")


def test_unknown_actor_is_an_error_with_suggestion():
    with pytest.raises(FilterError) as exc:
        resolve_actor_filter("Indai")
    assert "--actor 'Indai'" in str(exc.value) and "did you mean 'India'" in str(exc.value)


def test_actor_sql_condition_matches_every_kind():
    m = resolve_actor_filter("Modi")
    sql, params = m.sql("c.")
    assert "c.source_kb_id IN" in sql and "lower(c.target_name) IN" in sql
    assert "person:narendra-modi" in params and "narendra modi" in params
