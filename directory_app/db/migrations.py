"""Schema of the directory database, as ordered, recorded ``sqlite_utils.Migrations`` steps.

Reference data (facilities and their vocabularies) and user data (tables prefixed ``user_``)
live in one plain SQLite file. Reloading the seed only writes reference tables; user tables
hold no foreign key into them, so nothing a user made is ever cascaded away.

Never edit a published step: add a new one. ``SCHEMA_VERSION`` is the number of steps and is
also written to ``PRAGMA user_version`` so that older releases can recognise a newer file.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from directory_app.db.schema import APPLICATION_ID, FTS_COLUMNS, MULTI_VALUE_TABLES
from directory_app.domain.vocabulary import OLD_PRECISION_CODES, VOCABULARIES

MIGRATION_SET = "directory_app"
migrations = Migrations(MIGRATION_SET)

_FTS_COLUMNS_0002 = (
    "name",
    "organisation",
    "city",
    "postal_code",
    "street",
    "description",
    "services_detail",
    "modalities_detail",
)
"""The full-text columns of steps 0002-0014 (published steps never change with :data:`FTS_COLUMNS`)."""


def _run_script(db: Database, script: str) -> None:
    """Run ``;``-separated DDL statement by statement.

    ``executescript`` would commit the migration's transaction half-way; this does not.
    """
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_reference_tables")
def _reference_tables(db: Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE vocabulary (
            vocabulary TEXT NOT NULL,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            grp TEXT NOT NULL DEFAULT '',
            sort INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (vocabulary, code)
        );
        CREATE TABLE facilities (
            fid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            street TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL,
            latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
            longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
            geocode_precision TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            services_detail TEXT NOT NULL DEFAULT '',
            modalities_detail TEXT NOT NULL DEFAULT '',
            cleanroom_detail TEXT NOT NULL DEFAULT '',
            area_m2 INTEGER,
            year_opened INTEGER,
            status TEXT NOT NULL DEFAULT 'operational',
            source_url TEXT NOT NULL DEFAULT '',
            source_quote TEXT NOT NULL DEFAULT '',
            verified_on TEXT,
            confidence TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'seed',
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE facility_services (
            facility_id TEXT NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (facility_id, code)
        ) WITHOUT ROWID;
        CREATE TABLE facility_modalities (
            facility_id TEXT NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (facility_id, code)
        ) WITHOUT ROWID;
        CREATE TABLE facility_grades (
            facility_id TEXT NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (facility_id, code)
        ) WITHOUT ROWID;
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


@migrations(name="0002_search_index")
def _search_index(db: Database) -> None:
    for column in ("kind", "country", "region", "status", "confidence", "verified_on"):
        db.execute(f"CREATE INDEX idx_facilities_{column} ON facilities({column})")
    db.execute("CREATE INDEX idx_facilities_latlon ON facilities(latitude, longitude)")
    for table in ("facility_services", "facility_modalities", "facility_grades"):
        db.execute(f"CREATE INDEX idx_{table}_code ON {table}(code, facility_id)")
    # The same shape as sqlite-utils' enable_fts (so `sqlite-utils search` and datasette find
    # it), written out because enable_fts() uses executescript, which would commit mid-step.
    # content_rowid is the explicit INTEGER PRIMARY KEY, which VACUUM never renumbers.
    columns = ", ".join(f"[{c}]" for c in _FTS_COLUMNS_0002)
    new = ", ".join(f"new.[{c}]" for c in _FTS_COLUMNS_0002)
    old = ", ".join(f"old.[{c}]" for c in _FTS_COLUMNS_0002)
    db.execute(
        f"CREATE VIRTUAL TABLE [facilities_fts] USING FTS5 ({columns}, "
        "tokenize='unicode61 remove_diacritics 2', content=[facilities], content_rowid=[fid])"
    )
    db.execute(
        f"CREATE TRIGGER [facilities_ai] AFTER INSERT ON [facilities] BEGIN "
        f"INSERT INTO [facilities_fts] (rowid, {columns}) VALUES (new.fid, {new}); END"
    )
    db.execute(
        f"CREATE TRIGGER [facilities_ad] AFTER DELETE ON [facilities] BEGIN "
        f"INSERT INTO [facilities_fts] ([facilities_fts], rowid, {columns}) "
        f"VALUES('delete', old.fid, {old}); END"
    )
    db.execute(
        f"CREATE TRIGGER [facilities_au] AFTER UPDATE ON [facilities] BEGIN "
        f"INSERT INTO [facilities_fts] ([facilities_fts], rowid, {columns}) "
        f"VALUES('delete', old.fid, {old}); "
        f"INSERT INTO [facilities_fts] (rowid, {columns}) VALUES (new.fid, {new}); END"
    )
    db.execute("INSERT INTO [facilities_fts]([facilities_fts]) VALUES('rebuild')")


@migrations(name="0003_user_data")
def _user_data(db: Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE user_notes (
            facility_id TEXT PRIMARY KEY,
            body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        """,
    )


@migrations(name="0004_saved_searches")
def _saved_searches(db: Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE user_saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            query TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        """,
    )


@migrations(name="0005_name_order_index")
def _name_order_index(db: Database) -> None:
    # covering index: "everything, by name" is an index scan, not a sort of the whole table
    db.execute("CREATE INDEX idx_facilities_name_nocase ON facilities(name COLLATE NOCASE, id)")


@migrations(name="0006_filter_index")
def _filter_index(db: Database) -> None:
    # A narrow covering index of every scalar filter column: counts and filters over kind,
    # country, area, dates or coordinates scan it instead of the wide facility rows.
    db.execute(
        "CREATE INDEX idx_facilities_filters ON facilities(kind, country, region, status, confidence, "
        "geocode_precision, area_m2, year_opened, verified_on, latitude, longitude, id)"
    )
    # near: searches range-scan latitude and need longitude and id: make that index covering too
    db.execute("DROP INDEX idx_facilities_latlon")
    db.execute("CREATE INDEX idx_facilities_latlon ON facilities(latitude, longitude, id)")


@migrations(name="0007_fts_prefix_index")
def _fts_prefix_index(db: Database) -> None:
    # Search-as-you-type asks for 1-3 letter prefixes ("g"*, "ge"*): FTS5 prefix indexes answer
    # those from one doclist instead of merging every term that starts so. Same triggers.
    columns = ", ".join(f"[{c}]" for c in _FTS_COLUMNS_0002)
    db.execute("DROP TABLE facilities_fts")
    db.execute(
        f"CREATE VIRTUAL TABLE [facilities_fts] USING FTS5 ({columns}, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3', content=[facilities], content_rowid=[fid])"
    )
    db.execute("INSERT INTO [facilities_fts]([facilities_fts]) VALUES('rebuild')")


@migrations(name="0008_links_by_rowid")
def _links_by_rowid(db: Database) -> None:
    # Vocabulary links keyed by the facility's integer row id instead of its text id: a filter
    # such as `service:lab` then reaches each facility row in one B-tree probe, not two.
    for table in MULTI_VALUE_TABLES.values():
        db.execute(
            f"CREATE TABLE [{table}_new] ("
            "fid INTEGER NOT NULL REFERENCES facilities(fid) ON DELETE CASCADE, "
            "code TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY (fid, code)) WITHOUT ROWID"
        )
        db.execute(
            f"INSERT INTO [{table}_new] (fid, code, position) "
            f"SELECT f.fid, l.code, l.position FROM [{table}] l JOIN facilities f ON f.id = l.facility_id"
        )
        db.execute(f"DROP TABLE [{table}]")
        db.execute(f"ALTER TABLE [{table}_new] RENAME TO [{table}]")
        db.execute(f"CREATE INDEX [idx_{table}_code] ON [{table}](code, fid)")


@migrations(name="0009_area_index")
def _area_index(db: Database) -> None:
    # area:>=N (a common question: "at least 1,000 m²") range-scans this instead of every row
    db.execute("CREATE INDEX idx_facilities_area ON facilities(area_m2, status)")


@migrations(name="0010_shortlists")
def _shortlists(db: Database) -> None:
    # user data: items keep the facility's text id and no foreign key into reference data, so a
    # new seed, an edit or a re-import never takes a facility off somebody's shortlist
    _run_script(
        db,
        """
        CREATE TABLE user_shortlists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            purpose TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE user_shortlist_items (
            shortlist_id INTEGER NOT NULL REFERENCES user_shortlists(id) ON DELETE CASCADE,
            facility_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'candidate'
                CHECK (status IN ('candidate', 'contacted', 'visited', 'excluded')),
            rank INTEGER CHECK (rank IS NULL OR rank >= 1),
            note TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (shortlist_id, facility_id)
        ) WITHOUT ROWID;
        CREATE INDEX idx_user_shortlist_items_facility ON user_shortlist_items(facility_id);
        """,
    )


@migrations(name="0011_change_log_and_trash")
def _change_log_and_trash(db: Database) -> None:
    # the full-text index follows only its own columns: a bulk edit of kind, status or confidence
    # no longer rewrites every edited row's index entries
    columns = ", ".join(f"[{c}]" for c in _FTS_COLUMNS_0002)
    new = ", ".join(f"new.[{c}]" for c in _FTS_COLUMNS_0002)
    old = ", ".join(f"old.[{c}]" for c in _FTS_COLUMNS_0002)
    db.execute("DROP TRIGGER [facilities_au]")
    db.execute(
        f"CREATE TRIGGER [facilities_au] AFTER UPDATE OF fid, {columns} ON [facilities] BEGIN "
        f"INSERT INTO [facilities_fts] ([facilities_fts], rowid, {columns}) "
        f"VALUES('delete', old.fid, {old}); "
        f"INSERT INTO [facilities_fts] (rowid, {columns}) VALUES (new.fid, {new}); END"
    )
    # user data: who changed what and when (field-level before/after as JSON), and the trash of
    # deleted facilities (the whole record as JSON, restorable; a purged row stays as a tombstone
    # so that a newer seed never brings back what the user deleted)
    _run_script(
        db,
        """
        CREATE TABLE user_change_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            who TEXT NOT NULL DEFAULT '',
            facility_id TEXT NOT NULL,
            action TEXT NOT NULL,
            changes TEXT NOT NULL DEFAULT '{}',
            batch TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_user_change_log_facility ON user_change_log(facility_id, id);
        CREATE TABLE user_trash (
            facility_id TEXT PRIMARY KEY,
            record TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'seed',
            deleted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            deleted_by TEXT NOT NULL DEFAULT '',
            purged_at TEXT
        );
        """,
    )


@migrations(name="0012_imports")
def _imports(db: Database) -> None:
    # user data: column mappings remembered per source (a layout of headers, or a file name), and
    # where each imported facility came from (no foreign key: a re-seed never cascades it away)
    _run_script(
        db,
        """
        CREATE TABLE user_import_mappings (
            signature TEXT PRIMARY KEY,
            file_name TEXT NOT NULL DEFAULT '',
            mapping TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX idx_user_import_mappings_file ON user_import_mappings(file_name);
        CREATE TABLE import_sources (
            facility_id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            row_number INTEGER NOT NULL,
            imported_on TEXT NOT NULL,
            updated_on TEXT
        );
        """,
    )


@migrations(name="0013_recipient_notes")
def _recipient_notes(db: Database) -> None:
    # user data: a note for the recipient per shortlist item (what handouts and exports print; the
    # private ``note`` and the status stay internal), and per shortlist the user's remembered
    # choice to include the private fields in exports (NULL: nothing remembered, so they stay out)
    _run_script(
        db,
        """
        ALTER TABLE user_shortlist_items ADD COLUMN recipient_note TEXT NOT NULL DEFAULT '';
        ALTER TABLE user_shortlists ADD COLUMN export_private INTEGER CHECK (export_private IN (0, 1))
        """,
    )


@migrations(name="0014_local_overrides")
def _local_overrides(db: Database) -> None:
    # user data: every field the user changed on a reference (seed) row, by the form, a bulk edit or
    # an import merge, with the reference value it was changed over. A newer seed re-applies them;
    # where the seed changed the same field to something else, its value waits in `conflict` (the
    # local value stays) until the user chooses. field '' marks an edited row the seed dropped.
    _run_script(
        db,
        """
        CREATE TABLE user_local_overrides (
            facility_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            seed_value TEXT NOT NULL,
            conflict TEXT,
            source TEXT NOT NULL DEFAULT 'edit',
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (facility_id, field)
        ) WITHOUT ROWID
        """,
    )


def _fts_triggers(db: Database, columns_list: tuple[str, ...]) -> None:
    columns = ", ".join(f"[{c}]" for c in columns_list)
    new = ", ".join(f"new.[{c}]" for c in columns_list)
    old = ", ".join(f"old.[{c}]" for c in columns_list)
    db.execute(
        f"CREATE TRIGGER [facilities_ai] AFTER INSERT ON [facilities] BEGIN "
        f"INSERT INTO [facilities_fts] (rowid, {columns}) VALUES (new.fid, {new}); END"
    )
    db.execute(
        f"CREATE TRIGGER [facilities_ad] AFTER DELETE ON [facilities] BEGIN "
        f"INSERT INTO [facilities_fts] ([facilities_fts], rowid, {columns}) "
        f"VALUES('delete', old.fid, {old}); END"
    )
    db.execute(
        f"CREATE TRIGGER [facilities_au] AFTER UPDATE OF fid, {columns} ON [facilities] BEGIN "
        f"INSERT INTO [facilities_fts] ([facilities_fts], rowid, {columns}) "
        f"VALUES('delete', old.fid, {old}); "
        f"INSERT INTO [facilities_fts] (rowid, {columns}) VALUES (new.fid, {new}); END"
    )


@migrations(name="0015_sources_access_campus")
def _sources_access_campus(db: Database) -> None:
    # reference data: the source's own date (verified_on is left for a real check), provenance text,
    # who may use the site, the campus it stands on and a generic contact page
    for column in ("source_date", "source_note", "access", "campus_id", "contact_url", "campus_name"):
        db.execute(f"ALTER TABLE facilities ADD COLUMN [{column}] TEXT NOT NULL DEFAULT ''")
    # precision codes renamed; a country code is never a region (the country says it)
    for old, new in OLD_PRECISION_CODES.items():
        db.execute("UPDATE facilities SET geocode_precision = ? WHERE geocode_precision = ?", [new, old])
    db.execute("UPDATE facilities SET region = '' WHERE region = country")
    db.execute("DELETE FROM vocabulary WHERE vocabulary = 'geocode_precision' AND code IN ('address', 'city')")
    db.execute("DELETE FROM vocabulary WHERE vocabulary = 'region' AND code IN ('NL', 'LU')")
    for name in ("kind", "access", "geocode_precision", "region"):
        for sort, term in enumerate(VOCABULARIES[name]):
            db.execute(
                "INSERT INTO vocabulary (vocabulary, code, label, grp, sort) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(vocabulary, code) DO UPDATE SET label = excluded.label, grp = excluded.grp, "
                "sort = excluded.sort",
                [name, term.code, term.label, term.group, sort],
            )
    db.execute("CREATE INDEX idx_facilities_campus ON facilities(campus_id)")
    # campus_name follows the campus's name: the full-text index holds it, so "Leiden Bio Science Park"
    # finds the sites on that park (recursive triggers are off: these updates fire only the FTS trigger)
    for trigger in (
        "CREATE TRIGGER facilities_campus_ai AFTER INSERT ON facilities WHEN new.campus_id != '' BEGIN "
        "UPDATE facilities SET campus_name = coalesce((SELECT c.name FROM facilities c "
        "WHERE c.id = new.campus_id), '') WHERE fid = new.fid; END",
        "CREATE TRIGGER facilities_campus_of_ai AFTER INSERT ON facilities BEGIN "
        "UPDATE facilities SET campus_name = new.name WHERE campus_id = new.id AND campus_name != new.name; END",
        "CREATE TRIGGER facilities_campus_au AFTER UPDATE OF campus_id ON facilities "
        "WHEN new.campus_id IS NOT old.campus_id BEGIN "
        "UPDATE facilities SET campus_name = coalesce((SELECT c.name FROM facilities c "
        "WHERE c.id = new.campus_id AND new.campus_id != ''), '') WHERE fid = new.fid; END",
        "CREATE TRIGGER facilities_campus_name_au AFTER UPDATE OF id, name ON facilities "
        "WHEN new.id IS NOT old.id OR new.name IS NOT old.name BEGIN "
        "UPDATE facilities SET campus_name = '' WHERE campus_id = old.id AND old.id != new.id; "
        "UPDATE facilities SET campus_name = new.name WHERE campus_id = new.id AND campus_name != new.name; END",
        "CREATE TRIGGER facilities_campus_ad AFTER DELETE ON facilities BEGIN "
        "UPDATE facilities SET campus_name = '' WHERE campus_id = old.id; END",
    ):
        db.execute(trigger)
    for trigger in ("facilities_ai", "facilities_ad", "facilities_au"):
        db.execute(f"DROP TRIGGER [{trigger}]")
    db.execute("DROP TABLE facilities_fts")
    columns = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
    db.execute(
        f"CREATE VIRTUAL TABLE [facilities_fts] USING FTS5 ({columns}, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3', content=[facilities], content_rowid=[fid])"
    )
    _fts_triggers(db, FTS_COLUMNS)
    db.execute("INSERT INTO [facilities_fts]([facilities_fts]) VALUES('rebuild')")


@migrations(name="0016_update_packs")
def _update_packs(db: Database) -> None:
    # Team updates (issue 15, directory_app/updates): the publisher keys this database trusts (user data: a
    # new seed or pack never touches them), every pack installed (the newest is the installed version; About
    # the Data shows its publisher and date), and facilities a pack withdrew while they sat on a shortlist
    # (user data: their last record, so the shortlist still shows them, marked withdrawn).
    _run_script(
        db,
        """
        CREATE TABLE user_trusted_keys (
            key_id TEXT PRIMARY KEY,
            public_key TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE pack_installs (
            version INTEGER PRIMARY KEY,
            directory TEXT NOT NULL,
            publisher_key TEXT NOT NULL,
            published TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            manifest_sha256 TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            added INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            installed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE user_withdrawn (
            facility_id TEXT PRIMARY KEY,
            record TEXT NOT NULL,
            pack_version INTEGER NOT NULL,
            withdrawn_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )
        """,
    )



@migrations(name="0017_correction_queue")
def _correction_queue(db: Database) -> None:
    # Corrections sent back (issue 15, directory_app/updates/review.py): each change of a corrections file
    # an adviser sent, waiting for a curator's review (user data: a new seed or pack never touches it). An
    # edit is one field of one facility (values as JSON); a new facility is its whole record, with the
    # existing facility it likely duplicates. Nothing is applied until the curator accepts it.
    _run_script(
        db,
        """
        CREATE TABLE user_correction_queue (
            id INTEGER PRIMARY KEY,
            file_sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            sender TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('edit', 'new')),
            facility_id TEXT NOT NULL,
            facility_name TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '{}',
            changed_at TEXT NOT NULL DEFAULT '',
            duplicate_of TEXT NOT NULL DEFAULT '',
            duplicate_reason TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'merged', 'rejected')),
            result_id TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT,
            received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            UNIQUE (file_sha256, kind, facility_id, field)
        );
        CREATE INDEX idx_user_correction_queue_state ON user_correction_queue(state, id)
        """,
    )


MIGRATION_NAMES: tuple[str, ...] = tuple(m.name for m in migrations._migrations)
SCHEMA_VERSION = len(MIGRATION_NAMES)


def applied_names(db: Database) -> list[str]:
    """Names of the steps already applied to ``db`` (any version, ours or newer)."""
    return [m.name for m in migrations.applied(db)]


def apply_migrations(db: Database, *, stop_before: str | None = None) -> list[str]:
    """Apply every pending step (or those before ``stop_before``) and stamp the schema version.

    Everything happens in one ``BEGIN IMMEDIATE`` transaction, so two app instances upgrading
    the same file at once serialise: the second finds nothing left to do. Nothing is written
    when nothing is pending and the stamps are right.

    :param db: an open, writable database
    :param stop_before: name of a step not to apply (tests build old databases with it)
    :return: names of the steps applied now
    """
    stamps_ok = (
        db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        and db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    )
    if stamps_ok and stop_before is None and not migrations.pending(db):
        return []
    db.execute("BEGIN IMMEDIATE")
    try:
        pending = [m.name for m in migrations.pending(db)]
        migrations.apply(db, stop_before=stop_before)
        done = applied_names(db)
        version = sum(1 for name in done if name in MIGRATION_NAMES)
        db.execute(f"PRAGMA user_version = {int(version)}")
        db.execute(f"PRAGMA application_id = {int(APPLICATION_ID)}")
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    return [name for name in pending if name in done]
