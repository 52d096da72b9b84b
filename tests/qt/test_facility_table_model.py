"""The table model: Qt's model tester, roles, sorting through the proxy."""

import pytest
from PySide6.QtCore import Qt

from directory_app.qt.models.facility_table import (
    COLUMN_KEYS,
    FacilityRole,
    FacilityTableModel,
    IdRole,
    SortRole,
)
from directory_app.qt.widgets.facility_view import FacilitySortProxy
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


def test_sort_by_area_is_numeric_with_empty_last_when_descending():
    model = FacilityTableModel()
    model.set_facilities(make_facilities(20))
    proxy = FacilitySortProxy()
    proxy.setSourceModel(model)
    col = COLUMN_KEYS.index("area_m2")
    proxy.sort(col, Qt.SortOrder.DescendingOrder)
    values = [proxy.data(proxy.index(r, col), SortRole) for r in range(proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    assert values[0] == 9500


def test_sort_by_verified_date():
    model = FacilityTableModel()
    items = make_facilities(12)
    model.set_facilities(list(reversed(items)))
    proxy = FacilitySortProxy()
    proxy.setSourceModel(model)
    proxy.sort(COLUMN_KEYS.index("verified_on"), Qt.SortOrder.AscendingOrder)
    ids = [proxy.data(proxy.index(r, 0), IdRole) for r in range(proxy.rowCount())]
    assert ids == [f.id for f in items]
