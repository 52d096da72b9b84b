"""Table model over the current search result: ids, with facilities fetched lazily by page.

The model holds the result's ordered ids (Anki's ``DataModel``, calibre's ``View``); a row's
:class:`~directory_app.domain.models.Facility` is fetched from the directory, a page at a
time, only when the view asks for it, so 100,000 results cost a list of ids, not 100,000
objects. Ordering is the database's (the search's ``order_by``); ``SortRole`` still gives
native comparable values, ``FacilityRole`` the facility, ``IdRole`` its id.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from directory_app.domain.models import Facility
from directory_app.qt.i18n import format_area, format_date, format_km, term_label, term_labels, tr

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


DISTANCE_KEY = "distance"

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
    # shown by the view only while the result has distances (a near: search)
    Column(DISTANCE_KEY, QT_TRANSLATE_NOOP("columns", "Distance"), lambda f: "", lambda f: 0.0, visible=False),
)
COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)


Fetch = Callable[[Sequence[str]], list[Facility]]


class FacilityTableModel(QAbstractTableModel):
    """The facilities of the current result, one per row, fetched a page at a time."""

    PAGE_SIZE = 200
    MAX_PAGES = 64
    """Pages kept in memory (least recently used go first)."""

    def __init__(self, parent: Any = None, fetch: Fetch | None = None) -> None:
        super().__init__(parent)
        self._fetch: Fetch = fetch or (lambda ids: [])
        self._ids: list[str] = []
        self._row_of: dict[str, int] | None = {}
        self._pages: OrderedDict[int, list[Facility]] = OrderedDict()
        self._distances: dict[str, float] | None = None

    # Qt API ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            SortRole,
            FacilityRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.key in ("area_m2", "year_opened", DISTANCE_KEY):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        facility = self.facility_at(index.row())
        if column.key == DISTANCE_KEY and role in (Qt.ItemDataRole.DisplayRole, SortRole):
            km = (self._distances or {}).get(facility.id)
            if role == SortRole:
                return float("inf") if km is None else km
            return "" if km is None else format_km(km)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(facility)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(facility)
            return text if len(text) > 30 else None
        if role == SortRole:
            return column.sort(facility)
        return facility

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("columns", COLUMNS[section].header)
            if role == Qt.ItemDataRole.UserRole:
                return COLUMNS[section].key
        return None

    # Our API --------------------------------------------------------------------------------

    def set_result(
        self, ids: Sequence[str], distances: dict[str, float] | None = None, fetch: Fetch | None = None
    ) -> None:
        """Show a new result: its ordered ids; rows are fetched when first shown."""
        self.beginResetModel()
        try:
            if fetch is not None:
                self._fetch = fetch
            self._ids = list(ids)
            self._row_of = None
            self._pages.clear()
            self._distances = distances
        finally:
            self.endResetModel()

    def set_facilities(self, facilities: Sequence[Facility], distances: dict[str, float] | None = None) -> None:
        """Show facilities already at hand (no fetching needed)."""
        by_id = {f.id: f for f in facilities}
        self.set_result([f.id for f in facilities], distances, fetch=lambda ids: [by_id[i] for i in ids])

    def facility_at(self, row: int) -> Facility:
        """The facility of a row (fetching its page if needed)."""
        page = row // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            wanted = self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE]
            fetched = {f.id: f for f in self._fetch(wanted)}
            rows = [fetched.get(i) or Facility(id=i, name="?", kind="") for i in wanted]
            self._pages[page] = rows
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * self.PAGE_SIZE]

    def id_at(self, row: int) -> str:
        """The facility id of a row."""
        return self._ids[row]

    def row_of(self, facility_id: str) -> int | None:
        """The row of a facility id, or ``None``."""
        if self._row_of is None:
            self._row_of = {facility_id: i for i, facility_id in enumerate(self._ids)}
        return self._row_of.get(facility_id)

    def ids(self) -> list[str]:
        """All ids, in row order."""
        return list(self._ids)

    def has_distances(self) -> bool:
        """Whether the current rows have distances."""
        return self._distances is not None

    def facilities(self) -> list[Facility]:
        """All rows' facilities, in row order (fetches every page: for small results only)."""
        return [self.facility_at(r) for r in range(len(self._ids))]
