"""Map tiles: offline basemap, tiles viewed online kept in the cache, prefetch with progress and cancel.

The online source is a real HTTP server the test starts on 127.0.0.1 and stops halfway.
"""

from __future__ import annotations

import pytest

from directory_app import config
from directory_app.maps.tiles import lonlat_to_tile
from directory_app.qt.main_window import MainWindow
from directory_app.qt.map_controller import ONLINE_KEY, TILE_URL_KEY
from directory_app.qt.tile_service import TileService
from tests.fixtures.tile_server import PNG
from tests.qt.conftest import ScriptedPrompter
from tests.qt.test_map import LOAD_TIMEOUT_MS, js

LEUVEN = (50.8798, 4.7005)


def ask(service: TileService, qtbot, z: int, x: int, y: int) -> bytes | None:
    box: list[bytes | None] = []
    service.detail_tile(z, x, y, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    return box[0]


def test_basemap_is_installed_and_answers_without_network(qtbot, tmp_path):
    service = TileService(cache_path=tmp_path / "cache.mbtiles", source=None)
    try:
        x, y = lonlat_to_tile(LEUVEN[1], LEUVEN[0], 6)
        tile = service.base_tile(6, x, y)
        assert tile is not None and tile.startswith(b"\x89PNG")
        assert service.base_tile(7, x * 2, y * 2) is None  # the basemap stops at zoom 6
        assert ask(service, qtbot, 9, 263, 171) is None  # offline and not cached: no tile, no request
        bounds = (50.7, 4.5, 51.0, 4.9)
        assert service.ready_to_zoom(bounds) == 6
    finally:
        service.close()


def test_tiles_viewed_online_are_kept_for_offline_use(qtbot, tmp_path, server):
    service = TileService(cache_path=tmp_path / "cache.mbtiles", source=server.source())
    try:
        x, y = lonlat_to_tile(LEUVEN[1], LEUVEN[0], 12)
        assert ask(service, qtbot, 12, x, y) == PNG
        assert server.requests() == 1
        assert server.agents and all(a.startswith("directory-app/") for a in server.agents)
        server.stop()
        # the network is gone: the same tile still comes, from the cache, without a request
        assert ask(service, qtbot, 12, x, y) == PNG
        assert ask(service, qtbot, 12, x + 1, y) is None  # never seen: nothing (and no hang)
        assert service.cache is not None and service.cache.has(12, x, y)
    finally:
        service.close()


@pytest.fixture
def online_window(qtbot, seeded_directory, settings, server):
    settings.setValue(ONLINE_KEY, True)
    settings.setValue(TILE_URL_KEY, f"{server.base}/tiles/{{z}}/{{x}}/{{y}}.png")
    prompter = ScriptedPrompter(choices=["download"])
    w = MainWindow(seeded_directory, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    w.resize(1100, 760)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.map.markers_shown, timeout=LOAD_TIMEOUT_MS):
        w.show_map()
    yield w, prompter
    w.close()


def test_online_map_fetches_through_the_app_and_works_offline_after_prefetch(qtbot, online_window, server):
    window, prompter = online_window
    view = window.map.view
    view.set_view(LEUVEN[0], LEUVEN[1], 11)
    qtbot.waitUntil(lambda: window.map.ready_zoom() is not None and js(qtbot, view, "dirmap.view()[4]") == 11)
    # tiles the page shows at zoom 11 came from the test server, through the application
    qtbot.waitUntil(lambda: server.requests() > 0, timeout=15000)
    assert view.interceptor.blocked == []  # the page itself never went to the network
    assert window.map.make_area_available_offline(window.prompter)
    assert "Download" in prompter.asked[-1][1] and "tiles" in prompter.asked[-1][1]
    # readiness of this area before the download: said in the question and in the status bar
    assert "Already stored for offline use:" in prompter.asked[-1][1]
    stored_before, needed = window.map.detail_ready
    assert needed > 0 and stored_before < needed
    qtbot.waitUntil(lambda: window.map.prefetch.report is not None, timeout=60000)
    report = window.map.prefetch.report
    assert report.fetched > 0 and report.failed == 0 and not report.cancelled
    assert window.map.ready_zoom() >= 14
    assert "ready to zoom" in window.map_status_label.text()
    # after it, the whole detailed map of the area is stored, and the status bar says so
    assert window.map.detail_ready == (needed, needed)
    assert "detailed map of this area: 100% stored" in window.map_status_label.text()
    server.stop()
    x, y = lonlat_to_tile(LEUVEN[1], LEUVEN[0], 13)
    assert ask(window.map.tiles, qtbot, 13, x, y) == PNG  # offline now, from the cache
    assert window.map.cache_path().exists() and window.map.cache_path().parent == config.tile_cache_path().parent


def test_openstreetmap_is_never_prefetched(qtbot, seeded_directory, settings):
    settings.setValue(ONLINE_KEY, True)  # default source: tile.openstreetmap.org
    prompter = ScriptedPrompter()
    w = MainWindow(seeded_directory, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.map.markers_shown, timeout=LOAD_TIMEOUT_MS):
        w.show_map()
    w.map.tiles.set_source(None)  # this test must not reach the real server while the page loads
    assert not w.map.make_area_available_offline(prompter)
    assert any("does not allow" in told for told in prompter.told)
    w.close()


def test_cancel_stops_the_download_and_keeps_what_came(qtbot, online_window, server):
    window, _prompter = online_window
    view = window.map.view
    view.set_view(LEUVEN[0], LEUVEN[1], 12)
    qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.view()[4]") == 12)
    qtbot.waitUntil(lambda: window.map.ready_zoom() is not None)
    assert window.map.make_area_available_offline(window.prompter)
    prefetch = window.map.prefetch
    qtbot.waitUntil(lambda: prefetch.dialog is not None and prefetch.dialog.value() >= 3, timeout=15000)
    prefetch.cancel()
    qtbot.waitUntil(lambda: prefetch.report is not None, timeout=30000)
    assert prefetch.report.cancelled
    assert 0 < prefetch.report.fetched


def test_closing_drops_queued_downloads_and_one_missing_tile_does_not_silence_the_source(qtbot, tmp_path, server):
    import time

    service = TileService(cache_path=tmp_path / "cache.mbtiles", source=server.source("slow"))
    answers: list[bytes | None] = []
    for i in range(12):
        service.detail_tile(12, 2100 + i, 1370, answers.append)
    started = time.monotonic()
    service.close()
    assert time.monotonic() - started < 5  # two downloads in flight (1 s each), the rest dropped
    assert server.requests("slow") <= 4

    service = TileService(cache_path=tmp_path / "cache2.mbtiles", source=server.source("missing"))
    try:
        assert ask(service, qtbot, 12, 2100, 1370) is None  # a 404 is one missing tile ...
        service.source = server.source()
        assert ask(service, qtbot, 12, 2101, 1370) == PNG  # ... not a reason to stop asking
    finally:
        service.close()
