"""CSV export: UTF-8 (with a BOM by default, so that Excel reads accents right), one header row."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from datetime import date
from typing import IO

from directory_app.domain.models import Facility
from directory_app.exporters.base import (
    FORMULA_TRIGGERS,
    MULTI_SEPARATOR,
    ExportSpec,
    Progress,
    ProgressReporter,
    Value,
    as_list,
    atomic_write,
    neutralise,
)

DELIMITERS = (",", ";")
"""Accepted delimiters: ``,`` (the standard) and ``;`` (what Excel expects where ``,`` is the decimal mark)."""


def cell_text(value: Value) -> str:
    """The CSV text of a typed value; only text (not numbers) is neutralised against formulas.

    Numbers use Python's shortest round-trip form (``repr``), dates ISO 8601, lists are joined
    with ``"; "``, ``None`` is empty.
    """
    if type(value) is str:  # the common case first
        return "'" + value if value.startswith(FORMULA_TRIGGERS) else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return neutralise(MULTI_SEPARATOR.join(value))
    return neutralise(value)


def export_csv(
    facilities: Iterable[Facility],
    path: str | os.PathLike[str],
    spec: ExportSpec,
    *,
    delimiter: str = ",",
    bom: bool = True,
    progress: Progress | None = None,
) -> None:
    """Write ``facilities`` to a CSV file at ``path`` (replaced all at once, see ``atomic_write``).

    :param facilities: the rows, in order
    :param path: the file to write
    :param spec: columns, headers, labels and extra values
    :param delimiter: ``","`` or ``";"`` (anything else is a ``ValueError``)
    :param bom: start with a UTF-8 byte order mark
    :param progress: ``progress(done, total)``; returning ``False`` cancels (``ExportCancelled``)
    :raises ExportError: the file cannot be written
    """
    if delimiter not in DELIMITERS:
        raise ValueError(f"CSV delimiter must be one of {DELIMITERS}, not {delimiter!r}")
    rows = as_list(facilities)
    reporter = ProgressReporter(progress, len(rows), path)
    reporter.report(0)

    def write(handle: IO[bytes]) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig" if bom else "utf-8", newline="")
        try:
            writer = csv.writer(text, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            writer.writerow([neutralise(h) for h in spec.header_row()])
            for done, facility in enumerate(rows, 1):
                writer.writerow([cell_text(v) for v in spec.values(facility)])
                reporter.row(done)
            text.flush()
            reporter.finish()
        finally:
            text.detach()

    atomic_write(path, write)
