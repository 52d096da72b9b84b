"""Corrections sent back (issue 15) in the GUI: File › Send Corrections… and Edit › Review Corrections….

* :class:`SendCorrectionsDialog` says what goes into the corrections file (the edits of reference facilities
  and the facilities the user added, with their sources) and that private notes, shortlists and saved searches
  do not; Save… asks where (through the output-path guard) and writes it.
* :class:`ReviewCorrectionsDialog` is the curator's review queue: one row per change (facility, field, the
  value now, the proposed value, the source it carries, from whom and when; a new facility with its likely
  duplicate). Accept / Reject per change; for a new facility Accept as New / Merge into the Duplicate /
  Reject. Import File… takes a received corrections file into the queue. Nothing is applied without a click.

:func:`install` adds both actions to the main window's menus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directory_app.directory import Changes, Directory
from directory_app.domain.errors import DirectoryError
from directory_app.qt.dialogs import Prompter
from directory_app.qt.import_cells import value_text as facility_value_text
from directory_app.qt.output_guard import guarded_output
from directory_app.qt.widgets.facility_form import field_label
from directory_app.updates.review import ACCEPT_AUTO, ACCEPT_MERGE, ACCEPT_NEW

if TYPE_CHECKING:
    from directory_app.db.corrections import QueuedChange
    from directory_app.qt.main_window import MainWindow


def _value(field: str, value: Any) -> str:
    if isinstance(value, list):
        value = tuple(value)
    return facility_value_text(field, value) or "—"


class SendCorrectionsDialog(QDialog):
    """What goes into the corrections file, and Save… to write it."""

    def __init__(self, directory: Directory, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.prompter = prompter
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Send Corrections"))
        out = directory.corrections.outgoing()
        counts = self.tr("Your edits of reference facilities: %1 (of %2 facilities). Facilities you added: %3.")
        counts = counts.replace("%1", str(out.edits)).replace("%2", str(out.facilities_edited))
        counts = counts.replace("%3", str(out.added))
        what = QLabel(
            self.tr(
                "The corrections file holds your edits of reference facilities (each field with its old and new "
                "value and when you changed it, and the source when you changed it) and the facilities you "
                "added, with their sources. Send it to your curators: they review each change before it goes "
                "into the next update."
            ),
            self,
        )
        private = QLabel(
            self.tr("Your private notes, shortlists and saved searches do not go into the file."),
            self,
        )
        self.counts = QLabel(counts, self)
        for label in (what, self.counts, private):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        private.setStyleSheet("QLabel{font-weight:bold;}")
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setEnabled(not out.empty)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.counts)
        layout.addWidget(private)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def save(self) -> None:
        """Ask where, check the target with the output-path guard, write the file."""
        title = self.tr("Send Corrections")
        chosen = self.prompter.save_file(self, title, "corrections.json", self.tr("Corrections files (*.json)"))
        if not chosen:
            return
        target = guarded_output(self.directory, chosen, parent=self, prompter=self.prompter, title=title)
        if target is None:
            return
        try:
            self.directory.corrections.export(target)
        except DirectoryError as exc:
            self.prompter.inform(self, title, exc.message)
            return
        self.written = target
        self.accept()


class ReviewCorrectionsDialog(QDialog):
    """The review queue: one row per change, Accept / Reject per change (see the module text)."""

    COLUMNS = 7

    def __init__(self, directory: Directory, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.prompter = prompter
        self.changed = False
        self.changes: list[QueuedChange] = []
        self.setWindowTitle(self.tr("Review Corrections"))
        self.intro = QLabel(self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("corrections")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Facility"),
                self.tr("Field"),
                self.tr("Current value"),
                self.tr("Proposed value"),
                self.tr("Source"),
                self.tr("From"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.import_button = QPushButton(self.tr("Import File…"), self)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.new_button = QPushButton(self.tr("Accept as New"), self)
        self.merge_button = QPushButton(self.tr("Merge into the Duplicate"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        close = QPushButton(self.tr("Close"), self)
        self.import_button.clicked.connect(self.import_file)
        self.accept_button.clicked.connect(lambda: self.decide(ACCEPT_AUTO))
        self.new_button.clicked.connect(lambda: self.decide(ACCEPT_NEW))
        self.merge_button.clicked.connect(lambda: self.decide(ACCEPT_MERGE))
        self.reject_button.clicked.connect(lambda: self.decide(None))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        for button in (self.accept_button, self.new_button, self.merge_button, self.reject_button, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(1100, 480)
        self.refresh()

    def refresh(self) -> None:
        """Show the pending changes as the directory has them now."""
        review = self.directory.corrections
        self.changes = review.queue()
        self.intro.setText(
            self.tr(
                "Changes sent by advisers, waiting for your review: %1. Nothing is applied until you accept it; "
                "an accepted change is your edit and goes into the next published update."
            ).replace("%1", str(len(self.changes)))
        )
        self.table.setRowCount(len(self.changes))
        for number, change in enumerate(self.changes):
            if change.kind == "edit":
                cells = [
                    change.facility_name or change.facility_id,
                    field_label(change.field),
                    _value(change.field, review.current_value(change)),
                    _value(change.field, change.new),
                ]
                note = ""
            else:
                record = change.new
                place = ", ".join(str(record.get(k) or "") for k in ("city", "country") if record.get(k))
                cells = [
                    change.facility_name or change.facility_id,
                    self.tr("New facility"),
                    "—",
                    f"{record.get('name', '')} ({place})" if place else str(record.get("name", "")),
                ]
                duplicate = review.likely_duplicate(change)
                note = (
                    self.tr("Likely duplicate of %1 (%2)").replace("%1", duplicate[0]).replace("%2", duplicate[1])
                    if duplicate
                    else ""
                )
            source = change.source.get("source_url") or ""
            quote = change.source.get("source_quote") or ""
            cells.append(f"{source}\n{quote}".strip())
            cells.append(f"{change.sender or '?'}, {(change.changed_at or change.sent_at)[:10]}")
            cells.append(note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: table items never interpret markup
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        self._enable()

    def current(self) -> QueuedChange | None:
        """The change of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.changes[rows[0].row()] if rows else None

    def _enable(self) -> None:
        change = self.current()
        new = change is not None and change.kind == "new"
        duplicate = new and change is not None and self.directory.corrections.likely_duplicate(change) is not None
        self.accept_button.setEnabled(change is not None and not new)
        self.new_button.setEnabled(new)
        self.merge_button.setEnabled(duplicate)
        self.reject_button.setEnabled(change is not None)
        writable = not self.directory.read_only
        for button in (self.import_button, self.accept_button, self.new_button, self.merge_button, self.reject_button):
            button.setEnabled(button.isEnabled() and writable)

    def select_row(self, row: int) -> None:
        """Select a row (keyboard and tests)."""
        self.table.selectRow(row)

    def decide(self, how: str | None) -> None:
        """Accept the selected change (``how``) or reject it (``None``); the list follows."""
        change = self.current()
        if change is None:
            return
        try:
            if how is None:
                self.directory.corrections.reject(change.id)
            else:
                self.directory.corrections.accept(change.id, how)
                self.changed = True
        except DirectoryError as exc:
            self.prompter.inform(self, self.tr("Review Corrections"), exc.message)
        self.refresh()

    def import_file(self) -> None:
        """Take a received corrections file into the queue."""
        title = self.tr("Import Corrections")
        chosen = self.prompter.open_file(self, title, "", self.tr("Corrections files (*.json)"))
        if not chosen:
            return
        try:
            queued = self.directory.corrections.import_file(chosen)
        except DirectoryError as exc:
            self.prompter.inform(self, title, exc.message)
            return
        text = self.tr("%1 changes from %2 are waiting for your review (%3 were there already).")
        self.prompter.inform(
            self,
            title,
            text.replace("%1", str(queued.queued))
            .replace("%2", queued.sender or "?")
            .replace("%3", str(queued.already)),
        )
        self.refresh()


class CorrectionsMenu(QObject):
    """File › Send Corrections… and Edit › Review Corrections… of a main window."""

    def __init__(self, window: MainWindow, directory: Callable[[], Directory]) -> None:
        super().__init__(window)
        self.window = window
        self._directory = directory
        self.send_action = QAction(self.tr("Send &Corrections…"), window)
        self.send_action.setStatusTip(
            self.tr("Write your edits and added facilities to a file for the curators (no private notes)")
        )
        self.review_action = QAction(self.tr("Review Co&rrections…"), window)
        self.review_action.setStatusTip(self.tr("Accept or reject the corrections advisers sent"))
        self.send_action.triggered.connect(self.send)
        self.review_action.triggered.connect(self.review)

    def send(self) -> None:
        dialog = SendCorrectionsDialog(self._directory(), self.window.prompter, self.window)
        if dialog.exec() and dialog.written is not None:
            self.window.statusBar().showMessage(
                self.tr("Corrections written to %1").replace("%1", str(dialog.written)), 8000
            )

    def review(self) -> None:
        dialog = ReviewCorrectionsDialog(self._directory(), self.window.prompter, self.window)
        dialog.exec()
        if dialog.changed:
            self.window.changes_applied.emit(Changes(facilities=True))


def install(w: MainWindow) -> CorrectionsMenu:
    """Add File › Send Corrections… (before the backup commands) and Edit › Review Corrections… (after the
    review of edits that differ from newer data) to the main window."""
    menu = CorrectionsMenu(w, lambda: w.directory)
    file_menu, edit_menu = (a.menu() for a in w.menuBar().actions()[:2])
    file_menu.insertAction(w.backup_action, menu.send_action)
    file_menu.insertSeparator(w.backup_action)
    actions = edit_menu.actions()
    after = actions.index(w.review_overrides_action) + 1 if w.review_overrides_action in actions else len(actions)
    if after < len(actions):
        edit_menu.insertAction(actions[after], menu.review_action)
    else:
        edit_menu.addAction(menu.review_action)
    return menu
