"""Curation on real SQLite files: add, edit, delete to the trash, restore, undo snapshots, bulk edit,
the change log, and a newer seed that leaves the user's work alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from directory_app.directory import Directory
from directory_app.domain.errors import InvalidFacilityError, ReadOnlyError
from directory_app.domain.models import Facility
from tests.fixtures.small_seed import make_facilities, write_small_seed

NEW = Facility(
    id="user-new-lab",
    name="New Lab",
    kind="incubator",
    city="Gent",
    postal_code="9000",
    country="BE",
    region="BE-VLG",
    latitude=51.05,
    longitude=3.72,
)


def test_add_is_validated_logged_and_searchable(directory):
    directory.save_facility(NEW)
    assert directory.facility(NEW.id).name == "New Lab"
    assert directory.snapshots([NEW.id])[0].origin == "user"
    assert NEW.id in directory.search("new lab").ids
    entry = directory.change_log(NEW.id)[0]
    assert entry.action == "add" and entry.who == Directory.who()
    assert entry.changes["name"] == [None, "New Lab"]


def test_invalid_facility_is_refused_and_nothing_is_written(directory):
    before = directory.count()
    bad = replace(NEW, postal_code="90000", website="ftp:/x", latitude=48.85, longitude=2.35)
    with pytest.raises(InvalidFacilityError) as caught:
        directory.save_facility(bad)
    fields = {field for field, _ in caught.value.problems}
    assert {"postal_code", "website", "latitude"} <= fields
    assert directory.count() == before and directory.facility(NEW.id) is None
    assert directory.change_log() == []


def test_edit_records_field_level_before_and_after_and_local_overrides(directory):
    f = directory.facility("fac-0001")
    directory.save_facility(replace(f, name="Renamed", services=("lab_space",)))
    entry = directory.change_log("fac-0001")[0]
    assert entry.action == "edit"
    assert entry.changes["name"] == [f.name, "Renamed"]
    assert entry.changes["services"] == [list(f.services), ["lab_space"]]
    assert set(entry.changes) == {"name", "services"}
    # a reference row stays one; what the user changed is a local override a newer seed keeps
    assert directory.snapshots(["fac-0001"])[0].origin == "seed"
    assert {(o.field, o.value) for o in directory.local_overrides("fac-0001")} == {
        ("name", "Renamed"),
        ("services", ("lab_space",)),
    }


def test_verified_on_moves_only_with_a_source(directory):
    f = directory.facility("fac-0001")
    directory.save_facility(replace(f, name="A", verified_on=date(2020, 1, 1)))  # the form cannot fake a date
    assert directory.facility("fac-0001").verified_on == f.verified_on
    directory.save_facility(replace(f, name="B"), verified_source="https://checked.example/page")
    after = directory.facility("fac-0001")
    assert after.verified_on == date.today() and after.source_url == "https://checked.example/page"


def test_undo_and_redo_of_an_edit_by_snapshots(directory):
    f = directory.facility("fac-0003")
    _, before = directory.save_facility(replace(f, name="Edited"))
    after = directory.snapshots(["fac-0003"])
    directory.restore_snapshots(before)
    assert directory.facility("fac-0003") == f
    assert directory.snapshots(["fac-0003"])[0].origin == "seed"
    directory.restore_snapshots(after)
    assert directory.facility("fac-0003").name == "Edited"
    assert [e.action for e in directory.change_log("fac-0003")] == ["undo", "undo", "edit"]


def test_undo_of_an_add_removes_it_without_trash(directory):
    _, before = directory.save_facility(NEW)
    directory.restore_snapshots(before)
    assert directory.facility(NEW.id) is None and directory.trash() == []


def test_delete_goes_to_trash_and_restores_exactly(directory):
    f = directory.facility("fac-0004")
    total = directory.count()
    directory.delete_facilities(["fac-0004"])
    assert directory.facility("fac-0004") is None and directory.count() == total - 1
    assert "fac-0004" not in directory.search("").ids
    (entry,) = directory.trash()
    assert entry.facility == f and entry.origin == "seed" and entry.deleted_by == Directory.who()
    directory.restore_from_trash(["fac-0004"])
    assert directory.facility("fac-0004") == f and directory.trash() == []
    assert directory.snapshots(["fac-0004"])[0].origin == "seed"


def test_undo_delete_and_redo_delete(directory):
    _, before = directory.delete_facilities(["fac-0005", "fac-0006"])
    after = directory.snapshots(["fac-0005", "fac-0006"])
    directory.restore_snapshots(before)
    assert directory.facility("fac-0005") and directory.facility("fac-0006") and directory.trash() == []
    directory.restore_snapshots(after)
    assert {e.facility.id for e in directory.trash()} == {"fac-0005", "fac-0006"}


def test_restore_from_trash_refuses_an_unknown_id(directory):
    with pytest.raises(ValueError):
        directory.restore_from_trash(["fac-0001"])


def test_empty_trash_purges(directory):
    directory.delete_facilities(["fac-0007"])
    assert directory.empty_trash() == 1
    assert directory.trash() == []
    assert directory.change_log("fac-0007")[0].action == "purge"


def test_new_facility_ids_never_reuse_a_deleted_id(directory):
    directory.save_facility(replace(NEW, id=directory.new_facility_id("New Lab")))
    assert directory.new_facility_id("New Lab") == "user-new-lab-2"
    directory.delete_facilities(["user-new-lab"])
    directory.empty_trash()
    assert directory.new_facility_id("New Lab") == "user-new-lab-2"


def test_bulk_edit_is_one_transaction_one_batch_and_undoable(directory):
    ids = ["fac-0000", "fac-0001", "fac-0002"]
    originals = directory.facilities(ids)
    _, before = directory.bulk_edit(ids, "confidence", "low")
    assert {f.confidence for f in directory.facilities(ids)} == {"low"}
    batches = {e.batch for e in directory.change_log() if e.action == "bulk"}
    assert len(batches) == 1 and "" not in batches
    directory.restore_snapshots(before)
    assert directory.facilities(ids) == originals


@pytest.mark.parametrize(
    "field, value, check",
    [
        ("kind", "accelerator", lambda f: f.kind == "accelerator"),
        ("status", "closed", lambda f: f.status == "closed"),
        ("+services", "lab_space", lambda f: "lab_space" in f.services),
    ],
)
def test_bulk_edit_fields(directory, field, value, check):
    ids = ["fac-0000", "fac-0008"]
    directory.bulk_edit(ids, field, value)
    assert all(check(f) for f in directory.facilities(ids))


def test_bulk_remove_service(directory):
    f = directory.facility("fac-0000")
    directory.bulk_edit([f.id], "-services", f.services[0])
    assert f.services[0] not in directory.facility(f.id).services


def test_bulk_edit_that_breaks_a_rule_writes_nothing(directory):
    ids = ["fac-0000", "fac-0005"]  # Gent (BE) and Leiden (NL)
    originals = directory.facilities(ids)
    with pytest.raises(InvalidFacilityError):
        directory.bulk_edit(ids, "region", "NL-ZH")
    assert directory.facilities(ids) == originals and directory.change_log() == []


def test_bulk_edit_backs_up_first(directory):
    directory.bulk_edit(["fac-0000"], "confidence", "low")
    assert [b.reason for b in directory.backups()] == ["bulk-edit"]


def test_bulk_edit_refuses_an_unknown_field(directory):
    with pytest.raises(ValueError):
        directory.bulk_edit(["fac-0000"], "name", "x")


def test_read_only_directory_refuses_edits(db_path, small_seed):
    Directory.open(db_path, seed_file=small_seed).close()
    with Directory.open(db_path, seed_file=small_seed, read_only=True) as d:
        with pytest.raises(ReadOnlyError):
            d.save_facility(NEW)
        with pytest.raises(ReadOnlyError):
            d.delete_facilities(["fac-0001"])


def test_newer_seed_leaves_edited_and_added_facilities_alone(tmp_path, db_path, small_seed):
    with Directory.open(db_path, seed_file=small_seed) as d:
        d.save_facility(replace(d.facility("fac-0001"), name="My own wording"))
        d.save_facility(NEW)
    newer = [replace(f, name=f.name + " (2027)") for f in make_facilities(30)]
    seed2 = tmp_path / "seed2.csv"
    from directory_app.importers.seed import write_seed

    write_seed(seed2, newer)
    with Directory.open(db_path, seed_file=seed2) as d:
        assert d.seed_report is not None and "fac-0002" in d.seed_report.updated
        assert d.facility("fac-0001").name == "My own wording"
        assert d.facility("fac-0002").name.endswith("(2027)")
        assert d.facility(NEW.id).name == "New Lab"


@pytest.mark.parametrize("purge", [False, True])
def test_newer_seed_does_not_resurrect_a_deleted_facility(tmp_path, db_path, small_seed, purge):
    with Directory.open(db_path, seed_file=small_seed) as d:
        d.delete_facilities(["fac-0002"])
        if purge:
            d.empty_trash()
    seed2 = write_small_seed(tmp_path / "seed2.csv", 31)  # one more facility: a new version
    with Directory.open(db_path, seed_file=seed2) as d:
        assert d.seed_report is not None and d.seed_report.added == ("fac-0030",)
        assert d.facility("fac-0002") is None
        assert [e.facility.id for e in d.trash()] == ([] if purge else ["fac-0002"])


def test_bulk_edit_ignores_flaws_a_facility_had_before(directory):
    from directory_app.db import edits

    flawed = replace(directory.facility("fac-0005"), postal_code="2333")  # NL wants "2333 CA"
    edits.write(directory._db, flawed, "import")  # as an older import may have stored it
    directory.bulk_edit(["fac-0005"], "confidence", "low")
    assert directory.facility("fac-0005").confidence == "low"


def test_search_index_follows_edits_bulk_edits_and_undo(directory):
    f = directory.facility("fac-0001")
    _, before = directory.save_facility(replace(f, name="Quokka Labs", description="marsupial research"))
    assert directory.search("quokka").ids == ("fac-0001",)
    assert directory.search("marsupial").ids == ("fac-0001",)
    directory.bulk_edit(["fac-0001", "fac-0002"], "status", "closed")  # not an indexed column
    assert directory.search("quokka").ids == ("fac-0001",)
    directory.restore_snapshots(before)
    assert directory.search("quokka").ids == ()
    assert directory.check_and_repair().ok
