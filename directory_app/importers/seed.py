"""Read the shipped seed (``data/facilities.csv``) into validated facilities.

The seed CSV has one column per :data:`~directory_app.domain.models.FACILITY_FIELDS` entry;
multi-valued fields hold vocabulary codes separated by ``;``. A seed written before schema step 0015
(no ``source_date``, ``source_note``, ``access``, ``campus_id``, ``contact_url`` columns) still reads:
those fields are empty, its precision codes ``address``/``city`` read as ``street``/``municipality``
and a country code given as the region reads as no region. It is the curated form of
``data/reference/benelux-facilities-sourced.csv`` (made by ``python -m
directory_app.tools.make_seed``), with stable ids, vocabulary codes and coordinates.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from directory_app.domain.errors import SeedError
from directory_app.domain.models import FACILITY_FIELDS, Facility
from directory_app.domain.validation import validate_facility
from directory_app.domain.vocabulary import OLD_PRECISION_CODES

MULTI_VALUED = ("services", "modalities", "cleanroom_grades")


@dataclass(frozen=True, slots=True)
class Seed:
    """The seed's facilities and a version string that changes whenever the file does.

    :param facilities: validated facilities, in file order
    :param version: first 16 hex digits of the file's SHA-256
    """

    facilities: tuple[Facility, ...]
    version: str


def _int(value: str) -> int | None:
    value = value.strip()
    return int(value) if value else None


def _float(value: str) -> float | None:
    value = value.strip()
    return float(value) if value else None


def facility_from_row(row: dict[str, str]) -> Facility:
    """Build a facility from one seed CSV row (raises ``ValueError`` on a malformed number or date).

    :param row: column -> text
    """
    values: dict[str, object] = {}
    for name in FACILITY_FIELDS:
        text = (row.get(name) or "").strip()
        if name in MULTI_VALUED:
            values[name] = tuple(p.strip() for p in text.split(";") if p.strip())
        elif name in ("latitude", "longitude"):
            values[name] = _float(text)
        elif name in ("area_m2", "year_opened"):
            values[name] = _int(text)
        elif name == "verified_on":
            values[name] = date.fromisoformat(text) if text else None
        else:
            values[name] = text
    if not values["status"]:
        values["status"] = "operational"
    precision = str(values["geocode_precision"])
    values["geocode_precision"] = OLD_PRECISION_CODES.get(precision, precision)
    if values["region"] and values["region"] == values["country"]:
        values["region"] = ""
    return Facility(**values)  # type: ignore[arg-type]


def facility_to_row(f: Facility) -> dict[str, str]:
    """The seed CSV row of a facility (inverse of :func:`facility_from_row`).

    :param f: the facility
    """
    row: dict[str, str] = {}
    for name in FACILITY_FIELDS:
        value = getattr(f, name)
        if isinstance(value, tuple):
            row[name] = "; ".join(value)
        elif value is None:
            row[name] = ""
        elif isinstance(value, date):
            row[name] = value.isoformat()
        else:
            row[name] = str(value)
    return row


def parse_seed(text: str, *, today: date | None = None) -> tuple[list[Facility], list[str]]:
    """Parse seed CSV text; return the facilities and a list of problems (with line numbers).

    :param text: the CSV content
    :param today: reference date for validation
    """
    reader = csv.DictReader(io.StringIO(text))
    missing = [f for f in ("id", "name", "kind", "country") if f not in (reader.fieldnames or [])]
    if missing:
        return [], [f"header: missing column(s) {', '.join(missing)}"]
    facilities: list[Facility] = []
    problems: list[str] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        try:
            facility = facility_from_row(row)
        except ValueError as exc:
            problems.append(f"line {line}: {exc}")
            continue
        errors = validate_facility(facility, today=today)
        if facility.id in seen:
            problems.append(f"line {line}: id {facility.id!r} appears twice")
        seen.add(facility.id)
        problems.extend(f"line {line} ({facility.id}): {p}" for p in errors)
        if not errors:
            facilities.append(facility)
    return facilities, problems


def load_seed(path: Path) -> Seed:
    """Read and validate the seed file; any problem is fatal (the shipped seed must be clean).

    :param path: the seed CSV
    :raises SeedError: unreadable file or invalid rows
    """
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError(f"Cannot read the seed data {path}: {exc}") from exc
    facilities, problems = parse_seed(text)
    if problems:
        raise SeedError(f"The seed data {path} has {len(problems)} problem(s).", problems=problems)
    return Seed(tuple(facilities), hashlib.sha256(raw).hexdigest()[:16])


def write_seed(path: Path, facilities: list[Facility]) -> None:
    """Write facilities as a seed CSV (UTF-8, ``\\n`` line ends).

    :param path: target file
    :param facilities: rows in the order to write
    """
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(FACILITY_FIELDS), lineterminator="\n")
        writer.writeheader()
        for f in facilities:
            writer.writerow(facility_to_row(f))
