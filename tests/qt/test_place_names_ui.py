"""City names in the UI language: list, details, map popups and exports (Gent / Gand / Ghent)."""

from __future__ import annotations

import csv

import pytest

from directory_app.qt import translations
from directory_app.qt.main_window import MainWindow
from directory_app.qt.models.facility_table import COLUMN_KEYS
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui

GHENT = "vib-bio-incubator-ghent-eiland-zwijnaarde-tech-lane-ghent"


@pytest.fixture
def language(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv(translations.QM_CACHE_ENV, str(tmp_path / "qm"))
    yield lambda code: translations.install_language(code, qapp)
    translations.install_language("en", qapp)


@pytest.fixture
def make_window(qtbot, seeded_directory, settings):
    windows = []

    def make() -> MainWindow:
        w = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()


def _city_shown(window: MainWindow, facility_id: str) -> str:
    row = window.model.row_of(facility_id, search_pages=10)
    assert row is not None
    return window.model.data(window.model.index(row, COLUMN_KEYS.index("city")))


@pytest.mark.parametrize("code, city", [("en", "Ghent"), ("nl", "Gent"), ("fr", "Gand")])
def test_list_details_and_map_popup_name_the_city_in_the_ui_language(language, make_window, code, city):
    assert language(code) or code == "en"  # English is the source: no translation to install
    window = make_window()
    assert _city_shown(window, GHENT) == city
    window.select_facility(GHENT)
    lines = window.details.browser.toPlainText().splitlines()
    # the address line ends with the city in the UI language (after the street or campus)
    assert any(line.endswith((f", {city}", f" {city}")) or line == city for line in lines)  # ", 9052 Ghent"
    assert not any(line.endswith((", Ghent", ", Gent", ", Gand")) for line in lines if not line.endswith(city))
    assert window.map._detail(GHENT)["city"] == city


@pytest.mark.parametrize("query", ["Gent", "Gand", "Ghent"])
def test_search_still_finds_the_city_by_any_of_its_names(make_window, query):
    window = make_window()
    window.search_bar.set_text(query)
    assert window.model.row_of(GHENT, search_pages=10) is not None


def test_an_export_in_the_recipients_language_names_cities_in_it(qtbot, make_window, tmp_path):
    window = make_window()  # English UI, French recipient
    dialog = window.export_dialog()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
    window.prompter.files.append(str(tmp_path / "out.csv"))
    run = window.run_export(dialog)
    qtbot.waitUntil(lambda: run.done, timeout=30000)
    assert run.error is None
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=dialog.delimiter()))
    city = rows[0].index("Localité")
    cities = {row[0]: row[city] for row in rows[1:]}
    assert cities[GHENT] == "Gand" and "Ghent" not in cities.values() and "Bruxelles" in cities.values()
    assert window.directory.facility(GHENT).city == "Ghent"  # the data itself is unchanged
