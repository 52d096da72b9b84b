"""In a real QtWebEngine page, hostile text from data is shown as text: nothing runs, nothing is markup."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from directory_app.domain.models import Facility
from directory_app.maps.render import MapPage, render_page
from directory_app.maps.standalone import standalone_map

pytestmark = [pytest.mark.gui, pytest.mark.webengine]

EVIL = (
    '{{ 6*7 }} <b id="injected">bold</b></script><script>window.pwned=1</script> {% if %} '
    '<img src=x onerror="window.pwned=2">'
)


def open_page(qtbot, path):
    profile = QWebEngineProfile(QApplication.instance())
    view = QWebEngineView()
    qtbot.addWidget(view)
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.resize(900, 700)
    view.show()
    with qtbot.waitSignal(page.loadFinished, timeout=30000) as loaded:
        view.load(QUrl.fromLocalFile(str(path)))
    assert loaded.args == [True]
    box: list[object] = []

    def probe(script: str):
        box.clear()
        page.runJavaScript(f"JSON.stringify({script})", 0, box.append)
        qtbot.waitUntil(lambda: bool(box), timeout=10000)
        return json.loads(box[0]) if box[0] is not None else None

    return view, page, probe


def test_standalone_popup_shows_hostile_name_as_text(qtbot, tmp_path):
    facility = Facility(
        id="evil",
        name=EVIL,
        kind="incubator",
        country="BE",
        city="{{ 6*7 }}",
        latitude=50.85,
        longitude=4.35,
        source_url="https://example.org/",
        source_quote="q",
    )
    path = tmp_path / "map.html"
    path.write_text(standalone_map([facility]), encoding="utf-8")
    view, page, probe = open_page(qtbot, path)
    qtbot.waitUntil(lambda: probe("window.dirmapState && window.dirmapState.count") == 1, timeout=15000)
    probe("dirmap.showPopup('evil')")
    qtbot.waitUntil(lambda: probe("document.querySelector('.leaflet-popup-content') !== null"), timeout=10000)
    text = probe("document.querySelector('.leaflet-popup-content').textContent")
    assert EVIL in text and "{{ 6*7 }}" in text
    assert probe("window.pwned === undefined")
    assert probe("document.getElementById('injected') === null")
    view.close()
    page.deleteLater()


def test_page_values_from_settings_and_vocabulary_stay_text(qtbot, tmp_path):
    borders = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": EVIL},
                "geometry": {"type": "LineString", "coordinates": [[4.0, 50.0], [5.0, 51.5]]},
            }
        ],
    }
    html = render_page(
        MapPage(
            inline=True,
            bridge=False,
            basemap=False,
            borders=borders,
            detail_attribution=EVIL,
            kinds=[("incubator", EVIL)],
            labels=[(EVIL, 50.85, 4.35, 0)],
            center=(50.85, 4.35),
            zoom=8,
        )
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    view, page, probe = open_page(qtbot, path)
    qtbot.waitUntil(lambda: probe("window.dirmapState && window.dirmapState.ready !== undefined"), timeout=15000)
    assert EVIL in probe("document.querySelector('.leaflet-control-attribution').textContent")
    assert EVIL in probe("document.body.textContent")  # the legend and the place label
    assert probe("document.querySelectorAll('.leaflet-overlay-pane path').length") >= 1  # the border is drawn
    assert probe("window.pwned === undefined")
    assert probe("document.getElementById('injected') === null")
    view.close()
    page.deleteLater()
