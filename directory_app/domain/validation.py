"""Rules a facility must satisfy before it is written to the directory."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date

from directory_app.domain import vocabulary as vocab
from directory_app.domain.models import Facility, parse_source_date

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

POSTCODE_FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "BE": (re.compile(r"^\d{4}$"), "4 digits, e.g. 3001"),
    # the 4 digits alone are the postcode area (PC4), as many lists and registers give it
    "NL": (re.compile(r"^\d{4}( [A-Z]{2})?$"), "4 digits, then a space and 2 capital letters, e.g. 1105 BP"),
    "LU": (re.compile(r"^(?:L-)?\d{4}$"), "4 digits, optionally after L-, e.g. L-1855"),
}
"""Postcode pattern and its description per country (as stored: no country prefix for BE and NL)."""


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
    if f.geocode_precision == "none" and (f.latitude is not None or f.longitude is not None):
        add("geocode_precision", "site_with_point", "a programme with no single site has no coordinates")
    if f.access and not vocab.is_known("access", f.access):
        add("access", "unknown_term", f.access)
    if f.source_date and parse_source_date(f.source_date) is None:
        add("source_date", "not_a_source_date", f.source_date)
    if f.campus_id and (not _ID.match(f.campus_id) or f.campus_id == f.id):
        add("campus_id", "invalid", f.campus_id)
    for name, codes in (("services", f.services), ("modalities", f.modalities)):
        vocabulary = "service" if name == "services" else "modality"
        for code in codes:
            if not vocab.is_known(vocabulary, code):
                add(name, "unknown_term", code)
    for grade in f.cleanroom_grades:
        if not vocab.is_known("cleanroom_grade", grade):
            add("cleanroom_grades", "unknown_term", grade)
    problems.extend(_coordinate_problems(f))
    for name, value in (("website", f.website), ("source_url", f.source_url), ("contact_url", f.contact_url)):
        if value and not _URL.match(value):
            add(name, "invalid_url", value)
    if f.postal_code and f.country in POSTCODE_FORMATS and not POSTCODE_FORMATS[f.country][0].match(f.postal_code):
        add(
            "postal_code",
            "invalid_postcode",
            f"{f.postal_code!r}: {f.country} postcodes are {POSTCODE_FORMATS[f.country][1]}",
        )
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


def tidy_postcode(country: str, postcode: str) -> str:
    """A postcode as people write it, in the stored form of its country (``1105bp`` -> ``1105 BP``,
    ``B-3001`` -> ``3001``, ``l 1855`` -> ``L-1855``); anything unrecognised is returned trimmed.

    :param country: ISO code of the facility's country
    :param postcode: the text typed or read
    """
    text = postcode.strip().upper()
    compact = re.sub(r"[\s.]+", "", text)
    if country == "BE" and (m := re.fullmatch(r"(?:BE?-?)?(\d{4})", compact)):
        return m.group(1)
    if country == "NL" and (m := re.fullmatch(r"(?:NL-?)?(\d{4})([A-Z]{2})", compact)):
        return f"{m.group(1)} {m.group(2)}"
    if country == "LU" and (m := re.fullmatch(r"(?:LU?-?)(\d{4})", compact)):
        return f"L-{m.group(1)}"
    return postcode.strip()


MESSAGES: dict[str, str] = {
    "required": "is required",
    "invalid": "is not valid (lower-case letters, digits and hyphens)",
    "unknown_term": "is not a term of the vocabulary",
    "country_mismatch": "does not belong to the country",
    "incomplete": "latitude and longitude go together",
    "out_of_range": "is out of range",
    "outside_country": "lies outside the country",
    "invalid_url": "is not a web address (http:// or https://)",
    "invalid_email": "is not an e-mail address",
    "invalid_postcode": "is not a postcode of the country",
    "in_future": "is in the future",
    "not_a_number": "is not a number",
    "not_a_date": "is not a date (YYYY-MM-DD)",
    "not_a_source_date": "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
    "site_with_point": "cannot have coordinates",
}
"""English wording of each problem code (the GUI translates it)."""

_NUMBERS = {"latitude": float, "longitude": float, "area_m2": int, "year_opened": int}
_LISTS = {"services", "modalities", "cleanroom_grades"}


def facility_from_fields(values: Mapping[str, object]) -> tuple[Facility, list[tuple[str, str]]]:
    """Build a :class:`Facility` from loosely typed fields (text from a form or a file).

    Numbers may be text (a decimal comma is accepted), lists may be ``;``/``,``-separated text,
    dates ISO text. Values that cannot be read are left empty and reported.

    :param values: field name -> value; unknown names are ignored
    :return: the facility and the (field, message) problems of reading it
    """
    known = {f.name for f in fields(Facility)}
    data: dict[str, object] = {}
    problems: list[tuple[str, str]] = []
    for name, value in values.items():
        if name not in known:
            continue
        if name in _NUMBERS:
            if value is None or (isinstance(value, str) and not value.strip()):
                data[name] = None
                continue
            try:
                text = str(value).strip().replace(",", ".")
                data[name] = _NUMBERS[name](float(text)) if _NUMBERS[name] is int else float(text)
            except ValueError:
                data[name] = None
                problems.append((name, f"{value!r} {MESSAGES['not_a_number']}"))
        elif name in _LISTS:
            items = re.split(r"[;,]", value) if isinstance(value, str) else list(value or ())  # type: ignore[call-overload]
            data[name] = tuple(str(i).strip() for i in items if str(i).strip())
        elif name == "verified_on":
            if isinstance(value, date) or value is None:
                data[name] = value
            elif str(value).strip():
                try:
                    data[name] = date.fromisoformat(str(value).strip())
                except ValueError:
                    problems.append((name, f"{value!r} {MESSAGES['not_a_date']}"))
        else:
            data[name] = "" if value is None else str(value).strip()
    data.setdefault("id", "")
    data.setdefault("name", "")
    data.setdefault("kind", "")
    return Facility(**data), problems  # type: ignore[arg-type]


def problems_of(record: Facility | Mapping[str, object], *, today: date | None = None) -> list[tuple[str, str]]:
    """Every problem of a facility (or of a dict of its fields) as (field, English message) pairs.

    The one entry point for the edit form and the importer; an empty list means it may be stored.

    :param record: a facility, or field name -> value (see :func:`facility_from_fields`)
    :param today: reference date for "verified in the future"
    """
    problems: list[tuple[str, str]] = []
    if isinstance(record, Facility):
        facility = record
    else:
        facility, problems = facility_from_fields(record)
    for p in validate_facility(facility, today=today):
        message = MESSAGES.get(p.code, p.code)
        problems.append((p.field, f"{message} ({p.detail})" if p.detail and p.detail != message else message))
    return problems
