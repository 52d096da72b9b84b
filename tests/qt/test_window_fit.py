"""Small GUI things (issue 14, item 9): the window title names the app once, and the list's
columns fit the window at its default size (City and Country are not scrolled off)."""

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from directory_app.qt.main_window import MainWindow
from directory_app.qt.models.facility_table import COLUMN_KEYS
from tests.fixtures.xserver import x_desktop, x_display  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui


@pytest.fixture
def display_name():
    before = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("Directory App")  # as the app sets it
    yield "Directory App"
    QGuiApplication.setApplicationDisplayName(before)


@pytest.fixture
def window(qtbot, seeded_directory, settings, display_name):
    w = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_title_names_the_file_and_the_app_once(window, seeded_directory, display_name):
    title = window.windowTitle()
    assert seeded_directory.path.name in title
    assert title.count(display_name) == 1
    # Qt appends the display name to a title that does not already end with it (X11, Windows)
    assert title.endswith(display_name)


def _visible_width(view):
    return sum(view.columnWidth(i) for i in range(len(COLUMN_KEYS)) if not view.isColumnHidden(i))


def test_columns_fit_at_the_default_size(window, qtbot):
    view = window.table
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    assert window.size().width() == 1280
    assert _visible_width(view) <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    for key in ("city", "country"):
        column = COLUMN_KEYS.index(key)
        assert not view.isColumnHidden(column)
        left = view.columnViewportPosition(column)
        assert 0 <= left and left + view.columnWidth(column) <= view.viewport().width()
        assert view.columnWidth(column) >= view.horizontalHeader().sectionSizeFromContents(column).width() - 1


def test_columns_follow_the_window_until_the_user_sizes_one(window, qtbot):
    view = window.table
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: _visible_width(view) > 0)
    assert _visible_width(view) <= view.viewport().width()
    name = COLUMN_KEYS.index("name")
    header = view.horizontalHeader()
    before = view.columnWidth(name)
    edge = QPoint(header.sectionViewportPosition(name) + header.sectionSize(name) - 1, header.height() // 2)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge)
    QTest.mouseMove(header.viewport(), edge - QPoint(40, 0))
    QTest.mouseRelease(
        header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge - QPoint(40, 0)
    )
    dragged = view.columnWidth(name)
    assert dragged < before  # the drag sized the column
    window.resize(1300, 800)
    qtbot.wait(50)
    assert view.columnWidth(name) == dragged
    assert json.loads(view.layout_state())["fit"] is False


def test_a_fitted_layout_is_remembered_as_fitted(window, qtbot, seeded_directory, settings, display_name):
    assert json.loads(window.table.layout_state())["fit"] is True


def test_title_on_a_real_x_display_names_the_app_once(x_desktop, tmp_path):  # noqa: F811
    """What the window manager shows (Qt adds the display name there, offscreen it does not)."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    from directory_app.directory import Directory
    from tests.fixtures.small_seed import write_small_seed

    db = tmp_path / "mine.sqlite"
    Directory.open(db, seed_file=write_small_seed(tmp_path / "seed.csv", 10)).close()
    env = {**os.environ, "DISPLAY": x_desktop, "QT_QPA_PLATFORM": "xcb", "DIRECTORY_APP_NO_WELCOME": "1"}
    env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    app = subprocess.Popen(
        [sys.executable, "-m", "directory_app", "--db", str(db)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    xenv = {**os.environ, "DISPLAY": x_desktop}
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "mine.sqlite"],
            env=xenv,
            capture_output=True,
            text=True,
            timeout=60,
        )
        window = found.stdout.split()[0]
        time.sleep(0.5)
        name = subprocess.run(
            ["xdotool", "getwindowname", window], env=xenv, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        assert name == "mine.sqlite — Directory App"
    finally:
        app.terminate()
        app.wait(timeout=20)


def test_translated_headers_are_not_cut_when_there_is_room(
    qtbot, seeded_directory, settings, display_name, tmp_path, monkeypatch, qapp
):
    """Found in the Dutch screenshot: "Laatst gecontroleerd" showed as "tst gecontrole"."""
    from directory_app.qt import translations

    monkeypatch.setenv(translations.QM_CACHE_ENV, str(tmp_path / "qm"))
    assert translations.install_language("nl", qapp)
    try:
        w = MainWindow(seeded_directory, settings=settings)
        qtbot.addWidget(w)
        w.resize(1600, 1000)
        w.show()
        qtbot.waitExposed(w)
        w.run_search("celtherapie bij Gent")  # a place search adds the Distance column
        table = w.table
        header = table.horizontalHeader()
        visible = [i for i in range(header.count()) if not table.isColumnHidden(i)]
        needed = {i: header.sectionSizeFromContents(i).width() for i in visible}
        if sum(needed.values()) <= table.viewport().width():
            cut = {
                w.model.headerData(i, Qt.Orientation.Horizontal): (header.sectionSize(i), needed[i])
                for i in visible[:-1]
                if header.sectionSize(i) < needed[i]
            }
            assert not cut, cut
        w.close()
    finally:
        translations.install_language("en", qapp)


def test_a_distance_column_still_fits_at_the_default_size(window, qtbot):
    """Seen under Xvfb: with "near" the list gained a Distance column and a horizontal scroll bar."""
    window.run_search("incubateur Liège labo")
    view = window.table
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    assert not view.isColumnHidden(COLUMN_KEYS.index("distance"))  # the case this test is about
    assert _visible_width(view) <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
