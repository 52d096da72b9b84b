"""Start-up of the standalone bundle next to the source install and an empty PySide6 window, same run.

``python tests/benchmarks/bench_bundle.py [--sizes 100000] [--repeat 3] [--bundle dist/directory-app/directory-app]``

The bundle is the folder ``python -m directory_app.tools.build_bundle`` builds (``dist/directory-app``);
without it the benchmark reports nothing and says so. Each run is a new process with the app's
start-up probe (``directory_app/qt/startup_probe.py``): the frozen program, the source app the way
``bench_startup`` starts it (``python -m directory_app``) and the empty window, interleaved, on one
copy of the synthetic directory (the bundle's seed may differ from the checkout's, so the shared
cached file is never opened for writing by it). Figures: first rows and the map's markers, resident
memory with the map.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_search import cached_database  # noqa: E402
from tests.benchmarks.bench_startup import (  # noqa: E402
    _events,
    _row,
    app_start,
    empty_window_start,
    installed_env,
)
from tests.benchmarks.report import arguments, report, sizes_of  # noqa: E402

DEFAULT_BUNDLE = ROOT / "dist" / "directory-app" / "directory-app"


def bundle_start(executable: Path, db: Path, folder: Path) -> dict[str, float]:
    """One start of the frozen app: seconds to first rows and to the map's markers, memory in MB."""
    log = folder / f"bundle-{time.monotonic_ns()}.jsonl"
    env = {
        **installed_env(folder),
        "DIRECTORY_APP_STARTUP_PROBE": str(log),
        "DIRECTORY_APP_STARTUP_PROBE_MAP": "1",
        "DIRECTORY_APP_STARTUP_PROBE_LINGER": "1.5",
        "DIRECTORY_APP_NO_WELCOME": "1",
        "XDG_CONFIG_HOME": str(log.with_suffix(".config")),
        "XDG_DATA_HOME": str(folder / "data"),
    }
    env.pop("PYTHONPATH", None)
    started = time.time()
    child = subprocess.Popen(
        [str(executable), "--db", str(db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.time() + 120
    while child.poll() is None and time.time() < deadline and "exit" not in _events(log):
        time.sleep(0.1)
    try:
        child.wait(timeout=15)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    events = _events(log)
    if "first_rows" not in events:
        raise RuntimeError(f"the bundle exited ({child.returncode}) without showing rows")
    out = {
        "first_rows_s": float(events["first_rows"]["time"]) - started,
        "rss_exit_mb": (events["exit"]["rss_kb"] or 0) / 1024 if "exit" in events else float("nan"),
    }
    if "map_ready" in events:
        out["map_s"] = float(events["map_ready"]["time"]) - started
    return out


def run(sizes: list[int], repeat: int = 3, executable: Path = DEFAULT_BUNDLE) -> list[dict[str, object]]:
    """Bundle vs source install vs empty window, for each size; nothing when no bundle is built."""
    if not executable.is_file():
        print(f"  no bundle at {executable}: python -m directory_app.tools.build_bundle builds one", file=sys.stderr)
        return []
    folder = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    results: list[dict[str, object]] = []
    try:
        for n in sizes:
            db = folder / f"copy-{n}.sqlite"
            shutil.copyfile(cached_database(n), db)
            empty_window_start(folder)  # warm-ups, not counted
            app_start(db, folder, with_map=True)
            bundle_start(executable, db, folder)
            empties, sources, bundles = [], [], []
            for _ in range(repeat):
                empties.append(empty_window_start(folder))
                sources.append(app_start(db, folder, with_map=True))
                bundles.append(bundle_start(executable, db, folder))
            empty = statistics.median(empties) * 1000
            source = statistics.median(r["first_rows_s"] for r in sources) * 1000
            first = statistics.median(r["first_rows_s"] for r in bundles) * 1000
            results.append(_row("bundle.first_rows", n, first, "ms", empty, "empty PySide6 window"))
            results.append(_row("bundle.first_rows_vs_source", n, first, "ms", source, "source install's first rows"))
            maps = [r["map_s"] for r in bundles if "map_s" in r]
            source_maps = [r["map_s"] for r in sources if "map_s" in r]
            if maps and source_maps:
                results.append(
                    _row(
                        "bundle.map_ready",
                        n,
                        statistics.median(maps) * 1000,
                        "ms",
                        statistics.median(source_maps) * 1000,
                        "source install's map",
                    )
                )
            results.append(
                _row(
                    "bundle.memory_with_map",
                    n,
                    statistics.median(r["rss_exit_mb"] for r in bundles),
                    "MB",
                    statistics.median(r["rss_exit_mb"] for r in sources),
                    "source install",
                )
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, sizes="100000")
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="the bundle's program")
    args = parser.parse_args(argv)
    return report(run(sizes_of(args), args.repeat, args.bundle), args.json)


if __name__ == "__main__":
    raise SystemExit(main())
