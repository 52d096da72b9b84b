"""Run as ``python -m tests.qt.shortcut_probe DB OUT.json``: build the real main window on the current
Qt platform and write every action's shortcuts and every standard key's bindings as JSON.

Used by ``test_shortcut_collisions.py`` in subprocesses, one per platform and desktop scheme
(the keyboard scheme is fixed when the QApplication starts).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from directory_app.directory import Directory
from directory_app.qt.main_window import MainWindow
from directory_app.qt.map_scheme import register_scheme
from directory_app.qt.shortcuts import STANDARD_KEY_PROPERTY
from tests.qt.conftest import ScriptedPrompter

PORTABLE = QKeySequence.SequenceFormat.PortableText


def _ancestors(widget: QWidget) -> list[int]:
    out = []
    while widget is not None:
        out.append(id(widget))
        widget = widget.parentWidget()
    return out


def describe(window: MainWindow) -> list[dict]:
    """Every action of the window, its menus and child widgets that has a shortcut."""
    actions: list[QAction] = []
    candidates = [*window.actions(), *window.findChildren(QAction)]
    for menu in window.findChildren(QMenu):
        candidates.extend(menu.actions())
    for widget in window.findChildren(QWidget):
        candidates.extend(widget.actions())
    for action in candidates:
        if action not in actions:
            actions.append(action)
    out = []
    for action in actions:
        keys = [k.toString(PORTABLE) for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        homes = [w for w in action.associatedObjects() if isinstance(w, QWidget) and not isinstance(w, QMenu)]
        out.append(
            {
                "text": action.text().replace("&", ""),
                "shortcuts": keys,
                "standard_key": action.property(STANDARD_KEY_PROPERTY) or None,
                "context": action.shortcutContext().name,
                "homes": [{"id": id(w), "ancestors": _ancestors(w), "class": type(w).__name__} for w in homes],
            }
        )
    return out


def main(db: str, out: str) -> int:
    register_scheme()
    app = QApplication([sys.argv[0]])
    bindings = {
        key.name: [k.toString(PORTABLE) for k in QKeySequence.keyBindings(key)] for key in QKeySequence.StandardKey
    }
    directory = Directory.open(Path(db))
    settings = QSettings(str(Path(out).with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(directory, settings=settings, prompter=ScriptedPrompter())
    window.show()
    app.processEvents()
    report = {"platform": app.platformName(), "bindings": bindings, "actions": describe(window)}
    Path(out).write_text(json.dumps(report, indent=1), encoding="utf-8")
    window.close()
    directory.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
