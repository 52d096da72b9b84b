"""Search in the main window: box, facets, errors, saved searches, distance column, help."""

import pytest
from PySide6.QtCore import Qt

from directory_app.domain.query import FIELDS
from directory_app.qt.help_text import FIELD_HELP
from directory_app.qt.main_window import MainWindow
from directory_app.qt.models.facility_table import COLUMN_KEYS, DISTANCE_KEY
from tests.fixtures.shipped_seed import shipped, shipped_by, shipped_count

INCUBATORS = shipped_by("kind")["incubator"]
ACCELERATORS = shipped_by("kind")["accelerator"]

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, seeded_directory, settings, prompter_factory):
    w = MainWindow(seeded_directory, settings=settings, prompter=prompter_factory(texts=["My search"]))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def shown_ids(w):
    return w.model.ids()


def test_typing_filters_the_table_and_the_facets(window, qtbot):
    expected = window.directory.search("Liège").count  # Luik is Liège
    assert 0 < expected < shipped_count()
    qtbot.keyClicks(window.search_bar.edit, "Luik")
    qtbot.waitUntil(lambda: window.model.rowCount() == expected, timeout=3000)
    assert window.count_label.text() == f"{expected} of {shipped_count()} facilities"
    window.update_facets()  # normally a moment later, by timer
    kinds = window.facets.value_items("kind")
    assert sum(int(item.text(0).rsplit("(", 1)[1].rstrip(")")) for item in kinds.values()) == expected
    assert set(shown_ids(window)) == set(window.result.ids)


def test_a_bad_query_shows_a_message_and_keeps_the_result(window, qtbot):
    window.search_bar.set_text("kind:incubator")
    assert window.model.rowCount() == INCUBATORS
    window.search_bar.set_text("kind:")
    assert window.search_bar.error_label.isVisible()
    assert "needs a value" in window.search_bar.error_label.text()
    assert window.model.rowCount() == INCUBATORS
    window.search_bar.set_text("kind:accelerator")
    assert not window.search_bar.error_label.isVisible()
    assert window.model.rowCount() == ACCELERATORS


def test_an_unknown_field_value_shows_the_valid_values_inline(window, qtbot):
    window.search_bar.set_text("kind:incubator")
    window.search_bar.set_text("kind:incubatr")
    assert window.search_bar.error_label.isVisible()
    text = window.search_bar.error_label.text()
    assert "Did you mean incubator?" in text and "cgt_production" in text
    assert window.model.rowCount() == INCUBATORS  # the previous result stays


def test_facet_clicks_write_the_query_text(window, qtbot):
    qtbot.waitUntil(lambda: bool(window.facets.value_items("kind")), timeout=3000)  # counts come by timer
    items = window.facets.value_items("kind")
    window.facets.itemClicked.emit(items["incubator"], 0)
    assert window.search_bar.text() == "kind:incubator"
    assert window.model.rowCount() == INCUBATORS
    window.update_facets()
    window.facets.itemClicked.emit(window.facets.value_items("kind")["incubator"], 0)
    assert window.search_bar.text() == "not kind:incubator"
    assert window.model.rowCount() == shipped_count() - INCUBATORS
    window.update_facets()
    window.facets.itemClicked.emit(window.facets.value_items("kind")["incubator"], 0)
    assert window.search_bar.text() == "" and window.model.rowCount() == shipped_count()


def test_near_search_shows_and_sorts_by_distance(window):
    window.search_bar.set_text("near:Louvain within:40km")
    column = COLUMN_KEYS.index(DISTANCE_KEY)
    assert not window.table.isColumnHidden(column)
    distances = [window.model.index(r, column).data() for r in range(window.model.rowCount())]
    numbers = [float(d.removeprefix("≈\u202f").split()[0]) for d in distances]
    assert numbers == sorted(numbers) and numbers[-1] <= 40
    # sites the shipped seed places only at their municipality's centre are "≈"
    assert any(d.startswith("≈") for d in distances)
    window.search_bar.set_text("")
    assert window.table.isColumnHidden(column)


def test_empty_result_says_what_to_do(window):
    window.search_bar.set_text("kind:incubator grade:A")
    assert window.model.rowCount() == 0
    assert window.empty_label.isVisible() and "Remove a filter" in window.empty_label.text()
    assert "radius" not in window.empty_label.text()
    window.search_bar.set_text("kind:incubator near:Gosselies within:1km grade:A")
    assert window.model.rowCount() == 0 and "wider than the current radius" in window.empty_label.text()


def test_escape_clears_the_search(window, qtbot):
    window.search_bar.set_text("gent")
    window.search_bar.edit.setFocus()
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Escape)
    assert window.search_bar.text() == "" and window.model.rowCount() == shipped_count()


def test_save_run_rename_delete_undo_saved_search(window, seeded_directory, prompter_factory):
    window.search_bar.set_text("grade:B")
    window.save_current_search()
    assert [s.name for s in seeded_directory.saved_searches()] == ["My search"]
    grade_b = sum(1 for f in shipped() if "B" in f.cleanroom_grades)
    assert grade_b > 0 and window.saved.item(0).text() == f"My search  ({grade_b})"
    window.search_bar.set_text("")
    window.saved.itemClicked.emit(window.saved.item(0))
    assert window.search_bar.text() == "grade:B" and window.model.rowCount() == grade_b
    saved = seeded_directory.saved_searches()[0]
    window.prompter = prompter_factory(texts=["Grade B"])
    window.rename_saved_search(saved)
    assert seeded_directory.saved_searches()[0].name == "Grade B"
    window.delete_saved_search(seeded_directory.saved_searches()[0])
    assert seeded_directory.saved_searches() == []
    window.undo_action.trigger()
    assert [s.name for s in seeded_directory.saved_searches()] == ["Grade B"]


def test_selection_survives_a_narrower_search(window):
    window.table.select_facility("pivot-park")
    window.search_bar.set_text("oss")
    assert window.table.current_facility().id == "pivot-park"


def test_every_query_field_is_documented_in_help():
    documented = {field for field, _, _ in FIELD_HELP}
    assert set(FIELDS) <= documented


def test_down_arrow_moves_from_the_search_box_to_the_list(window, qtbot):
    window.search_bar.focus()
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Down)
    assert window.table.hasFocus()


def test_list_columns_are_not_sortable_and_a_saved_one_is_ignored(window, qtbot, seeded_directory, settings):
    services = COLUMN_KEYS.index("services")
    window.table.horizontalHeader().sectionClicked.emit(services)
    assert window.table.sort_state() == (None, False)
    settings.setValue("state/columns", '{"columns": [], "sort": "services", "descending": false}')
    other = MainWindow(seeded_directory, settings=settings)
    qtbot.addWidget(other)
    assert other.table.sort_state() == (None, False) and other.model.rowCount() == shipped_count()
    other.close()


def test_facet_click_never_discards_unparsable_text(window):
    window.search_bar.set_text("cell kind:incubator (gent or")
    window.update_facets()
    window.facets.itemClicked.emit(window.facets.value_items("country")["BE"], 0)
    assert window.search_bar.text() == "cell kind:incubator (gent or"
    assert "Fix the search text" in window.search_bar.error_label.text()


def test_switching_file_when_the_search_does_not_apply(window, tmp_path, seed_file, prompter_factory):
    window.search_bar.set_text("near:pivot-park within:200km")
    assert window.model.rowCount() > 0
    from tests.benchmarks.synthetic import build_database

    other = build_database(tmp_path / "other.sqlite", 40)  # user-made data: never replaced by the seed
    window.prompter = prompter_factory(files=[str(other)])
    window.open_other_database()
    assert window.directory.path == other
    assert window.search_bar.text() == ""
    assert window.model.rowCount() == window.directory.count()
    assert window.model.facility_at(0).name
