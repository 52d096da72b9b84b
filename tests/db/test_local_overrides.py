"""Edits of reference (seed) rows are local overrides (issue 13): a newer seed re-applies them, a
seed that changed the same field differently is a conflict kept and surfaced, never a silent revert.
Every test runs the real refresh path: ``Directory.open`` with a newer seed file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.importers.seed import write_seed
from tests.fixtures.small_seed import make_facilities


def _newer_seed(tmp_path: Path, name: str = "seed2.csv", **changes: dict) -> Path:
    """The small seed with some fields changed per id (and fac-0029 renamed, so the version changes)."""
    facilities = make_facilities(30)
    out = []
    for f in facilities:
        if f.id in changes:
            f = replace(f, **changes[f.id])
        if f.id == "fac-0029":
            f = replace(f, name=f.name + " " + name)
        out.append(f)
    path = tmp_path / name
    write_seed(path, out)
    return path


def _merge_phone_and_services(d: Directory, tmp_path: Path) -> None:
    f = d.facility("fac-0001")
    text = f"ID,Name,Kind,Country,Phone,Services\nfac-0001,{f.name},{f.kind},{f.country},+32 9 000 00 00,Coaching\n"
    path = tmp_path / "merge.csv"
    path.write_text(text, encoding="utf-8")
    _, plan = d.apply_import(path, on_duplicate="merge")
    assert plan.written and plan.updated == 1


def test_an_import_merge_into_a_seed_row_survives_a_seed_refresh(tmp_path, db_path, small_seed):
    with Directory.open(db_path, seed_file=small_seed) as d:
        seed_services = d.facility("fac-0001").services
        _merge_phone_and_services(d, tmp_path)
        merged = d.facility("fac-0001")
        assert merged.phone == "+32 9 000 00 00" and "coaching" in merged.services
    seed2 = _newer_seed(tmp_path, **{"fac-0001": {"city": "Gent-Zuid"}})
    with Directory.open(db_path, seed_file=seed2) as d:
        assert d.seed_report is not None  # the refresh ran
        after = d.facility("fac-0001")
        assert after.phone == "+32 9 000 00 00"
        assert after.services == (*seed_services, "coaching")
        assert after.city == "Gent-Zuid"  # fields the user did not touch still follow the seed
        assert d.override_conflicts() == []


def test_a_form_edit_and_a_bulk_edit_of_seed_rows_survive_a_seed_refresh(tmp_path, db_path, small_seed):
    with Directory.open(db_path, seed_file=small_seed) as d:
        d.save_facility(replace(d.facility("fac-0003"), description="Our own notes on it"))
        d.bulk_edit(["fac-0004"], "status", "closed")
        assert d.snapshots(["fac-0003"])[0].origin == "seed"  # still reference data, with an override
    seed2 = _newer_seed(tmp_path, **{"fac-0003": {"city": "Elsewhere"}, "fac-0004": {"area_m2": 4321}})
    with Directory.open(db_path, seed_file=seed2) as d:
        three, four = d.facility("fac-0003"), d.facility("fac-0004")
        assert three.description == "Our own notes on it" and three.city == "Elsewhere"
        assert four.status == "closed" and four.area_m2 == 4321
        assert {(o.facility_id, o.field) for o in d.local_overrides()} >= {
            ("fac-0003", "description"),
            ("fac-0004", "status"),
        }


def test_a_seed_that_changed_the_same_field_is_a_conflict_kept_and_surfaced(tmp_path, db_path, small_seed, capsys):
    with Directory.open(db_path, seed_file=small_seed) as d:
        seed_phone = d.facility("fac-0001").phone
        _merge_phone_and_services(d, tmp_path)
    seed2 = _newer_seed(tmp_path, **{"fac-0001": {"phone": "+32 2 111 11 11"}})
    with Directory.open(db_path, seed_file=seed2) as d:
        assert d.facility("fac-0001").phone == "+32 9 000 00 00"  # the local value is kept
        assert d.seed_report is not None and d.seed_report.conflicts == ("fac-0001",)
        (conflict,) = d.override_conflicts()
        assert (conflict.facility_id, conflict.field) == ("fac-0001", "phone")
        assert (conflict.local, conflict.seed_before, conflict.seed_now) == (
            "+32 9 000 00 00",
            seed_phone,
            "+32 2 111 11 11",
        )
    assert main(["--db", str(db_path), "--read-only", "info"]) == 0  # read-only: no refresh from the shipped seed
    out = capsys.readouterr().out
    assert "fac-0001" in out and "phone" in out and "+32 2 111 11 11" in out
    # the user takes the reference value: the conflict is gone, and the next refresh does not bring it back
    with Directory.open(db_path, seed_file=seed2) as d:
        d.resolve_override_conflict("fac-0001", "phone", use_seed=True)
        assert d.facility("fac-0001").phone == "+32 2 111 11 11" and d.override_conflicts() == []
    seed3 = _newer_seed(tmp_path, "seed3.csv", **{"fac-0001": {"phone": "+32 2 111 11 11"}})
    with Directory.open(db_path, seed_file=seed3) as d:
        assert d.facility("fac-0001").phone == "+32 2 111 11 11" and d.override_conflicts() == []
        assert "coaching" in d.facility("fac-0001").services  # the other override still holds


def test_keeping_the_local_value_acknowledges_the_conflict(tmp_path, db_path, small_seed):
    with Directory.open(db_path, seed_file=small_seed) as d:
        d.save_facility(replace(d.facility("fac-0002"), name="My wording"))
    seed2 = _newer_seed(tmp_path, **{"fac-0002": {"name": "Their wording"}})
    with Directory.open(db_path, seed_file=seed2) as d:
        assert [(c.field, c.seed_now) for c in d.override_conflicts()] == [("name", "Their wording")]
        d.resolve_override_conflict("fac-0002", "name", use_seed=False)
        assert d.override_conflicts() == [] and d.facility("fac-0002").name == "My wording"
    seed3 = _newer_seed(tmp_path, "seed3.csv", **{"fac-0002": {"name": "Their wording"}})
    with Directory.open(db_path, seed_file=seed3) as d:
        assert d.facility("fac-0002").name == "My wording" and d.override_conflicts() == []


def test_an_edited_seed_row_that_leaves_the_seed_is_kept_and_surfaced(tmp_path, db_path, small_seed):
    with Directory.open(db_path, seed_file=small_seed) as d:
        d.save_facility(replace(d.facility("fac-0005"), phone="+31 20 123"))
    path = tmp_path / "seed2.csv"
    write_seed(path, [f for f in make_facilities(30) if f.id != "fac-0005"])
    with Directory.open(db_path, seed_file=path) as d:
        assert d.facility("fac-0005").phone == "+31 20 123"
        assert [(c.facility_id, c.removed) for c in d.override_conflicts()] == [("fac-0005", True)]


def test_reverting_an_edit_to_the_seed_value_drops_the_override(directory):
    f = directory.facility("fac-0006")
    directory.save_facility(replace(f, phone="+32 1"))
    assert [(o.facility_id, o.field) for o in directory.local_overrides()] == [("fac-0006", "phone")]
    directory.save_facility(replace(directory.facility("fac-0006"), phone=f.phone))
    assert directory.local_overrides() == []


def test_undo_of_an_edit_leaves_no_override(directory):
    f = directory.facility("fac-0007")
    _, before = directory.save_facility(replace(f, name="Edited", phone="+32 2"))
    assert {o.field for o in directory.local_overrides("fac-0007")} == {"name", "phone"}
    directory.restore_snapshots(before)
    assert directory.facility("fac-0007") == f and directory.local_overrides() == []


def test_0014_local_overrides_comes_after_0013_and_upgrades_an_old_file(tmp_path, small_seed):
    from sqlite_utils import Database

    from directory_app.db.connection import open_database
    from directory_app.db.migrations import MIGRATION_NAMES, apply_migrations

    assert MIGRATION_NAMES.index("0014_local_overrides") == MIGRATION_NAMES.index("0013_recipient_notes") + 1
    path = tmp_path / "v13.sqlite"
    db = Database(path)
    apply_migrations(db, stop_before="0014_local_overrides")
    db.close()
    opened = open_database(path)
    assert "0014_local_overrides" in opened.upgraded
    assert "user_local_overrides" in opened.db.table_names()
    opened.close()


def test_choosing_the_older_reference_value_in_a_conflict_survives_the_next_refresh(tmp_path, db_path, small_seed):
    """Found in review: setting the field back to the seed's *old* value dropped the override, and the
    next refresh silently brought the newer seed value back."""
    with Directory.open(db_path, seed_file=small_seed) as d:
        original = d.facility("fac-0002").name
        d.save_facility(replace(d.facility("fac-0002"), name="My wording"))
    seed2 = _newer_seed(tmp_path, **{"fac-0002": {"name": "Their wording"}})
    with Directory.open(db_path, seed_file=seed2) as d:
        assert [c.field for c in d.override_conflicts()] == ["name"]
        d.save_facility(replace(d.facility("fac-0002"), name=original))  # the user wants the old wording
        assert d.facility("fac-0002").name == original
    seed3 = _newer_seed(tmp_path, "seed3.csv", **{"fac-0002": {"name": "Their wording"}})
    with Directory.open(db_path, seed_file=seed3) as d:
        assert d.facility("fac-0002").name == original  # kept, not reverted without a word


def test_setting_the_newer_reference_value_ends_the_override(tmp_path, db_path, small_seed):
    with Directory.open(db_path, seed_file=small_seed) as d:
        d.save_facility(replace(d.facility("fac-0002"), name="My wording"))
    seed2 = _newer_seed(tmp_path, **{"fac-0002": {"name": "Their wording"}})
    with Directory.open(db_path, seed_file=seed2) as d:
        d.save_facility(replace(d.facility("fac-0002"), name="Their wording"))
        assert d.local_overrides("fac-0002") == [] and d.override_conflicts() == []
