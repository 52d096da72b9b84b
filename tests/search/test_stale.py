"""``stale:N`` -- facilities not verified for more than N months (or never) -- against brute force."""

from __future__ import annotations

from datetime import date

import pytest

from directory_app.db.sql_compiler import compile_query
from directory_app.domain.errors import QueryError
from directory_app.domain.query import Not, Term, format_query, months_before
from directory_app.search.parser import parse


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (date(2026, 11, 27), 12, date(2025, 11, 27)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 1, 15), 13, date(2024, 12, 15)),
        (date(2026, 5, 1), 1200, date(1926, 5, 1)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected


def test_parse_and_format():
    assert parse("stale:12") == Term("stale", "12")
    assert parse("stale:012") == Term("stale", "12")
    assert parse("-stale:6") == Not(Term("stale", "6"))
    assert format_query(parse("stale:12 kind:incubator")) == "stale:12 kind:incubator"


@pytest.mark.parametrize("text", ["stale:", "stale:0", "stale:-3", "stale:1.5", "stale:abc", "stale:>12", "stale:1201"])
def test_bad_values_are_query_errors(text):
    with pytest.raises(QueryError):
        parse(text)


def test_compiles_to_a_bound_cutoff_including_never_verified():
    compiled = compile_query(parse("stale:12"), today=date(2026, 11, 27))
    assert compiled.where == "(f.verified_on IS NULL OR f.verified_on < :p0)"
    assert compiled.params == {"p0": "2025-11-27"}


@pytest.mark.parametrize("months", [1, 4, 6, 8, 10, 12, 120])
@pytest.mark.parametrize("negated", [False, True])
def test_matches_brute_force(directory, months, negated):
    # the small seed was verified weekly from 2026-01-01 (30 weeks), so cut-offs fall inside it
    cutoff = months_before(date.today(), months)
    stale = {f.id for f in directory.facilities() if f.verified_on is None or f.verified_on < cutoff}
    everything = {f.id for f in directory.facilities()}
    expected = everything - stale if negated else stale
    query = f"{'not ' if negated else ''}stale:{months}"
    assert set(directory.search(query).ids) == expected


def test_some_but_not_all_small_seed_facilities_are_stale_at_some_cutoff(directory):
    counts = {directory.search(f"stale:{m}").count for m in range(1, 1200, 3)}
    assert len(counts) > 2  # the brute-force comparison above covers a real spread
