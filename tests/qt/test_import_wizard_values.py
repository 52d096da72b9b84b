"""The import wizard shows an unknown kind as a rejected value with the valid kinds, in the UI
language, and lets the user say which kind it is; then every row of the Belgian spreadsheet imports
(issue 17, item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from directory_app.qt import translations
from directory_app.qt.import_wizard import ImportWizard
from directory_app.qt.main_window import MainWindow
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui

SHEET = Path(__file__).resolve().parents[1] / "importers" / "data" / "belgische_faciliteiten.csv"


def _wizard(qtbot, directory, settings) -> ImportWizard:
    window = MainWindow(directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(window)
    wizard: ImportWizard = window.import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(SHEET)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    return wizard


def _texts(wizard: ImportWizard) -> set[str]:
    table = wizard.problems_page.table
    return {table.item(i, 2).text() for i in range(table.rowCount())}


def test_an_unknown_kind_is_mapped_and_every_row_imports(qtbot, directory, settings):
    before = directory.count()
    wizard = _wizard(qtbot, directory, settings)
    page = wizard.problems_page
    assert wizard.plan.rejected == [20]
    expected = "not a known kind (Incubatorr); valid kinds: Incubator, Accelerator"
    assert any(t.startswith(expected) for t in _texts(wizard))
    combo = page.value_combos[("kind", "Incubatorr")]
    assert page.values.isVisibleTo(page) and combo.currentData() == ""
    page.map_value(("kind", "Incubatorr"), "incubator")
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    assert wizard.plan.rejected == [] and wizard.plan.added == 20
    assert page.value_combos[("kind", "Incubatorr")].currentData() == "incubator"  # the choice stays shown
    assert page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=30000)
    assert directory.count() == before + 20
    gent = next(f for f in directory.facilities() if f.name == "Gent Bio Incubatorr")
    assert gent.kind == "incubator"


@pytest.fixture
def dutch(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv(translations.QM_CACHE_ENV, str(tmp_path / "qm"))
    assert translations.install_language("nl", qapp)
    yield
    translations.install_language("en", qapp)


def test_the_rejected_kind_is_shown_in_dutch_with_dutch_kind_names(dutch, qtbot, directory, settings):
    wizard = _wizard(qtbot, directory, settings)
    (text,) = [t for t in _texts(wizard) if "Incubatorr" in t]
    expected = "geen bekende soort (Incubatorr); geldige soorten: Incubator, Accelerator, CGT-productiesite"
    assert text.startswith(expected)
