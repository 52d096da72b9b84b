"""User data kept apart from the reference data: notes now; shortlists and saved searches later.

Tables are prefixed ``user_`` and hold no foreign key into ``facilities``: reloading the seed
can never cascade into them. A note on a facility that leaves the directory stays stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A named search the user kept.

    :param id: row id
    :param name: unique, user-given
    :param query: the query text
    """

    id: int
    name: str
    query: str


def get_note(db: Database, facility_id: str) -> str:
    """The user's note on a facility ("" when none).

    :param facility_id: the facility's id
    """
    row = db.execute("SELECT body FROM user_notes WHERE facility_id = ?", [facility_id]).fetchone()
    return "" if row is None else str(row[0])


def set_note(db: Database, facility_id: str, body: str) -> None:
    """Store (or, with an empty body, delete) the user's note on a facility, atomically.

    :param facility_id: the facility's id
    :param body: the note text
    """
    with db.atomic():
        if body.strip():
            db.execute(
                "INSERT INTO user_notes (facility_id, body) VALUES (?, ?) ON CONFLICT(facility_id) "
                "DO UPDATE SET body = excluded.body, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                [facility_id, body],
            )
        else:
            db.execute("DELETE FROM user_notes WHERE facility_id = ?", [facility_id])


def saved_searches(db: Database) -> list[SavedSearch]:
    """Every saved search, by name (case-insensitive)."""
    rows = db.execute("SELECT id, name, query FROM user_saved_searches ORDER BY name COLLATE NOCASE")
    return [SavedSearch(*r) for r in rows]


def save_search(db: Database, name: str, query: str) -> SavedSearch:
    """Save (or overwrite by name) a search, atomically.

    :param name: the name (trimmed; must not be empty)
    :param query: the query text
    """
    name = name.strip()
    if not name:
        raise ValueError("a saved search needs a name")
    with db.atomic():
        db.execute(
            "INSERT INTO user_saved_searches (name, query) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET "
            "query = excluded.query, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            [name, query],
        )
    row = db.execute("SELECT id, name, query FROM user_saved_searches WHERE name = ?", [name]).fetchone()
    return SavedSearch(*row)


def rename_search(db: Database, search_id: int, name: str) -> None:
    """Rename a saved search (``ValueError`` if the name is empty or taken)."""
    name = name.strip()
    if not name:
        raise ValueError("a saved search needs a name")
    taken = db.execute("SELECT id FROM user_saved_searches WHERE name = ? AND id != ?", [name, search_id]).fetchone()
    if taken:
        raise ValueError(f"a saved search called {name!r} already exists")
    with db.atomic():
        db.execute(
            "UPDATE user_saved_searches SET name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
            [name, search_id],
        )


def delete_search(db: Database, search_id: int) -> SavedSearch | None:
    """Delete a saved search; returns what was deleted (for undo)."""
    row = db.execute("SELECT id, name, query FROM user_saved_searches WHERE id = ?", [search_id]).fetchone()
    with db.atomic():
        db.execute("DELETE FROM user_saved_searches WHERE id = ?", [search_id])
    return SavedSearch(*row) if row else None
