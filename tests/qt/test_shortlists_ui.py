"""The Shortlists tab: add from the list, edit, reorder, drop, remove with undo, compare, share."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from directory_app.directory import Directory
from directory_app.qt.main_window import MainWindow
from directory_app.qt.models.shortlist_items import COLUMNS, ids_mime
from tests.qt.conftest import ScriptedPrompter

A = "biopartner-center-leiden"
B = "necstgen-mirai-house-leiden-bio-science-park"
C = "halix-cgmp-facility-leiden-bio-science-park"


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    prompter = ScriptedPrompter(texts=["CAR-T visit"], choices=["delete"])
    w = MainWindow(seeded_directory, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def stored(w: MainWindow) -> list[tuple[str, str, int | None, str]]:
    shortlist = w.directory.shortlist("CAR-T visit")
    return [(i.facility_id, i.status, i.rank, i.note) for i in w.directory.shortlist_items(shortlist.id)]


def add_three(w: MainWindow) -> None:
    for facility_id in (A, B, C):
        assert w.select_facility(facility_id)
        w.add_to_shortlist_action.trigger()  # Ctrl+Shift+D; the first asks for a name


def test_ctrl_d_creates_a_shortlist_and_adds_in_order(window):
    add_three(window)
    assert [row[0] for row in stored(window)] == [A, B, C]
    assert window.add_to_shortlist_action.shortcut().toString() == "Ctrl+Shift+D"
    panel = window.shortlist_panel
    assert panel.chooser.currentText() == "CAR-T visit (3)"
    assert panel.model.rowCount() == 3
    assert panel.model.index(1, COLUMNS.index("name")).data().startswith("NecstGen")


def test_status_rank_and_note_are_edited_in_the_table(window):
    add_three(window)
    model = window.shortlist_panel.model
    assert model.setData(model.index(0, COLUMNS.index("status")), "contacted")
    assert model.setData(model.index(0, COLUMNS.index("rank")), 2)
    assert model.setData(model.index(0, COLUMNS.index("note")), "Meet Anna, lab tour")
    assert not model.setData(model.index(0, COLUMNS.index("status")), "maybe")
    assert not model.setData(model.index(0, COLUMNS.index("rank")), -3)
    assert stored(window)[0] == (A, "contacted", 2, "Meet Anna, lab tour")
    assert model.index(0, COLUMNS.index("status")).data() == "Contacted"


def test_drag_to_reorder_and_drop_from_the_list_to_add(window):
    for facility_id in (A, B):
        window.select_facility(facility_id)
        window.add_to_shortlist_action.trigger()
    model = window.shortlist_panel.model
    # drag B above A
    assert not model.dropMimeData(ids_mime([B]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [row[0] for row in stored(window)] == [B, A]
    # the list's own drag data, dropped on the shortlist, adds
    window.select_facility(C)
    data = window.model.mimeData([window.table.currentIndex()])
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert [row[0] for row in stored(window)] == [B, A, C]


def test_remove_then_undo_restores_position_and_note(window):
    add_three(window)
    model = window.shortlist_panel.model
    model.setData(model.index(1, COLUMNS.index("note")), "keep this note")
    panel = window.shortlist_panel
    panel.table.selectRow(1)
    panel.remove_button.click()
    assert [row[0] for row in stored(window)] == [A, C]
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # Ctrl+Z
    assert stored(window)[1] == (B, "candidate", None, "keep this note")


def test_delete_shortlist_asks_and_undo_brings_it_back(window):
    add_three(window)
    panel = window.shortlist_panel
    panel.delete_action.trigger()
    assert window.directory.shortlists() == []
    assert panel.chooser.count() == 0
    window.undo_action.trigger()
    assert [row[0] for row in stored(window)] == [A, B, C]
    assert panel.chooser.currentText() == "CAR-T visit (3)"


def test_compare_two_to_four(window):
    add_three(window)
    panel = window.shortlist_panel
    panel.table.selectAll()
    assert panel.compare_button.isEnabled()
    panel.compare_button.click()
    dialog = window.shortlists.compare_dialog
    assert dialog is not None and dialog.table.columnCount() == 3
    text = dialog.text()
    assert "BioPartner Center Leiden" in text and "Cleanroom grades" in text and "Services" in text
    dialog.close()
    panel.table.clearSelection()
    panel.table.selectRow(0)
    assert not panel.compare_button.isEnabled()


def test_show_in_list_filters_the_list_to_the_shortlist(window):
    add_three(window)
    window.views.setCurrentIndex(2)
    window.shortlist_panel.show_in_list_action.trigger()
    assert window.search_bar.text() == 'shortlist:"CAR-T visit"'
    assert set(window.model.ids()) == {A, B, C}
    assert window.views.currentIndex() == 0


def test_import_a_colleagues_file_twice_adds_once(window, tmp_path, small_seed):
    path = tmp_path / "from-colleague.shortlist.json"
    with Directory.open(tmp_path / "colleague.sqlite") as colleague:
        _, theirs = colleague.create_shortlist("Site visits", "Board trip")
        colleague.add_to_shortlist(theirs.id, [C, A])
        colleague.set_shortlist_item(theirs.id, C, status="visited", note="great GMP suite")
        colleague.export_shortlist_file(theirs.id, path, include_private=True)
    window.shortlists.import_file(str(path))
    window.shortlists.import_file(str(path))
    mine = window.directory.shortlist("Site visits")
    items = window.directory.shortlist_items(mine.id)
    assert [(i.facility_id, i.status, i.note) for i in items] == [
        (C, "visited", "great GMP suite"),
        (A, "candidate", ""),
    ]
    assert window.shortlist_panel.chooser.currentText() == "Site visits (2)"


@pytest.mark.parametrize("answer", ["public", "private", "cancel"])
def test_share_asks_before_private_notes_leave_the_machine(qtbot, seeded_directory, settings, tmp_path, answer):

    prompter = ScriptedPrompter(choices=[answer], files=[str(tmp_path / "visit.shortlist.json")])
    w = MainWindow(seeded_directory, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    _, visit = seeded_directory.create_shortlist("Visit")
    seeded_directory.add_to_shortlist(visit.id, [A])
    seeded_directory.set_shortlist_item(visit.id, A, status="excluded", note="Internal: too slow", recipient_note="Hi")
    w.shortlists.refresh()
    w.shortlists.share(visit.id)
    path = tmp_path / "visit.shortlist.json"
    assert prompter.asked[-1][2] == ["public", "private", "cancel"]  # asked, and "without" is the default
    if answer == "cancel":
        assert not path.exists()
        return
    text = path.read_text(encoding="utf-8")
    assert "Hi" in text
    assert ("Internal: too slow" in text and "excluded" in text) == (answer == "private")
    w.close()
