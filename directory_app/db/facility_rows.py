"""Facilities read by id with the standard library's ``sqlite3`` alone (no sqlite-utils).

Shared by :func:`directory_app.db.facilities.get_many` (every keystroke's first page) and
:mod:`directory_app.db.first_page` (the GUI's first rows, read before sqlite-utils is loaded).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from directory_app.db.schema import MULTI_VALUE_TABLES
from directory_app.domain.models import FACILITY_FIELDS, Facility


class Executes(Protocol):
    """A ``sqlite3.Connection`` or a ``sqlite_utils.Database``: what runs a statement."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


_FIELD_INDEX = {name: i for i, name in enumerate(FACILITY_FIELDS)}
_ROW_SQL = ", ".join("NULL" if name in MULTI_VALUE_TABLES else f"[{name}]" for name in FACILITY_FIELDS)
_LINKS_SQL = " UNION ALL ".join(
    f"SELECT {i}, fid, code, position FROM [{table}] WHERE fid IN ({{marks}})"
    for i, table in enumerate(MULTI_VALUE_TABLES.values())
)


def get_many(db: Executes, ids: Sequence[str]) -> list[Facility]:
    """The facilities with these ids, in the order of ``ids`` (unknown ids are skipped).

    Two queries per 500 ids (rows, then all their vocabulary links by row id), assembled positionally:
    this is on the path of every keystroke (the first page of the table).

    :param ids: facility ids
    """
    found: dict[str, Facility] = {}
    chunk = 500
    multi_index = [_FIELD_INDEX[field] for field in MULTI_VALUE_TABLES]
    verified = _FIELD_INDEX["verified_on"]
    for start in range(0, len(ids), chunk):
        part = list(dict.fromkeys(ids[start : start + chunk]))
        marks = ", ".join("?" for _ in part)
        rows = db.execute(f"SELECT fid, {_ROW_SQL} FROM facilities WHERE id IN ({marks})", part).fetchall()
        if not rows:
            continue
        fids = [r[0] for r in rows]
        fid_marks = ", ".join("?" for _ in fids)
        links: dict[tuple[int, int], list[tuple[int, str]]] = {}
        for which, fid, code, position in db.execute(_LINKS_SQL.format(marks=fid_marks), fids * len(multi_index)):
            links.setdefault((which, fid), []).append((position, code))
        for values in rows:
            fid = values[0]
            row = list(values[1:])
            facility_id = row[0]
            for which, index in enumerate(multi_index):
                codes = links.get((which, fid))
                row[index] = tuple(code for _, code in sorted(codes)) if codes else ()
            if row[verified]:
                row[verified] = date.fromisoformat(row[verified])
            found[facility_id] = Facility(*row)
    return [found[i] for i in ids if i in found]
