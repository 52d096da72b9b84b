"""The background runner: work off the GUI thread, newest result wins, errors come back."""

import threading
import time

import pytest
from PySide6.QtCore import QThread

from directory_app.qt.tasks import BackgroundRunner
from tests.fixtures.shipped_seed import shipped_by

LUXEMBOURG = shipped_by("country")["LU"]

pytestmark = pytest.mark.gui


def test_op_runs_off_the_gui_thread_and_callback_on_it(qtbot):
    runner = BackgroundRunner()
    gui = QThread.currentThread()
    seen = {}

    def op():
        seen["op_thread"] = threading.current_thread().name
        seen["op_is_gui"] = QThread.currentThread() == gui
        return 42

    got = []
    runner.submit(op, got.append)
    qtbot.waitUntil(lambda: got == [42], timeout=5000)
    assert seen["op_is_gui"] is False


def test_newer_job_with_the_same_key_wins(qtbot):
    runner = BackgroundRunner()
    got = []

    def slow():
        time.sleep(0.2)
        return "old"

    runner.submit(slow, got.append, key="facets")
    runner.submit(lambda: "new", got.append, key="facets")
    runner.wait()
    qtbot.waitUntil(lambda: got == ["new"], timeout=5000)
    qtbot.wait(100)
    assert got == ["new"]


def test_errors_are_delivered(qtbot):
    runner = BackgroundRunner()
    errors = []

    def boom():
        raise ValueError("broken")

    runner.submit(boom, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_main_window_counts_facets_in_the_background(qtbot, seeded_directory, settings):
    from directory_app.qt.main_window import MainWindow

    w = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(w)
    w.search_bar.set_text("country:LU")
    qtbot.waitUntil(
        lambda: f"Luxembourg  ({LUXEMBOURG})" in [i.text(0) for i in w.facets.value_items("country").values()],
        timeout=5000,
    )
    assert w._readers  # a second, read-only connection did the counting
    w.close()
    assert not w._readers
