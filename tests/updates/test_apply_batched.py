"""Updates are written in batches (set-based statements, indexes built once for a large load) and the backup made
before them is a complete, checked copy. Each test compares with what the directory must hold, read back from the
real SQLite file: the batching changes how fast, never what is written."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from directory_app.db import backups, packs
from directory_app.directory import Directory
from directory_app.domain.changes import field_changes
from directory_app.domain.errors import DamagedBackupError
from directory_app.domain.models import FACILITY_FIELDS
from tests.updates.conftest import open_laptop


def _empty(tmp_path: Path, name: str) -> Directory:
    seed = tmp_path / "no-facilities.csv"
    seed.write_text(",".join(FACILITY_FIELDS) + "\n", encoding="utf-8")
    d = Directory.open(tmp_path / f"{name}.sqlite", seed_file=seed, backup_folder=tmp_path / f"{name}-backups")
    assert d.count() == 0
    return d


def _rows(path: Path, table: str, order: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])") if r[1] != "updated_at"]
        names = ", ".join(f"[{c}]" for c in columns)
        return conn.execute(f"SELECT {names} FROM [{table}] ORDER BY {order}").fetchall()
    finally:
        conn.close()


def _schema(d: Directory) -> list[tuple[str, str, str]]:
    return d._db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    ).fetchall()


def test_a_bulk_load_writes_the_same_directory_as_row_by_row(curator, key, tmp_path, monkeypatch):
    """Indexes, campus names (a campus listed before and after its sites, and one that does not exist), the
    full-text index and the triggers come out of the one-pass build exactly as row-by-row inserts leave them."""
    for site, campus in (("fac-0003", "fac-0029"), ("fac-0025", "fac-0004"), ("fac-0026", "fac-0999")):
        curator.save_facility(replace(curator.facility(site), campus_id=campus))
    site = tmp_path / "site"
    curator.updates.publish(site, key)
    made = {}
    for name, threshold in (("row-by-row", 10**9), ("bulk", 10)):
        monkeypatch.setattr(packs, "BULK_INDEX_ROWS", threshold)
        with _empty(tmp_path, name) as d:
            schema = _schema(d)
            d.updates.trust_add(key.with_name(key.name + ".pub"))
            d.updates.apply(d.updates.check(str(site)))
            assert _schema(d) == schema  # every index and trigger back, as stored before
            assert d.check() == []  # SQLite's integrity check (indexes against tables) and the full-text index's
            assert d.facility("fac-0003").campus_id == "fac-0029"
            campus = curator.facility("fac-0029").name
            assert "fac-0003" in d.search(f'"{campus}"').ids  # the campus name is in the full-text index
            made[name] = d.path
    for table, order in (
        ("facilities", "id"),
        ("facility_services", "fid, code"),
        ("facility_modalities", "fid, code"),
        ("facility_grades", "fid, code"),
    ):
        assert _rows(made["bulk"], table, order) == _rows(made["row-by-row"], table, order), table
    names = dict((r[1], r[-1]) for r in _rows(made["bulk"], "facilities", "id"))  # id -> campus_name
    assert names["fac-0003"] == curator.facility("fac-0029").name
    assert names["fac-0025"] == curator.facility("fac-0004").name
    assert names["fac-0026"] == ""


def test_an_incremental_update_writes_each_kind_of_change_and_logs_it(curator, key, tmp_path, small_seed):
    """Scalar fields, dates, lists of codes, names (full-text index), new and removed facilities: written by the
    batched statements as the publisher has them, each logged with exactly its field changes."""
    site = tmp_path / "site"
    curator.updates.publish(site, key)
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        laptop.updates.apply(laptop.updates.check(str(site)))
        _, shortlist = laptop.create_shortlist("Visit")
        laptop.add_to_shortlist(shortlist.id, ["fac-0009"])
        before = {f.id: f for f in laptop.facilities()}
        path = laptop.path
    edits = {
        "fac-0002": {"name": "Zyxwv Renamed Lab", "phone": "+32 9 111 11 11"},
        "fac-0003": {"services": ("lab_space", "coworking"), "verified_on": date(2026, 11, 30)},
        "fac-0004": {"status": "planned", "area_m2": 1234},
        "fac-0005": {"modalities": (), "verified_on": None, "description": ""},
    }
    for fid, fields in edits.items():
        curator.save_facility(replace(curator.facility(fid), **fields))
    curator.save_facility(replace(curator.facility("fac-0006"), id="new-site-x", name="Brand New Site", website=""))
    curator.delete_facilities(["fac-0009", "fac-0010"])
    curator.updates.publish(site, key)
    with Directory.open(path, backup_folder=tmp_path / "laptop-backups") as laptop:
        plan = laptop.updates.check(str(site))
        assert plan.via == "changes"
        done = laptop.updates.apply(plan)
        assert sorted(done.applied.changed) == sorted(edits)
        assert done.applied.added == ("new-site-x",) and sorted(done.applied.removed) == ["fac-0009", "fac-0010"]
        assert done.applied.withdrawn == ("fac-0009",)  # it was on a shortlist: its last record is kept
        assert laptop.updates.withdrawn(["fac-0009"])["fac-0009"].facility == before["fac-0009"]
        assert laptop.facilities() == curator.facilities()
        assert laptop.search("Zyxwv").ids == ("fac-0002",)
        assert laptop.check() == []
        log = {e.facility_id: e for e in laptop.change_log() if e.batch == "pack:2"}
        assert set(log) == {*edits, "new-site-x", "fac-0009", "fac-0010"}
        for fid in edits:
            assert log[fid].changes == field_changes(before[fid], laptop.facility(fid)), fid
        assert log["new-site-x"].changes == field_changes(None, laptop.facility("new-site-x"))
        assert log["fac-0010"].changes == field_changes(before["fac-0010"], None)


def test_the_backup_before_an_update_is_a_complete_checked_copy(curator, key, tmp_path, small_seed):
    """The copy holds every table as it was just before the update (user data too), is a single file in
    rollback-journal mode that passes SQLite's quick check, and the update comes after it."""
    curator.save_facility(replace(curator.facility("fac-0002"), name="Changed Upstream"))
    site = tmp_path / "site"
    curator.updates.publish(site, key)
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        laptop.set_note("fac-0001", "my own note")
        plan = laptop.updates.check(str(site))
        tables = [r[0] for r in laptop._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        live = {t: laptop._db.execute(f"SELECT * FROM [{t}]").fetchall() for t in tables}
        done = laptop.updates.apply(plan)
        assert done.applied.changed == ("fac-0002",)
        copy = done.backup
        assert copy is not None and copy.is_file() and not Path(f"{copy}-wal").exists()
        assert backups.quick_check(copy) == [] and backups.verify_backup(copy) == []
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            for table in tables:
                assert conn.execute(f"SELECT * FROM [{table}]").fetchall() == live[table], table
        finally:
            conn.close()
        assert laptop.updates.installed().version == 1  # and the update went in after it


def test_an_update_whose_backup_fails_its_check_changes_nothing(curator, key, tmp_path, small_seed, monkeypatch):
    curator.save_facility(replace(curator.facility("fac-0002"), name="Changed Upstream"))
    site = tmp_path / "site"
    curator.updates.publish(site, key)
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        plan = laptop.updates.check(str(site))
        before = laptop.facilities()
        monkeypatch.setattr(backups, "quick_check", lambda path, limit=10: ["*** in database main ***"])
        with pytest.raises(DamagedBackupError):
            laptop.updates.apply(plan)
        assert laptop.facilities() == before and laptop.updates.installed() is None
        assert [b.damaged for b in laptop.backups() if b.reason == "update"] == [True]
