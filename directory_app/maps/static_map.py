"""A static map picture (PNG) of numbered facilities, for printed handouts: pure Python with Pillow.

The picture is fitted to its points (the deepest zoom up to :data:`MAX_STATIC_ZOOM` at which they
all fit with a margin), composed from basemap tiles (the offline basemap stops at zoom 6: deeper
views scale zoom-6 tiles up), with the Natural Earth country borders drawn on top at full
resolution and one numbered marker per point: a blue circle for an incubator, an orange diamond
for an accelerator, a green square for a CGT production site, a dark purple house for a science park
(``domain.markers``, the colours of ``map.css``).
Markers that would hide each other are pushed apart, with a thin line to their real place.

No Qt, no SQL: tiles come from a ``tile(z, x, y) -> bytes | None`` callable (e.g.
``MBTiles.get`` of the basemap) and the borders as parsed GeoJSON.
"""

from __future__ import annotations

import importlib.util
import io
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from directory_app.domain.errors import DirectoryError
from directory_app.domain.markers import KIND_MARKERS, OTHER_MARKER, RGB, house_outline
from directory_app.domain.models import Facility
from directory_app.maps.tiles import MAX_LATITUDE, MAX_ZOOM

__all__ = [
    "BASEMAP_MAX_ZOOM",
    "BENELUX_BOUNDS",
    "KIND_MARKERS",
    "MAX_STATIC_ZOOM",
    "MapView",
    "Point",
    "TileGetter",
    "fit_view",
    "handout_points",
    "marker_radius",
    "static_map_png",
]

Point = tuple[int, float | None, float | None, str]
"""``(number, latitude, longitude, kind code)`` of one marker; points without coordinates are skipped."""

TileGetter = Callable[[int, int, int], bytes | None]
"""``tile(z, x, y)`` in XYZ order: the tile's image bytes, or ``None`` when it is not available."""

TILE_SIZE = 256
MAX_STATIC_ZOOM = 10
"""Deepest zoom of a static map (a single point, or points close together)."""
BASEMAP_MAX_ZOOM = 6
"""Deepest zoom of the offline basemap: deeper views scale its tiles up."""
BENELUX_BOUNDS = (49.45, 2.5, 53.55, 7.25)
"""``(south, west, north, east)`` shown when there is no point."""


BACKGROUND: RGB = (0xF2, 0xF0, 0xEB)
BORDER_COLOUR: RGB = (0x80, 0x80, 0x80)
BORDER_WIDTH = 2
LEADER_COLOUR: RGB = (0x33, 0x33, 0x33)
TEXT_COLOUR: RGB = (0x33, 0x33, 0x33)
OSM_CREDIT = "© OpenStreetMap contributors"
NATURAL_EARTH_CREDIT = "Natural Earth"
SUPERSAMPLE = 4
"""Markers are drawn this many times larger, then scaled down: smooth edges."""
MAX_SPREAD_POINTS = 400
"""Above this many markers, overlapping ones are not pushed apart (it is quadratic)."""

_FONT_MODULE = "font_source_sans_pro"
_FONT_FILES = {False: "SourceSansPro-Regular.ttf", True: "SourceSansPro-Bold.ttf"}


# --------------------------------------------------------------------------- view


def world_pixel(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """Web Mercator position in pixels of the whole world map at ``zoom`` (256-pixel tiles)."""
    size = TILE_SIZE * (1 << zoom)
    lat = min(max(lat, -MAX_LATITUDE), MAX_LATITUDE)
    lon = min(max(lon, -180.0), 180.0)
    x = (lon + 180.0) / 360.0 * size
    y = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * size
    return x, y


@dataclass(frozen=True, slots=True)
class MapView:
    """What a static map shows: a ``width`` × ``height`` window at ``zoom`` whose top-left corner
    is at world pixel ``(left, top)``."""

    zoom: int
    left: int
    top: int
    width: int
    height: int

    def to_pixel(self, lat: float, lon: float) -> tuple[float, float]:
        """Position of a point in the picture, in pixels from its top-left corner."""
        x, y = world_pixel(lat, lon, self.zoom)
        return x - self.left, y - self.top


def _valid(lat: float | None, lon: float | None) -> bool:
    return (
        isinstance(lat, int | float)
        and isinstance(lon, int | float)
        and math.isfinite(lat)
        and math.isfinite(lon)
        and -90 <= lat <= 90
        and -180 <= lon <= 180
    )


def marker_radius(size: tuple[int, int]) -> int:
    """Radius in pixels of a marker on a picture of ``size`` (about 2 % of its short side)."""
    return max(8, round(min(size) * 0.018))


def fit_view(
    points: Iterable[Point], size: tuple[int, int] = (1600, 1000), *, max_zoom: int = MAX_STATIC_ZOOM
) -> MapView:
    """The deepest zoom (at most ``max_zoom``) at which every point fits in ``size`` with a margin,
    centred on the points; without points, the Benelux."""
    width, height = size
    coords = [(lat, lon) for _, lat, lon, _ in points if _valid(lat, lon)]
    if coords:
        margin = min(3 * marker_radius(size), width // 4, height // 4)
    else:
        south, west, north, east = BENELUX_BOUNDS
        coords = [(south, west), (north, east)]
        margin = min(10, width // 4, height // 4)
    zoom = 0
    for z in range(max_zoom, -1, -1):
        xs, ys = zip(*(world_pixel(lat, lon, z) for lat, lon in coords), strict=True)
        if max(xs) - min(xs) <= width - 2 * margin and max(ys) - min(ys) <= height - 2 * margin:
            zoom = z
            break
    xs, ys = zip(*(world_pixel(lat, lon, zoom) for lat, lon in coords), strict=True)
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return MapView(zoom, round(cx - width / 2), round(cy - height / 2), width, height)


def handout_points(facilities: Iterable[Facility]) -> list[Point]:
    """The points of a handout's map: facilities numbered from 1 in their order (as the handout's
    blocks), those without coordinates left out (their numbers are skipped)."""
    return [
        (number, f.latitude, f.longitude, f.kind)
        for number, f in enumerate(facilities, 1)
        if _valid(f.latitude, f.longitude)
    ]


# --------------------------------------------------------------------------- drawing


def _font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Source Sans Pro (as the PDF handout) when installed, else Pillow's own font."""
    try:
        spec = importlib.util.find_spec(_FONT_MODULE)
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / "files" / _FONT_FILES[bold]
        if candidate.is_file():
            try:
                return ImageFont.truetype(str(candidate), size)
            except OSError:
                break
    return ImageFont.load_default(size)


def _basemap(view: MapView, tile: TileGetter) -> tuple[Image.Image, bool]:
    """The tiles under the view, scaled from zoom ``min(zoom, 6)``; and whether any tile was drawn."""
    tz = min(view.zoom, BASEMAP_MAX_ZOOM)
    scale = 1 << (view.zoom - tz)
    left, top = view.left / scale, view.top / scale
    right, bottom = (view.left + view.width) / scale, (view.top + view.height) / scale
    x0, y0 = math.floor(left / TILE_SIZE), math.floor(top / TILE_SIZE)
    x1, y1 = math.ceil(right / TILE_SIZE) - 1, math.ceil(bottom / TILE_SIZE) - 1
    canvas = Image.new("RGB", ((x1 - x0 + 1) * TILE_SIZE, (y1 - y0 + 1) * TILE_SIZE), BACKGROUND)
    n = 1 << tz
    drawn = False
    for ty in range(max(y0, 0), min(y1, n - 1) + 1):
        for tx in range(x0, x1 + 1):
            try:
                data = tile(tz, tx % n, ty)
                if not data:
                    continue
                with Image.open(io.BytesIO(data)) as decoded:
                    picture = decoded.convert("RGB")
            except (DirectoryError, OSError, ValueError, Image.DecompressionBombError):
                continue  # a missing or broken tile leaves the background
            if picture.size != (TILE_SIZE, TILE_SIZE):
                picture = picture.resize((TILE_SIZE, TILE_SIZE), Image.Resampling.LANCZOS)
            canvas.paste(picture, ((tx - x0) * TILE_SIZE, (ty - y0) * TILE_SIZE))
            drawn = True
    box = (left - x0 * TILE_SIZE, top - y0 * TILE_SIZE, right - x0 * TILE_SIZE, bottom - y0 * TILE_SIZE)
    if scale == 1:
        return canvas.crop(tuple(round(v) for v in box)), drawn
    return canvas.resize((view.width, view.height), Image.Resampling.LANCZOS, box=box), drawn


def _rings(geojson: Any) -> Iterable[Sequence[Sequence[float]]]:
    """Every ring of the (multi)polygons of a FeatureCollection, Feature or geometry."""
    if not isinstance(geojson, dict):
        return
    kind = geojson.get("type")
    if kind == "FeatureCollection":
        for feature in geojson.get("features") or ():
            yield from _rings(feature)
    elif kind == "Feature":
        yield from _rings(geojson.get("geometry"))
    elif kind == "GeometryCollection":
        for geometry in geojson.get("geometries") or ():
            yield from _rings(geometry)
    elif kind == "Polygon":
        yield from geojson.get("coordinates") or ()
    elif kind == "MultiPolygon":
        for polygon in geojson.get("coordinates") or ():
            yield from polygon
    elif kind == "LineString":
        yield geojson.get("coordinates") or ()
    elif kind == "MultiLineString":
        yield from geojson.get("coordinates") or ()


def _draw_borders(image: Image.Image, view: MapView, borders: dict[str, Any]) -> bool:
    """Draw the borders as crisp lines; whether any line crosses the view."""
    draw = ImageDraw.Draw(image)
    pad = 2 * BORDER_WIDTH
    drawn = False
    for ring in _rings(borders):
        pixels = [view.to_pixel(p[1], p[0]) for p in ring if len(p) >= 2 and _valid(p[1], p[0])]
        if len(pixels) < 2:
            continue
        xs, ys = [p[0] for p in pixels], [p[1] for p in pixels]
        if max(xs) < -pad or min(xs) > view.width + pad or max(ys) < -pad or min(ys) > view.height + pad:
            continue
        draw.line(pixels, fill=BORDER_COLOUR, width=BORDER_WIDTH, joint="curve")
        drawn = True
    return drawn


def _spread(anchors: list[tuple[float, float]], radius: int, size: tuple[int, int]) -> list[tuple[float, float]]:
    """Marker positions near their anchors that do not overlap (a few rounds of pushing apart)."""
    positions = [list(a) for a in anchors]
    if len(positions) > MAX_SPREAD_POINTS:
        return anchors
    gap = 2.6 * radius + 4  # a diamond reaches 1.3 radii from its centre
    width, height = size
    for _ in range(60):
        moved = False
        for i in range(len(positions)):
            for j in range(i + 1, len(positions)):
                dx = positions[j][0] - positions[i][0]
                dy = positions[j][1] - positions[i][1]
                distance = math.hypot(dx, dy)
                if distance >= gap:
                    continue
                if distance < 1e-6:  # same place: fan out by index, deterministically
                    angle = (i * 7 + j * 3) * 0.9
                    dx, dy, distance = math.cos(angle), math.sin(angle), 1.0
                push = (gap - distance) / 2 + 0.5
                ux, uy = dx / distance, dy / distance
                positions[i][0] -= ux * push
                positions[i][1] -= uy * push
                positions[j][0] += ux * push
                positions[j][1] += uy * push
                moved = True
        for p in positions:
            p[0] = min(max(p[0], radius + 2), width - radius - 2)
            p[1] = min(max(p[1], radius + 2), height - radius - 2)
        if not moved:
            break
    return [(p[0], p[1]) for p in positions]


def _shape(draw: ImageDraw.ImageDraw, shape: str, c: float, r: float, fill: tuple[int, ...]) -> None:
    if shape == "diamond":
        d = r * 1.3
        draw.polygon([(c, c - d), (c + d, c), (c, c + d), (c - d, c)], fill=fill)
    elif shape == "square":
        s = r * 0.92
        draw.rounded_rectangle((c - s, c - s, c + s, c + s), radius=r * 0.2, fill=fill)
    elif shape == "house":
        draw.polygon(house_outline(c, c, r), fill=fill)
    else:
        draw.ellipse((c - r, c - r, c + r, c + r), fill=fill)


def _marker(number: int, kind: str, radius: int) -> Image.Image:
    """One marker as an RGBA patch of ``4 * radius`` pixels square, centred."""
    shape, colour = KIND_MARKERS.get(kind, OTHER_MARKER)
    side = 4 * radius * SUPERSAMPLE
    c, r = side / 2, radius * SUPERSAMPLE
    patch = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(patch)
    outline = 2 * SUPERSAMPLE
    _shape(draw, shape, c, r + outline + SUPERSAMPLE, (0, 0, 0, 90))  # a faint halo
    _shape(draw, shape, c, r + outline, (255, 255, 255, 255))
    _shape(draw, shape, c, r, (*colour, 255))
    text = str(number)
    font_size = round(r * (1.15 if len(text) <= 2 else 0.85))
    draw.text((c, c), text, fill=(255, 255, 255, 255), font=_font(font_size, bold=True), anchor="mm")
    return patch.resize((4 * radius, 4 * radius), Image.Resampling.LANCZOS)


def _draw_markers(image: Image.Image, view: MapView, points: Sequence[Point]) -> None:
    radius = marker_radius((view.width, view.height))
    valid = [p for p in points if _valid(p[1], p[2])]
    anchors = [view.to_pixel(lat, lon) for _, lat, lon, _ in valid]  # type: ignore[arg-type]
    places = _spread(anchors, radius, (view.width, view.height))
    draw = ImageDraw.Draw(image)
    for (ax, ay), (px, py) in zip(anchors, places, strict=True):
        if math.hypot(px - ax, py - ay) > radius * 0.5:
            draw.line([(ax, ay), (px, py)], fill=LEADER_COLOUR, width=2)
            draw.ellipse((ax - 3, ay - 3, ax + 3, ay + 3), fill=LEADER_COLOUR)
    half = 2 * radius
    for (number, _, _, kind), (px, py) in zip(valid, places, strict=True):
        patch = _marker(number, kind, radius)
        image.paste(patch, (round(px) - half, round(py) - half), patch)


def _draw_attribution(image: Image.Image, text: str) -> None:
    width, height = image.size
    font = _font(max(10, round(min(width, height) * 0.016)))
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    pad = max(3, round(min(width, height) * 0.004))
    left, top, _, _ = draw.textbbox((width - 2 * pad, height - 2 * pad), text, font=font, anchor="rd")
    draw.rectangle((left - pad, top - pad, width, height), fill=(255, 255, 255, 200))
    draw.text((width - 2 * pad, height - 2 * pad), text, fill=(*TEXT_COLOUR, 255), font=font, anchor="rd")
    image.paste(overlay, (0, 0), overlay)


def static_map_png(
    points: Sequence[Point],
    *,
    tile: TileGetter | None,
    borders: dict[str, Any] | None,
    size: tuple[int, int] = (1600, 1000),
    max_zoom: int = MAX_STATIC_ZOOM,
) -> bytes:
    """A PNG map of numbered markers on the basemap and country borders.

    :param points: ``(number, latitude, longitude, kind)`` per marker, e.g. :func:`handout_points`;
        points without valid coordinates are skipped; none: a plain view of the Benelux
    :param tile: ``tile(z, x, y)`` gives basemap tile bytes (zoom 0-6 are asked for), or ``None``
        for no basemap; missing or unreadable tiles leave a plain background
    :param borders: GeoJSON (FeatureCollection, Feature or geometry) of country borders, or ``None``
    :param size: ``(width, height)`` in pixels
    :param max_zoom: deepest zoom to fit the points at (0-19)
    :return: the PNG file's bytes
    :raises ValueError: a size below 32 × 32 pixels, or a bad ``max_zoom``
    """
    width, height = size
    if width < 32 or height < 32:
        raise ValueError(f"a static map needs at least 32 × 32 pixels, not {width} × {height}")
    if isinstance(max_zoom, bool) or not isinstance(max_zoom, int) or not 0 <= max_zoom <= MAX_ZOOM:
        raise ValueError(f"max_zoom must be an integer in 0..{MAX_ZOOM}, not {max_zoom!r}")
    view = fit_view(points, (width, height), max_zoom=max_zoom)
    credits = []
    if tile is not None:
        image, drawn = _basemap(view, tile)
        if drawn:
            credits.append(OSM_CREDIT)
    else:
        image = Image.new("RGB", (width, height), BACKGROUND)
    if borders and _draw_borders(image, view, borders):
        credits.append(NATURAL_EARTH_CREDIT)
    _draw_markers(image, view, points)
    if credits:
        _draw_attribution(image, ", ".join(credits))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
