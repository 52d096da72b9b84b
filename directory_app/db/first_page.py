"""The GUI's first rows, read with the standard library's ``sqlite3`` before anything else is loaded.

The window shows the first page of the whole directory while the rest of the application
(sqlite-utils, the search, the map) is still loading; the directory is then opened as usual
(every check, migration and seed update of :meth:`directory_app.directory.Directory.open`) and
the list is read again through it. This read is only a preview: it opens the file read-only,
writes nothing, and gives up (``None``) on anything unusual -- a missing, empty, foreign or
unreadable file, a busy one -- so that the usual opening, with its questions to the user,
deals with it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from directory_app.db.facility_rows import get_many
from directory_app.db.schema import APPLICATION_ID, SORTABLE_COLUMNS
from directory_app.domain.models import Facility

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class FirstPage:
    """The first rows of the whole directory in the list's order, and how many there are.

    :param total: facilities in the directory
    :param facilities: the first ``limit`` of them, in order
    """

    total: int
    facilities: tuple[Facility, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of :attr:`facilities`, in order."""
        return tuple(f.id for f in self.facilities)


def order_sql(order_by: str, descending: bool) -> str | None:
    """ORDER BY of the whole directory as a search with no text orders it (``None``: not sortable).

    The same order as :class:`directory_app.db.search.OrderedQuery` for an empty query.
    """
    direction = " DESC" if descending else ""
    if order_by in ("rank", "name", "distance"):
        return f"name COLLATE NOCASE{direction}, id{direction}"
    expr = SORTABLE_COLUMNS.get(order_by)
    if expr is None:
        return None
    return f"{expr} IS NULL, {expr}{direction}, name COLLATE NOCASE, id"


def read_first_page(
    path: Path | str, *, limit: int, order_by: str = "rank", descending: bool = False
) -> FirstPage | None:
    """The first ``limit`` facilities of the directory file ``path`` in the list's order, or ``None``
    when the file is not plainly one of ours that can be read now (the usual opening then decides).

    :param path: the database file
    :param limit: rows to read
    :param order_by: ``rank`` (no text: by name) or a key of ``SORTABLE_COLUMNS``
    :param descending: reverse that order
    """
    path = Path(path)
    order = order_sql(order_by, descending)
    if order is None:
        return None
    try:
        if not path.is_file():
            return None
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=0.2)
    except (OSError, sqlite3.Error):
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        if conn.execute("PRAGMA user_version").fetchone()[0] < 1:
            return None
        total = int(conn.execute("SELECT count(*) FROM facilities").fetchone()[0])
        ids = [r[0] for r in conn.execute(f"SELECT id FROM facilities ORDER BY {order} LIMIT ?", [int(limit)])]
        rows = tuple(get_many(conn, ids))
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if len(rows) != len(ids):
        return None
    return FirstPage(total=total, facilities=rows)
