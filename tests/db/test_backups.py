"""Backups on real files: online copy, rotation, before migrations/bulk edits/daily, verified restore,
and Check Database repairing the full-text index."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlite_utils import Database

from directory_app.db import backups, connection
from directory_app.db.migrations import MIGRATION_NAMES, apply_migrations
from directory_app.directory import Directory
from directory_app.domain.errors import BackupError, DamagedBackupError
from tests.fixtures.damaged import break_table
from tests.fixtures.old_schema import write_first_schema_rows
from tests.fixtures.small_seed import make_facilities


def test_backup_is_a_sound_copy_with_its_reason_in_the_list(directory, tmp_path):
    directory.set_backup_folder(tmp_path / "bk")
    path = directory.backup("import")
    assert path.parent == tmp_path / "bk" and "import" in path.name
    assert backups.verify_backup(path) == []
    with Directory.open(path, read_only=True) as copy:
        assert copy.count() == directory.count()
    (listed,) = directory.backups()
    assert listed.path == path and listed.reason == "import" and listed.size == path.stat().st_size


def test_backup_includes_committed_wal_changes(directory, tmp_path):
    directory.set_backup_folder(tmp_path / "bk")
    directory.set_note("fac-0001", "kept")
    with Directory.open(directory.backup("manual"), read_only=True) as copy:
        assert copy.note("fac-0001") == "kept"


def test_default_folder_is_under_the_user_data_dir(directory):
    path = directory.backup("manual")
    assert path.parent.name == "backups" and "directory-app" in str(path)


def _fake(folder, stem, when, reason):
    path = folder / f"{stem}-{when.strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_ten_latest_one_per_day_for_a_week_and_every_manual(tmp_path):
    now = datetime(2026, 11, 27, 12, 0)
    made = {}
    for i in range(15):  # 15 today, one a minute
        made[("today", i)] = _fake(tmp_path, "d", now - timedelta(minutes=i), "bulk-edit")
    for day in range(1, 10):  # two a day on the 9 days before
        made[("day", day, 0)] = _fake(tmp_path, "d", now - timedelta(days=day), "daily")
        made[("day", day, 1)] = _fake(tmp_path, "d", now - timedelta(days=day, hours=1), "import")
    manual = _fake(tmp_path, "d", now - timedelta(days=60), "manual")
    other = _fake(tmp_path, "other", now - timedelta(days=60), "daily")
    backups.rotate(tmp_path, "d", today=now.date())
    kept = {p for p in tmp_path.iterdir()}
    assert all(made[("today", i)] in kept for i in range(10))
    assert not any(made[("today", i)] in kept for i in range(10, 15))
    assert all(made[("day", d, 0)] in kept for d in range(1, 7))  # the day's newest, for 7 days (today + 6)
    assert not any(made[("day", d, 1)] in kept for d in range(1, 10))
    assert not any(made[("day", d, 0)] in kept for d in range(7, 10))
    assert manual in kept and other in kept


def test_daily_backup_on_first_open_of_the_day_only(db_path, small_seed, tmp_path):
    Directory.open(db_path, seed_file=small_seed).close()  # created: no backup of a fresh file
    folder = tmp_path / "bk"
    with Directory.open(db_path, seed_file=small_seed, backup_folder=folder) as d:
        assert [b.reason for b in d.backups()] == ["daily"]
    with Directory.open(db_path, seed_file=small_seed, backup_folder=folder) as d:
        assert len(d.backups()) == 1


def test_backup_before_migrating_an_old_file(tmp_path):
    path = tmp_path / "old.sqlite"
    db = Database(path)
    apply_migrations(db, stop_before=MIGRATION_NAMES[1])
    write_first_schema_rows(db, make_facilities(5))
    db.close()
    folder = tmp_path / "bk"
    with Directory.open(path, backup_folder=folder, daily_backup=False) as d:
        (made,) = d.backups()
        assert made.reason == "migration"
    old = Database(made.path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1  # the file as it was before upgrading
    assert old.execute("SELECT count(*) FROM facilities").fetchone()[0] == 5


def test_restore_backup_brings_the_old_state_back_and_keeps_the_current(directory, tmp_path):
    directory.set_backup_folder(tmp_path / "bk")
    saved = directory.backup("manual")
    directory.delete_facilities(["fac-0001", "fac-0002"])
    total = directory.count()
    kept = directory.restore_backup(saved)
    assert directory.count() == total + 2 and directory.facility("fac-0001") is not None
    assert "before-restore" in kept.name
    with Directory.open(kept, read_only=True) as before:
        assert before.facility("fac-0001") is None
    assert directory.check() == []


@pytest.mark.parametrize(
    "content",
    [b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 200],
    ids=["foreign bytes", "truncated"],
)
def test_restore_refuses_a_damaged_file_and_changes_nothing(directory, tmp_path, content):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    total = directory.count()
    with pytest.raises(BackupError):
        directory.restore_backup(bad)
    assert directory.count() == total and directory.backups() == []


def test_restore_refuses_another_programs_database(directory, tmp_path):
    other = Database(tmp_path / "other.sqlite")
    other["t"].insert({"a": 1})
    other.close()
    with pytest.raises(BackupError, match="not a directory database"):
        directory.restore_backup(tmp_path / "other.sqlite")


def _break_fts(directory: Directory) -> None:
    db = directory._db
    db.execute("DROP TRIGGER facilities_au")
    db.execute("UPDATE facilities SET name = 'Zzyzx' WHERE id = 'fac-0001'")
    db.conn.commit()


def test_check_database_repairs_the_full_text_index(directory):
    assert directory.check_and_repair().ok
    _break_fts(directory)
    report = directory.check_and_repair()
    assert report.problems and report.repaired and report.remaining == []
    assert directory.search("zzyzx").ids == ("fac-0001",)
    assert directory.check_and_repair().ok


# a damaged database: its backups are checked, marked, and never rotate the good ones away -------------


def test_daily_backups_of_a_damaged_database_never_rotate_the_last_good_ones_away(directory, tmp_path):
    folder, path = tmp_path / "bk", directory.path
    start = datetime(2026, 3, 1, 9, 0)
    for day in range(12):  # twelve sound daily backups, one a day
        backups.make_backup(directory._db, folder, path, "daily", now=start + timedelta(days=day))
    good = [b.path for b in backups.list_backups(folder, path.stem)]
    assert len(good) == backups.KEEP_LATEST and not any(b.damaged for b in backups.list_backups(folder, path.stem))
    directory.close()
    break_table(path)  # silently damaged from now on (nothing checks a large file on opening)
    db = Database(path)
    for day in range(12, 32):  # twenty more days of daily backups, each a copy of the damaged file
        backups.make_backup(db, folder, path, "daily", now=start + timedelta(days=day))
    db.close()
    listed = backups.list_backups(folder, path.stem)
    assert [b.path for b in listed if not b.damaged] == good  # the last good backups all survive
    assert all(backups.verify_backup(p) == [] for p in good)
    damaged = [b for b in listed if b.damaged]
    assert [b.created for b in damaged] == [start + timedelta(days=31)]  # damaged copies go first
    assert backups.verify_backup(damaged[0].path) != []
    assert Directory.newest_backup(path, folder).path == good[0]  # the newest GOOD backup


def test_a_backup_of_a_damaged_database_is_kept_marked_and_reported(directory, small_seed, tmp_path, monkeypatch):
    folder, path = tmp_path / "bk", directory.path
    directory.set_backup_folder(folder)
    good = directory.backup("manual")
    directory.close()
    break_table(path)
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)  # as for a file over 64 MB
    with Directory.open(path, seed_file=small_seed, backup_folder=folder, daily_backup=False) as d:
        with pytest.raises(DamagedBackupError) as raised:
            d.backup("bulk-edit")
        assert "probably damaged" in raised.value.message and "restore a good backup" in raised.value.message
        newest, older = d.backups()
        assert newest.reason == "bulk-edit" and newest.damaged and newest.path.exists()
        assert older.path == good and not older.damaged
        kept = d.restore_backup(good)  # restoring a damaged database is not refused for its own backup
        assert d.count() == 30 and d.check() == []
        assert [b.damaged for b in d.backups() if b.path == kept] == [True]


def test_the_daily_backup_on_opening_a_damaged_database_leaves_a_warning(directory, small_seed, tmp_path, monkeypatch):
    folder, path = tmp_path / "bk", directory.path
    directory.close()
    break_table(path, "user_trash")
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)
    with Directory.open(path, seed_file=small_seed, backup_folder=folder) as d:  # opening still works
        assert d.backup_warning and "damaged" in d.backup_warning
        assert [b.damaged for b in d.backups()] == [True]
    with Directory.open(path, seed_file=small_seed, backup_folder=folder) as d:
        assert d.backup_warning is None  # one daily backup a day
