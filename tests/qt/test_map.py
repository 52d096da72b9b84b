"""The map in a real QtWebEngine page, offscreen: offline, in step with the list, and safe with hostile data."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from directory_app.directory import Directory
from directory_app.importers.seed import write_seed
from directory_app.qt.main_window import MainWindow
from tests.fixtures.shipped_seed import shipped_located
from tests.fixtures.small_seed import make_facilities

HOSTILE_NAME = '<img src=x onerror="window.__xss=1">Evil & Co'
HOSTILE_CITY = "</script><script>window.__xss=2</script>"
LOAD_TIMEOUT_MS = 30000


def js(qtbot, view, script: str):
    """Evaluate ``script`` in the map page and return its (JSON-decoded) value."""
    box: list[object] = []
    view.run_js(f"JSON.stringify({script})", box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    value = box[0]
    return None if value in (None, "undefined") else json.loads(value)  # type: ignore[arg-type]


def open_map(qtbot, window: MainWindow) -> None:
    """Show the map tab and wait until it shows the current result."""
    with qtbot.waitSignal(window.map.markers_shown, timeout=LOAD_TIMEOUT_MS):
        window.show_map()


def map_window(qtbot, directory: Directory, settings) -> MainWindow:
    """A shown main window on ``directory`` with its map open and showing the result."""
    w = MainWindow(directory, settings=settings)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    open_map(qtbot, w)
    return w


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    w = map_window(qtbot, seeded_directory, settings)
    yield w
    w.close()


def wait_markers(qtbot, window: MainWindow, expected: int) -> None:
    qtbot.waitUntil(lambda: js(qtbot, window.map.view, "dirmap.stats().markers") == expected, timeout=15000)


def test_page_loads_leaflet_and_every_located_facility_offline(qtbot, window):
    view = window.map.view
    assert js(qtbot, view, "typeof L") == "object"
    assert js(qtbot, view, "typeof L.markerClusterGroup") == "function"
    located = len(window.result.points())
    assert located == shipped_located()
    wait_markers(qtbot, window, located)
    # every resource the page used came from this process; nothing was even attempted outside
    urls = js(
        qtbot,
        view,
        "Array.from(document.querySelectorAll('script[src], link[href], img[src]')).map(e => e.src || e.href)",
    )
    assert urls and all(u.startswith(("dirapp:", "data:")) for u in urls), urls
    assert view.interceptor.blocked == []
    assert view.page.console_errors == []
    # the offline basemap answered tiles
    assert view.handler.requests.get("tiles", 0) > 0


def test_map_shows_exactly_the_current_search(qtbot, window):
    window.search_bar.set_text("kind:cgt_production country:NL")
    expected = window.result.count
    assert 0 < expected < shipped_located()
    wait_markers(qtbot, window, expected)
    window.search_bar.set_text("")
    wait_markers(qtbot, window, shipped_located())


def test_user_pan_and_zoom_survive_a_new_result(qtbot, window):
    view = window.map.view
    view.set_view(50.88, 4.70, 11)
    qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.view()[4]") == 11)
    before = js(qtbot, view, "dirmap.view()")
    with qtbot.waitSignal(window.map.markers_shown, timeout=LOAD_TIMEOUT_MS):
        window.search_bar.set_text("kind:incubator")
    assert js(qtbot, view, "dirmap.view()") == before
    # ... until the user asks to zoom to the result
    window.zoom_map_to_results()
    qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.view()") != before)


def test_selecting_rows_rings_their_markers(qtbot, window):
    window.table.select_facility("necstgen-mirai-house-leiden-bio-science-park")
    qtbot.waitUntil(lambda: js(qtbot, window.map.view, "dirmap.stats().highlighted") == 1)
    window.table.selectAll()
    qtbot.waitUntil(lambda: js(qtbot, window.map.view, "dirmap.stats().highlighted") == shipped_located())


def test_clicking_a_marker_selects_the_facility_in_the_list(qtbot, window):
    wait_markers(qtbot, window, shipped_located())
    target = "cellistic-mont-saint-guibert-former-celyad-manufacturing"
    view = window.map.view
    assert js(qtbot, view, f"dirmap.reveal({json.dumps(target)})")
    qtbot.waitUntil(lambda: js(qtbot, view, f"dirmap.markerPoint({json.dumps(target)})") is not None, timeout=10000)
    qtbot.wait(400)  # let the zoom or spiderfy animation settle
    x, y = js(qtbot, view, f"dirmap.markerPoint({json.dumps(target)})")
    # a real mouse click on the marker reaches the list through the WebChannel
    with qtbot.waitSignal(window.map.facility_clicked, timeout=10000) as signal:
        QTest.mouseClick(view.view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert signal.args == [target]
    qtbot.waitUntil(lambda: window.table.current_facility() is not None)
    assert window.table.current_facility().id == target
    assert window.details.browser.toPlainText().startswith("Cellistic")


def test_search_this_area_filters_the_list_to_the_visible_extent(qtbot, window):
    view = window.map.view
    view.set_view(50.85, 4.40, 10)
    qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.view()[4]") == 10)
    south, west, north, east, _zoom = js(qtbot, view, "dirmap.view()")
    with qtbot.waitSignal(window.map.markers_shown, timeout=LOAD_TIMEOUT_MS):
        window.search_map_area()
    assert "box:" in window.search_bar.text()
    inside = {p[0] for p in window.directory.search("").points() if south <= p[1] <= north and west <= p[2] <= east}
    assert inside and len(inside) < shipped_located()
    assert set(window.result.ids) == inside


def test_near_here_searches_around_the_point_and_draws_the_radius(qtbot, window):
    view = window.map.view
    with qtbot.waitSignal(window.map.markers_shown, timeout=LOAD_TIMEOUT_MS):
        view.run_js("dirmap.requestNear(50.8798, 4.7005, 10)")
    assert window.search_bar.text() == "near:50.8798,4.7005 within:10km"
    assert window.result.count > 0
    assert js(qtbot, view, "dirmap.stats().circles") == 1
    assert window.model.has_distances()


@pytest.fixture
def hostile_window(qtbot, tmp_path, settings):
    rows = make_facilities(6)
    rows[0] = replace(rows[0], name=HOSTILE_NAME, city=HOSTILE_CITY)
    seed = tmp_path / "hostile.csv"
    write_seed(seed, rows)
    directory = Directory.open(tmp_path / "hostile.sqlite", seed_file=seed)
    w = map_window(qtbot, directory, settings)
    yield w, rows[0].id
    w.close()
    directory.close()


def test_text_from_data_is_shown_as_text_and_never_runs(qtbot, hostile_window):
    window, hostile_id = hostile_window
    view = window.map.view
    with qtbot.waitSignal(window.map.markers_shown, timeout=LOAD_TIMEOUT_MS):
        window.search_bar.set_text(f"id:{hostile_id}")
    js(qtbot, view, f"(dirmap.showPopup({json.dumps(hostile_id)}), true)")
    qtbot.waitUntil(lambda: js(qtbot, view, "document.querySelector('.dir-popup-name') !== null"))
    qtbot.waitUntil(lambda: HOSTILE_CITY in (js(qtbot, view, "document.querySelector('.dir-popup-meta').textContent")))
    assert js(qtbot, view, "document.querySelector('.dir-popup-name').textContent") == HOSTILE_NAME
    assert js(qtbot, view, "document.querySelectorAll('.leaflet-popup img, .leaflet-marker-pane img').length") == 0
    qtbot.wait(300)  # an injected onerror would have fired by now
    assert js(qtbot, view, "window.__xss === undefined")


@pytest.fixture(scope="module")
def large_directory_file(tmp_path_factory):
    from tests.benchmarks.synthetic import build_database

    return build_database(tmp_path_factory.mktemp("large") / "large.sqlite", 6000)


@pytest.fixture
def large_window(qtbot, large_directory_file, settings):
    directory = Directory.open(large_directory_file)
    w = map_window(qtbot, directory, settings)
    yield w
    w.close()
    directory.close()


def test_large_results_are_clustered_on_screen_and_stay_in_step(qtbot, large_window):
    window = large_window
    view = window.map.view
    stats = js(qtbot, view, "dirmap.stats()")
    assert stats["mode"] == "grid" and stats["markers"] == 6000
    assert 0 < stats["drawn"] < 400  # only what is on screen, clustered
    window.search_bar.set_text("kind:cgt_production")
    expected = window.result.count
    assert 0 < expected < 3000
    wait_markers(qtbot, window, expected)
    assert js(qtbot, view, "dirmap.stats().mode") == "cluster"
    window.search_bar.set_text("")
    wait_markers(qtbot, window, 6000)


def test_a_large_first_result_is_fitted_before_it_is_reported(qtbot, large_window):
    """The first map of a large result jumps to the fitted view, and markers_shown comes after the jump."""
    view = large_window.map.view
    south, west, north, east, zoom = js(qtbot, view, "dirmap.view()")  # read at once after markers_shown
    points = large_window.result.points()
    lats = [p[1] for p in points]
    lons = [p[2] for p in points]
    assert south <= min(lats) and max(lats) <= north and west <= min(lons) and max(lons) <= east
    assert (north - south) < 3 * (max(lats) - min(lats))  # fitted, not the world
    stats = js(qtbot, view, "dirmap.stats()")
    assert stats["mode"] == "grid" and 0 < stats["drawn"] < 400 and zoom >= 5


def test_large_result_marker_click_reaches_the_list(qtbot, large_window):
    window = large_window
    view = window.map.view
    target = window.result.page(2500, 1)[0]
    assert js(qtbot, view, f"dirmap.reveal({json.dumps(target)})")
    qtbot.waitUntil(lambda: js(qtbot, view, f"dirmap.markerPoint({json.dumps(target)})") is not None, timeout=10000)
    x, y = js(qtbot, view, f"dirmap.markerPoint({json.dumps(target)})")
    with qtbot.waitSignal(window.map.facility_clicked, timeout=10000) as signal:
        QTest.mouseClick(view.view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert signal.args == [target]
    qtbot.waitUntil(lambda: getattr(window.table.current_facility(), "id", None) == target)
    qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.stats().highlighted") == 1)


def test_keyboard_way_to_a_marker_and_a_snapshot_for_handouts(qtbot, seeded_directory, settings):
    w = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(w)
    w.resize(1100, 760)
    w.show()
    qtbot.waitExposed(w)
    target = "biopartner-center-leiden"
    assert w.select_facility(target)
    with qtbot.waitSignal(w.map.markers_shown, timeout=LOAD_TIMEOUT_MS):
        w.show_on_map_action.trigger()  # Ctrl+M: the map opens on the current facility
    view = w.map.view
    qtbot.waitUntil(lambda: js(qtbot, view, "document.querySelector('.dir-popup-name') !== null"), timeout=10000)
    assert js(qtbot, view, "document.querySelector('.dir-popup-name').textContent") == "BioPartner Center Leiden"
    image = view.snapshot()
    assert image.width() > 300 and image.height() > 300
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 37) for y in range(0, image.height(), 41)}
    # a drawn map, not a blank page (the offline vector map is flat colours: sea, land, lines, labels, markers)
    assert len(colours) > 6
    w.close()


@pytest.mark.parametrize("saved", ["[52.1, 5.1, 11]", "[NaN, 4, 8]", "[50, 4, 1e999]", '["x"]', "[91, 400, -3]"])
def test_reopening_on_the_map_tab_restores_its_view_and_settings(qtbot, seeded_directory, settings, saved):
    settings.setValue("state/view_tab", 1)
    settings.setValue("state/map_view", saved)
    settings.setValue("map/online_tiles", True)
    settings.setValue("map/tile_url", "http://127.0.0.1:9/{z}/{x}/{y}.png")  # nothing listens: never reached
    w = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitUntil(lambda: w.map.view is not None and w.map.view.shown_gen > 0, timeout=LOAD_TIMEOUT_MS)
    assert w.views.currentIndex() == 1
    assert w.map.tiles.source is not None and w.map.tiles.source.host == "127.0.0.1"  # read outside "state/"
    view = js(qtbot, w.map.view, "dirmap.view()")
    if saved == "[52.1, 5.1, 11]":
        assert view[4] == 11 and view[0] < 52.1 < view[2]
    else:
        assert all(isinstance(v, (int, float)) for v in view)  # a bad saved view falls back to the default
    w.close()


def test_show_on_map_right_after_a_new_search_waits_for_that_result(qtbot, window):
    window.search_bar.set_text("kind:accelerator")
    located = sum(1 for f in window.directory.facilities(window.result.ids) if f.has_coordinates)
    assert 0 < located < window.result.count  # national programmes have no point and no marker
    qtbot.waitUntil(lambda: js(qtbot, window.map.view, "dirmap.stats().markers") == located)
    window.search_bar.set_text("kind:incubator")
    window.select_facility("biopartner-center-leiden")
    window.show_on_map_action.trigger()
    view = window.map.view
    qtbot.waitUntil(lambda: js(qtbot, view, "document.querySelector('.dir-popup-name') !== null"), timeout=10000)
    assert js(qtbot, view, "document.querySelector('.dir-popup-name').textContent") == "BioPartner Center Leiden"


def test_areas_searched_from_another_world_copy_are_wrapped(qtbot, window):
    view = window.map.view
    view.set_view(50.85, 4.40 + 360, 9)
    qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.view()[4]") == 9)
    with qtbot.waitSignal(window.map.markers_shown, timeout=LOAD_TIMEOUT_MS):
        window.search_map_area()
    assert "box:" in window.search_bar.text() and window.result.count > 0


def test_large_result_popup_stays_open_when_the_map_moves(qtbot, large_window):
    window = large_window
    view = window.map.view
    target = window.result.page(10, 1)[0]
    js(qtbot, view, f"dirmap.showPopup({json.dumps(target)})")
    qtbot.waitUntil(lambda: js(qtbot, view, "document.querySelectorAll('.leaflet-popup').length") == 1)
    lat, lon, zoom = js(qtbot, view, "(v => [(v[0] + v[2]) / 2, (v[1] + v[3]) / 2, v[4]])(dirmap.view())")
    view.set_view(lat + 0.01, lon + 0.01, zoom)  # the grid redraws its markers
    qtbot.wait(500)
    assert js(qtbot, view, "document.querySelectorAll('.leaflet-popup').length") == 1


def test_popup_and_details_pane_add_to_the_current_shortlist(qtbot, window):
    _, visit = window.directory.create_shortlist("Visit")
    window.shortlists.refresh()
    target = "biopartner-center-leiden"
    view = window.map.view
    js(qtbot, view, f"dirmap.showPopup({json.dumps(target)})")
    qtbot.waitUntil(lambda: js(qtbot, view, "document.querySelector('.dir-popup-add') !== null"), timeout=10000)
    view.run_js("document.querySelector('.dir-popup-add').click()")
    qtbot.waitUntil(lambda: [i.facility_id for i in window.directory.shortlist_items(visit.id)] == [target])
    window.select_facility("necstgen-mirai-house-leiden-bio-science-park")
    window.details.add_button.click()
    assert len(window.directory.shortlist_items(visit.id)) == 2


def test_a_second_start_shows_the_map_from_the_page_cache_at_the_saved_view(
    qtbot, seeded_directory, settings, monkeypatch
):
    from directory_app import config
    from directory_app.maps import render

    first = map_window(qtbot, seeded_directory, settings)  # renders the page with folium, and keeps it
    pages = list(config.map_page_cache_dir().glob("map-page-*.html"))
    assert len(pages) == 1
    first.close()

    def no_folium(page):
        raise AssertionError("the page should have come from the cache")

    monkeypatch.setattr(render, "render_page", no_folium)
    settings.setValue("state/map_view", "[52.1, 5.1, 11]")  # the user left the map elsewhere
    second = map_window(qtbot, seeded_directory, settings)
    view = second.map.view
    qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.view()[4]") == 11, timeout=10000)
    south, west, north, east, _zoom = js(qtbot, view, "dirmap.view()")
    assert south < 52.1 < north and west < 5.1 < east
    wait_markers(qtbot, second, len(second.result.points()))
    assert view.page.console_errors == []
    second.close()
