"""Behaviour the mutation test found unguarded: facet counts of the multi-value fields follow the
query, and ``within:`` is an exact radius, not the bounding box it is first narrowed by."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import pytest

from directory_app.directory import Directory
from directory_app.domain.places import haversine_km
from directory_app.importers.seed import write_seed
from tests.fixtures.small_seed import make_facilities

MULTI_VALUE = {"service": "services", "modality": "modalities", "grade": "cleanroom_grades"}


@pytest.mark.parametrize(
    "query", ["kind:cgt_production country:NL", "near:Leuven within:40km", "cell", "service:lab_space kind:incubator"]
)
def test_multi_value_facet_counts_are_those_of_the_rows_found(seeded_directory, query):
    result = seeded_directory.search(query)
    found = seeded_directory.facilities(result.ids)
    assert 0 < len(found) < seeded_directory.count()  # narrow, so the counts must differ from everything's
    facets = seeded_directory.facets(result)
    everything = seeded_directory.facets(seeded_directory.search(""))
    for facet, attribute in MULTI_VALUE.items():
        expected = Counter(code for f in found for code in getattr(f, attribute))
        assert dict(facets[facet]) == dict(expected), facet
    assert any(facets[f] != everything[f] for f in MULTI_VALUE)


# A point in Brussels and a 10 km radius: the SQL first narrows by a box 2% wider than the circle
CENTRE, KM = (50.85, 4.35), 10.0
EARTH_KM = 6371.0088


def _north(km: float) -> tuple[float, float]:
    return CENTRE[0] + math.degrees(km / EARTH_KM), CENTRE[1]


def _east(km: float) -> tuple[float, float]:
    """The point ``km`` due east along the parallel (same latitude), by the haversine formula inverted."""
    lat = math.radians(CENTRE[0])
    return CENTRE[0], CENTRE[1] + math.degrees(2 * math.asin(math.sin(km / (2 * EARTH_KM)) / math.cos(lat)))


def _diagonal(km_north: float, km_east: float) -> tuple[float, float]:
    return _north(km_north)[0], _east(km_east)[1]


POSITIONS = {
    "inside-north": _north(9.9),
    "inside-east": _east(9.9),
    "outside-north": _north(10.1),  # in the box (it reaches 10.2 km), out of the circle
    "outside-east": _east(10.1),
    "outside-corner": _diagonal(7.5, 7.5),  # 10.6 km away, well inside the box
    "far": _north(30.0),
}
INSIDE = {"inside-north", "inside-east"}


@pytest.fixture
def ring(tmp_path) -> Iterator[Directory]:
    facilities = [
        replace(
            f, id=name, city="Bruxelles", country="BE", region="BE-BRU", latitude=round(lat, 6), longitude=round(lon, 6)
        )
        for f, (name, (lat, lon)) in zip(make_facilities(len(POSITIONS)), POSITIONS.items(), strict=True)
    ]
    seed = tmp_path / "ring.csv"
    write_seed(seed, facilities)
    d = Directory.open(tmp_path / "ring.sqlite", seed_file=seed)
    yield d
    d.close()


def test_the_ring_is_laid_out_as_intended(ring):
    for f in ring.facilities():
        km = haversine_km(*CENTRE, f.latitude, f.longitude)
        assert (km <= KM) == (f.id in INSIDE), (f.id, km)
        if f.id != "far":
            assert abs(f.latitude - CENTRE[0]) < KM * 1.02 / 111.195  # inside the narrowing box
            assert abs(f.longitude - CENTRE[1]) < KM * 1.02 / 111.195 / math.cos(math.radians(CENTRE[0] + 0.1))


@pytest.mark.parametrize(
    "query, order_by",
    [
        ("near:{p} within:10km", "rank"),  # near alone: the distance is computed first, then filtered
        ("near:{p} within:10km", "name"),
        ("near:{p} within:10km country:BE", "rank"),  # near with another condition
        ("(near:{p} within:10km) or country:LU", "rank"),
    ],
)
def test_within_is_the_exact_radius_not_the_box(ring, query, order_by):
    text = query.format(p=f'"{CENTRE[0]},{CENTRE[1]}"')
    result = ring.search(text, order_by=order_by)
    assert set(result.ids) == INSIDE
    assert result.count == len(INSIDE)
    assert {p[0] for p in result.points()} == INSIDE  # the map's rows
    assert ring.count_matches(text) == len(INSIDE)  # saved-search badges
    assert sum(n for _, n in ring.facets(result)["kind"]) == len(INSIDE)
