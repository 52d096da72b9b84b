"""Opening files that are missing, damaged, foreign, newer, read-only or shared."""

import hashlib
import multiprocessing
import os
import shutil
import sqlite3

import pytest

from directory_app.db.connection import create_database, open_database, set_aside
from directory_app.directory import Directory
from directory_app.domain.errors import (
    DatabaseCorruptError,
    EmptyDatabaseFileError,
    NotADirectoryDatabaseError,
    ReadOnlyError,
    SchemaTooNewError,
)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_file_is_created_from_the_seed(db_path, small_seed):
    assert not db_path.exists()
    with Directory.open(db_path, seed_file=small_seed) as d:
        assert d.created
        assert d.count() == 30
    assert db_path.exists()
    assert not db_path.with_name(db_path.name + ".new").exists()


def test_missing_parent_folders_are_created(tmp_path, small_seed):
    path = tmp_path / "a" / "b" / "dir.sqlite"
    with Directory.open(path, seed_file=small_seed) as d:
        assert d.count() == 30


def test_a_crash_while_creating_leaves_no_file(db_path):
    def explode(db):
        db["meta"].insert({"key": "x", "value": "y"})
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        create_database(db_path, explode)
    assert not db_path.exists()
    assert not db_path.with_name(db_path.name + ".new").exists()


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, os.urandom(4096), b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["text", "random", "truncated-header"],
)
def test_garbage_file_is_reported_and_left_untouched(db_path, small_seed, content):
    db_path.write_bytes(content)
    before = digest(db_path)
    with pytest.raises(DatabaseCorruptError):
        Directory.open(db_path, seed_file=small_seed)
    assert digest(db_path) == before


def test_damaged_pages_are_reported(directory, db_path, small_seed):
    directory.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(DatabaseCorruptError):
        Directory.open(db_path, seed_file=small_seed)
    assert digest(db_path) == before


def test_restore_keeps_the_damaged_file(db_path, small_seed):
    db_path.write_bytes(b"garbage" * 1000)
    before = digest(db_path)
    directory, kept = Directory.restore_from_seed(db_path, seed_file=small_seed)
    with directory:
        assert directory.count() == 30
    assert kept.exists() and digest(kept) == before
    assert kept != db_path


def test_set_aside_never_overwrites(tmp_path):
    a = tmp_path / "x.sqlite"
    first = None
    for _ in range(3):
        a.write_text("bad")
        moved = set_aside(a, "damaged")
        assert moved != first and moved.exists()
        first = moved
    assert len(list(tmp_path.glob("x.sqlite.damaged-*"))) == 3


def test_foreign_sqlite_file_is_refused_unchanged(db_path, small_seed):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NotADirectoryDatabaseError):
        Directory.open(db_path, seed_file=small_seed)
    assert digest(db_path) == before


def test_empty_file_is_refused_unless_the_user_agrees_to_fill_it(db_path, small_seed):
    db_path.write_bytes(b"")
    with pytest.raises(EmptyDatabaseFileError, match="0 bytes"):
        Directory.open(db_path, seed_file=small_seed)
    with pytest.raises(EmptyDatabaseFileError):
        Directory.open(db_path, seed_file=small_seed, read_only=True)
    assert db_path.stat().st_size == 0
    with Directory.open(db_path, seed_file=small_seed, fill_empty=True) as d:
        assert d.count() == 30


def test_newer_schema_is_refused_and_nothing_changes(directory, db_path, small_seed):
    directory.close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["directory_app", "0099_from_the_future", "2030-01-01"],
    )
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(SchemaTooNewError) as info:
        Directory.open(db_path, seed_file=small_seed)
    assert info.value.found == 99
    assert digest(db_path) == before


def test_read_only_location_opens_read_only(tmp_path, small_seed, immutable):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "dir.sqlite"
    Directory.open(path, seed_file=small_seed).close()
    immutable(path, folder)
    assert not os.access(path, os.W_OK)
    with Directory.open(path, seed_file=small_seed) as d:
        assert d.read_only
        assert d.count() == 30
        assert d.facility("fac-0003") is not None
        with pytest.raises(ReadOnlyError):
            d.set_note("fac-0003", "hello")


def test_read_only_flag_never_writes(directory, db_path, small_seed):
    directory.close()
    before = digest(db_path)
    with Directory.open(db_path, seed_file=small_seed, read_only=True) as d:
        assert d.read_only and d.count() == 30
    assert digest(db_path) == before


def _writer(path, seed, worker, rounds, queue):
    try:
        with Directory.open(path, seed_file=seed) as d:
            for i in range(rounds):
                d.set_note(f"fac-{worker * 15 + i % 15:04d}", f"worker {worker} round {i}")
                d.facilities()
        queue.put("ok")
    except Exception as exc:
        queue.put(repr(exc))


def test_two_app_instances_share_one_file(directory, db_path, small_seed):
    directory.close()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    workers = [ctx.Process(target=_writer, args=(db_path, small_seed, w, 40, queue)) for w in range(2)]
    for p in workers:
        p.start()
    results = [queue.get(timeout=120) for _ in workers]
    for p in workers:
        p.join(timeout=60)
    assert results == ["ok", "ok"]
    with Directory.open(db_path, seed_file=small_seed) as d:
        assert d.check() == []
        notes = [d.note(f"fac-{i:04d}") for i in range(30)]
        assert all(n.startswith(f"worker {i // 15} ") for i, n in enumerate(notes))


def test_database_is_wal_and_plain_sqlite(directory, db_path):
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT count(*) FROM facilities").fetchone()[0] == 30
    conn.close()


def test_open_missing_without_create_is_an_error(tmp_path):
    from directory_app.domain.errors import DatabaseUnavailableError

    with pytest.raises(DatabaseUnavailableError):
        open_database(tmp_path / "nope.sqlite")


def test_copy_of_a_directory_opens(directory, db_path, tmp_path, small_seed):
    directory.close()
    copy = tmp_path / "copy.sqlite"
    shutil.copy(db_path, copy)
    with Directory.open(copy, seed_file=small_seed) as d:
        assert d.count() == 30


def test_read_only_folder_with_unmerged_wal_is_refused(tmp_path, small_seed, immutable):
    folder = tmp_path / "ro2"
    folder.mkdir()
    path = folder / "dir.sqlite"
    d = Directory.open(path, seed_file=small_seed)
    d.set_note("fac-0001", "only in the wal")
    # copy the files as they are while the connection is open (the WAL is not checkpointed)
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{path}{suffix}", copy_dir / f"dir.sqlite{suffix}")
    d.close()
    copy = copy_dir / "dir.sqlite"
    assert (copy_dir / "dir.sqlite-wal").stat().st_size > 0
    immutable(copy, copy_dir / "dir.sqlite-wal", copy_dir)
    from directory_app.domain.errors import DatabaseUnavailableError

    with pytest.raises(DatabaseUnavailableError) as info:
        Directory.open(copy, seed_file=small_seed)
    assert "never merged" in info.value.message


def test_check_on_read_only_directory_reports_nothing_false(directory, db_path, small_seed):
    directory.close()
    with Directory.open(db_path, seed_file=small_seed, read_only=True) as d:
        assert d.check() == []
