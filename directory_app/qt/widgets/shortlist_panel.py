"""The Shortlists tab: pick a shortlist, see its facilities in order, edit status, rank and notes.

Rows are reordered by dragging; facilities are added by dragging them from the list (or with
Add to Shortlist, Ctrl+Shift+D, there). The panel only shows and reports: the main window writes through the Directory.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain.models import SHORTLIST_STATUSES, Facility, Shortlist, ShortlistItem
from directory_app.qt.models.shortlist_items import COLUMNS, EDITABLE, ShortlistItemsModel, status_label
from directory_app.qt.shortcuts import ADD_TO_SHORTLIST, native, use_standard_key


class _StatusDelegate(QStyledItemDelegate):
    """A combo box of the four statuses."""

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for code in SHORTLIST_STATUSES:
            box.addItem(status_label(code), code)
        return box

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ShortlistPanel(QWidget):
    """Shortlist chooser, its items table and its commands."""

    shortlist_chosen = Signal(int)  # shortlist id (0: none)
    create_requested = Signal()
    rename_requested = Signal(int)
    purpose_requested = Signal(int)
    delete_requested = Signal(int)
    share_requested = Signal(int)
    import_requested = Signal()
    show_in_list_requested = Signal(str)  # shortlist name
    remove_requested = Signal(list)  # facility ids
    compare_requested = Signal(list)  # facility ids (2-4)
    facility_activated = Signal(str)
    current_changed = Signal(str)  # facility id of the current row ("" for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortlistPanel")
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("shortlistChooser")
        self.chooser.setMinimumContentsLength(24)
        self.chooser.setAccessibleName(self.tr("Shortlist"))
        self.new_button = QPushButton(self.tr("New…"), self)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.rename_action = menu.addAction(self.tr("Rename…"), lambda: self._emit_current(self.rename_requested))
        self.purpose_action = menu.addAction(
            self.tr("Edit Purpose…"), lambda: self._emit_current(self.purpose_requested)
        )
        self.show_in_list_action = menu.addAction(self.tr("Show in List"), self._show_in_list)
        menu.addSeparator()
        self.share_action = menu.addAction(
            self.tr("Export for a Colleague…"), lambda: self._emit_current(self.share_requested)
        )
        self.import_action = menu.addAction(self.tr("Import from a Colleague…"), self.import_requested.emit)
        menu.addSeparator()
        self.delete_action = menu.addAction(
            self.tr("Delete Shortlist"), lambda: self._emit_current(self.delete_requested)
        )
        self.more_button.setMenu(menu)
        self.purpose = QLabel(self)
        self.purpose.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.purpose.setObjectName("shortlistPurpose")
        self.purpose.setWordWrap(True)
        self.purpose.setStyleSheet("QLabel{color:palette(mid); font-style:italic;}")

        self.model = ShortlistItemsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("shortlistItems")
        self.table.setAccessibleName(self.tr("Facilities on the shortlist"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(COLUMNS.index("status"), _StatusDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("recipient_note"), QHeaderView.ResizeMode.Stretch)
        widths = (
            ("position", 32),
            ("name", 230),
            ("kind", 120),
            ("city", 90),
            ("status", 90),
            ("rank", 44),
            ("area", 80),
            ("note", 200),
        )
        for column, width in widths:
            self.table.setColumnWidth(COLUMNS.index(column), width)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setToolTip(self.tr("Compare 2 to 4 selected facilities side by side"))
        self.remove_action = QAction(self.tr("Remove from Shortlist"), self)
        use_standard_key(self.remove_action, QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self._remove)
        self.table.addAction(self.remove_action)
        self.remove_button.clicked.connect(self._remove)
        self.compare_button.clicked.connect(self._compare)
        self.new_button.clicked.connect(self.create_requested.emit)
        self.chooser.currentIndexChanged.connect(self._chosen)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Shortlist:"), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.more_button)
        bottom = QHBoxLayout()
        self.hint = QLabel(
            self.tr("Drag facilities here from the list, or press %1 there.").replace("%1", native(ADD_TO_SHORTLIST)),
            self,
        )
        self.hint.setStyleSheet("QLabel{color:palette(mid);}")
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.compare_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.purpose)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._shortlists: list[Shortlist] = []
        self._update_buttons()

    # showing ----------------------------------------------------------------------------------

    def set_shortlists(self, shortlists: list[Shortlist], current_id: int) -> None:
        """Fill the chooser (keeps ``current_id`` chosen when it still exists)."""
        self._shortlists = list(shortlists)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for s in shortlists:
            self.chooser.addItem(f"{s.name} ({s.count})", s.id)
        index = self.chooser.findData(current_id)
        self.chooser.setCurrentIndex(index if index >= 0 else (0 if shortlists else -1))
        self.chooser.blockSignals(False)
        self._update_buttons()

    def current_id(self) -> int:
        """The chosen shortlist's id (0 when there is none)."""
        data = self.chooser.currentData()
        return int(data) if data is not None else 0

    def current(self) -> Shortlist | None:
        """The chosen shortlist."""
        return next((s for s in self._shortlists if s.id == self.current_id()), None)

    def set_items(
        self, items: list[ShortlistItem], facilities: dict[str, Facility], withdrawn: dict[str, str] | None = None
    ) -> None:
        """Show the chosen shortlist's items; the selection follows ids. ``withdrawn``: id -> date, for
        facilities a team update took out of the directory (shown with their last known data, marked)."""
        selected = set(self.selected_ids())
        self.model.set_items(items, facilities, withdrawn)
        current = self.current()
        self.purpose.setText(current.purpose if current else "")
        self.purpose.setVisible(bool(current and current.purpose))
        for row, item in enumerate(self.model._items):
            if item.facility_id in selected:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in shortlist order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item_at(r).facility_id for r in rows]

    # reporting --------------------------------------------------------------------------------

    def _emit_current(self, signal: Signal) -> None:
        if self.current_id():
            signal.emit(self.current_id())  # type: ignore[attr-defined]

    def _chosen(self, _index: int) -> None:
        self._update_buttons()
        self.shortlist_chosen.emit(self.current_id())

    def _show_in_list(self) -> None:
        current = self.current()
        if current is not None:
            self.show_in_list_requested.emit(current.name)

    def _remove(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.remove_requested.emit(ids)

    def _compare(self) -> None:
        ids = self.selected_ids()
        if 2 <= len(ids) <= 4:
            self.compare_requested.emit(ids)

    def _activated(self, index) -> None:
        if index.isValid() and COLUMNS[index.column()] not in EDITABLE:
            self.facility_activated.emit(self.model.item_at(index.row()).facility_id)

    def _current_changed(self, current, _previous) -> None:
        valid = current.isValid() and current.row() < self.model.rowCount()
        self.current_changed.emit(self.model.item_at(current.row()).facility_id if valid else "")

    def _selection_changed(self, *_: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.current_id())
        count = len(self.selected_ids()) if has else 0
        for action in (self.rename_action, self.purpose_action, self.show_in_list_action, self.share_action):
            action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.remove_button.setEnabled(count > 0)
        self.compare_button.setEnabled(2 <= count <= 4)
