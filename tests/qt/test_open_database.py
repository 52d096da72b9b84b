"""What the GUI offers when the database cannot be opened."""

import sqlite3

import pytest

from directory_app.qt.open_database import open_directory
from tests.fixtures.shipped_seed import shipped_count

pytestmark = pytest.mark.gui


def test_corrupt_file_offers_restore_and_keeps_the_bad_file(qapp, db_path, prompter_factory):
    db_path.write_bytes(b"junk" * 500)
    prompter = prompter_factory(choices=["restore"])
    directory = open_directory(db_path, prompter=prompter)
    assert directory is not None and directory.count() == shipped_count()
    assert prompter.asked[0][2] == ["restore", "other", "quit"]
    kept = list(db_path.parent.glob(db_path.name + ".damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"junk" * 500
    assert str(kept[0]) in prompter.told[0]
    directory.close()


def test_corrupt_file_then_another_file(qapp, db_path, tmp_path, prompter_factory):
    db_path.write_bytes(b"junk" * 500)
    other = tmp_path / "other.sqlite"
    prompter = prompter_factory(choices=["other"], files=[str(other)])
    directory = open_directory(db_path, prompter=prompter)
    assert directory is not None and directory.path == other
    assert db_path.read_bytes() == b"junk" * 500
    directory.close()


def test_newer_schema_offers_no_restore_and_quit_returns_none(qapp, db_path, seed_file, prompter_factory):
    from directory_app.directory import Directory

    Directory.open(db_path, seed_file=seed_file).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 42")
    conn.commit()
    conn.close()
    prompter = prompter_factory(choices=["quit"])
    assert open_directory(db_path, prompter=prompter) is None
    assert prompter.asked[0][2] == ["other", "quit"]
    assert "newer version" in prompter.asked[0][1]


def test_empty_file_asks_before_making_a_directory_of_it(qapp, db_path, prompter_factory):
    db_path.write_bytes(b"")
    prompter = prompter_factory(choices=["quit"])
    assert open_directory(db_path, prompter=prompter) is None
    assert prompter.asked[0][2] == ["create", "other", "quit"]
    assert "empty" in prompter.asked[0][1] and str(db_path) in prompter.asked[0][1]
    assert db_path.stat().st_size == 0  # nothing written without a yes
    prompter = prompter_factory(choices=["create"])
    directory = open_directory(db_path, prompter=prompter)
    assert directory is not None and directory.count() == shipped_count()
    directory.close()
