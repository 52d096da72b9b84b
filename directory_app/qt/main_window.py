"""The main window: facility table, details pane, menus, status bar, remembered layout."""

from __future__ import annotations

import html
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from directory_app import __version__, config
from directory_app.directory import Changes, Directory
from directory_app.domain.errors import DirectoryError
from directory_app.qt.dialogs import Prompter
from directory_app.qt.i18n import format_date, plural
from directory_app.qt.models.facility_table import COLUMNS, FacilityTableModel
from directory_app.qt.open_database import DB_FILTER, open_directory
from directory_app.qt.widgets.detail_pane import DetailPane
from directory_app.qt.widgets.facility_view import FacilityView

STATE_GROUP = "state"
LAST_DATABASE_KEY = "last_database"
FALLBACK_SHORTCUTS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Open: "Ctrl+O",
    QKeySequence.StandardKey.Copy: "Ctrl+C",
    QKeySequence.StandardKey.SelectAll: "Ctrl+A",
    QKeySequence.StandardKey.HelpContents: "F1",
}


def _icon(name: str) -> object:
    try:
        return qta.icon(name)
    except Exception:
        from PySide6.QtGui import QIcon

        return QIcon()


class MainWindow(QMainWindow):
    """Browse the directory: a sortable table and the details of the current facility."""

    changes_applied = Signal(object)
    """A :class:`~directory_app.directory.Changes`, after every mutation."""

    def __init__(
        self, directory: Directory, *, settings: QSettings | None = None, prompter: Prompter | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.directory = directory
        self.settings = settings or QSettings()
        self.prompter = prompter or Prompter()
        self.setWindowIcon(QGuiApplication.windowIcon())
        self.resize(1280, 780)

        self.model = FacilityTableModel(self)
        self.table = FacilityView(self.model, self)
        self.details = DetailPane(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel{background:#fff4ce; color:#3d3000; padding:6px;}")
        self.banner.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 400])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.freshness_label = QLabel(self)
        self.freshness_label.setObjectName("freshnessLabel")
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.freshness_label)

        self._build_actions()
        self._build_menus()
        self.table.current_facility_changed.connect(self._show_details)
        self.details.note_edited.connect(self._save_note)
        self.changes_applied.connect(self._on_changes)
        self._restore_state()
        self._load_directory()

    # Construction -------------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: object = None, icon: str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(shortcut)
            # some platform themes (offscreen, minimal) define no binding for e.g. Quit
            action.setShortcuts(bindings or [QKeySequence(FALLBACK_SHORTCUTS.get(shortcut, ""))])
        elif shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        if icon:
            action.setIcon(_icon(icon))  # type: ignore[arg-type]
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(
            self.tr("&Open Directory File…"),
            self.open_other_database,
            QKeySequence.StandardKey.Open,
            "fa6s.folder-open",
            self.tr("Open or create another directory database file"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "fa6s.power-off")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.copy_action = self._action(
            self.tr("&Copy Selected Rows"),
            self.copy_selection,
            QKeySequence.StandardKey.Copy,
            "fa6s.copy",
            self.tr("Copy the selected facilities as tab-separated text"),
        )
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.copy_action)
        self.select_all_action = self._action(
            self.tr("Select &All"), self.table.selectAll, QKeySequence.StandardKey.SelectAll
        )
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.select_all_action)
        self.details_action = self._action(
            self.tr("Show &Details Pane"), self._toggle_details, QKeySequence("Ctrl+I"), "fa6s.circle-info"
        )
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.focus_table_action = self._action(self.tr("Go to &List"), self.table.setFocus, QKeySequence("Ctrl+1"))
        self.reset_layout_action = self._action(self.tr("&Reset Layout"), self.reset_layout)
        self.about_action = self._action(self.tr("&About Directory App"), self.show_about, None, "fa6s.circle-question")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), lambda: QMessageBox.aboutQt(self))
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(self.select_all_action)
        view_menu = bar.addMenu(self.tr("&View"))
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        view_menu.addAction(self.details_action)
        view_menu.addAction(self.focus_table_action)
        view_menu.addSeparator()
        view_menu.addAction(self.reset_layout_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for action in self.table.column_menu(self.columns_menu).actions():
            self.columns_menu.addAction(action)

    # Data ---------------------------------------------------------------------------------

    def _load_directory(self) -> None:
        facilities = self.directory.facilities()
        self.table.set_facilities(facilities)
        total = self.directory.count()
        self.count_label.setText(plural("MainWindow", "1 facility", "%n facilities", total))
        oldest, newest = self.directory.verification_span()
        if oldest and newest:
            span = format_date(oldest) if oldest == newest else f"{format_date(oldest)} – {format_date(newest)}"
            self.freshness_label.setText(self.tr("Sources checked %1").replace("%1", span))
        else:
            self.freshness_label.setText(self.tr("Data not verified"))
        self.freshness_label.setToolTip(str(self.directory.path))
        read_only = self.directory.read_only
        self.banner.setVisible(read_only)
        if read_only:
            self.banner.setText(
                self.tr(
                    "This directory file is open read-only (%1). You can browse and "
                    "copy, but notes and changes cannot be saved."
                ).replace("%1", str(self.directory.path))
            )
        title = self.tr("Directory App — %1").replace("%1", self.directory.path.name)
        self.setWindowTitle(title + (self.tr(" [read-only]") if read_only else ""))
        if self.table.current_facility() is None and facilities:
            self.table.selectRow(0)

    def _show_details(self, facility: object) -> None:
        self.details.flush_note()  # save a pending edit before reading notes back
        if facility is None:
            self.details.show_facility(None)
            return
        note = self.directory.note(facility.id)  # type: ignore[attr-defined]
        self.details.show_facility(facility, note, read_only=self.directory.read_only)  # type: ignore[arg-type]

    def _save_note(self, facility_id: str, body: str) -> None:
        try:
            changes = self.directory.set_note(facility_id, body)
        except DirectoryError as exc:
            self.details.note_not_saved(facility_id)
            self.statusBar().showMessage(self.tr("Note not saved: %1").replace("%1", exc.message), 10000)
            return
        self.changes_applied.emit(changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.notes:
            self.statusBar().showMessage(self.tr("Note saved"), 3000)
        if changes.facilities:
            self._load_directory()

    def open_other_database(self) -> None:
        """Ask for another database file (a new path is created from the seed) and switch to it."""
        path = self.prompter.open_file(
            self, self.tr("Open or create a directory file"), str(self.directory.path.parent), DB_FILTER
        )
        if not path:
            return
        directory = open_directory(Path(path), prompter=self.prompter, parent=self)
        if directory is None:
            return
        self.details.flush_note()
        self.directory.close()
        self.directory = directory
        self.settings.setValue(LAST_DATABASE_KEY, str(directory.path))
        self._load_directory()

    # Actions ------------------------------------------------------------------------------

    def copy_selection(self) -> None:
        """Copy the selected rows (visible columns) to the clipboard as tab-separated text."""
        ids = set(self.table.selected_ids())
        if not ids:
            return
        keys = self.table.visible_column_keys()
        columns = {c.key: c for c in COLUMNS}
        lines = ["\t".join(self.model.headerData(list(columns).index(k), Qt.Orientation.Horizontal) for k in keys)]
        for row in range(self.table.proxy.rowCount()):
            source = self.table.proxy.mapToSource(self.table.proxy.index(row, 0)).row()
            facility = self.model.facility_at(source)
            if facility.id in ids:
                lines.append("\t".join(columns[k].display(facility).replace("\t", " ") for k in keys))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        self.statusBar().showMessage(plural("MainWindow", "1 row copied", "%n rows copied", len(lines) - 1), 3000)

    def _toggle_details(self, checked: bool) -> None:
        self.details.setVisible(checked)

    def reset_layout(self) -> None:
        """Forget the saved layout and go back to the default one."""
        for i, column in enumerate(COLUMNS):
            header = self.table.horizontalHeader()
            header.moveSection(header.visualIndex(i), i)
            self.table.setColumnHidden(i, not column.visible)
        self.splitter.setSizes([int(self.width() * 0.7), int(self.width() * 0.3)])
        self.details_action.setChecked(True)
        self.details.setVisible(True)

    def show_about(self) -> None:
        """The About box: version, purpose, and credits for the data sources and their licences."""
        credits = self.directory.data_credits()
        items = "".join(f"<li>{html.escape(c)}</li>" for c in credits)
        QMessageBox.about(
            self,
            self.tr("About Directory App"),
            "<h3>"
            + self.tr("Directory App %1").replace("%1", __version__)
            + "</h3><p>"
            + self.tr(
                "An offline directory of life-science incubators, accelerators and cell and gene "
                "therapy production sites in Belgium, the Netherlands and Luxembourg."
            )
            + "</p><p><b>"
            + self.tr("Data and licences")
            + "</b></p><ul>"
            + items
            + "</ul><p>"
            + self.tr("Database file: %1").replace("%1", str(self.directory.path))
            + "</p>",
        )

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = "".join(
            f"<tr><td>{html.escape(a.text().replace('&', ''))}</td>"
            f"<td><b>{html.escape(a.shortcut().toString(native))}</b></td></tr>"
            for a in (
                self.open_action,
                self.copy_action,
                self.select_all_action,
                self.details_action,
                self.focus_table_action,
                self.shortcuts_action,
                self.quit_action,
            )
            if not a.shortcut().isEmpty()
        )
        QMessageBox.information(self, self.tr("Keyboard Shortcuts"), f"<table>{rows}</table>")

    # State --------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        """Restore the saved layout; any unreadable value is ignored (the default stays)."""
        s = self.settings
        s.beginGroup(STATE_GROUP)
        try:
            for key, restore in (
                ("geometry", self.restoreGeometry),
                ("splitter", self.splitter.restoreState),
            ):
                value = s.value(key)
                if isinstance(value, (QByteArray, bytes)):
                    try:
                        restore(value)
                    except (TypeError, ValueError):
                        pass
            columns = s.value("columns")
            if isinstance(columns, str):
                self.table.restore_layout_state(columns)
            details = s.value("details_visible", True)
            visible = details not in (False, "false", "0", 0)
            self.details_action.setChecked(visible)
            self.details.setVisible(visible)
        finally:
            s.endGroup()

    def save_state(self) -> None:
        """Remember window geometry, splitter and column layout."""
        s = self.settings
        s.beginGroup(STATE_GROUP)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("columns", self.table.layout_state())
        s.setValue("details_visible", self.details_action.isChecked())
        s.endGroup()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.details.flush_note()
        self.save_state()
        super().closeEvent(event)


def default_window_icon_path() -> Path:
    """The application icon file."""
    return config.resources_dir() / "icons" / "directory-app.svg"
