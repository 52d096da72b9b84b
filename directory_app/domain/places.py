"""Place and geocoding value objects for the offline Benelux gazetteer (pure Python)."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "EARTH_RADIUS_KM",
    "PRECISION_CITY",
    "PRECISION_POSTCODE",
    "PRECISION_TOWN",
    "GeocodeResult",
    "Place",
    "haversine_km",
    "normalize_country",
    "normalize_name",
    "normalize_postcode",
    "postcode_candidates",
]

#: Mean Earth radius (IUGG), in kilometres.
EARTH_RADIUS_KM = 6371.0088

PRECISION_POSTCODE = "postcode"
PRECISION_TOWN = "town"
PRECISION_CITY = PRECISION_TOWN
"""A place found by its name: the town's own point (the precision code was ``city`` before schema step 0015)."""


@dataclass(frozen=True, slots=True)
class Place:
    """A populated place from GeoNames.

    :param id: GeoNames id.
    :param region: ISO 3166-2 code (``BE-VLG``, ``NL-ZH``, ...; ``LU`` for all of Luxembourg).
    """

    id: int
    name: str
    country: str
    region: str | None
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """Coordinates found for an address.

    :param precision: ``"postcode"`` or ``"city"``.
    :param place_name: name of the postcode locality or place that matched.
    :param region: ISO 3166-2 code of that locality, if known.
    """

    latitude: float
    longitude: float
    precision: str
    place_name: str
    region: str | None


_SEPARATORS = re.compile(r"[\s\-'’‘‐‑–—]+")
_POSTCODE_JUNK = re.compile(r"[\s\-.]+")
# "B-3001", "BE-3001", "L-1111", "NL-1105 BP": a country prefix written before the code.
_POSTCODE_PREFIX = re.compile(r"^(?:B|BE|L|LU|NL)[\s\-]+(?=\d)", re.IGNORECASE)
_NL_FULL_POSTCODE = re.compile(r"^(\d{4})[A-Z]{2}$")


def normalize_name(text: str) -> str:
    """Normalise a place name for matching.

    Casefolds, strips diacritics (NFKD, drops combining marks and invisible format characters)
    and turns hyphens, apostrophes and whitespace runs into single spaces, so ``Liège`` ==
    ``LIEGE`` and ``Mont-Saint-Guibert`` == ``mont saint guibert``.

    :param text: raw name.
    :return: normalised name, possibly empty.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) not in ("Mn", "Me", "Mc", "Cf"))
    return _SEPARATORS.sub(" ", kept).strip()


def normalize_country(country: str | None) -> str | None:
    """Normalise an ISO 3166-1 alpha-2 country code (``" be "`` -> ``"BE"``).

    :param country: code or ``None``.
    :return: upper-case code, or ``None`` if empty.
    """
    if country is None:
        return None
    code = country.strip().upper()
    return code or None


def normalize_postcode(postcode: str) -> str:
    """Normalise a postcode for matching: upper case, no spaces, dots or hyphens, no country prefix.

    ``"1105 BP"`` and ``"1105bp"`` both give ``"1105BP"``; ``"B-3001"`` gives ``"3001"``.

    :param postcode: raw postcode.
    :return: normalised postcode, possibly empty.
    """
    code = _POSTCODE_PREFIX.sub("", postcode.strip())
    return _POSTCODE_JUNK.sub("", code).upper()


def postcode_candidates(country: str | None, postcode: str) -> list[str]:
    """Normalised forms of a postcode to look up, most specific first.

    Dutch postcodes ``1234 AB`` also yield their four-digit area ``1234``.

    :param country: ISO country code or ``None``.
    :param postcode: raw postcode.
    :return: candidate codes (empty if nothing usable is left).
    """
    code = normalize_postcode(postcode)
    if not code:
        return []
    candidates = [code]
    match = _NL_FULL_POSTCODE.match(code)
    if match and normalize_country(country) in (None, "NL"):
        candidates.append(match.group(1))
    return candidates


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in kilometres (Earth radius 6371.0088 km).

    :param lat1: latitude of the first point, degrees.
    :param lon1: longitude of the first point, degrees.
    :param lat2: latitude of the second point, degrees.
    :param lon2: longitude of the second point, degrees.
    :return: distance in km.
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
