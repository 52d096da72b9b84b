"""The Keyboard Shortcuts dialog shows one binding per action, the platform's primary one, in the
words on the keys (issue 14, item 9): not "Ctrl+C, Ctrl+Ins, F16, Copy"."""

import pytest
from PySide6.QtGui import QAction, QKeySequence

from directory_app.qt.help_dialogs import ShortcutsDialog, shortcut_words

pytestmark = pytest.mark.gui


def _action(parent, text, *keys):
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(k) for k in keys])
    return action


def test_only_the_primary_binding_is_listed(qtbot):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    actions = [
        _action(owner, "&Copy", "Ctrl+C", "Ctrl+Ins", "F16", "Copy"),  # X11's bindings of Copy
        _action(owner, "Move to Trash", "Del", "Ctrl+D"),
        _action(owner, "Next page", "Ctrl+PgDown"),
    ]
    dialog = ShortcutsDialog(actions)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows)
    assert rows["Copy"] == QKeySequence("Ctrl+C").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Move to Trash"] == "Delete"
    assert rows["Next page"].endswith("Page Down")
    assert all("," not in keys and "F16" not in keys for keys in rows.values())


@pytest.mark.parametrize(
    ("keys", "words"),
    [("Del", "Delete"), ("Ins", "Insert"), ("Return", "Enter"), ("PgUp", "Page Up"), ("Ctrl++", None)],
)
def test_key_names_are_words(keys, words):
    text = shortcut_words(QKeySequence(keys))
    if words is None:
        assert text.endswith("+")
    else:
        assert text.endswith(words)


def test_the_real_window_lists_one_binding_per_action(qtbot, seeded_directory, settings):
    from directory_app.qt.main_window import MainWindow

    window = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(window)
    dialog = window.shortcuts_dialog()
    listed = dict(dialog.rows)
    assert all(", " not in keys for keys in listed.values())
    assert listed.get("About the Data", "").endswith("D")
    window.close()
