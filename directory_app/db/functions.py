"""SQL functions the queries use, registered on every connection that searches."""

from __future__ import annotations

import re

from sqlite_utils import Database

from directory_app.domain.places import haversine_km, normalize_name

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: object) -> str:
    """Case-, accent- and punctuation-insensitive form of a value (``Liège`` -> ``liege``; ``CAR-T`` -> ``car t``).

    :param text: any value (``None`` gives "")
    """
    if text is None:
        return ""
    return _NON_ALNUM.sub(" ", normalize_name(str(text))).strip()


def distance_km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float | None:
    """Great-circle distance in km, ``None`` when a coordinate is missing."""
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return None
    return haversine_km(float(lat1), float(lon1), float(lat2), float(lon2))


def register_functions(db: Database) -> None:
    """Register ``fold()`` and ``distance_km()`` on ``db`` (idempotent)."""
    db.register_function(fold, deterministic=True, name="fold")
    db.register_function(distance_km, deterministic=True, name="distance_km")


def has_math_functions(db: Database) -> bool:
    """Whether this SQLite build has the math functions (sin, asin, radians...) built in."""
    cached = getattr(db, "_directory_app_math", None)
    if cached is None:
        try:
            db.execute("SELECT asin(sin(radians(1.0)))").fetchone()
            cached = True
        except Exception:
            cached = False
        db._directory_app_math = cached  # type: ignore[attr-defined]
    return bool(cached)


def distance_sql(lat: str, lon: str, plat: str, plon: str, *, math: bool) -> str:
    """SQL for the great-circle distance (km) between a row's ``lat``/``lon`` and bound ``plat``/``plon``.

    Pure SQL (fast) when the build has math functions; else the Python ``distance_km()``.
    """
    if not math:
        return f"distance_km({lat}, {lon}, {plat}, {plon})"
    return (
        f"(12742.0176 * asin(sqrt(pow(sin(radians({lat} - {plat}) / 2), 2) + cos(radians({plat})) "
        f"* cos(radians({lat})) * pow(sin(radians({lon} - {plon}) / 2), 2))))"
    )
