"""Table model over a list of facilities (the current result); thin, with raw values for sorting.

Rows are domain :class:`~directory_app.domain.models.Facility` objects. ``SortRole`` gives
native comparable values (numbers, ISO dates, case-folded text), ``FacilityRole`` the facility
itself, ``IdRole`` its id; the view never parses display text back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from directory_app.domain.models import Facility
from directory_app.qt.i18n import format_area, format_date, term_label, term_labels, tr

SortRole = Qt.ItemDataRole.UserRole
FacilityRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it now."""
    return text


@dataclass(frozen=True, slots=True)
class Column:
    """One column: a stable key (saved in settings), a header, display and sort values."""

    key: str
    header: str
    display: Callable[[Facility], str]
    sort: Callable[[Facility], Any]
    visible: bool = True


def _text(value: str) -> str:
    return value.casefold()


def _joined(vocabulary: str, attribute: str) -> Callable[[Facility], str]:
    return lambda f: ", ".join(term_labels(vocabulary, getattr(f, attribute)))


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda f: f.name, lambda f: _text(f.name)),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("columns", "Kind"),
        lambda f: term_label("kind", f.kind),
        lambda f: term_label("kind", f.kind).casefold(),
    ),
    Column(
        "organisation",
        QT_TRANSLATE_NOOP("columns", "Organisation"),
        lambda f: f.organisation,
        lambda f: _text(f.organisation),
    ),
    Column("city", QT_TRANSLATE_NOOP("columns", "City"), lambda f: f.city, lambda f: _text(f.city)),
    Column(
        "region",
        QT_TRANSLATE_NOOP("columns", "Region"),
        lambda f: term_label("region", f.region),
        lambda f: term_label("region", f.region).casefold(),
    ),
    Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda f: f.country, lambda f: f.country),
    Column(
        "services",
        QT_TRANSLATE_NOOP("columns", "Services"),
        _joined("service", "services"),
        lambda f: len(f.services),
    ),
    Column(
        "modalities",
        QT_TRANSLATE_NOOP("columns", "Modalities"),
        _joined("modality", "modalities"),
        lambda f: len(f.modalities),
        visible=False,
    ),
    Column(
        "cleanroom_grades",
        QT_TRANSLATE_NOOP("columns", "Cleanroom grades"),
        lambda f: ", ".join(f.cleanroom_grades),
        lambda f: "".join(f.cleanroom_grades) or "~",
        visible=False,
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda f: term_label("status", f.status),
        lambda f: f.status,
        visible=False,
    ),
    Column(
        "area_m2",
        QT_TRANSLATE_NOOP("columns", "Area"),
        lambda f: format_area(f.area_m2),
        lambda f: -1 if f.area_m2 is None else f.area_m2,
        visible=False,
    ),
    Column(
        "year_opened",
        QT_TRANSLATE_NOOP("columns", "Opened"),
        lambda f: "" if f.year_opened is None else str(f.year_opened),
        lambda f: -1 if f.year_opened is None else f.year_opened,
        visible=False,
    ),
    Column(
        "confidence",
        QT_TRANSLATE_NOOP("columns", "Confidence"),
        lambda f: term_label("confidence", f.confidence),
        lambda f: {"high": 0, "medium": 1, "low": 2}.get(f.confidence, 3),
        visible=False,
    ),
    Column(
        "verified_on",
        QT_TRANSLATE_NOOP("columns", "Last verified"),
        lambda f: format_date(f.verified_on),
        lambda f: f.verified_on.isoformat() if f.verified_on else "",
    ),
)
COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)


class FacilityTableModel(QAbstractTableModel):
    """The facilities of the current result, one per row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Facility] = []
        self._row_of: dict[str, int] = {}

    # Qt API ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        facility = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(facility)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(facility)
            return text if len(text) > 30 else None
        if role == SortRole:
            return column.sort(facility)
        if role == FacilityRole:
            return facility
        if role == IdRole:
            return facility.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key in ("area_m2", "year_opened"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("columns", COLUMNS[section].header)
            if role == Qt.ItemDataRole.UserRole:
                return COLUMNS[section].key
        return None

    # Our API --------------------------------------------------------------------------------

    def set_facilities(self, facilities: Sequence[Facility]) -> None:
        """Replace every row (a new result)."""
        self.beginResetModel()
        try:
            self._rows = list(facilities)
            self._row_of = {f.id: i for i, f in enumerate(self._rows)}
        finally:
            self.endResetModel()

    def facility_at(self, row: int) -> Facility:
        """The facility of a source row."""
        return self._rows[row]

    def row_of(self, facility_id: str) -> int | None:
        """The source row of a facility id, or ``None``."""
        return self._row_of.get(facility_id)

    def facilities(self) -> list[Facility]:
        """All rows, in source order."""
        return list(self._rows)
