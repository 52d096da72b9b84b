"""Loading many facilities at once: the indexes and per-row triggers of ``facilities`` set aside while the rows
go in, then built once from the table (what SQLite does fastest), inside the caller's transaction.

Each inserted row normally updates 14 indexes of ``facilities`` and its link tables one entry at a time, the
full-text index (trigger ``facilities_ai``) and the campus names (triggers ``facilities_campus_ai`` and
``facilities_campus_of_ai``, one indexed UPDATE per row). For a load that at least doubles the table, building
all of it afterwards is several times faster: :func:`deferred_indexes` drops those indexes and triggers (their
SQL kept as stored in ``sqlite_master``), lets the caller insert, then recreates the indexes, sets every campus
name with one UPDATE, rebuilds the full-text index from the table (merged into one segment, so later small
writes do not pay for merging it) and puts the same triggers back. It all runs
in the caller's transaction: a failure anywhere rolls back rows, indexes and triggers together; readers see the
previous state until the commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from directory_app.db.schema import MULTI_VALUE_TABLES

INSERT_TRIGGERS = ("facilities_ai", "facilities_au", "facilities_campus_ai", "facilities_campus_of_ai")
"""Triggers that act per inserted row (and ``facilities_au``, fired by the campus-name UPDATE afterwards): set
aside during a bulk load; what they maintain is rebuilt once at the end."""

_TABLES = ("facilities", *MULTI_VALUE_TABLES.values())

_CAMPUS_NAME = "coalesce((SELECT c.name FROM facilities c WHERE c.id = facilities.campus_id), '')"


def _set_aside(db: Database) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    marks = ", ".join("?" for _ in _TABLES)
    indexes = [
        (name, sql)
        for name, sql in db.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
            "ORDER BY name",
            list(_TABLES),
        )
    ]
    trigger_marks = ", ".join("?" for _ in INSERT_TRIGGERS)
    triggers = [
        (name, sql)
        for name, sql in db.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({trigger_marks}) ORDER BY name",
            list(INSERT_TRIGGERS),
        )
    ]
    return indexes, triggers


@contextmanager
def deferred_indexes(db: Database) -> Iterator[None]:
    """Inside the caller's transaction: insert the rows in the ``with`` block without per-row index and trigger
    work; afterwards the indexes, campus names, full-text index and triggers are as row-by-row inserts would
    have left them (module text). Only the secondary indexes go: ``id``'s uniqueness is checked all along."""
    if not db.conn.in_transaction:
        raise RuntimeError("deferred_indexes runs inside the caller's transaction")
    indexes, triggers = _set_aside(db)
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER [{name}]")
    for name, _ in indexes:
        db.execute(f"DROP INDEX [{name}]")
    yield
    for _, sql in indexes:
        db.execute(sql)
    # what facilities_campus_ai and facilities_campus_of_ai keep: the name of the campus a site stands on
    db.execute(
        f"UPDATE facilities SET campus_name = {_CAMPUS_NAME} WHERE campus_id != '' AND campus_name != {_CAMPUS_NAME}"
    )
    db.execute("INSERT INTO [facilities_fts]([facilities_fts]) VALUES('rebuild')")
    # a rebuild leaves the index in many segments, which FTS5 then merges a little at every later write: at
    # 100,000 facilities the next update of 1,000 rewrote ~500 pages of index for 100 documents (half its time).
    # Merged into one segment now (0.2 s at that size), later updates write only their own entries.
    db.execute("INSERT INTO [facilities_fts]([facilities_fts]) VALUES('optimize')")
    for _, sql in triggers:
        db.execute(sql)
