"""File › Export keeps private notes and status out unless the user ticks the option (issue 13)."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import Qt

from directory_app.qt.main_window import MainWindow
from directory_app.qt.models.shortlist_items import COLUMNS
from tests.qt.conftest import ScriptedPrompter

A = "biopartner-center-leiden"
B = "necstgen-mirai-house-leiden-bio-science-park"
PRIVATE = "Internal: CEO slow to reply; pricing too high"
RECIPIENT = "Ask for Dr Peeters at the front desk"


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    w = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


@pytest.fixture
def visit(window):
    _, visit = window.directory.create_shortlist("CAR-T visit", "Kite Pharma delegation")
    window.directory.add_to_shortlist(visit.id, [B, A])
    window.directory.set_shortlist_item(visit.id, A, status="contacted", rank=1, note=PRIVATE, recipient_note=RECIPIENT)
    window.shortlists.refresh()
    return visit


def dialog_for(window, shortlist_id, fmt="pdf"):
    dialog = window.export_dialog()
    dialog.shortlist_button.setChecked(True)
    dialog.shortlist_box.setCurrentIndex(dialog.shortlist_box.findData(shortlist_id))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    return dialog


def run(qtbot, window, dialog, path):
    window.prompter.files.append(str(path))
    started = window.run_export(dialog)
    assert started is not None
    qtbot.waitUntil(lambda: started.done, timeout=30000)
    assert started.error is None
    return path


def pdf_text(path):
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_the_option_is_off_by_default_and_the_handout_prints_only_the_recipient_note(qtbot, window, visit, tmp_path):
    dialog = dialog_for(window, visit.id)
    assert not dialog.private_box.isChecked() and not dialog.remember_box.isChecked()
    assert dialog.private_box.text() == "Include private notes and status (internal use only)"
    assert not dialog.include_private()
    text = pdf_text(run(qtbot, window, dialog, tmp_path / "handout.pdf"))
    assert RECIPIENT in text
    assert "CEO slow to reply" not in text and "Contacted" not in text and "Rank" not in text
    # Ctrl+P prints what a visitor may see, too
    assert not window.directory.shortlist_export_private(visit.id)


def test_ticking_the_option_includes_private_fields_for_this_export_only(qtbot, window, visit, tmp_path):
    dialog = dialog_for(window, visit.id)
    dialog.private_box.setChecked(True)
    text = pdf_text(run(qtbot, window, dialog, tmp_path / "internal.pdf"))
    assert PRIVATE in text and "Contacted" in text and RECIPIENT in text
    again = dialog_for(window, visit.id)  # not remembered: the user did not ask
    assert not again.private_box.isChecked()
    assert window.directory.shortlist_export_private(visit.id) is None


def test_remembering_is_per_shortlist_and_only_when_asked(qtbot, window, visit, tmp_path):
    _, other = window.directory.create_shortlist("Other")
    window.directory.add_to_shortlist(other.id, [A])
    window.shortlists.refresh()
    dialog = dialog_for(window, visit.id, "csv")
    dialog.private_box.setChecked(True)
    dialog.remember_box.setChecked(True)
    run(qtbot, window, dialog, tmp_path / "internal.csv")
    assert PRIVATE in (tmp_path / "internal.csv").read_text(encoding="utf-8-sig")

    again = dialog_for(window, visit.id, "csv")
    assert again.private_box.isChecked() and again.remember_box.isChecked()
    again.shortlist_box.setCurrentIndex(again.shortlist_box.findData(other.id))
    assert not again.private_box.isChecked() and not again.remember_box.isChecked()
    again.result_button.setChecked(True)  # a search result has no private fields
    assert not again.private_box.isEnabled() and not again.include_private()

    # unticking "remember" forgets the choice
    third = dialog_for(window, visit.id, "csv")
    third.remember_box.setChecked(False)
    text = run(qtbot, window, third, tmp_path / "again.csv").read_text(encoding="utf-8-sig")
    assert PRIVATE in text  # still ticked for this export
    assert window.directory.shortlist_export_private(visit.id) is None
    assert not dialog_for(window, visit.id, "csv").private_box.isChecked()


def test_the_recipient_note_is_edited_in_the_shortlist_table(window, visit):
    window.views.setCurrentIndex(2)
    panel = window.shortlist_panel
    model = panel.model
    row = model.ids().index(B)
    assert model.headerData(COLUMNS.index("recipient_note"), Qt.Orientation.Horizontal) == "Note for the recipient"
    assert model.headerData(COLUMNS.index("note"), Qt.Orientation.Horizontal) == "Private note"
    assert model.setData(model.index(row, COLUMNS.index("recipient_note")), "Parking at the back")
    items = {i.facility_id: i for i in window.directory.shortlist_items(visit.id)}
    assert items[B].recipient_note == "Parking at the back" and items[B].note == ""
    assert items[A].recipient_note == RECIPIENT
    row = panel.model.ids().index(B)
    assert panel.model.index(row, COLUMNS.index("recipient_note")).data() == "Parking at the back"


def test_a_busy_database_while_remembering_the_choice_does_not_stop_the_export(
    qtbot, window, visit, tmp_path, monkeypatch
):
    """Found in review: a DirectoryError from remembering the choice escaped mid-export."""
    from directory_app.domain.errors import DatabaseUnavailableError

    def busy(*_args):
        raise DatabaseUnavailableError("the directory file is busy")

    monkeypatch.setattr(window.directory, "remember_shortlist_export_private", busy)
    dialog = dialog_for(window, visit.id)
    dialog.private_box.setChecked(True)
    dialog.remember_box.setChecked(True)
    path = run(qtbot, window, dialog, tmp_path / "handout.pdf")
    assert PRIVATE in pdf_text(path)  # the export itself went ahead, with what was ticked
    assert "busy" in window.statusBar().currentMessage()
