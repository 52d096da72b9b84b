"""The province of a Belgian postcode, and which region codes an import may store.

Belgian postcodes are allocated by province (bpost): 1000-1299 Brussels-Capital, 1300-1499
Walloon Brabant, 1500-1999 and 3000-3499 Flemish Brabant, 2000-2999 Antwerp, 3500-3999 Limburg,
4000-4999 Liège, 5000-5999 Namur, 6000-6599 and 7000-7999 Hainaut, 6600-6999 Luxembourg,
8000-8999 West Flanders, 9000-9999 East Flanders. Codes are ISO 3166-2:BE.
"""

from __future__ import annotations

import re

_BE_RANGES: tuple[tuple[int, int, str], ...] = (
    (1000, 1299, "BE-BRU"),
    (1300, 1499, "BE-WBR"),
    (1500, 1999, "BE-VBR"),
    (2000, 2999, "BE-VAN"),
    (3000, 3499, "BE-VBR"),
    (3500, 3999, "BE-VLI"),
    (4000, 4999, "BE-WLG"),
    (5000, 5999, "BE-WNA"),
    (6000, 6599, "BE-WHT"),
    (6600, 6999, "BE-WLX"),
    (7000, 7999, "BE-WHT"),
    (8000, 8999, "BE-VWV"),
    (9000, 9999, "BE-VOV"),
)

COARSE_REGIONS = frozenset({"", "BE", "NL", "LU", "BE-VLG", "BE-WAL"})
"""Region values an import refines from the postcode or town: none, a bare country, or a Belgian
region that has provinces (a bare country is never stored as a region)."""

_BE_POSTCODE = re.compile(r"^(?:B\s*-?\s*)?(\d{4})$", re.IGNORECASE)


def be_province(postcode: str) -> str:
    """The ISO 3166-2 province (or ``BE-BRU``) of a Belgian postcode (``9052`` -> ``BE-VOV``); ``""`` if not one."""
    m = _BE_POSTCODE.match((postcode or "").strip())
    if not m:
        return ""
    number = int(m.group(1))
    return next((code for low, high, code in _BE_RANGES if low <= number <= high), "")


def storable_region(code: str | None) -> str:
    """``code`` unless it is a bare country code (``NL``, ``LU``, ``BE``), which is never a region."""
    code = (code or "").strip()
    return "" if code in ("BE", "NL", "LU") else code
