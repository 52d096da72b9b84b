"""Modules the app will soon need, imported on a background thread once the list is on screen.

The map page is made with folium, which takes a few hundred milliseconds to import; it is kept off
the start-up path (nothing imports it before the map is shown) and imported here a moment after
the window shows, so that opening the map does not wait for it. Importing twice is harmless:
Python's import lock makes the map wait for a half-done import rather than repeat it.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QTimer

WARM_UP_DELAY_MS = 400
"""After the window shows: the first rows are painted by then."""

SOON = ("directory_app.maps.render",)


def warm_up_later(delay_ms: int = WARM_UP_DELAY_MS, modules: tuple[str, ...] = SOON) -> None:
    """Import ``modules`` on a background thread ``delay_ms`` from now (call with the event loop running)."""
    QTimer.singleShot(delay_ms, lambda: start_warm_up(modules))


def start_warm_up(modules: tuple[str, ...] = SOON) -> threading.Thread:
    """Import ``modules`` on a daemon thread now; a module that fails to import is left for its real use
    to report."""

    def run() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:
                continue

    thread = threading.Thread(target=run, name="warm-up imports", daemon=True)
    thread.start()
    return thread
