"""Offline BE/NL/LU gazetteer stored in SQLite: writer (build time) and read-only reader."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlite_utils import Database

from directory_app.domain.places import (
    PRECISION_CITY,
    PRECISION_POSTCODE,
    GeocodeResult,
    Place,
    normalize_country,
    normalize_name,
    normalize_postcode,
    postcode_candidates,
)

__all__ = ["SCHEMA_VERSION", "Gazetteer", "open_gazetteer", "write_gazetteer"]

#: Bumped when the table layout changes; stored in ``meta`` under ``schema_version``.
SCHEMA_VERSION = "1"

# Longer normalised names or postcodes cannot match anything; skip the query.
_MAX_NAME_LEN = 200
_MAX_POSTCODE_LEN = 16


# --------------------------------------------------------------------------- writing


def _place_rows(places: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    for p in places:
        yield {
            "id": int(p["id"]),
            "name": str(p["name"]),
            "country": str(p["country"]).upper(),
            "region": p.get("region"),
            "latitude": float(p["latitude"]),
            "longitude": float(p["longitude"]),
            "population": int(p.get("population") or 0),
            "feature": p.get("feature"),
        }


def _name_rows(place_rows: list[dict[str, Any]], names: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """Primary names first, then alternates; one row per (place, normalised name)."""
    seen: set[tuple[int, str]] = set()

    def row(place_id: int, name: str) -> dict[str, Any] | None:
        norm = normalize_name(name)
        if not norm or (place_id, norm) in seen:
            return None
        seen.add((place_id, norm))
        return {"place_id": place_id, "name": name, "norm_name": norm}

    for p in place_rows:
        if (r := row(p["id"], p["name"])) is not None:
            yield r
    for n in names:
        if (r := row(int(n["place_id"]), str(n["name"]))) is not None:
            yield r


def _postcode_rows(postcodes: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    for pc in postcodes:
        place_name = str(pc["place_name"])
        yield {
            "country": str(pc["country"]).upper(),
            "postcode": normalize_postcode(str(pc["postcode"])),
            "place_name": place_name,
            "norm_place_name": normalize_name(place_name),
            "latitude": float(pc["latitude"]),
            "longitude": float(pc["longitude"]),
            "region": pc.get("region"),
        }


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def write_gazetteer(
    path: str | os.PathLike[str],
    places: Iterable[Mapping[str, Any]],
    names: Iterable[Mapping[str, Any]],
    postcodes: Iterable[Mapping[str, Any]],
    meta: Mapping[str, str],
) -> None:
    """Create a gazetteer file from scratch, atomically (``<path>.tmp`` then ``os.replace``).

    Normalised names and postcodes are computed here; each place's own name is always
    indexed, duplicate (place, normalised name) pairs are dropped.

    :param path: target file, replaced if it exists.
    :param places: dicts with ``id, name, country, region, latitude, longitude, population``
        and optional ``feature``.
    :param names: alternate names, dicts with ``place_id, name``.
    :param postcodes: dicts with ``country, postcode, place_name, latitude, longitude, region``
        (coordinates required).
    :param meta: key/value texts (licences, attribution, versions, build date).
    """
    target = os.fspath(path)
    tmp = target + ".tmp"
    for leftover in (tmp, tmp + "-journal"):
        _remove(leftover)
    db = Database(tmp)
    try:
        db["places"].create(
            {
                "id": int,
                "name": str,
                "country": str,
                "region": str,
                "latitude": float,
                "longitude": float,
                "population": int,
                "feature": str,
            },
            pk="id",
            not_null=["name", "country", "latitude", "longitude", "population"],
        )
        db["place_names"].create(
            {"place_id": int, "name": str, "norm_name": str},
            foreign_keys=[("place_id", "places", "id")],
            not_null=["place_id", "name", "norm_name"],
        )
        db["postcodes"].create(
            {
                "country": str,
                "postcode": str,
                "place_name": str,
                "norm_place_name": str,
                "latitude": float,
                "longitude": float,
                "region": str,
            },
            not_null=["country", "postcode", "place_name", "norm_place_name", "latitude", "longitude"],
        )
        db["meta"].create({"key": str, "value": str}, pk="key", not_null=["value"])

        place_rows = list(_place_rows(places))
        with db.conn:
            db["places"].insert_all(place_rows, batch_size=1000)
            db["place_names"].insert_all(_name_rows(place_rows, names), batch_size=1000)
            db["postcodes"].insert_all(_postcode_rows(postcodes), batch_size=1000)
            all_meta = {**{str(k): str(v) for k, v in meta.items()}, "schema_version": SCHEMA_VERSION}
            db["meta"].insert_all({"key": k, "value": v} for k, v in all_meta.items())

        # The composite unique index also serves plain norm_name lookups (leftmost prefix).
        db["place_names"].create_index(["norm_name", "place_id"], index_name="ux_place_names_norm_place", unique=True)
        db["postcodes"].create_index(["country", "postcode"], index_name="ix_postcodes_country_code")
        db["postcodes"].create_index(["country", "norm_place_name"], index_name="ix_postcodes_country_norm_place")
        db.vacuum()
        db.close()
        os.replace(tmp, target)
    except BaseException:
        db.close()
        _remove(tmp)
        raise


# --------------------------------------------------------------------------- reading

_PLACE_SELECT = (
    "SELECT p.id, p.name, p.country, p.region, p.latitude, p.longitude, p.population "
    "FROM place_names AS n JOIN places AS p ON p.id = n.place_id "
    "WHERE n.norm_name = :norm AND (:country IS NULL OR p.country = :country) "
    "ORDER BY p.population DESC, p.id LIMIT :limit"
)
_POSTCODE_SELECT = (
    "SELECT country, place_name, latitude, longitude, region FROM postcodes "
    "WHERE postcode = :code AND (:country IS NULL OR country = :country) "
    "ORDER BY rowid"
)
_POSTCODE_PLACE_SELECT = (
    "SELECT place_name, latitude, longitude, region FROM postcodes "
    "WHERE norm_place_name = :norm AND (:country IS NULL OR country = :country) "
    "ORDER BY rowid LIMIT 1"
)


class Gazetteer:
    """Read-only access to a gazetteer file; safe to share between threads.

    :param path: the SQLite file written by :func:`write_gazetteer`.
    :raises FileNotFoundError: if the file does not exist.
    :raises ValueError: if the file is not a gazetteer.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        file = Path(path)
        if not file.is_file():
            raise FileNotFoundError(
                f"Gazetteer file not found: {file} (build it with: python -m directory_app.tools.build_gazetteer)"
            )
        self.path = file
        self._lock = threading.Lock()
        self._name_words: dict[str, set[int]] | None = None
        uri = file.resolve().as_uri() + "?mode=ro"
        self._conn: sqlite3.Connection | None = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            self._query("SELECT value FROM meta WHERE key = 'schema_version'")
            self._query("SELECT 1 FROM places, place_names, postcodes LIMIT 0")
        except sqlite3.DatabaseError as exc:
            self.close()
            raise ValueError(f"Not a gazetteer file: {file} ({exc})") from exc

    def _query(self, sql: str, params: Mapping[str, Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._conn is None:
                raise RuntimeError("Gazetteer is closed")
            return self._conn.execute(sql, params).fetchall()

    def find_places(self, name: str, country: str | None = None, limit: int = 10) -> list[Place]:
        """Places whose name or any alternate name equals ``name`` after normalisation.

        :param name: place name in any language the data has (``Gand``, ``Luik``, ``Den Haag``).
        :param country: restrict to this ISO country code.
        :param limit: maximum number of results.
        :return: matches, most populous first.
        """
        norm = normalize_name(name)
        if not norm or len(norm) > _MAX_NAME_LEN or limit <= 0:
            return []
        rows = self._query(_PLACE_SELECT, {"norm": norm, "country": normalize_country(country), "limit": int(limit)})
        return [Place(*row) for row in rows]

    def major_places(self, min_population: int = 20000) -> list[tuple[str, float, float, int]]:
        """(name, latitude, longitude, population) of the larger places, most populous first (map labels).

        :param min_population: smallest population included
        """
        rows = self._query(
            "SELECT name, latitude, longitude, population FROM places WHERE population >= ? "
            "ORDER BY population DESC, name",
            (int(min_population),),
        )
        return [(str(n), float(lat), float(lon), int(pop)) for n, lat, lon, pop in rows]

    def all_names(self) -> list[tuple[str, Place]]:
        """Every (normalised name, place) pair: the places known by each spelling, for query understanding."""
        rows = self._query(
            "SELECT n.norm_name, p.id, p.name, p.country, p.region, p.latitude, p.longitude, p.population "
            "FROM place_names AS n JOIN places AS p ON p.id = n.place_id"
        )
        return [(str(r[0]), Place(*r[1:])) for r in rows]

    def names(self, place_id: int) -> list[str]:
        """Every name of a place (its own first, then alternates, as stored).

        :param place_id: the GeoNames id
        """
        rows = self._query(
            "SELECT n.name FROM place_names n JOIN places p ON p.id = n.place_id WHERE n.place_id = ? "
            "ORDER BY n.name != p.name, n.name",
            (int(place_id),),
        )
        return [r[0] for r in rows]

    def word_of_other_places(self, name: str, place_id: int) -> bool:
        """Whether ``name`` is a whole word in the name of another place (``Mont`` in Mont-Saint-Guibert).

        The words of every multi-word name are indexed in memory on first use (a few ms).

        :param name: an alternate name
        :param place_id: the place it belongs to
        """
        norm = normalize_name(name)
        if not norm or len(norm) > _MAX_NAME_LEN:
            return False
        if self._name_words is None:
            words: dict[str, set[int]] = {}
            for pid, full in self._query("SELECT place_id, norm_name FROM place_names WHERE norm_name LIKE '% %'"):
                for size in range(1, 4):
                    parts = full.split()
                    for i in range(len(parts) - size + 1):
                        phrase = " ".join(parts[i : i + size])
                        if phrase != full:
                            words.setdefault(phrase, set()).add(pid)
            self._name_words = words
        return bool(self._name_words.get(norm, set()) - {place_id})

    def postcode(self, country: str, postcode: str) -> GeocodeResult | None:
        """Coordinates of a postcode (``1105 BP``, ``1105bp``, ``B-3001`` are normalised).

        :param country: ISO country code.
        :param postcode: postcode as written.
        :return: result with precision ``"postcode"``, or ``None``.
        """
        return self._postcode(normalize_country(country), postcode, require_country=True)

    def _postcode(self, country: str | None, postcode: str, *, require_country: bool) -> GeocodeResult | None:
        if require_country and country is None:
            return None
        for code in postcode_candidates(country, postcode):
            if len(code) > _MAX_POSTCODE_LEN:
                return None
            rows = self._query(_POSTCODE_SELECT, {"code": code, "country": country})
            if not rows:
                continue
            if len({row[0] for row in rows}) > 1:
                return None  # same code in several countries and no country given
            _, place_name, lat, lon, region = rows[0]
            return GeocodeResult(lat, lon, PRECISION_POSTCODE, place_name, region)
        return None

    def geocode(
        self,
        *,
        city: str | None = None,
        postcode: str | None = None,
        country: str | None = None,
    ) -> GeocodeResult | None:
        """Locate an address: by postcode first, then by city name (most populous match).

        A city that is not a GeoNames place may still match a postcode locality name
        (precision ``"town"`` too).

        :param city: city or locality name.
        :param postcode: postcode as written.
        :param country: ISO country code; without it a postcode only counts if unambiguous.
        :return: best result, or ``None``.
        """
        cc = normalize_country(country)
        if postcode:
            found = self._postcode(cc, postcode, require_country=False)
            if found is not None:
                return found
        if not city:
            return None
        places = self.find_places(city, cc, limit=1)
        if places:
            p = places[0]
            return GeocodeResult(p.latitude, p.longitude, PRECISION_CITY, p.name, p.region)
        norm = normalize_name(city)
        if not norm or len(norm) > _MAX_NAME_LEN:
            return None
        rows = self._query(_POSTCODE_PLACE_SELECT, {"norm": norm, "country": cc})
        if rows:
            place_name, lat, lon, region = rows[0]
            return GeocodeResult(lat, lon, PRECISION_CITY, place_name, region)
        return None

    def postcode_of_place(self, name: str, country: str) -> str | None:
        """The lowest postcode whose locality bears this name in that country (``Gosselies`` -> ``6041``).

        :param name: a town or locality name, as written.
        :param country: ISO country code.
        :return: the postcode, or ``None``.
        """
        norm = normalize_name(name)
        cc = normalize_country(country)
        if not norm or cc is None or len(norm) > _MAX_NAME_LEN:
            return None
        rows = self._query(
            "SELECT min(postcode) FROM postcodes WHERE norm_place_name = :norm AND country = :country",
            {"norm": norm, "country": cc},
        )
        return rows[0][0] if rows and rows[0][0] else None

    def meta(self) -> dict[str, str]:
        """Build information: licences, attribution, source versions, build date.

        :return: key/value pairs of the ``meta`` table.
        """
        return dict(self._query("SELECT key, value FROM meta ORDER BY key"))

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_gazetteer(path: str | os.PathLike[str]) -> Gazetteer:
    """Open a gazetteer file read-only.

    :param path: the SQLite file.
    :return: an open :class:`Gazetteer`.
    :raises FileNotFoundError: if the file does not exist.
    """
    return Gazetteer(path)
