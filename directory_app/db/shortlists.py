"""Repository of shortlists (user data): named, ordered selections with status, rank and note.

Every change is one transaction. Items keep the facility's text id and have no foreign key
into the reference data, so updating the seed, editing or re-importing never loses them.
Removals return what was removed, so the caller can offer undo (:func:`restore_items`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlite_utils import Database

from directory_app.domain.models import (
    SHORTLIST_STATUSES,
    Shortlist,
    ShortlistConflict,
    ShortlistItem,
    shortlist_user_fields,
)

_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
_MAX_INT = 2**63 - 1  # SQLite's INTEGER range


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError("a shortlist needs a name")
    if len(name) > 200:
        raise ValueError("a shortlist name is at most 200 characters")
    return name


def _touch(db: Database, shortlist_id: int) -> None:
    db.execute(f"UPDATE user_shortlists SET updated_at = {_NOW} WHERE id = ?", [shortlist_id])


def all_shortlists(db: Database) -> list[Shortlist]:
    """Every shortlist, by name, with its number of facilities."""
    rows = db.execute(
        "SELECT s.id, s.name, s.purpose, count(i.facility_id) FROM user_shortlists s "
        "LEFT JOIN user_shortlist_items i ON i.shortlist_id = s.id GROUP BY s.id ORDER BY s.name COLLATE NOCASE"
    )
    return [Shortlist(*r) for r in rows]


def find(db: Database, name: str) -> Shortlist | None:
    """The shortlist with this name (case-insensitive), or ``None``."""
    row = db.execute(
        "SELECT s.id, s.name, s.purpose, (SELECT count(*) FROM user_shortlist_items i WHERE i.shortlist_id = s.id) "
        "FROM user_shortlists s WHERE s.name = ? COLLATE NOCASE",
        [" ".join(name.split())],
    ).fetchone()
    return Shortlist(*row) if row else None


def create(db: Database, name: str, purpose: str = "") -> Shortlist:
    """A new, empty shortlist (``ValueError`` if the name is empty or taken)."""
    name = _clean_name(name)
    if find(db, name) is not None:
        raise ValueError(f"a shortlist called {name!r} already exists")
    with db.atomic():
        cursor = db.execute("INSERT INTO user_shortlists (name, purpose) VALUES (?, ?)", [name, purpose.strip()])
    return Shortlist(int(cursor.lastrowid or 0), name, purpose.strip(), 0)


def update(db: Database, shortlist_id: int, *, name: str | None = None, purpose: str | None = None) -> None:
    """Rename a shortlist and/or change its purpose."""
    with db.atomic():
        if name is not None:
            name = _clean_name(name)
            taken = db.execute(
                "SELECT id FROM user_shortlists WHERE name = ? COLLATE NOCASE AND id != ?", [name, shortlist_id]
            ).fetchone()
            if taken:
                raise ValueError(f"a shortlist called {name!r} already exists")
            db.execute("UPDATE user_shortlists SET name = ? WHERE id = ?", [name, shortlist_id])
        if purpose is not None:
            db.execute("UPDATE user_shortlists SET purpose = ? WHERE id = ?", [purpose.strip(), shortlist_id])
        _touch(db, shortlist_id)


def delete(db: Database, shortlist_id: int) -> tuple[Shortlist, list[ShortlistItem]] | None:
    """Delete a shortlist and its items; returns them (for undo with :func:`restore_shortlist`)."""
    row = db.execute("SELECT id, name, purpose FROM user_shortlists WHERE id = ?", [shortlist_id]).fetchone()
    if row is None:
        return None
    removed = items(db, shortlist_id)
    with db.atomic():
        db.execute("DELETE FROM user_shortlist_items WHERE shortlist_id = ?", [shortlist_id])
        db.execute("DELETE FROM user_shortlists WHERE id = ?", [shortlist_id])
    return Shortlist(row[0], row[1], row[2], len(removed)), removed


def restore_shortlist(db: Database, shortlist: Shortlist, removed: Sequence[ShortlistItem]) -> Shortlist:
    """Bring back a deleted shortlist with its items (undo)."""
    with db.atomic():
        db.execute(
            "INSERT INTO user_shortlists (id, name, purpose) VALUES (?, ?, ?)",
            [shortlist.id, shortlist.name, shortlist.purpose],
        )
        restore_items(db, shortlist.id, removed)
    return Shortlist(shortlist.id, shortlist.name, shortlist.purpose, len(removed))


def items(db: Database, shortlist_id: int) -> list[ShortlistItem]:
    """The facilities on a shortlist, in order."""
    rows = db.execute(
        "SELECT facility_id, position, status, rank, note, recipient_note FROM user_shortlist_items "
        "WHERE shortlist_id = ? ORDER BY position, facility_id",
        [shortlist_id],
    )
    return [ShortlistItem(*r) for r in rows]


def add(db: Database, shortlist_id: int, facility_ids: Sequence[str]) -> list[str]:
    """Append facilities (those already on it stay where they are); returns the ids added."""
    present = {i.facility_id for i in items(db, shortlist_id)}
    new = [f for f in dict.fromkeys(facility_ids) if f and f not in present]
    with db.atomic():
        start = db.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM user_shortlist_items WHERE shortlist_id = ?", [shortlist_id]
        ).fetchone()[0]
        for offset, facility_id in enumerate(new):
            db.execute(
                "INSERT INTO user_shortlist_items (shortlist_id, facility_id, position) VALUES (?, ?, ?)",
                [shortlist_id, facility_id, start + offset],
            )
        _touch(db, shortlist_id)
    return new


def remove(db: Database, shortlist_id: int, facility_ids: Sequence[str]) -> list[ShortlistItem]:
    """Take facilities off a shortlist; returns the removed items (for undo)."""
    wanted = set(facility_ids)
    removed = [i for i in items(db, shortlist_id) if i.facility_id in wanted]
    with db.atomic():
        for item in removed:
            db.execute(
                "DELETE FROM user_shortlist_items WHERE shortlist_id = ? AND facility_id = ?",
                [shortlist_id, item.facility_id],
            )
        _renumber(db, shortlist_id)
        _touch(db, shortlist_id)
    return removed


def restore_items(db: Database, shortlist_id: int, removed: Sequence[ShortlistItem]) -> None:
    """Put removed items back at their old positions, with status, rank and both notes (undo)."""
    with db.atomic():
        current = [i.facility_id for i in items(db, shortlist_id)]
        order = [i for i in current if i not in {r.facility_id for r in removed}]
        for item in sorted(removed, key=lambda r: r.position):
            order.insert(min(item.position, len(order)), item.facility_id)
        for item in removed:
            db.execute(
                "INSERT OR REPLACE INTO user_shortlist_items "
                "(shortlist_id, facility_id, position, status, rank, note, recipient_note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [shortlist_id, item.facility_id, item.position, item.status, item.rank, item.note, item.recipient_note],
            )
        _set_order(db, shortlist_id, order)
        _touch(db, shortlist_id)


def reorder(db: Database, shortlist_id: int, facility_ids: Sequence[str]) -> None:
    """Put the shortlist in this order (ids not named keep their relative order, after these)."""
    current = [i.facility_id for i in items(db, shortlist_id)]
    named = [f for f in dict.fromkeys(facility_ids) if f in set(current)]
    order = named + [f for f in current if f not in set(named)]
    with db.atomic():
        _set_order(db, shortlist_id, order)
        _touch(db, shortlist_id)


def set_item(
    db: Database,
    shortlist_id: int,
    facility_id: str,
    *,
    status: str | None = None,
    rank: int | str | None = "keep",
    note: str | None = None,
    recipient_note: str | None = None,
) -> None:
    """Change an item's status, rank (``None`` clears it), private note and/or note for the recipient."""
    if status is not None and status not in SHORTLIST_STATUSES:
        raise ValueError(f"status must be one of {', '.join(SHORTLIST_STATUSES)}")
    if rank != "keep" and rank is not None and (not isinstance(rank, int) or rank < 1):
        raise ValueError("rank must be a whole number from 1")
    with db.atomic():
        if status is not None:
            db.execute(
                "UPDATE user_shortlist_items SET status = ? WHERE shortlist_id = ? AND facility_id = ?",
                [status, shortlist_id, facility_id],
            )
        if rank != "keep":
            db.execute(
                "UPDATE user_shortlist_items SET rank = ? WHERE shortlist_id = ? AND facility_id = ?",
                [rank, shortlist_id, facility_id],
            )
        if note is not None:
            db.execute(
                "UPDATE user_shortlist_items SET note = ? WHERE shortlist_id = ? AND facility_id = ?",
                [note, shortlist_id, facility_id],
            )
        if recipient_note is not None:
            db.execute(
                "UPDATE user_shortlist_items SET recipient_note = ? WHERE shortlist_id = ? AND facility_id = ?",
                [recipient_note, shortlist_id, facility_id],
            )
        _touch(db, shortlist_id)


def export_private(db: Database, shortlist_id: int) -> bool | None:
    """The remembered choice to include private notes and status in this shortlist's exports
    (``None``: nothing remembered, so they stay out)."""
    row = db.execute("SELECT export_private FROM user_shortlists WHERE id = ?", [shortlist_id]).fetchone()
    return None if row is None or row[0] is None else bool(row[0])


def set_export_private(db: Database, shortlist_id: int, include: bool | None) -> None:
    """Remember (or with ``None`` forget) whether this shortlist's exports include the private fields."""
    with db.atomic():
        db.execute(
            "UPDATE user_shortlists SET export_private = ? WHERE id = ?",
            [None if include is None else int(bool(include)), shortlist_id],
        )


def _checked(field: str, value: object) -> object:
    """An incoming value for an item field, checked before it is written (``ValueError`` if not valid)."""
    if field not in shortlist_user_fields():
        raise ValueError(f"{field!r} is not a field of a shortlist item")
    if field == "status":
        if value not in SHORTLIST_STATUSES:
            raise ValueError(f"status must be one of {', '.join(SHORTLIST_STATUSES)}")
    elif field == "rank":
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MAX_INT):
            raise ValueError("rank must be a whole number from 1")
    elif not isinstance(value, str):
        raise ValueError(f"{field} must be text")
    return value


def merge_items(
    db: Database,
    shortlist_id: int,
    incoming: Sequence[ShortlistItem],
    given: Sequence[Collection[str]] | None = None,
) -> tuple[int, list[ShortlistConflict]]:
    """Import items without losing local work, in one transaction.

    New facilities are appended in their order, with their values. For a facility already on the
    list every local value is kept: each incoming value that differs is returned as a
    :class:`ShortlistConflict`, written only if the user picks it (:func:`apply_incoming`). A
    field the file does not state is neither applied nor a conflict: nothing is reset by absence.
    Importing the same file twice adds nothing. Returns (added, conflicts).

    :param given: per incoming item, the fields the file states (``None``: all of them)
    """
    fields = shortlist_user_fields()
    if given is not None and len(given) != len(incoming):
        raise ValueError("given must name the stated fields of every incoming item")
    stated = [fields if given is None else tuple(f for f in fields if f in given[n]) for n in range(len(incoming))]
    present = {i.facility_id: i for i in items(db, shortlist_id)}
    added = 0
    conflicts: list[ShortlistConflict] = []
    columns = ", ".join(fields)
    marks = ", ".join("?" for _ in fields)
    with db.atomic():
        position = db.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM user_shortlist_items WHERE shortlist_id = ?", [shortlist_id]
        ).fetchone()[0]
        for item, named in sorted(zip(incoming, stated, strict=True), key=lambda pair: pair[0].position):
            values = {f: _checked(f, getattr(item, f)) for f in fields}
            old = present.get(item.facility_id)
            if old is None:
                db.execute(
                    f"INSERT INTO user_shortlist_items (shortlist_id, facility_id, position, {columns}) "
                    f"VALUES (?, ?, ?, {marks})",
                    [shortlist_id, item.facility_id, position, *values.values()],
                )
                present[item.facility_id] = item
                position += 1
                added += 1
            else:
                conflicts += [
                    ShortlistConflict(item.facility_id, f, getattr(old, f), values[f])
                    for f in named
                    if getattr(old, f) != values[f]
                ]
        if added:
            _touch(db, shortlist_id)
    return added, conflicts


def apply_incoming(db: Database, shortlist_id: int, chosen: Sequence[ShortlistConflict]) -> int:
    """Write the incoming values the user picked (``theirs`` of each conflict), all or nothing;
    returns how many were written. Field names are checked against :func:`shortlist_user_fields`.

    :raises ValueError: an unknown field or an invalid value (nothing is written)
    """
    checked = [(c.facility_id, c.field, _checked(c.field, c.theirs)) for c in chosen]
    written = 0
    with db.atomic():
        for facility_id, field, value in checked:
            cursor = db.execute(
                f"UPDATE user_shortlist_items SET {field} = ? WHERE shortlist_id = ? AND facility_id = ?",
                [value, shortlist_id, facility_id],
            )
            written += max(cursor.rowcount, 0)
        if written:
            _touch(db, shortlist_id)
    return written


def _renumber(db: Database, shortlist_id: int) -> None:
    _set_order(db, shortlist_id, [i.facility_id for i in items(db, shortlist_id)])


def _set_order(db: Database, shortlist_id: int, order: Sequence[str]) -> None:
    for position, facility_id in enumerate(order):
        db.execute(
            "UPDATE user_shortlist_items SET position = ? WHERE shortlist_id = ? AND facility_id = ?",
            [position, shortlist_id, facility_id],
        )
