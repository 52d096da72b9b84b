"""The import wizard's duplicates page says what a merge will change before it is applied: services,
modalities and grades are a union, a value goes only when the user removes it, and the "after"
column is exactly what is written (issue 13)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from directory_app.qt.import_wizard import ImportWizard
from directory_app.qt.main_window import MainWindow
from tests.qt.conftest import ScriptedPrompter

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, seeded_directory, settings):
    w = MainWindow(seeded_directory, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _after(page, field):
    for i in range(page.compare.rowCount()):
        if page.compare.item(i, 2).data(Qt.ItemDataRole.UserRole) == field:
            return page.compare.item(i, 1).text(), page.compare.item(i, 3).text()
    raise AssertionError(field)


def test_duplicates_page_shows_the_union_and_applies_exactly_what_it_shows(qtbot, window, tmp_path):
    existing = next(
        f
        for f in window.directory.facilities()
        if f.website and len(f.services) >= 2 and not {"coaching", "greenhouse"} & set(f.services)
    )
    path = tmp_path / "dup.csv"
    path.write_text(
        "Name,Kind,Country,Website,Services\n"
        f"{existing.name},{existing.kind},{existing.country},{existing.website},Coaching; Greenhouse\n",
        encoding="utf-8",
    )
    wizard: ImportWizard = window.import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    wizard.next()
    assert wizard.currentId() == ImportWizard.DUPLICATES
    page = wizard.duplicates_page
    assert page.compare.horizontalHeaderItem(3).text() == "After a merge"
    before, after = _after(page, "services")
    assert after.startswith(before) and len(after) > len(before)  # nothing stored is lost
    codes = page.merged_values("services")
    assert codes[: len(existing.services)] == existing.services and "coaching" in codes
    page.set_removed("services", existing.services[0], True)  # the user removes a value explicitly
    assert wizard.decisions[2].choice == "merge"
    shown = page.merged_values("services")
    assert existing.services[0] not in shown and "coaching" in shown
    _, after = _after(page, "services")
    # the right-click menu of the "after" cell offers to remove each value, or to put this one back
    menu = page.value_menu("services")
    offered = [a.text() for a in menu.actions()]
    assert (
        sum(t.startswith("Remove “") for t in offered) == len(shown)
        and sum(t.startswith("Put “") for t in offered) == 1
    )
    back = next(a for a in menu.actions() if a.text().startswith("Put “"))
    back.trigger()
    assert existing.services[0] in page.merged_values("services")
    page.value_menu("services").actions()[0].trigger()  # removes the first value again
    assert page.merged_values("services") == shown
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.done, timeout=30000)
    stored = window.directory.facility(existing.id)
    assert stored.services == shown
    from directory_app.qt.import_cells import value_text

    assert value_text("services", stored.services) == after
    wizard.accept()
