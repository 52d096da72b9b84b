"""Curate ``data/reference/benelux-facilities-sourced.csv`` into the seed ``data/facilities.csv``.

``python -m directory_app.tools.make_seed`` -- run it when the reference file changes. It:

* gives every row a stable id (a slug of its name; ids already in the seed are kept by name),
* maps free-text services, modalities and cleanroom grades to vocabulary codes, keeping the
  source's wording in the ``*_detail`` fields,
* maps the region to ISO 3166-2 (Belgian regions; Dutch provinces from the gazetteer),
* geocodes every row offline with the gazetteer: postcode, then city; programmes without a
  city are placed at their region's or country's capital with precision ``region``/``country``,
* records a status from the research notes (planned, under construction, closure announced),
* keeps source URL, quote and confidence verbatim, and the date the sources were compiled.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from directory_app import config
from directory_app.db.gazetteer import Gazetteer, open_gazetteer
from directory_app.domain.models import Facility
from directory_app.importers.seed import parse_seed, write_seed
from directory_app.importers.vocab_matching import match_grades, match_terms

REFERENCE_CSV = "reference/benelux-facilities-sourced.csv"

RESEARCH_DATE = date(2026, 11, 1)
"""When the reference rows were compiled from their sources (``anchors.md``: "Research date:
November 2026"). The sources themselves are stored snapshots of varying age."""

BELGIAN_REGIONS = {"flanders": "BE-VLG", "wallonia": "BE-WAL", "brussels": "BE-BRU"}

# Where a row names no city: (place to use, precision). Region capitals and national capitals.
FALLBACK_PLACES = {
    "BE-WAL": ("Namur", "region"),
    "BE-VLG": ("Brussels", "region"),
    "BE-BRU": ("Brussels", "region"),
    "NL": ("Amsterdam", "country"),
    "LU": ("Luxembourg", "country"),
}

# Status from the research notes (data/reference/benelux-facilities-sourced.md, section 4):
# (substring of the name, status).
STATUS_RULES: tuple[tuple[str, str], ...] = (
    ("closure announced", "closing"),
    ("Innovation Cradle Leuven", "under_construction"),
    ("UZ Leuven / KU Leuven ATMP facility", "under_construction"),
    ("UZ Gent GMP cell and gene therapy facility", "planned"),
    ("Prinses Máxima Centrum cell therapy facility", "under_construction"),
    ("Bristol Myers Squibb CAR-T cell therapy facility", "under_construction"),
    ("Batavia Biomanufacturing facility", "under_construction"),
    ("Legia Park", "planned"),
    ("Bio Incubator Brussels (VUB campus", "planned"),
    ("HE:AL Campus", "planned"),
)


def slugify(text: str, max_length: int = 60) -> str:
    """A lower-case ASCII slug of ``text`` cut at a word boundary.

    :param text: e.g. a facility name
    :param max_length: longest slug
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "facility"


def _status(name: str) -> str:
    for needle, status in STATUS_RULES:
        if needle.lower() in name.lower():
            return status
    return "operational"


def _geocode(gaz: Gazetteer, row: dict[str, str], region: str) -> tuple[float, float, str, str | None]:
    country = row["country"].strip()
    result = gaz.geocode(city=row["city"] or None, postcode=row["postal_code"] or None, country=country)
    if result is not None:
        return result.latitude, result.longitude, result.precision, result.region
    place, precision = FALLBACK_PLACES[region or country]
    found = gaz.find_places(place, country=country, limit=1)
    if not found:
        raise LookupError(f"no gazetteer place for fallback {place!r}")
    return found[0].latitude, found[0].longitude, precision, None


def curate(reference: Path, gazetteer: Path, existing: Path | None) -> list[Facility]:
    """Turn reference rows into seed facilities.

    :param reference: the sourced reference CSV
    :param gazetteer: the offline gazetteer file
    :param existing: the current seed, whose ids are kept (matched by name)
    """
    ids_by_name: dict[str, str] = {}
    if existing is not None and existing.exists():
        old, _ = parse_seed(existing.read_text(encoding="utf-8-sig"))
        ids_by_name = {f.name: f.id for f in old}
    out: list[Facility] = []
    used: set[str] = set(ids_by_name.values())
    with reference.open(encoding="utf-8") as fh, open_gazetteer(gazetteer) as gaz:
        for row in csv.DictReader(fh):
            row = {k: (v or "").strip() for k, v in row.items()}
            country = row["country"]
            region = BELGIAN_REGIONS.get(row["region"].lower(), "") if country == "BE" else ""
            lat, lon, precision, found_region = _geocode(gaz, row, region)
            if country == "LU":
                region = "LU"
            elif country == "NL":
                region = found_region if found_region and row["city"] else "NL"
            facility_id = ids_by_name.get(row["name"])
            if facility_id is None:
                base = slugify(row["name"])
                facility_id, n = base, 2
                while facility_id in used:
                    facility_id, n = f"{base}-{n}", n + 1
                used.add(facility_id)
            services, _ = match_terms(row["services"], "service")
            modalities, _ = match_terms(row["modalities"], "modality")
            out.append(
                Facility(
                    id=facility_id,
                    name=row["name"],
                    kind=row["kind"],
                    organisation=row["organisation"],
                    street=row["street"],
                    postal_code=row["postal_code"],
                    city=row["city"],
                    region=region,
                    country=country,
                    latitude=round(lat, 5),
                    longitude=round(lon, 5),
                    geocode_precision=precision,
                    website=row["website"],
                    services=tuple(services),
                    services_detail=row["services"],
                    modalities=tuple(modalities),
                    modalities_detail=row["modalities"],
                    cleanroom_grades=tuple(match_grades(row["cleanroom_grades"])),
                    cleanroom_detail=row["cleanroom_grades"],
                    area_m2=int(row["area_m2"]) if row["area_m2"] else None,
                    year_opened=int(row["year_opened"]) if row["year_opened"] else None,
                    status=_status(row["name"]),
                    source_url=row["source_url"],
                    source_quote=row["source_quote"],
                    verified_on=RESEARCH_DATE,
                    confidence=row["confidence"],
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=config.data_dir() / "facilities.csv")
    args = parser.parse_args(argv)
    data = config.data_dir()
    facilities = curate(data / REFERENCE_CSV, config.gazetteer_path(), args.output)
    write_seed(args.output, facilities)
    _, problems = parse_seed(args.output.read_text(encoding="utf-8"))
    for p in problems:
        print(p, file=sys.stderr)
    precisions: dict[str, int] = {}
    for f in facilities:
        precisions[f.geocode_precision] = precisions.get(f.geocode_precision, 0) + 1
    print(f"{len(facilities)} facilities written to {args.output}; geocode precision: {precisions}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
