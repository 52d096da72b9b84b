"""Tile downloads against a real HTTP server on 127.0.0.1, and prefetching into a real cache file."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from directory_app import __version__
from directory_app.db.mbtiles import TileCache
from directory_app.domain.errors import DirectoryError, TileFetchError
from directory_app.maps import tile_fetch
from directory_app.maps.tile_fetch import USER_AGENT, PrefetchReport, fetch_tile, prefetch
from directory_app.maps.tiles import TileSource, plan_prefetch
from tests.fixtures.tile_server import PNG, TileServer

BRUSSELS_AREA = (50.80, 4.30, 50.90, 4.45)  # south, west, north, east


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[TileCache]:
    with TileCache.open(tmp_path / "tile-cache.mbtiles") as c:
        yield c


def stop_server(server: TileServer) -> None:
    assert server.stop is not None
    server.stop()


# --------------------------------------------------------------------------- fetch_tile


def test_fetch_tile_sends_our_user_agent(server: TileServer) -> None:
    assert fetch_tile(server.source(), 10, 524, 343) == PNG
    assert server.paths == ["/tiles/10/524/343.png"]
    assert server.agents == {USER_AGENT}
    assert USER_AGENT == f"directory-app/{__version__} (+{tile_fetch.CONTACT_URL})"
    assert tile_fetch.CONTACT_URL.startswith("https://github.com/")


@pytest.mark.parametrize("kind", ["missing", "html", "big", "empty", "busy"])
def test_fetch_tile_refuses_bad_answers(server: TileServer, kind: str) -> None:
    with pytest.raises(TileFetchError) as info:
        fetch_tile(server.source(kind), 3, 1, 2)
    assert isinstance(info.value, DirectoryError)
    assert info.value.url == f"{server.base}/{kind}/3/1/2.png"
    if kind == "missing":
        assert info.value.status == 404
    if kind == "busy":
        assert info.value.status == 429


def test_fetch_tile_times_out(server: TileServer) -> None:
    started = time.monotonic()
    with pytest.raises(TileFetchError):
        fetch_tile(server.source("slow"), 3, 1, 2, timeout=0.2)
    assert time.monotonic() - started < 0.9


def test_fetch_tile_rejects_tiles_off_the_map_or_too_deep(server: TileServer) -> None:
    for z, x, y in [(2, 4, 0), (2, 0, -1), (-1, 0, 0), (15, 0, 0)]:
        with pytest.raises(ValueError):
            fetch_tile(server.source(max_zoom=14), z, x, y)
    assert server.paths == []


# --------------------------------------------------------------------------- prefetch


def test_prefetch_fills_the_cache_which_serves_after_the_server_is_gone(server: TileServer, cache: TileCache) -> None:
    source = server.source()
    plan = plan_prefetch(BRUSSELS_AREA, 8, 12, have=cache.has)
    assert 5 < len(plan.tiles) < 100 and not plan.capped
    calls: list[tuple[int, int]] = []
    report = prefetch(plan, source, cache, progress=lambda done, total: calls.append((done, total)) is None)
    assert report == PrefetchReport(fetched=len(plan.tiles), skipped=0, failed=0, cancelled=False)
    assert server.requests() == len(plan.tiles)
    assert sorted(server.paths) == sorted(f"/tiles/{z}/{x}/{y}.png" for z, x, y in plan.tiles)
    assert server.agents == {USER_AGENT}
    assert server.max_active == 1  # sequential: never two downloads at once
    assert calls[0] == (0, len(plan.tiles)) and calls[-1] == (len(plan.tiles), len(plan.tiles))

    again = prefetch(plan, source, cache)
    assert again == PrefetchReport(fetched=0, skipped=len(plan.tiles))
    assert server.requests() == len(plan.tiles)
    assert plan_prefetch(BRUSSELS_AREA, 8, 12, have=cache.has).tiles == []

    stop_server(server)
    for z, x, y in plan.tiles:
        assert cache.get(z, x, y) == PNG
    with pytest.raises(TileFetchError):
        fetch_tile(source, 13, 4200, 2750, timeout=2)
    deeper = plan_prefetch(BRUSSELS_AREA, 13, 14, have=cache.has)
    report = prefetch(deeper, source, cache, fetch=lambda *a: fetch_tile(*a, timeout=2))
    assert report.fetched == 0
    assert report.failed == tile_fetch.MAX_FAILURES_IN_ROW
    assert report.error and not report.cancelled
    assert cache.tile_count() == len(plan.tiles)


def test_prefetch_cancel_halfway(server: TileServer, cache: TileCache) -> None:
    plan = plan_prefetch(BRUSSELS_AREA, 8, 12)
    total = len(plan.tiles)
    half = total // 2
    report = prefetch(plan, server.source(), cache, progress=lambda done, _total: done < half)
    assert report.cancelled
    assert report.fetched == half
    assert server.requests() == half
    assert cache.tile_count() == half
    assert prefetch(plan, server.source(), cache, progress=lambda done, _total: False) == PrefetchReport(cancelled=True)
    assert server.requests() == half


def test_prefetch_respects_the_plan_cap(server: TileServer, cache: TileCache) -> None:
    plan = plan_prefetch(BRUSSELS_AREA, 8, 16, cap=7)
    assert plan.capped and len(plan.tiles) == 7
    report = prefetch(plan, server.source(), cache)
    assert report.fetched == 7
    assert server.requests() == 7


def test_prefetch_skips_tiles_deeper_than_the_source(server: TileServer, cache: TileCache) -> None:
    plan = plan_prefetch(BRUSSELS_AREA, 9, 11)
    report = prefetch(plan, server.source(max_zoom=10), cache)
    deeper = sum(1 for z, _, _ in plan.tiles if z > 10)
    assert deeper > 0
    assert report == PrefetchReport(fetched=len(plan.tiles) - deeper, skipped=deeper)


def test_prefetch_stops_when_the_server_says_slow_down(server: TileServer, cache: TileCache) -> None:
    plan = plan_prefetch(BRUSSELS_AREA, 8, 10)
    report = prefetch(plan, server.source("busy"), cache)
    assert report.failed == 1 and report.fetched == 0
    assert report.error and "429" in report.error
    assert server.requests("busy") == 1


def test_prefetch_counts_failures_and_goes_on(cache: TileCache) -> None:
    plan = plan_prefetch(BRUSSELS_AREA, 8, 10)
    source = TileSource("http://tiles.invalid/{z}/{x}/{y}.png", "© test")
    seen: list[tuple[int, int, int]] = []

    def flaky(src: TileSource, z: int, x: int, y: int) -> bytes:
        seen.append((z, x, y))
        if len(seen) % 2:
            raise TileFetchError("flaky", url=src.url(z, x, y), status=500)
        return PNG

    report = prefetch(plan, source, cache, fetch=flaky)
    assert report.failed + report.fetched == len(plan.tiles)
    assert report.failed == (len(plan.tiles) + 1) // 2
    assert report.error is None


def test_prefetch_waits_between_downloads(monkeypatch: pytest.MonkeyPatch, cache: TileCache) -> None:
    slept: list[float] = []
    monkeypatch.setattr(tile_fetch.time, "sleep", slept.append)
    plan = plan_prefetch(BRUSSELS_AREA, 8, 9)
    source = TileSource("http://tiles.invalid/{z}/{x}/{y}.png", "© test")
    prefetch(plan, source, cache, fetch=lambda *a: PNG, delay_s=0.5)
    assert slept == [0.5] * len(plan.tiles)


def test_prefetch_refuses_openstreetmap(cache: TileCache) -> None:
    plan = plan_prefetch(BRUSSELS_AREA, 8, 9)

    def must_not_fetch(*args: object) -> bytes:
        raise AssertionError("fetched from tile.openstreetmap.org")

    with pytest.raises(TileFetchError, match="offline"):
        prefetch(plan, TileSource(), cache, fetch=must_not_fetch)
    assert cache.tile_count() == 0
