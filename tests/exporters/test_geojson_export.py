"""GeoJSON export, read back with json and checked against RFC 7946's structure."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from numbers import Real

import pytest

from directory_app.domain.vocabulary import label
from directory_app.exporters import ExportSpec, export_geojson
from tests.exporters.conftest import FORMULA_NAMES
from tests.fixtures.small_seed import make_facilities


def _reject_constant(name):
    raise AssertionError(f"not JSON: {name}")


def read(path):
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "RFC 8259: no byte order mark"
    return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)


def check_rfc7946(document):
    """The parts of RFC 7946 this exporter uses: a FeatureCollection of Features with Point or null geometry."""
    assert isinstance(document, dict) and document["type"] == "FeatureCollection"
    assert "crs" not in document  # removed in RFC 7946 (section 4)
    assert isinstance(document["features"], list)
    for feature in document["features"]:
        assert feature["type"] == "Feature"
        assert "geometry" in feature and "properties" in feature  # section 3.2: both members required
        assert feature["properties"] is None or isinstance(feature["properties"], dict)
        if "id" in feature:
            assert isinstance(feature["id"], str | int | float)
        geometry = feature["geometry"]
        if geometry is None:
            continue
        assert geometry["type"] == "Point"
        position = geometry["coordinates"]
        assert isinstance(position, list) and len(position) in (2, 3)
        assert all(isinstance(x, Real) and not isinstance(x, bool) and math.isfinite(x) for x in position)
        lon, lat = position[:2]  # section 3.1.1: longitude first
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_feature_collection_round_trip(tmp_path, facilities):
    path = tmp_path / "out.geojson"
    export_geojson(facilities, path, ExportSpec())
    document = read(path)
    check_rfc7946(document)
    features = document["features"]
    assert len(features) == len(facilities)
    for feature, f in zip(features, facilities, strict=True):
        assert feature["id"] == f.id
        props = feature["properties"]
        assert list(props) == list(ExportSpec().columns)
        assert props["name"] == f.name and props["city"] == f.city
        assert props["kind"] == label("kind", f.kind) and props["status"] == label("status", f.status)
        assert props["services"] == [label("service", s) for s in f.services]
        assert props["modalities"] == [label("modality", m) for m in f.modalities]
        assert props["cleanroom_grades"] == [label("cleanroom_grade", g) for g in f.cleanroom_grades]
        assert props["area_m2"] == f.area_m2 and props["year_opened"] == f.year_opened
        assert props["verified_on"] == f.verified_on.isoformat()
        assert props["latitude"] == f.latitude and props["longitude"] == f.longitude
        if f.has_coordinates:
            assert feature["geometry"] == {
                "type": "Point",
                "coordinates": [round(f.longitude, 6), round(f.latitude, 6)],
            }
        else:
            assert feature["geometry"] is None


def test_coordinates_are_lon_lat_and_rounded(tmp_path, facilities):
    path = tmp_path / "out.geojson"
    export_geojson(facilities, path, ExportSpec(["name"]))
    features = read(path)["features"]
    assert features[5]["geometry"]["coordinates"] == [-0.5, 51.123457]
    assert features[4]["geometry"] is None
    for feature in features:
        if feature["geometry"]:
            lon, lat = feature["geometry"]["coordinates"]
            assert 49 < lat < 54 and -1 < lon < 7  # Benelux: latitude second
            assert all(len(repr(x).partition(".")[2]) <= 6 for x in (lon, lat))


@pytest.mark.parametrize(
    "lat, lon",
    [(math.nan, 4.0), (50.0, math.inf), (91.0, 4.0), (50.0, -181.0), (None, 4.0), (50.0, None)],
)
def test_unusable_coordinates_give_null_geometry(tmp_path, lat, lon):
    f = replace(make_facilities(1)[0], latitude=lat, longitude=lon)
    path = tmp_path / "out.geojson"
    export_geojson([f], path, ExportSpec(["name", "latitude", "longitude"]))
    document = read(path)  # no NaN or Infinity anywhere
    check_rfc7946(document)
    assert document["features"][0]["geometry"] is None


def test_utf8_without_escapes_and_text_as_is(tmp_path, facilities, hostile):
    path = tmp_path / "out.geojson"
    export_geojson(facilities + hostile, path, ExportSpec(["name", "city", "description"]))
    raw = path.read_bytes()
    assert "Liège".encode() in raw and "Zürich – Liège – Ōsaka".encode() in raw
    assert b"\\u00e8" not in raw
    names = [feature["properties"]["name"] for feature in read(path)["features"]]
    assert names[-len(FORMULA_NAMES) :] == FORMULA_NAMES  # JSON is not a spreadsheet: nothing neutralised


def test_extras_and_labels(tmp_path, facilities):
    f = facilities[0]
    spec = ExportSpec(
        ["kind", "note", "distance_km", "rank"],
        label=lambda vocabulary, code: code.upper(),
        extras={f.id: {"note": "Visit", "distance_km": math.nan, "rank": 1}},
    )
    path = tmp_path / "out.geojson"
    export_geojson(facilities[:2], path, spec)
    first, second = read(path)["features"]
    assert first["properties"] == {"kind": f.kind.upper(), "note": "Visit", "distance_km": None, "rank": 1}
    assert second["properties"]["note"] is None


def test_empty_collection(tmp_path):
    path = tmp_path / "out.geojson"
    export_geojson([], path, ExportSpec())
    assert read(path) == {"type": "FeatureCollection", "features": []}


def test_ten_thousand_facilities(tmp_path):
    facilities = make_facilities(10_000)
    path = tmp_path / "big.geojson"
    export_geojson(facilities, path, ExportSpec())
    document = read(path)
    check_rfc7946(document)
    assert len(document["features"]) == 10_000
    assert document["features"][-1]["id"] == facilities[-1].id


def test_checker_catches_swapped_coordinates():
    swapped = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [4.0, 200.0]}, "properties": {}}],
    }
    with pytest.raises(AssertionError):
        check_rfc7946(swapped)
