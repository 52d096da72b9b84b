"""Issue 17 in the GUI: the campus link and the sites on a science park, access, contact page and honest
dates in the details pane; "Mark as Verified Today" (details pane and Bulk Edit, logged, undoable, refused
on a read-only file); "≈" distances to town-level points; the access facet."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl

from directory_app.directory import Directory
from directory_app.domain.models import Facility
from directory_app.qt.main_window import MainWindow
from directory_app.qt.models.facility_table import COLUMN_KEYS, DISTANCE_KEY, FacilityTableModel
from directory_app.qt.widgets.detail_pane import facility_href, facility_html, facility_id_of
from tests.fixtures.campus_seed import OTHER_SITE, PARK, PROGRAMME, SITE, TOWN, campus_facilities, write_campus_seed
from tests.qt.conftest import ScriptedPrompter


@pytest.fixture
def campus_seed(tmp_path):
    return write_campus_seed(tmp_path / "campus.csv")


@pytest.fixture
def campus_db(tmp_path, campus_seed):
    path = tmp_path / "campus.sqlite"
    Directory.open(path, seed_file=campus_seed).close()
    return path


@pytest.fixture
def prompter():
    return ScriptedPrompter()


@pytest.fixture
def window(qtbot, campus_db, campus_seed, settings, prompter, tmp_path):
    directory = Directory.open(campus_db, seed_file=campus_seed)
    directory.set_backup_folder(tmp_path / "backups")
    w = MainWindow(directory, settings=settings, prompter=prompter)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.curation.wait()
    yield w
    w.close()
    directory.close()


def details_text(window) -> str:
    return window.details.browser.toPlainText()


def test_details_show_the_campus_access_contact_page_and_both_dates(window):
    assert window.select_facility(SITE)
    text = details_text(window)
    assert "On campus" in text and "Leiden Bio Science Park" in text
    assert "Open to third parties" in text
    assert "https://necstgen.example.org/contact" in text
    assert "Source dated 2023-05; not checked yet" in text
    html = window.details.browser.toHtml()
    assert f'href="{facility_href(PARK)}"' in html
    assert 'href="https://necstgen.example.org/contact"' in html
    window.select_facility(OTHER_SITE)
    assert "In-house only" in details_text(window) and "Source date unknown; not checked yet" in details_text(window)


def test_the_campus_link_selects_the_science_park_which_lists_its_sites(window):
    window.search_bar.set_text("kind:cgt_production")  # the park is not in the result
    assert window.select_facility(SITE)
    window.details.browser.anchorClicked.emit(QUrl(facility_href(PARK)))
    assert window.table.current_facility().id == PARK
    text = details_text(window)
    assert "Sites on this campus" in text
    assert text.index("HALIX") < text.index("NecstGen")  # by name
    # and a site's link leads back to it
    window.details.browser.anchorClicked.emit(QUrl(facility_href(SITE)))
    assert window.table.current_facility().id == SITE


def test_facility_html_escapes_names_and_links_only_web_contact_pages():
    evil = '<img src=x onerror="alert(1)">'
    f = Facility(
        id="x", name=evil, kind="cgt_production", campus_id="p", contact_url="javascript:alert(1)", access="open"
    )
    page = facility_html(f, campus=("p&q", evil), sites=[("s<1>", evil)])
    assert "<img" not in page and "javascript:alert(1)</a>" not in page and 'href="javascript' not in page
    assert 'href="facility:p%26q"' in page and 'href="facility:s%3C1%3E"' in page
    assert facility_id_of(facility_href("a b/ü&<x>")) == "a b/ü&<x>"
    assert facility_id_of("https://example.org") is None
    # a campus id that names no facility is shown as text, not as a link
    assert "On campus" in facility_html(f) and 'href="facility:' not in facility_html(f)


def test_mark_as_verified_today_from_the_details_pane_is_logged_and_undoable(window, qtbot):
    assert window.select_facility(SITE)
    assert window.details.verify_button.isEnabled()
    qtbot.mouseClick(window.details.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.curation.bulk_run is not None and window.curation.bulk_run.done, timeout=30000)
    assert window.directory.facility(SITE).verified_on == date.today()
    assert window.directory.facility(OTHER_SITE).verified_on is None  # only the one shown
    log = [e for e in window.directory.change_log(SITE) if "verified_on" in e.changes]
    assert log and log[0].changes["verified_on"][1] == date.today().isoformat()
    assert "bulk-edit" in [b.reason for b in window.directory.backups()]
    assert "Mark 1 Facility as Verified" in window.undo_action.text()
    text = details_text(window)
    assert "Source dated 2023-05; checked against its source today" in text, text
    window.undo_action.trigger()
    assert window.directory.facility(SITE).verified_on is None


def test_bulk_edit_marks_the_selection_as_verified_today(window, qtbot):
    window.table.selectAll()
    ids = window.table.selected_ids()
    dialog = window.curation.bulk_edit()
    dialog.set_choice("verified_on", date.today().isoformat())
    assert dialog.value.currentData() == date.today().isoformat() and dialog.value.count() == 1
    dialog.accept()
    qtbot.waitUntil(lambda: window.curation.bulk_run.done, timeout=30000)
    assert {f.verified_on for f in window.directory.facilities(ids)} == {date.today()}
    assert f"Mark {len(ids)} Facilities as Verified" in window.undo_action.text()
    window.undo_action.trigger()
    assert {f.verified_on for f in window.directory.facilities(ids)} == {None}


def test_a_read_only_file_refuses_mark_as_verified_kindly(qtbot, campus_db, campus_seed, settings):
    with Directory.open(campus_db, read_only=True, seed_file=campus_seed) as d:
        w = MainWindow(d, settings=settings, prompter=ScriptedPrompter())
        qtbot.addWidget(w)
        assert w.select_facility(SITE)
        assert not w.details.verify_button.isEnabled()
        assert "read-only" in w.details.verify_button.toolTip()
        with qtbot.waitSignal(w.curation.message) as said:
            assert w.curation.mark_verified_today([SITE]) is None
        assert "read-only" in said.args[0]
        assert d.facility(SITE).verified_on is None
        w.close()


def test_distances_to_town_level_points_are_approximate_and_programmes_have_none(qtbot):
    model = FacilityTableModel()
    model.set_facilities(campus_facilities(), distance_from=(51.05, 3.72))
    column = COLUMN_KEYS.index(DISTANCE_KEY)
    shown = {model.id_at(r): model.index(r, column).data() for r in range(model.rowCount())}
    assert shown[TOWN].startswith("≈") and shown[TOWN].endswith("km")
    assert shown[SITE][0].isdigit()  # a campus point: no "≈"
    assert shown[PROGRAMME] == "No single site"
    row = list(shown).index(TOWN)
    assert "Town" in model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)


def test_access_facet_counts_and_filters(window):
    window.update_facets()
    items = window.facets.value_items("access")
    assert set(items) == {"open", "in_house"}
    assert items["open"].text(0) == "Open to third parties  (2)"
    window.facets.itemClicked.emit(items["in_house"], 0)
    assert window.search_bar.text() == "access:in_house"
    assert window.model.rowCount() == 1 and window.model.id_at(0) == OTHER_SITE
