"""GeoJSON export (RFC 7946): a FeatureCollection of Point features, one per facility.

Coordinates are ``[longitude, latitude]`` in WGS 84, rounded to 6 decimals (about 0.1 m);
facilities without (valid) coordinates get ``"geometry": null``. Properties are the chosen
columns by key, vocabulary codes as labels, multi-valued fields as arrays, dates ISO 8601.
Text is written as is: JSON is not a spreadsheet, so nothing is neutralised.
"""

from __future__ import annotations

import io
import json
import math
import os
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from directory_app.domain.models import Facility
from directory_app.exporters.base import ExportSpec, Progress, ProgressReporter, Value, as_list, atomic_write

COORDINATE_DECIMALS = 6


def _json_value(value: Value) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def geometry(facility: Facility) -> dict[str, Any] | None:
    """A GeoJSON Point for the facility, or ``None`` without finite, in-range coordinates."""
    lat, lon = facility.latitude, facility.longitude
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"type": "Point", "coordinates": [round(lon, COORDINATE_DECIMALS), round(lat, COORDINATE_DECIMALS)]}


def feature(facility: Facility, spec: ExportSpec) -> dict[str, Any]:
    """One GeoJSON Feature: the facility id, its point and the chosen columns as properties."""
    keys = [c.key for c in spec.resolved]
    properties = {k: _json_value(v) for k, v in zip(keys, spec.values(facility), strict=True)}
    return {"type": "Feature", "id": facility.id, "geometry": geometry(facility), "properties": properties}


def export_geojson(
    facilities: Iterable[Facility],
    path: str | os.PathLike[str],
    spec: ExportSpec,
    *,
    progress: Progress | None = None,
) -> None:
    """Write ``facilities`` to a GeoJSON file at ``path`` (UTF-8, no BOM; replaced all at once).

    :param facilities: the features, in order
    :param path: the file to write
    :param spec: columns (property keys), labels and extra values; headers are not used
    :param progress: ``progress(done, total)``; returning ``False`` cancels (``ExportCancelled``)
    :raises ExportError: the file cannot be written
    """
    rows = as_list(facilities)
    reporter = ProgressReporter(progress, len(rows), path)
    reporter.report(0)

    def write(handle: IO[bytes]) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="\n")
        try:
            text.write('{"type": "FeatureCollection", "features": [')
            for done, facility in enumerate(rows, 1):
                text.write("\n" if done == 1 else ",\n")
                text.write(json.dumps(feature(facility, spec), ensure_ascii=False, allow_nan=False))
                reporter.row(done)
            text.write("\n]}\n")
            text.flush()
            reporter.finish()
        finally:
            text.detach()

    atomic_write(path, write)
