"""Excel export (openpyxl): typed cells, a bold frozen header row, an autofilter and hyperlinks.

Numbers stay numbers and dates are date cells; text is always a text cell, neutralised against
formulas (``=1+1`` from the data is written as the text ``'=1+1``). Up to
:data:`WRITE_ONLY_THRESHOLD` rows the sheet is built in memory and columns are sized from their
content; above it openpyxl's write-only mode streams the rows and widths come from the headers.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import IO, Any
from urllib.parse import urlsplit

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from directory_app.domain.models import Facility
from directory_app.exporters.base import (
    FORMULA_TRIGGERS,
    MULTI_SEPARATOR,
    CellRules,
    ExportColumn,
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
from directory_app.exporters.xlsx_links import StreamedLinks

WRITE_ONLY_THRESHOLD = 2_000
"""More rows than this are streamed (openpyxl write-only mode)."""

MAX_CELL_TEXT = 32_767
"""Excel's limit on the characters of one cell."""

MAX_LINK_LENGTH = 2_079
"""Excel's limit on the length of a hyperlink address; longer URLs stay plain text."""

MIN_WIDTH, MAX_WIDTH = 8, 60
"""Column widths, in characters."""

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

WIDTH_HINTS = {
    "name": 40,
    "organisation": 30,
    "street": 30,
    "website": 32,
    "email": 28,
    "description": 60,
    "services": 50,
    "services_detail": 50,
    "modalities": 40,
    "modalities_detail": 40,
    "cleanroom_detail": 40,
    "source_url": 40,
    "source_quote": 60,
    "verified_on": 12,
    "note": 40,
    "recipient_note": 40,
}
"""Widths used in write-only mode, where content is not measured (at least the header's width)."""

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
DEFAULT_SHEET_TITLE = "Facilities"


def sanitise_sheet_title(title: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``, not starting or
    ending with an apostrophe, not empty and not the reserved ``History``.

    Forbidden characters become ``_``; an empty result becomes ``Facilities``.
    """
    text = _SHEET_FORBIDDEN.sub("_", title or "").strip()
    text = text[:31].strip().strip("'").strip()
    if not text:
        return DEFAULT_SHEET_TITLE
    if text.casefold() == "history":
        text = text + "_"
    return text


_WEB_LINK = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)


def is_web_link(value: object) -> bool:
    """Whether ``value`` is an http(s) URL short enough to be a hyperlink."""
    if not isinstance(value, str) or len(value) > MAX_LINK_LENGTH or not _WEB_LINK.match(value):
        return False
    if value.isascii() and "[" not in value and "]" not in value:
        return True  # what urlsplit could still refuse is non-ASCII or a bracketed host
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _text(value: str) -> str:
    """Cell text: neutralised, without characters XML cannot hold, line breaks as ``\n`` (XML
    readers turn a bare CR into LF anyway), at most :data:`MAX_CELL_TEXT` characters."""
    text = neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_CELL_TEXT]


def _cell_value(value: Value) -> Any:
    if isinstance(value, list):
        value = MULTI_SEPARATOR.join(value)
    if isinstance(value, str):
        return _text(value) or None
    return value


def _fill(cell: Any, value: Value, column: ExportColumn) -> Any:
    """Put a typed value in a cell: text stays text (never a formula or an error code)."""
    raw = value
    value = _cell_value(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if column.link and is_web_link(raw):
            cell.hyperlink = raw
            cell.style = "Hyperlink"
    elif isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell


def _streamed(sheet: Any, value: Value, column: ExportColumn) -> Any:
    """A value for a write-only row: plain values as they are, a styled cell only where needed."""
    plain = _cell_value(value)
    if plain is None or isinstance(plain, int | float):
        return plain
    if isinstance(plain, str) and not column.link and plain not in ERROR_CODES:
        return plain  # neutralised text never starts with "=", so openpyxl keeps it as text
    return _fill(WriteOnlyCell(sheet), value, column)


def _link_cell(sheet: Any, url: str) -> WriteOnlyCell:
    """A text cell that is a hyperlink to ``url`` (an http(s) URL, so no formula and no error code)."""
    cell = WriteOnlyCell(sheet, url)
    cell.hyperlink = url
    cell.style = "Hyperlink"
    return cell


def _streamed_rules(sheet: Any) -> CellRules:
    """Cell rules for write-only rows (see :func:`~directory_app.exporters.base.row_function`)."""

    def plain(value: Any) -> Any:
        kind = type(value)
        if value is None or kind is int or kind is date:  # openpyxl gives a date cell "yyyy-mm-dd"
            return value
        if kind is float:
            return value if math.isfinite(value) else None
        return _streamed(sheet, normalise_value(value), _PLAIN)

    def text(value: str) -> Any:
        return _streamed(sheet, value, _PLAIN)

    def extra(value: Value) -> Any:
        return _streamed(sheet, value, _PLAIN)

    return CellRules(plain=plain, clean=_clean, text=text, extra=extra)


_PLAIN = ExportColumn("", "")
_NOT_CLEAN_AFTER_NEWLINE = tuple("\n" + t for t in (*FORMULA_TRIGGERS, "#"))


def _clean(texts: tuple[str, ...]) -> bool:
    """Whether text cells can go to openpyxl as they are: none starts with a formula trigger or
    ``#`` (an error code), none has a CR or a character XML cannot hold, and none is too long."""
    joined = "\n" + "\n".join(texts)
    return (
        len(joined) <= MAX_CELL_TEXT
        and "\r" not in joined
        and not any([t in joined for t in _NOT_CLEAN_AFTER_NEWLINE])
        and ILLEGAL_CHARACTERS_RE.search(joined) is None
    )


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 16 if isinstance(value, datetime) else 10
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    return len(str(value))


def _clamp(width: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, width + 2))


def export_xlsx(
    facilities: Iterable[Facility],
    path: str | os.PathLike[str],
    spec: ExportSpec,
    *,
    sheet_title: str = DEFAULT_SHEET_TITLE,
    progress: Progress | None = None,
    write_only: bool | None = None,
) -> None:
    """Write ``facilities`` to an Excel workbook at ``path`` (replaced all at once, see ``atomic_write``).

    :param facilities: the rows, in order
    :param path: the file to write
    :param spec: columns, headers, labels and extra values
    :param sheet_title: the sheet's name (made acceptable to Excel by :func:`sanitise_sheet_title`)
    :param progress: ``progress(done, total)``; returning ``False`` cancels (``ExportCancelled``)
    :param write_only: force streaming on or off; by default on above :data:`WRITE_ONLY_THRESHOLD` rows
    :raises ExportError: the file cannot be written
    """
    rows = as_list(facilities)
    reporter = ProgressReporter(progress, len(rows), path)
    reporter.report(0)
    streaming = len(rows) > WRITE_ONLY_THRESHOLD if write_only is None else write_only
    columns = spec.resolved
    headers = [_text(h) for h in spec.header_row()]
    last = f"{get_column_letter(len(columns))}{len(rows) + 1}"
    bold = Font(bold=True)

    workbook = Workbook(write_only=streaming)
    if streaming:
        sheet = workbook.create_sheet(sanitise_sheet_title(sheet_title))
        for index, (column, header) in enumerate(zip(columns, headers, strict=True), 1):
            width = max(len(header), WIDTH_HINTS.get(column.key, 0))
            sheet.column_dimensions[get_column_letter(index)].width = _clamp(width)
    else:
        sheet = workbook.active
        sheet.title = sanitise_sheet_title(sheet_title)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}"

    if streaming:
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(sheet, header)
            cell.data_type = "s"
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        cells = row_function(spec, _streamed_rules(sheet))
        links = [(i, get_column_letter(i + 1)) for i, column in enumerate(columns) if column.link]
        streamed_links = StreamedLinks.install(sheet) if links else None
        for done, facility in enumerate(rows, 1):
            row = [None if value == "" else value for value in cells(facility)]  # no empty cell elements
            for index, letter in links:
                url = row[index]
                if is_web_link(url):
                    if streamed_links is None:
                        row[index] = _link_cell(sheet, url)
                    else:
                        row[index] = streamed_links.cell(url, f"{letter}{done + 1}")
            sheet.append(row)
            reporter.row(done)
    else:
        widths = [len(h) for h in headers]
        for index, header in enumerate(headers, 1):
            cell = sheet.cell(row=1, column=index, value=header)
            cell.data_type = "s"
            cell.font = bold
        for done, facility in enumerate(rows, 1):
            for index, (value, column) in enumerate(zip(spec.values(facility), columns, strict=True), 1):
                cell = _fill(sheet.cell(row=done + 1, column=index), value, column)
                widths[index - 1] = max(widths[index - 1], _width(cell.value))
            reporter.row(done)
        for index, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(index)].width = _clamp(width)

    def write(handle: IO[bytes]) -> None:
        workbook.save(handle)
        reporter.finish()

    atomic_write(path, write)
