"""The list first: the real start shows the first rows before anything slow is loaded, then builds
the rest into the same window without losing what was typed meanwhile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel

from directory_app.directory import Directory
from directory_app.qt.quick_start import first_window
from directory_app.qt.widgets.search_bar import DEBOUNCE_MS

ROOT = Path(__file__).resolve().parents[2]

SLOW = (
    "directory_app.directory",  # the facade: sqlite-utils, the search, the importers
    "sqlite_utils",
    "numpy",
    "click",
    "dateutil",
    "rapidfuzz",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "folium",
    "branca",
    "jinja2",
    "openpyxl",
    "fpdf",
    "PIL",
    "qtawesome",
    "ssl",
    "http.client",
    "importlib.metadata",
    "directory_app.maps",
    "directory_app.exporters",
    "directory_app.importers",
    "directory_app.handout",
    "directory_app.search.understanding",
    "directory_app.qt.map_controller",
    "directory_app.qt.export_dialog",
    "directory_app.qt.import_wizard",
    "directory_app.qt.widgets.detail_pane",
)
LATER = (  # not slow, but only needed once the rest is built (each module imported after PySide6 costs)
    "directory_app.qt.icons",  # the tabs' icons are drawn with the rest
    "hashlib",
    "platformdirs",  # the icon cache's folder
    "directory_app.domain.query",  # the query tree and the parser: a search, a chip, a facet click
    "directory_app.search.parser",
    "directory_app.qt.models.shortlist_items",  # dragging rows to a shortlist
)


def _drawn(icon: QIcon) -> bool:
    """Whether an icon shows anything (a blank one keeps a tab's place and is transparent)."""
    picture = icon.pixmap(16, 16).toImage()
    return any(picture.pixelColor(x, y).alpha() for x in range(picture.width()) for y in range(picture.height()))


def start(db: Path, tmp: Path) -> dict[str, dict[str, object]]:
    """``python -m directory_app --db db`` as a user starts it, with the start-up probe; its events."""
    log = tmp / f"probe-{len(list(tmp.glob('probe-*')))}.jsonl"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "DIRECTORY_APP_NO_WELCOME": "1",
        "DIRECTORY_APP_STARTUP_PROBE": str(log),
        "DIRECTORY_APP_STARTUP_PROBE_MAP": "0",
        "DIRECTORY_APP_STARTUP_PROBE_LINGER": "0.2",
        "DIRECTORY_APP_STARTUP_PROBE_MODULES": "1",
        "DIRECTORY_APP_ICON_CACHE": str(tmp / "icons"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "directory_app", "--db", str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {e["event"]: e for e in map(json.loads, log.read_text().splitlines())}


def test_the_first_rows_show_before_anything_slow_is_loaded(seeded_directory, tmp_path):
    db, count = seeded_directory.path, seeded_directory.count()
    seeded_directory.close()
    start(db, tmp_path)  # draws the icons into the (test's own) cache
    events = start(db, tmp_path)
    first, loaded = events["first_rows"], set(events["modules_at_first_rows"]["modules"])
    assert first["rows"] == count and first["built"] is False  # the first window, the whole directory's rows
    assert sorted(m for m in SLOW if m in loaded) == []
    assert sorted(m for m in LATER if m in loaded) == []
    assert "window_built" in events and events["window_built"]["time"] >= first["time"]  # then the rest


def test_keys_typed_before_the_rest_is_built_are_kept_and_searched(qtbot, seeded_directory, settings):
    path = seeded_directory.path
    window = first_window(path, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.model.rowCount() == seeded_directory.count() and not window.built
    window.search_bar.edit.setFocus()
    qtbot.keyClicks(window.search_bar.edit, "kind:incubator")
    typed = window.search_bar.text()

    window.finish(Directory.open(path, daily_backup=False))
    qtbot.wait(DEBOUNCE_MS + 100)  # the box's own timer fires too: the same search again, nothing changes

    assert window.built and window.search_bar.text() == typed == "kind:incubator"
    expected = seeded_directory.search(typed)
    assert window.result is not None and window.result.count == expected.count > 0
    assert window.model.rowCount() == expected.count < seeded_directory.count()
    # the window's keyboard focus stays in the box, after the typed text
    assert window.focusWidget() is window.search_bar.edit and window.search_bar.edit.cursorPosition() == len(typed)
    window.close()
    window.directory.close()


def test_the_rest_is_built_into_the_places_the_first_window_kept(qtbot, seeded_directory, settings):
    path = seeded_directory.path
    window = first_window(path, settings=settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    sizes, menus = window.splitter.sizes(), [m.title() for m in window.menus.values()]
    bar_height, list_top = window.menuBar().height(), window.table.mapTo(window, window.table.rect().topLeft())
    assert [a.menu().title() for a in window.menuBar().actions()] == menus  # the menu bar is there from the start
    tab_bar = window.views.tabBar().geometry()
    assert not any(_drawn(window.views.tabIcon(i)) for i in range(3))  # blank until the rest is built
    framed = [w for w in (window.table, window.search_bar.edit) if "palette(highlight)" in w.styleSheet()]
    assert framed == [window.table, window.search_bar.edit]  # where the keyboard is, from the first paint

    window.finish(Directory.open(path, daily_backup=False))
    qtbot.wait(50)

    assert window.splitter.widget(0) is window.side and window.splitter.widget(2) is window.details
    assert window.splitter.sizes() == sizes  # the details pane took the place kept for it
    assert [a.menu().title() for a in window.menuBar().actions()] == menus and window.menus["file"].actions()
    assert window.menuBar().height() == bar_height
    assert window.table.mapTo(window, window.table.rect().topLeft()) == list_top  # the list did not move
    assert window.views.widget(2) is window.shortlist_panel and window.views.count() == 3
    assert window.views.tabBar().geometry() == tab_bar  # the tabs' icons came in the places kept for them
    assert all(_drawn(window.views.tabIcon(i)) for i in range(3))
    assert "palette(highlight)" in window.styleSheet()  # now the whole window frames where the keyboard is
    assert window.side.findChildren(QLabel) and window.facets.isVisible()
    window.close()
    window.directory.close()


def test_a_file_the_first_page_cannot_be_read_from_gets_no_first_window(tmp_path, settings, qapp):
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_text("not a database\n" * 50)
    assert first_window(damaged, settings=settings) is None  # the usual opening asks the user
    assert first_window(tmp_path / "new.sqlite", settings=settings) is None  # made from the seed as before
