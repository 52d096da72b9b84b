"""The offline map at city zoom: crisp vector layers, no magnified raster, one label set, and a
"no detailed map here" notice instead of a blur where nothing is shipped or downloaded."""

from __future__ import annotations

import pytest

from directory_app.directory import Directory
from directory_app.qt import translations
from tests.qt.test_map import js, map_window

GHENT = (51.05, 3.72)
PARIS = (48.86, 2.35)


@pytest.fixture
def language(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv(translations.QM_CACHE_ENV, str(tmp_path / "qm"))

    def use(code: str) -> None:
        assert translations.install_language(code, qapp) or code == "en"

    yield use
    translations.install_language("en", qapp)


def _go(qtbot, view, lat: float, lon: float, zoom: int) -> dict:
    js(qtbot, view, f"dirmap.setView({lat}, {lon}, {zoom}) || true")
    qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.offlineDetail().zoom") == zoom, timeout=10000)
    # tiles of the new view answered (the detail layer's missing tiles included)
    qtbot.wait(600)
    return js(qtbot, view, "dirmap.offlineDetail()")


def _label_name(window, lat: float, lon: float) -> str:
    """The name the page was given for the labelled place nearest to (lat, lon)."""
    labels = window.map.page().labels
    name, *_ = min(labels, key=lambda label: (label[1] - lat) ** 2 + (label[2] - lon) ** 2)
    return name


@pytest.mark.parametrize("code", ["en", "nl"])
def test_city_zoom_is_vector_detail_with_one_label_set(qtbot, seeded_directory: Directory, settings, language, code):
    language(code)
    window = map_window(qtbot, seeded_directory, settings)
    try:
        view = window.map.view
        regional = _go(qtbot, view, *GHENT, 6)
        # at the raster basemap's own zooms: the raster with its baked-in names, none of ours
        assert regional["rasterTiles"] > 0 and regional["labels"] == []
        assert not regional["noDetail"]

        city = _go(qtbot, view, *GHENT, 11)
        # the shipped vector layers (land of the borders file, lakes, province lines) on a canvas
        assert city["vectorFeatures"] > 50 and city["canvases"] >= 1 and city["vectorView"]
        # no magnified raster basemap under them
        assert city["rasterTiles"] == 0
        # Ghent labelled once, with the page's (gazetteer) name in the UI language, and no name twice
        name = _label_name(window, *GHENT)
        assert city["labels"].count(name) == 1, city["labels"]
        assert len(city["labels"]) == len(set(city["labels"])), city["labels"]
        # the shipped detail covers Ghent: no notice
        assert not city["noDetail"]
        # place names sit under the facility markers and clusters, above the radius circle
        stacking = js(
            qtbot,
            view,
            "(function () { var label = document.querySelector('.dir-place-label');"
            " var pane = function (n) { return Number(getComputedStyle(n).zIndex); };"
            " return [pane(label.parentElement), pane(document.querySelector('.leaflet-marker-pane')),"
            " pane(document.querySelector('.leaflet-overlay-pane'))]; })()",
        )
        assert stacking[2] < stacking[0] < stacking[1], stacking

        paris = _go(qtbot, view, *PARIS, 11)
        assert paris["rasterTiles"] == 0
        assert paris["noDetail"], paris
        expected = window.map.strings()["no_detail"]
        assert paris["noDetailText"] == expected
        if code == "nl":
            assert "offline" in expected and "No detailed" not in expected
        assert view.page.console_errors == []
    finally:
        window.close()
