"""The map view: a QWebEngineView that loads the folium page once and is then fed JSON.

Offline by construction: the page comes from ``dirapp://`` (:mod:`directory_app.qt.map_scheme`),
its profile keeps nothing on disk, and a request interceptor blocks every ``http(s)``/``ws(s)``
request the page might still make (links the user clicks open in the system browser).
JavaScript talks back through a ``QWebChannel`` object, :class:`MapBridge`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from directory_app.qt.map_scheme import MAP_URL, SCHEME, MapSchemeHandler
from directory_app.qt.theme import is_dark
from directory_app.qt.webengine_setup import choose_chromium_flags, restore_environment

_NETWORK_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})


class MapBridge(QObject):
    """What the page may tell the application (JSON-simple arguments only)."""

    page_ready = Signal()
    marker_clicked = Signal(str)
    details_requested = Signal(str)
    area_requested = Signal(float, float, float, float)
    near_requested = Signal(float, float, float)
    view_changed = Signal(float, float, float, float, int)
    markers_shown = Signal(int, int)
    page_error = Signal(str)
    add_requested = Signal(str)
    marker_moved = Signal(str, float, float)

    @Slot(str, float, float)
    def markerMoved(self, facility_id: str, lat: float, lon: float) -> None:
        self.marker_moved.emit(str(facility_id), float(lat), float(lon))

    @Slot(str)
    def addToShortlist(self, facility_id: str) -> None:
        self.add_requested.emit(str(facility_id))

    @Slot()
    def pageReady(self) -> None:
        self.page_ready.emit()

    @Slot(str)
    def markerClicked(self, facility_id: str) -> None:
        self.marker_clicked.emit(str(facility_id))

    @Slot(str)
    def openDetails(self, facility_id: str) -> None:
        self.details_requested.emit(str(facility_id))

    @Slot(float, float, float, float)
    def searchArea(self, south: float, west: float, north: float, east: float) -> None:
        self.area_requested.emit(south, west, north, east)

    @Slot(float, float, float)
    def nearHere(self, lat: float, lon: float, km: float) -> None:
        self.near_requested.emit(lat, lon, km)

    @Slot(float, float, float, float, int)
    def viewChanged(self, south: float, west: float, north: float, east: float, zoom: int) -> None:
        self.view_changed.emit(south, west, north, east, int(zoom))

    @Slot(int, int)
    def markersShown(self, gen: int, count: int) -> None:
        self.markers_shown.emit(int(gen), int(count))

    @Slot(str)
    def pageError(self, message: str) -> None:
        self.page_error.emit(str(message))


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request of the page that would leave the machine (and counts them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme().lower() in _NETWORK_SCHEMES:
            self.blocked.append(url.toString())
            info.block(True)


class MapWebPage(QWebEnginePage):
    """Stays on ``dirapp://``; links to the web (attributions) open in the system browser."""

    def acceptNavigationRequest(self, url: QUrl, kind: QWebEnginePage.NavigationType, main_frame: bool) -> bool:
        if url.scheme() == SCHEME.decode():
            return True
        if url.scheme() in ("http", "https") and kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            QDesktopServices.openUrl(url)
        return False

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.console_errors.append(f"{source}:{line}: {message}")

    @property
    def console_errors(self) -> list[str]:
        if not hasattr(self, "_console_errors"):
            self._console_errors: list[str] = []
        return self._console_errors


def make_profile(handler: MapSchemeHandler, interceptor: OfflineInterceptor) -> QWebEngineProfile:
    """An off-the-record profile (nothing written to disk) serving ``dirapp://`` and blocking the network.

    Parented to the application, so that the pages using it are always deleted first.
    """
    choose_chromium_flags()  # before QtWebEngine starts, which the first profile does
    profile = QWebEngineProfile(QApplication.instance())
    profile.installUrlSchemeHandler(SCHEME, handler)
    profile.setUrlRequestInterceptor(interceptor)
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    return profile


class MapView(QWidget):
    """The map beside the list. The owner gives it a page (HTML) and then results (JSON payloads).

    Signals mirror :class:`MapBridge`; ``loaded(ok)`` says whether the page and Leaflet came up.
    """

    loaded = Signal(bool)
    facility_clicked = Signal(str)
    details_requested = Signal(str)
    area_requested = Signal(float, float, float, float)
    near_requested = Signal(float, float, float)
    view_changed = Signal(float, float, float, float, int)
    markers_shown = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handler = MapSchemeHandler(QApplication.instance())
        self.interceptor = OfflineInterceptor(QApplication.instance())
        self.profile = make_profile(self.handler, self.interceptor)
        self.view = QWebEngineView(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # the page has its own
        self.page = MapWebPage(self.profile, self.view)
        self.view.setPage(self.page)
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.view)
        self.view.setAccessibleName(self.tr("Map of the search result"))
        self.view.setAccessibleDescription(
            self.tr("The list shows the same facilities and is the map's accessible twin (Ctrl+1).")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.ready = False
        self.gen = 0
        self.shown_gen = 0
        self._queued_gen: int | None = None
        self.bridge.page_ready.connect(self._page_ready)
        self.bridge.marker_clicked.connect(self.facility_clicked)
        self.bridge.details_requested.connect(self.details_requested)
        self.bridge.area_requested.connect(self.area_requested)
        self.bridge.near_requested.connect(self.near_requested)
        self.bridge.view_changed.connect(self.view_changed)
        self.bridge.markers_shown.connect(self._markers_shown)
        self.page.loadFinished.connect(self._load_finished)
        self.set_dark(is_dark())

    def set_dark(self, dark: bool) -> None:
        """Dark or light page colours (the ``dir-dark`` class on the page's root), now and after reloads."""
        from PySide6.QtWebEngineCore import QWebEngineScript

        code = f"document.documentElement.classList.toggle('dir-dark', {'true' if dark else 'false'});"
        scripts = self.page.scripts()
        for old in scripts.find("dir-theme"):
            scripts.remove(old)
        script = QWebEngineScript()
        script.setName("dir-theme")
        script.setSourceCode(code)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        scripts.insert(script)
        self.page.setBackgroundColor(QColor("#1e1e20") if dark else QColor("white"))
        self.page.runJavaScript(code)

    def dispose(self) -> None:
        """Stop talking to the application and free the page before its profile (Qt's order)."""
        for signal in (self.bridge.view_changed, self.bridge.markers_shown, self.bridge.marker_clicked):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass
        self.ready = False
        page, profile = self.page, self.profile
        self.view.setPage(QWebEnginePage(self.view))  # a blank page on the default profile
        # now, not later: an application quitting right after would delete the profile first
        shiboken6.delete(page)
        shiboken6.delete(profile)

    # -- page --------------------------------------------------------------------------------

    def load_page(self, html: str) -> None:
        """Show a (new) page; results given before it is ready are shown once it is."""
        self.ready = False
        self.handler.page_html = html.encode("utf-8")
        self.view.load(QUrl(MAP_URL))

    def _load_finished(self, ok: bool) -> None:
        if not ok:
            self.loaded.emit(False)

    def _page_ready(self) -> None:
        # the WebChannel is connected: Leaflet, the cluster group and our script all ran
        restore_environment()  # Chromium runs: it has read its flags
        self.ready = True
        self.loaded.emit(True)
        if self._queued_gen is not None:
            self.page.runJavaScript(f"dirmap.load({self._queued_gen})")
            self._queued_gen = None
        for script in getattr(self, "_pending_scripts", []):
            self.page.runJavaScript(script)
        self._pending_scripts: list[str] = []

    # -- data --------------------------------------------------------------------------------

    def show_payload(self, payload: bytes, gen: int) -> None:
        """Show a result: ``payload`` from ``maps.payload.points_payload`` made with number ``gen``."""
        self.handler.points = payload
        if self.ready:
            self.page.runJavaScript(f"dirmap.load({int(gen)})")
        else:
            self._queued_gen = int(gen)

    def next_gen(self) -> int:
        """The number to give the next payload."""
        self.gen += 1
        return self.gen

    def _markers_shown(self, gen: int, count: int) -> None:
        self.shown_gen = gen
        self.markers_shown.emit(gen, count)

    def set_detail_provider(self, provider: Callable[[str], dict[str, object] | None]) -> None:
        """Where popups get a facility's details (called with its id)."""
        self.handler.facility_detail = provider

    # -- commands ------------------------------------------------------------------------------

    def highlight(self, ids: Sequence[str], *, pan: bool = True) -> None:
        """Ring these facilities' markers; bring them into view when ``pan``."""
        if self.ready:
            self.page.runJavaScript(f"dirmap.highlight({json.dumps(list(ids))}, {json.dumps(pan)})")

    def show_popup(self, facility_id: str) -> None:
        """Open one facility's popup."""
        if self.ready:
            self.page.runJavaScript(f"dirmap.showPopup({json.dumps(facility_id)})")

    def zoom_to_results(self) -> None:
        """Fit the view to the current result (and its radius)."""
        if self.ready:
            self.page.runJavaScript("dirmap.zoomToResults()")

    def search_area(self) -> None:
        """Ask the page for its extent; :attr:`area_requested` follows."""
        if self.ready:
            self.page.runJavaScript("dirmap.searchArea()")

    def set_view(self, lat: float, lon: float, zoom: int) -> None:
        """Centre and zoom."""
        if self.ready:
            self.page.runJavaScript(f"dirmap.setView({float(lat)!r}, {float(lon)!r}, {int(zoom)})")

    def reveal(self, facility_id: str) -> None:
        """Zoom to one facility's own marker and open its popup."""
        if self.ready:
            fid = json.dumps(facility_id)
            self.page.runJavaScript(f"dirmap.reveal({fid}); dirmap.showPopup({fid})")

    def when_ready(self, script: str) -> None:
        """Run a script now if the page is ready, else as soon as it is."""
        if self.ready:
            self.page.runJavaScript(script)
        else:
            self._pending_scripts = [*getattr(self, "_pending_scripts", []), script]

    def snapshot(self) -> QImage:
        """The map as it is on screen (for handouts)."""
        return self.view.grab().toImage()

    def run_js(self, script: str, callback: Callable[[object], None] | None = None) -> None:
        """Run a script in the page (tests, benchmarks)."""
        if callback is None:
            self.page.runJavaScript(script)
        else:
            self.page.runJavaScript(script, 0, callback)
