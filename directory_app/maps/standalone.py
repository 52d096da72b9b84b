"""A map of some facilities as one HTML file that opens offline in any browser (for exports).

Scripts, styles, the data, the popups' details and a low-zoom basemap are all inside the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from directory_app.domain.models import Facility
from directory_app.domain.vocabulary import KINDS
from directory_app.domain.vocabulary import label as english_label
from directory_app.maps.payload import points_payload, popup_detail
from directory_app.maps.render import MapPage, inline_tiles, render_page

MAX_FACILITIES = 5000


def standalone_map(
    facilities: Sequence[Facility],
    *,
    page: MapPage | None = None,
    label: Callable[[str, str], str] = english_label,
    basemap_tile: Callable[[int, int, int], bytes | None] | None = None,
    extras: Mapping[str, Mapping[str, object]] | None = None,
) -> str:
    """The HTML of a self-contained map of ``facilities`` (those with coordinates, at most 5,000).

    :param page: strings, kinds, borders and labels in the user's language (defaults: English)
    :param label: ``label(vocabulary, code)`` for popups
    :param basemap_tile: offline basemap tiles to embed (zooms 0-6 around the facilities)
    :param extras: per-facility row extras of a shortlist export (``exporters.base.shortlist_extras``):
        popups show the note for the recipient, and the private fields only when the rows carry them
    """
    located = [f for f in facilities if f.latitude is not None and f.longitude is not None][:MAX_FACILITIES]
    points = [(f.id, f.latitude, f.longitude, f.kind, f.name, f.city) for f in located]
    data: dict[str, Any] = json.loads(points_payload(1, points, kinds=[k.code for k in KINDS], fit=True))  # type: ignore[arg-type]
    data["details"] = {f.id: popup_detail(f, label, (extras or {}).get(f.id)) for f in located}
    tiles: dict[str, str] = {}
    if basemap_tile is not None and located:
        lats = [f.latitude for f in located]
        lons = [f.longitude for f in located]
        tiles = inline_tiles((min(lats), min(lons), max(lats), max(lons)), basemap_tile)  # type: ignore[type-var]
    base = page or MapPage(kinds=[(k.code, k.label) for k in KINDS])
    return render_page(
        replace(
            base, inline=True, bridge=False, basemap=False, detail_attribution=None, data=data, tiles=tiles, max_zoom=14
        )
    )
