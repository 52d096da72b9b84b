"""Schema steps: idempotent, recorded, and upgrading an old file loses nothing."""

import sqlite3

from sqlite_utils import Database

from directory_app.db import facilities
from directory_app.db.connection import open_database
from directory_app.db.migrations import MIGRATION_NAMES, SCHEMA_VERSION, applied_names, apply_migrations
from directory_app.db.schema import APPLICATION_ID
from tests.fixtures.old_schema import write_first_schema_rows
from tests.fixtures.small_seed import make_facilities


def test_apply_twice_is_a_no_op(tmp_path):
    db = Database(tmp_path / "a.sqlite")
    assert apply_migrations(db) == list(MIGRATION_NAMES)
    schema = db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert apply_migrations(db) == []
    assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert applied_names(db) == list(MIGRATION_NAMES)


def test_upgrade_from_first_schema_version_keeps_everything(tmp_path):
    path = tmp_path / "v1.sqlite"
    db = Database(path)
    apply_migrations(db, stop_before=MIGRATION_NAMES[1])
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "facilities_fts" not in db.table_names()
    sample = make_facilities(12)
    write_first_schema_rows(db, sample)
    facilities.set_meta(db, "seed_version", "old")
    before = {f.id: f for f in sample}
    assert any(f.services and f.modalities for f in sample)
    db.close()

    opened = open_database(path)  # upgrades on open
    assert opened.upgraded == list(MIGRATION_NAMES[1:])
    after = {f.id: f for f in facilities.list_all(opened.db)}
    assert after == before
    assert facilities.get_meta(opened.db, "seed_version") == "old"
    # the new full-text index covers the rows that existed before the upgrade
    hits = opened.db.execute(
        "SELECT count(*) FROM facilities_fts WHERE facilities_fts MATCH ?", ['"' + sample[3].city + '"']
    ).fetchone()[0]
    assert hits == sum(1 for f in sample if f.city == sample[3].city)
    assert opened.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "user_notes" in opened.db.table_names()
    opened.close()


def test_failed_step_rolls_back_and_stays_pending(tmp_path):
    from directory_app.db import migrations as mig

    db = Database(tmp_path / "x.sqlite")
    apply_migrations(db, stop_before=MIGRATION_NAMES[1])
    db.execute("CREATE TABLE user_notes (x)")  # makes step 3 fail after step 2 ran
    try:
        apply_migrations(db)
    except sqlite3.OperationalError:
        pass
    # the whole upgrade is one transaction: step 2 is rolled back with the failed step 3
    assert applied_names(db) == list(MIGRATION_NAMES[:1])
    assert [m.name for m in mig.migrations.pending(db)] == list(MIGRATION_NAMES[1:])
    assert "facilities_fts" not in db.table_names()


def test_0013_recipient_notes_upgrades_an_old_file_keeping_every_shortlist_item(tmp_path):
    from directory_app.db import shortlists

    path = tmp_path / "v12.sqlite"
    db = Database(path)
    apply_migrations(db, stop_before="0013_recipient_notes")
    assert "0013_recipient_notes" in MIGRATION_NAMES
    assert MIGRATION_NAMES.index("0013_recipient_notes") == MIGRATION_NAMES.index("0012_imports") + 1
    db.execute("INSERT INTO user_shortlists (id, name, purpose) VALUES (1, 'Visit', 'Boston')")
    db.execute(
        "INSERT INTO user_shortlist_items (shortlist_id, facility_id, position, status, rank, note) "
        "VALUES (1, 'fac-1', 0, 'contacted', 2, 'Internal: CEO slow to reply')"
    )
    db.conn.commit()
    db.close()

    opened = open_database(path)
    assert "0013_recipient_notes" in opened.upgraded
    [item] = shortlists.items(opened.db, 1)
    kept = (item.facility_id, item.status, item.rank, item.note)
    assert kept == ("fac-1", "contacted", 2, "Internal: CEO slow to reply")
    assert item.recipient_note == ""
    assert shortlists.export_private(opened.db, 1) is None  # nothing remembered: private fields stay out
    shortlists.set_item(opened.db, 1, "fac-1", recipient_note="Welcome")
    assert shortlists.items(opened.db, 1)[0].recipient_note == "Welcome"
    opened.close()
