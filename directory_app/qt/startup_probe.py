"""Start-up probe for the benchmarks: when the list first paints rows, when the map shows markers, memory.

Off unless ``$DIRECTORY_APP_STARTUP_PROBE`` names a file. Then the app appends one JSON object per
line to that file -- ``{"event": "first_rows", "time": <epoch s>, "rss_kb": ...}`` when the facility
list first paints with rows, ``window_built`` once the rest of the window is built after it, and,
with ``$DIRECTORY_APP_STARTUP_PROBE_MAP=1``, switches to the map
and logs ``map_ready`` once its markers are shown -- and quits ``$DIRECTORY_APP_STARTUP_PROBE_LINGER``
seconds (default 1) after the last event, logging ``exit`` with the final memory. Times are wall
clock (``time.time()``), so the benchmark compares them with the moment it started the process.
With ``$DIRECTORY_APP_STARTUP_PROBE_MODULES=1`` it also logs the modules loaded when the first rows
showed (``modules_at_first_rows``; tests).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from directory_app.qt.main_window import MainWindow

PROBE_ENV = "DIRECTORY_APP_STARTUP_PROBE"
MAP_ENV = "DIRECTORY_APP_STARTUP_PROBE_MAP"
LINGER_ENV = "DIRECTORY_APP_STARTUP_PROBE_LINGER"
MODULES_ENV = "DIRECTORY_APP_STARTUP_PROBE_MODULES"


def resident_kb(pid: int | str = "self") -> int | None:
    """Resident memory (VmRSS) of a process in KiB, from ``/proc`` (``None`` where there is none)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


class StartupProbe(QObject):
    """Watches the main window's list (and map) and logs the start-up events to a file."""

    def __init__(self, window: MainWindow, path: Path, *, with_map: bool, linger_s: float) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.with_map = with_map
        self.linger_ms = int(linger_s * 1000)
        self.first_rows_seen = False
        window.table.viewport().installEventFilter(self)

    def log(self, event: str, **extra: object) -> None:
        """Append one event line with the time and this process's resident memory."""
        record = {"event": event, "time": time.time(), "rss_kb": resident_kb(), "pid": os.getpid(), **extra}
        import json  # after the time is taken: the probe adds nothing before the first rows

        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.first_rows_seen and event.type() == QEvent.Type.Paint and self.window.model.rowCount() > 0:
            self.first_rows_seen = True
            # logged once this paint is done, so the rows are on screen
            QTimer.singleShot(0, self._after_first_rows)
        return False

    def _after_first_rows(self) -> None:
        self.log("first_rows", rows=self.window.model.rowCount(), built=self.window.built)
        if os.environ.get(MODULES_ENV) == "1":  # tests: what was loaded before the first rows showed
            self.log("modules_at_first_rows", modules=sorted(sys.modules))
        if not self.window.built:  # the first window: the map comes with the rest of the window
            self.window.ready.connect(self._after_rest)
            return
        self._after_rest()

    def _after_rest(self) -> None:
        self.log("window_built")
        if self.with_map:
            self.window.map.markers_shown.connect(self._map_shown)
            self.window.views.setCurrentIndex(1)
        else:
            self._quit_later()

    def _map_shown(self, _generation: int, count: int) -> None:
        self.window.map.markers_shown.disconnect(self._map_shown)
        self.log("map_ready", markers=count)
        self._quit_later()

    def _quit_later(self) -> None:
        QTimer.singleShot(self.linger_ms, self._quit)

    def _quit(self) -> None:
        self.log("exit")
        self.window.close()
        QApplication.quit()


def install_if_asked(window: MainWindow) -> StartupProbe | None:
    """Install the probe when ``$DIRECTORY_APP_STARTUP_PROBE`` is set (benchmarks only)."""
    target = os.environ.get(PROBE_ENV, "").strip()
    if not target:
        return None
    linger = float(os.environ.get(LINGER_ENV, "1") or 1)
    return StartupProbe(window, Path(target), with_map=os.environ.get(MAP_ENV) == "1", linger_s=linger)
