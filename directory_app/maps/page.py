"""What the map page is made of besides its data (no folium here: importing this is cheap)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

BENELUX_CENTER = (50.9, 4.9)


@dataclass(frozen=True, slots=True)
class MapPage:
    """What the page needs besides its data.

    :param base_url: where the page's ``/web``, ``/tiles`` and ``/data`` are served (``dirapp://app``)
    :param strings: translated user-visible strings used by ``map.js`` (see ``STRING_KEYS``)
    :param kinds: (code, translated label) of facility kinds, in legend order
    :param borders: a GeoJSON FeatureCollection of country borders, or ``None``
    :param layers: the offline vector detail (a GeoJSON FeatureCollection with a ``bbox``: lakes,
        province lines), drawn below the zooms of the raster basemap; ``None`` leaves it out
    :param labels: (name, latitude, longitude, minimum zoom) of place labels
    :param basemap: serve the offline basemap layer (``/tiles/base``)
    :param detail_attribution: attribution of the detail layer (``/tiles/detail``: the tile cache,
        filled from an online source); ``None`` leaves that layer out
    :param center: initial centre
    :param zoom: initial zoom
    :param max_zoom: deepest zoom (co-located markers spread out there); keep it low without detail tiles
    :param bridge: connect to the application through Qt's WebChannel (``False`` for a standalone file)
    :param inline: put every script and style sheet inside the page (a standalone file)
    :param data: points given inline (a standalone file); see ``map.js`` for the shape
    :param tiles: basemap tiles given inline, ``"z/x/y"`` -> ``data:`` URL (a standalone file)
    :param sheet: an export page: the title and the numbered list beside the map (``sheet.js``,
        from ``data["sheet"]``; inline pages only)
    """

    base_url: str = "dirapp://app"
    strings: dict[str, str] = field(default_factory=dict)
    kinds: Sequence[tuple[str, str]] = ()
    borders: dict[str, Any] | None = None
    layers: dict[str, Any] | None = None
    labels: Sequence[tuple[str, float, float, int]] = ()
    basemap: bool = True
    detail_attribution: str | None = None
    center: tuple[float, float] = BENELUX_CENTER
    zoom: int = 8
    max_zoom: int = 18
    bridge: bool = True
    inline: bool = False
    data: dict[str, Any] | None = None
    tiles: dict[str, str] | None = None
    sheet: bool = False


__all__ = ["BENELUX_CENTER", "MapPage"]
