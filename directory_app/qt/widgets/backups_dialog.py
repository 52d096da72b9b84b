"""Restore from Backup: the backups of this database with date, reason and size; damaged ones are marked."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directory_app.directory import Backup
from directory_app.qt.i18n import tr


def reason_label(reason: str) -> str:
    """A backup's reason in the user's language."""
    labels = {
        "manual": tr("BackupsDialog", "Backed up by you"),
        "daily": tr("BackupsDialog", "Daily"),
        "migration": tr("BackupsDialog", "Before a format upgrade"),
        "bulk-edit": tr("BackupsDialog", "Before a bulk edit"),
        "import": tr("BackupsDialog", "Before an import"),
        "before-restore": tr("BackupsDialog", "Before a restore"),
    }
    return labels.get(reason, reason)


class BackupsDialog(QDialog):
    """Pick a backup to restore; :meth:`chosen` is its path once accepted."""

    def __init__(self, parent: QWidget | None, backups: list[Backup], folder: str) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.backups = backups
        intro = QLabel(
            self.tr(
                "Pick a backup to bring the directory back to. The current state is backed up first, so this "
                "can be reversed. Backups are in %1."
            ).replace("%1", folder),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(backups), 3, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        locale = QLocale()
        for row, backup in enumerate(backups):
            size = locale.formattedDataSize(backup.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            reason = reason_label(backup.reason)
            if backup.damaged:
                reason = self.tr("%1 (damaged)").replace("%1", reason)
            cells = [backup.created.strftime("%Y-%m-%d %H:%M:%S"), reason, size]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if backup.damaged:
                    item.setToolTip(
                        self.tr(
                            "This copy failed SQLite's check when it was made: the database was probably "
                            "already damaged then. It cannot be restored."
                        )
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if backups:
            self.table.selectRow(0)
        self._update()
        self.resize(560, 360)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def chosen(self) -> Backup | None:
        """The selected backup."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None
