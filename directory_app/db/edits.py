"""Curation writes: facilities the user adds, edits and deletes, the change log and the trash.

Every function runs inside the caller's transaction if there is one, else in its own. The
change log and the trash are user tables (``user_``): a new seed never touches them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

from sqlite_utils import Database

from directory_app.db import facilities, overrides
from directory_app.db.schema import MULTI_VALUE_TABLES, SCALAR_COLUMNS
from directory_app.domain.changes import ChangeEntry, Snapshot, TrashEntry, field_changes
from directory_app.domain.models import Facility

ORIGINS = ("seed", "user", "import")
"""Where a facility came from; only ``seed`` ones follow a newer seed (with the user's overrides)."""


def origin_of(db: Database, facility_id: str) -> str | None:
    """The origin of a live facility, ``None`` when there is none with this id."""
    row = db.execute("SELECT origin FROM facilities WHERE id = ?", [facility_id]).fetchone()
    return None if row is None else str(row[0])


def _record(text: str) -> Facility:
    return Facility.from_dict(json.loads(text))


def log_change(
    db: Database,
    who: str,
    facility_id: str,
    action: str,
    before: Facility | None,
    after: Facility | None,
    batch: str = "",
) -> None:
    """Append one entry to the change log (field-level before/after as JSON).

    :param who: the operating-system user
    :param action: see :class:`~directory_app.domain.changes.ChangeEntry`
    """
    changes = field_changes(before, after)
    db.execute(
        "INSERT INTO user_change_log (who, facility_id, action, changes, batch) VALUES (?, ?, ?, ?, ?)",
        [who, facility_id, action, json.dumps(changes, ensure_ascii=False, sort_keys=True), batch],
    )


def log_changes(db: Database, entries: Iterable[tuple[str, str, str, Facility | None, Facility | None, str]]) -> None:
    """Append many change-log entries at once: (who, facility id, action, before, after, batch) each, as
    :func:`log_change` would, in one ``executemany`` (large updates write one entry per facility)."""
    db.conn.executemany(
        "INSERT INTO user_change_log (who, facility_id, action, changes, batch) VALUES (?, ?, ?, ?, ?)",
        (
            (
                who,
                facility_id,
                action,
                json.dumps(field_changes(before, after), ensure_ascii=False, sort_keys=True),
                batch,
            )
            for who, facility_id, action, before, after, batch in entries
        ),
    )


def change_log(db: Database, facility_id: str | None = None, limit: int = 500) -> list[ChangeEntry]:
    """The newest change-log entries first, of one facility or of all.

    :param facility_id: only this facility's entries
    :param limit: at most this many
    """
    sql = "SELECT at, who, facility_id, action, changes, batch FROM user_change_log"
    params: list[object] = []
    if facility_id is not None:
        sql += " WHERE facility_id = ?"
        params.append(facility_id)
    rows = db.execute(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])
    return [
        ChangeEntry(at, who, fid, action, json.loads(changes), batch) for at, who, fid, action, changes, batch in rows
    ]


def _kept_origin(db: Database, before: Facility | None, after: Facility, origin: str, source: str) -> str:
    """The origin to write: a reference (seed) row stays one, its changed fields recorded as local
    overrides (so that a newer seed re-applies them, never reverts them); others take ``origin``."""
    return "seed" if overrides.record(db, before, after, source) else origin


def write(db: Database, facility: Facility, origin: str, source: str = "edit") -> None:
    """Insert or update one facility and set its origin (links and full-text index follow).

    An edit of a reference (seed) row keeps origin ``seed`` and records the changed fields as local
    overrides (:mod:`directory_app.db.overrides`).

    :param source: what made the change, for the overrides (``edit``, ``bulk``, ``import``, ``undo``)
    """
    if origin not in ORIGINS:
        raise ValueError(f"unknown origin {origin!r}")
    with db.atomic():
        origin = _kept_origin(db, facilities.get(db, facility.id), facility, origin, source)
        facilities.upsert(db, [facility], origin=origin)
        db.execute("UPDATE facilities SET origin = ? WHERE id = ? AND origin != ?", [origin, facility.id, origin])


def update_fields(
    db: Database, old: Facility, new: Facility, origin: str, source: str = "edit", *, user_change: bool = True
) -> None:
    """Write only what differs between ``old`` (as stored) and ``new`` (same id), and set the origin
    (a reference row stays one, its changes recorded as local overrides, as in :func:`write`).

    Much cheaper than :func:`write` for bulk edits: one narrow UPDATE, links rewritten only for the
    multi-valued fields that changed, and the full-text index untouched unless a text column changed.

    :param user_change: ``False`` for a change the reference data itself brings (an update pack): it is
        not the user's, so no local override is recorded and ``origin`` is written as given
    """
    if old.id != new.id:
        raise ValueError("update_fields keeps the id")
    if origin not in ORIGINS:
        raise ValueError(f"unknown origin {origin!r}")
    if user_change:
        origin = _kept_origin(db, old, new, origin, source)
    row_old, row_new = facilities.facility_row(old), facilities.facility_row(new)
    changed = [c for c in SCALAR_COLUMNS if row_old[c] != row_new[c]]
    sets = "".join(f"[{c}] = ?, " for c in changed)
    db.execute(
        f"UPDATE facilities SET {sets}origin = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE id = ? AND (? OR origin != ?)",
        [*(row_new[c] for c in changed), origin, new.id, bool(changed), origin],
    )
    for field, table in MULTI_VALUE_TABLES.items():
        codes = getattr(new, field)
        if getattr(old, field) == codes:
            continue
        fid = db.execute("SELECT fid FROM facilities WHERE id = ?", [new.id]).fetchone()[0]
        db.execute(f"DELETE FROM [{table}] WHERE fid = ?", [fid])
        for position, code in enumerate(dict.fromkeys(codes)):
            db.execute(f"INSERT INTO [{table}] (fid, code, position) VALUES (?, ?, ?)", [fid, code, position])


def update_many(db: Database, pairs: Sequence[tuple[Facility, Facility]], origin: str) -> None:
    """:func:`update_fields` with ``user_change=False`` for many (old, new) pairs at once: the rows that change
    the same columns share one ``executemany``, and each link table gets one ``executemany`` of deletions and
    one of insertions (row ids looked up by the unique index in the statement, not read back per row).

    For changes the reference data itself brings (an update pack): no local override is recorded.
    """
    if origin not in ORIGINS:
        raise ValueError(f"unknown origin {origin!r}")
    by_columns: dict[tuple[str, ...], list[list[object]]] = {}
    links: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for old, new in pairs:
        if old.id != new.id:
            raise ValueError("update_many keeps the ids")
        # compared as held, converted (dates to ISO text) only where they differ: as facility_row() would
        changed = tuple(c for c in SCALAR_COLUMNS if getattr(old, c) != getattr(new, c))
        values = [getattr(new, c) for c in changed]
        by_columns.setdefault(changed, []).append(
            [*(v.isoformat() if isinstance(v, date) else v for v in values), origin, new.id, bool(changed), origin]
        )
        for field, table in MULTI_VALUE_TABLES.items():
            codes = getattr(new, field)
            if getattr(old, field) != codes:
                links.setdefault(table, []).append((new.id, codes))
    with db.atomic():
        for changed, rows in by_columns.items():
            sets = "".join(f"[{c}] = ?, " for c in changed)
            db.conn.executemany(
                f"UPDATE facilities SET {sets}origin = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                "WHERE id = ? AND (? OR origin != ?)",
                rows,
            )
        for table, items in links.items():
            db.conn.executemany(
                f"DELETE FROM [{table}] WHERE fid = (SELECT fid FROM facilities WHERE id = ?)", [(i,) for i, _ in items]
            )
            db.conn.executemany(
                f"INSERT INTO [{table}] (fid, code, position) VALUES ((SELECT fid FROM facilities WHERE id = ?), ?, ?)",
                [(i, code, position) for i, codes in items for position, code in enumerate(dict.fromkeys(codes))],
            )


def remove_many(db: Database, facility_ids: Sequence[str]) -> None:
    """:func:`remove` for many facilities: one ``executemany`` per table."""
    params = [(i,) for i in facility_ids]
    if not params:
        return
    with db.atomic():
        for table in MULTI_VALUE_TABLES.values():
            db.conn.executemany(f"DELETE FROM [{table}] WHERE fid = (SELECT fid FROM facilities WHERE id = ?)", params)
        db.conn.executemany("DELETE FROM facilities WHERE id = ?", params)


def remove(db: Database, facility_id: str) -> None:
    """Delete a live facility row and its vocabulary links (no trash, no log: see :func:`move_to_trash`)."""
    with db.atomic():
        for table in MULTI_VALUE_TABLES.values():
            db.execute(f"DELETE FROM [{table}] WHERE fid = (SELECT fid FROM facilities WHERE id = ?)", [facility_id])
        db.execute("DELETE FROM facilities WHERE id = ?", [facility_id])


def move_to_trash(db: Database, facility_id: str, who: str, batch: str = "") -> Facility | None:
    """Take a facility out of the directory into the trash (logged); ``None`` when it does not exist."""
    with db.atomic():
        facility = facilities.get(db, facility_id)
        if facility is None:
            return None
        origin = origin_of(db, facility_id) or "user"
        db.execute(
            "INSERT INTO user_trash (facility_id, record, origin, deleted_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(facility_id) DO UPDATE SET record = excluded.record, origin = excluded.origin, "
            "deleted_by = excluded.deleted_by, purged_at = NULL, "
            "deleted_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            [facility_id, json.dumps(facility.to_dict(), ensure_ascii=False), origin, who],
        )
        remove(db, facility_id)
        log_change(db, who, facility_id, "delete", facility, None, batch)
    return facility


def trash(db: Database) -> list[TrashEntry]:
    """Facilities in the trash (not purged), the most recently deleted first."""
    rows = db.execute(
        "SELECT record, origin, deleted_at, deleted_by FROM user_trash WHERE purged_at IS NULL "
        "ORDER BY deleted_at DESC, facility_id"
    )
    return [TrashEntry(_record(record), origin, at, by) for record, origin, at, by in rows]


def restore_from_trash(db: Database, facility_id: str, who: str) -> Facility:
    """Put a trashed facility back in the directory, as it was (logged).

    :raises KeyError: it is not in the trash
    :raises ValueError: a live facility has taken its id meanwhile
    """
    with db.atomic():
        row = db.execute(
            "SELECT record, origin FROM user_trash WHERE facility_id = ? AND purged_at IS NULL", [facility_id]
        ).fetchone()
        if row is None:
            raise KeyError(facility_id)
        if origin_of(db, facility_id) is not None:
            raise ValueError(f"a facility with the id {facility_id!r} exists again")
        facility = _record(row[0])
        write(db, facility, row[1])
        db.execute("DELETE FROM user_trash WHERE facility_id = ?", [facility_id])
        log_change(db, who, facility_id, "restore", None, facility)
    return facility


def empty_trash(db: Database, who: str, ids: Iterable[str] | None = None) -> int:
    """Purge facilities from the trash for good (all, or ``ids``); returns how many.

    A purged row stays as a tombstone (id and origin only), so a newer seed never brings the facility back.
    """
    with db.atomic():
        if ids is None:
            ids = [r[0] for r in db.execute("SELECT facility_id FROM user_trash WHERE purged_at IS NULL")]
        n = 0
        for facility_id in ids:
            row = db.execute(
                "SELECT record FROM user_trash WHERE facility_id = ? AND purged_at IS NULL", [facility_id]
            ).fetchone()
            if row is None:
                continue
            db.execute(
                "UPDATE user_trash SET record = '{}', purged_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                "WHERE facility_id = ?",
                [facility_id],
            )
            log_change(db, who, facility_id, "purge", _record(row[0]), None)
            n += 1
    return n


def deleted_ids(db: Database) -> set[str]:
    """Ids the user deleted (in the trash or purged): a seed update must not bring them back."""
    return {r[0] for r in db.execute("SELECT facility_id FROM user_trash")}


def snapshots(db: Database, ids: Sequence[str]) -> list[Snapshot]:
    """The present state of each id (live, in the trash, or absent), for undo and redo."""
    live = {f.id: f for f in facilities.get_many(db, ids)}
    out = []
    for facility_id in ids:
        if facility_id in live:
            out.append(Snapshot(facility_id, live[facility_id], origin_of(db, facility_id) or "user"))
            continue
        row = db.execute(
            "SELECT record, origin FROM user_trash WHERE facility_id = ? AND purged_at IS NULL", [facility_id]
        ).fetchone()
        if row is not None:
            out.append(Snapshot(facility_id, _record(row[0]), row[1], in_trash=True))
        else:
            out.append(Snapshot(facility_id, None))
    return out


def apply_snapshots(db: Database, states: Sequence[Snapshot], who: str, action: str = "undo") -> None:
    """Put each id back in the state a snapshot recorded, in one transaction (logged as ``action``)."""
    with db.atomic():
        for state, now in zip(states, snapshots(db, [s.facility_id for s in states]), strict=True):
            if state == now:
                continue
            live_before = None if now.in_trash else now.facility
            if state.facility is None or state.in_trash:
                if now.facility is not None and not now.in_trash:
                    remove(db, state.facility_id)
                if state.facility is None:
                    db.execute(
                        "DELETE FROM user_trash WHERE facility_id = ? AND purged_at IS NULL", [state.facility_id]
                    )
                else:
                    db.execute(
                        "INSERT INTO user_trash (facility_id, record, origin, deleted_by) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(facility_id) DO UPDATE SET record = excluded.record, origin = excluded.origin, "
                        "purged_at = NULL",
                        [
                            state.facility_id,
                            json.dumps(state.facility.to_dict(), ensure_ascii=False),
                            state.origin,
                            who,
                        ],
                    )
                log_change(db, who, state.facility_id, action, live_before, None)
            else:
                if now.facility is not None and not now.in_trash:
                    update_fields(db, now.facility, state.facility, state.origin, "undo")
                else:
                    write(db, state.facility, state.origin, "undo")
                db.execute("DELETE FROM user_trash WHERE facility_id = ? AND purged_at IS NULL", [state.facility_id])
                log_change(db, who, state.facility_id, action, live_before, state.facility)


def ids_in_use(db: Database, prefix: str) -> set[str]:
    """Ids starting with ``prefix`` that are taken, by a live facility or one the user deleted."""
    n = len(prefix)
    live = db.execute("SELECT id FROM facilities WHERE substr(id, 1, ?) = ?", [n, prefix])
    gone = db.execute("SELECT facility_id FROM user_trash WHERE substr(facility_id, 1, ?) = ?", [n, prefix])
    return {r[0] for r in live} | {r[0] for r in gone}
