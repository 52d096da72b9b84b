"""What every exporter shares: columns, typed cell values, CSV-injection defence, safe writing, progress.

Exporters turn facilities into rows of typed values (text, numbers, dates, lists of labels) with
:meth:`ExportSpec.values`; each file format then writes them its own way. Vocabulary codes become
labels through the spec's ``label`` callable (the GUI passes a translating one) and headers come
in already translated.

Files are written with :func:`atomic_write`: a temporary file in the target's folder, renamed over
the target only when complete, so a failed or cancelled export never leaves half a file behind.
"""

from __future__ import annotations

import contextlib
import errno
import math
import operator
import os
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date
from pathlib import Path
from typing import IO, Any, TypeVar

from directory_app.domain.errors import ExportCancelled, ExportError
from directory_app.domain.models import Facility, ShortlistItem
from directory_app.domain.vocabulary import label as english_label

Label = Callable[[str, str | None], str]
"""``label(vocabulary, code) -> text``, e.g. :func:`directory_app.domain.vocabulary.label`."""

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning ``False`` cancels the export."""

Value = str | int | float | bool | date | list[str] | None
"""A typed cell value: multi-valued fields are lists of labels, missing values ``None``."""

MULTI_SEPARATOR = "; "
"""Joins the labels of a multi-valued field in text formats (CSV, XLSX)."""


@dataclass(frozen=True, slots=True)
class ExportColumn:
    """One exportable column.

    :param key: a :class:`~directory_app.domain.models.Facility` field, or an extra column's key
    :param header: English header, used when the spec gives no (translated) header
    :param vocabulary: vocabulary of the field's codes (written as labels), or ``""``
    :param multi: whether the field holds several codes (a list)
    :param link: whether http(s) values may become hyperlinks (XLSX)
    """

    key: str
    header: str
    vocabulary: str = ""
    multi: bool = False
    link: bool = False


def _columns(*columns: ExportColumn) -> dict[str, ExportColumn]:
    return {c.key: c for c in columns}


COLUMNS: dict[str, ExportColumn] = _columns(
    ExportColumn("id", "ID"),
    ExportColumn("name", "Name"),
    ExportColumn("kind", "Kind", vocabulary="kind"),
    ExportColumn("organisation", "Organisation"),
    ExportColumn("street", "Street"),
    ExportColumn("postal_code", "Postcode"),
    ExportColumn("city", "City"),
    ExportColumn("region", "Region", vocabulary="region"),
    ExportColumn("country", "Country", vocabulary="country"),
    ExportColumn("latitude", "Latitude"),
    ExportColumn("longitude", "Longitude"),
    ExportColumn("geocode_precision", "Location precision", vocabulary="geocode_precision"),
    ExportColumn("website", "Website", link=True),
    ExportColumn("email", "Email"),
    ExportColumn("phone", "Phone"),
    ExportColumn("description", "Description"),
    ExportColumn("services", "Services", vocabulary="service", multi=True),
    ExportColumn("services_detail", "Services (source wording)"),
    ExportColumn("modalities", "Modalities", vocabulary="modality", multi=True),
    ExportColumn("modalities_detail", "Modalities (source wording)"),
    ExportColumn("cleanroom_grades", "Cleanroom grades", vocabulary="cleanroom_grade", multi=True),
    ExportColumn("cleanroom_detail", "Cleanrooms (source wording)"),
    ExportColumn("area_m2", "Area (m²)"),
    ExportColumn("year_opened", "Year opened"),
    ExportColumn("status", "Status", vocabulary="status"),
    ExportColumn("source_url", "Source", link=True),
    ExportColumn("source_quote", "Source quote"),
    ExportColumn("verified_on", "Last verified"),
    ExportColumn("confidence", "Confidence", vocabulary="confidence"),
    ExportColumn("source_date", "Source date"),
    ExportColumn("source_note", "Source note"),
    ExportColumn("access", "Access", vocabulary="access"),
    ExportColumn("campus_id", "Campus"),
    ExportColumn("contact_url", "Contact page", link=True),
)
"""Every exportable :class:`~directory_app.domain.models.Facility` field, by key, in field order."""

EXTRA_COLUMNS: dict[str, ExportColumn] = _columns(
    ExportColumn("recipient_note", "Note"),
    ExportColumn("note", "Private note"),
    ExportColumn("shortlist_status", "Shortlist status"),
    ExportColumn("rank", "Rank"),
    ExportColumn("distance_km", "Distance (km)"),
    ExportColumn("withdrawn", "Withdrawn from the directory"),
)
"""Known per-row columns that do not come from the facility; their values come from ``ExportSpec.extras``.

Any other key is accepted as an extra column too when ``ExportSpec.headers`` gives it a header.
"""

PRIVATE_COLUMNS: frozenset[str] = frozenset({"note", "shortlist_status", "rank"})
"""Extra columns holding the adviser's internal judgement of a shortlist item (private note,
status, rank). Only :func:`shortlist_extras` with ``include_private`` fills them, and a spec leaves
out those that no row's extras carry: a column list remembered from an internal export, or
``--columns note``, never adds them to a visitor's file. The list's order is not private."""


def shortlist_extras(items: Iterable[ShortlistItem], *, include_private: bool = False) -> dict[str, dict[str, object]]:
    """The per-row extra values of a shortlist's export, by facility id: the one place that decides
    what of a shortlist item leaves the machine.

    Every export of a shortlist (CSV, XLSX, GeoJSON, the PDF handout, the HTML map) is given these
    rows. They carry the note for the recipient; the private note, the status and the rank come
    along only when the user explicitly asked for them (``include_private``).
    """
    extras: dict[str, dict[str, object]] = {}
    for item in items:
        values: dict[str, object] = {"recipient_note": item.recipient_note}
        if include_private:
            values.update(note=item.note, shortlist_status=item.status, rank=item.rank)
        extras[item.facility_id] = values
    return extras


DEFAULT_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "kind",
    "organisation",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "services",
    "modalities",
    "cleanroom_grades",
    "area_m2",
    "year_opened",
    "status",
    "verified_on",
    "confidence",
    "source_url",
    "source_quote",
)
"""The columns exported when the caller does not choose."""


@dataclass(frozen=True)
class ExportSpec:
    """What to export and how to word it.

    :param columns: column keys in output order: :data:`COLUMNS` keys, :data:`EXTRA_COLUMNS` keys,
        or any key that ``headers`` names (an extra column)
    :param headers: translated headers by column key; missing ones fall back to English
    :param label: ``label(vocabulary, code)`` for vocabulary codes (default: English labels)
    :param extras: per-row values of extra columns: facility id -> column key -> value; a
        :data:`PRIVATE_COLUMNS` column that no row's extras carry is left out (see :func:`shortlist_extras`)
    """

    columns: Sequence[str] = DEFAULT_COLUMNS
    headers: Mapping[str, str] | None = None
    label: Label = english_label
    extras: Mapping[str, Mapping[str, object]] | None = None
    _resolved: tuple[ExportColumn, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        carried = {key for values in (self.extras or {}).values() for key in values}
        requested = tuple(self.columns)
        columns = tuple(c for c in requested if c not in PRIVATE_COLUMNS or c in carried)
        if requested and not columns:
            raise ValueError(
                "the columns asked for are private shortlist fields, left out unless private fields are included"
            )
        if not columns:
            raise ValueError("an export needs at least one column")
        duplicates = sorted({c for c in columns if columns.count(c) > 1})
        if duplicates:
            raise ValueError(f"export columns given twice: {', '.join(duplicates)}")
        headers = self.headers or {}
        resolved = []
        for key in columns:
            column = COLUMNS.get(key) or EXTRA_COLUMNS.get(key)
            if column is None:
                if key not in headers:
                    known = ", ".join([*COLUMNS, *EXTRA_COLUMNS])
                    raise ValueError(f"unknown export column {key!r}; the columns are: {known}")
                column = ExportColumn(key, headers[key])
            resolved.append(column)
        object.__setattr__(self, "columns", columns)
        object.__setattr__(self, "_resolved", tuple(resolved))

    @property
    def resolved(self) -> tuple[ExportColumn, ...]:
        """The chosen columns, in output order."""
        return self._resolved

    def header_row(self) -> list[str]:
        """The headers of the chosen columns: translated when given, else English."""
        headers = self.headers or {}
        return [headers.get(c.key) or c.header for c in self._resolved]

    def values(self, facility: Facility) -> list[Value]:
        """The typed values of one row, in column order.

        Vocabulary codes become labels, multi-valued fields lists of labels, empty numbers and
        non-finite floats ``None``; extra columns come from :attr:`extras`.
        """
        extras = (self.extras or {}).get(facility.id) or {}
        return [cell(facility, extras) for cell in self._cells()]

    def labels_of(self, vocabulary: str) -> dict[str, str]:
        """Labels of ``vocabulary``'s codes by code, asked from :attr:`label` once each on first use
        (``labels[code]``; an empty code is its own label)."""
        cache = self.__dict__.setdefault("_labels", {})
        labels = cache.get(vocabulary)
        if labels is None:
            labels = cache[vocabulary] = _Labels(self.label, vocabulary)
        return labels

    def _cells(self) -> list[Callable[[Facility, dict[str, Any]], Value]]:
        """One value getter per column, built once (exports call them for every row)."""
        cached = self.__dict__.get("_cell_getters")
        if cached is not None:
            return cached

        def getter(column: ExportColumn) -> Callable[[Facility, dict[str, Any]], Value]:
            key = column.key
            if key not in COLUMNS:
                return lambda _f, extras: normalise_value(extras.get(key))
            if column.vocabulary:
                labels = self.labels_of(column.vocabulary).__getitem__
                if column.multi:
                    return lambda f, _e: list(map(labels, getattr(f, key)))
                return lambda f, _e: labels(getattr(f, key))
            if key in TEXT_FIELDS:  # always a str: nothing to normalise
                read = operator.attrgetter(key)
                return lambda f, _e: read(f)
            return lambda f, _e: normalise_value(getattr(f, key))

        cells = [getter(c) for c in self._resolved]
        object.__setattr__(self, "_cell_getters", cells)
        return cells


TEXT_FIELDS = frozenset(f.name for f in dataclass_fields(Facility) if f.type in ("str", str))


def normalise_value(value: Any) -> Value:
    """A field's value as a typed cell value: non-finite floats ``None``, collections lists of text."""
    if value is None or isinstance(value, str | bool | int | date):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list | tuple | set | frozenset):
        return [str(v) for v in value]
    return str(value)


class _Labels(dict[str, str]):
    """Labels by code that asks ``label(vocabulary, code)`` for a code it does not know yet."""

    def __init__(self, label: Label, vocabulary: str) -> None:
        super().__init__({"": ""})
        self.label = label
        self.vocabulary = vocabulary

    def __missing__(self, code: str) -> str:
        if not code:
            return code
        found = self[code] = self.label(self.vocabulary, code)
        return found


@dataclass(frozen=True, slots=True)
class CellRules:
    """How one file format turns a row's typed values into its cells (see :func:`row_function`).

    :param plain: a non-text field's raw value (number, date, ``None``...) -> the cell
    :param clean: whether a row's text cells, as they are, are already right for the format
    :param text: one text cell -> the cell (used on every text cell of a row that is not clean)
    :param extra: an extra column's typed value -> the cell
    """

    plain: Callable[[Any], Any]
    clean: Callable[[tuple[str, ...]], bool]
    text: Callable[[str], Any]
    extra: Callable[[Value], Any]


def row_function(spec: ExportSpec, rules: CellRules) -> Callable[[Facility], list[Any]]:
    """A function giving one facility's cells in the spec's column order, built for speed.

    Exports write many thousands of rows, so the per-cell work is cut down: every facility field is
    read by one ``attrgetter`` call; labels come from per-vocabulary dicts; only non-text fields go
    through ``rules.plain``; and the row's text cells (labels included) are handed to
    ``rules.clean`` at once -- usually one C-level search -- and go through ``rules.text`` one by
    one only when it finds something to change. The result equals converting every value of
    :meth:`ExportSpec.values` on its own (a property test checks it for CSV).
    """
    columns = spec.resolved
    field_keys = [c.key for c in columns if c.key in COLUMNS]
    extra_positions = [i for i, c in enumerate(columns) if c.key not in COLUMNS]
    fetch = operator.attrgetter(*field_keys) if field_keys else (lambda _f: ())
    fixes: list[tuple[int, Callable[[Any], Any]]] = []
    text_positions: list[int] = []
    for position, column in enumerate(c for c in columns if c.key in COLUMNS):
        if column.vocabulary:
            labels = spec.labels_of(column.vocabulary).__getitem__
            fixes.append((position, _joined(labels) if column.multi else labels))
            text_positions.append(position)
        elif column.key in TEXT_FIELDS:
            text_positions.append(position)
        else:
            fixes.append((position, rules.plain))
    # attrgetter of one key gives the value, not a 1-tuple; itemgetter the same
    single_field = len(field_keys) == 1
    texts = operator.itemgetter(*text_positions) if text_positions else (lambda _row: ())
    single_text = len(text_positions) == 1
    clean, text = rules.clean, rules.text

    def build(facility: Facility) -> list[Any]:
        row = [fetch(facility)] if single_field else list(fetch(facility))
        for index, fix in fixes:
            row[index] = fix(row[index])
        found = texts(row)
        if not clean((found,) if single_text else found):
            for index in text_positions:
                row[index] = text(row[index])
        return row

    if not extra_positions:
        return build
    cells = spec._cells()

    def with_extras(facility: Facility) -> list[Any]:
        row = build(facility)
        extras = (spec.extras or {}).get(facility.id) or {}
        for index in extra_positions:  # ascending, so each insert lands at its final position
            row.insert(index, rules.extra(cells[index](facility, extras)))
        return row

    return with_extras


def _joined(labels: Callable[[str], str]) -> Callable[[Any], str]:
    return lambda codes: MULTI_SEPARATOR.join(map(labels, codes))


def as_list(facilities: Iterable[Facility]) -> Sequence[Facility]:
    """``facilities`` as a sequence (so that its length is known for progress reports)."""
    return facilities if isinstance(facilities, Sequence) else list(facilities)


# --- CSV injection -----------------------------------------------------------------------------

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection")."""

T = TypeVar("T")


def neutralise(text: T) -> T:
    """Defuse a text cell that a spreadsheet would run as a formula: prefix it with ``'``.

    Only strings starting with one of :data:`FORMULA_TRIGGERS` change; numbers and everything
    else come back untouched (a negative number stays a number).
    """
    if isinstance(text, str) and text.startswith(FORMULA_TRIGGERS):
        return "'" + text  # type: ignore[return-value]
    return text


# --- writing -----------------------------------------------------------------------------------


def _explain(error: OSError, path: Path) -> str:
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"Cannot write {path}: the disk is full."
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Cannot write {path}: the folder or the file is read-only, or the file is open in another program."
    if code == errno.ENOENT:
        if not path.parent.is_dir():
            return f"Cannot write {path}: the folder {path.parent} does not exist."
        # the folder is there but takes no new files (/proc, /sys, a special file system)
        return f"Cannot write {path}: cannot create a file in {path.parent} (that folder does not take new files)."
    if code == errno.EISDIR:
        return f"Cannot write {path}: it is a folder."
    reason = error.strerror or str(error)
    return f"Cannot write {path}: {reason}."


def atomic_write(path: str | os.PathLike[str], writer: Callable[[IO[bytes]], None]) -> Path:
    """Write a file all at once: ``writer`` fills a temporary file in the same folder, which then
    replaces ``path``.

    On any exception (including :class:`~directory_app.domain.errors.ExportCancelled` and
    ``KeyboardInterrupt``) the temporary file is removed and ``path`` is untouched: it keeps its old
    bytes, or still does not exist. Operating-system errors are raised as
    :class:`~directory_app.domain.errors.ExportError` naming the path; other exceptions pass through.

    :param path: the file to write
    :param writer: called once with the temporary file, opened for binary writing (do not close it)
    :return: the path written
    """
    target = Path(path)
    try:
        mode = os.stat(target).st_mode & 0o777
    except OSError:
        mode = 0o666  # new file: the umask applies, as for any other new file
    tmp = None
    try:
        for _ in range(100):
            candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
            try:
                fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
            except FileExistsError:
                continue
            tmp = candidate
            break
        else:  # pragma: no cover - 100 collisions of 32 random bits
            raise FileExistsError(errno.EEXIST, "no free temporary file name", str(target))
        with os.fdopen(fd, "wb") as handle:
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise ExportError(_explain(exc, target), path=str(target)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return target


class ProgressReporter:
    """Calls a ``progress(done, total)`` callback about a hundred times per export, and cancels.

    :param callback: the caller's callback, or ``None``
    :param total: number of rows
    :param path: the export's target, named in the cancellation
    """

    def __init__(self, callback: Progress | None, total: int, path: str | os.PathLike[str]) -> None:
        self.callback = callback
        self.total = total
        self.path = str(path)
        self.every = max(1, total // 100)

    def report(self, done: int) -> None:
        """Report ``done`` rows now; raise :class:`ExportCancelled` if the callback returns ``False``."""
        if self.callback is not None and self.callback(done, self.total) is False:
            raise ExportCancelled(f"The export to {self.path} was cancelled.", path=self.path)

    def row(self, done: int) -> None:
        """Report after ``done`` rows, every so many rows (not the last: see :meth:`finish`)."""
        if done % self.every == 0 and done < self.total:
            self.report(done)

    def finish(self) -> None:
        """Report that every row is written (the file is still temporary: cancelling still works)."""
        self.report(self.total)


def extra_keys(extras: Mapping[str, Mapping[str, object]] | None) -> list[str]:
    """The extra columns that ``extras`` (facility id -> column -> value) fills, in first-seen order."""
    return list(dict.fromkeys(key for values in (extras or {}).values() for key in values))
