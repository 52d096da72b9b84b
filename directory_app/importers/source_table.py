"""Read a CSV, XLSX or GeoJSON file as a header and a stream of rows of text.

:func:`open_source` checks the file (size, type, zip directory) before reading anything, then
returns a :class:`SourceTable` whose :meth:`~SourceTable.rows` can be iterated several times
(preview, import, export of rejected rows), each time streaming the file again: memory stays
bounded whatever the file's length. Every failure is an
:class:`~directory_app.domain.errors.ImportFileError` with a message for the user.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from directory_app.domain.errors import ImportFileError
from directory_app.importers import file_limits as limits
from directory_app.importers.bounded_json import read_json_file
from directory_app.importers.text_sniffing import detect_delimiter, detect_encoding

FORMATS = ("csv", "xlsx", "geojson")

Row = tuple[int, list[str]]
"""(row number as a spreadsheet shows it, the row's cells as text)."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What was detected about a file.

    :param path: the file
    :param format: ``csv``, ``xlsx`` or ``geojson``
    :param encoding: codec of a CSV file (``""`` otherwise)
    :param delimiter: delimiter of a CSV file (``""`` otherwise)
    :param headers: column names, in file order
    :param size: bytes
    :param mtime_ns: modification time, to notice a file changed after its preview
    """

    path: Path
    format: str
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    size: int
    mtime_ns: int

    @property
    def name(self) -> str:
        """The file name (what an imported row records as its source)."""
        return self.path.name


def format_of(path: Path) -> str:
    """The format a file claims by its extension (``.txt``/``.tsv`` are read as CSV)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".geojson", ".json"):
        return "geojson"
    return "csv"


class SourceTable:
    """A file to import: its :attr:`info` and its rows (streamed on every call of :meth:`rows`)."""

    def __init__(self, info: SourceInfo, rows: Callable[[], Iterator[Row]], position: Callable[[], int]) -> None:
        self.info = info
        self._rows = rows
        self._position = position

    def rows(self) -> Iterator[Row]:
        """Every data row, streamed; raises :class:`ImportFileError` if the file turns out unreadable."""
        return self._rows()

    def position(self) -> int:
        """Roughly how many bytes of the file the current :meth:`rows` iteration has read (for progress)."""
        return self._position()


def open_source(path: Path | str, *, encoding: str | None = None, delimiter: str | None = None) -> SourceTable:
    """Open a file to import, detecting its format, encoding and delimiter.

    :param path: a CSV (any of ``,`` ``;`` tab; UTF-8, UTF-16 or Windows-1252), XLSX or GeoJSON file
    :param encoding: force this codec (CSV)
    :param delimiter: force this delimiter (CSV)
    :raises ImportFileError: missing, empty, too large, binary, truncated, a zip bomb...
    """
    path = Path(path)
    kind = format_of(path)
    if kind == "geojson":
        return _open_geojson(path)  # refuses a collection without features itself (one parse, not two)
    table = _open_xlsx(path) if kind == "xlsx" else _open_csv(path, encoding, delimiter)
    rows = table.rows()
    try:
        empty = next(rows, None) is None
    except ImportFileError:
        empty = False  # a damaged first row: reading the rows says so, with its row number
    finally:
        rows.close()  # type: ignore[attr-defined]
    if empty:  # a header and nothing else: nothing to import, nothing to remember
        raise _no_rows(path)
    return table


def _no_rows(path: Path) -> ImportFileError:
    return ImportFileError(
        f"{path.name} has no rows to import (only a header, or blank lines); nothing was changed.", path=str(path)
    )


# CSV --------------------------------------------------------------------------------------------


def _bounded_lines(fh, path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Lines of a text file, refusing any longer than :data:`~file_limits.MAX_FIELD_CHARS`."""
    limit = limits.MAX_FIELD_CHARS
    while line := fh.readline(limit + 1):
        if len(line) > limit and not line.endswith("\n"):
            raise ImportFileError(
                f"{path.name} has a line longer than {limit:,} characters: it is not a table of facilities.",
                path=str(path),
            )
        yield line


def _too_long(path: Path, number: int) -> ImportFileError:
    return ImportFileError(
        f"{path.name}, row {number}: a value is longer than {limits.MAX_FIELD_CHARS:,} characters; "
        "check that the file is a table of facilities.",
        path=str(path),
    )


def _open_csv(path: Path, encoding: str | None, delimiter: str | None) -> SourceTable:
    size = limits.check_size(path, limits.MAX_TEXT_BYTES, "CSV")
    stat = path.stat()
    encoding = encoding or detect_encoding(path)
    errors = "replace" if encoding == "cp1252" else "strict"
    with path.open(encoding=encoding, errors=errors, newline="") as fh:
        try:
            first = next(_bounded_lines(fh, path), "")
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"{path.name} is not readable as {encoding}: {exc.reason}.", path=str(path)) from exc
    delimiter = delimiter or detect_delimiter(first)
    try:
        headers = next(csv.reader([first], delimiter=delimiter), [])
    except csv.Error as exc:
        raise ImportFileError(f"{path.name}: the header line cannot be read ({exc}).", path=str(path)) from exc
    headers = [h.strip() for h in headers]
    if not any(headers):
        raise ImportFileError(f"{path.name} has no header line (the first line names the columns).", path=str(path))
    if len(headers) > limits.MAX_COLUMNS:
        raise ImportFileError(f"{path.name} has {len(headers)} columns; at most {limits.MAX_COLUMNS}.", path=str(path))
    state = {"fh": None}

    def rows() -> Iterator[Row]:
        previous = csv.field_size_limit()
        with path.open("rb") as raw, io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="") as fh:
            state["fh"] = raw
            reader = csv.reader(_bounded_lines(fh, path), delimiter=delimiter)
            number = 1
            try:
                csv.field_size_limit(limits.MAX_FIELD_CHARS)
                next(reader, None)
                for number, cells in enumerate(reader, start=2):
                    if any(c.strip() for c in cells):
                        yield number, cells
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    raise _too_long(path, number + 1) from exc
                raise ImportFileError(f"{path.name}, row {number + 1}: {exc}.", path=str(path)) from exc
            except UnicodeDecodeError as exc:
                raise ImportFileError(
                    f"{path.name} is not readable as {encoding} after row {number}: {exc.reason}.", path=str(path)
                ) from exc
            finally:
                csv.field_size_limit(previous)
                state["fh"] = None

    def position() -> int:
        raw = state["fh"]
        try:
            return raw.tell() if raw is not None else 0
        except (OSError, ValueError):
            return 0

    info = SourceInfo(path, "csv", encoding, delimiter, tuple(headers), size, stat.st_mtime_ns)
    return SourceTable(info, rows, position)


# XLSX -------------------------------------------------------------------------------------------


def _check_zip(path: Path) -> None:
    """Refuse a truncated or non-zip file and a zip bomb, from the zip directory alone."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ImportFileError(
            f"{path.name} is not a readable Excel workbook (damaged or truncated): {exc}.", path=str(path)
        ) from exc
    if not any(m.filename == "xl/workbook.xml" for m in members):
        raise ImportFileError(f"{path.name} is a zip file but not an Excel workbook.", path=str(path))
    total = 0
    for m in members:
        total += m.file_size
        ratio = m.file_size / max(m.compress_size, 1)
        if ratio > limits.MAX_COMPRESSION_RATIO and m.file_size > 1024 * 1024:
            raise ImportFileError(
                f"{path.name} looks like a zip bomb: {m.filename} expands {ratio:,.0f} times. It was not opened.",
                path=str(path),
            )
    if total > limits.MAX_XLSX_UNCOMPRESSED:
        raise ImportFileError(
            f"{path.name} would expand to {total / 1024**2:,.0f} MB; at most "
            f"{limits.MAX_XLSX_UNCOMPRESSED / 1024**2:,.0f} MB. It was not opened.",
            path=str(path),
        )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if len(text) > limits.MAX_FIELD_CHARS:
        raise ValueError("cell too long")
    return text


def _open_xlsx(path: Path) -> SourceTable:
    size = limits.check_size(path, limits.MAX_XLSX_BYTES, "XLSX")
    stat = path.stat()
    _check_zip(path)
    state = {"row": 0, "rows": 1}

    def sheet_rows() -> Iterator[tuple[object, ...]]:
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a damaged file
            raise ImportFileError(f"{path.name} is not a readable Excel workbook: {exc}.", path=str(path)) from exc
        try:
            sheet = book.worksheets[0]
            state["rows"] = max(int(sheet.max_row or 1), 1)
            try:
                yield from sheet.iter_rows(values_only=True)
            except ImportFileError:
                raise
            except Exception as exc:
                raise ImportFileError(
                    f"{path.name} is damaged after row {state['row']}: {exc}.", path=str(path)
                ) from exc
        finally:
            book.close()

    first = next(sheet_rows(), None)
    headers = [_cell_text(v).strip() for v in (first or ())]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise ImportFileError(f"{path.name}: the first row of the first sheet names no columns.", path=str(path))
    if len(headers) > limits.MAX_COLUMNS:
        raise ImportFileError(f"{path.name} has {len(headers)} columns; at most {limits.MAX_COLUMNS}.", path=str(path))

    def rows() -> Iterator[Row]:
        it = sheet_rows()
        next(it, None)
        for number, values in enumerate(it, start=2):
            state["row"] = number
            try:
                cells = [_cell_text(v) for v in values[: len(headers)]]
            except ValueError as exc:
                raise _too_long(path, number) from exc
            if any(c.strip() for c in cells):
                yield number, cells

    def position() -> int:
        return int(size * min(1.0, state["row"] / state["rows"]))

    info = SourceInfo(path, "xlsx", "", "", tuple(headers), size, stat.st_mtime_ns)
    return SourceTable(info, rows, position)


# GeoJSON ----------------------------------------------------------------------------------------


def _open_geojson(path: Path) -> SourceTable:
    size = limits.check_size(path, limits.MAX_GEOJSON_BYTES, "GeoJSON")
    stat = path.stat()

    def features() -> list[dict]:
        # bounded: depth, numbers and encoding checked; every failure is an ImportFileError
        data = read_json_file(path, max_bytes=limits.MAX_GEOJSON_BYTES, error=ImportFileError)
        if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
            raise ImportFileError(f"{path.name} is JSON but not a GeoJSON FeatureCollection.", path=str(path))
        found = data.get("features")
        if not isinstance(found, list):
            raise ImportFileError(f"{path.name}: 'features' is not a list.", path=str(path))
        return [f for f in found if isinstance(f, dict)]

    headers: dict[str, None] = {}
    found = features()
    if not found:
        raise _no_rows(path)
    for feature in found:
        props = feature.get("properties")
        if isinstance(props, dict):
            headers.update(dict.fromkeys(str(k) for k in props))
    headers.update(dict.fromkeys(("latitude", "longitude")))
    names = [h for h in headers if h not in ("latitude", "longitude")] + ["latitude", "longitude"]
    if len(names) > limits.MAX_COLUMNS:
        raise ImportFileError(f"{path.name} has {len(names)} properties; at most {limits.MAX_COLUMNS}.", path=str(path))
    state = {"done": 0, "total": 1}

    def rows() -> Iterator[Row]:
        found = features()
        state["total"] = max(len(found), 1)
        for number, feature in enumerate(found, start=1):
            state["done"] = number
            props = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
            geometry = feature.get("geometry") if isinstance(feature.get("geometry"), dict) else {}
            lat = lon = ""
            coords = geometry.get("coordinates")
            if geometry.get("type") == "Point" and isinstance(coords, list) and len(coords) >= 2:
                lon, lat = str(coords[0]), str(coords[1])
            cells = []
            for name in names[:-2]:
                value = props.get(name)
                if isinstance(value, list):
                    value = "; ".join(str(v) for v in value)
                cells.append(_cell_text(value) if not isinstance(value, dict) else json.dumps(value))
            yield number, [*cells, lat, lon]

    def position() -> int:
        return int(size * state["done"] / state["total"])

    info = SourceInfo(path, "geojson", "", "", tuple(names), size, stat.st_mtime_ns)
    return SourceTable(info, rows, position)
