"""Repository of shortlists (user data): named, ordered selections with status, rank and note.

Every change is one transaction. Items keep the facility's text id and have no foreign key
into the reference data, so updating the seed, editing or re-importing never loses them.
Removals return what was removed, so the caller can offer undo (:func:`restore_items`).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from directory_app.domain.models import SHORTLIST_STATUSES, Shortlist, ShortlistItem

_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"


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
        "SELECT facility_id, position, status, rank, note FROM user_shortlist_items "
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
    """Put removed items back at their old positions, with status, rank and note (undo)."""
    with db.atomic():
        current = [i.facility_id for i in items(db, shortlist_id)]
        order = [i for i in current if i not in {r.facility_id for r in removed}]
        for item in sorted(removed, key=lambda r: r.position):
            order.insert(min(item.position, len(order)), item.facility_id)
        for item in removed:
            db.execute(
                "INSERT OR REPLACE INTO user_shortlist_items (shortlist_id, facility_id, position, status, rank, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [shortlist_id, item.facility_id, item.position, item.status, item.rank, item.note],
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
) -> None:
    """Change an item's status, rank (``None`` clears it) and/or note."""
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
        _touch(db, shortlist_id)


def merge_items(db: Database, shortlist_id: int, incoming: Sequence[ShortlistItem]) -> tuple[int, int]:
    """Import items: new ones are appended in their order, known ones take the incoming status,
    rank and note. Importing the same items twice changes nothing. Returns (added, updated)."""
    present = {i.facility_id: i for i in items(db, shortlist_id)}
    added = updated = 0
    with db.atomic():
        position = len(present)
        for item in sorted(incoming, key=lambda i: i.position):
            if item.status not in SHORTLIST_STATUSES:
                raise ValueError(f"unknown status {item.status!r} for {item.facility_id!r}")
            old = present.get(item.facility_id)
            if old is None:
                db.execute(
                    "INSERT INTO user_shortlist_items (shortlist_id, facility_id, position, status, rank, note) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [shortlist_id, item.facility_id, position, item.status, item.rank, item.note],
                )
                position += 1
                added += 1
            elif (old.status, old.rank, old.note) != (item.status, item.rank, item.note):
                set_item(db, shortlist_id, item.facility_id, status=item.status, rank=item.rank, note=item.note)
                updated += 1
        if added or updated:
            _touch(db, shortlist_id)
    return added, updated


def _renumber(db: Database, shortlist_id: int) -> None:
    _set_order(db, shortlist_id, [i.facility_id for i in items(db, shortlist_id)])


def _set_order(db: Database, shortlist_id: int, order: Sequence[str]) -> None:
    for position, facility_id in enumerate(order):
        db.execute(
            "UPDATE user_shortlist_items SET position = ? WHERE shortlist_id = ? AND facility_id = ?",
            [position, shortlist_id, facility_id],
        )
