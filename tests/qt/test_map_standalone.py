"""The standalone HTML map (for exports): one file that opens offline, in a browser, with its basemap."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from directory_app.qt.main_window import MainWindow
from directory_app.qt.widgets.map_view import OfflineInterceptor


def test_standalone_map_opens_offline_with_markers_popups_and_basemap(qtbot, seeded_directory, settings, tmp_path):
    window = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(window)
    result = seeded_directory.search("kind:cgt_production")
    html = window.map.standalone_html(result)
    path = tmp_path / "map.html"
    path.write_text(html, encoding="utf-8")
    assert not re.search(
        r"""(?:src|href)\s*=\s*["']?(?:https?:|dirapp:)(?!//www\.openstreetmap|//leafletjs|//www\.natural)""", html
    )
    assert 'src="' not in html.split("<body>")[0]  # nothing loaded from elsewhere

    # a browser with nothing but this file: every network request would be blocked and recorded
    interceptor = OfflineInterceptor(QApplication.instance())
    profile = QWebEngineProfile(QApplication.instance())
    profile.setUrlRequestInterceptor(interceptor)
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
        return box[0]

    qtbot.waitUntil(lambda: probe("window.dirmapState && window.dirmapState.count") == str(result.count), timeout=15000)
    # the raster basemap's zooms (0-6) travel inside the file; deeper, the page draws vectors, not a blur
    probe("dirmap.setView(50.9, 4.9, 6) || true")
    qtbot.waitUntil(lambda: int(probe("document.querySelectorAll('img.leaflet-tile-loaded').length")) > 0)
    assert probe("Array.from(document.images).every(i => i.src.startsWith('data:') || i.src === '')") == "true"
    first = result.ids[0]
    probe(f"dirmap.showPopup({first!r})")
    qtbot.waitUntil(lambda: probe("document.querySelector('.dir-popup-services') !== null") == "true")
    assert interceptor.blocked == []
    view.close()
    page.deleteLater()
    window.close()
