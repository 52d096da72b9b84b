"""Search benchmark: typing-to-table-updated latency, facet counts, next to the raw FTS5 floor.

``python tests/benchmarks/bench_search.py [--sizes 1000,10000,100000] [--json out.json]``

For each size, a synthetic directory is built once (cached under ``$TMPDIR/directory-app-bench``).
A "keystroke" is: ``Directory.search(text)`` + ``FacilityTableModel.set_result`` + fetching the
first page of rows the table shows. The floor is the same text's FTS5 expression run directly
on the same database (``SELECT rowid FROM facilities_fts WHERE facilities_fts MATCH ?``).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.report import arguments, report, sizes_of  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from directory_app.db.sql_compiler import compile_query  # noqa: E402
from directory_app.directory import Directory  # noqa: E402
from directory_app.search.parser import parse  # noqa: E402
from tests.benchmarks.synthetic import build_database  # noqa: E402

GENERATOR_VERSION = 7  # 7: schema with change log, trash and import tables
# What a user types, keystroke by keystroke, plus a few complete power-user queries.
TYPED = [
    "g",
    "ge",
    "gen",
    "gent",
    "c",
    "ca",
    "car",
    "car-",
    "car-t",
    "l",
    "li",
    "lie",
    "lieg",
    "liege",
    "b",
    "bi",
    "bio",
    "bio i",
    "bio inc",
    "bio incubator",
    "z",
    "zw",
    "zwi",
    "zwijn",
]
POWER = [
    "kind:incubator country:BE",
    "grade:B modality:car-t",
    "near:Leuven within:30km",
    "area:>=1000 not status:planned",
    "region:wallonia service:lab",
    "CAR-T near:Gand within:50km",
]

# What people type in words (query understanding, typo correction, places): reported on their own lines.
NATURAL = [
    "incubator Wallonia lab",
    "incubateur Liège",
    "celtherapie Nederland",
    "CAR-T Netherlands",
    "cleanroom grade B",
    "lueven",
    "bij Gent",
    "near Antwerp",
    "bureaux Louvain",
]


def cached_database(n: int) -> Path:
    """A synthetic directory of ``n`` facilities, built once per generator version."""
    folder = Path(tempfile.gettempdir()) / "directory-app-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"synthetic-{n}-v{GENERATOR_VERSION}.sqlite"
    if not path.exists():
        started = time.perf_counter()
        build_database(path, n)
        print(f"  built {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def run(sizes: list[int], repeat: int = 3) -> list[dict[str, object]]:
    from PySide6.QtWidgets import QApplication

    from directory_app.qt.models.facility_table import FacilityTableModel

    app = QApplication.instance() or QApplication([])
    results: list[dict[str, object]] = []
    for n in sizes:
        path = cached_database(n)
        directory = Directory.open(path)
        model = FacilityTableModel(fetch=directory.facilities)
        raw = sqlite3.connect(path)
        keystroke: list[float] = []
        floor: list[float] = []
        facets: list[float] = []
        for text in TYPED + POWER:
            for _ in range(repeat):
                started = time.perf_counter()
                result = directory.search(text)
                model.set_result(result)
                for row in range(min(model.rowCount(), model.PAGE_SIZE)):
                    model.facility_at(row)
                keystroke.append(time.perf_counter() - started)
            started = time.perf_counter()
            directory.facets(result)
            facets.append(time.perf_counter() - started)
            match = compile_query(parse(text)).rank_match
            if match and text in TYPED:
                for _ in range(repeat):
                    started = time.perf_counter()
                    raw.execute("SELECT rowid FROM facilities_fts WHERE facilities_fts MATCH ?", [match]).fetchall()
                    floor.append(time.perf_counter() - started)
        text_only = keystroke[: len(TYPED) * repeat]
        natural: list[float] = []
        understanding: list[float] = []
        for text in NATURAL + TYPED:
            for _ in range(repeat):
                started = time.perf_counter()
                directory.understand(text)
                understanding.append(time.perf_counter() - started)
        for text in NATURAL:
            for _ in range(repeat):
                started = time.perf_counter()
                result = directory.search(text)
                model.set_result(result)
                for row in range(min(model.rowCount(), model.PAGE_SIZE)):
                    model.facility_at(row)
                natural.append(time.perf_counter() - started)
        rows = [
            ("search.keystroke_median", statistics.median(keystroke), statistics.median(floor)),
            ("search.keystroke_p95", percentile(keystroke, 95), percentile(floor, 95)),
            ("search.typed_text_median", statistics.median(text_only), statistics.median(floor)),
            ("search.natural_median", statistics.median(natural), None),
            ("search.natural_p95", percentile(natural, 95), None),
            ("search.understanding_median", statistics.median(understanding), None),
            ("search.understanding_p95", percentile(understanding, 95), None),
            ("search.facets_median", statistics.median(facets), None),
            ("search.facets_p95", percentile(facets, 95), None),
        ]
        for name, value, reference in rows:
            results.append(
                {
                    "name": name,
                    "size": n,
                    "value": _ms(value),
                    "unit": "ms",
                    "reference": None if reference is None else _ms(reference),
                    "reference_name": None if reference is None else "raw FTS5 MATCH",
                    "ratio": None if not reference else round(value / reference, 2),
                }
            )
        raw.close()
        directory.close()
    _ = app
    return results


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, sizes="1000,10000,100000").parse_args(argv)
    return report(run(sizes_of(args), args.repeat), args.json)


if __name__ == "__main__":
    raise SystemExit(main())
