"""How the search text was understood, under the search box: removable chips, corrections, relaxation."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from directory_app.qt import translations
from directory_app.qt.main_window import MainWindow
from directory_app.qt.widgets.query_chips import Chip
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, seeded_directory, settings, prompter_factory):
    w = MainWindow(seeded_directory, settings=settings, prompter=prompter_factory())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def language(qapp, tmp_path, monkeypatch):
    """Install a UI language for one test (compiled into a fresh cache); English again afterwards."""
    monkeypatch.setenv(translations.QM_CACHE_ENV, str(tmp_path / "qm"))
    yield lambda code: translations.install_language(code, qapp)
    translations.install_language("en", qapp)


@pytest.fixture
def french(language):
    assert language("fr")


def chip_texts(w):
    return [chip.label for chip, _part in w.search_bar.chips.chips]


def chip_of(w, start):
    return next(chip for chip, _part in w.search_bar.chips.chips if chip.label.startswith(start))


def test_free_text_shows_its_parts_as_chips_in_english(window):
    window.search_bar.set_text("incubateur Liège labo")
    assert chip_texts(window) == ["Kind: Incubator", "Near Liège (20 km)", "Service: Lab space"]
    assert window.search_bar.chips.isVisible()
    assert window.search_bar.text() == "incubateur Liège labo"  # the box keeps what was typed
    ids = set(window.model.ids())
    assert ids and all(window.directory.facility(i).kind == "incubator" for i in ids)


def test_chips_are_in_the_ui_language(window, french):
    window.search_bar.set_text("incubateur Liège labo")
    texts = chip_texts(window)
    assert texts[0].startswith("Type : ") and "Incubateur" in texts[0]
    assert texts[1] == "Près de Liège (20 km)"
    assert texts[2].startswith("Service : ")
    window.search_bar.set_text("incubator Wallonia lab")
    assert any(t.startswith("Région : ") and "Wallonie" in t for t in chip_texts(window))


def test_place_names_follow_the_ui_language(window, language):
    assert language("nl")
    window.search_bar.set_text("incubateur Liège labo")
    assert "Luik" in chip_texts(window)[1]


def test_removing_a_chip_reruns_without_it_and_it_stays_gone(window, qtbot):
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    sort_before = window.table.sort_state()
    window.search_bar.set_text("incubator Wallonia lab")
    with_service = set(window.model.ids())
    chip = chip_of(window, "Service:")
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Delete)
    assert chip_texts(window) == ["Kind: Incubator", "Region: Wallonia"]
    assert window.search_bar.text() == "incubator Wallonia lab"
    without = set(window.model.ids())
    assert with_service < without  # more facilities: the service part no longer filters
    assert window.result.text == "kind:incubator region:BE-WAL"  # what facets, map and exports use
    assert window.table.sort_state() == sort_before
    # a rerun of the same text (a sort, a reload) does not infer the removed part again
    window.run_search(window.search_bar.text())
    assert chip_texts(window) == ["Kind: Incubator", "Region: Wallonia"]
    assert set(window.model.ids()) == without
    # keyboard: focus moved to a remaining chip, Enter removes it too
    focused = QApplication.focusWidget()
    assert focused in [c for c, _p in window.search_bar.chips.chips]
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert len(chip_texts(window)) == 1
    # new text: everything is understood afresh
    window.search_bar.set_text("incubator Wallonia lab labo")
    assert any(t.startswith("Service:") for t in chip_texts(window))


def test_chips_have_accessible_names_and_take_the_keyboard_focus(window):
    window.search_bar.set_text("incubator Wallonia lab")
    for chip, _part in window.search_bar.chips.chips:
        assert chip.accessibleName().startswith("Remove “") and chip.label in chip.accessibleName()
        assert chip.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_typo_shows_the_correction_and_results_near_the_corrected_place(window, qtbot):
    window.search_bar.set_text("lueven")
    chips = window.search_bar.chips
    assert chips.correction_label.isVisible() and chips.correction_label.text() == "Showing results for Leuven"
    assert chips.literal_button.isVisible() and "Search instead for lueven" in chips.literal_button.text()
    assert window.model.rowCount() > 0
    assert any("Leuven" in (window.directory.facility(i).city or "") for i in window.model.ids())
    qtbot.mouseClick(chips.literal_button, Qt.MouseButton.LeftButton)
    assert window.search_bar.text() == '"lueven"'  # searched as typed, not corrected again
    assert not chips.correction_label.isVisible()


def test_did_you_mean_offers_the_word_and_searches_it(window, qtbot):
    window.search_bar.set_text("stem calls")
    chips = window.search_bar.chips
    assert chips.suggestion_button.isVisible() and chips.suggestion_button.text() == "Did you mean cells?"
    qtbot.mouseClick(chips.suggestion_button, Qt.MouseButton.LeftButton)
    assert window.search_bar.text() == "stem cells"


def test_an_impossible_combination_says_so_and_shows_the_closest_results(window):
    window.search_bar.set_text("incubator Arlon grade A")
    chips = window.search_bar.chips
    assert window.model.rowCount() > 0 and not window.empty_label.isVisible()
    line = chips.relaxed_label.text()
    assert chips.relaxed_label.isVisible()
    assert line.startswith("No exact match for “incubator Arlon grade A”; showing facilities that match kind:incubator")
    assert line.endswith("(without Near Arlon (20 km), Cleanroom: Grade A).")  # every part it left out
    struck = [chip.label for chip, _part in chips.chips if chip.font().strikeOut()]
    assert struck == ["Near Arlon (20 km)", "Cleanroom: Grade A"]


def test_the_relaxation_line_is_translated(window, french):
    window.search_bar.set_text("incubator Arlon grade A")
    line = window.search_bar.chips.relaxed_label.text()
    assert line.startswith("Aucun résultat exact pour « incubator Arlon grade A »")


def test_hostile_text_in_the_query_stays_plain_text(window):
    mark = "<b>html</b>"
    window.search_bar.set_text(f"{mark} R&D lueven Arlon grade A")
    chips = window.search_bar.chips
    assert chips.relaxed_label.isVisible() and mark in chips.relaxed_label.text()  # shown as typed
    labels = [w for w in chips.findChildren(QLabel) if w.text()]
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert chips.literal_button.isVisible() and chips.correction_label.isVisible()
    # buttons never take "&" for a keyboard mnemonic
    chip = Chip("R&D <i>x</i>", chips)
    assert chip.text() == "R&&D <i>x</i>  ×" and chip.accessibleName() == "Remove “R&D <i>x</i>” from the search"


def test_a_word_that_stands_for_a_small_query_is_shown_in_words(window):
    """Found in a screenshot: "cleanroom" showed as "cleanroom: service:cleanroom_space or grade:A or ..."."""
    window.search_bar.set_text("incubator in Nederland met cleanroom")
    texts = chip_texts(window)
    assert texts, "the query is understood"
    assert not [t for t in texts if ":" in t.split(": ", 1)[-1] or "_" in t], texts


def test_french_elides_de_before_a_vowel(window, french):
    window.search_bar.set_text("incubateur près de Anvers")
    assert "Près d’Anvers (30 km)" in chip_texts(window), chip_texts(window)


def test_facets_tick_what_was_understood_and_a_click_edits_it(window, qtbot):
    """One result for every view: the Kind filter shows Incubator ticked for "incubateur Liège labo",
    and a filter click keeps the understood parts (a removed chip does not come back)."""
    from directory_app.search.facet_edit import facet_state

    window.search_bar.set_text("incubateur Liège labo")
    window.update_facets()
    ran = window._query_that_ran(window.result)
    assert facet_state(ran, "kind", "incubator") == "include"
    chip_of(window, "Service").click()  # remove the service chip
    qtbot.waitUntil(lambda: not any(t.startswith("Service") for t in chip_texts(window)))
    window._toggle_facet("country", "BE")
    text = window.search_bar.text()
    assert "kind:incubator" in text and "country:BE" in text and "service:" not in text, text
    assert all(window.directory.facility(i).kind == "incubator" for i in window.model.ids())


def test_a_saved_search_keeps_removed_chips_removed(window, qtbot):
    window.search_bar.set_text("incubateur Liège labo")
    chip_of(window, "Service").click()
    qtbot.waitUntil(lambda: not any(t.startswith("Service") for t in chip_texts(window)))
    window.prompter = ScriptedPrompter(texts=["Liège incubators"])
    window.save_current_search()
    saved = {s.name: s.query for s in window.directory.saved_searches()}
    assert "service:" not in saved["Liège incubators"] and "kind:incubator" in saved["Liège incubators"]
