"""Edit › Preferences (Ctrl+,): language, theme, map tiles, export defaults, database and backup folders.

Every choice is a QSettings value read where it is used; the theme applies at once, a new language
reopens the main window (``MainWindow.language_change_requested``), and the database location takes
effect when the application starts again (the dialog says so).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from directory_app.directory import Directory
from directory_app.maps.tiles import OSM_URL_TEMPLATE
from directory_app.qt.dialogs import Prompter
from directory_app.qt.main_window import DATABASE_KEY
from directory_app.qt.map_controller import CACHE_MB_KEY, DEFAULT_CACHE_MB, TILE_URL_KEY
from directory_app.qt.theme import THEME_KEY, apply_theme, chosen_theme
from directory_app.qt.translations import HANDOUT_LANGUAGE_KEY, LANGUAGE_KEY, LANGUAGES, chosen_language
from directory_app.qt.updates_ui import UpdatesPage

DELIMITER_KEY = "export/delimiter"
BACKUP_FOLDER_KEY = "backups/folder"
"""QSettings key: where backups are written (read by the backup feature)."""


class PreferencesDialog(QDialog):
    """The application's settings in one place."""

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        directory: Directory | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        """``directory``: the open directory, for the Updates page (its trusted keys are kept in it)."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings

        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setAccessibleName(self.tr("Language of the application"))
        self.theme_box = QComboBox(self)
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme_box.addItem(label, code)
        self.theme_box.setAccessibleName(self.tr("Appearance"))

        self.tile_url_edit = QLineEdit(self)
        self.tile_url_edit.setPlaceholderText(OSM_URL_TEMPLATE)
        self.tile_url_edit.setAccessibleName(self.tr("Tile server address"))
        self.tile_url_edit.setAccessibleDescription(self.tr("An address with {z}, {x} and {y}"))
        self.cache_spin = QSpinBox(self)
        self.cache_spin.setRange(50, 20000)
        self.cache_spin.setSingleStep(50)
        self.cache_spin.setSuffix(self.tr(" MB"))
        self.cache_spin.setAccessibleName(self.tr("Map tile cache size"))

        self.delimiter_box = QComboBox(self)
        self.delimiter_box.addItem(self.tr("Semicolon (;) — Excel in Belgium and the Netherlands"), ";")
        self.delimiter_box.addItem(self.tr("Comma (,)"), ",")
        self.delimiter_box.setAccessibleName(self.tr("CSV separator"))
        self.handout_box = QComboBox(self)
        self.handout_box.addItem(self.tr("Same as the application"), "")
        for code, name in LANGUAGES.items():
            self.handout_box.addItem(name, code)
        self.handout_box.setAccessibleName(self.tr("Language of handouts"))

        self.database_edit = QLineEdit(self)
        self.database_edit.setPlaceholderText(self.tr("Default location"))
        self.database_edit.setAccessibleName(self.tr("Directory file opened at start"))
        self.backup_edit = QLineEdit(self)
        self.backup_edit.setPlaceholderText(self.tr("Next to the directory file"))
        self.backup_edit.setAccessibleName(self.tr("Backup folder"))

        general = QGroupBox(self.tr("General"), self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Appearance:"), self.theme_box)
        note = QLabel(self.tr("The main window reopens in the new language."), general)
        note.setWordWrap(True)
        form.addRow(note)
        maps = QGroupBox(self.tr("Map"), self)
        form = QFormLayout(maps)
        form.addRow(self.tr("&Tile server:"), self.tile_url_edit)
        form.addRow(self.tr("Tile &cache size:"), self.cache_spin)
        exports = QGroupBox(self.tr("Exports"), self)
        form = QFormLayout(exports)
        form.addRow(self.tr("CSV &separator:"), self.delimiter_box)
        form.addRow(self.tr("&Handout language:"), self.handout_box)
        files = QGroupBox(self.tr("Files"), self)
        form = QFormLayout(files)
        form.addRow(self.tr("&Directory file:"), self._with_browse(self.database_edit, self._browse_database))
        form.addRow(self.tr("&Backup folder:"), self._with_browse(self.backup_edit, self._browse_backups))
        restart = QLabel(self.tr("A new directory file is opened when the application starts again."), files)
        restart.setWordWrap(True)
        form.addRow(restart)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        for box in (general, maps, exports, files):
            page_layout.addWidget(box)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.addTab(page, self.tr("General"))
        self.updates_page: UpdatesPage | None = None
        if directory is not None:  # team updates (issue 15): sources, trusted keys, signing key
            self.updates_page = UpdatesPage(settings, directory, self, prompter)
            self.tabs.addTab(self.updates_page, self.tr("Updates"))
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._load()

    def _with_browse(self, edit: QLineEdit, slot: object) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"), row)
        button.setAccessibleName(self.tr("Browse for %1").replace("%1", edit.accessibleName()))
        button.clicked.connect(slot)  # type: ignore[arg-type]
        layout.addWidget(button)
        return row

    def _browse_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Directory file"),
            self.database_edit.text(),
            "SQLite (*.sqlite *.sqlite3 *.db)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database_edit.setText(path)

    def _browse_backups(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_edit.text())
        if path:
            self.backup_edit.setText(path)

    def _load(self) -> None:
        s = self.settings
        language = s.value(LANGUAGE_KEY, "", type=str)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language if language in LANGUAGES else "")))
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(chosen_theme(s))))
        self.tile_url_edit.setText(s.value(TILE_URL_KEY, "", type=str) or "")
        self.cache_spin.setValue(s.value(CACHE_MB_KEY, DEFAULT_CACHE_MB, type=int) or DEFAULT_CACHE_MB)
        self.delimiter_box.setCurrentIndex(max(0, self.delimiter_box.findData(s.value(DELIMITER_KEY, ";", type=str))))
        handout = s.value(HANDOUT_LANGUAGE_KEY, "", type=str)
        self.handout_box.setCurrentIndex(max(0, self.handout_box.findData(handout if handout in LANGUAGES else "")))
        self.database_edit.setText(s.value(DATABASE_KEY, "", type=str) or "")
        self.backup_edit.setText(s.value(BACKUP_FOLDER_KEY, "", type=str) or "")

    def save(self) -> None:
        """Store the choices and apply the theme."""
        s = self.settings
        s.setValue(LANGUAGE_KEY, self.language_box.currentData() or "")
        s.setValue(THEME_KEY, self.theme_box.currentData())
        url = self.tile_url_edit.text().strip()
        if url and all(p in url for p in ("{z}", "{x}", "{y}")):
            s.setValue(TILE_URL_KEY, url)
        elif not url:
            s.remove(TILE_URL_KEY)
        s.setValue(CACHE_MB_KEY, self.cache_spin.value())
        s.setValue(DELIMITER_KEY, self.delimiter_box.currentData())
        s.setValue(HANDOUT_LANGUAGE_KEY, self.handout_box.currentData() or "")
        s.setValue(DATABASE_KEY, self.database_edit.text().strip())
        s.setValue(BACKUP_FOLDER_KEY, self.backup_edit.text().strip())
        if self.updates_page is not None:
            self.updates_page.save(s)
        s.sync()
        apply_theme(chosen_theme(s))

    def accept(self) -> None:
        self.save()
        super().accept()


def handout_language(settings: QSettings) -> str:
    """The default language of handouts: the Preferences choice, else the application's."""
    value = settings.value(HANDOUT_LANGUAGE_KEY, "", type=str)
    return value if value in LANGUAGES else chosen_language(settings)
