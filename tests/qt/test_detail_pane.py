"""Details: every value escaped, only http(s) links clickable, provenance shown."""

from dataclasses import replace
from datetime import date

import pytest

from directory_app.qt.widgets.detail_pane import DetailPane, facility_html
from tests.fixtures.small_seed import make_facilities

pytestmark = pytest.mark.gui


def test_html_escapes_everything_from_the_data(qapp):
    f = replace(
        make_facilities(1)[0],
        name="<img src=x onerror=alert(1)>",
        organisation="<script>x()</script>",
        source_quote='"quoted" & <b>bold</b>',
        website="javascript:alert(1)",
    )
    page = facility_html(f)
    assert "<img src=x" not in page and "<script>" not in page and "<b>bold</b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript' not in page


def test_source_link_and_confidence_and_age(qapp):
    f = replace(
        make_facilities(1)[0],
        source_url="https://news.example/a?b=1&c=2",
        confidence="medium",
        verified_on=date(2026, 3, 1),
    )
    page = facility_html(f, today=date(2026, 11, 1))
    assert '<a href="https://news.example/a?b=1&amp;c=2">' in page
    assert "confidence: Medium" in page
    assert "checked against its source 8 months ago" in page


def test_pane_shows_name_and_emits_note_edits(qtbot):
    pane = DetailPane()
    qtbot.addWidget(pane)
    f = make_facilities(2)[1]
    pane.show_facility(f, "old note")
    assert f.name in pane.browser.toPlainText()
    assert pane.note.toPlainText() == "old note"
    with qtbot.waitSignal(pane.note_edited, timeout=3000) as blocker:
        pane.note.setPlainText("new note")
    assert blocker.args == [f.id, "new note"]


def test_switching_facility_flushes_pending_note(qtbot):
    pane = DetailPane()
    qtbot.addWidget(pane)
    a, b = make_facilities(2)
    pane.show_facility(a)
    seen = []
    pane.note_edited.connect(lambda fid, text: seen.append((fid, text)))
    pane.note.setPlainText("typed quickly")
    pane.show_facility(b)
    assert seen == [(a.id, "typed quickly")]


def test_empty_state(qtbot):
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_facility(None)
    assert "Select a facility" in pane.browser.toPlainText()
    assert not pane.note.isEnabled()


def test_values_keep_most_of_a_narrow_pane(qtbot):
    # seen under Xvfb: unbreakable labels ("Services (as the source puts it)") took a 240-pixel pane,
    # and the organisation wrapped one letter per line
    from PySide6.QtGui import QTextCursor, QTextDocument

    f = replace(
        make_facilities(1)[0],
        organisation="NecstGen BV (wholly owned by LUMC)",
        services_detail="lab space; office space; storage",
    )
    doc = QTextDocument()
    doc.setHtml(facility_html(f))
    doc.setTextWidth(240)
    cursor = doc.find("NecstGen BV")
    assert not cursor.isNull()
    table = cursor.currentTable()
    cell = table.cellAt(cursor)
    assert cell.column() == 1
    rect = doc.documentLayout().blockBoundingRect(cursor.block())
    assert rect.width() >= 0.5 * 240, rect
    start = QTextCursor(cursor.block())
    lines = start.block().layout().lineCount()
    assert lines <= 3, lines
