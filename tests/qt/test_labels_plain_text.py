"""Text from data or from the user is shown as text in every label: never read as Qt rich text.

A QLabel (and a QMessageBox) guesses "rich text" when its text looks like HTML, so a search for
``<img src=...>`` or a shortlist whose purpose holds ``<a href=...>`` would become markup. Every
label that can show such text is set to plain text; this test walks all of them.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from directory_app.qt.main_window import MainWindow

pytestmark = pytest.mark.gui

MARK = "<b>html</b>"


def labels_showing(mark: str) -> list[QLabel]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QLabel) and mark in w.text()]


def test_user_and_data_text_in_labels_is_plain(qtbot, seeded_directory, settings):
    seeded_directory.create_shortlist("Visit " + MARK, purpose="For " + MARK)
    window = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.run_search("nothing-matches-this " + MARK)  # the empty state echoes the query
    window.search_bar.show_error("bad " + MARK)  # an error message quoting the query
    shown = labels_showing(MARK)
    assert shown, "the test must see the text somewhere"
    rich = [(w.objectName(), w.text()) for w in shown if w.textFormat() != Qt.TextFormat.PlainText]
    assert not rich, rich
    window.close()


def test_message_boxes_show_text_and_detail_as_plain_text(qtbot):
    from directory_app.qt.dialogs import plain_message_box

    box = plain_message_box(None, "t", "Delete " + MARK + "?", "from " + MARK)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    shown = [label for label in box.findChildren(QLabel) if MARK in label.text()]
    assert len(shown) == 2 and all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
