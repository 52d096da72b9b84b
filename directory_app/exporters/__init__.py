"""Exports of facilities to files: CSV, Excel (XLSX), GeoJSON and a PDF handout; pure Python, no Qt, no SQL.

Every exporter has the signature ``(facilities, path, spec, *, progress=None, **format_options)``
and writes its file all at once (a cancelled or failed export leaves the target untouched).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

from directory_app.domain.models import Facility
from directory_app.exporters.base import (
    COLUMNS,
    DEFAULT_COLUMNS,
    EXTRA_COLUMNS,
    PRIVATE_COLUMNS,
    ExportColumn,
    ExportSpec,
    atomic_write,
    extra_keys,
    neutralise,
    shortlist_extras,
)
from directory_app.exporters.csv_export import export_csv
from directory_app.exporters.geojson_export import export_geojson

__all__ = [
    "COLUMNS",
    "DEFAULT_COLUMNS",
    "EXPORTERS",
    "EXTRA_COLUMNS",
    "PRIVATE_COLUMNS",
    "ExportColumn",
    "ExportSpec",
    "atomic_write",
    "export",
    "export_csv",
    "export_geojson",
    "export_pdf",
    "export_xlsx",
    "extra_keys",
    "neutralise",
    "shortlist_extras",
]


def export_pdf(*args: Any, **kwargs: Any) -> None:
    """:func:`directory_app.exporters.pdf_handout.export_pdf`; fpdf2 loads on first use, not at start-up."""
    from directory_app.exporters.pdf_handout import export_pdf as write_pdf

    write_pdf(*args, **kwargs)


def export_xlsx(*args: Any, **kwargs: Any) -> None:
    """:func:`directory_app.exporters.xlsx_export.export_xlsx`; openpyxl loads on first use, not at start-up."""
    from directory_app.exporters.xlsx_export import export_xlsx as write_xlsx

    write_xlsx(*args, **kwargs)


EXPORTERS: dict[str, Callable[..., None]] = {
    "csv": export_csv,
    "xlsx": export_xlsx,
    "geojson": export_geojson,
    "pdf": export_pdf,
}
"""Exporters by format name."""


def export(
    format: str, facilities: Iterable[Facility], path: str | os.PathLike[str], spec: ExportSpec, **options: Any
) -> None:
    """Export ``facilities`` to ``path`` in ``format`` (a key of :data:`EXPORTERS`).

    :param options: the format's own options (``delimiter``, ``bom``, ``sheet_title``, ``write_only``;
        for ``pdf``: ``title``, ``audience``, ``generated_on``, ``map_png``, ``strings``) and ``progress``
    :raises ValueError: unknown format
    :raises ExportError: the file cannot be written
    :raises ExportCancelled: ``progress`` returned ``False``
    """
    try:
        exporter = EXPORTERS[format]
    except KeyError:
        raise ValueError(f"unknown export format {format!r}; known: {', '.join(EXPORTERS)}") from None
    exporter(facilities, path, spec, **options)
