"""Repository of facilities: read them, write them, keep the seed in step. All SQL is here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from sqlite_utils import Database

from directory_app.db import overrides
from directory_app.db.facility_rows import get_many
from directory_app.db.schema import MULTI_VALUE_TABLES, SCALAR_COLUMNS, SORTABLE_COLUMNS
from directory_app.domain.models import Facility
from directory_app.domain.vocabulary import VOCABULARIES, Term

_INTEGER_COLUMNS = {"area_m2", "year_opened"}
_REAL_COLUMNS = {"latitude", "longitude"}


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a seed synchronisation changed.

    :param added: ids of facilities that were new
    :param updated: ids of facilities whose fields changed
    :param removed: ids of seed facilities no longer in the seed
    :param conflicts: ids of facilities where the seed changed a field the user had changed too
        (the user's value was kept; see :func:`directory_app.db.overrides.conflicts`)
    :param kept: ids of facilities the user had edited that left the seed (kept as the user's own)
    """

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()


def facility_row(f: Facility) -> dict[str, object]:
    """The scalar columns of a facility as stored (dates as ISO text)."""
    return _facility_to_row(f)


def _facility_to_row(f: Facility) -> dict[str, object]:
    row: dict[str, object] = {}
    for column in SCALAR_COLUMNS:
        value = getattr(f, column)
        if isinstance(value, date):
            value = value.isoformat()
        row[column] = value
    return row


_SCALARS = attrgetter(*SCALAR_COLUMNS)
"""The scalar columns' values of a facility, in column order (as :func:`facility_row`, before dates become text)."""


def count(db: Database) -> int:
    """Number of facilities."""
    return int(db.execute("SELECT count(*) FROM facilities").fetchone()[0])


def list_ids(db: Database, order_by: str = "name") -> list[str]:
    """Every facility id, ordered by a whitelisted key.

    :param order_by: a key of :data:`~directory_app.db.schema.SORTABLE_COLUMNS`
    """
    expr = SORTABLE_COLUMNS.get(order_by)
    if expr is None:
        raise ValueError(f"cannot order by {order_by!r}")
    return [r[0] for r in db.execute(f"SELECT id FROM facilities ORDER BY {expr}, id")]


def get(db: Database, facility_id: str) -> Facility | None:
    """One facility, or ``None``.

    :param facility_id: its id
    """
    result = get_many(db, [facility_id])
    return result[0] if result else None


def on_campus(db: Database, campus_id: str) -> list[tuple[str, str]]:
    """``(id, name)`` of the facilities standing on the campus ``campus_id`` (a science park), by name.

    :param campus_id: the science park's id
    """
    if not campus_id:
        return []
    rows = db.execute("SELECT id, name FROM facilities WHERE campus_id = ? AND id != ?", [campus_id, campus_id])
    return sorted(((r[0], r[1]) for r in rows), key=lambda r: (r[1].casefold(), r[0]))


def list_all(db: Database, order_by: str = "name") -> list[Facility]:
    """Every facility, ordered by a whitelisted key.

    :param order_by: a key of :data:`~directory_app.db.schema.SORTABLE_COLUMNS`
    """
    return get_many(db, list_ids(db, order_by))


def upsert(db: Database, facilities: Iterable[Facility], *, origin: str = "seed") -> tuple[list[str], list[str]]:
    """Insert or update facilities by id, keeping their internal row ids (and so the FTS index).

    Runs inside the caller's transaction if there is one, else in its own.

    :param facilities: the facilities to write
    :param origin: ``"seed"`` or ``"user"``
    :return: (ids added, ids whose stored values changed)
    """
    columns = [*SCALAR_COLUMNS, "origin"]
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "id")
    sql = (
        f"INSERT INTO facilities ({names}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
    )
    added: list[str] = []
    changed: list[str] = []
    with db.atomic():
        for f in facilities:
            before = get(db, f.id)
            if before == f:
                continue
            row = _facility_to_row(f)
            db.execute(sql, [*(row[c] for c in SCALAR_COLUMNS), origin])
            fid = db.execute("SELECT fid FROM facilities WHERE id = ?", [f.id]).fetchone()[0]
            for field, table in MULTI_VALUE_TABLES.items():
                db.execute(f"DELETE FROM [{table}] WHERE fid = ?", [fid])
                for position, code in enumerate(dict.fromkeys(getattr(f, field))):
                    db.execute(f"INSERT INTO [{table}] (fid, code, position) VALUES (?, ?, ?)", [fid, code, position])
            (changed if before is not None else added).append(f.id)
    return added, changed


def insert_new(db: Database, facilities: Iterable[Facility], *, origin: str = "seed", batch: int = 5000) -> int:
    """Insert facilities that are known not to exist yet (bulk, one transaction); returns the count.

    Much faster than :func:`upsert` for large new directories (generated benchmarks, imports
    into an empty file). Raises ``sqlite3.IntegrityError`` (and writes nothing) on a duplicate id.

    :param facilities: the facilities
    :param origin: ``"seed"`` or ``"user"``
    :param batch: rows per ``executemany``
    """
    columns = ["fid", *SCALAR_COLUMNS, "origin"]
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    total = 0
    rows: list[list[object]] = []
    links: dict[str, list[tuple[int, str, int]]] = {table: [] for table in MULTI_VALUE_TABLES.values()}

    def flush() -> None:
        db.conn.executemany(f"INSERT INTO facilities ({names}) VALUES ({marks})", rows)
        for table, values in links.items():
            db.conn.executemany(f"INSERT INTO [{table}] (fid, code, position) VALUES (?, ?, ?)", values)
            values.clear()
        rows.clear()

    with db.atomic():
        # row ids are given explicitly (after the largest in use) so links need no lookup
        fid = int(db.execute("SELECT coalesce(max(fid), 0) FROM facilities").fetchone()[0])
        for f in facilities:
            fid += 1
            rows.append([fid, *(v.isoformat() if isinstance(v, date) else v for v in _SCALARS(f)), origin])
            for field, table in MULTI_VALUE_TABLES.items():
                links[table].extend((fid, code, i) for i, code in enumerate(dict.fromkeys(getattr(f, field))))
            total += 1
            if len(rows) >= batch:
                flush()
        flush()
    return total


def sync_seed(db: Database, facilities: Sequence[Facility], seed_version: str) -> SyncReport:
    """Make the seed-origin facilities equal to ``facilities``, in one transaction.

    Facilities whose origin is not ``seed`` (added by the user, imported) are left as they are, and
    seed facilities the user deleted (in the trash, or purged from it) are not brought back. What
    the user changed on seed facilities (local overrides) is put back on the newer records; a field
    the seed changed differently is a conflict, recorded, with the user's value kept; an edited
    facility the seed dropped is kept as the user's own.

    :param facilities: the whole seed
    :param seed_version: recorded in ``meta`` as ``seed_version``
    """
    with db.atomic():
        write_vocabularies(db, VOCABULARIES)
        protected = {r[0] for r in db.execute("SELECT id FROM facilities WHERE origin != 'seed'")}
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'user_trash'").fetchone():
            protected |= {r[0] for r in db.execute("SELECT facility_id FROM user_trash")}
        local = overrides.load(db)
        incoming: list[Facility] = []
        conflicts: list[str] = []
        for f in facilities:
            if f.id in protected:
                continue
            if f.id in local:
                f, conflicted = overrides.reapply(db, f, local[f.id])
                if conflicted:
                    conflicts.append(f.id)
            incoming.append(f)
        added, updated = upsert(db, incoming, origin="seed")
        keep = {f.id for f in facilities}
        stale = [
            r[0] for r in db.execute("SELECT id FROM facilities WHERE origin = 'seed' ORDER BY id") if r[0] not in keep
        ]
        kept = [facility_id for facility_id in stale if facility_id in local]
        for facility_id in kept:  # the user's edits of a facility the seed dropped are not thrown away
            overrides.mark_removed(db, facility_id, get(db, facility_id))
            db.execute("UPDATE facilities SET origin = 'user' WHERE id = ?", [facility_id])
        stale = [facility_id for facility_id in stale if facility_id not in local]
        for facility_id in stale:
            # explicit, so that it holds even on a connection without PRAGMA foreign_keys
            for table in MULTI_VALUE_TABLES.values():
                db.execute(
                    f"DELETE FROM [{table}] WHERE fid = (SELECT fid FROM facilities WHERE id = ?)", [facility_id]
                )
            db.execute("DELETE FROM facilities WHERE id = ?", [facility_id])
        set_meta(db, "seed_version", seed_version)
    return SyncReport(tuple(added), tuple(updated), tuple(stale), tuple(conflicts), tuple(kept))


def write_vocabularies(db: Database, vocabularies: dict[str, tuple[Term, ...]]) -> None:
    """Insert or refresh vocabulary terms (terms already stored but unknown here stay).

    :param vocabularies: vocabulary name -> terms
    """
    with db.atomic():
        for name, terms in vocabularies.items():
            for sort, term in enumerate(terms):
                db.execute(
                    "INSERT INTO vocabulary (vocabulary, code, label, grp, sort) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(vocabulary, code) DO UPDATE SET label = excluded.label, "
                    "grp = excluded.grp, sort = excluded.sort",
                    [name, term.code, term.label, term.group, sort],
                )


def vocabulary(db: Database, name: str) -> list[Term]:
    """Terms of one vocabulary as stored in the database, in display order.

    :param name: e.g. ``"kind"``
    """
    rows = db.execute("SELECT code, label, grp FROM vocabulary WHERE vocabulary = ? ORDER BY sort, code", [name])
    return [Term(code, label, grp) for code, label, grp in rows]


def get_meta(db: Database, key: str) -> str | None:
    """A value of the ``meta`` table.

    :param key: the key
    """
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_meta(db: Database, key: str, value: str) -> None:
    """Set a value of the ``meta`` table.

    :param key: the key
    :param value: the value
    """
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def verification_span(db: Database) -> tuple[date | None, date | None]:
    """Oldest and newest verification dates in the directory."""
    lo, hi = db.execute("SELECT min(verified_on), max(verified_on) FROM facilities").fetchone()
    return (date.fromisoformat(lo) if lo else None, date.fromisoformat(hi) if hi else None)


def source_date_span(db: Database) -> tuple[str, str]:
    """Years of the oldest and newest source dates (``("", "")`` when no source is dated)."""
    lo, hi = db.execute(
        "SELECT min(substr(source_date, 1, 4)), max(substr(source_date, 1, 4)) FROM facilities WHERE source_date != ''"
    ).fetchone()
    return (lo or "", hi or "")


def integrity_problems(db: Database, *, include_fts: bool = True) -> list[str]:
    """SQLite's integrity check and the FTS index's own check; empty when all is well.

    :param include_fts: run FTS5's ``integrity-check`` (a write command: skip it when read-only)
    """
    problems = [r[0] for r in db.execute("PRAGMA integrity_check") if r[0] != "ok"]
    if not include_fts:
        return problems
    try:
        db.execute("INSERT INTO facilities_fts(facilities_fts, rank) VALUES('integrity-check', 1)")
    except Exception as exc:
        problems.append(f"full-text index: {exc}")
    return problems


def point_of(db: Database, id_or_name: str) -> tuple[float, float] | None:
    """Coordinates of a facility given its id or its exact name (case-insensitive).

    :param id_or_name: facility id or name
    """
    row = db.execute(
        "SELECT latitude, longitude FROM facilities WHERE (id = ? OR name = ? COLLATE NOCASE) "
        "AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY id = ? DESC LIMIT 1",
        [id_or_name, id_or_name, id_or_name],
    ).fetchone()
    return (float(row[0]), float(row[1])) if row else None
