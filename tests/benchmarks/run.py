"""Run every benchmark of the project, each figure next to its reference measured in the same run.

``python tests/benchmarks/run.py [--quick] [--sizes 1000,10000,100000] [--only NAME,...] [--json PATH]
[--markdown PATH]``; ``--from-json PATH [--markdown PATH]`` reprints an earlier run.

Benchmarks (``--only`` names): ``search`` (keystrokes and facets vs raw FTS5), ``map`` (a query
change on the map vs folium re-renders; its own process, for QtWebEngine), ``import`` (vs
``sqlite-utils insert --csv``), ``export`` (CSV/XLSX vs plain dumps; PDF handout), ``curation``
(bulk edit, undo, backup vs raw SQL / file copy), ``startup`` (first rows, map, memory vs an empty
PySide6 window), ``scroll`` (the list scrolled top to bottom, page by page, vs an in-memory model;
its own processes, for Qt widgets), ``updates`` (a full team pack into an empty directory and an incremental
update of 1% changes, vs sqlite-utils writing the same rows; the change file's size vs the pack's), ``bundle``
(the standalone bundle's start-up vs the source install and an empty window; skipped without a
build in ``dist/``).
``--quick`` uses small sizes and one repetition (under 3 minutes); the full run
uses 1,000 / 10,000 / 100,000 facilities. Prints one table and, with ``--json``, writes
``{"benchmarks": [{"name", "size", "value", "unit", "reference", "ratio", ...}], "machine": {...}}``.
Not part of the test suite's pass/fail (a smoke test runs ``--quick --only export``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.report import markdown_table, print_table  # noqa: E402

Result = dict[str, object]


def _map(sizes: list[int], repeat: int) -> list[Result]:
    out = Path(tempfile.mkdtemp(prefix="bench-run-")) / "map.json"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    command = [sys.executable, str(ROOT / "tests/benchmarks/bench_map.py"), "--sizes", ",".join(map(str, sizes))]
    subprocess.run([*command, "--repeat", str(repeat), "--json", str(out)], env=env, check=True, timeout=3600)
    return json.loads(out.read_text())["benchmarks"]


def _scroll(sizes: list[int], repeat: int) -> list[Result]:
    out = Path(tempfile.mkdtemp(prefix="bench-run-")) / "scroll.json"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [sys.executable, str(ROOT / "tests/benchmarks/bench_scroll.py"), "--sizes", ",".join(map(str, sizes))]
    subprocess.run([*command, "--repeat", str(repeat), "--json", str(out)], env=env, check=True, timeout=3600)
    return json.loads(out.read_text())["benchmarks"]


def _search(sizes: list[int], repeat: int) -> list[Result]:
    from tests.benchmarks import bench_search

    return bench_search.run(sizes, repeat)


def _import(sizes: list[int], repeat: int) -> list[Result]:
    from tests.benchmarks import bench_import

    return bench_import.run(sizes, repeat)


def _export(sizes: list[int], repeat: int) -> list[Result]:
    from tests.benchmarks import bench_export

    return bench_export.run([n for n in sizes if n <= 10_000] or [min(sizes)], repeat)


def _curation(sizes: list[int], _repeat: int) -> list[Result]:
    from tests.benchmarks import bench_curation

    return bench_curation.run([n for n in sizes if n <= 10_000] or [min(sizes)])


def _updates(sizes: list[int], _repeat: int) -> list[Result]:
    from tests.benchmarks import bench_updates

    return bench_updates.run(sizes)


def _startup(sizes: list[int], repeat: int) -> list[Result]:
    from tests.benchmarks import bench_startup

    return bench_startup.run([max(sizes)], repeat)


def _bundle(sizes: list[int], repeat: int) -> list[Result]:
    from tests.benchmarks import bench_bundle

    return bench_bundle.run([max(sizes)], repeat)  # nothing (and a note) when no bundle is built


BENCHMARKS: dict[str, Callable[[list[int], int], list[Result]]] = {
    "search": _search,
    "map": _map,
    "import": _import,
    "export": _export,
    "curation": _curation,
    "startup": _startup,
    "scroll": _scroll,
    "updates": _updates,
    "bundle": _bundle,
}

QUICK_SIZES = {
    "search": [1000],
    "map": [1000],
    "import": [2000],
    "export": [2000],
    "curation": [1000],
    "startup": [10000],
    "scroll": [1000],
    "updates": [2000],
    "bundle": [10000],
}
FULL_SIZES = {
    "search": [1000, 10000, 100000],
    "map": [1000, 10000, 100000],
    "import": [100000],
    "export": [10000],
    "curation": [10000],
    "startup": [100000],
    "scroll": [1000, 10000, 100000],
    "updates": [100000],
    "bundle": [100000],
}


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    import PySide6

    memory_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    cpu = platform.processor() or ""
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlite": sqlite3.sqlite_version,
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one repetition (under 3 minutes)")
    parser.add_argument("--sizes", help="comma-separated directory sizes for every benchmark")
    parser.add_argument("--only", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--markdown", type=Path, help="also write the figures as a Markdown table")
    parser.add_argument("--from-json", type=Path, help="no run: print (and --markdown) the figures of a --json file")
    args = parser.parse_args(argv)
    if args.from_json:
        report = json.loads(args.from_json.read_text())
        print_table(report["benchmarks"])
        if args.markdown:
            args.markdown.write_text(markdown_table(report["benchmarks"], report.get("machine", {})))
        return 0
    names = [n.strip() for n in args.only.split(",")] if args.only else list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    repeat = 1 if args.quick else 3
    results: list[Result] = []
    for name in names:
        sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else None
        sizes = sizes or (QUICK_SIZES if args.quick else FULL_SIZES)[name]
        started = time.perf_counter()
        print(f"== {name} {sizes}", file=sys.stderr, flush=True)
        results += BENCHMARKS[name](sizes, repeat)
        print(f"   {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print_table(results)
    about = machine()
    if args.json:
        args.json.write_text(json.dumps({"benchmarks": results, "machine": about}, indent=2))
    if args.markdown:
        args.markdown.write_text(markdown_table(results, about))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
