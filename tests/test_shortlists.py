"""Shortlists: user data that survives seed updates, with undo, ordering, sharing and search."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from directory_app.directory import Directory
from directory_app.domain.errors import ReadOnlyError, ShareFileError
from directory_app.importers.seed import load_seed, write_seed

IDS = ["fac-0001", "fac-0002", "fac-0003", "fac-0004"]


@pytest.fixture
def visit(directory):
    _, shortlist = directory.create_shortlist("CAR-T visit", "Delegation from Boston, March")
    directory.add_to_shortlist(shortlist.id, IDS)
    return shortlist


def ids_of(directory, shortlist_id):
    return [i.facility_id for i in directory.shortlist_items(shortlist_id)]


def test_create_add_in_order_without_duplicates(directory, visit):
    assert ids_of(directory, visit.id) == IDS
    _, added = directory.add_to_shortlist(visit.id, ["fac-0002", "fac-0005", "fac-0005"])
    assert added == ["fac-0005"]
    assert ids_of(directory, visit.id) == [*IDS, "fac-0005"]
    assert directory.shortlist("car-t VISIT").count == 5  # names are case-insensitive
    with pytest.raises(ValueError):
        directory.create_shortlist("  car-t   visit ")
    with pytest.raises(ValueError):
        directory.create_shortlist("   ")


def test_remove_and_undo_bring_back_position_status_rank_and_note(directory, visit):
    directory.set_shortlist_item(visit.id, "fac-0002", status="contacted", rank=1, note="call Anna")
    _, removed = directory.remove_from_shortlist(visit.id, ["fac-0002", "fac-0004"])
    assert ids_of(directory, visit.id) == ["fac-0001", "fac-0003"]
    directory.restore_shortlist_items(visit.id, removed)
    assert ids_of(directory, visit.id) == IDS
    item = directory.shortlist_items(visit.id)[1]
    assert (item.status, item.rank, item.note) == ("contacted", 1, "call Anna")


def test_delete_and_undo_delete(directory, visit):
    _, deleted = directory.delete_shortlist(visit.id)
    assert directory.shortlists() == []
    directory.restore_shortlist(deleted)
    assert [s.name for s in directory.shortlists()] == ["CAR-T visit"]
    assert ids_of(directory, visit.id) == IDS


def test_reorder_and_item_validation(directory, visit):
    directory.reorder_shortlist(visit.id, ["fac-0004", "fac-0001"])
    assert ids_of(directory, visit.id) == ["fac-0004", "fac-0001", "fac-0002", "fac-0003"]
    with pytest.raises(ValueError):
        directory.set_shortlist_item(visit.id, "fac-0001", status="maybe")
    with pytest.raises(ValueError):
        directory.set_shortlist_item(visit.id, "fac-0001", rank=0)
    directory.set_shortlist_item(visit.id, "fac-0001", rank=None)


def test_shortlists_survive_a_new_seed_that_drops_and_changes_facilities(tmp_path, small_seed, db_path):
    with Directory.open(db_path, seed_file=small_seed) as directory:
        _, shortlist = directory.create_shortlist("Visit")
        directory.add_to_shortlist(shortlist.id, IDS)
        directory.set_shortlist_item(shortlist.id, "fac-0003", note="keep me")
    seed = load_seed(small_seed)
    rows = [replace(f, name=f.name + " (renamed)") for f in seed.facilities if f.id != "fac-0002"]
    newer = tmp_path / "newer.csv"
    write_seed(newer, rows)
    with Directory.open(db_path, seed_file=newer) as directory:
        assert directory.facility("fac-0002") is None  # gone from the reference data ...
        assert ids_of(directory, shortlist.id) == IDS  # ... but not from the user's shortlist
        assert directory.shortlist_items(shortlist.id)[2].note == "keep me"
        assert directory.facility("fac-0001").name.endswith("(renamed)")


def test_search_can_be_limited_to_a_shortlist(directory, visit):
    result = directory.search('shortlist:"car-t visit"')
    assert set(result.ids) == set(IDS)
    narrowed = directory.search('shortlist:"CAR-T visit" kind:incubator')
    expected = {f.id for f in directory.facilities(IDS) if f.kind == "incubator"}
    assert set(narrowed.ids) == expected
    assert directory.search("shortlist:nothing-like-this").count == 0


def test_share_file_round_trip_and_importing_twice_does_not_duplicate(directory, visit, tmp_path, small_seed):
    directory.set_shortlist_item(visit.id, "fac-0003", status="visited", rank=2, note="lab tour ok — é")
    directory.reorder_shortlist(visit.id, ["fac-0003"])
    path = tmp_path / "visit.json"
    directory.export_shortlist_file(visit.id, path, include_private=True)  # the adviser ticked it
    body = json.loads(path.read_text(encoding="utf-8"))
    assert body["format"] == "directory-app-shortlist" and body["items"][0]["name"]

    with Directory.open(tmp_path / "colleague.sqlite", seed_file=small_seed) as colleague:
        _, imported, added, conflicts = colleague.import_shortlist_file(path)
        assert (imported.name, imported.purpose, added, conflicts) == (
            "CAR-T visit",
            "Delegation from Boston, March",
            4,
            [],
        )
        mine = directory.shortlist_items(visit.id)
        theirs = colleague.shortlist_items(imported.id)
        assert [(i.facility_id, i.status, i.rank, i.note) for i in theirs] == [
            (i.facility_id, i.status, i.rank, i.note) for i in mine
        ]
        _, again, added, conflicts = colleague.import_shortlist_file(path)
        assert (again.id, added, conflicts, again.count) == (imported.id, 0, [], 4)


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01binary",
        b'{"format": "something-else", "version": 1, "name": "x", "items": []}',
        b'{"format": "directory-app-shortlist", "version": 99, "name": "x", "items": []}',
        b'{"format": "directory-app-shortlist", "version": 1, "name": "x", "items": [{"id": "a", "status": "bad"}]}',
        b'{"format": "directory-app-shortlist", "version": 1, "name": "x", "items": [{"id": "a", "rank": -1}]}',
        b'{"format": "directory-app-shortlist", "version": 1, "name": "", "items": []}',
        b'{"format": "directory-app-shortlist", "version": 1, "name": "x", "items": [{"id": "a"}',
    ],
)
def test_bad_share_files_are_refused_and_change_nothing(directory, visit, tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = (directory.shortlists(), directory.shortlist_items(visit.id))
    with pytest.raises(ShareFileError):
        directory.import_shortlist_file(path)
    assert (directory.shortlists(), directory.shortlist_items(visit.id)) == before


def test_oversized_share_file_is_refused_without_reading_it(directory, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as out:
        out.truncate(6_000_000)
    with pytest.raises(ShareFileError, match="too large"):
        directory.import_shortlist_file(path)


def test_read_only_directory_refuses_shortlist_changes(db_path, small_seed, directory):
    directory.close()
    with Directory.open(db_path, read_only=True) as read_only:
        with pytest.raises(ReadOnlyError):
            read_only.create_shortlist("x")


def test_facility_ids_that_never_existed_are_kept_but_show_no_rows(directory, visit):
    directory.add_to_shortlist(visit.id, ["not-a-facility"])
    assert "not-a-facility" in ids_of(directory, visit.id)
    assert directory.facilities(["not-a-facility"]) == []
    assert directory.search('shortlist:"CAR-T visit"').count == len(IDS)  # only facilities that exist
