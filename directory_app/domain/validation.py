"""Rules a facility must satisfy before it is written to the directory."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from directory_app.domain import vocabulary as vocab
from directory_app.domain.models import Facility

# Generous bounding boxes (south, west, north, east) of each country, for a sanity check of
# coordinates against the country they claim.
COUNTRY_BOUNDS: dict[str, tuple[float, float, float, float]] = {
    "BE": (49.45, 2.50, 51.55, 6.45),
    "NL": (50.70, 3.30, 53.60, 7.25),
    "LU": (49.40, 5.70, 50.20, 6.55),
}

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a record is not acceptable.

    :param field: the field at fault
    :param code: a machine-readable reason (``required``, ``unknown_term``, ``out_of_range``...)
    :param detail: the offending value or an explanation, in English
    """

    field: str
    code: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.code}" + (f" ({self.detail})" if self.detail else "")


def validate_facility(f: Facility, *, today: date | None = None) -> list[Problem]:
    """Every problem of ``f``; an empty list means it may be stored.

    :param f: the facility to check
    :param today: reference date for "verified in the future" (default: today)
    """
    today = today or date.today()
    problems: list[Problem] = []

    def add(field: str, code: str, detail: str = "") -> None:
        problems.append(Problem(field, code, detail))

    if not _ID.match(f.id or ""):
        add("id", "invalid", f.id)
    if not f.name.strip():
        add("name", "required")
    for name, value in (("kind", f.kind), ("country", f.country), ("status", f.status)):
        if not value:
            add(name, "required")
        elif not vocab.is_known(name, value):
            add(name, "unknown_term", value)
    if f.region and not vocab.is_known("region", f.region):
        add("region", "unknown_term", f.region)
    if f.region and f.country and not (f.region == f.country or f.region.startswith(f.country + "-")):
        add("region", "country_mismatch", f"{f.region} is not in {f.country}")
    if f.confidence and not vocab.is_known("confidence", f.confidence):
        add("confidence", "unknown_term", f.confidence)
    if f.geocode_precision and not vocab.is_known("geocode_precision", f.geocode_precision):
        add("geocode_precision", "unknown_term", f.geocode_precision)
    for name, codes in (("services", f.services), ("modalities", f.modalities)):
        vocabulary = "service" if name == "services" else "modality"
        for code in codes:
            if not vocab.is_known(vocabulary, code):
                add(name, "unknown_term", code)
    for grade in f.cleanroom_grades:
        if not vocab.is_known("cleanroom_grade", grade):
            add("cleanroom_grades", "unknown_term", grade)
    problems.extend(_coordinate_problems(f))
    for name, value in (("website", f.website), ("source_url", f.source_url)):
        if value and not _URL.match(value):
            add(name, "invalid_url", value)
    if f.email and not _EMAIL.match(f.email):
        add("email", "invalid_email", f.email)
    if f.area_m2 is not None and not 0 < f.area_m2 < 10_000_000:
        add("area_m2", "out_of_range", str(f.area_m2))
    if f.year_opened is not None and not 1800 <= f.year_opened <= today.year + 10:
        add("year_opened", "out_of_range", str(f.year_opened))
    if f.verified_on is not None and f.verified_on > today:
        add("verified_on", "in_future", f.verified_on.isoformat())
    return problems


def _coordinate_problems(f: Facility) -> list[Problem]:
    if f.latitude is None and f.longitude is None:
        return []
    if f.latitude is None or f.longitude is None:
        return [Problem("latitude", "incomplete", "latitude and longitude go together")]
    if not (-90 <= f.latitude <= 90 and -180 <= f.longitude <= 180):
        return [Problem("latitude", "out_of_range", f"{f.latitude}, {f.longitude}")]
    bounds = COUNTRY_BOUNDS.get(f.country)
    if bounds:
        south, west, north, east = bounds
        if not (south <= f.latitude <= north and west <= f.longitude <= east):
            return [Problem("latitude", "outside_country", f"{f.latitude}, {f.longitude} not in {f.country}")]
    return []
