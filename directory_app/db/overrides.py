"""Local overrides: what the user changed on reference (seed) rows, so that a newer seed never
reverts it without a word.

Every write of a seed row made for the user (the facility form, a bulk edit, an import merge,
undo) goes through :func:`record`, which keeps, per field, the user's value and the reference
value it was changed over. :func:`reapply` runs inside the seed refresh: the user's values are
put back on the newer seed's record; a field the newer seed changed to a third value is a
*conflict* (the user's value stays, the seed's waits in ``conflict`` until the user chooses);
a field the seed changed to the user's value is no longer an override. A row the user edited
that leaves the seed is kept as the user's own and marked with field ``""``.

Values are stored as JSON in :meth:`Facility.to_dict` form (lists, ISO dates).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from directory_app.domain.changes import LocalOverride, OverrideConflict
from directory_app.domain.models import FACILITY_FIELDS, Facility

FIELDS: tuple[str, ...] = tuple(f for f in FACILITY_FIELDS if f != "id")
"""Fields an override may hold."""

REMOVED = ""
"""``field`` of the marker row of an edited facility the seed no longer has."""



@dataclass(slots=True)
class _Row:
    value: str
    seed_value: str
    conflict: str | None


def _table_exists(db: Database) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'user_local_overrides'").fetchone() is not None


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _stored(f: Facility) -> dict[str, str]:
    """Each field of ``f`` as stored in the table (JSON text)."""
    return {name: _dump(value) for name, value in f.to_dict().items() if name != "id"}


def _python(field: str, text: str | None) -> Any:
    """A stored JSON value as the :class:`Facility` field holds it (tuples, dates)."""
    if text is None or not field:
        return None
    probe = Facility.from_dict({"id": "", "name": "", "kind": "", field: json.loads(text)})
    return getattr(probe, field)


def _origin(db: Database, facility_id: str) -> str | None:
    row = db.execute("SELECT origin FROM facilities WHERE id = ?", [facility_id]).fetchone()
    return None if row is None else str(row[0])


def _rows(db: Database, facility_id: str) -> dict[str, _Row]:
    return {
        field: _Row(value, seed_value, conflict)
        for field, value, seed_value, conflict in db.execute(
            "SELECT field, value, seed_value, conflict FROM user_local_overrides WHERE facility_id = ?", [facility_id]
        )
    }


def record(db: Database, before: Facility | None, after: Facility, source: str = "edit") -> bool:
    """Remember the fields ``after`` changes on the stored seed row ``before`` (call before writing it).

    Nothing happens for a row that is not reference data. A field set back to the value the reference
    data has now (the newer value of a conflict, else the one the override was made against) is no
    longer an override; set to the older value of a conflict, it stays the user's own.

    :param before: the row as stored (``None``: a new facility, nothing to remember)
    :param after: what is about to be written
    :param source: what made the change: ``edit``, ``bulk``, ``import`` or ``undo``
    :return: whether ``before`` is a reference (seed) row
    """
    if before is None or before.id != after.id or _origin(db, before.id) != "seed":
        return False
    if not _table_exists(db) or before == after:
        return True
    old, new = _stored(before), _stored(after)
    known = _rows(db, before.id)
    for field in FIELDS:
        if old[field] == new[field]:
            continue
        row = known.get(field)
        if row is None:
            db.execute(
                "INSERT INTO user_local_overrides (facility_id, field, value, seed_value, source) "
                "VALUES (?, ?, ?, ?, ?)",
                [before.id, field, new[field], old[field], source],
            )
        elif new[field] == (row.seed_value if row.conflict is None else row.conflict):
            # back to what the reference data says now: no longer an override
            db.execute("DELETE FROM user_local_overrides WHERE facility_id = ? AND field = ?", [before.id, field])
        elif row.conflict is not None and new[field] == row.seed_value:
            # the user chose the older reference value over the newer one: still their own value, now
            # held against the current reference value (a later refresh keeps it)
            db.execute(
                "UPDATE user_local_overrides SET value = ?, seed_value = conflict, conflict = NULL, source = ?, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE facility_id = ? AND field = ?",
                [new[field], source, before.id, field],
            )
        else:
            db.execute(
                "UPDATE user_local_overrides SET value = ?, source = ?, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE facility_id = ? AND field = ?",
                [new[field], source, before.id, field],
            )
    return True


def load(db: Database) -> dict[str, dict[str, _Row]]:
    """Every override, by facility id and field (empty when the table does not exist yet)."""
    if not _table_exists(db):
        return {}
    out: dict[str, dict[str, _Row]] = {}
    for facility_id, field, value, seed_value, conflict in db.execute(
        "SELECT facility_id, field, value, seed_value, conflict FROM user_local_overrides"
    ):
        out.setdefault(facility_id, {})[field] = _Row(value, seed_value, conflict)
    return out


def reapply(db: Database, incoming: Facility, rows: Mapping[str, _Row]) -> tuple[Facility, bool]:
    """The newer seed's record of a facility with the user's overrides put back (inside the refresh).

    :param incoming: the facility as the newer seed has it
    :param rows: its overrides, from :func:`load`
    :return: the record to store, and whether a new conflict was found
    """
    seed = _stored(incoming)
    values = incoming.to_dict()
    found = False
    for field, row in rows.items():
        if field not in seed:
            continue
        now = seed[field]
        if now == row.value:  # the seed now says what the user said: nothing left to keep
            db.execute("DELETE FROM user_local_overrides WHERE facility_id = ? AND field = ?", [incoming.id, field])
            continue
        if now == row.seed_value:
            if row.conflict is not None:  # the seed went back to what the user changed: no conflict left
                db.execute(
                    "UPDATE user_local_overrides SET conflict = NULL WHERE facility_id = ? AND field = ?",
                    [incoming.id, field],
                )
        elif now != row.conflict:
            db.execute(
                "UPDATE user_local_overrides SET conflict = ? WHERE facility_id = ? AND field = ?",
                [now, incoming.id, field],
            )
            found = True
        values[field] = json.loads(row.value)
    return Facility.from_dict(values), found


def mark_removed(db: Database, facility_id: str, last_seed: Facility | None) -> None:
    """Mark an edited facility the newer seed no longer has (it stays, as the user's own)."""
    db.execute(
        "INSERT INTO user_local_overrides (facility_id, field, value, seed_value, conflict, source) "
        "VALUES (?, ?, 'null', ?, 'null', 'edit') ON CONFLICT(facility_id, field) DO NOTHING",
        [facility_id, REMOVED, _dump(last_seed.to_dict() if last_seed else None)],
    )


def overrides(db: Database, facility_id: str | None = None) -> list[LocalOverride]:
    """Every override (of one facility, or of all), by facility and field."""
    if not _table_exists(db):
        return []
    sql = "SELECT facility_id, field, value, seed_value, conflict, source FROM user_local_overrides WHERE field != ''"
    params: list[object] = []
    if facility_id is not None:
        sql += " AND facility_id = ?"
        params.append(facility_id)
    return [
        LocalOverride(fid, field, _python(field, value), _python(field, seed), _python(field, conflict), source)
        for fid, field, value, seed, conflict, source in db.execute(sql + " ORDER BY facility_id, field", params)
    ]


def conflicts(db: Database) -> list[OverrideConflict]:
    """Fields where a newer seed disagrees with the user (the user's value in force), and edited
    facilities the seed dropped (kept), by facility and field."""
    if not _table_exists(db):
        return []
    out = []
    for fid, field, value, seed, conflict in db.execute(
        "SELECT facility_id, field, value, seed_value, conflict FROM user_local_overrides "
        "WHERE conflict IS NOT NULL ORDER BY facility_id, field"
    ):
        if field == REMOVED:
            out.append(OverrideConflict(fid, "", None, None, None, removed=True))
        else:
            out.append(
                OverrideConflict(fid, field, _python(field, value), _python(field, seed), _python(field, conflict))
            )
    return out


def conflict_of(db: Database, facility_id: str, field: str) -> OverrideConflict | None:
    """One conflict, or ``None``."""
    return next((c for c in conflicts(db) if (c.facility_id, c.field) == (facility_id, field)), None)


def keep_local(db: Database, facility_id: str, field: str) -> None:
    """The user keeps their value: the newer reference value becomes the one the override is over."""
    if field == REMOVED:
        db.execute("DELETE FROM user_local_overrides WHERE facility_id = ?", [facility_id])
        return
    db.execute(
        "UPDATE user_local_overrides SET seed_value = conflict, conflict = NULL "
        "WHERE facility_id = ? AND field = ? AND conflict IS NOT NULL",
        [facility_id, field],
    )


def forget(db: Database, facility_id: str, field: str | None = None) -> None:
    """Drop one override (or all of a facility's)."""
    if field is None:
        db.execute("DELETE FROM user_local_overrides WHERE facility_id = ?", [facility_id])
    else:
        db.execute("DELETE FROM user_local_overrides WHERE facility_id = ? AND field = ?", [facility_id, field])
