"""Tests of the shipped country borders, data/borders.geojson, and of the builder's ring handling."""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

import pytest

from directory_app import config
from directory_app.tools.build_borders import polygons

Ring = list[list[float]]

LON_RANGE = (-11.0, 25.0)
LAT_RANGE = (40.0, 62.0)


@pytest.fixture(scope="module")
def borders() -> dict[str, Any]:
    path = config.borders_path()
    if not path.is_file():
        pytest.fail(f"{path} missing: run python -m directory_app.tools.build_borders")
    assert path.stat().st_size < 400_000, "borders.geojson should stay small"
    return json.loads(path.read_text(encoding="utf-8"))


def _polygons(feature: dict[str, Any]) -> list[list[Ring]]:
    geometry = feature["geometry"]
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    assert geometry["type"] == "MultiPolygon"
    return geometry["coordinates"]


def _signed_area(ring: Ring) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring)) / 2


def _in_ring(ring: Ring, lon: float, lat: float) -> bool:
    """Ray casting: count the ring's edges crossed by a ray going east from the point."""
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _contains(feature: dict[str, Any], lat: float, lon: float) -> bool:
    return any(
        _in_ring(poly[0], lon, lat) and not any(_in_ring(hole, lon, lat) for hole in poly[1:])
        for poly in _polygons(feature)
    )


def _by_code(borders: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["properties"]["iso_a2"]: f for f in borders["features"]}


def test_is_a_feature_collection_of_named_countries(borders):
    assert borders["type"] == "FeatureCollection"
    assert borders["features"]
    for feature in borders["features"]:
        assert feature["type"] == "Feature"
        assert set(feature["properties"]) == {"iso_a2", "name"}
        assert len(feature["properties"]["iso_a2"]) == 2
        assert feature["properties"]["iso_a2"].isupper()
        assert feature["properties"]["name"]
    codes = [f["properties"]["iso_a2"] for f in borders["features"]]
    assert len(codes) == len(set(codes))
    assert {"BE", "NL", "LU", "FR", "DE", "GB"} <= set(codes)


def test_rings_are_closed_and_follow_rfc_7946_winding(borders):
    for feature in borders["features"]:
        for poly in _polygons(feature):
            for i, ring in enumerate(poly):
                assert len(ring) >= 4
                assert ring[0] == ring[-1]
                assert (_signed_area(ring) > 0) == (i == 0), feature["properties"]["name"]


def test_every_coordinate_is_inside_the_map_window(borders):
    for feature in borders["features"]:
        for poly in _polygons(feature):
            for ring in poly:
                for lon, lat in ring:
                    assert LON_RANGE[0] <= lon <= LON_RANGE[1], (feature["properties"]["name"], lon, lat)
                    assert LAT_RANGE[0] <= lat <= LAT_RANGE[1], (feature["properties"]["name"], lon, lat)
                    assert round(lon, 4) == lon and round(lat, 4) == lat


@pytest.mark.parametrize(
    ("place", "lat", "lon", "country"),
    [
        ("Brussels", 50.85, 4.35, "BE"),
        ("Amsterdam", 52.37, 4.90, "NL"),
        ("Luxembourg", 49.61, 6.13, "LU"),
        ("Liège", 50.63, 5.57, "BE"),
        ("Maastricht", 50.85, 5.69, "NL"),
        ("Lille", 50.63, 3.06, "FR"),
        ("Aachen", 50.78, 6.08, "DE"),
        ("London", 51.51, -0.13, "GB"),
    ],
)
def test_known_places_fall_in_their_country_only(borders, place, lat, lon, country):
    countries = _by_code(borders)
    assert _contains(countries[country], lat, lon), place
    others = [code for code, f in countries.items() if code != country and _contains(f, lat, lon)]
    assert others == [], place


def test_the_sea_is_in_no_country(borders):
    north_sea = (52.5, 3.0)
    assert not any(_contains(f, *north_sea) for f in borders["features"])


def test_builder_reverses_shapefile_winding_and_keeps_holes():
    # Shapefile: outer ring clockwise, hole counter-clockwise.
    outer = [(4.0, 50.0), (4.0, 51.0), (5.0, 51.0), (5.0, 50.0), (4.0, 50.0)]
    hole = [(4.4, 50.4), (4.6, 50.4), (4.6, 50.6), (4.4, 50.6), (4.4, 50.4)]
    far_away = [(-60.0, 5.0), (-60.0, 6.0), (-59.0, 6.0), (-59.0, 5.0), (-60.0, 5.0)]
    result = polygons([outer, hole, far_away])
    assert len(result) == 1
    exterior, inner = result[0]
    assert _signed_area(exterior) > 0
    assert _signed_area(inner) < 0
    assert exterior == outer[::-1]
