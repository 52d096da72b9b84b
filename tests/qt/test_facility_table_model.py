"""The table model: Qt's model tester, roles, lazy pages."""

import pytest
from PySide6.QtCore import Qt

from directory_app.qt.models.facility_table import (
    COLUMN_KEYS,
    FacilityRole,
    FacilityTableModel,
    IdRole,
    ListSource,
    SortRole,
)
from tests.fixtures.small_seed import make_facilities

pytestmark = pytest.mark.gui


def test_model_passes_qt_model_tester(qtmodeltester):
    model = FacilityTableModel()
    model.set_facilities(make_facilities(25))
    qtmodeltester.check(model, force_py=True)
    model.set_facilities(make_facilities(5, seed=7))
    qtmodeltester.check(model, force_py=True)


def test_roles():
    model = FacilityTableModel()
    items = make_facilities(4)
    model.set_facilities(items)
    name_col = COLUMN_KEYS.index("name")
    index = model.index(2, name_col)
    assert model.data(index) == items[2].name
    assert model.data(index, FacilityRole) == items[2]
    assert model.data(index, IdRole) == items[2].id
    assert model.headerData(name_col, Qt.Orientation.Horizontal) == "Name"
    kind = model.data(model.index(2, COLUMN_KEYS.index("kind")))
    assert kind == "CGT production site"
    assert model.row_of(items[3].id) == 3 and model.row_of("nope") is None


def test_rows_are_fetched_lazily_by_page():
    items = {f.id: f for f in make_facilities(1000)}
    asked: list[int] = []

    def fetch(ids):
        asked.append(len(ids))
        return [items[i] for i in ids]

    model = FacilityTableModel()
    model.set_result(ListSource(list(items)), fetch)
    assert model.rowCount() == 1000 and asked == []
    assert model.data(model.index(450, 0)) == items["fac-0450"].name
    assert asked == [FacilityTableModel.PAGE_SIZE]
    model.data(model.index(451, 0))
    assert len(asked) == 1  # same page, no new fetch
    assert model.data(model.index(999, 0), IdRole) == "fac-0999" and len(asked) == 1  # ids need no fetch


def test_page_cache_is_bounded():
    items = {f.id: f for f in make_facilities(3000)}
    model = FacilityTableModel()
    model.PAGE_SIZE = 10
    model.set_result(ListSource(list(items)), lambda ids: [items[i] for i in ids])
    for row in range(0, 3000, 10):
        model.facility_at(row)
    assert len(model._pages) <= model.MAX_PAGES


def test_sort_role_values_are_native():
    model = FacilityTableModel()
    items = make_facilities(20)
    model.set_facilities(items)
    col = COLUMN_KEYS.index("area_m2")
    values = [model.data(model.index(r, col), SortRole) for r in range(20)]
    assert all(isinstance(v, int) for v in values)
