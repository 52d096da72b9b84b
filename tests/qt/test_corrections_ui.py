"""The GUI side of corrections sent back (issue 15): File › Send Corrections… says what goes in (and that
private notes do not) and writes the file through the output-path guard; Edit › Review Corrections… shows one
row per change and accepts or rejects it. Offscreen, on real database files."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from directory_app.directory import Directory
from directory_app.qt.corrections_ui import ReviewCorrectionsDialog, SendCorrectionsDialog
from directory_app.qt.main_window import MainWindow
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui

NOTE = "PRIVATE-NOTE-a81c"


def _adviser(tmp_path, small_seed) -> Directory:
    d = Directory.open(tmp_path / "adviser.sqlite", seed_file=small_seed)
    d.save_facility(replace(d.facility("fac-0003"), phone="+32 9 123 45 67"))
    d.save_facility(replace(d.facility("fac-0004"), website="https://fixed.example"))
    d.set_note("fac-0003", NOTE)
    return d


def test_the_menus_hold_send_and_review_corrections(qtbot, directory, settings):
    w = MainWindow(directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    file_menu, edit_menu = (a.menu() for a in w.menuBar().actions()[:2])
    assert w.corrections_menu.send_action in file_menu.actions()
    assert w.corrections_menu.review_action in edit_menu.actions()


def test_send_corrections_says_what_goes_in_and_writes_the_file(qtbot, tmp_path, small_seed):
    d = _adviser(tmp_path, small_seed)
    target = tmp_path / "out.json"
    prompter = ScriptedPrompter(files=[str(d.path), str(target)])
    dialog = SendCorrectionsDialog(d, prompter)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.counts)))
    assert "Your private notes, shortlists and saved searches do not go into the file." in texts
    assert "Your edits of reference facilities: 2 (of 2 facilities). Facilities you added: 0." in texts
    before = d.path.read_bytes()
    dialog.save()  # first the database itself: refused by the guard, nothing written
    assert prompter.told and d.path.read_bytes() == before and dialog.written is None
    dialog.save()
    assert dialog.written == target
    raw = target.read_bytes()
    assert NOTE.encode() not in raw
    assert {(e["id"], e["field"]) for e in json.loads(raw)["edits"]} == {("fac-0003", "phone"), ("fac-0004", "website")}
    d.close()


def test_review_dialog_accepts_one_change_and_rejects_another(qtbot, tmp_path, small_seed):
    with _adviser(tmp_path, small_seed) as d:
        sent = tmp_path / "sent.json"
        d.corrections.export(sent, sender="Anna")
    curator = Directory.open(tmp_path / "curator.sqlite", seed_file=small_seed)
    website = curator.facility("fac-0004").website
    prompter = ScriptedPrompter(files=[str(sent)])
    dialog = ReviewCorrectionsDialog(curator, prompter)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    dialog.import_file()
    assert dialog.table.rowCount() == 2
    rows = {dialog.table.item(r, 0).text(): r for r in range(2)}
    phone_row = next(r for r in range(2) if dialog.changes[r].facility_id == "fac-0003")
    cells = [dialog.table.item(phone_row, c).text() for c in range(dialog.COLUMNS)]
    assert cells[3] == "+32 9 123 45 67" and cells[2] == (curator.facility("fac-0003").phone or "—")
    assert cells[5].startswith("Anna, ")
    dialog.select_row(phone_row)
    assert dialog.accept_button.isEnabled() and not dialog.new_button.isEnabled()
    dialog.accept_button.click()
    assert curator.facility("fac-0003").phone == "+32 9 123 45 67"
    assert dialog.table.rowCount() == 1 and dialog.changed
    dialog.select_row(0)
    dialog.reject_button.click()
    assert dialog.table.rowCount() == 0
    assert curator.facility("fac-0004").website == website  # rejected: unchanged
    assert [c.state for c in curator.corrections.queue(None)] == ["accepted", "rejected"]
    assert rows  # both rows were shown with a facility name
    curator.close()


def test_a_new_facility_offers_accept_as_new_and_merge_into_its_duplicate(qtbot, tmp_path, small_seed):
    with Directory.open(tmp_path / "adviser.sqlite", seed_file=small_seed) as d:
        twin = replace(d.facility("fac-0008"), id="user-twin", phone="+32 2 000 00 99")
        d.save_facility(twin)
        sent = tmp_path / "sent.json"
        d.corrections.export(sent)
    curator = Directory.open(tmp_path / "curator.sqlite", seed_file=small_seed)
    curator.corrections.import_file(sent)
    dialog = ReviewCorrectionsDialog(curator, ScriptedPrompter())
    qtbot.addWidget(dialog)
    dialog.select_row(0)
    assert dialog.table.item(0, 1).text() == "New facility"
    assert "fac-0008" in dialog.table.item(0, 6).text()
    assert dialog.new_button.isEnabled() and dialog.merge_button.isEnabled() and not dialog.accept_button.isEnabled()
    dialog.merge_button.click()
    assert curator.facility("fac-0008").phone == "+32 2 000 00 99" and curator.facility("user-twin") is None
    curator.close()
