"""Counts for the "About the Data" dashboard: per kind, country and confidence, and the oldest information
(the last check, else the source's own date)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from directory_app.db.schema import FRESHNESS_SQL

OLDEST_LIMIT = 20
_GROUP_COLUMNS = {"kind": "kind", "country": "country", "confidence": "confidence"}


@dataclass(frozen=True, slots=True)
class DataOverview:
    """What the directory holds and how fresh it is.

    :param total: facilities
    :param by: counts per code, by field (``kind``, ``country``, ``confidence``), largest first
    :param oldest: ``(id, name, date, basis)`` of the facilities with the oldest information, undated first:
        ``date`` is when someone verified it (``basis`` ``"verified"``), else the first day of its source's
        date (``"source"``), else ``None`` (``""``): :func:`~directory_app.domain.models.freshness_date`
    :param never_verified: facilities without a verification date
    :param undated: facilities with neither a verification date nor a source date
    """

    total: int
    by: dict[str, list[tuple[str, int]]]
    oldest: list[tuple[str, str, date | None, str]]
    never_verified: int
    undated: int = 0


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
        f"SELECT f.id, f.name, {FRESHNESS_SQL} AS fresh, f.verified_on IS NOT NULL FROM facilities f "
        "ORDER BY fresh IS NOT NULL, fresh, f.name LIMIT ?",
        [oldest],
    ).fetchall()
    never = db.execute("SELECT count(*) FROM facilities WHERE verified_on IS NULL").fetchone()[0]
    undated = db.execute(f"SELECT count(*) FROM facilities f WHERE {FRESHNESS_SQL} IS NULL").fetchone()[0]
    return DataOverview(
        total=total,
        by=by,
        oldest=[
            (i, n, date.fromisoformat(v) if v else None, ("verified" if checked else "source") if v else "")
            for i, n, v, checked in rows
        ],
        never_verified=never,
        undated=undated,
    )
