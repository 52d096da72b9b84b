"""Curation benchmark: bulk edit, its undo and a backup of N facilities, next to raw SQLite in the same run.

``python tests/benchmarks/bench_curation.py [--sizes 10000] [--json out.json]``

References: one plain ``UPDATE facilities SET confidence = ? WHERE id IN (...)`` in a transaction
(no validation, change log, snapshots or backup); a plain file copy of the database for the backup.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from directory_app.directory import Directory  # noqa: E402
from tests.benchmarks.report import arguments, report, sizes_of  # noqa: E402
from tests.benchmarks.synthetic import build_database  # noqa: E402


def _seconds(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _row(name: str, n: int, value: float, reference: float, reference_name: str) -> dict[str, object]:
    return {
        "name": name,
        "size": n,
        "value": round(value * 1000, 1),
        "unit": "ms",
        "reference": round(reference * 1000, 1),
        "reference_name": reference_name,
        "ratio": round(value / reference, 2) if reference else None,
    }


def measure(n: int, folder: Path) -> list[dict[str, object]]:
    """Bulk edit, undo and backup of ``n`` facilities, each next to its raw-SQLite reference."""
    source = build_database(folder / f"bench-{n}.sqlite", n)
    ours, raw = folder / f"ours-{n}.sqlite", folder / f"raw-{n}.sqlite"
    shutil.copyfile(source, ours)
    shutil.copyfile(source, raw)
    with Directory.open(ours, backup_folder=folder / "backups", daily_backup=False) as d:
        ids = list(d.search("").ids)
        before: list = []

        def bulk() -> None:
            before.extend(d.bulk_edit(ids, "confidence", "low")[1])

        bulk_s = _seconds(bulk)
        undo_s = _seconds(lambda: d.restore_snapshots(before))
        backup_s = _seconds(lambda: d.backup("manual"))
    conn = sqlite3.connect(raw)

    def raw_update() -> None:
        with conn:
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                marks = ", ".join("?" for _ in part)
                conn.execute(f"UPDATE facilities SET confidence = 'low' WHERE id IN ({marks})", part)

    raw_s = _seconds(raw_update)
    conn.close()
    copy_s = _seconds(lambda: shutil.copyfile(raw, folder / "copy.sqlite"))
    return [
        _row("curation.bulk_edit", n, bulk_s, raw_s, "raw UPDATE"),
        _row("curation.undo_bulk_edit", n, undo_s, raw_s, "raw UPDATE"),
        _row("curation.backup", n, backup_s, copy_s, "file copy"),
    ]


def run(sizes: list[int]) -> list[dict[str, object]]:
    folder = Path(tempfile.mkdtemp(prefix="bench-curation-"))
    os.environ.setdefault("XDG_DATA_HOME", str(folder / "data"))
    try:
        return [r for n in sizes for r in measure(n, folder)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, sizes="10000", repeat=None).parse_args(argv)
    return report(run(sizes_of(args)), args.json)


if __name__ == "__main__":
    raise SystemExit(main())
