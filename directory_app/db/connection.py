"""Open directory databases safely: detect foreign, damaged, newer and read-only files.

Rules (each covered by a test):

* A missing file is created -- built under a temporary name and moved into place only once
  it is complete, so a crash never leaves half a database behind.
* A file that is not SQLite, or that SQLite reports damaged, raises
  :class:`~directory_app.domain.errors.DatabaseCorruptError`; the file is never written.
* A SQLite file made by another program raises ``NotADirectoryDatabaseError``.
* A file whose schema is newer than this release raises ``SchemaTooNewError`` before
  anything is written.
* A file in a read-only location is opened read-only (``mode=ro``, or ``immutable=1`` when
  the WAL side files cannot be created) and says so.
* Writable files use WAL and a busy timeout, so two app instances can share one file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from directory_app.db import migrations as mig
from directory_app.db.schema import APPLICATION_ID
from directory_app.domain.errors import (
    DatabaseCorruptError,
    DatabaseUnavailableError,
    NotADirectoryDatabaseError,
    SchemaTooNewError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10.0
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


@dataclass
class OpenedDatabase:
    """An open database and how it was opened.

    :param db: the sqlite-utils database
    :param path: the file
    :param read_only: whether writes are impossible
    :param created: whether the file was created by this call
    :param upgraded: names of migration steps applied while opening
    """

    db: Database
    path: Path
    read_only: bool = False
    created: bool = False
    upgraded: list[str] | None = None

    def close(self) -> None:
        """Close the connection."""
        self.db.close()


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _uri(path: Path, params: str = "") -> str:
    uri = "file:" + quote(str(path.resolve()))
    return uri + ("?" + params if params else "")


def _check_header(path: Path) -> bool:
    """True when the file holds a SQLite header, False when it is empty; raises when foreign bytes."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailableError(f"Cannot read {path}: {exc.strerror}", path=str(path)) from exc
    if not head:
        return False
    if head != SQLITE_HEADER:
        raise DatabaseCorruptError(f"{path} is not a SQLite database.", path=str(path))
    return True


def _inspect(conn: sqlite3.Connection, path: Path) -> tuple[int, int, set[str]]:
    """Read application id, user version and table names; raise when SQLite finds damage."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DatabaseCorruptError(f"{path} is damaged: {result}", path=str(path))
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise DatabaseUnavailableError(f"{path} is locked by another program.", path=str(path)) from exc
        raise DatabaseCorruptError(f"{path} is damaged: {exc}", path=str(path)) from exc
    return app_id, version, tables


def _check_ours(path: Path, app_id: int, version: int, tables: set[str], applied: list[str]) -> None:
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and not applied):
        raise NotADirectoryDatabaseError(
            f"{path} is a SQLite database, but not a directory made by this application.", path=str(path)
        )
    unknown = [name for name in applied if name not in mig.MIGRATION_NAMES]
    if version > mig.SCHEMA_VERSION or unknown:
        raise SchemaTooNewError(
            f"{path} was written by a newer version of the application (schema {version}; "
            f"this version understands up to {mig.SCHEMA_VERSION}).",
            path=str(path),
            found=version,
            supported=mig.SCHEMA_VERSION,
        )


def _applied(conn: sqlite3.Connection, tables: set[str]) -> list[str]:
    if "_sqlite_migrations" not in tables:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [mig.MIGRATION_SET]
    )
    return [r[0] for r in rows]


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_database(
    path: Path | str, *, read_only: bool = False, before_upgrade: Callable[[Database], object] | None = None
) -> OpenedDatabase:
    """Open an existing directory database, upgrading its schema when it is writable.

    Nothing is written before the file is known to be ours, undamaged and not newer.

    :param path: the database file (must exist; see :func:`create_database`)
    :param read_only: open read-only even when the file is writable
    :param before_upgrade: called (e.g. to back the file up) before migrating a file that holds data
    :raises DirectoryError: subclasses as listed in the module docstring
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseUnavailableError(f"{path} does not exist.", path=str(path))
    if not path.is_file():
        raise DatabaseUnavailableError(f"{path} is not a file.", path=str(path))
    has_header = _check_header(path)
    writable = not read_only and _writable(path)
    conn = _open_connection(path, writable)
    try:
        app_id, version, tables = _inspect(conn, path)
        _check_ours(path, app_id, version, tables, _applied(conn, tables))
        db = Database(conn)
        upgraded: list[str] = []
        if writable:
            with translate_errors(path):
                if before_upgrade is not None and _applied(conn, tables) and mig.migrations.pending(db):
                    before_upgrade(db)
                upgraded = mig.apply_migrations(db)
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode = WAL")
        elif not has_header or [m for m in mig.migrations.pending(db)]:
            raise DatabaseUnavailableError(
                f"{path} needs an upgrade to this version's format, but it is read-only.", path=str(path)
            )
    except BaseException:
        conn.close()
        raise
    return OpenedDatabase(db=db, path=path, read_only=not writable, upgraded=upgraded)


@contextlib.contextmanager
def translate_errors(path: Path | str | None = None) -> Iterator[None]:
    """Turn SQLite's locked/busy/disk errors into :class:`DatabaseUnavailableError` with a clear message."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        where = f"{path}" if path else "The directory file"
        if "locked" in text or "busy" in text:
            message = f"{where} is busy: another program (or another window of this app) is writing to it. Try again."
        elif "readonly" in text or "read-only" in text:
            message = f"{where} cannot be written (read-only)."
        elif "disk" in text or "full" in text:
            message = f"{where} could not be written: {text}."
        else:
            raise
        raise DatabaseUnavailableError(message, path=str(path) if path else None) from exc


def _open_connection(path: Path, writable: bool) -> sqlite3.Connection:
    """Connect read-write, or read-only with a fallback to ``immutable`` for read-only folders."""
    attempts = ["mode=rw"] if writable else ["mode=ro", "immutable=1"]
    last: sqlite3.Error | None = None
    for params in attempts:
        wal = Path(f"{path}-wal")
        if params == "immutable=1" and wal.exists() and wal.stat().st_size > 0:
            raise DatabaseUnavailableError(
                f"{path} is in a read-only folder and has changes in {wal.name} that were never merged "
                "into it; opening it now would hide them. Copy both files to a writable folder and open the copy.",
                path=str(path),
            )
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(_uri(path, params))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            if not isinstance(exc, sqlite3.OperationalError):
                raise DatabaseCorruptError(f"{path} is damaged: {exc}", path=str(path)) from exc
            last = exc
    raise DatabaseUnavailableError(f"Cannot open {path}: {last}", path=str(path))


def create_database(path: Path | str, populate: Callable[[Database], None]) -> OpenedDatabase:
    """Create a new database file at ``path`` and fill it; if another instance got there first, open theirs.

    The file is built under a unique temporary name and hard-linked into place, which fails
    rather than overwrite a file that appeared meanwhile. Stale ``-wal``/``-shm``/``-journal``
    files of an earlier database at ``path`` are moved aside (kept), never replayed.

    :param path: where the database goes; missing parent folders are created
    :param populate: called with the migrated, empty database inside one transaction
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
        os.close(fd)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)  # mkstemp makes 0600; a database gets the usual mode
    except OSError as exc:
        raise DatabaseUnavailableError(f"Cannot create {path}: {exc.strerror}", path=str(path)) from exc
    tmp = Path(tmp_name)
    try:
        conn = _connect(_uri(tmp, "mode=rw"))
        try:
            db = Database(conn)
            mig.apply_migrations(db)
            with db.atomic():
                populate(db)
            db.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        _set_aside_side_files(path)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another instance created it first: use theirs
        except OSError:
            if path.exists():
                raise
            os.replace(tmp, path)  # file systems without hard links
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    opened = open_database(path)
    opened.created = True
    return opened


SIDE_FILES = ("-wal", "-shm", "-journal")


def set_aside_side_files(path: Path | str) -> None:
    """Move ``-wal``/``-shm``/``-journal`` files of ``path`` aside (kept, renamed), e.g. before replacing it."""
    _set_aside_side_files(Path(path))


def _set_aside_side_files(path: Path) -> None:
    for side in SIDE_FILES:
        side_path = Path(f"{path}{side}")
        if side_path.exists():
            os.rename(side_path, _free_name(side_path, "stale"))


def _free_name(path: Path, suffix: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    n = 0
    while True:
        target = path.with_name(f"{path.name}.{suffix}-{stamp}" + (f"-{n}" if n else ""))
        if not target.exists():
            return target
        n += 1


def set_aside(path: Path | str, suffix: str) -> Path:
    """Rename a bad database (and its side files) out of the way, never overwriting anything.

    :param path: the file to move
    :param suffix: a word for the new name, e.g. ``"damaged"``
    :return: the new path of the file
    """
    path = Path(path)
    target = _free_name(path, suffix)
    os.rename(path, target)
    for side in SIDE_FILES:
        side_path = Path(f"{path}{side}")
        if side_path.exists():
            os.rename(side_path, Path(f"{target}{side}"))
    return target
