"""Tiles for the map page: the offline basemap, the user's tile cache, and (if chosen) an online source.

Online tiles are fetched by the application, never by the page: at most two downloads at a
time with an identifying User-Agent (the OpenStreetMap tile policy), each stored in the cache
so that the same view works offline later. After a failed download the source is left alone
for a while, so a machine without network is not slowed down by retries.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from directory_app.db.mbtiles import MBTiles, TileCache
from directory_app.domain.errors import DirectoryError, TileFetchError
from directory_app.maps.tile_fetch import fetch_tile
from directory_app.maps.tiles import Bounds, TileSource, any_has, basemap_path, ready_to_zoom

RETRY_AFTER_FAILURE_S = 30.0
BACK_OFF_STATUSES = frozenset({401, 403, 429})
MAX_QUEUED = 64  # tiles waiting for a download; older requests are dropped (the view has moved on)
READINESS_ZOOMS = range(0, 17)


class _Fetched(QObject):
    done = Signal(int, int, int, object, bool)  # z, x, y, bytes | None, "the server or network is gone"


class _FetchJob(QRunnable):
    def __init__(self, source: TileSource, tile: tuple[int, int, int], signals: _Fetched) -> None:
        super().__init__()
        self._source, self._tile, self._signals = source, tile, signals

    def run(self) -> None:
        z, x, y = self._tile
        gone = False
        try:
            data: bytes | None = fetch_tile(self._source, z, x, y)
        except TileFetchError as exc:
            data = None
            gone = exc.status is None or exc.status in BACK_OFF_STATUSES  # no answer, or "stop asking"
        except (DirectoryError, ValueError, OSError):
            data = None
        self._signals.done.emit(z, x, y, data, gone)


class TileService(QObject):
    """Answers the map's tile requests (see ``MapSchemeHandler.base_tile`` / ``detail_tile``).

    :param basemap: the offline basemap file (``None``: find the installed one)
    :param cache_path: the user's tile cache (created when first written)
    :param source: the online source, or ``None`` to stay offline
    """

    cache_changed = Signal()

    def __init__(
        self,
        *,
        basemap: Path | None = None,
        cache_path: Path | None = None,
        source: TileSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        path = basemap or basemap_path()
        self.basemap: MBTiles | None = None
        if path is not None and path.exists():
            try:
                self.basemap = MBTiles.open_read_only(path)
            except DirectoryError:
                self.basemap = None
        self.cache: TileCache | None = None
        if cache_path is not None:
            try:
                self.cache = TileCache.open(cache_path)
            except (DirectoryError, OSError):
                self.cache = None
        self.source = source
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # the OpenStreetMap tile policy: no more than two at once
        self._signals = _Fetched(self)
        self._signals.done.connect(self._fetched)
        self._waiting: dict[tuple[int, int, int], list[Callable[[bytes | None], None]]] = {}
        self._quiet_until = 0.0
        self._queued: list[tuple[tuple[int, int, int], _FetchJob]] = []
        self._closed = False
        self.downloads = 0

    def base_tile(self, z: int, x: int, y: int) -> bytes | None:
        """A tile of the offline basemap."""
        return self.basemap.get(z, x, y) if self.basemap is not None else None

    def detail_tile(self, z: int, x: int, y: int, respond: Callable[[bytes | None], None]) -> None:
        """A tile from the cache, else (online) downloaded, cached and then given to ``respond``."""
        data = self.cache.get(z, x, y) if self.cache is not None else None
        if data is not None or self.source is None or time.monotonic() < self._quiet_until:
            respond(data)
            return
        key = (z, x, y)
        if key in self._waiting:
            self._waiting[key].append(respond)
            return
        if self._closed:
            respond(None)
            return
        self._waiting[key] = [respond]
        job = _FetchJob(self.source, key, self._signals)
        job.setAutoDelete(False)  # kept (and freed) by Python: it may be taken back from the queue
        self._queued.append((key, job))
        if len(self._queued) > MAX_QUEUED:
            # the oldest requests are for views the user has left: answer them "none" now
            old_key, old_job = self._queued.pop(0)
            if self._pool.tryTake(old_job):
                for waiting in self._waiting.pop(old_key, []):
                    waiting(None)
        self._pool.start(job)

    def _fetched(self, z: int, x: int, y: int, data: object, gone: bool = False) -> None:
        self._queued = [(k, j) for k, j in self._queued if k != (z, x, y)]
        if self._closed:
            return
        tile = data if isinstance(data, bytes) else None
        if tile is None:
            if gone:  # no answer, or the server says stop: leave it alone for a while
                self._quiet_until = time.monotonic() + RETRY_AFTER_FAILURE_S
        else:
            self.downloads += 1
            if self.cache is not None:
                try:
                    self.cache.put(z, x, y, tile)
                    self.cache_changed.emit()
                except (DirectoryError, ValueError, OSError):
                    pass
        for respond in self._waiting.pop((z, x, y), []):
            respond(tile)

    def has_offline(self, z: int, x: int, y: int) -> bool:
        """Whether the tile can be shown without network (basemap or cache)."""
        checks = [s.has for s in (self.basemap, self.cache) if s is not None]
        return any_has(*checks)(z, x, y) if checks else False

    def ready_to_zoom(self, bounds: Bounds) -> int | None:
        """The deepest zoom to which the whole view is available offline."""
        return ready_to_zoom(bounds, READINESS_ZOOMS, self.has_offline)

    def set_source(self, source: TileSource | None) -> None:
        """Go online with ``source``, or offline (``None``)."""
        self.source = source
        self._quiet_until = 0.0

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for downloads in flight (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def close(self) -> None:
        """Drop queued downloads, wait for those in flight (a few seconds at most), release the files."""
        self._closed = True
        self._pool.clear()
        self._queued.clear()
        self._pool.waitForDone(12000)
        for store in (self.basemap, self.cache):
            if store is not None:
                store.close()
        self.basemap = self.cache = None
