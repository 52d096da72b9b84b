"""Importing a colleague's shortlist file never loses local work, and every share file is read safely.

Local status, rank and notes always win: incoming differences come back as conflicts, applied
only for the fields the user picks; a file without a value never resets one. Share files are
read with bounded depth, numbers and size, in any Unicode encoding with a BOM, and anything
wrong is a ShareFileError with a clear message (never RecursionError/OverflowError).
"""

from __future__ import annotations

import json
import math

import pytest

from directory_app.domain.errors import DirectoryError, ImportFileError, ShareFileError
from directory_app.domain.models import ShortlistConflict
from directory_app.importers.bounded_json import MAX_DEPTH, loads_bounded
from directory_app.importers.shortlist_share import read_share_file

IDS = ["fac-0001", "fac-0002", "fac-0003"]


def share(items, **top) -> dict:
    body = {"format": "directory-app-shortlist", "version": 1, "name": "CAR-T visit", "purpose": "", "items": items}
    body.update(top)
    return body


def write(tmp_path, body, name="in.shortlist.json", encoding="utf-8") -> object:
    path = tmp_path / name
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def visit(directory):
    _, shortlist = directory.create_shortlist("CAR-T visit", "Delegation")
    directory.add_to_shortlist(shortlist.id, IDS)
    directory.set_shortlist_item(shortlist.id, "fac-0002", status="contacted", rank=1, note="call Anna, not Bob")
    return shortlist


def snapshot(directory, shortlist_id):
    return [(i.facility_id, i.position, i.status, i.rank, i.note) for i in directory.shortlist_items(shortlist_id)]


# merging ----------------------------------------------------------------------------------------


def test_local_status_rank_and_note_survive_a_file_with_other_values(directory, visit, tmp_path):
    before = snapshot(directory, visit.id)
    path = write(
        tmp_path,
        share(
            [
                {"id": "fac-0002", "status": "visited", "rank": 3, "note": "theirs"},
                {"id": "fac-0001", "status": "candidate", "rank": None, "note": ""},  # same as local
                {"id": "fac-0009", "status": "visited", "rank": 2, "note": "new one"},
            ]
        ),
    )
    _, shortlist, added, conflicts = directory.import_shortlist_file(path)
    assert shortlist.id == visit.id and added == 1
    assert snapshot(directory, visit.id) == [*before, ("fac-0009", 3, "visited", 2, "new one")]
    assert sorted(conflicts, key=lambda c: c.field) == [
        ShortlistConflict("fac-0002", "note", "call Anna, not Bob", "theirs"),
        ShortlistConflict("fac-0002", "rank", 1, 3),
        ShortlistConflict("fac-0002", "status", "contacted", "visited"),
    ]
    # importing it again: still nothing overwritten, nothing added twice
    _, _, added, again = directory.import_shortlist_file(path)
    assert added == 0 and sorted(again) == sorted(conflicts)
    assert snapshot(directory, visit.id)[:3] == before


def test_a_file_without_values_resets_nothing(directory, visit, tmp_path):
    before = snapshot(directory, visit.id)
    path = write(tmp_path, share([{"id": "fac-0002"}, {"id": "fac-0003", "note": None}]))
    _, _, added, conflicts = directory.import_shortlist_file(path)
    assert (added, conflicts) == (0, [])
    assert snapshot(directory, visit.id) == before


def test_choosing_theirs_applies_only_the_chosen_fields(directory, visit, tmp_path):
    path = write(tmp_path, share([{"id": "fac-0002", "status": "visited", "rank": 3, "note": "theirs"}]))
    _, _, _, conflicts = directory.import_shortlist_file(path)
    chosen = [c for c in conflicts if c.field in ("rank", "note")]
    directory.apply_shortlist_choices(visit.id, chosen)
    item = directory.shortlist_items(visit.id)[1]
    assert (item.facility_id, item.status, item.rank, item.note) == ("fac-0002", "contacted", 3, "theirs")


def test_choices_are_applied_in_one_transaction(directory, visit):
    before = snapshot(directory, visit.id)
    good = ShortlistConflict("fac-0002", "note", "call Anna, not Bob", "theirs")
    bad = ShortlistConflict("fac-0002", "status", "contacted", "not-a-status")
    with pytest.raises(ValueError):
        directory.apply_shortlist_choices(visit.id, [good, bad])
    assert snapshot(directory, visit.id) == before
    with pytest.raises(ValueError):  # field names are checked, never used as SQL from the caller
        directory.apply_shortlist_choices(visit.id, [ShortlistConflict("fac-0002", "note = 1; --", "", "x")])
    assert snapshot(directory, visit.id) == before


# reading ----------------------------------------------------------------------------------------


def test_a_file_nested_100000_deep_is_refused_with_a_message(directory, visit, tmp_path):
    before = snapshot(directory, visit.id)
    deep = "[" * 100_000 + "]" * 100_000
    path = write(tmp_path, '{"format": "directory-app-shortlist", "version": 1, "name": "x", "items": ' + deep + "}")
    with pytest.raises(ShareFileError, match="nested too deeply"):
        directory.import_shortlist_file(path)
    path = write(tmp_path, '{"a": ' * 100_000 + "1" + "}" * 100_000)
    with pytest.raises(ShareFileError, match="nested too deeply"):
        read_share_file(path)
    assert snapshot(directory, visit.id) == before


@pytest.mark.parametrize("rank", ["1000000000000000000000000000000", "1e400", "NaN", "-Infinity", "2.5", "0"])
def test_absurd_ranks_are_refused_with_a_message(directory, visit, tmp_path, rank):
    before = snapshot(directory, visit.id)
    text = json.dumps(share([{"id": "fac-0009", "rank": 7}])).replace('"rank": 7', f'"rank": {rank}')
    path = write(tmp_path, text)
    with pytest.raises(ShareFileError):
        directory.import_shortlist_file(path)
    assert snapshot(directory, visit.id) == before


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True, None, [1]])
def test_a_version_that_is_not_a_positive_integer_is_invalid_not_newer(tmp_path, version):
    path = write(tmp_path, share([], version=version))
    with pytest.raises(ShareFileError, match=r"not a valid share file \(version must be a positive integer\)") as exc:
        read_share_file(path)
    assert "newer" not in exc.value.message


def test_a_missing_version_is_invalid(tmp_path):
    body = share([])
    del body["version"]
    with pytest.raises(ShareFileError, match="version must be a positive integer"):
        read_share_file(write(tmp_path, body))


def test_only_a_larger_version_is_newer(tmp_path):
    with pytest.raises(ShareFileError, match="newer version"):
        read_share_file(write(tmp_path, share([], version=99)))


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
)
def test_unicode_files_with_a_bom_are_read_correctly(tmp_path, encoding):
    body = share([{"id": "fac-0002", "note": "Liège — ✓ 𝄞"}], name="Visite à Liège")
    text = json.dumps(body, ensure_ascii=False)
    path = tmp_path / "bom.json"
    raw = text.encode(encoding)
    bom = {
        "utf-16-le": b"\xff\xfe",
        "utf-16-be": b"\xfe\xff",
        "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff",
    }
    path.write_bytes(bom.get(encoding, b"") + raw)
    shared = read_share_file(path)
    assert shared.name == "Visite à Liège"
    assert shared.items[0].note == "Liège — ✓ 𝄞"


def test_a_file_that_is_not_text_in_a_known_encoding_is_refused(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps(share([], name="Liège"), ensure_ascii=False).encode("latin-1"))
    with pytest.raises(ShareFileError, match="UTF-8"):
        read_share_file(path)


def test_duplicate_keys_are_refused(tmp_path):
    path = write(
        tmp_path, '{"format": "directory-app-shortlist", "version": 1, "version": 2, "name": "x", "items": []}'
    )
    with pytest.raises(ShareFileError, match="twice"):
        read_share_file(path)


def test_a_folder_or_missing_file_is_a_share_file_error(tmp_path):
    with pytest.raises(ShareFileError):
        read_share_file(tmp_path)
    with pytest.raises(ShareFileError):
        read_share_file(tmp_path / "missing.json")


# the reusable bounded JSON reader (shared with other readers of outside files) -------------------


def test_bounded_json_limits_depth_numbers_and_keys():
    assert loads_bounded(("[" * MAX_DEPTH + "]" * MAX_DEPTH).encode()) is not None
    assert loads_bounded(b'{"s": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')
    for bad in (
        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)).encode(),
        b"[1e999]",
        b"[NaN]",
        b"[Infinity]",
        b"[" + b"9" * 5000 + b"]",
        b"[" + b"1" * 20 + b"]",
        b'{"a": 1, "a": 2}',
        b"\xff\xfe\x00\x00\xff\xff\xff\xff",  # a UTF-32 BOM then garbage
        b"",
    ):
        with pytest.raises(ImportFileError):
            loads_bounded(bad)
    assert loads_bounded(b"[1.5, -3, 9007199254740991]") == [1.5, -3, 9007199254740991]
    assert not math.isnan(loads_bounded(b"[0.0]")[0])


def test_bounded_json_raises_the_error_class_it_is_given():
    with pytest.raises(ShareFileError):
        loads_bounded(b"[", error=ShareFileError)
    assert issubclass(ShareFileError, DirectoryError)


# found by an attack on the finished work ----------------------------------------------------------


@pytest.mark.parametrize("where", ["name", "id", "recipient_note"])
def test_a_lone_surrogate_escape_is_refused_with_a_message(directory, tmp_path, where):
    item = {"id": "fac-0001", "recipient_note": "hi"}
    body = share([item])
    if where == "name":
        body["name"] = "Visit \\ud800"
    else:
        item[where] = "x \\ud800"
    path = tmp_path / "surrogate.shortlist.json"
    path.write_text(json.dumps(body).replace("\\\\ud800", "\\ud800"), encoding="utf-8")
    with pytest.raises(ShareFileError, match="not valid Unicode"):
        directory.import_shortlist_file(path)
    assert directory.shortlists() == []


def test_a_name_too_long_for_a_shortlist_is_a_share_file_error(directory, tmp_path):
    with pytest.raises(ShareFileError, match="more than 200"):
        directory.import_shortlist_file(write(tmp_path, share([], name="x" * 201)))


def test_a_pipe_is_refused_without_blocking(directory, tmp_path):
    import os

    fifo = tmp_path / "pipe.shortlist.json"
    os.mkfifo(fifo)
    with pytest.raises(ShareFileError, match="not a regular file"):
        directory.import_shortlist_file(fifo)
