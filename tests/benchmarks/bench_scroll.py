"""Scroll benchmark: the facility list scrolled from top to bottom, next to an in-memory model.

``python tests/benchmarks/bench_scroll.py [--sizes 1000,10000,100000] [--repeat N] [--json out.json]``

For each size, on the synthetic directories of ``bench_search`` (cached under ``$TMPDIR/directory-app-bench``):

* the app's list: the real ``FacilityView`` over the real lazy ``FacilityTableModel``, given the
  result of ``Directory.search("")`` (the whole directory, the app's own order) and
  ``Directory.facilities`` to fetch rows, as ``MainWindow.run_search`` does; row 0 selected;
* the reference: the same ``FacilityView`` (same column widths, hidden columns, row height) over
  a plain ``QAbstractTableModel`` that returns precomputed display strings from a list (the same
  texts, all rows loaded before the measurement);
* the floor (step rows only): the same view over a ``QStandardItemModel`` of the same texts, a
  model in C++ that Python never runs for: Qt's own painting cost on this machine.

The view is shown at 1280x800 (``QT_QPA_PLATFORM=offscreen``). A *step* is ``verticalScrollBar()
.setValue(value + pageStep)`` followed by a synchronous ``viewport().repaint()`` (data fetched and
every visible cell painted), timed together; queued events are processed between steps, untimed.
The walk covers the whole range from the top to the last page in page steps (every page, at every
size). A *jump* is ``scrollToBottom()`` or ``scrollTo`` the middle row, then the repaint, on a
fresh result (nothing cached): the median of ``--repeat`` fresh results. Each model runs in its
own child process, so that its peak resident memory (``ru_maxrss``) is its own: for the app's
list that includes the open directory, for the reference the precomputed strings.

Rows: ``scroll.step_median`` / ``step_p95`` / ``step_max`` (ms), ``scroll.steps``,
``scroll.frames_over_16ms`` / ``frames_over_50ms`` (steps slower than one 60 Hz / 20 Hz frame),
``scroll.jump_bottom`` / ``jump_middle`` (ms) and ``scroll.peak_rss`` (MB), each next to the
in-memory model's figure; ``ratio`` is value / reference. The step rows are repeated with the
C++ floor as their reference.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.report import arguments, report, sizes_of  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.bench_search import _ms, cached_database, percentile  # noqa: E402

WIDTH, HEIGHT = 1280, 800
REFERENCE_NAME = "in-memory model"
FLOOR_NAME = "QStandardItemModel (C++)"
MODELS = ("lazy", "memory", "standard")


# -- the two models in one view ---------------------------------------------------------------------


def plain_model_class() -> type:
    """A minimal table model over precomputed strings (defined late: Qt is imported in the child only)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    from directory_app.qt.i18n import tr
    from directory_app.qt.models.facility_table import COLUMNS

    class PlainModel(QAbstractTableModel):
        """Rows of display strings held in a list; no other role."""

        def __init__(self, rows: list[tuple[str, ...]]) -> None:
            super().__init__()
            self._rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self._rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(COLUMNS)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._rows[index.row()][index.column()]
            return None

        def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
            if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
                return tr("columns", COLUMNS[section].header)
            return None

    return PlainModel


def display_rows(directory, result) -> list[tuple[str, ...]]:
    """Every row's display strings, in the result's order (what the reference model holds)."""
    from directory_app.qt.models.facility_table import COLUMNS

    ids = result.ids
    rows: list[tuple[str, ...]] = []
    for start in range(0, len(ids), 2000):
        for facility in directory.facilities(ids[start : start + 2000]):
            rows.append(tuple(column.display(facility) for column in COLUMNS))
    return rows


def standard_model(rows: list[tuple[str, ...]]):
    """A ``QStandardItemModel`` holding ``rows`` (every cell a C++ item)."""
    from PySide6.QtGui import QStandardItemModel

    from directory_app.qt.models.facility_table import COLUMNS

    model = QStandardItemModel(len(rows), len(COLUMNS))
    model.setHorizontalHeaderLabels([c.header for c in COLUMNS])
    # setData, not setItem: with PySide6 6.12 each setItem call releases one reference to None too many
    index, set_data = model.index, model.setData
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_data(index(r, c), text)
    return model


class Scene:
    """A shown ``FacilityView`` and a way to give it a fresh result of the model under test."""

    def __init__(self, which: str, path: Path) -> None:
        from directory_app.directory import Directory
        from directory_app.qt.models.facility_table import FacilityTableModel
        from directory_app.qt.widgets.facility_view import FacilityView

        self.which = which
        self.directory = Directory.open(path, read_only=True, daily_backup=False)
        self.view = FacilityView(FacilityTableModel())
        self.view.resize(WIDTH, HEIGHT)
        self._rows: list[tuple[str, ...]] | None = None
        if which != "lazy":
            self._rows = display_rows(self.directory, self.directory.search(""))
            self._layout = self.view.layout_state()
            self._plain = plain_model_class() if which == "memory" else standard_model
        self.view.show()
        wait_until(lambda: self.view.windowHandle() is not None and self.view.windowHandle().isExposed())
        self.fresh()

    def fresh(self) -> None:
        """Show a fresh result (no page cached) at the top, row 0 selected, painted."""
        if self.which == "lazy":
            directory = self.directory
            self.view.set_result(directory.search(""), lambda ids: directory.facilities(ids))
        else:
            assert self._rows is not None
            old = self.view.model()
            self.view.setModel(self._plain(self._rows))
            self.view.restore_layout_state(self._layout)  # the app view's widths and hidden columns
            if old is not self.view.source_model:
                old.deleteLater()
        self.view.selectRow(0)
        self.view.scrollToTop()
        settle()
        self.view.viewport().repaint()

    @property
    def rows(self) -> int:
        return self.view.model().rowCount()

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        settle()
        self.directory.close()


# -- event loop -------------------------------------------------------------------------------------

_LOOP: list[Any] = []


def settle() -> None:
    """Process queued events (through a ``QEventLoop``: the static call crashes PySide6 6.12 in loops)."""
    from PySide6.QtCore import QEventLoop

    if not _LOOP:
        _LOOP.append(QEventLoop())
    _LOOP[0].processEvents()


def wait_until(predicate: Callable[[], object], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the view was never shown")
        settle()
        time.sleep(0.001)


# -- measurements -------------------------------------------------------------------------------------


def timed_paint(view, move: Callable[[], None]) -> float:
    """Seconds for ``move()`` plus a synchronous repaint of the viewport."""
    started = time.perf_counter()
    move()
    view.viewport().repaint()
    return time.perf_counter() - started


def scroll_walk(scene: Scene) -> list[float]:
    """Seconds of every page step from the top to the bottom."""
    view = scene.view
    bar = view.verticalScrollBar()
    steps: list[float] = []
    bar.setValue(bar.minimum())
    settle()
    while bar.value() < bar.maximum():
        target = min(bar.value() + bar.pageStep(), bar.maximum())
        steps.append(timed_paint(view, lambda target=target: bar.setValue(target)))
        settle()
    return steps


def jumps(scene: Scene, repeat: int) -> tuple[float, float]:
    """Median seconds of a jump to the last row and of one to the middle row, each on a fresh result."""
    from PySide6.QtWidgets import QAbstractItemView

    view = scene.view
    centre = QAbstractItemView.ScrollHint.PositionAtCenter
    bottom: list[float] = []
    middle: list[float] = []
    for _ in range(repeat):
        scene.fresh()
        bottom.append(timed_paint(view, view.scrollToBottom))
        scene.fresh()
        index = view.model().index(scene.rows // 2, 0)
        middle.append(timed_paint(view, lambda index=index: view.scrollTo(index, centre)))
    return statistics.median(bottom), statistics.median(middle)


def measure(which: str, n: int, repeat: int) -> dict[str, object]:
    """One model at one size, in this process: step times, jumps, peak memory."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    scene = Scene(which, cached_database(n))
    rows = scene.rows
    bottom, middle = jumps(scene, repeat)
    scene.fresh()
    steps = scroll_walk(scene)
    last_row = scene.view.rowAt(scene.view.viewport().height() - 2)
    scene.close()
    _ = app
    return {
        "model": which,
        "size": n,
        "rows": rows,
        "last_row_shown": last_row,
        "steps": steps,
        "jump_bottom": bottom,
        "jump_middle": middle,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child(which: str, n: int, repeat: int) -> dict[str, object]:
    """:func:`measure` in a fresh process (its own peak memory)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [sys.executable, str(Path(__file__).resolve()), "--child", which, "--sizes", str(n)]
    done = subprocess.run(
        [*command, "--repeat", str(repeat)], env=env, capture_output=True, text=True, timeout=3600, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"scroll benchmark child ({which}, {n}) failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the run --------------------------------------------------------------------------------------------


def _row(
    name: str, n: int, value: float, reference: float, unit: str, reference_name: str = REFERENCE_NAME
) -> dict[str, object]:
    return {
        "name": name,
        "size": n,
        "value": value,
        "unit": unit,
        "reference": reference,
        "reference_name": reference_name,
        "ratio": round(value / reference, 2) if reference else None,
    }


def summarise(n: int, lazy: dict[str, Any], memory: dict[str, Any], floor: dict[str, Any]) -> list[dict[str, object]]:
    """The runner's rows for one size."""

    def stats(steps: Sequence[float]) -> dict[str, float]:
        return {
            "median": _ms(statistics.median(steps)),
            "p95": _ms(percentile(list(steps), 95)),
            "max": _ms(max(steps)),
            "over16": sum(s > 0.016 for s in steps),
            "over50": sum(s > 0.050 for s in steps),
        }

    a, b, c = stats(lazy["steps"]), stats(memory["steps"]), stats(floor["steps"])
    floor_rows = [
        _row(f"scroll.step_{key}", n, a[key], c[key], "ms", FLOOR_NAME) for key in ("median", "p95", "max")
    ] + [
        _row("scroll.frames_over_16ms", n, a["over16"], c["over16"], "", FLOOR_NAME),
        _row("scroll.frames_over_50ms", n, a["over50"], c["over50"], "", FLOOR_NAME),
    ]
    return [
        _row("scroll.step_median", n, a["median"], b["median"], "ms"),
        _row("scroll.step_p95", n, a["p95"], b["p95"], "ms"),
        _row("scroll.step_max", n, a["max"], b["max"], "ms"),
        _row("scroll.steps", n, len(lazy["steps"]), len(memory["steps"]), ""),
        _row("scroll.frames_over_16ms", n, a["over16"], b["over16"], ""),
        _row("scroll.frames_over_50ms", n, a["over50"], b["over50"], ""),
        _row("scroll.jump_bottom", n, _ms(lazy["jump_bottom"]), _ms(memory["jump_bottom"]), "ms"),
        _row("scroll.jump_middle", n, _ms(lazy["jump_middle"]), _ms(memory["jump_middle"]), "ms"),
        _row("scroll.peak_rss", n, round(lazy["peak_rss_mb"], 1), round(memory["peak_rss_mb"], 1), "MB"),
        *floor_rows,
    ]


def run(sizes: list[int], repeat: int = 3) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    for n in sizes:
        cached_database(n)  # built here once, not by both children
        measured = {which: child(which, n, repeat) for which in MODELS}
        lazy, memory, floor = measured["lazy"], measured["memory"], measured["standard"]
        for m in (lazy, memory, floor):
            if m["rows"] != n or m["last_row_shown"] != n - 1:
                raise RuntimeError(f"{m['model']} at {n}: {m['rows']} rows, last row shown {m['last_row_shown']}")
        results += summarise(n, lazy, memory, floor)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, sizes="1000,10000,100000")
    parser.add_argument("--child", choices=MODELS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, sizes_of(args)[0], args.repeat)))
        return 0
    return report(run(sizes_of(args), args.repeat), args.json)


if __name__ == "__main__":
    raise SystemExit(main())
