"""Warm-up imports: a module the app needs soon is imported on a background thread."""

from __future__ import annotations

import sys
import textwrap

from directory_app.qt.warm_up import start_warm_up, warm_up_later


def test_a_module_is_imported_in_the_background(tmp_path, monkeypatch):
    (tmp_path / "soon_needed_module.py").write_text("import threading\nIMPORTED_ON = threading.current_thread().name\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "soon_needed_module", raising=False)
    start_warm_up(("soon_needed_module",)).join(10)
    assert sys.modules["soon_needed_module"].IMPORTED_ON == "warm-up imports"


def test_a_broken_module_is_skipped_and_the_rest_imported(tmp_path, monkeypatch):
    (tmp_path / "broken_soon.py").write_text("raise RuntimeError('broken on purpose')\n")
    (tmp_path / "fine_soon.py").write_text(textwrap.dedent("VALUE = 1\n"))
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("broken_soon", "fine_soon"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    start_warm_up(("broken_soon", "fine_soon")).join(10)
    assert "broken_soon" not in sys.modules and sys.modules["fine_soon"].VALUE == 1


def test_warm_up_later_waits_for_the_event_loop(qtbot, tmp_path, monkeypatch):
    (tmp_path / "later_soon.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "later_soon", raising=False)
    warm_up_later(50, ("later_soon",))
    assert "later_soon" not in sys.modules
    qtbot.waitUntil(lambda: "later_soon" in sys.modules, timeout=5000)
