"""New Shortlist asks for the purpose too (the handout prints it); after an export: Open / Show in Folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from directory_app.qt.dialogs import NameAndPurposeDialog, Prompter
from directory_app.qt.main_window import MainWindow
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui

A = "biopartner-center-leiden"


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    w = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


class Opened(QObject):
    """Takes ``file:`` URLs instead of the desktop (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def test_new_shortlist_asks_for_name_and_purpose_and_the_purpose_is_kept(window):
    window.prompter.texts.append(("Boston trip", "Visit of the Boston biotech delegation, 12-14 March"))
    window.shortlists.create()
    made = window.directory.shortlist("Boston trip")
    assert made is not None and made.purpose == "Visit of the Boston biotech delegation, 12-14 March"
    assert window.shortlist_panel.purpose.text() == made.purpose and not window.shortlist_panel.purpose.isHidden()


def test_the_real_dialog_needs_a_name_and_gives_both_fields(qtbot):
    answers = []

    def fill() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, NameAndPurposeDialog) and w.isVisible()
        )
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no name yet
        dialog.purpose_edit.setText("  For the visitors from Lyon ")
        assert not ok.isEnabled()
        dialog.name_edit.setText(" Lyon ")
        assert ok.isEnabled()
        ok.click()

    QTimer.singleShot(50, fill)
    answers.append(Prompter().ask_name_and_purpose(None, "New Shortlist"))
    assert answers == [("Lyon", "For the visitors from Lyon")]


def export(qtbot, window, path: Path):
    dialog = window.export_dialog()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    window.prompter.files.append(str(path))
    run = window.run_export(dialog)
    qtbot.waitUntil(lambda: run.done, timeout=30000)
    assert run.error is None and path.is_file()


@pytest.mark.parametrize("answer, opens", [("open", "file"), ("folder", "folder"), ("close", None)])
def test_after_an_export_open_the_file_or_its_folder(qtbot, window, tmp_path, opened, answer, opens):
    window.prompter.offers.append(answer)
    export(qtbot, window, tmp_path / "out.csv")
    _title, text, keys = window.prompter.offered[-1]
    assert keys == ["open", "folder", "close"] and "written to" in text and str(tmp_path / "out.csv") in text
    expected = {"file": [tmp_path / "out.csv"], "folder": [tmp_path], None: []}[opens]
    assert [Path(u.toLocalFile()) for u in opened.urls] == expected


def test_a_failed_export_offers_nothing_to_open(qtbot, window, tmp_path):
    dialog = window.export_dialog()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    window.prompter.files.append(str(tmp_path / "missing-folder" / "out.csv"))
    run = window.run_export(dialog)
    if run is not None:
        qtbot.waitUntil(lambda: run.done, timeout=30000)
    assert window.prompter.offered == []
