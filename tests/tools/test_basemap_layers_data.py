"""Tests of the offline map's shipped vector detail, data/basemap_layers.geojson, and of its builder's clipping."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from directory_app import config
from directory_app.tools import build_basemap_layers as builder

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def layers() -> dict[str, Any]:
    path = config.basemap_layers_path()
    if not path.is_file():
        pytest.fail(f"{path} missing: run python -m directory_app.tools.build_basemap_layers")
    assert path.stat().st_size < 2_000_000, "basemap_layers.geojson should stay small"
    return json.loads(path.read_text(encoding="utf-8"))


def _points(geometry: dict[str, Any]) -> list[list[float]]:
    coords = geometry["coordinates"]
    depth = {"LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}[geometry["type"]]
    for _ in range(depth - 1):
        coords = [c for part in coords for c in part]
    return coords


def test_is_a_feature_collection_of_known_layers_with_the_window_as_bbox(layers):
    assert layers["type"] == "FeatureCollection"
    assert layers["bbox"] == list(builder.WINDOW)
    kinds = {f["properties"]["layer"] for f in layers["features"]}
    assert kinds == {"lake", "province"}
    names = {f["properties"].get("name") for f in layers["features"] if f["properties"]["layer"] == "lake"}
    assert "IJsselmeer" in names


def test_lines_lie_in_the_benelux_window_and_lakes_touch_it(layers):
    x0, y0, x1, y1 = builder.WINDOW
    assert (x0, y0, x1, y1) == (2.0, 49.2, 7.8, 53.9)  # the Benelux (2.54-7.23 E, 49.45-53.56 N) and a margin
    for feature in layers["features"]:
        points = _points(feature["geometry"])
        assert all(len(p) == 2 and p == [round(p[0], 4), round(p[1], 4)] for p in points)
        if feature["properties"]["layer"] == "province":
            assert all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in points)
        else:
            assert any(x0 <= x <= x1 and y0 <= y <= y1 for x, y in points)


def test_the_source_and_licence_are_credited():
    sources = (ROOT / "data" / "SOURCES.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "basemap_layers.geojson" in sources and "basemap_layers.geojson" in readme
    for source in builder.SOURCES:
        assert f"{source.package}` {source.version}" in sources
    assert re.search(r"basemap_layers\.geojson.*public domain", sources, re.S)


def test_clipping_keeps_the_inside_pieces_and_cuts_at_the_edge():
    # a line from outside (west) through the window and out again (north)
    pieces = builder.clip_line([(0.0, 50.0), (4.0, 50.0), (4.0, 55.0)])
    assert pieces == [[(2.0, 50.0), (4.0, 50.0), (4.0, 53.9)]]
    assert builder.clip_line([(0.0, 40.0), (1.0, 41.0)]) == []
    # two visits of the window are two pieces
    two = builder.clip_line([(3.0, 50.0), (3.0, 48.0), (4.0, 48.0), (4.0, 50.0)])
    assert two == [[(3.0, 50.0), (3.0, 49.2)], [(4.0, 49.2), (4.0, 50.0)]]


def test_simplify_keeps_the_ends_and_the_shape():
    line = [(0.0, 0.0), (1.0, 0.00001), (2.0, 0.0), (2.0, 1.0)]
    assert builder.simplify(line) == [(0.0, 0.0), (2.0, 0.0), (2.0, 1.0)]
