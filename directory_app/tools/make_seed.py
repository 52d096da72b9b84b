"""Curate the reference files in ``data/reference/`` into the seed ``data/facilities.csv``.

``python -m directory_app.tools.make_seed`` -- run it when a reference file changes. It reads

* ``benelux-facilities-sourced.csv`` (the first 80 sourced rows),
* ``facilities-research-2026-12.csv`` (the December 2026 research: add / correct / remove rows),
* ``curation-2026-12.csv`` (one decision per research row: apply or drop, fields not applied,
  overrides, whether its source becomes the row's cited source, and the reason),
* ``sites-2026-12.csv`` (per facility: municipality, town or sourced place to place it at, the
  campus it stands on, no single site, access, confidence downgrades, with the reason),
* ``place-points-2026-12.csv`` (sourced coordinates of places the gazetteer lacks),
* ``additions-2026-12.csv`` (facilities our own research added, each with a decision and reason),
* ``enrichment-2026-12.csv`` (one sourced fact per line -- website, contact, street, postcode,
  a dated source, a point, a campus, a correction -- with its evidence URL, verbatim quote,
  date and a decision),

and writes one facility per surviving row: stable ids (a slug of the name; ids already in the
seed are kept by name), vocabulary codes (free text keeps its wording in ``*_detail``), the
municipality in ``city`` and the town or campus in ``street``, a point placed at (best first)
its campus's point, a sourced place or its town, its Belgian postcode, or its municipality,
with ``geocode_precision`` saying which (``none`` and no point for a programme with no single
site), a province/canton ``region`` (ISO 3166-2), ``source_date`` from the cited source and an
empty ``verified_on`` (nobody has checked the rows since).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

from directory_app import config
from directory_app.db.gazetteer import Gazetteer, open_gazetteer
from directory_app.domain.models import Facility
from directory_app.importers.regions import be_province
from directory_app.importers.seed import parse_seed, write_seed
from directory_app.importers.vocab_matching import match_grades, match_terms

REFERENCE_CSV = "reference/benelux-facilities-sourced.csv"

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


RESEARCH_CSV = "reference/facilities-research-2026-12.csv"
CURATION_CSV = "reference/curation-2026-12.csv"
SITES_CSV = "reference/sites-2026-12.csv"
PLACE_POINTS_CSV = "reference/place-points-2026-12.csv"
ADDITIONS_CSV = "reference/additions-2026-12.csv"
ENRICHMENT_CSV = "reference/enrichment-2026-12.csv"

#: Enrichment fields and what they set.
ENRICHMENT_FIELDS = (
    "website",
    "contact",
    "street",
    "postal_code",
    "source_date",
    "source",
    "point",
    "campus_id",
    "correction",
)
#: Fields a ``correction`` fact may set (``field=value``).
CORRECTABLE = ("status", "kind", "city", "confidence", "street", "postal_code", "year_opened", "area_m2")

# English exonyms the seed uses for municipalities the research sometimes writes in Dutch.
CITY_NAMES = {"Gent": "Ghent", "Antwerpen": "Antwerp", "Brussel": "Brussels", "Luik": "Liège"}

# Luxembourg communes that occur in the data -> canton (ISO 3166-2:LU).
LU_CANTONS = {"luxembourg": "LU-LU", "esch-sur-alzette": "LU-ES", "sanem": "LU-ES", "dudelange": "LU-ES"}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _base_record(row: dict[str, str]) -> dict[str, str]:
    rec = dict(row)
    rec["source_date"] = ""
    rec["status"] = _status(row["name"])
    return rec


def merge_research(
    base: list[dict[str, str]], research: list[dict[str, str]], curation: list[dict[str, str]]
) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Apply the research rows their curation decision accepts to the base records.

    :param base: base reference rows, each with an ``id``
    :param research: research rows (action add/correct/remove)
    :param curation: one decision per research row (matched by ``research_line``)
    :return: records by id, in order, and the ids removed
    """
    decisions = {int(d["research_line"]): d for d in curation}
    records = {r["id"]: r for r in base}
    removed: list[str] = []
    for line, row in enumerate(research, start=2):
        decision = decisions.get(line)
        if decision is None:
            raise ValueError(f"research line {line} has no curation decision")
        if decision["decision"] == "drop":
            continue
        skip = {f.strip() for f in decision["skip_fields"].split(";") if f.strip()}
        overrides = dict(o.split("=", 1) for o in decision["overrides"].split("|") if "=" in o)
        action = row["action"]
        if action == "remove":
            records.pop(row["id"], None)
            removed.append(row["id"])
            continue
        if action == "add":
            facility_id = row["id"] or slugify(row["name"])
            rec = {k: "" for k in row}
            rec.update({k: v for k, v in row.items() if k not in skip})
            rec["id"] = facility_id
            rec["services_codes"] = rec["modalities_codes"] = rec["cleanroom_grades_codes"] = "yes"
            rec.update(overrides)
            records[facility_id] = rec
            continue
        rec = records[row["id"]]
        for field in (
            "kind",
            "organisation",
            "street",
            "postal_code",
            "city",
            "website",
            "services",
            "modalities",
            "cleanroom_grades",
            "area_m2",
            "year_opened",
            "status",
            "confidence",
        ):
            if row[field] and field not in skip:
                rec[field] = row[field]
                if field in ("services", "modalities", "cleanroom_grades"):
                    rec[f"{field}_codes"] = "yes"
        if (
            row["source_date"]
            and (decision["cite_as_source"] == "yes" or not rec.get("source_date"))
            and (decision["cite_as_source"] == "yes" or row["source_url"] == rec["source_url"])
        ):
            rec["source_date"] = row["source_date"]
        if decision["cite_as_source"] == "yes":
            rec["source_url"], rec["source_quote"] = row["source_url"], row["source_quote"]
            rec["source_date"] = row["source_date"]
        rec.update(overrides)
    return records, removed


def _decided(rows: list[dict[str, str]], what: str) -> list[dict[str, str]]:
    """The rows whose decision is ``apply`` (every row needs a decision; a drop needs its reason)."""
    for n, row in enumerate(rows, start=2):
        if row.get("decision") not in ("apply", "drop"):
            raise ValueError(f"{what} line {n}: decision must be apply or drop")
        if row["decision"] == "drop" and not row.get("reason"):
            raise ValueError(f"{what} line {n}: a dropped line needs its reason")
    return [row for row in rows if row["decision"] == "apply"]


def add_additions(records: dict[str, dict[str, str]], additions: list[dict[str, str]]) -> dict[str, str]:
    """Add our own research's new facilities; returns their campus links by id."""
    campus: dict[str, str] = {}
    for row in _decided(additions, "additions"):
        if row["id"] in records:
            raise ValueError(f"addition {row['id']} is already in the directory")
        rec = {k: v for k, v in row.items() if k not in ("action", "decision", "reason", "note", "campus_id")}
        rec["services_codes"] = rec["modalities_codes"] = rec["cleanroom_grades_codes"] = "yes"
        records[row["id"]] = rec
        if row.get("campus_id"):
            campus[row["id"]] = row["campus_id"]
    return campus


def apply_enrichment(
    records: dict[str, dict[str, str]], facts: list[dict[str, str]]
) -> tuple[dict[str, tuple[float, float, str]], dict[str, str]]:
    """Apply sourced facts to the records, in file order (a later fact for the same field wins).

    A ``source`` fact makes a dated page the row's cited source; the source it replaces is kept in
    the row's source note. Returns the sourced points (lat, lon, "building"/"campus") and campus links.
    """
    points: dict[str, tuple[float, float, str]] = {}
    campus: dict[str, str] = {}
    lines = {id(row): n for n, row in enumerate(facts, start=2)}
    for fact in _decided(facts, "enrichment"):
        n = lines[id(fact)]  # the line in the file, for messages
        rec = records.get(fact["id"])
        field, value = fact["field"], fact["value"].strip()
        if rec is None:
            raise ValueError(f"enrichment line {n}: unknown id {fact['id']!r}")
        if field not in ENRICHMENT_FIELDS:
            raise ValueError(f"enrichment line {n}: unknown field {field!r}")
        if not fact["evidence_url"].startswith(("http://", "https://")) or not fact["evidence_quote"]:
            raise ValueError(f"enrichment line {n}: a fact needs its evidence URL and verbatim quote")
        if field in ("website", "street", "postal_code"):
            rec[field] = value
        elif field == "contact":
            # a generic e-mail (info@...) or a contact page
            rec["email" if "@" in value and not value.startswith(("http://", "https://")) else "contact_url"] = value
        elif field == "source_date":
            if fact["evidence_url"] != rec["source_url"]:
                raise ValueError(f"enrichment line {n}: a source date must be read on the row's own source")
            rec["source_date"] = value
        elif field == "source":
            if not fact["evidence_date"]:
                raise ValueError(f"enrichment line {n}: a replacement source must be dated")
            if rec["source_url"] and rec["source_url"] != value:
                earlier = f"Earlier source: {rec['source_url']}"
                rec["source_note"] = "; ".join(x for x in (rec.get("source_note", ""), earlier) if x)
            rec["source_url"], rec["source_quote"], rec["source_date"] = (
                value,
                fact["evidence_quote"],
                fact["evidence_date"],
            )
        elif field == "point":
            lat, lon = (float(x) for x in value.split(","))
            points[fact["id"]] = (lat, lon, "campus" if "campus" in fact["note"].lower() else "building")
        elif field == "campus_id":
            campus[fact["id"]] = value
        else:  # correction: field=value
            target, _, new = value.partition("=")
            if target not in CORRECTABLE:
                raise ValueError(f"enrichment line {n}: cannot correct {target!r}")
            rec[target] = new.strip()
    return points, campus


def _point(
    gaz: Gazetteer, name: str, country: str, points: dict[str, tuple[float, float]]
) -> tuple[float, float] | None:
    if name in points:
        return points[name]
    found = gaz.find_places(name, country=country, limit=1)
    return (found[0].latitude, found[0].longitude) if found else None


_BE_POSTCODES: list[tuple[str, float, float]] = []


def _be_postcodes(gaz: Gazetteer) -> list[tuple[str, float, float]]:
    """Every Belgian postcode the gazetteer knows, with its point (read once)."""
    if not _BE_POSTCODES:
        for code in range(1000, 10000):
            found = gaz.postcode("BE", str(code))
            if found is not None:
                _BE_POSTCODES.append((str(code), found.latitude, found.longitude))
    return _BE_POSTCODES


def _region(gaz: Gazetteer, country: str, lat: float, lon: float, postcode: str, town: str) -> str:
    if country == "BE":
        if postcode and be_province(re.sub(r"\D", "", postcode)):
            return be_province(re.sub(r"\D", "", postcode))
        # the nearest Belgian postcode point: its code gives the province
        nearest = min(_be_postcodes(gaz), key=lambda p: (p[1] - lat) ** 2 + ((p[2] - lon) * 0.63) ** 2, default=None)
        return be_province(nearest[0]) if nearest else ""
    if country == "NL":
        found = gaz.find_places(town, country="NL", limit=1)
        return found[0].region if found and found[0].region and found[0].region != "NL" else ""
    return LU_CANTONS.get(town.lower(), "")


def curate(data: Path, gazetteer: Path, existing: Path | None) -> list[Facility]:
    """Turn the reference files into seed facilities.

    :param data: the data folder (reads ``reference/*.csv``)
    :param gazetteer: the offline gazetteer file
    :param existing: the current seed, whose ids are kept (matched by name)
    """
    ids_by_name: dict[str, str] = {}
    if existing is not None and existing.exists():
        old, _ = parse_seed(existing.read_text(encoding="utf-8-sig"))
        ids_by_name = {f.name: f.id for f in old}
    used: set[str] = set(ids_by_name.values())
    base: list[dict[str, str]] = []
    for row in _read(data / REFERENCE_CSV):
        facility_id = ids_by_name.get(row["name"])
        if facility_id is None:
            slug = facility_id = slugify(row["name"])
            n = 2
            while facility_id in used:
                facility_id, n = f"{slug}-{n}", n + 1
            used.add(facility_id)
        base.append(_base_record({**row, "id": facility_id}))
    records, removed = merge_research(base, _read(data / RESEARCH_CSV), _read(data / CURATION_CSV))
    campus_links = add_additions(records, _read(data / ADDITIONS_CSV)) if (data / ADDITIONS_CSV).exists() else {}
    sourced_points: dict[str, tuple[float, float, str]] = {}
    if (data / ENRICHMENT_CSV).exists():
        sourced_points, enriched_links = apply_enrichment(records, _read(data / ENRICHMENT_CSV))
        campus_links.update(enriched_links)
    sites = {s["id"]: s for s in _read(data / SITES_CSV)}
    for facility_id, campus_id in campus_links.items():
        sites.setdefault(facility_id, {})["campus_id"] = campus_id
    unknown = sorted(set(sites) - set(records) - set(removed))
    if unknown:
        raise ValueError(f"sites file names unknown ids: {unknown}")
    points = {p["name"]: (float(p["latitude"]), float(p["longitude"])) for p in _read(data / PLACE_POINTS_CSV)}
    out: list[Facility] = []
    placed: dict[str, tuple[float, float]] = {}
    point_of = {p["name"]: p.get("of", "") for p in _read(data / PLACE_POINTS_CSV)}
    campus_precision: dict[str, str] = {}  # what a site on the campus inherits
    with open_gazetteer(gazetteer) as gaz:
        # campuses first, so that their sites can stand on their point
        order = sorted(records.values(), key=lambda r: (sites.get(r["id"], {}).get("campus_id", "") != "",))
        for rec in order:
            site = sites.get(rec["id"], {})
            for field in ("kind", "confidence"):
                if site.get(field):
                    rec[field] = site[field]
            city = CITY_NAMES.get(rec["city"], rec["city"])
            if site.get("city"):
                city = "" if site["city"] == "-" else site["city"]
            country = rec["country"]
            lat = lon = None
            region = site.get("region", "")
            campus_id = site.get("campus_id", "")
            if site.get("no_site") == "yes":
                precision = "none"
            elif rec["id"] in sourced_points:
                # a sourced coordinate of the building (street) or of the campus itself
                lat, lon, of = sourced_points[rec["id"]]
                precision = "campus" if of == "campus" or rec["kind"] == "science_park" else "street"
            elif campus_id:
                # the campus's point, as precise as that point is: "campus" only when it is the
                # campus's own sourced point, else its postcode or its town
                lat, lon = placed[campus_id]
                precision = campus_precision[campus_id]
            else:
                point, precision = None, ""
                if site.get("place"):
                    # a sourced place: a campus, or a district such as Sart-Tilman
                    point = _point(gaz, site["place"], country, points)
                    precision = "campus" if point_of.get(site["place"]) == "campus" else "town"
                if point is None and rec["postal_code"] and country == "BE":
                    # the site's own postcode (a Belgian postcode is one town or district)
                    found = gaz.postcode(country, rec["postal_code"])
                    point, precision = ((found.latitude, found.longitude) if found else None), "postcode"
                if point is None and site.get("locality"):
                    point, precision = _point(gaz, site["locality"], country, points), "town"
                if point is None:
                    point = _point(gaz, city, country, points)
                    precision = "municipality" if site.get("town_unknown") == "yes" else "town"
                if point is None:
                    raise LookupError(f"{rec['id']}: no gazetteer point for {city!r}")
                lat, lon = point
            if lat is not None and lon is not None:
                lat, lon = round(lat, 5), round(lon, 5)
                placed[rec["id"]] = (lat, lon)
                campus_precision[rec["id"]] = {"campus": "campus", "street": "campus", "postcode": "postcode"}.get(
                    precision, "town"
                )
                if not region:
                    town = site.get("locality") or city
                    region = _region(gaz, country, lat, lon, rec["postal_code"], town)
            out.append(_facility(rec, city, region, lat, lon, precision, campus_id, site.get("access", "")))
    position = {rid: i for i, rid in enumerate(records)}
    out.sort(key=lambda f: position[f.id])
    return out


def _codes(rec: dict[str, str], field: str, vocabulary: str) -> tuple[tuple[str, ...], str]:
    """Codes and the source's wording: research rows give codes, base rows free text."""
    text = rec[field]
    codes, _ = match_terms(text, vocabulary)
    return tuple(codes), "" if rec.get(f"{field}_codes") == "yes" else text


def _facility(
    rec: dict[str, str],
    city: str,
    region: str,
    lat: float | None,
    lon: float | None,
    precision: str,
    campus_id: str,
    access: str,
) -> Facility:
    services, services_detail = _codes(rec, "services", "service")
    modalities, modalities_detail = _codes(rec, "modalities", "modality")
    if not access and rec["kind"] in ("incubator", "accelerator", "science_park") and rec["status"] != "closed":
        access = "open"  # an incubator, accelerator or science park exists to host or select third parties
    return Facility(
        id=rec["id"],
        name=rec["name"],
        kind=rec["kind"],
        organisation=rec["organisation"],
        street=rec["street"],
        postal_code=rec["postal_code"],
        city=city,
        region=region,
        country=rec["country"],
        latitude=lat,
        longitude=lon,
        geocode_precision=precision,
        website=rec["website"],
        services=services,
        services_detail=services_detail,
        modalities=modalities,
        modalities_detail=modalities_detail,
        cleanroom_grades=tuple(match_grades(rec["cleanroom_grades"])),
        cleanroom_detail=rec["cleanroom_grades"] if rec.get("cleanroom_grades_codes") != "yes" else "",
        area_m2=int(rec["area_m2"]) if rec["area_m2"] else None,
        year_opened=int(rec["year_opened"]) if rec["year_opened"] else None,
        status=rec["status"] or "operational",
        source_url=rec["source_url"],
        source_quote=rec["source_quote"],
        verified_on=None,
        confidence=rec["confidence"],
        source_date=rec.get("source_date", ""),
        access=access,
        campus_id=campus_id,
        source_note=rec.get("source_note", ""),
        contact_url=rec.get("contact_url", ""),
        email=rec.get("email", ""),
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=config.data_dir() / "facilities.csv")
    args = parser.parse_args(argv)
    data = config.data_dir()
    facilities = curate(data, config.gazetteer_path(), data / "facilities.csv")
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
