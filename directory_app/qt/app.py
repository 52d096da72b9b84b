"""Start the GUI: create the application, open the directory (with help on problems), show the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from directory_app import __version__, config
from directory_app.qt.dialogs import Prompter
from directory_app.qt.help_dialogs import mark_welcome_shown, welcome_due
from directory_app.qt.main_window import LAST_DATABASE_KEY, MainWindow, default_window_icon_path
from directory_app.qt.map_scheme import register_scheme
from directory_app.qt.open_database import open_directory
from directory_app.qt.preferences import DATABASE_KEY
from directory_app.qt.startup_probe import install_if_asked
from directory_app.qt.theme import apply_theme, chosen_theme, follow_system
from directory_app.qt.translations import chosen_language, install_language


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings and the desktop, and the window icon."""
    app.setOrganizationName(config.ORGANISATION)
    app.setApplicationName(config.APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName("Directory App")
        app.setDesktopFileName("directory-app")
        icon_path = default_window_icon_path()
        if icon_path.exists():
            app.setWindowIcon(QIcon(str(icon_path)))


def startup_database_path(settings: QSettings | None = None) -> Path:
    """``$DIRECTORY_APP_DB``, else the Preferences' file, else the file opened last (if it exists), else the default."""
    import os

    if os.environ.get(config.DB_ENV_VAR, "").strip():
        return config.default_database_path()
    chosen = (settings or QSettings()).value(DATABASE_KEY, "")
    if isinstance(chosen, str) and chosen.strip():  # Preferences › Directory file
        return Path(chosen.strip()).expanduser()
    last = (settings or QSettings()).value(LAST_DATABASE_KEY)
    if isinstance(last, str) and last and Path(last).is_file():
        return Path(last)
    return config.default_database_path()


def create_main_window(
    db_path: Path | None,
    *,
    read_only: bool = False,
    prompter: Prompter | None = None,
    settings: QSettings | None = None,
) -> MainWindow | None:
    """Open the directory (asking the user on problems) and build the main window; ``None`` if given up."""
    directory = open_directory(db_path or startup_database_path(settings), read_only=read_only, prompter=prompter)
    if directory is None:
        return None
    return MainWindow(directory, settings=settings, prompter=prompter)


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Show the main window in ``language`` at once: a new window on the same directory, same layout.

    The old window saves its state and closes (its directory stays open for the new one).
    """
    install_language(language)
    window.save_state()
    replacement = MainWindow(window.directory, settings=window.settings, prompter=window.prompter)
    replacement.show()
    window.close()
    window.deleteLater()
    return replacement


def run_gui(*, db_path: Path | None = None, read_only: bool = False, qt_args: Sequence[str] = ()) -> int:
    """Run the application until its main window closes; return the exit code."""
    register_scheme()
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    configure_application(app)
    settings = QSettings()
    install_language(chosen_language(settings), app)
    apply_theme(chosen_theme(settings), app)
    follow_system(app, settings)
    window = create_main_window(db_path, read_only=read_only)
    if window is None:
        return 1
    window.show()
    install_if_asked(window)  # benchmarks only: $DIRECTORY_APP_STARTUP_PROBE
    current = [window]

    def relaunch(language: str) -> None:
        current[0] = switch_language(current[0], language or chosen_language(settings))
        current[0].language_change_requested.connect(relaunch)

    window.language_change_requested.connect(relaunch)
    hints = app.styleHints()
    if hints is not None:  # after follow_system's handler: the pages take the new colours
        hints.colorSchemeChanged.connect(lambda *_: current[0].apply_theme_to_pages())
    if welcome_due(settings):
        mark_welcome_shown(settings)
        window.show_welcome()
    code = app.exec()
    current[0].directory.close()
    return int(code)
