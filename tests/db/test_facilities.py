"""Facility repository: reads, upserts, seed sync, full-text index, plain-SQLite interoperability."""

import json
import subprocess
import sys
from dataclasses import replace

import pytest
from sqlite_utils import Database

from directory_app.db import facilities, userdata
from directory_app.db.migrations import apply_migrations
from tests.fixtures.small_seed import make_facilities


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "f.sqlite")
    database.execute("PRAGMA foreign_keys = ON")
    apply_migrations(database)
    yield database
    database.close()


def fts_ids(db, query):
    rows = db.execute(
        "SELECT f.id FROM facilities_fts JOIN facilities f ON f.fid = facilities_fts.rowid "
        "WHERE facilities_fts MATCH ? ORDER BY f.id",
        [query],
    )
    return [r[0] for r in rows]


def test_upsert_then_read_back_equal(db):
    sample = make_facilities(10)
    added, changed = facilities.upsert(db, sample)
    assert added == [f.id for f in sample] and changed == []
    assert facilities.get_many(db, [f.id for f in sample]) == sample
    assert facilities.get(db, "nope") is None


def test_get_many_keeps_requested_order_and_skips_unknown(db):
    sample = make_facilities(5)
    facilities.upsert(db, sample)
    ids = ["fac-0003", "missing", "fac-0001"]
    assert [f.id for f in facilities.get_many(db, ids)] == ["fac-0003", "fac-0001"]


def test_update_keeps_row_id_and_full_text_index_in_step(db):
    sample = make_facilities(5)
    facilities.upsert(db, sample)
    fid = db.execute("SELECT fid FROM facilities WHERE id = 'fac-0002'").fetchone()[0]
    renamed = replace(sample[2], name="Zwijnaarde Liège Lab")
    added, changed = facilities.upsert(db, [renamed])
    assert (added, changed) == ([], ["fac-0002"])
    assert db.execute("SELECT fid FROM facilities WHERE id = 'fac-0002'").fetchone()[0] == fid
    assert fts_ids(db, "zwijnaarde") == ["fac-0002"]
    assert fts_ids(db, "liege") == ["fac-0002"]  # diacritics removed
    assert fts_ids(db, "LIÈGE") == ["fac-0002"]
    assert facilities.integrity_problems(db) == []


def test_unchanged_upsert_reports_nothing(db):
    sample = make_facilities(4)
    facilities.upsert(db, sample)
    assert facilities.upsert(db, sample) == ([], [])


def test_sync_seed_adds_updates_removes_and_never_touches_user_data(db):
    first = make_facilities(6)
    report = facilities.sync_seed(db, first, "v1")
    assert len(report.added) == 6
    userdata.set_note(db, "fac-0005", "visit in May")
    userdata.set_note(db, "fac-0001", "call back")
    second = [replace(first[0], name="Renamed"), *first[1:5]]  # fac-0005 leaves the seed
    report = facilities.sync_seed(db, second, "v2")
    assert report.updated == ("fac-0000",) and report.removed == ("fac-0005",) and report.added == ()
    assert facilities.get_meta(db, "seed_version") == "v2"
    assert facilities.count(db) == 5
    assert userdata.get_note(db, "fac-0005") == "visit in May"
    assert userdata.get_note(db, "fac-0001") == "call back"


def test_user_origin_facilities_survive_seed_sync(db):
    facilities.sync_seed(db, make_facilities(3), "v1")
    mine = replace(make_facilities(4)[3], id="my-own-site")
    facilities.upsert(db, [mine], origin="user")
    facilities.sync_seed(db, make_facilities(2), "v2")
    assert facilities.get(db, "my-own-site") == mine


def test_sync_seed_is_all_or_nothing(db):
    facilities.sync_seed(db, make_facilities(3), "v1")
    broken = make_facilities(5)
    broken[4] = replace(broken[4], name="   ")  # violates CHECK(name)
    with pytest.raises(Exception):  # noqa: B017
        facilities.sync_seed(db, broken, "v2")
    assert facilities.count(db) == 3
    assert facilities.get_meta(db, "seed_version") == "v1"


def test_multi_value_links_cascade_on_delete(db):
    facilities.upsert(db, make_facilities(3))
    fid = db.execute("SELECT fid FROM facilities WHERE id = 'fac-0002'").fetchone()[0]
    links = "SELECT count(*) FROM facility_services WHERE fid = ?"
    assert db.execute(links, [fid]).fetchone()[0] > 0
    db.execute("DELETE FROM facilities WHERE id = 'fac-0002'")
    assert db.execute(links, [fid]).fetchone()[0] == 0


def test_order_by_is_whitelisted(db):
    facilities.upsert(db, make_facilities(3))
    with pytest.raises(ValueError):
        facilities.list_ids(db, "name; DROP TABLE facilities")
    assert len(facilities.list_ids(db, "city")) == 3


def test_hostile_text_is_stored_verbatim(db):
    nasty = replace(
        make_facilities(1)[0],
        name="Robert'); DROP TABLE facilities;-- <img src=x onerror=alert(1)>",
        organisation='"quoted" %_ \\ ;',
    )
    facilities.upsert(db, [nasty])
    assert facilities.get(db, nasty.id) == nasty
    assert facilities.count(db) == 1


def test_vocabulary_is_stored(db):
    facilities.sync_seed(db, make_facilities(2), "v1")
    kinds = facilities.vocabulary(db, "kind")
    assert [t.code for t in kinds] == ["incubator", "accelerator", "cgt_production", "science_park"]


def test_sqlite_utils_cli_and_datasette_open_the_file(db, tmp_path):
    facilities.sync_seed(db, make_facilities(7), "v1")
    path = tmp_path / "f.sqlite"
    out = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "tables", str(path), "--counts"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts = {t["table"]: t["count"] for t in json.loads(out)}
    assert counts["facilities"] == 7
    out = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "search", str(path), "facilities", "gent"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert all(r["city"] == "Gent" for r in json.loads(out)) and json.loads(out)
    inspected = subprocess.run(
        [sys.executable, "-m", "datasette", "inspect", str(path)], capture_output=True, text=True, check=True
    ).stdout
    info = json.loads(inspected)
    assert next(iter(info.values()))["tables"]["facilities"]["count"] == 7
