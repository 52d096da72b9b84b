"""The list first: a start-up as quick as an empty Qt window, the rest built right after the first paint.

``run_gui`` (``directory_app.qt.app``) asks :func:`first_window` for a window showing the first
page of the directory, read with the standard library's ``sqlite3``
(:mod:`directory_app.db.first_page`) before sqlite-utils, the search, QtWebEngine, folium and the
exports are loaded. Once that window has painted its rows, :func:`finish_after_first_paint` opens
the directory as usual -- every check, the schema upgrade (with its backup), the seed update, and
the same questions as ever on a damaged, foreign or newer file -- and builds the rest into the
same window (``directory_app.qt.window_rest``). Keys typed meanwhile wait in the event queue and
land in the search box, which is searched for as soon as the directory is there.

When the first page cannot be read that way (no file yet, an empty, foreign, damaged or busy
one), there is no first window: the directory is opened first and the whole window built at once,
as before.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication

from directory_app.db.first_page import read_first_page
from directory_app.qt.main_window import MainWindow
from directory_app.qt.models.facility_table import FacilityTableModel

if TYPE_CHECKING:
    from directory_app.directory import Directory

FIRST_WINDOW_ENV = "DIRECTORY_APP_FIRST_WINDOW"
"""Set to ``0`` to build the whole window at once (the start-up before the first window existed)."""


def first_window(path: Path, *, settings: QSettings) -> MainWindow | None:
    """The first window on the directory file ``path``, with its first page of rows (not shown yet);
    ``None`` when that page cannot be read without the usual opening (or ``$DIRECTORY_APP_FIRST_WINDOW=0``).
    """
    if os.environ.get(FIRST_WINDOW_ENV, "").strip() == "0":
        return None
    window = MainWindow(None, settings=settings)
    key, descending = window.table.sort_state()  # the order the list was left in
    first = read_first_page(path, limit=FacilityTableModel.PAGE_SIZE, order_by=key or "rank", descending=descending)
    if first is None:
        window.deleteLater()
        return None
    window.show_first_page(first)
    app_name = QGuiApplication.applicationDisplayName() or "Directory App"
    window.setWindowFilePath(str(path))
    window.setWindowTitle(f"{path.name} — {app_name}")  # " [read-only]" is added once the file is open
    return window


class _AfterFirstPaint(QObject):
    """Calls ``then`` once the list has painted (and that paint reached the screen)."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._done = False
        window.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint is flushed to the screen
        return False


def finish_after_first_paint(
    window: MainWindow,
    open_directory: Callable[[MainWindow], Directory | None],
    *,
    then: Callable[[MainWindow], None],
    failed: Callable[[], None],
) -> None:
    """After the first window's first paint: open the directory (``open_directory``, which may ask the
    user), build the rest of the window (``then`` follows), or, when it is not opened, ``failed``."""

    def finish() -> None:
        directory = open_directory(window)
        if directory is None:
            failed()
            return
        window.finish(directory)
        then(window)

    _AfterFirstPaint(window, finish)
