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


def test_0015_upgrades_an_old_file_renaming_codes_and_indexing_campus_names(tmp_path):
    """Precision address/city become street/municipality, a country code as region goes, the new columns
    default to empty, NULL coordinates stay allowed, and the full-text index learns campus names."""
    from dataclasses import replace

    from directory_app.db import search as search_db
    from directory_app.domain.query import Text

    path = tmp_path / "v14.sqlite"
    db = Database(path)
    apply_migrations(db, stop_before="0015_sources_access_campus")
    assert MIGRATION_NAMES.index("0015_sources_access_campus") == MIGRATION_NAMES.index("0014_local_overrides") + 1
    sample = make_facilities(4)
    old_rows = [
        replace(sample[0], geocode_precision="street"),
        replace(sample[1], geocode_precision="municipality"),
        replace(sample[2], region="LU", country="LU", latitude=None, longitude=None, geocode_precision=""),
        replace(sample[3], region="NL", country="NL", name="Leiden Bio Science Park"),
    ]
    for f in old_rows:
        row = facilities.facility_row(f)
        row = {k: v for k, v in row.items() if k in db["facilities"].columns_dict}
        row["geocode_precision"] = {"street": "address", "municipality": "city"}.get(f.geocode_precision, "")
        db["facilities"].insert(row)
    db.execute("INSERT INTO vocabulary (vocabulary, code, label) VALUES ('geocode_precision', 'city', 'City')")
    db.execute("INSERT INTO vocabulary (vocabulary, code, label) VALUES ('region', 'NL', 'Netherlands (national)')")
    db.close()

    opened = open_database(path)
    assert opened.upgraded == list(MIGRATION_NAMES[MIGRATION_NAMES.index("0015_sources_access_campus") :])
    up = opened.db
    after = {f.id: f for f in facilities.list_all(up)}
    assert after[old_rows[0].id].geocode_precision == "street"
    assert after[old_rows[1].id].geocode_precision == "municipality"
    assert after[old_rows[2].id].region == "" and after[old_rows[2].id].latitude is None
    assert after[old_rows[3].id].region == ""
    assert all(
        (f.source_date, f.source_note, f.access, f.campus_id, f.contact_url) == ("",) * 5 for f in after.values()
    )
    stored = {(v, c) for v, c in up.execute("SELECT vocabulary, code FROM vocabulary")}
    assert {
        ("kind", "science_park"),
        ("access", "open"),
        ("access", "in_house"),
        ("geocode_precision", "none"),
    } <= stored
    assert {("region", "BE-VAN"), ("region", "LU-ES")} <= stored
    assert not stored & {("geocode_precision", "city"), ("geocode_precision", "address"), ("region", "NL")}
    # a site linked to the park afterwards is found by the park's name; the index stays sound
    facilities.upsert(up, [replace(after[old_rows[0].id], campus_id=old_rows[3].id)])
    found = search_db.OrderedQuery(up, Text("Leiden Bio Science Park", phrase=True)).page(0, None)
    assert {i for i, _ in found} == {old_rows[0].id, old_rows[3].id}
    assert facilities.integrity_problems(up) == []
    opened.close()
