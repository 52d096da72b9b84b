"""The one output-path guard: a file the app writes is never the database, a backup or an input."""

from __future__ import annotations

import os

import pytest

from directory_app.domain import output_paths
from directory_app.domain.errors import DirectoryError, OutputPathRefused
from directory_app.domain.output_paths import Protected, check_output_path, folder_is_case_insensitive


@pytest.fixture
def files(tmp_path):
    db = tmp_path / "work" / "directory.sqlite"
    db.parent.mkdir()
    db.write_bytes(b"db")
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "directory-20240101-000000-000000-daily.sqlite").write_bytes(b"backup")
    source = tmp_path / "in.csv"
    source.write_text("a,b\n")
    protected = [
        Protected(db, output_paths.DATABASE),
        Protected(db.with_name(db.name + "-wal"), output_paths.DATABASE_FILE),
        Protected(backups, output_paths.BACKUP, folder=True),
        Protected(source, output_paths.IMPORTED),
    ]
    return db, backups, source, protected


def _refused(target, protected) -> OutputPathRefused:
    with pytest.raises(OutputPathRefused) as caught:
        check_output_path(target, protected)
    assert isinstance(caught.value, DirectoryError) and caught.value.code == "output_refused"
    return caught.value


def test_a_new_file_elsewhere_is_allowed_and_returned_as_given(files, tmp_path):
    *_, protected = files
    assert check_output_path(tmp_path / "out.csv", protected) == tmp_path / "out.csv"
    existing = tmp_path / "old.csv"
    existing.write_text("x")
    assert check_output_path(str(existing), protected) == existing


def test_the_database_by_any_spelling_is_refused(files, tmp_path):
    db, _, _, protected = files
    error = _refused(db, protected)
    assert error.reason == output_paths.DATABASE
    assert str(db) in error.message and "it is the open database" in error.message
    link = tmp_path / "link.sqlite"
    link.symlink_to(db)
    assert "it is the open database" in _refused(link, protected).message
    (tmp_path / "sub").mkdir()
    assert _refused(tmp_path / "sub" / ".." / "work" / "directory.sqlite", protected).reason == output_paths.DATABASE
    folder_link = tmp_path / "elsewhere"
    folder_link.symlink_to(db.parent)
    assert _refused(folder_link / "directory.sqlite", protected).reason == output_paths.DATABASE
    hard = tmp_path / "hard.sqlite"
    os.link(db, hard)
    assert _refused(hard, protected).reason == output_paths.DATABASE


def test_a_journal_that_does_not_exist_yet_is_refused_too(files):
    db, _, _, protected = files
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists()
    error = _refused(wal, protected)
    assert error.reason == output_paths.DATABASE_FILE and "belongs to the open database" in error.message
    assert not wal.exists()


def test_backups_inputs_and_folders_are_refused(files, tmp_path):
    _, backups, source, protected = files
    backup = next(backups.iterdir())
    assert "it is in the backup folder" in _refused(backup, protected).message
    assert check_output_path(backups / "new-copy.sqlite", protected)  # a new file there is no backup yet
    assert "it is the file being imported" in _refused(source, protected).message
    assert "it is a folder" in _refused(tmp_path, protected).message
    assert _refused(backups, protected).reason == output_paths.FOLDER


def test_case_is_compared_when_the_folder_ignores_it(files, monkeypatch):
    db, _, _, protected = files
    monkeypatch.setattr(output_paths, "folder_is_case_insensitive", lambda folder: True)
    assert _refused(db.with_name("DIRECTORY.sqlite-WAL"), protected).reason == output_paths.DATABASE_FILE
    monkeypatch.setattr(output_paths, "folder_is_case_insensitive", lambda folder: False)
    assert check_output_path(db.with_name("DIRECTORY.sqlite-WAL"), protected)


def test_case_sensitivity_is_detected_from_the_folder_itself(tmp_path):
    (tmp_path / "Probe").write_text("x")
    expected = (tmp_path / "PROBE").exists()
    assert folder_is_case_insensitive(tmp_path) is expected
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    assert folder_is_case_insensitive(empty) is expected
    assert list(empty.iterdir()) == []  # the probe leaves nothing behind
    assert folder_is_case_insensitive(tmp_path / "not" / "yet") is expected


def test_checking_a_target_writes_nothing_in_its_folder(tmp_path):
    """Found in review: an empty folder got a ``.case-probe-*`` file from the case check."""
    from directory_app.domain.output_paths import check_output_path

    folder = tmp_path / "empty"
    folder.mkdir()
    check_output_path(folder / "out.csv", [])
    assert list(folder.iterdir()) == []
