"""The GUI side of local overrides (issue 13, item 4): when a newer seed changed a field the user
had changed too, or dropped a facility the user had edited, the window says so (a notice after
the rows are shown, and Edit › Review Edits That Differ from Newer Data…) and a side-by-side
dialog lets the user keep theirs (the default) or take the newer data. Nothing is kept or
reverted without a word; Cancel changes nothing. Every test runs the real refresh path."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from directory_app.directory import Directory
from directory_app.importers.seed import write_seed
from directory_app.qt.main_window import MainWindow
from directory_app.qt.widgets.override_conflicts_dialog import KEEP_MINE, TAKE_NEWER
from tests.fixtures.small_seed import make_facilities
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui

MARKUP = "<b>Mine</b> & Co"


def _open_with_conflicts(tmp_path: Path, db_path: Path, small_seed: Path) -> Directory:
    """fac-0002's name and fac-0001's phone edited by the user and changed by a newer seed; fac-0005
    edited by the user and dropped by the newer seed."""
    with Directory.open(db_path, seed_file=small_seed) as d:
        d.save_facility(replace(d.facility("fac-0002"), name=MARKUP))
        d.save_facility(replace(d.facility("fac-0001"), phone="+32 9 000 00 00"))
        d.save_facility(replace(d.facility("fac-0005"), phone="+31 20 123"))
    newer = []
    for f in make_facilities(30):
        if f.id == "fac-0005":
            continue
        if f.id == "fac-0002":
            f = replace(f, name="Their wording")
        if f.id == "fac-0001":
            f = replace(f, phone="+32 2 111 11 11")
        newer.append(f)
    seed2 = tmp_path / "seed2.csv"
    write_seed(seed2, newer)
    d = Directory.open(db_path, seed_file=seed2)
    assert len(d.override_conflicts()) == 3
    return d


def _window(qtbot, directory: Directory, settings) -> MainWindow:
    w = MainWindow(directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def conflicted(qtbot, tmp_path, db_path, small_seed, settings):
    d = _open_with_conflicts(tmp_path, db_path, small_seed)
    w = _window(qtbot, d, settings)
    yield w
    w.close()
    w.directory.close()


def _rows(dialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]


def _open_dialog(window: MainWindow, qtbot):
    qtbot.waitUntil(window.review_overrides_action.isEnabled, timeout=5000)
    window.review_overrides_action.trigger()
    dialog = window.overrides.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _row_of(dialog, facility_id: str) -> int:
    return [c.facility_id for c in dialog.conflicts].index(facility_id)


def test_a_notice_says_how_many_after_the_rows_are_shown(conflicted, qtbot):
    window = conflicted
    assert window.model.rowCount() == 30  # the rows come first; the notice follows them
    qtbot.waitUntil(lambda: window.overrides.notice.isVisible(), timeout=5000)
    text = window.overrides.notice.label.text()
    assert "3 of your edits" in text and "Review Edits That Differ from Newer Data" in text
    assert window.review_overrides_action.isEnabled()
    window.overrides.notice.review_button.click()  # the notice opens the review too
    assert window.overrides.dialog is not None and window.overrides.dialog.isVisible()
    window.overrides.dialog.reject()


def test_no_notice_and_a_disabled_action_without_conflicts(qtbot, seeded_directory, settings):
    window = _window(qtbot, seeded_directory, settings)
    qtbot.waitUntil(lambda: window.overrides.count is not None, timeout=5000)  # checked, after the rows
    assert window.overrides.count == 0
    assert not window.overrides.notice.isVisible()
    assert not window.review_overrides_action.isEnabled()
    window.close()


def test_the_dialog_lists_every_conflict_side_by_side_as_plain_text(conflicted, qtbot):
    dialog = _open_dialog(conflicted, qtbot)
    d = conflicted.directory
    assert sorted(_rows(dialog)) == sorted(
        [
            (d.facility("fac-0001").name, "Phone", "+32 9 000 00 00", "+32 2 111 11 11"),
            (MARKUP, "Name", MARKUP, "Their wording"),
            (d.facility("fac-0005").name, "The whole facility", "Your edited copy", "No longer listed"),
        ]
    )
    assert all(box.currentIndex() == KEEP_MINE for box in dialog.choices)  # keep mine by default
    removed = dialog.choices[_row_of(dialog, "fac-0005")]
    assert [removed.itemText(i) for i in range(removed.count())] == ["Keep as my own", "Move to trash"]
    field = dialog.choices[_row_of(dialog, "fac-0001")]
    assert [field.itemText(i) for i in range(field.count())] == ["Keep mine", "Take the newer data"]
    dialog.reject()


def test_cancel_changes_nothing(conflicted, qtbot):
    d = conflicted.directory
    before = ([d.facility(i) for i in ("fac-0001", "fac-0002", "fac-0005")], d.override_conflicts())
    dialog = _open_dialog(conflicted, qtbot)
    dialog.set_all(TAKE_NEWER)
    dialog.reject()
    assert ([d.facility(i) for i in ("fac-0001", "fac-0002", "fac-0005")], d.override_conflicts()) == before
    assert conflicted.overrides.dialog is None
    assert conflicted.review_overrides_action.isEnabled()


def test_keep_mine_leaves_the_values_and_clears_the_conflicts(conflicted, qtbot):
    d = conflicted.directory
    dialog = _open_dialog(conflicted, qtbot)
    dialog.apply_button.click()  # every row on its default: keep mine / keep as my own
    assert d.override_conflicts() == []
    assert d.facility("fac-0002").name == MARKUP
    assert d.facility("fac-0001").phone == "+32 9 000 00 00"
    assert d.facility("fac-0005").phone == "+31 20 123"
    assert not conflicted.review_overrides_action.isEnabled()
    assert not conflicted.overrides.notice.isVisible()


def test_take_the_newer_data_applies_it_and_can_be_undone(conflicted, qtbot):
    d = conflicted.directory
    dialog = _open_dialog(conflicted, qtbot)
    dialog.choices[_row_of(dialog, "fac-0001")].setCurrentIndex(TAKE_NEWER)
    dialog.choices[_row_of(dialog, "fac-0005")].setCurrentIndex(TAKE_NEWER)
    dialog.apply_button.click()
    assert d.facility("fac-0001").phone == "+32 2 111 11 11"
    assert d.facility("fac-0005") is None and "fac-0005" in {t.facility.id for t in d.trash()}  # moved to the trash
    assert d.facility("fac-0002").name == MARKUP  # left on "Keep mine"
    assert d.override_conflicts() == []
    assert "newer data" in conflicted.statusBar().currentMessage().casefold()
    conflicted.undo_action.trigger()
    assert d.facility("fac-0001").phone == "+32 9 000 00 00"
    assert d.facility("fac-0005").phone == "+31 20 123"


def test_the_action_refuses_kindly_on_a_read_only_directory(qtbot, tmp_path, db_path, small_seed, settings):
    _open_with_conflicts(tmp_path, db_path, small_seed).close()
    reader = Directory.open(db_path, read_only=True)
    window = _window(qtbot, reader, settings)
    qtbot.waitUntil(lambda: window.overrides.count is not None, timeout=5000)
    assert not window.overrides.notice.isVisible()
    assert not window.review_overrides_action.isEnabled()  # nothing can be resolved in a read-only file
    window.close()
    reader.close()
