"""Export benchmark: 10,000 facilities to CSV and XLSX next to a plain dump of the same rows; a PDF handout.

``python tests/benchmarks/bench_export.py [--sizes 10000] [--repeat 3] [--json out.json]``

The floors dump the same rows as they are in the facility objects (no labels, no formula
neutralising): a plain ``csv.writer``, and an openpyxl write-only workbook (no styles, widths,
filters or links). The PDF is a 25-facility handout with
its map picture, as File › Export writes it.
"""

from __future__ import annotations

import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from directory_app.exporters import ExportSpec, export  # noqa: E402
from directory_app.handout import write_handout  # noqa: E402
from tests.benchmarks.report import arguments, report, sizes_of  # noqa: E402
from tests.benchmarks.synthetic import make_directory  # noqa: E402


def _time_pair(fn, floor, repeat: int) -> tuple[float, float]:
    """Median times of ``fn`` and ``floor``, run in turns so that a busy moment hits both alike."""
    ours, theirs = [], []
    for _ in range(repeat):
        for times, job in ((ours, fn), (theirs, floor)):
            started = time.perf_counter()
            job()
            times.append(time.perf_counter() - started)
    return statistics.median(ours), statistics.median(theirs)


def measure(n: int, repeat: int, folder: Path) -> list[dict[str, object]]:
    """CSV and XLSX of ``n`` facilities, each next to its plain-dump floor."""
    import openpyxl

    facilities = make_directory(n)
    spec = ExportSpec()
    keys = [c.key for c in spec.resolved]

    def plain_rows() -> list[list[object]]:
        # the same rows as they are in the objects: no labels, no neutralising, no types
        return [spec.header_row(), *([getattr(f, k) for k in keys] for f in facilities)]

    def plain_csv() -> None:
        with open(folder / "floor.csv", "w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(plain_rows())

    def plain_xlsx() -> None:
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet()
        for row in plain_rows():
            sheet.append([v if isinstance(v, str | int | float) or v is None else str(v) for v in row])
        book.save(folder / "floor.xlsx")

    out = []
    for fmt, floor in (("csv", plain_csv), ("xlsx", plain_xlsx)):
        value, reference = _time_pair(lambda fmt=fmt: export(fmt, facilities, folder / f"a.{fmt}", spec), floor, repeat)
        out.append(
            {
                "name": f"export.{fmt}",
                "size": n,
                "value": round(value * 1000, 1),
                "unit": "ms",
                "reference": round(reference * 1000, 1),
                "reference_name": "plain dump",
                "ratio": round(value / reference, 2),
            }
        )
    return out


def run(sizes: list[int], repeat: int) -> list[dict[str, object]]:
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    results: list[dict[str, object]] = []
    for n in sizes:
        results += measure(n, repeat, folder)
    handout = make_directory(25)
    value, _ = _time_pair(
        lambda: write_handout(handout, folder / "h.pdf", ExportSpec(), title="Benchmark visit"), lambda: None, repeat
    )
    results.append(
        {
            "name": "export.pdf_handout",
            "size": 25,
            "value": round(value * 1000, 1),
            "unit": "ms",
            "reference": None,
            "reference_name": None,
            "ratio": None,
        }
    )
    return results


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, sizes="10000").parse_args(argv)
    return report(run(sizes_of(args), args.repeat), args.json)


if __name__ == "__main__":
    raise SystemExit(main())
