"""File › Export in the GUI: what, format, columns (remembered), background writing, errors."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtCore import Qt

from directory_app.qt.main_window import MainWindow
from tests.fixtures.shipped_seed import shipped_by
from tests.qt.conftest import ScriptedPrompter

A = "biopartner-center-leiden"
B = "necstgen-mirai-house-leiden-bio-science-park"


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    w = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def run(qtbot, window, dialog, path):
    window.prompter.files.append(str(path))
    started = window.run_export(dialog)
    assert started is not None
    qtbot.waitUntil(lambda: started.done, timeout=30000)
    return started


def test_shortlist_to_excel_in_its_order_with_status_and_notes(qtbot, window, tmp_path):
    _, visit = window.directory.create_shortlist("Visit")
    window.directory.add_to_shortlist(visit.id, [B, A])
    window.directory.set_shortlist_item(visit.id, A, status="visited", recipient_note="=cmd|' /C calc'!A0")
    window.shortlists.refresh()
    dialog = window.export_dialog()
    dialog.shortlist_button.setChecked(True)
    dialog.private_box.setChecked(True)  # internal use: the status comes along
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xlsx"))
    done = run(qtbot, window, dialog, tmp_path / "visit.xlsx")
    assert done.error is None
    sheet = openpyxl.load_workbook(tmp_path / "visit.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["ID", "Name"] and "Shortlist status" in header and "Note" in header
    assert [sheet.cell(row=r, column=1).value for r in (2, 3)] == [B, A]
    note = sheet.cell(row=3, column=header.index("Note") + 1)
    assert note.data_type == "s" and not str(note.value).startswith("=")  # no formula from data
    assert "written to" in window.statusBar().currentMessage()


def test_result_to_semicolon_csv_with_chosen_columns_remembered(qtbot, window, tmp_path):
    window.search_bar.set_text("kind:accelerator")
    dialog = window.export_dialog()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.delimiter_box.setCurrentIndex(dialog.delimiter_box.findData(";"))
    for row in range(dialog.columns.count()):  # keep only name and city, city first
        item = dialog.columns.item(row)
        keep = item.data(Qt.ItemDataRole.UserRole) in ("name", "city")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    city = dialog.columns.takeItem(
        next(
            r for r in range(dialog.columns.count()) if dialog.columns.item(r).data(Qt.ItemDataRole.UserRole) == "city"
        )
    )
    dialog.columns.insertItem(0, city)
    run(qtbot, window, dialog, tmp_path / "accelerators")  # the extension is added
    text = (tmp_path / "accelerators.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0] == ["City", "Name"]
    assert len(rows) - 1 == window.result.count == shipped_by("kind")["accelerator"]
    again = window.export_dialog()
    assert (again.format(), again.delimiter(), again.chosen_columns()) == ("csv", ";", ["city", "name"])


def test_html_map_export_and_a_write_error_leave_clear_results(qtbot, window, tmp_path):
    dialog = window.export_dialog()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    run(qtbot, window, dialog, tmp_path / "map.html")
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "dirmap.init(" in html and "dirapp://" not in html
    failed = run(qtbot, window, window.export_dialog(), tmp_path / "missing-folder" / "x.html")
    assert failed.error is not None and window.prompter.told
    assert not (tmp_path / "missing-folder").exists()


def test_pdf_handout_export_and_print(qtbot, window, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    _, visit = window.directory.create_shortlist("CAR-T visit", "Kite Pharma delegation")
    window.directory.add_to_shortlist(visit.id, [B, A])
    window.directory.set_shortlist_item(visit.id, A, recipient_note="Ask about grade B capacity")
    window.shortlists.refresh()
    dialog = window.export_dialog()
    dialog.shortlist_button.setChecked(True)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert not dialog.columns.isEnabled()  # a handout has its own layout
    done = run(qtbot, window, dialog, tmp_path / "handout.pdf")
    assert done.error is None
    reader = PdfReader(tmp_path / "handout.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "CAR-T visit" in text and "Kite Pharma delegation" in text
    assert text.index("NecstGen") < text.index("BioPartner Center Leiden")  # the shortlist's order
    assert "Ask about grade B capacity" in text and "Page 1 of" in text
    assert reader.pages[0].images  # the map

    # Ctrl+P prints the shortlist on screen; here to a PDF printer, read back
    window.views.setCurrentIndex(2)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing = window.print_handout(printer)
    qtbot.waitUntil(lambda: printing.done and (tmp_path / "printed.pdf").exists(), timeout=30000)
    qtbot.waitUntil(lambda: len(PdfReader(tmp_path / "printed.pdf").pages) == len(reader.pages), timeout=10000)
    assert window.print_action.shortcut().toString() == "Ctrl+P"
