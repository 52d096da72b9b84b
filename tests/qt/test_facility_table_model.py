"""The table model: Qt's model tester, roles, lazy pages."""

import pytest
from PySide6.QtCore import QModelIndex, Qt

from directory_app.qt.models.facility_table import (
    COLUMN_KEYS,
    FacilityRole,
    FacilityTableModel,
    IdRole,
    ListSource,
    SortRole,
)
from directory_app.qt.widgets.facility_view import FacilityView
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


def test_roles_the_delegate_asks_for_while_painting():
    """Font, colours, decoration and check state are the view's own; alignment is per column."""
    model = FacilityTableModel()
    model.set_facilities(make_facilities(3))
    name = model.index(1, COLUMN_KEYS.index("name"))
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.EditRole,
    ):
        assert model.data(name, role) is None
    assert model.data(name, Qt.ItemDataRole.TextAlignmentRole) is None
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(1, COLUMN_KEYS.index("area_m2")), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(7, 0)) is None and model.data(QModelIndex(), IdRole) is None
    flags = model.flags(name)
    assert flags & Qt.ItemFlag.ItemIsDragEnabled and flags & Qt.ItemFlag.ItemIsSelectable
    assert flags == model.flags(model.index(2, 3))
    assert not model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDragEnabled


def test_scrolling_the_view_top_to_bottom_fetches_each_page_once(qtbot):
    """Page by page through the real list view: every row page is fetched once, in order."""
    items = make_facilities(1500)
    by_id = {f.id: f for f in items}
    position = {f.id: i for i, f in enumerate(items)}
    fetched_pages: list[int] = []

    def fetch(ids):
        fetched_pages.append(position[ids[0]] // FacilityTableModel.PAGE_SIZE)
        return [by_id[i] for i in ids]

    view = FacilityView(FacilityTableModel())
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_result(ListSource([f.id for f in items]), fetch)
    with qtbot.waitExposed(view):
        view.show()
    bar = view.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(min(bar.value() + bar.pageStep(), bar.maximum()))
        view.viewport().repaint()
    assert view.rowAt(view.viewport().height() - 2) == 1499
    pages = -(-1500 // FacilityTableModel.PAGE_SIZE)
    assert fetched_pages == list(range(pages))


class CountingSource(ListSource):
    """A list of ids that records every page read from it."""

    def __init__(self, ids):
        super().__init__(ids)
        self.reads: list[tuple[int, int]] = []

    def page(self, offset, limit):
        self.reads.append((offset, limit))
        return super().page(offset, limit)


def test_ids_are_read_in_growing_then_aligned_blocks():
    """Top pages one by one (a new search has them), deeper ones 16 pages per read."""
    ids = [f"fac-{i:05d}" for i in range(5000)]
    source = CountingSource(ids)
    model = FacilityTableModel()
    model.set_result(source, lambda wanted: [])
    size = FacilityTableModel.PAGE_SIZE
    assert model.id_at(0) == "fac-00000" and source.reads == [(0, size)]
    assert [model.id_at(r) for r in range(5000)] == ids
    blocks = [(0, 1), (1, 2), (2, 4), (4, 8), (8, 16), (16, 32), (32, 48), (48, 64), (64, 80)]
    assert source.reads == [(first * size, (end - first) * size) for first, end in blocks]
    jumped = CountingSource(ids)
    model.set_result(jumped, lambda wanted: [])
    assert model.id_at(4999) == "fac-04999" and model.id_at(3000) == "fac-03000"
    assert jumped.reads == [(64 * size, 16 * size), (32 * size, 16 * size)]
    assert model.id_at(64 * size) == "fac-04096" and len(jumped.reads) == 2  # already read
    assert model.row_of("fac-04100") == 4100


def test_the_pages_next_to_the_one_shown_are_read_when_idle(qtbot):
    items = {f.id: f for f in make_facilities(1000)}
    asked: list[str] = []

    def fetch(ids):
        asked.append(ids[0])
        return [items[i] for i in ids]

    model = FacilityTableModel()
    model.set_result(ListSource(list(items)), fetch)
    size = FacilityTableModel.PAGE_SIZE
    model.data(model.index(5 * size + 3, 0))
    assert asked == [f"fac-{5 * size:04d}"]  # only the page asked for, at once
    qtbot.waitUntil(lambda: len(asked) == 3, timeout=2000)  # then, when idle, its neighbours
    assert sorted(asked[1:]) == [f"fac-{4 * size:04d}", f"fac-{6 * size:04d}"]
    model.data(model.index(6 * size + 1, 0))
    model.data(model.index(4 * size + 1, 0))
    assert len(asked) == 3  # both already in memory
    qtbot.waitUntil(lambda: len(asked) == 4, timeout=2000)  # 4 was reached last: 3 is read next
    assert asked[3] == f"fac-{3 * size:04d}"


def test_a_new_result_cancels_the_reading_ahead_and_a_failing_read_is_left_for_later(qtbot):
    items = {f.id: f for f in make_facilities(300)}
    calls: list[int] = []

    def failing(ids):
        calls.append(len(ids))
        if len(calls) > 1:
            raise RuntimeError("the file was closed")
        return [items[i] for i in ids]

    model = FacilityTableModel()
    model.set_result(ListSource(list(items)), failing)
    model.data(model.index(70, 0))
    qtbot.wait(50)  # the read ahead fails quietly
    assert len(calls) == 2 and model.data(model.index(70, 0)) == items["fac-0070"].name
    model.set_result(ListSource(list(items)), lambda ids: calls.append(-1) or [items[i] for i in ids])
    qtbot.wait(50)
    assert -1 not in calls  # nothing read for a result nobody looked at yet
