"""The PDF handout: a numbered map picture of the facilities, then one block per facility.

Shared by File › Export, File › Print Handout and ``directory-app export --format pdf``: it
composes the offline basemap, the country borders and the facilities into a picture
(:mod:`directory_app.maps.static_map`) and writes the PDF (:mod:`directory_app.exporters.pdf_handout`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from directory_app import config
from directory_app.db.mbtiles import MBTiles
from directory_app.domain.errors import DirectoryError
from directory_app.domain.models import Facility
from directory_app.exporters import ExportSpec, export
from directory_app.maps.tiles import basemap_path


def handout_map(facilities: Sequence[Facility]) -> bytes:
    """The handout's map picture: numbered markers on the offline basemap and the borders."""
    from directory_app.maps.static_map import handout_points, static_map_png  # Pillow loads on first use

    try:
        borders = json.loads(config.borders_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        borders = None
    path = basemap_path()
    basemap = None
    if path is not None:
        try:
            basemap = MBTiles.open_read_only(path)
        except DirectoryError:
            basemap = None
    try:
        # zoom 8 at most: deeper would magnify the offline basemap (zoom 6) into a blur
        tile = basemap.get if basemap else None
        return static_map_png(handout_points(facilities), tile=tile, borders=borders, max_zoom=8)
    finally:
        if basemap is not None:
            basemap.close()


def write_handout(
    facilities: Sequence[Facility],
    path: Path,
    spec: ExportSpec,
    *,
    title: str,
    audience: str = "",
    strings: Mapping[str, str] | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> None:
    """Write the PDF handout of ``facilities`` (in their order) to ``path``, all or nothing."""
    export(
        "pdf",
        facilities,
        path,
        spec,
        title=title,
        audience=audience,
        generated_on=date.today(),
        map_png=handout_map(facilities),
        strings=strings,
        progress=progress,
    )
