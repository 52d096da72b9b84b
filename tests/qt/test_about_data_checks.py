"""Help › About the Data shows the data checks' report, the same as ``directory-app check --data``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QTableWidget

from directory_app.domain import data_checks as dc
from directory_app.qt import translations
from directory_app.qt.help_dialogs import CHECK_MESSAGES, CHECK_TITLES, DataChecksView
from directory_app.qt.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    w = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(w)
    yield w
    w.close()


def test_the_gui_words_every_check_and_message_as_the_domain_does() -> None:
    assert CHECK_TITLES == dict(dc.CHECKS)
    assert CHECK_MESSAGES == dc.MESSAGES


def test_about_the_data_shows_the_check_report(window, seeded_directory) -> None:
    report = seeded_directory.data_check_report()
    dialog = window.about_data_dialog()
    view = dialog.findChild(DataChecksView, "dataChecksView")
    assert view is not None and dialog.tabs.count() == 2
    table = view.findChild(QTableWidget, "dataChecksTable")
    shown = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert shown == [[dict(dc.CHECKS)[code], str(e), str(w)] for code, e, w in report.counts()]
    text = view.findChild(QPlainTextEdit, "dataChecksFindings").toPlainText()
    for finding in report.findings:  # every finding, word for word as the command line says it
        assert f"{finding.severity}: {', '.join(finding.ids)}: {finding.message}" in text
    assert report.errors == 0 and report.findings  # the shipped seed: no error, a few warnings to review


def test_the_report_in_dutch(window, qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(translations.QM_CACHE_ENV, str(tmp_path / "qm"))
    assert translations.install_language("nl", qapp)
    try:
        view = window.about_data_dialog().findChild(DataChecksView, "dataChecksView")
        table = view.findChild(QTableWidget, "dataChecksTable")
        assert table.item(0, 0).text() != dict(dc.CHECKS)["source"]
        assert "waarschuwing" in view.findChild(QPlainTextEdit, "dataChecksFindings").toPlainText()
    finally:
        translations.install_language("en", qapp)


def test_the_oldest_table_keeps_its_dates_in_view(window, qtbot) -> None:
    # seen in a screenshot: long names pushed "Last verified" and "Age" off to the right

    dialog = window.about_data_dialog()
    dialog.resize(760, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "oldestTable")
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(2) + header.sectionSize(2)
    assert right <= table.viewport().width() + 1, (right, table.viewport().width())
    assert header.sectionSize(1) > 40 and header.sectionSize(2) > 20
    dialog.close()
