"""Download map tiles over HTTP (stdlib ``urllib``) and prefetch a planned area into a cache.

Tile servers' usage policies (OpenStreetMap's in particular) ask for an identifying
User-Agent and forbid parallel bulk downloads: :func:`prefetch` fetches one tile at a time,
and refuses servers that forbid offline prefetching altogether (see
:attr:`~directory_app.maps.tiles.TileSource.allows_prefetch`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from directory_app import __version__
from directory_app.domain.errors import TileFetchError
from directory_app.maps.tiles import MAX_TILE_BYTES, PrefetchPlan, TileSource

__all__ = ["CONTACT_URL", "USER_AGENT", "PrefetchReport", "TileStore", "fetch_tile", "prefetch"]

#: Where a tile server's operator can find who is downloading (part of the User-Agent).
CONTACT_URL = "https://github.com/directory-app/directory-app"
USER_AGENT = f"directory-app/{__version__} (+{CONTACT_URL})"
#: After this many failures in a row a prefetch stops: the server or the network is gone.
MAX_FAILURES_IN_ROW = 5
#: HTTP statuses that mean "stop asking" rather than "this tile is missing".
_STOP_STATUSES = frozenset({401, 403, 429})


class TileStore(Protocol):
    """What :func:`prefetch` needs of a cache (``directory_app.db.mbtiles.TileCache`` has it)."""

    def has(self, z: int, x: int, y: int) -> bool:
        """Whether the tile is stored."""
        ...

    def put(self, z: int, x: int, y: int, data: bytes) -> None:
        """Store the tile."""
        ...


def fetch_tile(source: TileSource, z: int, x: int, y: int, *, timeout: float = 10) -> bytes:
    """Download one tile and return its bytes.

    :raises ValueError: the tile is off the map or deeper than ``source.max_zoom``
    :raises TileFetchError: HTTP error, timeout, no connection, not an image, empty or over 1 MiB
    """
    n = 1 << z if 0 <= z <= source.max_zoom else 0
    if not (0 <= x < n and 0 <= y < n):
        raise ValueError(f"tile {z}/{x}/{y} is off the map or beyond zoom {source.max_zoom}")
    # the network modules (http.client, ssl) load on the first download, not at start-up
    import http.client
    import urllib.error
    import urllib.request

    url = source.url(z, x, y)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "image/*"})
    opener = urllib.request.build_opener()  # reads proxy settings per call
    try:
        with opener.open(request, timeout=timeout) as response:
            status = response.status
            content_type = response.headers.get_content_type()
            length = response.headers.get("Content-Length")
            if status != 200:
                raise TileFetchError(f"{url} answered HTTP {status}.", url=url, status=status)
            if not content_type.startswith("image/"):
                raise TileFetchError(f"{url} did not return an image ({content_type}).", url=url, status=status)
            if length and length.isdigit() and int(length) > MAX_TILE_BYTES:
                raise TileFetchError(f"{url} is too large ({length} bytes).", url=url, status=status)
            data = response.read(MAX_TILE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise TileFetchError(f"{url} answered HTTP {exc.code} {exc.reason}.", url=url, status=exc.code) from exc
    except urllib.error.URLError as exc:
        raise TileFetchError(f"Cannot reach {source.host}: {exc.reason}.", url=url) from exc
    except TimeoutError as exc:
        raise TileFetchError(f"{url} did not answer within {timeout:g} s.", url=url) from exc
    except (OSError, http.client.HTTPException) as exc:
        raise TileFetchError(f"Downloading {url} failed: {exc}.", url=url) from exc
    if len(data) > MAX_TILE_BYTES:
        raise TileFetchError(f"{url} is larger than {MAX_TILE_BYTES} bytes.", url=url, status=200)
    if not data:
        raise TileFetchError(f"{url} returned no data.", url=url, status=200)
    return data


@dataclass(frozen=True)
class PrefetchReport:
    """The outcome of :func:`prefetch`.

    :param fetched: tiles downloaded and stored
    :param skipped: tiles already in the cache, or deeper than the source's ``max_zoom``
    :param failed: tiles that could not be downloaded
    :param cancelled: ``progress`` asked to stop before the end
    :param error: why the prefetch stopped early on its own (server refusing, network gone), else None
    """

    fetched: int = 0
    skipped: int = 0
    failed: int = 0
    cancelled: bool = False
    error: str | None = None


def prefetch(
    plan: PrefetchPlan,
    source: TileSource,
    cache: TileStore,
    *,
    progress: Callable[[int, int], bool] | None = None,
    fetch: Callable[..., bytes] = fetch_tile,
    delay_s: float = 0.0,
    max_failures_in_row: int = MAX_FAILURES_IN_ROW,
) -> PrefetchReport:
    """Download the plan's tiles into ``cache``, one at a time, skipping tiles it already holds.

    :param progress: called with ``(done, total)`` before the first tile and after each; return
        ``False`` to cancel (the tiles stored so far stay; any other value goes on)
    :param fetch: ``fetch(source, z, x, y)`` -> bytes; :func:`fetch_tile` unless testing
    :param delay_s: pause after each download, to go easy on the server
    :param max_failures_in_row: stop after this many consecutive failures (network gone);
        HTTP 401/403/429 stop at once
    :raises TileFetchError: the source forbids prefetching (e.g. tile.openstreetmap.org)
    :raises DirectoryError: the cache cannot be written (e.g. disk full)
    """
    if not source.allows_prefetch:
        raise TileFetchError(
            f"{source.host} does not allow downloading areas for offline use; "
            "its tiles are cached only as they are viewed. Choose another tile source to prefetch.",
            url=source.url_template,
        )
    total = len(plan.tiles)
    fetched = skipped = failed = in_row = 0
    error: str | None = None
    if progress is not None and progress(0, total) is False:
        return PrefetchReport(cancelled=total > 0)
    for done, (z, x, y) in enumerate(plan.tiles, start=1):
        if z > source.max_zoom or cache.has(z, x, y):
            skipped += 1
        else:
            try:
                data = fetch(source, z, x, y)
            except TileFetchError as exc:
                failed += 1
                in_row += 1
                if exc.status in _STOP_STATUSES or in_row >= max_failures_in_row:
                    error = exc.message
                    break
            else:
                in_row = 0
                cache.put(z, x, y, data)
                fetched += 1
                if delay_s > 0:
                    time.sleep(delay_s)
        if progress is not None and progress(done, total) is False and done < total:
            return PrefetchReport(fetched, skipped, failed, cancelled=True)
    return PrefetchReport(fetched, skipped, failed, cancelled=False, error=error)
