"""Counts for the "About the Data" dashboard: per kind, country and confidence, and the oldest checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

OLDEST_LIMIT = 20
_GROUP_COLUMNS = {"kind": "kind", "country": "country", "confidence": "confidence"}


@dataclass(frozen=True, slots=True)
class DataOverview:
    """What the directory holds and how fresh it is.

    :param total: facilities
    :param by: counts per code, by field (``kind``, ``country``, ``confidence``), largest first
    :param oldest: ``(id, name, verified_on)`` of the least recently verified facilities, never-verified first
    :param never_verified: facilities without a verification date
    """

    total: int
    by: dict[str, list[tuple[str, int]]]
    oldest: list[tuple[str, str, date | None]]
    never_verified: int


def data_overview(db: Database, oldest: int = OLDEST_LIMIT) -> DataOverview:
    """Compute the dashboard's figures in SQL (one grouped query per field)."""
    total = db.execute("SELECT count(*) FROM facilities").fetchone()[0]
    by = {}
    for field, column in _GROUP_COLUMNS.items():
        rows = db.execute(
            f"SELECT coalesce({column}, ''), count(*) AS n FROM facilities GROUP BY 1 ORDER BY n DESC, 1"
        ).fetchall()
        by[field] = [(code, n) for code, n in rows]
    rows = db.execute(
        "SELECT id, name, verified_on FROM facilities ORDER BY verified_on IS NOT NULL, verified_on, name LIMIT ?",
        [oldest],
    ).fetchall()
    never = db.execute("SELECT count(*) FROM facilities WHERE verified_on IS NULL").fetchone()[0]
    return DataOverview(
        total=total,
        by=by,
        oldest=[(i, n, date.fromisoformat(v) if v else None) for i, n, v in rows],
        never_verified=never,
    )
