"""The Trash: deleted facilities, restorable; emptying it asks first (through the owner)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain.changes import TrashEntry
from directory_app.qt.i18n import city_label, term_label


def local_time(stamp: str) -> str:
    """A UTC ISO time stamp as local date and time ("2026-11-27 19:04")."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M")


class TrashDialog(QDialog):
    """Lists the trash; ``restore_requested(ids)`` and ``empty_requested()`` go to the owner."""

    restore_requested = Signal(list)
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.intro = QLabel(self.tr("Deleted facilities stay here until you empty the trash."), self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("City"), self.tr("Deleted"), self.tr("By")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_: self.restore_selected())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.empty_button = QPushButton(self.tr("&Empty Trash…"), self)
        self.empty_button.setObjectName("emptyTrashButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        for button in (self.restore_button, self.empty_button):
            button.setAutoDefault(False)  # Enter never empties the trash
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_requested)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 380)
        self.set_entries([])

    def set_entries(self, entries: list[TrashEntry]) -> None:
        """Show these deleted facilities."""
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            f = entry.facility
            city = city_label(f.city, f.country)
            cells = [f.name, term_label("kind", f.kind), city, local_time(entry.deleted_at), entry.deleted_by]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                self.table.setItem(row, column, item)
        self.empty_button.setEnabled(bool(entries))
        if entries:
            self.intro.setText(self.tr("Deleted facilities stay here until you empty the trash."))
        else:
            self.intro.setText(self.tr("The trash is empty."))
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def restore_selected(self) -> None:
        """Ask the owner to restore the selected facilities."""
        ids = self.selected_ids()
        if ids:
            self.restore_requested.emit(ids)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()))
