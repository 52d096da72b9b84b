"""The Directory facade: opening, seed refresh, notes."""

from dataclasses import replace

import pytest

from directory_app.directory import Changes, Directory
from directory_app.importers.seed import write_seed
from tests.fixtures.shipped_seed import shipped_count
from tests.fixtures.small_seed import make_facilities


def test_real_seed_gives_every_facility_and_points_only_for_sites(seeded_directory):
    items = seeded_directory.facilities()
    assert len(items) == shipped_count()
    # a programme with no single site has no point (not a capital's); every site has one
    assert all(f.has_coordinates == (f.geocode_precision != "none") for f in items)
    assert {f.kind for f in items} == {"incubator", "accelerator", "cgt_production", "science_park"}
    assert {f.country for f in items} == {"BE", "NL", "LU"}
    assert seeded_directory.check() == []


def test_facilities_are_sorted_by_name_by_default(directory):
    names = [f.name.casefold() for f in directory.facilities()]
    assert names == sorted(names)


def test_notes_survive_a_newer_seed(tmp_path, db_path):
    seed = tmp_path / "seed.csv"
    write_seed(seed, make_facilities(10))
    with Directory.open(db_path, seed_file=seed) as d:
        assert d.set_note("fac-0004", "Visited 12 May") == Changes(notes=True)
        first_version = d.seed_version()
    newer = make_facilities(10)
    newer[4] = replace(newer[4], name="Renamed Lab")
    write_seed(seed, [*newer[:9], replace(newer[9], city="Namur")])
    with Directory.open(db_path, seed_file=seed) as d:
        assert d.seed_version() != first_version
        assert d.seed_report is not None and set(d.seed_report.updated) == {"fac-0004", "fac-0009"}
        assert d.facility("fac-0004").name == "Renamed Lab"
        assert d.note("fac-0004") == "Visited 12 May"


def test_same_seed_does_not_rewrite(directory, db_path, small_seed):
    directory.close()
    with Directory.open(db_path, seed_file=small_seed) as d:
        assert d.seed_report is None


def test_empty_note_deletes(directory):
    directory.set_note("fac-0001", "x")
    directory.set_note("fac-0001", "   ")
    assert directory.note("fac-0001") == ""


def test_credits_name_the_licences(directory):
    text = " ".join(directory.data_credits())
    assert "GeoNames" in text and "CC BY 4.0" in text.replace("Creative Commons Attribution 4.0", "CC BY 4.0")
    assert "ODbL" in text


@pytest.mark.parametrize("order", ["name", "city", "verified_on", "area_m2"])
def test_orders(directory, order):
    assert len(directory.facilities(order_by=order)) == 30
