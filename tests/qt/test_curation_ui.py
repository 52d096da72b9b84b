"""Curation in the GUI: the facility form (validation, geocoding, verified), undo/redo of edits and
deletes (and of the older removals), the trash, bulk edit, backups, restore and Check Database."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from directory_app.qt.main_window import MainWindow
from tests.qt.conftest import ScriptedPrompter

A = "biopartner-center-leiden"
B = "necstgen-mirai-house-leiden-bio-science-park"


@pytest.fixture
def prompter():
    return ScriptedPrompter()


@pytest.fixture
def window(qtbot, seeded_directory, settings, prompter, tmp_path):
    seeded_directory.set_backup_folder(tmp_path / "backups")
    w = MainWindow(seeded_directory, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.curation.wait()  # the daily backup, made in the background
    yield w
    w.close()


def save_button(form):
    return form.buttons.button(QDialogButtonBox.StandardButton.Save)


def fill_new(form, qtbot):
    qtbot.keyClicks(form.edits["name"], "Gentse Bio Hub")
    form.combos["kind"].setCurrentIndex(form.combos["kind"].findData("incubator"))
    form.combos["country"].setCurrentIndex(form.combos["country"].findData("BE"))
    form.edits["postal_code"].setText("9052")
    form.edits["city"].setText("Gent")


def test_new_facility_form_validates_geocodes_and_saves(window, qtbot):
    total = window.directory.count()
    form = window.curation.new_facility()
    assert form.isVisible() and not save_button(form).isEnabled()
    assert "Name: is required" in form.problems_label.text()
    fill_new(form, qtbot)
    found = form.geocode()
    assert found is not None and found.precision == "postcode"
    assert 50.9 < float(form.edits["latitude"].text()) < 51.2
    assert form.combos["region"].currentData() == "BE-VLG"
    assert save_button(form).isEnabled(), form.problems_label.text()
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert window.directory.count() == total + 1
    (added,) = [f for f in window.directory.facilities() if f.name == "Gentse Bio Hub"]
    assert added.id == "user-gentse-bio-hub" and added.geocode_precision == "postcode"
    assert window.undo_action.isEnabled() and "Gentse Bio Hub" in window.undo_action.text()


@pytest.mark.parametrize(
    "field, text, problem",
    [
        ("postal_code", "90000", "Postcode"),
        ("website", "www.example.org", "Website"),
        ("email", "info@", "E-mail"),
        ("latitude", "48.85", "Latitude"),  # Paris is not in Belgium
        ("latitude", "abc", "Latitude"),
        ("year_opened", "1492", "Year opened"),
    ],
)
def test_form_marks_each_bad_field_and_refuses_to_save(window, qtbot, field, text, problem):
    form = window.curation.new_facility()
    fill_new(form, qtbot)
    form.edits["latitude"].setText("51.02")
    form.edits["longitude"].setText("3.71")
    assert save_button(form).isEnabled(), form.problems_label.text()
    form.edits[field].setText(text)
    if field == "latitude":
        form.edits["longitude"].setText("2.35")
    assert not save_button(form).isEnabled()
    assert problem in form.problems_label.text()
    assert form.edits[field].styleSheet()  # marked
    form.submit()
    assert form.isVisible()


def test_postcode_is_tidied_for_the_country(window, qtbot):
    form = window.curation.new_facility()
    form.combos["country"].setCurrentIndex(form.combos["country"].findData("NL"))
    form.edits["postal_code"].setText("2333ca")
    form.edits["postal_code"].editingFinished.emit()
    assert form.edits["postal_code"].text() == "2333 CA"


def test_region_list_follows_the_country(window):
    form = window.curation.new_facility()
    form.combos["country"].setCurrentIndex(form.combos["country"].findData("NL"))
    codes = [form.combos["region"].itemData(i) for i in range(form.combos["region"].count())]
    assert "NL-ZH" in codes and "BE-VLG" not in codes


def test_edit_then_undo_and_redo(window, qtbot):
    assert window.select_facility(A)
    original = window.directory.facility(A)
    form = window.curation.edit_facility()
    assert form.edits["name"].text() == original.name
    services = form.lists["services"]
    services.item(0).setCheckState(
        Qt.CheckState.Unchecked if services.item(0).checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked
    )
    form.edits["name"].setText("BioPartner Leiden (edited)")
    form.submit()
    assert window.directory.facility(A).name == "BioPartner Leiden (edited)"
    assert window.details._facility.name == "BioPartner Leiden (edited)"  # the details pane follows
    assert window.model.facility_at(window.table.selected_rows()[0]).name == "BioPartner Leiden (edited)"
    window.undo_action.trigger()  # Ctrl+Z
    assert window.directory.facility(A) == original
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()  # Ctrl+Shift+Z
    assert window.directory.facility(A).name == "BioPartner Leiden (edited)"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_verified_only_with_the_box_and_a_source(window):
    assert window.select_facility(A)
    before = window.directory.facility(A).verified_on
    form = window.curation.edit_facility()
    form.verified_box.setChecked(True)
    form.verified_source.setText("")
    assert not save_button(form).isEnabled()
    form.verified_source.setText("https://biopartner.example/leiden")
    form.submit()
    after = window.directory.facility(A)
    assert after.verified_on == date.today() != before
    assert after.source_url == "https://biopartner.example/leiden"


def test_delete_goes_to_trash_undo_and_restore_from_the_trash_dialog(window, prompter):
    total = window.directory.count()
    assert window.select_facility(A)
    window.delete_facility_action.trigger()
    assert window.directory.count() == total - 1
    assert window.model.rowCount() == total - 1
    window.undo_action.trigger()
    assert window.directory.count() == total
    window.redo_action.trigger()
    assert window.directory.facility(A) is None
    dialog = window.curation.show_trash()
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert window.directory.facility(A) is not None and dialog.table.rowCount() == 0
    assert "empty" in dialog.intro.text()


def test_empty_trash_asks_first(window, prompter):
    window.curation.delete_selected([A, B])
    dialog = window.curation.show_trash()
    prompter.choices = ["cancel"]
    dialog.empty_button.click()
    assert len(window.directory.trash()) == 2
    prompter.choices = ["empty"]
    dialog.empty_button.click()
    assert window.directory.trash() == [] and dialog.table.rowCount() == 0
    assert "cannot be undone" in prompter.asked[-1][1]


def test_bulk_edit_one_step_of_undo(window, qtbot):
    window.table.selectAll()
    ids = window.table.selected_ids()
    assert len(ids) == window.directory.count()
    before = {f.id: f.confidence for f in window.directory.facilities()}
    dialog = window.curation.bulk_edit()
    dialog.set_choice("confidence", "low")
    dialog.accept()
    qtbot.waitUntil(lambda: window.curation.bulk_run.done, timeout=30000)
    assert {f.confidence for f in window.directory.facilities()} == {"low"}
    assert [b.reason for b in window.directory.backups()] == ["bulk-edit", "daily"]
    window.undo_action.trigger()
    assert {f.id: f.confidence for f in window.directory.facilities()} == before


def test_bulk_edit_that_breaks_a_rule_says_why_and_changes_nothing(window, prompter, qtbot):
    window.table.selectAll()
    dialog = window.curation.bulk_edit()
    dialog.set_choice("region", "LU-ES")  # a Luxembourg canton for Belgian and Dutch facilities too
    dialog.accept()
    qtbot.waitUntil(lambda: window.curation.bulk_run.done, timeout=30000)
    assert prompter.told and "Nothing was changed" in prompter.told[-1]
    assert "LU-ES" not in {f.region for f in window.directory.facilities() if f.country != "LU"}
    assert not window.undo_action.isEnabled()


def test_existing_undo_uses_share_the_history(window, prompter):
    """Saved-search deletion (an older undo use) and an edit: two steps, undone newest first."""
    window.directory.save_search("Leiden", "Leiden")
    window.changes_applied.emit(window.directory.save_search("Leiden", "Leiden"))
    saved = window.directory.saved_searches()[0]
    window.delete_saved_search(saved)
    window.curation.delete_selected([A])
    window.undo_action.trigger()
    assert window.directory.facility(A) is not None and window.directory.saved_searches() == []
    window.undo_action.trigger()
    assert [s.name for s in window.directory.saved_searches()] == ["Leiden"]
    assert not window.undo_action.isEnabled()


def test_back_up_now_and_restore_from_backup(window, prompter):
    window.backup_action.trigger()
    assert [b.reason for b in window.directory.backups()] == ["manual", "daily"]
    window.curation.delete_selected([A])
    dialog = window.curation.choose_backup()
    assert dialog.table.rowCount() == 2 and "Backed up by you" in dialog.table.item(0, 1).text()
    dialog.accept()
    assert window.directory.facility(A) is not None
    assert window.model.rowCount() == window.directory.count()
    assert not window.undo_action.isEnabled()  # old steps do not apply to the restored file
    assert "restored" in prompter.told[-1]


def test_check_database_reports_and_repairs(window, prompter, qtbot):
    window.check_database_action.trigger()
    qtbot.waitUntil(lambda: window.curation.check_run.done, timeout=30000)
    assert "sound" in prompter.told[-1]
    db = window.directory._db
    db.execute("DROP TRIGGER facilities_au")
    db.execute("UPDATE facilities SET name = 'Zzyzx' WHERE id = ?", [A])
    db.conn.commit()
    window.check_database_action.trigger()
    qtbot.waitUntil(lambda: window.curation.check_run.done, timeout=30000)
    assert "repaired" in prompter.told[-1]
    assert window.directory.search("zzyzx").ids == (A,)


def test_menus_hold_the_new_commands(window):
    texts = {a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()}
    for text in ("&Back Up Now…", "&Restore from Backup…", "&Check Database", "&New Facility…", "&Trash…", "&Redo"):
        assert text in texts


def test_read_only_directory_disables_editing(qtbot, db_path, seed_file, settings):
    from directory_app.directory import Directory

    Directory.open(db_path, seed_file=seed_file).close()
    with Directory.open(db_path, read_only=True) as d:
        w = MainWindow(d, settings=settings, prompter=ScriptedPrompter())
        qtbot.addWidget(w)
        assert not w.new_facility_action.isEnabled() and not w.delete_facility_action.isEnabled()
        assert w.curation.new_facility() is None
        w.close()


def test_bulk_edit_cancelled_changes_nothing(window, qtbot, prompter):
    window.table.selectAll()
    before = window.directory.facilities()
    lock = sqlite3.connect(window.directory.path)
    lock.execute("BEGIN IMMEDIATE")  # the worker waits at its first write, so Cancel comes first for sure
    run = window.curation.apply_bulk_edit(window.table.selected_ids(), "status", "closed")
    run.job.cancel.set()  # the progress dialog's Cancel
    lock.rollback()
    lock.close()
    qtbot.waitUntil(lambda: run.done, timeout=30000)
    assert window.directory.facilities() == before
    assert "cancelled" in prompter.told[-1] and not window.undo_action.isEnabled()


def test_del_key_deletes_in_the_list_only(window, qtbot):
    window.activateWindow()
    assert window.select_facility(A)
    window.saved.setFocus()
    qtbot.keyClick(window.saved, Qt.Key.Key_Delete)
    assert window.directory.facility(A) is not None
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.directory.facility(A) is None


def test_trash_dialog_follows_undo(window):
    dialog = window.curation.show_trash()
    window.curation.delete_selected([A])
    assert dialog.table.rowCount() == 1
    window.undo_action.trigger()
    assert dialog.table.rowCount() == 0


def test_daily_backup_is_made_in_the_background_on_the_first_open_of_the_day(window):
    assert [b.reason for b in window.directory.backups()] == ["daily"]  # made once the window showed
    window.curation.daily_backup_in_background()
    window.curation.wait()
    assert len(window.directory.backups()) == 1  # once a day


def test_the_daily_backup_waits_for_start_up_and_is_not_lost_by_switching_files(
    qtbot, seeded_directory, settings, tmp_path
):
    from directory_app.qt.curation_controller import DAILY_BACKUP_DELAY_MS

    folder = tmp_path / "backups"
    seeded_directory.set_backup_folder(folder)
    other = tmp_path / "other.sqlite"
    prompter = ScriptedPrompter(files=[str(other)])
    w = MainWindow(seeded_directory, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert DAILY_BACKUP_DELAY_MS >= 1000 and w.curation._daily_timer.isActive()
    assert seeded_directory.backups() == []  # not yet: start-up has the disk to itself
    first = seeded_directory.path
    w.open_other_database()  # before the timer fires
    assert w.directory.path == other
    w.curation.backup_runner.wait(60000)
    assert {p.name.split("-")[0] for p in folder.glob("*.sqlite")} >= {first.stem}  # the file left was backed up
    w.close()


def test_a_damaged_daily_backup_is_reported_and_marked_in_the_backups_list(
    qtbot, seeded_directory, settings, prompter, tmp_path, monkeypatch
):
    from datetime import datetime, timedelta

    from directory_app.db import backups, connection
    from directory_app.directory import Directory
    from tests.fixtures.damaged import break_table

    folder, path = tmp_path / "backups", seeded_directory.path
    seeded_directory.set_backup_folder(folder)
    good = backups.make_backup(seeded_directory._db, folder, path, "daily", now=datetime.now() - timedelta(days=1)).path
    seeded_directory.close()
    break_table(path, "user_trash")
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)  # as for a file over 64 MB
    directory = Directory.open(path, backup_folder=folder, daily_backup=False)
    w = MainWindow(directory, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    w.curation.wait()  # starts the daily backup scheduled on opening, on its worker thread
    qtbot.waitUntil(lambda: bool(prompter.told), timeout=10000)  # the outcome arrives on the GUI thread
    assert any("damaged" in t and "Check Database" in t and "Restore from Backup" in t for t in prompter.told)
    dialog = w.curation.choose_backup()
    assert dialog.table.rowCount() == 2
    assert "damaged" in dialog.table.item(0, 1).text().lower()
    assert "damaged" not in dialog.table.item(1, 1).text().lower() and dialog.backups[1].path == good
    dialog.reject()
    w.close()
    directory.close()
