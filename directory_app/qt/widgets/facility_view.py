"""The facility table: sortable, with a column chooser and a layout saved by column key."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView, QWidget

from directory_app.db.schema import SORT_KEYS
from directory_app.domain.models import Facility
from directory_app.qt.i18n import tr
from directory_app.qt.models.facility_table import (
    COLUMN_KEYS,
    COLUMNS,
    DISTANCE_KEY,
    FacilityRole,
    FacilityTableModel,
    IdRole,
    ListSource,
    ResultSource,
)

PREFERRED_WIDTHS = {
    "name": 300,
    "kind": 130,
    "organisation": 200,
    "city": 110,
    "region": 120,
    "country": 90,
    "services": 240,
    "verified_on": 100,
    DISTANCE_KEY: 90,
}
"""Column widths (pixels) when there is room; other columns want 130."""
MINIMUM_WIDTHS = {"name": 160}
SMALLEST_WIDTH = 24
"""No column gets narrower than this, even when nothing else fits."""
"""Widths a column keeps when the columns are fitted to a narrow table (others keep their header's)."""


class FacilityView(QTableView):
    """Table of facilities; emits the current facility and keeps the selection across resets.

    Until the user sizes a column by hand, the visible columns are fitted to the table's width
    (each shrinks towards its header's width, in proportion to what it would like beyond that), so
    no column starts scrolled out of sight; the layout remembers which of the two it is.
    """

    current_facility_changed = Signal(object)
    """The current :class:`Facility`, or ``None``."""
    sort_requested = Signal(object, bool)
    """(column key or ``None`` for the result's own order, descending): the database sorts."""

    def __init__(self, model: FacilityTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilityTable")
        # PySide meets a widget it has no Python object for by creating the Python classes of every
        # QWidget subclass (~8 ms, the first time ``viewport()`` is called): before the first paint,
        # the two viewports are looked up by their Qt name as plain QWidgets instead, and kept
        self._viewports = [
            area.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
            for area in (self, self.horizontalHeader())
        ]
        self.setAccessibleName(self.tr("Facilities"))
        self.source_model = model
        self.setModel(model)
        # Sorting is done by the database (100,000 rows are never all loaded): a header click
        # asks for a new order; a third click goes back to the result's own order.
        self._sort: tuple[str | None, bool] = (None, False)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._header_clicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragEnabled(True)  # rows can be dropped on a shortlist
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.column_menu().exec(header.mapToGlobal(pos)))
        self._fit = True  # fit the columns to the width until the user sizes one
        self._fitting = False
        self._header_pressed = False
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, PREFERRED_WIDTHS.get(column.key, 130))
            self.setColumnHidden(i, not column.visible)
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._section_resized)
        header.sectionHandleDoubleClicked.connect(lambda _section: self._user_sized())
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    # Column widths ------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Size the visible columns to the table's width (see the class documentation)."""
        header = self.horizontalHeader()
        visible = [i for i in range(len(COLUMNS)) if not self.isColumnHidden(i)]
        if not visible or self.viewport().width() <= 0:
            return
        # a column wants its preferred width, and at least its header's (translated headers are longer)
        wanted = {
            i: max(PREFERRED_WIDTHS.get(COLUMNS[i].key, 130), header.sectionSizeFromContents(i).width() + 4)
            for i in visible
        }
        least = {
            i: min(wanted[i], max(header.sectionSizeFromContents(i).width() + 4, MINIMUM_WIDTHS.get(COLUMNS[i].key, 0)))
            for i in visible
        }
        available = self.viewport().width()
        widths = wanted
        if sum(wanted.values()) > available:
            spare = max(0, available - sum(least.values()))
            extra = sum(wanted[i] - least[i] for i in visible) or 1
            widths = {i: least[i] + (wanted[i] - least[i]) * spare // extra for i in visible}
        if sum(widths.values()) > available:
            # even the headers do not fit (a Distance column, large fonts): shrink every column alike,
            # headers elided, rather than push City and Country off to the right
            scale = available / sum(widths.values())
            widths = {i: max(SMALLEST_WIDTH, int(width * scale)) for i, width in widths.items()}
        self._fitting = True
        try:
            for i, width in widths.items():
                header.resizeSection(i, width)
        finally:
            self._fitting = False

    def _refit(self) -> None:
        if self._fit:
            self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.horizontalHeader().viewport():
            if event.type() == QEvent.Type.MouseButtonPress:
                self._header_pressed = True
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._header_pressed = False
        return super().eventFilter(watched, event)

    def _section_resized(self, _section: int, _old: int, _new: int) -> None:
        if self._header_pressed and not self._fitting:
            self._user_sized()

    def _user_sized(self) -> None:
        """The user sized a column: keep the widths as they are from now on."""
        self._fit = False

    def set_column_width(self, section: int, width: int) -> None:
        """Size a column as the user would (the columns are no longer fitted to the width)."""
        self._user_sized()
        self.horizontalHeader().resizeSection(section, width)

    # Columns ------------------------------------------------------------------------------

    def column_menu(self, parent: QWidget | None = None) -> QMenu:
        """A menu of checkable columns (at least one stays visible)."""
        menu = QMenu(tr("FacilityView", "Columns"), parent or self)
        for i, column in enumerate(COLUMNS):
            if column.key == DISTANCE_KEY:
                continue  # shown automatically for near: searches
            action = QAction(tr("columns", column.header), menu)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(i))
            action.setData(column.key)
            action.toggled.connect(lambda checked, i=i: self.set_column_visible(i, checked))
            menu.addAction(action)
        return menu

    def set_column_visible(self, section: int, visible: bool) -> None:
        """Show or hide a column; the last visible column cannot be hidden."""
        visible_count = sum(not self.isColumnHidden(i) for i in range(len(COLUMNS)))
        if not visible and visible_count <= 1:
            return
        self.setColumnHidden(section, not visible)
        self._refit()

    def visible_column_keys(self) -> list[str]:
        """Keys of the visible columns, in on-screen order."""
        header = self.horizontalHeader()
        order = sorted(range(len(COLUMNS)), key=header.visualIndex)
        return [COLUMNS[i].key for i in order if not self.isColumnHidden(i)]

    def layout_state(self) -> str:
        """Column order, widths, visibility and sort as JSON keyed by column key (robust to new columns)."""
        header = self.horizontalHeader()
        columns = [
            {
                "key": COLUMNS[i].key,
                "visual": header.visualIndex(i),
                "width": header.sectionSize(i),
                "hidden": self.isColumnHidden(i),
            }
            for i in range(len(COLUMNS))
        ]
        import json  # here: the first window of a first start has no layout to read

        sort_key, descending = self._sort
        return json.dumps(
            {
                "columns": columns,
                "sort": sort_key,
                "descending": descending,
                "fit": self._fit,
            }
        )

    def restore_layout_state(self, state: str) -> bool:
        """Restore :meth:`layout_state`; unknown keys are ignored, bad input leaves the layout as is."""
        import json

        try:
            data = json.loads(state)
            entries = {str(c["key"]): c for c in data["columns"] if isinstance(c, dict)}
            for entry in entries.values():
                entry["visual"] = int(entry.get("visual", 0))
                entry["width"] = int(entry.get("width", 0))
        except (ValueError, TypeError, KeyError, AttributeError):
            return False
        header = self.horizontalHeader()
        keys = [c.key for c in COLUMNS]
        for entry in sorted(entries.values(), key=lambda e: int(e.get("visual", 0))):
            if entry.get("key") not in keys:
                continue
            logical = keys.index(entry["key"])
            width = int(entry.get("width", 0))
            if 20 <= width <= 2000:
                header.resizeSection(logical, width)
            self.setColumnHidden(logical, bool(entry.get("hidden", False)))
            target = min(max(int(entry.get("visual", logical)), 0), len(COLUMNS) - 1)
            header.moveSection(header.visualIndex(logical), target)
        if all(self.isColumnHidden(i) for i in range(len(COLUMNS))):
            self.setColumnHidden(0, False)
        fit = data.get("fit")
        if not isinstance(fit, bool):  # saved before fitting existed: fitted unless the user sized a column
            shown = sorted((e for e in entries.values() if not e.get("hidden")), key=lambda e: e["visual"])
            old_defaults = {**PREFERRED_WIDTHS, "country": 60}
            fit = all(e["width"] == old_defaults.get(str(e["key"]), 130) for e in shown[:-1])  # the last stretches
        self._fit = fit
        self._refit()
        sort_key = data.get("sort")
        if sort_key in keys and sort_key in SORT_KEYS and sort_key != DISTANCE_KEY:
            self.set_sort(sort_key, bool(data.get("descending")))
        return True

    # Sorting ------------------------------------------------------------------------------

    def sort_state(self) -> tuple[str | None, bool]:
        """(column key or ``None`` for the result's own order, descending)."""
        return self._sort

    def set_sort(self, key: str | None, descending: bool = False) -> None:
        """Show a sort (the caller reruns the search with it)."""
        self._sort = (key, descending) if key in COLUMN_KEYS and key in SORT_KEYS else (None, False)
        header = self.horizontalHeader()
        if self._sort[0] is None:
            header.setSortIndicatorShown(False)
        else:
            header.setSortIndicatorShown(True)
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(COLUMN_KEYS.index(self._sort[0]), order)

    def _header_clicked(self, section: int) -> None:
        key = COLUMN_KEYS[section]
        if key not in SORT_KEYS:
            return  # e.g. Services: a list per facility has no order of its own
        current, descending = self._sort
        if current != key:
            self.set_sort(key, False)
        elif not descending:
            self.set_sort(key, True)
        else:
            self.set_sort(None)
        self.sort_requested.emit(*self._sort)

    # Rows ---------------------------------------------------------------------------------

    def set_facilities(self, facilities: list[Facility], distance_from: tuple[float, float] | None = None) -> None:
        """Show facilities at hand (tests, small lists); see :meth:`set_result`."""
        by_id = {f.id: f for f in facilities}
        self.set_result(ListSource([f.id for f in facilities], distance_from), lambda ids: [by_id[i] for i in ids])

    def set_result(self, source: ResultSource, fetch: Callable[[Sequence[str]], list[Facility]]) -> None:
        """Show a new result, keeping the current facility selected when it is in it.

        The distance column appears (next to the name) while the result has distances.
        """
        current = self.currentIndex().data(IdRole) if self.currentIndex().isValid() else None
        had_distances = self.source_model.has_distances()
        self.source_model.set_result(source, fetch)
        column = COLUMN_KEYS.index(DISTANCE_KEY)
        if source.distance_from is not None and not had_distances:
            self.setColumnHidden(column, False)
            self.horizontalHeader().moveSection(self.horizontalHeader().visualIndex(column), 1)
            self.horizontalHeader().resizeSection(column, 90)
            self._refit()
        elif source.distance_from is None and had_distances:
            self.setColumnHidden(column, True)
            self._refit()
            if self._sort[0] == DISTANCE_KEY:
                self.set_sort(None)
        if current is not None and self.select_facility(current):
            return
        self.current_facility_changed.emit(None)

    def select_facility(self, facility_id: str) -> bool:
        """Make a facility current and selected; False when it is not in the result.

        Ids are read in growing blocks until the facility is found (a handful of reads even at
        100,000 rows), so a reload keeps the current facility wherever it is in the list.
        """
        row = self.source_model.row_of(facility_id, search_pages=sys.maxsize)
        if row is None:
            return False
        index = self.source_model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(index)
        return True

    def current_facility(self) -> Facility | None:
        """The facility of the current row."""
        index = self.currentIndex()
        return index.data(FacilityRole) if index.isValid() else None

    def selected_rows(self) -> list[int]:
        """The selected rows, in order."""
        return sorted(i.row() for i in self.selectionModel().selectedRows())

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in view order."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(IdRole) for i in rows]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_facility_changed.emit(current.data(FacilityRole) if current.isValid() else None)
