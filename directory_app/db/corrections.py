"""The SQL of corrections sent back (issue 15; the rest is in :mod:`directory_app.updates.review`).

* On an adviser's laptop: what goes into a corrections file -- the adviser's edits of reference rows (the
  local overrides of :mod:`directory_app.db.overrides`, with when they were made) and the facilities the
  adviser added or imported. Nothing is read from the private tables (notes, shortlists, saved searches).
* On a curator's directory: the review queue (``user_correction_queue``), one row per proposed change,
  pending until the curator accepts or rejects it.

Values are JSON text in :meth:`~directory_app.domain.models.Facility.to_dict` form.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from directory_app.db import overrides

STATES = ("pending", "accepted", "merged", "rejected")
"""What became of a queued change."""


@dataclass(frozen=True, slots=True)
class LocalEdit:
    """One field the adviser changed on a reference facility.

    :param old: the reference value it was changed over (the newer one when an update disagreed since)
    :param new: the adviser's value
    :param when: UTC time stamp of the change
    """

    facility_id: str
    field: str
    old: Any
    new: Any
    when: str


@dataclass(frozen=True, slots=True)
class QueuedChange:
    """A change in the review queue.

    :param kind: ``edit`` (one field of an existing facility) or ``new`` (a whole facility)
    :param old: for an edit, the value the adviser changed (``None`` for a new facility)
    :param new: for an edit, the proposed value; for a new facility, its record
    :param source: what the change carries as its source (``source_url``, ``source_quote``, ``source_note``...)
    :param duplicate_of: for a new facility, the existing one it likely duplicates ('' for none)
    :param state: one of :data:`STATES`
    :param result_id: the facility the accepted change was written to
    """

    id: int
    file_name: str
    sender: str
    sent_at: str
    kind: str
    facility_id: str
    facility_name: str
    field: str
    old: Any
    new: Any
    source: dict[str, Any]
    changed_at: str
    duplicate_of: str
    duplicate_reason: str
    state: str
    result_id: str
    decided_by: str
    decided_at: str | None
    received_at: str


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# The adviser's side ------------------------------------------------------------------------------


def local_edits(db: Database) -> list[LocalEdit]:
    """Every field the user changed on a live reference facility, by facility and field."""
    rows = db.execute(
        "SELECT o.facility_id, o.field, o.value, coalesce(o.conflict, o.seed_value), o.updated_at "
        "FROM user_local_overrides o JOIN facilities f ON f.id = o.facility_id "
        "WHERE o.field != ? AND f.origin = 'seed' ORDER BY o.facility_id, o.field",
        [overrides.REMOVED],
    )
    return [LocalEdit(fid, field, json.loads(old), json.loads(new), when) for fid, field, new, old, when in rows]


def added_ids(db: Database) -> list[str]:
    """Live facilities the user added or imported (not reference data), by id."""
    return [r[0] for r in db.execute("SELECT id FROM facilities WHERE origin IN ('user', 'import') ORDER BY id")]


def added_at(db: Database, ids: Sequence[str]) -> dict[str, str]:
    """When each facility was added (the first change-log entry), by id."""
    out: dict[str, str] = {}
    for facility_id in ids:
        row = db.execute(
            "SELECT at FROM user_change_log WHERE facility_id = ? ORDER BY id LIMIT 1", [facility_id]
        ).fetchone()
        out[facility_id] = row[0] if row else ""
    return out


# The curator's side: the review queue ---------------------------------------------------------------------


def enqueue(db: Database, rows: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """Queue changes (inside the caller's transaction); returns (queued, already there).

    A change already queued -- the same file again, or the same proposal still pending from an earlier file
    -- is not queued twice.
    """
    queued = already = 0
    for row in rows:
        new_value = _dump(row["new"])
        same = db.execute(
            "SELECT 1 FROM user_correction_queue WHERE (file_sha256 = ? OR state = 'pending') AND kind = ? "
            "AND facility_id = ? AND field = ? AND new_value = ? LIMIT 1",
            [row["file_sha256"], row["kind"], row["facility_id"], row.get("field", ""), new_value],
        ).fetchone()
        if same is not None:
            already += 1
            continue
        cursor = db.execute(
            "INSERT INTO user_correction_queue (file_sha256, file_name, sender, sent_at, kind, facility_id, "
            "facility_name, field, old_value, new_value, source, changed_at, duplicate_of, duplicate_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                row["file_sha256"],
                row.get("file_name", ""),
                row.get("sender", ""),
                row.get("sent_at", ""),
                row["kind"],
                row["facility_id"],
                row.get("facility_name", ""),
                row.get("field", ""),
                None if row["kind"] == "new" else _dump(row.get("old")),
                new_value,
                _dump(row.get("source") or {}),
                row.get("changed_at", ""),
                row.get("duplicate_of", ""),
                row.get("duplicate_reason", ""),
            ],
        )
        if cursor.rowcount:
            queued += 1
        else:
            already += 1
    return queued, already


_COLUMNS = (
    "id, file_name, sender, sent_at, kind, facility_id, facility_name, field, old_value, new_value, source, "
    "changed_at, duplicate_of, duplicate_reason, state, result_id, decided_by, decided_at, received_at"
)


def _change(row: Sequence[Any]) -> QueuedChange:
    values = list(row)
    values[8] = None if values[8] is None else json.loads(values[8])
    values[9] = json.loads(values[9])
    values[10] = json.loads(values[10])
    return QueuedChange(*values)


def queue(db: Database, state: str | None = "pending") -> list[QueuedChange]:
    """The queued changes in one state (``None``: all), oldest first."""
    if state is None:
        rows = db.execute(f"SELECT {_COLUMNS} FROM user_correction_queue ORDER BY id")
    else:
        rows = db.execute(f"SELECT {_COLUMNS} FROM user_correction_queue WHERE state = ? ORDER BY id", [state])
    return [_change(r) for r in rows]


def queued(db: Database, change_id: int) -> QueuedChange | None:
    """One queued change, or ``None``."""
    row = db.execute(f"SELECT {_COLUMNS} FROM user_correction_queue WHERE id = ?", [change_id]).fetchone()
    return None if row is None else _change(row)


def decide(db: Database, change_id: int, state: str, who: str, result_id: str = "") -> None:
    """Record the curator's decision on a pending change (inside the caller's transaction)."""
    if state not in STATES[1:]:
        raise ValueError(f"unknown decision {state!r}")
    db.execute(
        "UPDATE user_correction_queue SET state = ?, result_id = ?, decided_by = ?, "
        "decided_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ? AND state = 'pending'",
        [state, result_id, who, change_id],
    )
