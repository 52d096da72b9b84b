"""File › Import in the GUI: file, mapping, problems (rejected rows saved), duplicates merged field by field, import."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard

from directory_app.qt.import_wizard import ImportWizard
from directory_app.qt.main_window import MainWindow
from tests.fixtures.shipped_seed import shipped_count
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    w = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _file(tmp_path, existing):
    text = (
        "Nom;Type;Ville;Code postal;Pays;Site web;Téléphone\n"
        "Nouvelle Cellule;Incubateur;Liège;4000;Belgique;https://nouvelle-cellule.be;\n"
        f"{existing.name};{existing.kind};{existing.city};{existing.postal_code};{existing.country};"
        f"{existing.website};+32 4 123 45 67\n"
        "Ailleurs;Incubateur;Paris;75001;France;;\n"
    )
    path = tmp_path / "fichier.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_import_menu_action(window):
    assert window.import_action.shortcut().toString() == "Ctrl+Shift+I"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_action in file_menu.actions()


def test_wizard_from_file_to_report(qtbot, window, tmp_path):
    existing = next(f for f in window.directory.facilities() if f.website and f.city)
    path = _file(tmp_path, existing)
    before = window.directory.count()
    wizard: ImportWizard = window.import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    page = wizard.mapping_page
    assert page.mapping() == ("name", "kind", "city", "postal_code", "country", "website", "phone")
    assert "CSV" in page.detected.text() and ";" in page.detected.text()
    assert page.rows.rowCount() == 3 and page.rows.item(0, 0).text() == "Nouvelle Cellule"
    combo: QComboBox = page.combos[6]
    combo.setCurrentIndex(0)  # phone: not imported
    assert page.mapping()[6] == "" and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.combos[0].setCurrentIndex(0)  # no name: cannot go on
    assert not page.isComplete()
    page.combos[0].setCurrentIndex(page.combos[0].findData("name"))
    combo.setCurrentIndex(combo.findData("phone"))
    wizard.next()

    problems = wizard.problems_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    assert wizard.plan.rejected == [4] and wizard.plan.duplicates_total == 1
    rows = [
        (problems.table.item(i, 0).text(), problems.table.item(i, 1).text()) for i in range(problems.table.rowCount())
    ]
    assert ("4", "Pays") in rows
    assert not problems.isComplete()  # a rejected row: the user must accept leaving it out
    window.prompter.files.append(str(tmp_path / "to-fix.csv"))
    problems.export_button.click()
    fixed = list(csv.reader((tmp_path / "to-fix.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert fixed[1][0] == "4" and "not a Benelux country" in fixed[1][-1]
    problems.partial.setChecked(True)
    assert problems.isComplete()
    wizard.next()

    assert wizard.currentId() == ImportWizard.DUPLICATES
    dups = wizard.duplicates_page
    assert dups.list.count() == 1 and "same website" in dups.reason.text()
    new_values = {
        dups.compare.item(i, 2).data(Qt.ItemDataRole.UserRole): dups.compare.item(i, 2)
        for i in range(dups.compare.rowCount())
    }
    assert new_values["phone"].checkState() == Qt.CheckState.Checked
    merge = next(b for b in dups.choice_buttons.buttons() if b.property("choice") == "merge")
    merge.click()
    assert wizard.decisions[3].choice == "merge" and "phone" in wizard.decisions[3].fields
    wizard.next()

    run = wizard.run_page
    qtbot.waitUntil(lambda: run.done, timeout=30000)
    assert "Added: 1" in run.status.text() and "Updated: 1" in run.status.text()
    assert window.directory.count() == before + 1
    assert window.directory.facility(existing.id).phone == "+32 4 123 45 67"
    assert window.directory.facility(existing.id).name == existing.name
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 1, timeout=30000)
    wizard.accept()


def test_unreadable_file_stays_on_first_page(qtbot, window, tmp_path):
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x00\x01" * 500)
    wizard = window.import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(bad)
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILE
    assert "binary" in wizard.file_page.error.text()
    assert window.directory.count() == shipped_count()


def test_read_only_directory_cannot_import(qtbot, db_path, small_seed, settings):
    from directory_app.directory import Directory

    Directory.open(db_path, seed_file=small_seed).close()
    with Directory.open(db_path, read_only=True) as directory:
        w = MainWindow(directory, settings=settings, prompter=ScriptedPrompter())
        qtbot.addWidget(w)
        w.import_data()
        assert w.prompter.told == ["This directory is open read-only."]
        w.close()
