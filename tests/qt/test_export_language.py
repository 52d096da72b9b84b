"""Exports in the recipient's language, whatever the UI language."""

from __future__ import annotations

import csv

import pytest

from directory_app.qt.main_window import MainWindow
from directory_app.qt.translations import QM_CACHE_ENV
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui

A = "biopartner-center-leiden"
B = "necstgen-mirai-house-leiden-bio-science-park"


@pytest.fixture
def window(qtbot, seeded_directory, settings, tmp_path, monkeypatch):
    monkeypatch.setenv(QM_CACHE_ENV, str(tmp_path / "qm"))
    w = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _export(qtbot, window, dialog, path):
    window.prompter.files.append(str(path))
    started = window.run_export(dialog)
    assert started is not None
    qtbot.waitUntil(lambda: started.done, timeout=30000)
    assert started.error is None


def test_french_handout_from_an_english_ui(qtbot, window, tmp_path):
    from pypdf import PdfReader

    _, visit = window.directory.create_shortlist("Visite CAR-T", "Délégation de Kite Pharma")
    window.directory.add_to_shortlist(visit.id, [B, A])
    window.shortlists.refresh()
    dialog = window.export_dialog()
    dialog.shortlist_button.setChecked(True)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
    _export(qtbot, window, dialog, tmp_path / "visite.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "visite.pdf").pages)
    assert "Page 1 sur" in text and "Préparé le" in text and "Pour Délégation de Kite Pharma" in text
    assert "Site de production TCG" in text  # a vocabulary label in French
    assert "Page 1 of" not in text
    assert window.menuBar().actions()[0].text() == "&File"  # the UI stays English


def test_dutch_csv_headers_and_labels(qtbot, window, tmp_path):
    window.search_bar.set_text("kind:cgt_production")
    dialog = window.export_dialog()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
    _export(qtbot, window, dialog, tmp_path / "lijst.csv")
    with open(tmp_path / "lijst.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=dialog.delimiter()))
    assert "Naam" in rows[0] and "Soort" in rows[0]
    kind = rows[0].index("Soort")
    assert {r[kind] for r in rows[1:]} == {"CGT-productiesite"}
    assert rows[0] != ["ID", "Name"]
