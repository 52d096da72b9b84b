"""User data kept apart from the reference data: notes now; shortlists and saved searches later.

Tables are prefixed ``user_`` and hold no foreign key into ``facilities``: reloading the seed
can never cascade into them. A note on a facility that leaves the directory stays stored.
"""

from __future__ import annotations

from sqlite_utils import Database


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


def note_count(db: Database) -> int:
    """Number of stored notes."""
    return int(db.execute("SELECT count(*) FROM user_notes").fetchone()[0])
