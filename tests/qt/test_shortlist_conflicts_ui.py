"""Importing a colleague's shortlist file in the GUI: local work is kept unless the user picks
theirs in a side-by-side dialog, and a broken file shows a message instead of raising."""

from __future__ import annotations

import json

import pytest

from directory_app.qt.main_window import MainWindow
from directory_app.qt.widgets.share_conflicts_dialog import TAKE_THEIRS
from tests.qt.conftest import ScriptedPrompter

A = "biopartner-center-leiden"
C = "halix-cgmp-facility-leiden-bio-science-park"


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    w = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    _, mine = w.directory.create_shortlist("Site visits", "Board trip")
    w.directory.add_to_shortlist(mine.id, [A, C])
    w.directory.set_shortlist_item(mine.id, C, status="contacted", rank=1, note="mine: call Anna")
    w.shortlists.refresh()
    yield w
    w.close()


def stored(w: MainWindow) -> list[tuple[str, str, int | None, str]]:
    shortlist = w.directory.shortlist("Site visits")
    return [(i.facility_id, i.status, i.rank, i.note) for i in w.directory.shortlist_items(shortlist.id)]


def colleague_file(tmp_path, items) -> str:
    path = tmp_path / "from-colleague.shortlist.json"
    body = {"format": "directory-app-shortlist", "version": 1, "name": "Site visits", "purpose": "", "items": items}
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


THEIRS = [{"id": C, "status": "visited", "rank": 4, "note": "<b>theirs</b>"}, {"id": A}]


def table_rows(dialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]


def test_conflicts_are_shown_side_by_side_and_keep_mine_changes_nothing(window, tmp_path):
    before = stored(window)
    window.shortlists.import_file(colleague_file(tmp_path, THEIRS))
    dialog = window.shortlists.conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    name = window.directory.facilities([C])[0].name
    assert sorted(table_rows(dialog)) == sorted(
        [
            (name, "Status", "Contacted", "Visited"),
            (name, "Rank", "1", "4"),
            (name, "Private note", "mine: call Anna", "<b>theirs</b>"),
        ]
    )
    assert all(box.currentIndex() == 0 for box in dialog.choices)  # keep mine by default
    assert stored(window) == before  # nothing changed while the dialog is open
    dialog.apply_button.click()  # apply with every row on "Keep mine"
    assert stored(window) == before
    assert window.shortlists.conflicts_dialog is None


def test_keep_all_mine_closes_without_changes_even_after_choosing_theirs(window, tmp_path):
    before = stored(window)
    window.shortlists.import_file(colleague_file(tmp_path, THEIRS))
    dialog = window.shortlists.conflicts_dialog
    dialog.set_all(TAKE_THEIRS)
    dialog.reject()  # "Keep All Mine" / Escape
    assert stored(window) == before


def test_taking_theirs_applies_only_the_picked_values(window, tmp_path):
    window.shortlists.import_file(colleague_file(tmp_path, THEIRS))
    dialog = window.shortlists.conflicts_dialog
    fields = [c.field for c in dialog.conflicts]
    dialog.choices[fields.index("rank")].setCurrentIndex(TAKE_THEIRS)
    dialog.apply_button.click()
    assert stored(window) == [(A, "candidate", None, ""), (C, "contacted", 4, "mine: call Anna")]


def test_no_dialog_when_the_file_only_adds(window, tmp_path):
    window.shortlists.import_file(colleague_file(tmp_path, [{"id": A}, {"id": "new-facility", "status": "visited"}]))
    assert window.shortlists.conflicts_dialog is None
    assert [row[0] for row in stored(window)] == [A, C, "new-facility"]


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "directory-app-shortlist", "version": 1, "name": "x", "items": '
        + "[" * 100_000
        + "]" * 100_000
        + "}",
        '{"format": "directory-app-shortlist", "version": 1, "name": "x", "items": [{"id": "a", "rank": '
        + "1"
        + "0" * 30
        + "}]}",
    ],
    ids=["deep", "huge-rank"],
)
def test_a_broken_file_shows_a_message_instead_of_raising(window, tmp_path, content):
    before = (window.directory.shortlists(), stored(window))
    path = tmp_path / "broken.shortlist.json"
    path.write_text(content, encoding="utf-8")
    window.shortlists.import_file(str(path))
    told = window.shortlists.prompter.told
    assert len(told) == 1 and "nothing was changed" in told[0]
    assert (window.directory.shortlists(), stored(window)) == before


def test_any_error_while_importing_is_shown(window, tmp_path, monkeypatch):
    def explode(path):
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(window.directory, "import_shortlist_file", explode)
    window.shortlists.import_file(str(tmp_path / "whatever.json"))
    assert "something nobody expected" in window.shortlists.prompter.told[0]
