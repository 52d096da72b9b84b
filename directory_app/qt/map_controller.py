"""Keeps the map in step with the main window: same result, same selection, map commands.

The map view is created the first time it is shown (nothing on the start-up path). Each new
search result is turned into map points on the worker thread, from the very query object the
table shows (``SearchResult.expanded`` / ``places``), and pushed into the already loaded page.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from directory_app import config
from directory_app.directory import Directory, SearchResult, place_names
from directory_app.domain.errors import DirectoryError
from directory_app.domain.vocabulary import KINDS
from directory_app.maps.page_cache import page_html
from directory_app.maps.payload import LABEL_MIN_POPULATION, place_labels, points_payload_json, popup_detail
from directory_app.maps.tiles import OSM_ATTRIBUTION, OSM_URL_TEMPLATE, TileSource
from directory_app.qt.dialogs import Prompter
from directory_app.qt.i18n import city_label, term_label
from directory_app.qt.map_scheme import BASE_URL
from directory_app.qt.prefetch import AreaPrefetch, detail_readiness
from directory_app.qt.tile_service import TileService
from directory_app.qt.translations import current_language
from directory_app.qt.widgets.map_view import MapView

if TYPE_CHECKING:
    from directory_app.maps.page import MapPage
    from directory_app.qt.tasks import BackgroundRunner

ONLINE_KEY = "map/online_tiles"
TILE_URL_KEY = "map/tile_url"
VIEW_KEY = "state/map_view"
CACHE_MB_KEY = "map/cache_mb"
DEFAULT_CACHE_MB = 500
ONLINE_MAX_ZOOM = 18
OFFLINE_MAX_ZOOM = 14


PAGE_STRINGS = {
    "legend": "Kinds",
    "zoom_to_results": "Zoom to results",
    "no_coordinates": "Not on the map (no coordinates)",
    "services": "Services",
}
"""English sources of the :meth:`MapController.strings` a standalone export shows, to translate
them into the recipient's language (context ``MapController``)."""


MEASURE_DELAY_MS = 250
"""The map must rest this long before the stored share of its detailed map is looked up."""


class MapController(QObject):
    """Owns the map view and its tile service; the main window connects to its signals.

    :param container: the widget (tab) the map lives in
    :param directory: the open directory (called, so that a reopened file is followed)
    :param reader: a read-only directory for the worker thread
    :param background: the window's worker
    """

    facility_clicked = Signal(str)
    details_requested = Signal(str)
    add_requested = Signal(str)
    query_requested = Signal(str, object)  # kind ("box" | "near"), arguments
    status_changed = Signal(str)
    message = Signal(str)  # for the status bar, for a while
    markers_shown = Signal(int, int)
    marker_moved = Signal(str, float, float)  # move-marker mode: facility id, new latitude, longitude

    def __init__(
        self,
        container: QWidget,
        *,
        directory: Callable[[], Directory],
        reader: Callable[[], Directory],
        background: BackgroundRunner,
        settings: QSettings,
    ) -> None:
        super().__init__(container)
        self.container = container
        self._directory = directory
        self._reader = reader
        self._background = background
        self.settings = settings
        self.view: MapView | None = None
        self.tiles: TileService | None = None
        self._result: SearchResult | None = None
        self._pushed: SearchResult | None = None
        self._gen = 0  # number of the newest result sent (or being built) for the page
        self._waiting: tuple[bytes, int] | None = None  # a payload built before the view existed
        self._fit_next = True
        self._selection: list[str] = []
        self._view_bounds: tuple[float, float, float, float] | None = None
        # how much of the view's detailed map is stored is looked up once the map stops moving
        # (hundreds of tile look-ups: not on every step of a pan)
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(MEASURE_DELAY_MS)
        self._measure_timer.timeout.connect(self._measure_and_show)
        self._view_zoom = 0
        self.prefetch: AreaPrefetch | None = None
        self.status = ""
        self.detail_ready: tuple[int, int] | None = None  # (stored, needed) tiles of this area's detailed map

    # -- creation -----------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        """Whether the user chose to use the online tile source."""
        return self.settings.value(ONLINE_KEY, False, type=bool)  # type: ignore[no-any-return]

    def tile_source(self) -> TileSource:
        """The configured online source (OpenStreetMap unless changed)."""
        url = self.settings.value(TILE_URL_KEY, OSM_URL_TEMPLATE, type=str) or OSM_URL_TEMPLATE
        try:
            return TileSource(url_template=url, attribution=OSM_ATTRIBUTION)
        except ValueError:
            return TileSource()

    def ensure_view(self) -> MapView:
        """The map view, created (and its page loaded) on first use."""
        if self.view is not None:
            return self.view
        self.tiles = self._make_tiles()
        self._fit_next = self.saved_view() is None  # the first map fits the result, unless the user had a view
        if self._result is not None:
            self._push(self._result)  # the points query runs on the worker while Chromium starts up
        view = MapView(self.container)
        view.gen = self._gen
        layout = self.container.layout() or QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self._connect_tiles(view)
        view.set_detail_provider(self._detail)
        view.facility_clicked.connect(self.facility_clicked)
        view.details_requested.connect(self.details_requested)
        view.bridge.add_requested.connect(self.add_requested)
        view.bridge.marker_moved.connect(self.marker_moved)
        view.area_requested.connect(lambda s, w, n, e: self.query_requested.emit("box", (s, w, n, e)))
        view.near_requested.connect(lambda lat, lon, km: self.query_requested.emit("near", (lat, lon, km)))
        view.view_changed.connect(self._view_changed)
        view.markers_shown.connect(self._markers_shown)
        view.loaded.connect(self._loaded)
        view.bridge.page_error.connect(
            lambda text: self.message.emit(self.tr("The map could not be updated: %1").replace("%1", text))
        )
        self.view = view
        self._load_page(view)
        if self._waiting is not None:
            view.show_payload(*self._waiting)
            self._waiting = None
        return view

    def _load_page(self, view: MapView) -> None:
        """Load the map page: rendered with folium the first time, then from the page cache (no folium).
        Either way the page is made at a fixed view and moved to the map's own once it is ready."""
        page = self.page()
        html, _cached = page_html(page, config.map_page_cache_dir())
        view.load_page(html)
        lat, lon = page.center
        view.when_ready(f"dirmap.setView({json.dumps(lat)}, {json.dumps(lon)}, {int(page.zoom)})")

    def cache_path(self) -> Path:
        """The tile cache of the configured server (tiles of different servers never mix)."""
        host = re.sub(r"[^a-z0-9.-]+", "-", self.tile_source().host) or "tiles"
        return config.tile_cache_path().with_name(f"tiles-{host}.mbtiles")

    def _make_tiles(self) -> TileService:
        tiles = TileService(
            cache_path=self.cache_path(), source=self.tile_source() if self.online else None, parent=self
        )
        tiles.cache_changed.connect(self._update_readiness)
        return tiles

    def _connect_tiles(self, view: MapView) -> None:
        assert self.tiles is not None
        view.handler.base_tile = self.tiles.base_tile
        view.handler.detail_tile = self.tiles.detail_tile

    def _trim_cache(self) -> None:
        """Keep the tile cache under its size limit (least recently fetched tiles go first)."""
        limit = self.settings.value(CACHE_MB_KEY, DEFAULT_CACHE_MB, type=int) or DEFAULT_CACHE_MB
        if self.tiles is not None and self.tiles.cache is not None:
            try:
                self.tiles.cache.evict_to(int(limit) * 1_000_000)
            except DirectoryError:
                pass

    def page(self, *, base_url: str = BASE_URL, bridge: bool = True) -> MapPage:
        from directory_app.maps.page import MapPage

        """The page description in the user's language (also used for exports)."""
        center, zoom = self.saved_view() or ((50.9, 4.9), 8)
        borders = None
        try:
            borders = json.loads(config.borders_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            borders = None
        # offline, deeper zooms would only magnify the basemap's zoom-6 pixels (cached tiles aside)
        max_zoom = ONLINE_MAX_ZOOM if self.online else OFFLINE_MAX_ZOOM
        gazetteer = self._directory().gazetteer()
        labels = place_labels(gazetteer.major_places(LABEL_MIN_POPULATION)) if gazetteer is not None else []
        layers = None
        try:
            layers = json.loads(config.basemap_layers_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            layers = None
        language, names = current_language(), place_names()
        labels = [(names.label_in(name, language), *rest) for name, *rest in labels]
        return MapPage(
            base_url=base_url,
            strings=self.strings(),
            kinds=[(k.code, term_label("kind", k.code)) for k in KINDS],
            borders=borders,
            layers=layers,
            labels=labels,
            detail_attribution=self.tile_source().attribution,
            center=center,
            zoom=min(zoom, max_zoom),
            max_zoom=max_zoom,
            bridge=bridge,
        )

    def saved_view(self) -> tuple[tuple[float, float], int] | None:
        """The centre and zoom the user left the map at (``None`` when unknown or unreadable)."""
        saved = self.settings.value(VIEW_KEY, "", type=str)
        if not saved:
            return None
        try:
            lat, lon, z = (float(v) for v in json.loads(saved))
            if not all(math.isfinite(v) for v in (lat, lon, z)):
                return None
            return (max(-85.0, min(85.0, lat)), (lon + 180.0) % 360.0 - 180.0), max(2, min(18, int(z)))
        except (ValueError, TypeError, OverflowError):
            return None

    def standalone_html(
        self,
        result: SearchResult | None = None,
        *,
        facilities: list | None = None,
        extras: dict[str, dict[str, object]] | None = None,
        title: str = "",
        purpose: str = "",
        language: str = "",
    ) -> str:
        """A map of a result (or of given facilities) as one HTML file that opens offline in any browser,
        with the numbered list of the facilities beside it (numbered as the PDF handout).

        :param extras: the rows' extras (a shortlist's note for the recipient, and its private fields
            only if the user asked), shown in the popups and the list
        :param title: the page's title (a shortlist's name); ``purpose``: whom it is for
        :param language: the recipient's language (empty: the UI language)
        """
        # folium and jinja load on first use, not on the start-up path
        from directory_app.maps.standalone import MAX_FACILITIES as MAX_STANDALONE
        from directory_app.maps.standalone import standalone_map
        from directory_app.qt.export_dialog import handout_strings, label_in, recipient_translate

        sheet_strings = handout_strings(language or None)  # shortlist statuses come from these too
        label = label_in(language) if language else term_label

        page = self.page()
        if language:
            translate = recipient_translate(language)
            page = replace(
                page,
                strings={
                    **page.strings,
                    **{key: translate("MapController", text) for key, text in PAGE_STRINGS.items()},
                },
                kinds=[(k.code, label("kind", k.code)) for k in KINDS],
            )

        if facilities is None:
            assert result is not None
            facilities = self._directory().facilities([p[0] for p in result.points()[:MAX_STANDALONE]])
        service = self.tiles or TileService(parent=self)
        try:
            return standalone_map(
                facilities,
                page=page,
                label=label,
                basemap_tile=service.base_tile,
                extras=extras,
                title=title,
                purpose=purpose,
                sheet_strings=sheet_strings,
            )
        finally:
            if service is not self.tiles:
                service.close()

    def strings(self) -> dict[str, str]:
        """The page's user-visible strings, translated."""
        return {
            "legend": self.tr("Kinds"),
            "open_details": self.tr("Open details"),
            "add_to_shortlist": self.tr("Add to shortlist"),
            "zoom_to_results": self.tr("Zoom to results"),
            "search_area": self.tr("Search this area"),
            "near_here": self.tr("Search near here"),
            "within_km": self.tr("within {km} km"),
            "no_coordinates": self.tr("Not on the map (no coordinates)"),
            "services": self.tr("Services"),
            "loading": self.tr("Loading…"),
            "drag_to_place": self.tr("Drag me to the facility's place"),
            "no_detail": self.tr(
                "No detailed map of this area offline — Map › Download the Detailed Map of This Area…"
            ),
            "no_detail_file": self.tr("No detailed map of this area in this file"),
        }

    def _detail(self, facility_id: str) -> dict[str, object] | None:
        try:
            facility = self._directory().facility(facility_id)
        except DirectoryError:
            return None
        return None if facility is None else popup_detail(facility, term_label, city=city_label)

    # -- results and selection --------------------------------------------------------------------

    def show_result(self, result: SearchResult) -> None:
        """Show this result on the map (now if the map exists, else when it is first shown)."""
        self._result = result
        if self.view is not None:
            self._push(result)

    def _push(self, result: SearchResult) -> None:
        if self._pushed is result:
            return
        self._pushed = result
        self._gen += 1
        gen = self._gen
        if self.view is not None:
            self.view.gen = gen
        fit = self._fit_next
        self._fit_next = False
        kinds = [k.code for k in KINDS]
        expanded, places, circles = result.expanded, result.places, result.circles()
        reader = self._reader()  # here, on the GUI thread: one reader per file

        def build() -> bytes:
            if self._result is not result:
                return b""  # superseded while waiting: skip the work
            points = reader.points_json_of(expanded, places)
            return points_payload_json(gen, points, kinds=kinds, circles=circles, fit=fit)

        def show(payload: bytes) -> None:
            if not payload or self._result is not result:
                return
            if self.view is not None:
                self.view.show_payload(payload, gen)
            else:  # built before the view was made: it takes it once made
                self._waiting = (payload, gen)

        def failed(error: BaseException) -> None:
            if self._pushed is result:
                self._pushed = None  # the next show_result tries again
            text = getattr(error, "message", str(error))
            self.message.emit(self.tr("The map could not be updated: %1").replace("%1", text))

        self._background.submit(build, show, failed, key="map")

    def highlight(self, ids: list[str], *, pan: bool = True) -> None:
        """Ring the selected facilities on the map; with ``pan``, bring them into view."""
        self._selection = list(ids)
        if self.view is not None:
            self.view.highlight(self._selection, pan=pan)

    def _markers_shown(self, gen: int, count: int) -> None:
        if self.view is not None and self._selection:
            self.view.highlight(self._selection, pan=False)
        self.markers_shown.emit(gen, count)

    def _loaded(self, ok: bool) -> None:
        if not ok:
            self.message.emit(self.tr("The map page could not be loaded."))

    # -- commands ------------------------------------------------------------------------------------

    def start_move(self, facility_id: str, latitude: float | None, longitude: float | None) -> None:
        """Move-marker mode: a draggable marker for one facility (at the map's centre when it has no
        coordinates yet); each drop is reported by :attr:`marker_moved`."""
        view = self.ensure_view()
        args = ", ".join(json.dumps(v) for v in (facility_id, latitude, longitude))
        view.when_ready(f"dirmap.startMove({args})")

    def stop_move(self) -> None:
        """Leave move-marker mode."""
        if self.view is not None:
            self.view.when_ready("dirmap.stopMove()")

    def zoom_to_results(self) -> None:
        """Fit the map to the current result."""
        if self.view is not None:
            self.view.zoom_to_results()

    def search_area(self) -> None:
        """Limit the search to the visible map extent."""
        if self.view is not None:
            self.view.search_area()

    def set_online(self, online: bool) -> None:
        """Use (or stop using) the online tile source; tiles seen online are kept for offline use."""
        self.settings.setValue(ONLINE_KEY, bool(online))
        if self.tiles is not None:
            self.tiles.close()
            self.tiles = self._make_tiles()
        if self.view is not None:
            self._connect_tiles(self.view)
            self._load_page(self.view)
            self._pushed = None
            if self._result is not None:
                self._push(self._result)
        self._update_readiness()

    def choose_tile_server(self, prompter: Prompter) -> bool:
        """Ask for the online tile server's URL template; True when a valid one was stored."""
        parent = self.container.window()
        url = prompter.ask_text(
            parent,
            self.tr("Tile Server"),
            self.tr("URL of the online map tiles, with {z}, {x} and {y} (OpenStreetMap by default):"),
            self.tile_source().url_template,
        )
        if not url:
            return False
        try:
            TileSource(url_template=url, attribution=OSM_ATTRIBUTION)
        except ValueError as exc:
            prompter.inform(parent, self.tr("Tile Server"), self.tr("Not a tile URL: %1").replace("%1", str(exc)))
            return False
        self.settings.setValue(TILE_URL_KEY, url)
        self.set_online(self.online)
        return True

    def make_area_available_offline(self, prompter: Prompter) -> bool:
        """Download the visible area for a few more zoom levels (asks first); False if nothing started."""
        parent = self.container.window()
        title = self.tr("Download the Detailed Map of This Area")
        if self.view is None or self.tiles is None or self._view_bounds is None:
            prompter.inform(parent, title, self.tr("Open the map and move it to the area first."))
            return False
        if not self.online:
            prompter.inform(
                parent, title, self.tr("Turn on online map tiles first (Map › Use Online Map Tiles), with network.")
            )
            return False
        if self.prefetch is not None and self.prefetch.dialog is not None:
            return False  # one at a time
        self._measure_timer.stop()
        self._measure_and_show()  # the readiness of exactly this view, before the question
        self.prefetch = AreaPrefetch(parent, self.tiles, self.tile_source(), prompter)
        self.prefetch.finished.connect(self._prefetch_finished)
        return self.prefetch.start(self._view_bounds, self._view_zoom)

    def _prefetch_finished(self, *_: object) -> None:
        self._trim_cache()
        if self.prefetch is not None:
            self.message.emit(self.prefetch.summary())
        self._measure_detail()
        self._update_readiness()

    # -- status ---------------------------------------------------------------------------------------

    def _view_changed(self, south: float, west: float, north: float, east: float, zoom: int) -> None:
        self._view_bounds = (south, west, north, east)
        self._view_zoom = zoom
        lat, lon = (south + north) / 2, (west + east) / 2
        self.settings.setValue(VIEW_KEY, json.dumps([round(lat, 5), round(lon, 5), zoom]))
        self._measure_timer.start()

    def _measure_and_show(self) -> None:
        self._measure_detail()
        self._update_readiness()

    def _measure_detail(self) -> None:
        """How much of the visible area's detailed map is stored (after a move or a download only:
        not on every tile seen online)."""
        self.detail_ready = None
        if self.tiles is None or self._view_bounds is None:
            return
        south, west, north, east = self._view_bounds
        if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
            return
        try:
            self.detail_ready = detail_readiness(
                self.tiles, self._view_bounds, self._view_zoom, self.tile_source().max_zoom
            )
        except (ValueError, DirectoryError):
            self.detail_ready = None

    def ready_zoom(self) -> int | None:
        """Deepest zoom to which the current view is available offline."""
        if self.tiles is None or self._view_bounds is None:
            return None
        south, west, north, east = self._view_bounds
        if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
            return None  # a view across the date line or wider than the world: not worth asking
        try:
            return self.tiles.ready_to_zoom(self._view_bounds)
        except (ValueError, DirectoryError):
            return None

    def _update_readiness(self) -> None:
        zoom = self.ready_zoom()
        if zoom is None:
            text = self.tr("Offline map: basemap only") if self.tiles and self.tiles.basemap else ""
        else:
            text = self.tr("Offline map ready to zoom %1").replace("%1", str(zoom))
        if self.detail_ready is not None and self.detail_ready[1]:
            stored, needed = self.detail_ready
            text += self.tr(" · detailed map of this area: %1% stored").replace("%1", str(int(100 * stored / needed)))
        if self.online:
            text += self.tr(" · online tiles on")
        self._set_status(text)

    def _set_status(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)

    def close(self) -> None:
        """Free the page and release the tile files."""
        if self.prefetch is not None:
            self.prefetch.cancel()
            self.prefetch.wait(15000)
        if self.view is not None:
            self.view.dispose()
        self._trim_cache()
        if self.tiles is not None:
            self.tiles.close()
            self.tiles = None


