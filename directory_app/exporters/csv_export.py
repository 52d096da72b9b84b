"""CSV export: UTF-8 (with a BOM by default, so that Excel reads accents right), one header row."""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Callable, Iterable
from datetime import date
from typing import IO, Any

from directory_app.domain.models import Facility
from directory_app.exporters.base import (
    FORMULA_TRIGGERS,
    MULTI_SEPARATOR,
    CellRules,
    ExportSpec,
    Progress,
    ProgressReporter,
    Value,
    as_list,
    atomic_write,
    neutralise,
    normalise_value,
    row_function,
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


_TRIGGERS_AFTER_NUL = tuple("\x00" + t for t in FORMULA_TRIGGERS)
"""Formula triggers at the start of a cell, in a row's text cells joined by NUL (a NUL inside a
cell only causes a needless exact check, never a miss)."""


def _clean(texts: tuple[str, ...]) -> bool:
    joined = "\x00" + "\x00".join(texts)
    return not any([t in joined for t in _TRIGGERS_AFTER_NUL])


def _plain(value: Any) -> Any:
    """A non-text field's value as ``csv.writer`` should get it: numbers, dates and ``None`` as they
    are, since it writes them as :func:`cell_text` does (``str`` of an int or float is its ``repr``,
    a date's is ISO 8601, ``None`` is empty)."""
    kind = type(value)
    if value is None or kind is int or kind is date:
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    return cell_text(normalise_value(value))


CSV_CELLS = CellRules(plain=_plain, clean=_clean, text=neutralise, extra=cell_text)
"""CSV cells: formula triggers neutralised; the rest is left to ``csv.writer``."""


def row_texts(spec: ExportSpec) -> Callable[[Facility], list[Any]]:
    """One facility's CSV cells, as ``csv.writer`` writes them equal to ``[cell_text(v) for v in spec.values(f)]``."""
    return row_function(spec, CSV_CELLS)


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
    cells = row_texts(spec)

    def write(handle: IO[bytes]) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig" if bom else "utf-8", newline="")
        try:
            writer = csv.writer(text, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            writer.writerow([neutralise(h) for h in spec.header_row()])
            for done, facility in enumerate(rows, 1):
                writer.writerow(cells(facility))
                reporter.row(done)
            text.flush()
            reporter.finish()
        finally:
            text.detach()

    atomic_write(path, write)
