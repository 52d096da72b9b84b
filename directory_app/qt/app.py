"""Start the GUI: create the application, open the directory (with help on problems), show the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from directory_app import __version__, config
from directory_app.qt.main_window import DATABASE_KEY, LAST_DATABASE_KEY, MainWindow, default_window_icon_path
from directory_app.qt.quick_start import finish_after_first_paint, first_window
from directory_app.qt.startup_probe import install_if_asked
from directory_app.qt.theme import apply_theme, chosen_theme, follow_system
from directory_app.qt.translations import chosen_language, install_language

if TYPE_CHECKING:  # loaded after the first window's first paint (directory_app.qt.quick_start)
    from directory_app.directory import Directory
    from directory_app.qt.dialogs import Prompter


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
    from directory_app.qt.open_database import open_directory

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
    """Run the application until its main window closes; return the exit code.

    The list shows first (``directory_app.qt.quick_start``); the directory is opened and the rest of
    the window built right after its first paint.
    """
    # QtWebEngine is loaded after the first paint; it needs this set before the QApplication exists
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    configure_application(app)
    settings = QSettings()
    install_language(chosen_language(settings), app)
    apply_theme(chosen_theme(settings), app)
    follow_system(app, settings)
    path = db_path or startup_database_path(settings)
    current: list[MainWindow] = []
    code = [0]

    def relaunch(language: str) -> None:
        current[0] = switch_language(current[0], language or chosen_language(settings))
        current[0].language_change_requested.connect(relaunch)

    def built(window: MainWindow) -> None:
        """The whole window is there: language changes, the system's colours, the welcome."""
        from directory_app.qt.help_dialogs import mark_welcome_shown, welcome_due

        window.language_change_requested.connect(relaunch)
        hints = app.styleHints()
        if hints is not None:  # after follow_system's handler: the pages take the new colours
            hints.colorSchemeChanged.connect(lambda *_: current[0].apply_theme_to_pages())
        if welcome_due(settings):
            mark_welcome_shown(settings)
            window.show_welcome()

    def opened(window: MainWindow) -> Directory | None:
        from directory_app.qt.map_scheme import register_scheme
        from directory_app.qt.open_database import open_directory

        register_scheme()  # before any web page exists
        return open_directory(path, read_only=read_only, parent=window)

    def not_opened() -> None:
        code[0] = 1
        current[0].close()
        app.exit(1)

    window = first_window(path, settings=settings)
    if window is None:  # no first page to show: open first (asking on problems), build everything
        from directory_app.qt.map_scheme import register_scheme

        register_scheme()
        window = create_main_window(path, read_only=read_only, settings=settings)
        if window is None:
            return 1
        current.append(window)
        window.show()
        install_if_asked(window)  # benchmarks only: $DIRECTORY_APP_STARTUP_PROBE
        built(window)
    else:
        current.append(window)
        finish_after_first_paint(window, opened, then=built, failed=not_opened)
        # benchmarks only ($DIRECTORY_APP_STARTUP_PROBE); installed last, it sees the first paint first
        install_if_asked(window)
        window.show()
    result = app.exec()
    if current[0].built:
        current[0].directory.close()
    return code[0] or int(result)
