"""Import benchmark: a 100,000-row CSV through ``directory-app import`` (reading, value parsing,
validation, offline geocoding, duplicate search, FTS indexing, one transaction) next to
``sqlite-utils insert --csv`` of the same file into an empty database, measured in the same run.

``python tests/benchmarks/bench_import.py [--sizes 100000] [--repeat 1] [--json out.json]``

Both run as child processes, timed from start to exit (interpreter start-up included in both);
peak memory is each child's ``ru_maxrss``. The CSV comes from ``synthetic.make_directory``
(deterministic) in the seed's columns; every third row has no coordinates, so it is geocoded.
Goal: within 2x of sqlite-utils, memory bounded (the file is streamed).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from directory_app.domain.models import FACILITY_FIELDS  # noqa: E402
from directory_app.importers.seed import facility_to_row  # noqa: E402
from tests.benchmarks.report import arguments, report, sizes_of  # noqa: E402
from tests.benchmarks.synthetic import make_directory  # noqa: E402


def write_csv(path: Path, n: int) -> Path:
    """``n`` synthetic facilities as a CSV; every third row without coordinates (to be geocoded)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(FACILITY_FIELDS))
        writer.writeheader()
        for i, f in enumerate(make_directory(n)):
            row = facility_to_row(f)
            if i % 3 == 0:
                row.update(latitude="", longitude="", geocode_precision="")
            writer.writerow(row)
    return path


_LAUNCHER = (
    "import json, os, sys, time\n"
    "started = time.perf_counter()\n"
    "pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ)\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "print(json.dumps([time.perf_counter() - started, usage.ru_maxrss, os.waitstatus_to_exitcode(status)]))\n"
)


def _child(args: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(seconds, peak resident kB, exit code) of one child process.

    A small launcher spawns it, so that the child's peak memory is its own and not this
    process's (Linux carries the high-water mark of a forked parent across exec).
    """
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    seconds, rss, code = json.loads(done.stdout.strip().splitlines()[-1])
    if code != 0:
        sys.stderr.write(done.stderr[-2000:])
    return float(seconds), int(rss), int(code)


def measure(n: int, repeat: int, folder: Path) -> list[dict[str, object]]:
    """Import of ``n`` rows and the sqlite-utils reference, best of ``repeat``."""
    source = write_csv(folder / f"import-{n}.csv", n)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    sqlite_utils = shutil.which("sqlite-utils")
    ours: list[tuple[float, int]] = []
    reference: list[tuple[float, int]] = []
    counted = 0
    for attempt in range(repeat):
        db = folder / f"ours-{n}-{attempt}.sqlite"
        from directory_app.directory import Directory

        Directory.open(db).close()  # the shipped seed: a directory to import into
        seconds, rss, code = _child(
            [sys.executable, "-m", "directory_app", "--db", str(db), "import", str(source)], env
        )
        if code != 0:
            raise RuntimeError(f"import exited {code}")
        ours.append((seconds, rss))
        with Directory.open(db) as d:
            counted = d.count()
        ref_db = folder / f"ref-{n}-{attempt}.sqlite"
        command = [sqlite_utils] if sqlite_utils else [sys.executable, "-m", "sqlite_utils"]
        seconds, rss, code = _child([*command, "insert", str(ref_db), "facilities", str(source), "--csv"], env)
        if code != 0:
            raise RuntimeError(f"sqlite-utils exited {code}")
        reference.append((seconds, rss))
        for p in folder.glob(f"*-{n}-{attempt}.sqlite*"):
            p.unlink()
    value, value_rss = min(ours)
    ref, ref_rss = min(reference)
    if counted < n:
        raise RuntimeError(f"only {counted} facilities after importing {n} rows")
    return [
        {
            "name": "import.csv",
            "size": n,
            "value": round(value * 1000, 1),
            "unit": "ms",
            "reference": round(ref * 1000, 1),
            "reference_name": "sqlite-utils insert --csv",
            "ratio": round(value / ref, 2),
        },
        {
            "name": "import.csv_peak_memory",
            "size": n,
            "value": round(value_rss / 1024, 1),
            "unit": "MB",
            "reference": round(ref_rss / 1024, 1),
            "reference_name": "sqlite-utils insert --csv",
            "ratio": round(value_rss / max(ref_rss, 1), 2),
        },
    ]


def run(sizes: list[int] | None = None, repeat: int = 1, quick: bool = False) -> list[dict[str, object]]:
    """Benchmark figures as dicts (name, size, value, unit, reference, reference_name, ratio)."""
    sizes = sizes or ([2000] if quick else [100_000])
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        results: list[dict[str, object]] = []
        for n in sizes:
            results += measure(n, 1 if quick else repeat, folder)
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, sizes="100000", repeat=1).parse_args(argv)
    return report(run(sizes_of(args), args.repeat), args.json)


if __name__ == "__main__":
    raise SystemExit(main())
