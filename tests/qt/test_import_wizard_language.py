"""The import wizard speaks the UI language all the way down (issue 14, item 9): the problems the
importer finds (English below Qt) are shown translated, and counts use plural forms."""

from __future__ import annotations

import pytest

from directory_app.importers.row_reading import PROBLEM_TEXTS
from directory_app.qt import translations
from directory_app.qt.import_cells import PROBLEM_MESSAGES, problem_text
from directory_app.qt.import_wizard import ImportWizard
from directory_app.qt.main_window import MainWindow
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui


@pytest.fixture
def french(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv(translations.QM_CACHE_ENV, str(tmp_path / "qm"))
    assert translations.install_language("fr", qapp)
    yield
    translations.install_language("en", qapp)


def _problems(qtbot, seeded_directory, settings, tmp_path):
    path = tmp_path / "fichier.csv"
    path.write_text(
        "Nom;Type;Ville;Code postal;Pays;Services\n"
        "Nouvelle Cellule;Incubateur;Liège;4000;Belgique;Cryogénie artisanale\n"
        "Ailleurs;Incubateur;Paris;75001;France;\n",
        encoding="utf-8-sig",
    )
    window = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(window)
    wizard: ImportWizard = window.import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    page = wizard.problems_page
    texts = {page.table.item(i, 2).text() for i in range(page.table.rowCount())}
    return wizard, page.summary.text(), texts


def test_problems_and_counts_in_french(french, qtbot, seeded_directory, settings, tmp_path):
    _wizard, summary, texts = _problems(qtbot, seeded_directory, settings, tmp_path)
    assert "pas un pays du Benelux (France)" in texts
    assert "(avertissement) nouveau terme (Cryogénie artisanale), conservé pour vérification" in texts
    assert not any("not a" in t or "kept for review" in t for t in texts)
    assert "1 nouveau terme sera conservé pour vérification." in summary
    assert "nouveaux termes" not in summary and "1 rejetée" in summary


def test_counts_in_english(qtbot, seeded_directory, settings, tmp_path):
    _wizard, summary, texts = _problems(qtbot, seeded_directory, settings, tmp_path)
    assert "not a Benelux country (France)" in texts
    assert "1 new term will be kept for review." in summary
    assert summary.startswith("2 rows read: 1 new, 0 matching a facility already in the directory, 1 rejected.")


def test_every_importer_problem_can_be_translated():
    """A new problem text below Qt must be added to the wizard's catalogue (and so to the .ts files)."""
    assert set(PROBLEM_TEXTS) <= set(PROBLEM_MESSAGES)


def test_a_text_outside_the_catalogue_is_shown_as_is():
    from directory_app.importers.row_reading import RowProblem

    assert problem_text(RowProblem(2, "x", "something new")) == "something new"
