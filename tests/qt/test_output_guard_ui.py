"""Dialogs that write a file refuse the open database, a backup or the imported file (message box, nothing written)."""

from __future__ import annotations

import hashlib

import pytest

from directory_app.qt.import_wizard import ImportWizard
from directory_app.qt.main_window import MainWindow
from tests.fixtures.shipped_seed import shipped_count
from tests.qt.conftest import ScriptedPrompter

A = "biopartner-center-leiden"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    w = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


@pytest.mark.parametrize("fmt", ["csv", "html", "pdf"])
def test_export_dialog_onto_the_database_is_refused_without_writing(qtbot, window, fmt):
    db = window.directory.path
    before = _digest(db)
    dialog = window.export_dialog()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    window.prompter.files.append(str(db))
    assert window.run_export(dialog) is None  # nothing started
    assert window.prompter.told and "is the open directory database" in window.prompter.told[-1]
    assert "Nothing was written" in window.prompter.told[-1]
    assert _digest(db) == before
    assert window.directory.count() == shipped_count() and window.directory.check() == []


def test_export_dialog_onto_a_backup_or_the_wal_is_refused(qtbot, window):
    backup = window.directory.backup("manual")
    kept = _digest(backup)
    dialog = window.export_dialog()
    window.prompter.files.append(str(backup))
    assert window.run_export(dialog) is None
    assert "is in the backup folder" in window.prompter.told[-1]
    assert _digest(backup) == kept
    wal = window.directory.path.with_name(window.directory.path.name + "-wal")
    window.prompter.files.append(str(wal))
    assert window.run_export(window.export_dialog()) is None
    assert "belongs to the open directory database" in window.prompter.told[-1]


def test_shortlist_share_onto_the_database_is_refused(qtbot, window):
    _, visit = window.directory.create_shortlist("Visit")
    window.directory.add_to_shortlist(visit.id, [A])
    window.shortlists.refresh()
    db = window.directory.path
    before = _digest(db)
    window.prompter.files.append(str(db))
    window.shortlists.share(visit.id)
    assert "is the open directory database" in window.prompter.told[-1]
    assert _digest(db) == before
    assert "Shortlist saved" not in window.statusBar().currentMessage()


def test_rejected_rows_onto_the_imported_file_are_refused(qtbot, seeded_directory, settings, tmp_path):
    source = tmp_path / "leden.csv"
    source.write_text(
        "Naam;Soort;Gemeente;Postcode;Land\n"
        "Bio Gent;Incubator;Gent;9052;België\n"
        "Nowhere;Incubator;Paris;75001;France\n",
        encoding="utf-8",
    )
    kept = _digest(source)
    prompter = ScriptedPrompter(files=[str(source)])
    wizard = ImportWizard(seeded_directory, None, settings=settings, prompter=prompter)
    qtbot.addWidget(wizard)
    wizard.plan = seeded_directory.preview_import(source)
    assert wizard.plan.rejected
    wizard.problems_page._export_rejected()
    assert prompter.told and "“" + str(source) + "” is the file being imported." in prompter.told[-1]
    assert _digest(source) == kept
