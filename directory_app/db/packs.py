"""The SQL of team updates (issue 15; the rest is in :mod:`directory_app.updates`).

* A **pack** is a plain SQLite file holding the reference data only: table ``facilities`` (one row per
  facility, the multi-valued fields as JSON arrays, so Datasette facets them), ``vocabulary`` and
  ``pack_info``, with a full-text index Datasette and ``sqlite-utils search`` find. No user table is ever
  copied into it. :func:`write_pack` makes one, :func:`read_pack` reads one back.
* On the receiving database: the publisher keys it trusts (``user_trusted_keys``), the packs installed
  (``pack_installs``; the newest is the installed version) and facilities a pack withdrew while they
  were on a shortlist (``user_withdrawn``, their last record).
* :func:`apply_update` writes an update in one ``BEGIN IMMEDIATE`` transaction, through the local
  override machinery of :mod:`directory_app.db.overrides`: the user's edits of reference rows are put
  back, and a field the update changed differently becomes a conflict for review.

Records are dicts in :meth:`~directory_app.domain.models.Facility.to_dict` form.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from directory_app.db import bulk_load, edits, facilities, overrides
from directory_app.db.schema import FTS_COLUMNS, MULTI_VALUE_TABLES
from directory_app.domain.errors import UpdateRefused
from directory_app.domain.models import FACILITY_FIELDS, Facility
from directory_app.domain.vocabulary import Term

PACK_APPLICATION_ID = 0x44495250
"""``PRAGMA application_id`` of a pack file ("DIRP"), so that it is never taken for a directory database."""

PACK_FORMAT = 1
"""Version of the pack file's tables (``pack_info.format``)."""

UPDATE_ACTION = "update"
"""Action of the change-log entries an update writes (their ``batch`` is ``pack:<version>``)."""

_PACK_FTS_COLUMNS = tuple(c for c in FTS_COLUMNS if c != "campus_name")


class PackError(ValueError):
    """A file is not a readable pack (the message says why)."""


@dataclass(frozen=True, slots=True)
class PackContents:
    """What a pack file holds.

    :param records: facility id -> record
    :param vocabulary: vocabulary name -> its terms, in order
    :param info: ``pack_info`` (directory, version, published, format)
    """

    records: dict[str, dict[str, Any]]
    vocabulary: dict[str, list[Term]]
    info: dict[str, str]


@dataclass(frozen=True, slots=True)
class InstalledPack:
    """A pack installed in this database (``pack_installs``)."""

    version: int
    directory: str
    publisher_key: str
    published: str
    notes: str
    manifest_sha256: str
    source: str
    added: int
    changed: int
    removed: int
    conflicts: int
    installed_at: str


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A publisher key this database accepts updates from.

    :param key_id: short hash of the public key
    :param public_key: the raw Ed25519 public key, base64
    :param label: what the user called it (the key file's name)
    :param added_at: UTC time stamp
    """

    key_id: str
    public_key: str
    label: str
    added_at: str


@dataclass(frozen=True, slots=True)
class Withdrawn:
    """A facility an update removed while it sat on a shortlist: its last record, kept for the shortlist."""

    facility: Facility
    pack_version: int
    withdrawn_at: str


@dataclass(frozen=True, slots=True)
class ApplyResult:
    """What :func:`apply_update` did (ids).

    :param withdrawn: removed facilities that were on a shortlist (their last record kept in ``user_withdrawn``)
    :param kept: removed facilities the user had edited (kept as the user's own, listed for review)
    :param conflicts: facilities where the update changed a field the user had changed (the user's value stays)
    :param skipped: facilities the update names that the user deleted or made their own (left alone)
    """

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    withdrawn: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()


# The pack file ---------------------------------------------------------------------------------------


def _pack_columns() -> list[str]:
    return list(FACILITY_FIELDS)


def write_pack(
    target: Path,
    records: Iterable[Mapping[str, Any]],
    vocabulary: Mapping[str, Sequence[Term]],
    info: Mapping[str, str],
) -> int:
    """Write a new pack file at ``target`` (which must not exist: give a temporary name); returns the count.

    :param records: the facilities, in :meth:`Facility.to_dict` form
    :param vocabulary: vocabulary name -> terms
    :param info: written to ``pack_info`` (``format`` is added)
    """
    if target.exists():
        raise FileExistsError(str(target))
    conn = sqlite3.connect(target)
    try:
        conn.execute(f"PRAGMA application_id = {PACK_APPLICATION_ID}")
        columns = _pack_columns()
        definitions = []
        for c in columns:
            if c == "id":
                definitions.append("[id] TEXT PRIMARY KEY")
            elif c in ("latitude", "longitude"):
                definitions.append(f"[{c}] REAL")
            elif c in ("area_m2", "year_opened"):
                definitions.append(f"[{c}] INTEGER")
            elif c == "verified_on":
                definitions.append(f"[{c}] TEXT")
            else:
                definitions.append(f"[{c}] TEXT NOT NULL DEFAULT ''")
        conn.execute(f"CREATE TABLE facilities ({', '.join(definitions)})")
        marks = ", ".join("?" for _ in columns)
        names = ", ".join(f"[{c}]" for c in columns)
        count = 0
        batch: list[list[object]] = []

        def flush() -> None:
            conn.executemany(f"INSERT INTO facilities ({names}) VALUES ({marks})", batch)
            batch.clear()

        for record in records:
            row: list[object] = []
            for c in columns:
                value = record.get(c)
                if c in MULTI_VALUE_TABLES:
                    value = json.dumps(list(value or []), ensure_ascii=False)
                elif value is None and c not in ("latitude", "longitude", "area_m2", "year_opened", "verified_on"):
                    value = ""
                row.append(value)
            batch.append(row)
            count += 1
            if len(batch) >= 5000:
                flush()
        flush()
        for column in ("kind", "country", "region", "status"):
            conn.execute(f"CREATE INDEX idx_facilities_{column} ON facilities([{column}])")
        conn.execute(
            "CREATE TABLE vocabulary (vocabulary TEXT NOT NULL, code TEXT NOT NULL, label TEXT NOT NULL, "
            "grp TEXT NOT NULL DEFAULT '', sort INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (vocabulary, code))"
        )
        conn.executemany(
            "INSERT INTO vocabulary (vocabulary, code, label, grp, sort) VALUES (?, ?, ?, ?, ?)",
            [(name, t.code, t.label, t.group, n) for name, terms in vocabulary.items() for n, t in enumerate(terms)],
        )
        conn.execute("CREATE TABLE pack_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(
            "INSERT INTO pack_info (key, value) VALUES (?, ?)",
            [*((k, str(v)) for k, v in info.items() if k != "format"), ("format", str(PACK_FORMAT))],
        )
        conn.commit()
    finally:
        conn.close()
    # the full-text index in the shape sqlite-utils makes (Datasette's search box and `sqlite-utils search`
    # find it); a fresh file nobody else has open, so sqlite-utils' own executescript is fine here
    db = Database(target)
    try:
        db["facilities"].enable_fts(list(_PACK_FTS_COLUMNS), tokenize="unicode61 remove_diacritics 2")
        db.execute("VACUUM")
    finally:
        db.close()
    return count


def _open_pack(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise PackError(f"{path} is not a file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise PackError(f"{path.name} is not a SQLite file")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != PACK_APPLICATION_ID:
            raise PackError(f"{path.name} is a SQLite file but not a directory pack")
        info = dict(conn.execute("SELECT key, value FROM pack_info"))
        if int(info.get("format", "0")) > PACK_FORMAT:
            raise PackError(f"{path.name} is a newer pack format ({info.get('format')}); update the app")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise PackError(f"{path.name} cannot be read: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


_FIELD_SET = frozenset(FACILITY_FIELDS)


def _row_reader(columns: Sequence[str]) -> Callable[[Sequence[object]], dict[str, Any]]:
    """A reader of the pack's ``facilities`` rows with these columns into records: the column plan is made once
    (which columns are fields, which hold JSON lists, which fields a pack of an older format lacks), not per row.
    """
    keep = [(i, c) for i, c in enumerate(columns) if c in _FIELD_SET]
    lists = [c for _, c in keep if c in MULTI_VALUE_TABLES]
    present = {c for _, c in keep}
    blank = Facility.from_dict({"id": "", "name": "", "kind": ""}).to_dict()
    missing = [(c, blank[c]) for c in FACILITY_FIELDS if c not in present]  # their defaults

    def read(values: Sequence[object]) -> dict[str, Any]:
        record = {c: values[i] for i, c in keep}
        for c in lists:
            v = record[c]
            v = json.loads(v) if isinstance(v, str) and v else []
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise PackError(f"{c} of {values[0]!r} is not a list of codes")
            record[c] = v
        for c, default in missing:
            record[c] = list(default) if isinstance(default, list) else default
        if not isinstance(record.get("id"), str) or not record["id"]:
            raise PackError("a facility without an id")
        return record

    return read


def read_pack(path: Path) -> PackContents:
    """Every facility, the vocabulary and the info of a pack file (opened read-only).

    :raises PackError: not a pack, a newer format, or unreadable
    """
    conn = _open_pack(path)
    try:
        info = dict(conn.execute("SELECT key, value FROM pack_info"))
        cursor = conn.execute("SELECT * FROM facilities ORDER BY id")
        read = _row_reader([d[0] for d in cursor.description])
        records = {}
        for values in cursor:
            record = read(values)
            records[record["id"]] = record
        vocabulary: dict[str, list[Term]] = {}
        for name, code, label, grp in conn.execute(
            "SELECT vocabulary, code, label, grp FROM vocabulary ORDER BY vocabulary, sort, code"
        ):
            vocabulary.setdefault(name, []).append(Term(code, label, grp))
    except sqlite3.DatabaseError as exc:
        raise PackError(f"{path.name} cannot be read: {exc}") from exc
    finally:
        conn.close()
    return PackContents(records, vocabulary, info)


# What a directory publishes ---------------------------------------------------------------------------


def published_records(db: Database) -> dict[str, dict[str, Any]]:
    """What a curator's directory publishes: every live facility (reference rows with the curator's edits,
    facilities the curator added or imported), by id. Nothing from the user tables (notes, shortlists,
    saved searches, change log, trash) is read."""
    ids = [r[0] for r in db.execute("SELECT id FROM facilities ORDER BY id")]
    return {f.id: f.to_dict() for f in facilities.get_many(db, ids)}


def vocabularies(db: Database) -> dict[str, list[Term]]:
    """Every vocabulary as stored, in display order."""
    names = [r[0] for r in db.execute("SELECT DISTINCT vocabulary FROM vocabulary ORDER BY vocabulary")]
    return {name: facilities.vocabulary(db, name) for name in names}


# The receiving side -----------------------------------------------------------------------------------


def installed(db: Database) -> InstalledPack | None:
    """The newest pack installed in this database, or ``None``."""
    row = db.execute(
        "SELECT version, directory, publisher_key, published, notes, manifest_sha256, source, added, changed, "
        "removed, conflicts, installed_at FROM pack_installs ORDER BY version DESC LIMIT 1"
    ).fetchone()
    return InstalledPack(*row) if row else None


def trusted_keys(db: Database) -> list[TrustedKey]:
    """The publisher keys this database trusts, by id."""
    return [
        TrustedKey(*r)
        for r in db.execute("SELECT key_id, public_key, label, added_at FROM user_trusted_keys ORDER BY key_id")
    ]


def add_trusted_key(db: Database, key_id: str, public_key: str, label: str) -> bool:
    """Trust a publisher key; ``False`` when it was trusted already."""
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO user_trusted_keys (key_id, public_key, label) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [key_id, public_key, label],
        )
    return bool(cursor.rowcount)


def remove_trusted_key(db: Database, key_id: str) -> bool:
    """Stop trusting a key; ``False`` when it was not trusted."""
    with db.atomic():
        cursor = db.execute("DELETE FROM user_trusted_keys WHERE key_id = ?", [key_id])
    return bool(cursor.rowcount)


def withdrawn(db: Database, ids: Sequence[str] | None = None) -> dict[str, Withdrawn]:
    """Facilities updates withdrew while they were on a shortlist (all, or those of ``ids``), by id."""
    rows = db.execute("SELECT facility_id, record, pack_version, withdrawn_at FROM user_withdrawn ORDER BY facility_id")
    wanted = None if ids is None else set(ids)
    return {
        fid: Withdrawn(Facility.from_dict(json.loads(record)), version, at)
        for fid, record, version, at in rows
        if wanted is None or fid in wanted
    }


@dataclass(frozen=True, slots=True)
class LocalReference:
    """The reference data of a directory as the publisher's data last said it (local edits taken out).

    :param records: seed-origin facilities by id, each field the reference value (an overridden field holds the
        value the override was made over, or the newer value of a pending conflict)
    :param protected: ids an update must leave alone: the user's own and imported facilities, and deleted ones
    :param edited: ids with local overrides
    :param shortlisted: ids on some shortlist
    :param user_values: id -> {field: the user's value} of the local overrides
    :param stored: the same facilities as stored (local edits in), when asked for (``keep_stored``): what an
        update writes over, read once
    """

    records: dict[str, dict[str, Any]]
    protected: frozenset[str]
    edited: frozenset[str]
    shortlisted: frozenset[str]
    user_values: dict[str, dict[str, Any]]
    stored: dict[str, Facility] = dataclass_field(default_factory=dict)


def _reference_view(record: dict[str, Any], rows: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(record)
    for field, row in rows.items():
        if field in out and field != "id":
            out[field] = json.loads(row.conflict if row.conflict is not None else row.seed_value)
    return out


def _origins(db: Database, ids: Sequence[str]) -> dict[str, str]:
    """id -> origin of the live facilities among ``ids`` (by the unique index, 500 ids a query)."""
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        out.update(db.execute(f"SELECT id, origin FROM facilities WHERE id IN ({marks})", chunk))
    return out


def local_reference(db: Database, ids: Iterable[str] | None = None, *, keep_stored: bool = False) -> LocalReference:
    """The reference data of ``db`` to compare an update with (see :class:`LocalReference`).

    :param ids: only these facilities' records (an incremental update touches few); ``None``: all
    :param keep_stored: also keep the facilities as stored (:attr:`LocalReference.stored`)
    """
    if ids is None:
        wanted = [r[0] for r in db.execute("SELECT id FROM facilities WHERE origin = 'seed' ORDER BY id")]
        protected = {r[0] for r in db.execute("SELECT id FROM facilities WHERE origin != 'seed'")}
    else:  # only the ids asked about, their origins in one query per 500 (not a scan, not a query per id)
        origins = _origins(db, sorted(set(ids)))
        wanted = sorted(fid for fid, origin in origins.items() if origin == "seed")
        protected = {fid for fid, origin in origins.items() if origin != "seed"}
    local = overrides.load(db)
    records = {}
    stored: dict[str, Facility] = {}
    for f in facilities.get_many(db, wanted):
        if keep_stored:
            stored[f.id] = f
        record = f.to_dict()
        rows = local.get(f.id)
        records[f.id] = _reference_view(record, rows) if rows else record
    protected |= edits.deleted_ids(db)
    shortlisted = {r[0] for r in db.execute("SELECT DISTINCT facility_id FROM user_shortlist_items")}
    user_values = {
        fid: {field: json.loads(row.value) for field, row in rows.items() if field != overrides.REMOVED}
        for fid, rows in local.items()
    }
    return LocalReference(records, frozenset(protected), frozenset(local), frozenset(shortlisted), user_values, stored)


BULK_INDEX_ROWS = 5000
"""An update adding at least this many facilities, and at least as many as the directory holds, builds the
indexes, campus names and full-text index once after the rows (:mod:`directory_app.db.bulk_load`) instead of
row by row."""

_FTS_TRIGGERS = ("facilities_ai", "facilities_au")


@contextmanager
def _search_index_afterwards(db: Database, adding: int) -> Iterator[None]:
    """Inside the caller's transaction: for a large insert, set the indexes and per-row triggers aside and
    build them once after the rows are in (:func:`directory_app.db.bulk_load.deferred_indexes`). A failure rolls
    back with the transaction, indexes and triggers and all."""
    existing = int(db.execute("SELECT count(*) FROM facilities").fetchone()[0])
    triggers = db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)", list(_FTS_TRIGGERS)
    ).fetchone()[0]
    if adding < BULK_INDEX_ROWS or adding < existing or triggers != len(_FTS_TRIGGERS):
        yield
        return
    with bulk_load.deferred_indexes(db):
        yield


def _forget_withdrawn(db: Database, ids: Iterable[str]) -> None:
    """Facilities that are back in the directory are no longer withdrawn (the table holds few rows)."""
    held = {r[0] for r in db.execute("SELECT facility_id FROM user_withdrawn")}
    back = [(fid,) for fid in ids if fid in held]
    if back:
        db.conn.executemany("DELETE FROM user_withdrawn WHERE facility_id = ?", back)


def apply_update(
    db: Database,
    *,
    added: Sequence[Mapping[str, Any]],
    changed: Mapping[str, Mapping[str, Any]],
    removed: Sequence[str],
    vocabulary: Mapping[str, Sequence[Term]],
    install: Mapping[str, Any],
    who: str,
    progress: Callable[[int, int], object] | None = None,
    expect_installed: int | None = None,
) -> ApplyResult:
    """Apply an update in one ``BEGIN IMMEDIATE`` transaction (all or nothing).

    Everything is checked against the database as it is inside the transaction, not as it was when the
    update was planned: the user's own and imported facilities and those the user deleted are skipped;
    the user's edits of reference rows are put back and a field the update changed differently is a
    conflict (:func:`directory_app.db.overrides.reapply`). A removed facility the user had edited stays as
    the user's own (listed for review); one on a shortlist leaves the directory but its last record is kept
    in ``user_withdrawn``. Each change is logged (action ``update``, batch ``pack:<version>``).

    The rows touched are read once, with their origins in one query per 500 ids; the writes go in batches
    (one ``executemany`` per set of changed columns, per link table, for the removals and for the change log),
    and a large load into a small directory builds its indexes once afterwards (:func:`_search_index_afterwards`).

    :param added: new facilities (records)
    :param changed: id -> {field: new value}
    :param removed: ids the publisher no longer has
    :param vocabulary: terms to add or refresh
    :param install: the ``pack_installs`` row (version, directory, publisher_key, published, notes,
        manifest_sha256, source)
    :param who: recorded in the change log
    :param progress: called with (done, total) as facilities are written
    :param expect_installed: the version installed when the update was planned (0: none); another one installed
        since (the plan was made against other data) refuses the update, nothing written
    :raises UpdateRefused: (reason ``stale``) another version was installed since the update was planned
    """
    version = int(install["version"])
    batch = f"pack:{version}"
    total = len(added) + len(changed) + len(removed)
    done = 0

    def step(n: int = 1) -> None:
        nonlocal done
        for _ in range(n):
            done += 1
            if progress is not None:
                progress(done, total)

    result: dict[str, list[str]] = {f.name: [] for f in dataclass_fields(ApplyResult)}
    with db.atomic():
        if expect_installed is not None:
            now = installed(db)
            if (now.version if now else 0) != expect_installed:
                what = f"version {now.version}" if now else "no version"
                raise UpdateRefused(
                    f"the directory changed since this update was checked ({what} is installed now): check for "
                    "updates again; nothing was changed",
                    reason="stale",
                )
        facilities.write_vocabularies(db, {name: tuple(terms) for name, terms in vocabulary.items()})
        ref = local_reference(db, [*(r["id"] for r in added), *changed, *removed], keep_stored=True)
        local = overrides.load(db)
        # changed, and added ids that are reference rows here already: the new reference value of each field
        updates: dict[str, dict[str, Any]] = {fid: dict(fields) for fid, fields in changed.items()}
        fresh: list[Facility] = []
        for record in added:
            fid = record["id"]
            if fid in ref.records:
                updates[fid] = {k: v for k, v in record.items() if k != "id"}
            elif fid in ref.protected:
                result["skipped"].append(fid)
                step()
            else:
                fresh.append(Facility.from_dict(dict(record)))
        if fresh:
            with _search_index_afterwards(db, len(fresh)):
                facilities.insert_new(db, fresh, origin="seed")
            _forget_withdrawn(db, (f.id for f in fresh))
            edits.log_changes(db, ((who, f.id, UPDATE_ACTION, None, f, batch) for f in fresh))
            result["added"].extend(f.id for f in fresh)
            step(len(fresh))
        current = dict(ref.stored)  # each facility as it stands in this transaction
        writes: list[tuple[Facility, Facility]] = []
        for fid, fields in updates.items():
            before = current.get(fid)
            if before is None:  # not a reference row here (deleted, or the user's own)
                result["skipped"].append(fid)
                continue
            target = {**ref.records[fid], **{k: v for k, v in fields.items() if k in FACILITY_FIELDS and k != "id"}}
            incoming = Facility.from_dict(target)
            conflicted = False
            if fid in local:
                incoming, conflicted = overrides.reapply(db, incoming, local[fid])
            if conflicted:
                result["conflicts"].append(fid)
            if incoming != before:
                writes.append((before, incoming))
                current[fid] = incoming
                result["changed"].append(fid)
        edits.update_many(db, writes, "seed")
        edits.log_changes(db, ((who, new.id, UPDATE_ACTION, old, new, batch) for old, new in writes))
        step(len(updates))
        gone: list[Facility] = []
        withdrawn_rows: list[tuple[str, str, int]] = []
        for fid in removed:
            last = current.get(fid)
            if fid not in ref.records or last is None:
                continue
            if fid in local:  # the user's edits of a facility the publisher dropped are not thrown away
                overrides.mark_removed(db, fid, Facility.from_dict(ref.records[fid]))
                db.execute("UPDATE facilities SET origin = 'user' WHERE id = ?", [fid])
                result["kept"].append(fid)
                continue
            if fid in ref.shortlisted:
                withdrawn_rows.append((fid, json.dumps(last.to_dict(), ensure_ascii=False), version))
                result["withdrawn"].append(fid)
            gone.append(last)
            result["removed"].append(fid)
        db.conn.executemany(
            "INSERT INTO user_withdrawn (facility_id, record, pack_version) VALUES (?, ?, ?) "
            "ON CONFLICT(facility_id) DO UPDATE SET record = excluded.record, "
            "pack_version = excluded.pack_version, withdrawn_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            withdrawn_rows,
        )
        edits.remove_many(db, [f.id for f in gone])
        edits.log_changes(db, ((who, f.id, UPDATE_ACTION, f, None, batch) for f in gone))
        step(len(removed))
        db.execute(
            "INSERT INTO pack_installs (version, directory, publisher_key, published, notes, manifest_sha256, "
            "source, added, changed, removed, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                version,
                str(install["directory"]),
                str(install["publisher_key"]),
                str(install["published"]),
                str(install.get("notes", "")),
                str(install["manifest_sha256"]),
                str(install.get("source", "")),
                len(result["added"]),
                len(result["changed"]),
                len(result["removed"]),
                len(result["conflicts"]) + len(result["kept"]),
            ],
        )
    return ApplyResult(**{k: tuple(v) for k, v in result.items()})


def is_our_pack(path: Path) -> bool:
    """Whether ``path`` is a pack file (by its SQLite application id), without raising."""
    try:
        _open_pack(path).close()
    except (PackError, OSError):
        return False
    return True
