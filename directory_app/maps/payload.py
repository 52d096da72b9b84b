"""What the map page is sent: compact JSON of a search result, popup details and place labels.

The page (``resources/web/map.js``) receives JSON only and shows text with ``textContent``:
data never becomes HTML. One point costs about 90 bytes: 100,000 facilities are ~9 MB.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from directory_app.domain.models import Facility, MapPoint

LABEL_ZOOMS = ((500_000, 6), (100_000, 8), (50_000, 9), (20_000, 10), (5_000, 11), (1_000, 12))
"""(population at least, zoom from which its label shows). ``map.js`` shows none at the raster
basemap's zooms (0-6, its own names are baked in): one label set at a time."""
LABEL_MIN_POPULATION = LABEL_ZOOMS[-1][0]
"""The smallest place that gets a label (towns and villages at city zoom)."""


def points_payload(
    gen: int,
    points: Sequence[MapPoint],
    *,
    kinds: Sequence[str],
    circles: Sequence[tuple[float, float, float]] = (),
    fit: bool = False,
) -> bytes:
    """The JSON ``map.js`` ``setData`` takes, as UTF-8 bytes.

    :param gen: number of this result (the page reports it back when its markers are shown)
    :param points: (id, latitude, longitude, kind, name, city) of each facility to show (one without
        coordinates, a programme with no single site, is left out)
    :param kinds: kind codes in legend order; a kind not among them is appended
    :param circles: (latitude, longitude, km) radii to draw
    :param fit: zoom the map to the result once shown
    """
    order = list(kinds)
    index = {code: i for i, code in enumerate(order)}
    rows = []
    for facility_id, lat, lon, kind, name, city in points:
        if lat is None or lon is None:  # a programme with no single site has no point: never on the map
            continue
        if kind not in index:
            index[kind] = len(order)
            order.append(kind)
        rows.append([facility_id, round(lat, 6), round(lon, 6), index[kind], name, city])
    body = {"gen": gen, "kinds": order, "points": rows, "circles": [list(c) for c in circles], "fit": fit}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def points_payload_json(
    gen: int,
    points_json: str,
    *,
    kinds: Sequence[str],
    circles: Sequence[tuple[float, float, float]] = (),
    fit: bool = False,
) -> bytes:
    """The same as :func:`points_payload`, around points already written as JSON (kinds as codes).

    :param points_json: a JSON array of ``[id, lat, lon, kind code, name, city]``
    """
    head = {"gen": gen, "kinds": list(kinds), "circles": [list(c) for c in circles], "fit": fit}
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text[:-1] + ',"points":' + points_json + "}").encode("utf-8")


def popup_detail(
    facility: Facility,
    label: Callable[[str, str], str],
    city: Callable[[str, str], str] | None = None,
) -> dict[str, object]:
    """What a marker's popup shows, with vocabulary codes turned into labels.

    A standalone export adds the entry's note for the recipient and, when the user asked for them,
    its private lines (``maps.standalone``: the same texts as the list beside the map).

    :param label: ``label(vocabulary, code)`` in the user's language
    :param city: ``city(name, country)``: the city's name in that language (default: as stored)
    """
    return {
        "id": facility.id,
        "name": facility.name,
        "kind": label("kind", facility.kind),
        "city": city(facility.city, facility.country) if city is not None else facility.city,
        "country": label("country", facility.country) if facility.country else "",
        "services": [label("service", code) for code in facility.services],
    }


def place_labels(places: Sequence[tuple[str, float, float, int]]) -> list[tuple[str, float, float, int]]:
    """(name, latitude, longitude, zoom from which it shows) for the gazetteer's larger places."""
    out = []
    for name, lat, lon, population in places:
        for at_least, zoom in LABEL_ZOOMS:
            if population >= at_least:
                out.append((name, lat, lon, zoom))
                break
    return out
