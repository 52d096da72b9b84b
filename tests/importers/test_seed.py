"""The shipped seed and the seed reader."""

import csv
from datetime import date

import pytest

from directory_app import config
from directory_app.domain.errors import SeedError
from directory_app.domain.validation import COUNTRY_BOUNDS
from directory_app.importers.seed import facility_from_row, facility_to_row, load_seed, parse_seed, write_seed
from directory_app.tools.make_seed import curate
from tests.fixtures.small_seed import make_facilities


def test_shipped_seed_validates_with_zero_problems():
    seed = load_seed(config.seed_path())
    assert len(seed.facilities) >= 159
    assert len({f.id for f in seed.facilities}) == len(seed.facilities)


def test_every_shipped_facility_has_coordinates_inside_its_country_and_provenance():
    for f in load_seed(config.seed_path()).facilities:
        if f.geocode_precision == "none":  # a programme with no single site has no point
            assert not f.has_coordinates, f.id
            continue
        assert f.has_coordinates, f.id
        south, west, north, east = COUNTRY_BOUNDS[f.country]
        assert south <= f.latitude <= north and west <= f.longitude <= east, f.id
        assert f.geocode_precision in {"street", "campus", "postcode", "town", "municipality"}, f.id
        assert f.source_url.startswith(("https://", "http://")), f.id
        assert f.source_quote, f.id
        assert f.confidence in {"high", "medium", "low"}
        assert f.verified_on is None, f.id  # nobody has checked a shipped row: no date pretends so


def test_shipped_seed_is_exactly_the_build_of_the_reference_files(tmp_path):
    """No hand edits: ``make_seed`` rebuilds ``data/facilities.csv`` byte for byte from ``data/reference/``."""
    data = config.data_dir()
    built = tmp_path / "facilities.csv"
    write_seed(built, curate(data, config.gazetteer_path(), config.seed_path()))
    assert built.read_bytes() == config.seed_path().read_bytes()


def test_shipped_seed_keeps_the_sources_of_the_first_research():
    """A first-research row still in the seed cites its researched source, or a newer one its curation names."""
    reference = config.data_dir() / "reference" / "benelux-facilities-sourced.csv"
    with reference.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with (config.data_dir() / "reference" / "curation-2026-12.csv").open(encoding="utf-8") as fh:
        resourced = {c["id"] for c in csv.DictReader(fh) if c["decision"] == "apply" and c["cite_as_source"] == "yes"}
    seed = {f.name: f for f in load_seed(config.seed_path()).facilities}
    kept = [row for row in rows if row["name"] in seed]
    assert len(kept) >= 75
    for row in kept:
        f = seed[row["name"]]
        # the same source; or a newer, dated one (the earlier is named in the source note); or the
        # better evidence a correction of the December research cites (BioVille, Catalent, ...)
        assert f.source_url == row["source_url"] or row["source_url"] in f.source_note or f.id in resourced, f.name


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
