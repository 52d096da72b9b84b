"""Open directory databases safely: detect foreign, damaged, newer and read-only files.

Rules (each covered by a test):

* A missing file is created -- built under a temporary name and moved into place only once
  it is complete, so a crash never leaves half a database behind.
* A file that is not SQLite, or that SQLite reports damaged, raises
  :class:`~directory_app.domain.errors.DatabaseCorruptError`; the file is never written.
* A SQLite file made by another program raises ``NotADirectoryDatabaseError``.
* A file whose schema is newer than this release raises ``SchemaTooNewError`` before
  anything is written.
* An empty (0-byte) file is refused with ``EmptyDatabaseFileError`` unless the caller asks to
  fill it (the user named a path holding an empty file: that may be a mistake, so they are asked).
* A file in a read-only location is opened read-only (``mode=ro``) and says so. ``immutable=1``
  (which makes SQLite skip every lock) is used only when nobody can write the file: a read-only
  file system, or an immutable file (or folder, with no journal or WAL present). A file another
  program holds locked is reported busy after the busy timeout, never read without locks.
* Writable files use WAL and a busy timeout, so two app instances can share one file; every
  write transaction starts with ``BEGIN IMMEDIATE`` (:class:`DirectoryDatabase`), so a second
  writer waits for the first instead of failing at once.
* Every SQLite error that says the file is damaged (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) or busy,
  wherever it happens (opening, a query, iterating rows, a commit, a backup), is raised as
  :class:`DatabaseCorruptError` / :class:`DatabaseUnavailableError` naming the file, by the
  connection class itself (:class:`_Connection`): callers cannot forget to translate it.
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
    DirectoryError,
    EmptyDatabaseFileError,
    NotADirectoryDatabaseError,
    NotSQLiteFileError,
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


class CorruptDatabase(DatabaseCorruptError, sqlite3.DatabaseError):
    """SQLite found the file damaged (still a ``sqlite3.DatabaseError`` for code in this layer)."""


class BusyDatabase(DatabaseUnavailableError, sqlite3.OperationalError):
    """Another connection held the file locked for longer than the busy timeout."""


_CORRUPT_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED


def busy_message(path: object) -> str:
    """The one wording of "another program holds the file"."""
    return f"{path} is busy: another program (or another window of this app) is writing to it. Try again."


def translated(exc: sqlite3.Error, path: object) -> sqlite3.Error:
    """``exc`` as :class:`CorruptDatabase` or :class:`BusyDatabase` when it is one of those, else ``exc``."""
    if isinstance(exc, DirectoryError):
        return exc
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc)
    if code in _CORRUPT_CODES or (not code and ("malformed" in text or "not a database" in text)):
        return CorruptDatabase(f"{path} is damaged: {text}", path=str(path))
    if code in _BUSY_CODES or (not code and isinstance(exc, sqlite3.OperationalError) and "locked" in text):
        return BusyDatabase(busy_message(path), path=str(path))
    return exc


class _Cursor(sqlite3.Cursor):
    """A cursor whose every call turns damage and lock errors into the domain's errors."""

    def _path(self) -> object:
        return getattr(self.connection, "db_path", "The directory file")

    def execute(self, sql: str, parameters: object = (), /) -> _Cursor:  # type: ignore[override]
        try:
            return super().execute(sql, parameters)  # type: ignore[arg-type]
        except sqlite3.Error as exc:
            raise translated(exc, self._path()) from exc

    def executemany(self, sql: str, seq_of_parameters: object, /) -> _Cursor:  # type: ignore[override]
        try:
            return super().executemany(sql, seq_of_parameters)  # type: ignore[arg-type]
        except sqlite3.Error as exc:
            raise translated(exc, self._path()) from exc

    def executescript(self, sql_script: str, /) -> _Cursor:  # type: ignore[override]
        try:
            return super().executescript(sql_script)
        except sqlite3.Error as exc:
            raise translated(exc, self._path()) from exc

    def fetchone(self) -> object:
        try:
            return super().fetchone()
        except sqlite3.Error as exc:
            raise translated(exc, self._path()) from exc

    def fetchmany(self, size: int | None = None) -> list[object]:  # type: ignore[override]
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.Error as exc:
            raise translated(exc, self._path()) from exc

    def fetchall(self) -> list[object]:
        try:
            return super().fetchall()
        except sqlite3.Error as exc:
            raise translated(exc, self._path()) from exc

    def __next__(self) -> object:
        try:
            return super().__next__()
        except sqlite3.Error as exc:
            raise translated(exc, self._path()) from exc


class _Connection(sqlite3.Connection):
    """The connection of every directory database: all statements go through :class:`_Cursor`."""

    db_path: object = "The directory file"

    def cursor(self, factory: type[sqlite3.Cursor] | None = None) -> sqlite3.Cursor:  # type: ignore[override]
        return super().cursor(factory or _Cursor)

    def execute(self, sql: str, parameters: object = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor().execute(sql, parameters)  # type: ignore[arg-type]

    def executemany(self, sql: str, parameters: object, /) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor().executemany(sql, parameters)  # type: ignore[arg-type]

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor().executescript(sql_script)

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as exc:
            raise translated(exc, self.db_path) from exc

    def backup(self, target: sqlite3.Connection, **kwargs: object) -> None:  # type: ignore[override]
        try:
            super().backup(target, **kwargs)  # type: ignore[arg-type]
        except sqlite3.Error as exc:
            raise translated(exc, self.db_path) from exc


class DirectoryDatabase(Database):
    """A sqlite-utils database whose write transactions start with ``BEGIN IMMEDIATE``.

    A deferred ``BEGIN`` takes the write lock only at the first write; if another connection
    writes meanwhile, SQLite fails that statement at once with "database is locked" (waiting
    could deadlock), whatever the busy timeout. ``BEGIN IMMEDIATE`` takes the write lock first,
    so the busy handler waits for the other writer. Nested blocks use savepoints, as before.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One write transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``), or a savepoint inside one."""
        if self.conn.in_transaction:
            with super().atomic() as db:
                yield db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def _connect(uri: str, path: object = None) -> sqlite3.Connection:
    conn = sqlite3.connect(
        uri,
        uri=True,
        timeout=BUSY_TIMEOUT_S,
        check_same_thread=False,
        factory=_Connection,
        isolation_level="IMMEDIATE",  # implicit transactions (a bare INSERT) take the write lock first too
    )
    conn.db_path = path if path is not None else "The directory file"  # type: ignore[attr-defined]
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
        raise NotSQLiteFileError(f"{path} is not a SQLite database.", path=str(path))
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
    except DirectoryError:
        raise  # damaged or busy, said by the connection itself
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
            raise BusyDatabase(busy_message(path), path=str(path)) from exc
        raise DatabaseCorruptError(f"{path} is damaged: {exc}", path=str(path)) from exc
    return app_id, version, tables


def _check_ours(path: Path, app_id: int, version: int, tables: set[str], applied: list[str]) -> None:
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and not applied):
        raise NotADirectoryDatabaseError(
            f"{path} is a SQLite database, but not a directory made by this application.", path=str(path)
        )
    unknown = [name for name in applied if name not in mig.MIGRATION_NAMES]
    if version > mig.SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"{path} was written by a newer version of the application: this file's schema {version} "
            f"is newer than this version's {mig.SCHEMA_VERSION}.",
            path=str(path),
            found=version,
            supported=mig.SCHEMA_VERSION,
        )
    if unknown:
        shown = ", ".join(unknown[:3]) + (f" and {len(unknown) - 3} more" if len(unknown) > 3 else "")
        raise SchemaTooNewError(
            f"{path} was changed by another version of the application: it has schema steps this "
            f"version does not know ({shown}).",
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
    path: Path | str,
    *,
    read_only: bool = False,
    before_upgrade: Callable[[Database], object] | None = None,
    fill_empty: bool = False,
) -> OpenedDatabase:
    """Open an existing directory database, upgrading its schema when it is writable.

    Nothing is written before the file is known to be ours, undamaged and not newer.

    :param path: the database file (must exist; see :func:`create_database`)
    :param read_only: open read-only even when the file is writable
    :param before_upgrade: called (e.g. to back the file up) before migrating a file that holds data
    :param fill_empty: make a directory of an empty (0-byte) file (the user agreed); else it is refused
    :raises DirectoryError: subclasses as listed in the module docstring
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseUnavailableError(f"{path} does not exist.", path=str(path))
    if not path.is_file():
        raise DatabaseUnavailableError(f"{path} is not a file.", path=str(path))
    has_header = _check_header(path)
    if not has_header and not fill_empty:
        raise EmptyDatabaseFileError(
            f"{path} is an empty file (0 bytes), not a directory. Nothing was written to it. To start a new "
            "directory there, delete the empty file first (or name a file that does not exist yet).",
            path=str(path),
        )
    writable = not read_only and _writable(path)
    conn = _open_connection(path, writable)
    try:
        app_id, version, tables = _inspect(conn, path)
        _check_ours(path, app_id, version, tables, _applied(conn, tables))
        db = DirectoryDatabase(conn)
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
    except DirectoryError:
        raise
    except sqlite3.OperationalError as exc:
        text = str(exc)
        where = f"{path}" if path else "The directory file"
        if "locked" in text or "busy" in text:
            message = busy_message(where)
        elif "readonly" in text or "read-only" in text:
            message = f"{where} cannot be written (read-only)."
        elif "disk" in text or "full" in text:
            message = f"{where} could not be written: {text}."
        else:
            raise
        raise DatabaseUnavailableError(message, path=str(path) if path else None) from exc


def _open_connection(path: Path, writable: bool) -> sqlite3.Connection:
    """Connect read-write, or read-only; ``immutable`` only where nobody can write (module docstring)."""
    params = "mode=rw" if writable else "mode=ro"
    try:
        return _probe(_connect(_uri(path, params), path))
    except DirectoryError:
        raise  # busy or damaged
    except sqlite3.OperationalError as exc:
        if writable:
            raise DatabaseUnavailableError(f"Cannot open {path}: {exc}", path=str(path)) from exc
        failure = exc
    # mode=ro failed without a lock in the way: a WAL file in a folder where its -shm cannot be made
    sides = [Path(f"{path}{side}") for side in ("-wal", "-shm", "-journal")]
    wal = sides[0]
    if wal.exists() and wal.stat().st_size > 0:
        raise DatabaseUnavailableError(
            f"{path} is in a read-only folder and has changes in {wal.name} that were never merged "
            "into it; opening it now would hide them. Copy both files to a writable folder and open the copy.",
            path=str(path),
        )
    if not nobody_can_write(path) and not (nobody_can_write(path.parent) and not any(p.exists() for p in sides)):
        raise DatabaseUnavailableError(
            f"Cannot open {path} read-only here ({failure}): it uses a write-ahead log and its folder cannot "
            "be written, so it could only be read without locks while another program may change it. "
            "Copy it to a writable folder and open the copy.",
            path=str(path),
        )
    return _probe(_connect(_uri(path, "immutable=1"), path))


def open_connection(path: Path | str, *, writable: bool) -> sqlite3.Connection:
    """A bare connection to ``path`` with this module's rules (locks respected; damage and busy translated)."""
    return _open_connection(Path(path), writable)


def _probe(conn: sqlite3.Connection) -> sqlite3.Connection:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, (sqlite3.OperationalError, DirectoryError)):
            path = getattr(conn, "db_path", "The file")
            raise CorruptDatabase(f"{path} is damaged: {exc}", path=str(path)) from exc
        raise
    return conn


_FS_IOC_GETFLAGS = 0x80086601  # Linux, 64-bit
_FS_IMMUTABLE_FL = 0x10


def nobody_can_write(path: Path | str) -> bool:
    """True only when no program can write ``path``: a read-only file system or an immutable file.

    Permission bits are not enough (another user, or root, may still write), so they are not asked.
    """
    path = Path(path)
    with contextlib.suppress(OSError, AttributeError):
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    with contextlib.suppress(OSError, AttributeError):
        import stat

        if os.stat(path).st_flags & (stat.UF_IMMUTABLE | stat.SF_IMMUTABLE):  # type: ignore[attr-defined]
            return True
    try:
        import array
        import fcntl

        fd = os.open(path, os.O_RDONLY)
    except (ImportError, OSError):
        return False
    try:
        buf = array.array("i", [0])
        fcntl.ioctl(fd, _FS_IOC_GETFLAGS, buf, True)
        return bool(buf[0] & _FS_IMMUTABLE_FL)
    except OSError:
        return False
    finally:
        os.close(fd)


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
    for ancestor in path.parents:  # a parent that is a file: say so (mkdir would only say "File exists")
        if ancestor.exists() or ancestor.is_symlink():
            if not ancestor.is_dir():
                raise DatabaseUnavailableError(f"Cannot create {path}: {ancestor} is not a folder.", path=str(path))
            break
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
        conn = _connect(_uri(tmp, "mode=rw"), path)
        try:
            db = DirectoryDatabase(conn)
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
