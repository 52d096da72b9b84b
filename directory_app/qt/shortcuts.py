"""The application's keyboard shortcuts, in one place.

Fixed shortcuts are chosen so that they equal no binding of any ``QKeySequence.StandardKey`` on any
keyboard scheme Qt knows (Windows, macOS, KDE, GNOME and the plain X11 one): on Linux, for example,
Ctrl+D is also Delete, Ctrl+E the end of the line, Ctrl+Shift+A Deselect and Ctrl+I is Italic
everywhere, so an action on one of those keys is ambiguous or swallowed by a text field.
``tests/qt/test_shortcut_collisions.py`` checks every action of the real window on each scheme.

Actions meant to be a standard key (Delete, Copy, Preferences...) take the platform's bindings for it
through :func:`use_standard_key`, which also records the key on the action so the check knows the
bindings are its own.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey

ADD_TO_SHORTLIST = "Ctrl+Shift+D"
EXPORT = "Ctrl+Shift+X"
IMPORT = "Ctrl+Shift+I"
DETAILS_PANE = "Ctrl+Alt+I"
SEARCH_MAP_AREA = "Ctrl+Shift+M"

STANDARD_KEY_PROPERTY = "standardKey"
"""Dynamic property on an action: the name of the ``StandardKey`` its shortcuts come from."""

FALLBACK_SHORTCUTS = {
    Key.Quit: "Ctrl+Q",
    Key.Open: "Ctrl+O",
    Key.Copy: "Ctrl+C",
    Key.SelectAll: "Ctrl+A",
    Key.HelpContents: "F1",
    Key.Find: "Ctrl+F",
    Key.Save: "Ctrl+S",
    Key.Undo: "Ctrl+Z",
    Key.Redo: "Ctrl+Shift+Z",
    Key.New: "Ctrl+N",
    Key.Delete: "Del",
    Key.Print: "Ctrl+P",
    Key.Preferences: "Ctrl+,",
}
"""For platform themes that define no binding for a key (offscreen, minimal; Preferences off macOS/KDE)."""


def use_standard_key(action: QAction, key: QKeySequence.StandardKey) -> None:
    """Give ``action`` every binding the platform has for ``key`` (or the fallback) and record ``key``."""
    bindings = QKeySequence.keyBindings(key)
    action.setShortcuts(bindings or [QKeySequence(FALLBACK_SHORTCUTS.get(key, ""))])
    action.setProperty(STANDARD_KEY_PROPERTY, key.name)


def native(shortcut: str) -> str:
    """``shortcut`` as the platform writes it (Cmd on macOS), for hints and tooltips."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
