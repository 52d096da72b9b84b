"""MBTiles files: the read-only offline basemap and the writable cache of tiles fetched online.

Coordinates in this API are always XYZ (``y = 0`` at the top, as in Leaflet and OpenStreetMap
URLs); MBTiles stores rows in **TMS order**, so every query flips ``tile_row = 2**z - 1 - y``.

One connection per object, opened with ``check_same_thread=False`` and used under a lock: the
Qt URL scheme handler reads on the GUI thread while a prefetch worker writes from another.
SQLite errors never leave this module raw; they become
:class:`~directory_app.domain.errors.DirectoryError` subclasses (callers outside ``db`` cannot
import ``sqlite3``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import quote

from directory_app.domain.errors import (
    DatabaseCorruptError,
    DatabaseUnavailableError,
    NotADirectoryDatabaseError,
    ReadOnlyError,
)

__all__ = ["MAX_CACHE_ZOOM", "MAX_TILE_BYTES", "MBTILES_APPLICATION_ID", "MBTiles", "TileCache"]

#: Largest tile accepted into the cache (same limit as ``directory_app.maps.tile_fetch``).
MAX_TILE_BYTES = 1024 * 1024
#: Highest zoom the cache stores (OpenStreetMap's standard tiles stop at 19).
MAX_CACHE_ZOOM = 19
#: ``PRAGMA application_id`` registered for MBTiles ("MPBX").
MBTILES_APPLICATION_ID = 0x4D504258

_SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY_TIMEOUT_S = 10.0
_MAX_READ_ZOOM = 30  # deeper than any real tile set; keeps 2**z well inside SQLite integers

_CACHE_SCHEMA = """
CREATE TABLE IF NOT EXISTS metadata (name TEXT NOT NULL PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS tiles (
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    tile_data BLOB NOT NULL,
    fetched_at REAL NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row);
CREATE INDEX IF NOT EXISTS tiles_fetched_at ON tiles (fetched_at);
"""


def _uri(path: Path, params: str) -> str:
    return "file:" + quote(str(path.resolve())) + "?" + params


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {int(_BUSY_TIMEOUT_S * 1000)}")
    return conn


@contextlib.contextmanager
def _translated(path: Path) -> Iterator[None]:
    """Turn SQLite errors into the application's errors, worded for the user."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "readonly" in text or "read-only" in text:
            raise ReadOnlyError(f"{path} cannot be written (read-only).", path=str(path)) from exc
        if "locked" in text or "busy" in text:
            raise DatabaseUnavailableError(f"{path} is busy in another program. Try again.", path=str(path)) from exc
        raise DatabaseUnavailableError(f"{path} could not be used: {text}.", path=str(path)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorruptError(f"{path} is damaged: {exc}", path=str(path)) from exc


def _check_file(path: Path) -> bool:
    """True when ``path`` is a SQLite file, False when it is empty; raise when missing or foreign."""
    if not path.is_file():
        raise DatabaseUnavailableError(f"{path} does not exist or is not a file.", path=str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailableError(f"Cannot read {path}: {exc.strerror}", path=str(path)) from exc
    if head and head != _SQLITE_HEADER:
        raise DatabaseCorruptError(f"{path} is not a SQLite database.", path=str(path))
    return bool(head)


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back when anything fails, the commit included."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _tms_row(z: int, y: int) -> int:
    return (1 << z) - 1 - y


def _in_range(z: int, x: int, y: int) -> bool:
    return 0 <= z <= _MAX_READ_ZOOM and 0 <= x < (1 << z) and 0 <= y < (1 << z)


class MBTiles:
    """An MBTiles tile set opened through one thread-safe SQLite connection.

    Use :meth:`open_read_only` (or :meth:`TileCache.open` for the writable cache); the
    constructor takes an already-open connection and is not meant to be called directly.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._lock = threading.RLock()
        self.path = path
        self.read_only = read_only

    # ------------------------------------------------------------------ opening

    @classmethod
    def open_read_only(cls, path: Path | str) -> Self:
        """Open an existing MBTiles file without ever writing to it.

        ``mode=ro`` normally; ``immutable=1`` when the folder is read-only (e.g. a system-wide
        install), where SQLite could not create its side files.

        :raises DatabaseUnavailableError: the file is missing or cannot be opened
        :raises DatabaseCorruptError: not a SQLite file, or damaged
        :raises NotADirectoryDatabaseError: a SQLite file without a ``tiles`` table or view
        """
        path = Path(path)
        if not _check_file(path):
            raise NotADirectoryDatabaseError(f"{path} is empty, not an MBTiles tile set.", path=str(path))
        if os.access(path.parent, os.W_OK):
            params = "mode=ro"
        else:
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise DatabaseUnavailableError(
                    f"{path} is in a read-only folder with unmerged changes in {wal.name}.", path=str(path)
                )
            params = "immutable=1"
        with _translated(path):
            conn = _connect(_uri(path, params))
        try:
            cls._check_tiles_table(conn, path)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, read_only=True)

    @staticmethod
    def _check_tiles_table(conn: sqlite3.Connection, path: Path) -> set[str]:
        """Return the column names of ``tiles``; raise when it is missing."""
        with _translated(path):
            kinds = dict(conn.execute("SELECT name, type FROM sqlite_master WHERE name IN ('tiles', 'metadata')"))
            if kinds.get("tiles") not in ("table", "view"):
                raise NotADirectoryDatabaseError(
                    f"{path} is a SQLite database, but not an MBTiles tile set (no tiles table).", path=str(path)
                )
            columns = {row[1] for row in conn.execute("PRAGMA table_info(tiles)")}
        needed = {"zoom_level", "tile_column", "tile_row", "tile_data"}
        if not needed <= columns:
            raise NotADirectoryDatabaseError(
                f"{path} has a tiles table without the MBTiles columns {sorted(needed - columns)}.", path=str(path)
            )
        return columns

    # ------------------------------------------------------------------ use

    @contextlib.contextmanager
    def _use(self) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock, with SQLite errors translated."""
        with self._lock:
            if self._conn is None:
                raise DatabaseUnavailableError(f"{self.path} is closed.", path=str(self.path))
            with _translated(self.path):
                yield self._conn

    def get(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ ``(z, x, y)``, or None when the set does not hold it (or it is off the map)."""
        if not _in_range(z, x, y):
            return None
        with self._use() as conn:
            row = conn.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                (z, x, _tms_row(z, y)),
            ).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def has(self, z: int, x: int, y: int) -> bool:
        """Whether the tile at XYZ ``(z, x, y)`` is held, without reading its data."""
        if not _in_range(z, x, y):
            return False
        with self._use() as conn:
            row = conn.execute(
                "SELECT 1 FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ? LIMIT 1",
                (z, x, _tms_row(z, y)),
            ).fetchone()
        return row is not None

    def count_in(self, z: int, x0: int, x1: int, y0: int, y1: int) -> int:
        """Number of tiles held at zoom ``z`` with ``x0 <= x <= x1`` and ``y0 <= y <= y1`` (XYZ, inclusive)."""
        if not 0 <= z <= _MAX_READ_ZOOM or x0 > x1 or y0 > y1:
            return 0
        with self._use() as conn:
            row = conn.execute(
                "SELECT count(*) FROM tiles WHERE zoom_level = ? AND tile_column BETWEEN ? AND ?"
                " AND tile_row BETWEEN ? AND ?",
                (z, x0, x1, _tms_row(z, y1), _tms_row(z, y0)),
            ).fetchone()
        return int(row[0])

    def metadata(self) -> dict[str, str]:
        """The ``metadata`` table as a dict (empty when the file has none)."""
        with self._use() as conn:
            exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'metadata'").fetchone()
            if not exists:
                return {}
            return {str(name): str(value) for name, value in conn.execute("SELECT name, value FROM metadata")}

    def zoom_levels(self) -> list[int]:
        """The zoom levels that hold at least one tile, ascending."""
        with self._use() as conn:
            return [int(r[0]) for r in conn.execute("SELECT DISTINCT zoom_level FROM tiles ORDER BY zoom_level")]

    def mean_tile_bytes(self) -> int | None:
        """Average tile size in bytes, or None for an empty set (for download estimates)."""
        with self._use() as conn:
            row = conn.execute("SELECT avg(length(tile_data)) FROM tiles").fetchone()
        return round(row[0]) if row and row[0] is not None else None

    def close(self) -> None:
        """Close the connection; later calls raise :class:`DatabaseUnavailableError`. Idempotent."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class TileCache(MBTiles):
    """A writable MBTiles file of tiles fetched online, with a ``fetched_at`` time per tile.

    WAL journal: every write is one transaction, so a crash or power cut never corrupts the
    file (at worst the last write is lost). Other MBTiles readers can open it as a normal
    tile set.
    """

    def __init__(
        self, conn: sqlite3.Connection, path: Path, *, read_only: bool, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(conn, path, read_only=read_only)
        self._clock = clock

    @classmethod
    def open(cls, path: Path | str, *, clock: Callable[[], float] = time.time) -> Self:
        """Open the cache at ``path`` for writing, creating it (and its folder) when missing.

        :param clock: seconds since the epoch for ``fetched_at`` (tests pass a fake clock)
        :raises DatabaseUnavailableError: cannot create or write the file
        :raises DatabaseCorruptError: not SQLite, or damaged
        :raises NotADirectoryDatabaseError: another SQLite file (e.g. a plain MBTiles basemap), never written
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailableError(f"Cannot create {path.parent}: {exc.strerror}", path=str(path)) from exc
        if path.exists():
            _check_file(path)
        with _translated(path):
            conn = _connect(_uri(path, "mode=rwc"))
        try:
            with _translated(path):
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
                if tables:
                    columns = cls._check_tiles_table(conn, path)
                    if "fetched_at" not in columns:
                        raise NotADirectoryDatabaseError(
                            f"{path} is an MBTiles file but not a tile cache of this application.", path=str(path)
                        )
                else:
                    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # only takes effect before the first table
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: no corruption, may lose the last write
                if not tables:
                    with _transaction(conn):
                        for statement in _CACHE_SCHEMA.split(";"):
                            if statement.strip():
                                conn.execute(statement)
                        conn.executemany(
                            "INSERT OR IGNORE INTO metadata (name, value) VALUES (?, ?)",
                            [("name", "directory-app tile cache"), ("format", "png"), ("type", "baselayer")],
                        )
                        conn.execute(f"PRAGMA application_id = {MBTILES_APPLICATION_ID}")
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, read_only=False, clock=clock)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction under the lock; rolled back on any error."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only.", path=str(self.path))
        with self._use() as conn, _transaction(conn):
            yield conn

    def put(self, z: int, x: int, y: int, data: bytes) -> None:
        """Store (or replace) the tile at XYZ ``(z, x, y)`` and stamp it as fetched now.

        :raises ValueError: zoom outside 0..19, x/y off the map, or data empty or over 1 MiB
        """
        if not 0 <= z <= MAX_CACHE_ZOOM:
            raise ValueError(f"zoom {z} is outside 0..{MAX_CACHE_ZOOM}")
        if not _in_range(z, x, y):
            raise ValueError(f"tile {z}/{x}/{y} is off the map")
        if not isinstance(data, bytes | bytearray | memoryview):
            raise TypeError("tile data must be bytes")
        data = bytes(data)
        if not data:
            raise ValueError("tile data is empty")
        if len(data) > MAX_TILE_BYTES:
            raise ValueError(f"tile {z}/{x}/{y} has {len(data)} bytes, more than the {MAX_TILE_BYTES} allowed")
        with self._write() as conn:
            conn.execute(
                "INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data, fetched_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (zoom_level, tile_column, tile_row)"
                " DO UPDATE SET tile_data = excluded.tile_data, fetched_at = excluded.fetched_at",
                (z, x, _tms_row(z, y), data, float(self._clock())),
            )

    def size_bytes(self) -> int:
        """Total size of the stored tile data in bytes (the file itself is somewhat larger)."""
        with self._use() as conn:
            return int(conn.execute("SELECT coalesce(sum(length(tile_data)), 0) FROM tiles").fetchone()[0])

    def tile_count(self) -> int:
        """Number of tiles stored."""
        with self._use() as conn:
            return int(conn.execute("SELECT count(*) FROM tiles").fetchone()[0])

    def evict_to(self, max_bytes: int) -> int:
        """Delete the least recently fetched tiles until :meth:`size_bytes` is at most ``max_bytes``.

        One transaction; free pages are then returned to the file system.

        :return: the number of tiles removed
        """
        if max_bytes < 0:
            raise ValueError("max_bytes must be >= 0")
        with self._write() as conn:
            # Keep the newest tiles while their running total fits; delete everything older.
            removed = conn.execute(
                "DELETE FROM tiles WHERE rowid IN ("
                " SELECT rowid FROM ("
                "  SELECT rowid, sum(length(tile_data)) OVER (ORDER BY fetched_at DESC, rowid DESC) AS running"
                "  FROM tiles)"
                " WHERE running > ?)",
                (max_bytes,),
            ).rowcount
        if removed:
            self._vacuum()
        return removed

    def clear(self) -> None:
        """Delete every tile (the metadata stays)."""
        with self._write() as conn:
            conn.execute("DELETE FROM tiles")
        self._vacuum()

    def _vacuum(self) -> None:
        with self._use() as conn:
            # executescript steps the pragma to the end; execute() would free a single page.
            conn.executescript("PRAGMA incremental_vacuum;")
