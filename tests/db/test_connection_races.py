"""Races and leftovers found in review: other instances, stale side files, locks, look-alike files."""

import multiprocessing
import sqlite3
import threading
import time

import pytest
from sqlite_utils import Database

from directory_app.db import connection
from directory_app.db.connection import create_database, set_aside
from directory_app.db.migrations import MIGRATION_NAMES, apply_migrations
from directory_app.directory import Directory
from directory_app.domain.errors import DatabaseUnavailableError, NotADirectoryDatabaseError
from tests.fixtures.old_schema import write_first_schema_rows
from tests.fixtures.small_seed import make_facilities


def test_file_created_meanwhile_by_another_instance_is_not_overwritten(db_path, small_seed):
    def populate(db):
        # another instance creates the same file while we are still filling ours
        with Directory.open(db_path, seed_file=small_seed) as other:
            other.set_note("fac-0001", "theirs")

    opened = create_database(db_path, populate)
    try:
        with Directory.open(db_path, seed_file=small_seed) as d:
            assert d.note("fac-0001") == "theirs"
    finally:
        opened.close()
    assert not list(db_path.parent.glob(f".{db_path.name}.*.new"))


def test_stale_wal_next_to_a_missing_file_is_kept_not_replayed(db_path, small_seed):
    stale = db_path.with_name(db_path.name + "-wal")
    stale.write_bytes(b"left over from a crash" * 100)
    with Directory.open(db_path, seed_file=small_seed) as d:
        assert d.count() == 30 and d.check() == []
    kept = list(db_path.parent.glob(db_path.name + "-wal.stale-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"left over from a crash" * 100


def test_set_aside_moves_the_journal_too(tmp_path):
    path = tmp_path / "x.sqlite"
    path.write_text("bad")
    journal = tmp_path / "x.sqlite-journal"
    journal.write_text("hot journal")
    moved = set_aside(path, "damaged")
    assert not journal.exists()
    assert (tmp_path / (moved.name + "-journal")).read_text() == "hot journal"


def test_read_only_never_creates(db_path, small_seed):
    with pytest.raises(DatabaseUnavailableError):
        Directory.open(db_path, seed_file=small_seed, read_only=True)
    assert not db_path.exists()


def test_look_alike_file_with_a_facilities_table_is_refused_unchanged(db_path, small_seed):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE facilities (id, name)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NotADirectoryDatabaseError):
        Directory.open(db_path, seed_file=small_seed)
    assert db_path.read_bytes() == before


def test_locked_database_gives_a_clear_error(directory, db_path, small_seed, monkeypatch):
    directory.close()
    # make the file need a write on open (an older seed version), then hold the write lock
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE meta SET value = 'old' WHERE key = 'seed_version'")
    conn.commit()
    conn.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.3)
    try:
        with pytest.raises(DatabaseUnavailableError) as info:
            Directory.open(db_path, seed_file=small_seed)
        assert "busy" in info.value.message
    finally:
        conn.rollback()
        conn.close()


def test_note_write_while_locked_is_a_clear_error(directory, db_path, monkeypatch):
    directory._db.conn.execute(f"PRAGMA busy_timeout = {300}")
    conn = sqlite3.connect(db_path)
    conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseUnavailableError):
            directory.set_note("fac-0001", "x")
    finally:
        conn.rollback()
        conn.close()
    directory.set_note("fac-0001", "x")
    assert directory.note("fac-0001") == "x"


def _upgrade(path, seed, queue):
    try:
        with Directory.open(path, seed_file=seed) as d:
            queue.put(("ok", d.count()))
    except Exception as exc:
        queue.put(("error", repr(exc)))


def test_two_instances_upgrading_an_old_file_at_once(tmp_path, small_seed):
    ctx = multiprocessing.get_context("spawn")
    for attempt in range(3):
        path = tmp_path / f"old{attempt}.sqlite"
        db = Database(path)
        apply_migrations(db, stop_before=MIGRATION_NAMES[1])
        write_first_schema_rows(db, make_facilities(30))
        db.close()
        queue = ctx.Queue()
        procs = [ctx.Process(target=_upgrade, args=(path, small_seed, queue)) for _ in range(2)]
        for p in procs:
            p.start()
        results = [queue.get(timeout=120) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        assert results == [("ok", 30), ("ok", 30)], results


def test_opening_while_another_connection_reads_is_fine(directory, db_path, small_seed):
    stop = threading.Event()

    def reader():
        conn = sqlite3.connect(db_path)
        while not stop.is_set():
            conn.execute("SELECT count(*) FROM facilities").fetchone()
            time.sleep(0.001)
        conn.close()

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for i in range(20):
            directory.set_note(f"fac-{i:04d}", f"note {i}")
    finally:
        stop.set()
        thread.join()
    assert directory.note("fac-0019") == "note 19"
