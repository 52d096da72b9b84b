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
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, QTimer

from directory_app.domain.models import Facility, freshness_date
from directory_app.domain.places import haversine_km
from directory_app.qt.i18n import (
    city_label,
    format_area,
    format_date,
    format_km,
    freshness_age_short,
    term_label,
    term_labels,
    tr,
)

if TYPE_CHECKING:
    from directory_app.db.first_page import FirstPage

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


def _city_text(f: Facility) -> str:
    """The city as the list shows it; a programme with no single site says so (after its city, if any)."""
    city = city_label(f.city, f.country)
    if not f.no_single_site:
        return city
    none = term_label("geocode_precision", "none")
    return f"{city} ({none})" if city else none


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
    Column(
        "city",
        QT_TRANSLATE_NOOP("columns", "City"),
        lambda f: _city_text(f),
        lambda f: _text(city_label(f.city, f.country)),
    ),
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
    Column(
        "verified_age",
        QT_TRANSLATE_NOOP("columns", "Verified"),
        lambda f: freshness_age_short(f),
        lambda f: (freshness_date(f)[0] or date.min).isoformat(),
        visible=False,
    ),
    # shown by the view only while the result has distances (a near: search)
    Column(DISTANCE_KEY, QT_TRANSLATE_NOOP("columns", "Distance"), lambda f: "", lambda f: 0.0, visible=False),
)
COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGNMENTS: tuple[int | None, ...] = tuple(
    _RIGHT_ALIGNED if c.key in ("area_m2", "year_opened", DISTANCE_KEY) else None for c in COLUMNS
)
_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_SORT_ROLE, _FACILITY_ROLE, _ID_ROLE = int(SortRole), int(FacilityRole), int(IdRole)
_ROLES = frozenset({_DISPLAY_ROLE, _TOOLTIP_ROLE, _ALIGNMENT_ROLE, _SORT_ROLE, _FACILITY_ROLE, _ID_ROLE})


Fetch = Callable[[Sequence[str]], list[Facility]]


class ResultSource(Protocol):
    """What the model reads a result from (``directory_app.directory.SearchResult`` is one)."""

    @property
    def count(self) -> int: ...

    @property
    def distance_from(self) -> tuple[float, float] | None: ...

    def page(self, offset: int, limit: int) -> tuple[str, ...]: ...


class ListSource:
    """A result that is just a list of ids (tests, small lists)."""

    def __init__(self, ids: Sequence[str], distance_from: tuple[float, float] | None = None) -> None:
        self._ids = tuple(ids)
        self.distance_from = distance_from

    @property
    def count(self) -> int:
        """Number of ids."""
        return len(self._ids)

    def page(self, offset: int, limit: int) -> tuple[str, ...]:
        """Ids ``offset`` .. ``offset + limit``."""
        return self._ids[offset : offset + limit]


class FirstPageSource:
    """The list's source for the first window: the whole directory's count, the first page's rows.

    Rows below the first page (scrolled to before the rest is built) are blank until then.
    """

    distance_from = None

    def __init__(self, first_page: FirstPage) -> None:
        self._ids = first_page.ids
        self._by_id = {f.id: f for f in first_page.facilities}
        self.count = first_page.total

    def page(self, offset: int, limit: int) -> tuple[str, ...]:
        """Ids ``offset`` .. ``offset + limit`` (placeholders past the first page)."""
        end = min(offset + limit, self.count)
        return tuple(self._ids[i] if i < len(self._ids) else f"\0{i}" for i in range(offset, end))

    def fetch(self, ids: Sequence[str]) -> list[Facility]:
        """The facilities of ``ids``: the first page's, blank rows for the placeholders."""
        return [self._by_id.get(i) or Facility(id=i, name="", kind="") for i in ids]


class FacilityTableModel(QAbstractTableModel):
    """The facilities of the current result, one per row; ids and rows read a page at a time."""

    PAGE_SIZE = 64
    MAX_PAGES = 64
    """Pages of facilities kept in memory (least recently used go first)."""
    ID_PAGES_PER_READ = 16
    """Pages of ids read at once, below the first ones (see :meth:`_id_block`)."""

    def __init__(self, parent: Any = None, fetch: Fetch | None = None) -> None:
        super().__init__(parent)
        self._fetch: Fetch = fetch or (lambda ids: [])
        self._source: ResultSource = ListSource(())
        self._count = 0
        self._id_pages: dict[int, tuple[str, ...]] = {}
        self._pages: OrderedDict[int, list[Facility]] = OrderedDict()
        self._last_page = -1
        # the pages next to the one just reached are read when the event loop is idle (between two
        # scroll steps), so that the next step paints without waiting for the database
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(0)
        self._prefetch.timeout.connect(self._read_neighbours)
        self._row_flags: Qt.ItemFlag | None = None

    # Qt API ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        # computed once: asked for every painted cell, and enum arithmetic is slow in Python
        if self._row_flags is None:
            self._row_flags = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        return self._row_flags

    def mimeTypes(self) -> list[str]:
        from directory_app.qt.models.shortlist_items import FACILITY_IDS_MIME  # not needed by the first window

        return [FACILITY_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged rows' facility ids (drop them on a shortlist)."""
        from directory_app.qt.models.shortlist_items import ids_mime

        return ids_mime([self.id_at(r) for r in sorted({i.row() for i in indexes})])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked ~7 roles for every painted cell: roles we do not answer return first, and roles
        # are compared with plain ints (looking up a Qt enum member is slow in Python).
        if role not in _ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < self._count:
            return None
        if role == _ALIGNMENT_ROLE:
            return _ALIGNMENTS[index.column()]
        if role == _ID_ROLE:
            return self.id_at(row)
        column = COLUMNS[index.column()]
        facility = self.facility_at(row)
        if role == _FACILITY_ROLE:
            return facility
        if column.key == DISTANCE_KEY:
            km = self.distance_of(facility)
            if role == _SORT_ROLE:
                return float("inf") if km is None else km
            if role == _TOOLTIP_ROLE:
                if km is None or not facility.distance_approximate:
                    return None
                return tr("FacilityTableModel", "Approximate distance (location known to: %1)").replace(
                    "%1", term_label("geocode_precision", facility.geocode_precision)
                )
            if km is None:  # a programme with no single site has no distance: say why
                return term_label("geocode_precision", "none") if facility.no_single_site else ""
            return format_km(km, approximate=facility.distance_approximate)
        if role == _SORT_ROLE:
            return column.sort(facility)
        text = column.display(facility)
        if role == _TOOLTIP_ROLE:
            return text if len(text) > 30 else None
        return text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("columns", COLUMNS[section].header)
            if role == Qt.ItemDataRole.UserRole:
                return COLUMNS[section].key
        return None

    # Our API --------------------------------------------------------------------------------

    def set_result(self, source: ResultSource, fetch: Fetch | None = None) -> None:
        """Show a new result; its ids and rows are read when first shown."""
        self.beginResetModel()
        try:
            if fetch is not None:
                self._fetch = fetch
            self._source = source
            self._count = source.count
            self._id_pages.clear()
            self._pages.clear()
            self._last_page = -1
            self._prefetch.stop()
        finally:
            self.endResetModel()

    def set_facilities(self, facilities: Sequence[Facility], distance_from: tuple[float, float] | None = None) -> None:
        """Show facilities already at hand (no fetching needed)."""
        by_id = {f.id: f for f in facilities}
        self.set_result(ListSource([f.id for f in facilities], distance_from), lambda ids: [by_id[i] for i in ids])

    def _ids_of_page(self, page: int) -> tuple[str, ...]:
        ids = self._id_pages.get(page)
        if ids is None:
            first, end = self._id_block(page)
            size = self.PAGE_SIZE
            block = tuple(self._source.page(first * size, (end - first) * size))
            for k in range(first, end):
                self._id_pages.setdefault(k, block[(k - first) * size : (k - first + 1) * size])
            ids = self._id_pages[page]
        return ids

    def _id_block(self, page: int) -> tuple[int, int]:
        """The id pages read together with ``page``: ``[first, end)``.

        A read of a deep page costs a walk from the top of the result (LIMIT/OFFSET: ~10 ms at
        100,000 rows), and ids are small, so pages are read in aligned blocks of
        :attr:`ID_PAGES_PER_READ`, growing 1, 1, 2, 4, 8 pages at the top, where a new search's
        first page is at hand and most results are short.
        """
        per_read = self.ID_PAGES_PER_READ
        if page >= per_read:
            first = page - page % per_read
            return first, first + per_read
        first = 1 << (page.bit_length() - 1) if page else 0
        return first, max(2 * first, 1)

    def id_at(self, row: int) -> str:
        """The facility id of a row."""
        return self._ids_of_page(row // self.PAGE_SIZE)[row % self.PAGE_SIZE]

    def facility_at(self, row: int) -> Facility:
        """The facility of a row (fetching its page if needed)."""
        page = row // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._read_page(page)
        if page != self._last_page:
            self._pages.move_to_end(page)
            self._last_page = page
            self._prefetch.start()
        return rows[row - page * self.PAGE_SIZE]

    def _read_page(self, page: int) -> list[Facility]:
        """Fetch a page of facilities and keep it (the least recently used pages go)."""
        wanted = self._ids_of_page(page)
        fetched = {f.id: f for f in self._fetch(wanted)}
        rows = [fetched.get(i) or Facility(id=i, name="?", kind="") for i in wanted]
        self._pages[page] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _read_neighbours(self) -> None:
        """Read the pages before and after the last one shown, if not in memory yet (best effort)."""
        pages = (self._count + self.PAGE_SIZE - 1) // self.PAGE_SIZE
        for page in (self._last_page + 1, self._last_page - 1):
            if 0 <= page < pages and page not in self._pages:
                try:
                    self._read_page(page)
                except Exception:
                    return
                if self._last_page in self._pages:
                    self._pages.move_to_end(self._last_page)  # the page on screen stays the newest

    def row_of(self, facility_id: str, *, search_pages: int = 1) -> int | None:
        """The row of a facility id among the id pages read so far (reading at least the first ones)."""
        pages = (self._count + self.PAGE_SIZE - 1) // self.PAGE_SIZE
        for page in range(min(search_pages, pages)):
            self._ids_of_page(page)
        for page, ids in self._id_pages.items():
            if facility_id in ids:
                return page * self.PAGE_SIZE + ids.index(facility_id)
        return None

    def distance_of(self, facility: Facility) -> float | None:
        """km from the result's ``near:`` place; ``None`` without one (or without coordinates)."""
        point = self._source.distance_from
        if point is None or facility.latitude is None or facility.longitude is None:
            return None
        return haversine_km(point[0], point[1], facility.latitude, facility.longitude)

    def ids(self) -> list[str]:
        """All ids, in row order (reads every id page: small results only)."""
        return [self.id_at(r) for r in range(self._count)]

    def has_distances(self) -> bool:
        """Whether the current rows have distances."""
        return self._source.distance_from is not None

    def facilities(self) -> list[Facility]:
        """All rows' facilities, in row order (fetches every page: small results only)."""
        return [self.facility_at(r) for r in range(self._count)]
