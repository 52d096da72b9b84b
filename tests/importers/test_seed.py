"""The shipped seed and the seed reader."""

import csv
from datetime import date

import pytest

from directory_app import config
from directory_app.domain.errors import SeedError
from directory_app.domain.validation import COUNTRY_BOUNDS
from directory_app.importers.seed import facility_from_row, facility_to_row, load_seed, parse_seed
from tests.fixtures.small_seed import make_facilities


def test_shipped_seed_validates_with_zero_problems():
    seed = load_seed(config.seed_path())
    assert len(seed.facilities) == 80
    assert len({f.id for f in seed.facilities}) == 80


def test_every_shipped_facility_has_coordinates_inside_its_country_and_provenance():
    for f in load_seed(config.seed_path()).facilities:
        if f.geocode_precision == "none":  # a programme with no single site has no point
            assert not f.has_coordinates, f.id
            continue
        assert f.has_coordinates, f.id
        south, west, north, east = COUNTRY_BOUNDS[f.country]
        assert south <= f.latitude <= north and west <= f.longitude <= east, f.id
        assert f.geocode_precision in {"street", "campus", "postcode", "town", "municipality", "region", "country"}
        assert f.source_url.startswith(("https://", "http://")), f.id
        assert f.source_quote, f.id
        assert f.confidence in {"high", "medium", "low"}
        assert f.verified_on is not None


def test_shipped_seed_keeps_every_reference_source_and_quote():
    """The curated seed must not drop or alter the researched sources."""
    reference = config.data_dir() / "reference" / "benelux-facilities-sourced.csv"
    with reference.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    seed = {f.name: f for f in load_seed(config.seed_path()).facilities}
    assert len(rows) == len(seed)
    for row in rows:
        f = seed[row["name"]]
        assert f.source_url == row["source_url"]
        assert f.source_quote == row["source_quote"].strip()
        assert f.confidence == row["confidence"]
        assert f.kind == row["kind"]


def test_seed_row_round_trip():
    for f in make_facilities(20):
        assert facility_from_row(facility_to_row(f)) == f


def test_parse_reports_bad_rows_with_line_numbers():
    rows = [facility_to_row(f) for f in make_facilities(3)]
    rows[1]["kind"] = "castle"
    rows[2]["latitude"] = "north"
    header = list(rows[0])
    text = (
        ",".join(header) + "\n" + "\n".join(",".join('"' + r[h].replace('"', '""') + '"' for h in header) for r in rows)
    )
    facilities, problems = parse_seed(text, today=date(2026, 11, 27))
    assert [f.id for f in facilities] == ["fac-0000"]
    assert any(p.startswith("line 3") and "kind" in p for p in problems)
    assert any(p.startswith("line 4") for p in problems)


def test_duplicate_ids_are_reported():
    rows = [facility_to_row(f) for f in make_facilities(2)]
    rows[1]["id"] = rows[0]["id"]
    header = list(rows[0])
    text = ",".join(header) + "\n" + "\n".join(",".join('"' + r[h] + '"' for h in header) for r in rows)
    _, problems = parse_seed(text)
    assert any("appears twice" in p for p in problems)


def test_missing_columns_are_reported():
    _, problems = parse_seed("foo,bar\n1,2\n")
    assert problems and "missing column" in problems[0]


def test_load_seed_raises_on_invalid_or_unreadable_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(SeedError):
        load_seed(bad)
    with pytest.raises(SeedError):
        load_seed(tmp_path / "missing.csv")
