"""The Compare dialog is readable (issue 14 item 5): names wrap, differing rows are highlighted,
empty values show "-", links are clickable (http(s) only, data never markup), and a shortlist's
status and notes come along."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from directory_app.domain.models import Facility, ShortlistItem
from directory_app.qt.widgets.compare_dialog import DIFFERS_ROLE, EMPTY, CompareDialog
from tests.qt.test_shortlists_ui import A, B, C, add_three, window  # noqa: F401 (fixture)

pytestmark = pytest.mark.gui

LONG = "Very Long Facility Name Of A Biotech Incubator On The Science Park Campus (second building)"
EVIL = '<b>bold</b><img src=x> & <a href="https://evil.example">x</a>'


def facilities() -> list[Facility]:
    return [
        Facility(
            id="a",
            name=LONG,
            kind="incubator",
            city="Leiden",
            source_url="https://a.example/src",
            website="https://a.example",
        ),
        Facility(id="b", name=EVIL, kind="incubator", city="Ghent", source_url="javascript:alert(1)"),
    ]


def row_of(dialog: CompareDialog, label: str) -> int:
    labels = [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]
    return labels.index(label)


def test_names_wrap_differences_are_marked_and_empty_shows_a_dash(qtbot):
    dialog = CompareDialog(facilities())
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    # names: a first row that wraps (never elided in a one-line header)
    name_row = row_of(dialog, "Facility")
    assert table.item(name_row, 0).text() == LONG
    assert table.item(name_row, 1).text() == EVIL  # as text
    assert table.wordWrap() and table.textElideMode() == Qt.TextElideMode.ElideNone
    line = table.fontMetrics().height()
    assert table.rowHeight(name_row) >= 2 * line  # the long name takes two lines or more
    # a row that differs is marked (role and background); equal rows are not
    city, kind = row_of(dialog, "Location"), row_of(dialog, "Kind")
    assert table.item(city, 0).data(DIFFERS_ROLE) is True
    assert table.item(city, 0).background().style() != Qt.BrushStyle.NoBrush
    assert table.item(kind, 0).data(DIFFERS_ROLE) is False
    assert table.item(kind, 0).background().style() == Qt.BrushStyle.NoBrush
    # empty values show "-"
    area = row_of(dialog, "Area")
    assert EMPTY == "-" and table.item(area, 0).text() == "-" and table.item(area, 1).text() == "-"
    # links: clickable for http(s), plain escaped text otherwise
    source = row_of(dialog, "Source")
    label = table.cellWidget(source, 0)
    assert isinstance(label, QLabel) and label.openExternalLinks()
    assert 'href="https://a.example/src"' in label.text()
    assert table.cellWidget(source, 1) is None  # javascript: is no link
    assert table.item(source, 1).text() == "javascript:alert(1)"
    website = row_of(dialog, "Website")
    assert 'href="https://a.example"' in table.cellWidget(website, 0).text()
    assert table.item(website, 1).text() == "-"
    assert "Facility\t" + LONG in dialog.text()


def test_link_labels_escape_data():
    evil = Facility(id="e", name="x", kind="incubator", source_url='https://e.example/"><b>x</b>')
    dialog = CompareDialog([evil, facilities()[0]])
    label = dialog.table.cellWidget(row_of(dialog, "Source"), 0)
    assert "<b>" not in label.text() and "&lt;b&gt;" in label.text()
    dialog.deleteLater()


def test_shortlist_status_and_notes_are_rows(qtbot):
    items = {
        "a": ShortlistItem("a", 0, status="contacted", note="call back", recipient_note="Ask for Ann"),
        "b": ShortlistItem("b", 1, status="candidate"),
    }
    dialog = CompareDialog(facilities(), items=items)
    qtbot.addWidget(dialog)
    status = row_of(dialog, "Shortlist status")
    assert [dialog.table.item(status, c).text() for c in (0, 1)] == ["Contacted", "Candidate"]
    recipient = row_of(dialog, "Note for the recipient")
    assert [dialog.table.item(recipient, c).text() for c in (0, 1)] == ["Ask for Ann", "-"]
    assert dialog.table.item(recipient, 0).data(DIFFERS_ROLE) is True


def test_compare_from_the_shortlist_tab_shows_its_status(window):  # noqa: F811
    add_three(window)
    shortlist = window.directory.shortlist("CAR-T visit")
    window.directory.set_shortlist_item(shortlist.id, B, status="visited", recipient_note="Lab tour at 10")
    window.shortlists.compare([A, B])
    dialog = window.shortlists.compare_dialog
    status = row_of(dialog, "Shortlist status")
    assert dialog.table.item(status, 1).text() == "Visited"
    assert dialog.table.item(row_of(dialog, "Note for the recipient"), 1).text() == "Lab tour at 10"
    dialog.close()
