"""SQL of imports: remembered column mappings, the facilities a new file is compared with,
and the writer an import goes through (inside the caller's transaction)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from sqlite_utils import Database

from directory_app.db import overrides
from directory_app.db.facilities import _facility_to_row, get
from directory_app.db.schema import MULTI_VALUE_TABLES, SCALAR_COLUMNS
from directory_app.domain.models import Facility

REVIEW_GROUP = "review"
"""``vocabulary.grp`` of a term an import added: kept, flagged for review."""


def remembered_mapping(db: Database, signature: str, file_name: str) -> list[str] | None:
    """The mapping last used for this layout of headers, else for a file of this name."""
    row = db.execute("SELECT mapping FROM user_import_mappings WHERE signature = ?", [signature]).fetchone()
    if row is None and file_name:
        row = db.execute(
            "SELECT mapping FROM user_import_mappings WHERE file_name = ? ORDER BY updated_at DESC LIMIT 1",
            [file_name],
        ).fetchone()
    if row is None:
        return None
    value = json.loads(row[0])
    return [str(v) for v in value] if isinstance(value, list) else None


def remember_mapping(db: Database, signature: str, file_name: str, mapping: list[str]) -> None:
    """Remember the mapping used for this layout of headers and this file name."""
    with db.atomic():
        db.execute(
            "INSERT INTO user_import_mappings (signature, file_name, mapping) VALUES (?, ?, ?) "
            "ON CONFLICT(signature) DO UPDATE SET file_name = excluded.file_name, mapping = excluded.mapping, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            [signature, file_name, json.dumps(mapping)],
        )


def existing_for_matching(db: Database) -> Iterator[tuple[str, str, str, float | None, float | None]]:
    """(id, name, website, latitude, longitude) of every facility."""
    yield from db.execute("SELECT id, name, website, latitude, longitude FROM facilities")


def import_source(db: Database, facility_id: str) -> tuple[str, int, str, str | None] | None:
    """(file name, row number, imported on, updated on) of an imported facility."""
    row = db.execute(
        "SELECT file_name, row_number, imported_on, updated_on FROM import_sources WHERE facility_id = ?",
        [facility_id],
    ).fetchone()
    return None if row is None else (row[0], int(row[1]), row[2], row[3])


class ImportWriter:
    """Writes an import's rows in batches; use inside ``db.atomic()`` (it never commits).

    :param db: the open database
    :param file_name: the source recorded for every row
    :param today: the import date recorded
    :param batch: rows per ``executemany``
    """

    def __init__(self, db: Database, file_name: str, today: date, *, batch: int = 2000) -> None:
        self._db = db
        self._file = file_name
        self._today = today.isoformat()
        self._batch = batch
        self._rows: list[list[object]] = []
        self._links: dict[str, list[tuple[int, str, int]]] = {t: [] for t in MULTI_VALUE_TABLES.values()}
        self._sources: list[tuple[str, str, int, str]] = []
        self._fid = int(db.execute("SELECT coalesce(max(fid), 0) FROM facilities").fetchone()[0])
        columns = ["fid", *SCALAR_COLUMNS, "origin"]
        self._insert = (
            f"INSERT INTO facilities ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        self.written = 0

    def add(self, f: Facility, row: int) -> None:
        """Queue a new facility (origin ``import``)."""
        self._fid += 1
        values = _facility_to_row(f)
        self._rows.append([self._fid, *(values[c] for c in SCALAR_COLUMNS), "import"])
        for field, table in MULTI_VALUE_TABLES.items():
            self._links[table].extend((self._fid, code, i) for i, code in enumerate(dict.fromkeys(getattr(f, field))))
        self._sources.append((f.id, self._file, row, self._today))
        if len(self._rows) >= self._batch:
            self.flush()

    def update(self, f: Facility, row: int) -> None:
        """Write a merged facility over the stored one (its origin stays; on a reference row, the
        merged fields are recorded as local overrides, so a newer seed does not revert them)."""
        self.flush()
        overrides.record(self._db, get(self._db, f.id), f, "import")
        values = _facility_to_row(f)
        sets = ", ".join(f"[{c}] = ?" for c in SCALAR_COLUMNS if c != "id")
        self._db.execute(
            f"UPDATE facilities SET {sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
            [*(values[c] for c in SCALAR_COLUMNS if c != "id"), f.id],
        )
        fid = self._db.execute("SELECT fid FROM facilities WHERE id = ?", [f.id]).fetchone()[0]
        for field, table in MULTI_VALUE_TABLES.items():
            self._db.execute(f"DELETE FROM [{table}] WHERE fid = ?", [fid])
            self._db.conn.executemany(
                f"INSERT INTO [{table}] (fid, code, position) VALUES (?, ?, ?)",
                [(fid, code, i) for i, code in enumerate(dict.fromkeys(getattr(f, field)))],
            )
        self._db.execute(
            "INSERT INTO import_sources (facility_id, file_name, row_number, imported_on, updated_on) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(facility_id) DO UPDATE SET updated_on = excluded.updated_on",
            [f.id, self._file, row, self._today, self._today],
        )
        self.written += 1

    def add_term(self, term) -> None:  # type: ignore[no-untyped-def]
        """Add a new vocabulary term, flagged for review (a term already stored stays as it is)."""
        self._db.execute(
            "INSERT INTO vocabulary (vocabulary, code, label, grp, sort) VALUES (?, ?, ?, ?, 1000) "
            "ON CONFLICT(vocabulary, code) DO NOTHING",
            [term.vocabulary, term.code, term.label, REVIEW_GROUP],
        )

    def flush(self) -> None:
        """Write the queued rows."""
        if not self._rows:
            return
        conn = self._db.conn
        conn.executemany(self._insert, self._rows)
        for table, links in self._links.items():
            conn.executemany(f"INSERT INTO [{table}] (fid, code, position) VALUES (?, ?, ?)", links)
            links.clear()
        conn.executemany(
            "INSERT OR IGNORE INTO import_sources (facility_id, file_name, row_number, imported_on) "
            "VALUES (?, ?, ?, ?)",
            [(i, f, r, d) for i, f, r, d in self._sources],
        )
        self.written += len(self._rows)
        self._rows.clear()
        self._sources.clear()
