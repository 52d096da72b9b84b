"""``stale:N`` -- facilities not verified for more than N months (or never) -- against brute force."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from directory_app.db.sql_compiler import compile_query
from directory_app.directory import Directory
from directory_app.domain.errors import QueryError
from directory_app.domain.models import freshness_date
from directory_app.domain.query import Not, Term, format_query, months_before
from directory_app.importers.seed import write_seed
from directory_app.search.parser import parse
from tests.fixtures.small_seed import make_facilities


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


def test_compiles_to_a_bound_cutoff():
    compiled = compile_query(parse("stale:12"), today=date(2026, 11, 27))
    assert list(compiled.params.values()) == ["2025-11-27"]


def test_stale_uses_the_check_else_the_source_date_else_counts_as_stale(tmp_path):
    """verified_on when someone checked the record; else the first day of source_date's period."""
    today = date.today()
    recent, old = months_before(today, 2), months_before(today, 30)
    rows = {
        "checked-recently": {"verified_on": recent, "source_date": f"{old.year:04d}"},
        "checked-long-ago": {"verified_on": old, "source_date": recent.isoformat()},
        "source-recent-day": {"source_date": recent.isoformat()},
        "source-recent-month": {"source_date": f"{recent.year:04d}-{recent.month:02d}"},
        "source-old-year": {"source_date": f"{old.year:04d}"},
        "no-date": {},
    }
    facilities = [
        replace(make_facilities(1)[0], id=key, name=key, **{"verified_on": None, **values})
        for key, values in rows.items()
    ]
    seed = tmp_path / "seed.csv"
    write_seed(seed, facilities)
    with Directory.open(tmp_path / "d.sqlite", seed_file=seed) as d:
        assert set(d.search("stale:12").ids) == {"checked-long-ago", "source-old-year", "no-date"}
        assert set(d.search("not stale:12").ids) == {"checked-recently", "source-recent-day", "source-recent-month"}
        assert {fid: freshness_date(f)[1] for fid, f in ((f.id, f) for f in d.facilities())} == {
            "checked-recently": "verified",
            "checked-long-ago": "verified",
            "source-recent-day": "source",
            "source-recent-month": "source",
            "source-old-year": "source",
            "no-date": "",
        }


@pytest.mark.parametrize("months", [1, 4, 6, 8, 10, 12, 120])
@pytest.mark.parametrize("negated", [False, True])
def test_matches_brute_force(directory, months, negated):
    # the small seed was verified weekly from 2026-01-01 (30 weeks), so cut-offs fall inside it
    cutoff = months_before(date.today(), months)
    fresh = {f.id: freshness_date(f)[0] for f in directory.facilities()}
    stale = {i for i, day in fresh.items() if day is None or day < cutoff}
    everything = {f.id for f in directory.facilities()}
    expected = everything - stale if negated else stale
    query = f"{'not ' if negated else ''}stale:{months}"
    assert set(directory.search(query).ids) == expected


def test_some_but_not_all_small_seed_facilities_are_stale_at_some_cutoff(directory):
    counts = {directory.search(f"stale:{m}").count for m in range(1, 1200, 3)}
    assert len(counts) > 2  # the brute-force comparison above covers a real spread
