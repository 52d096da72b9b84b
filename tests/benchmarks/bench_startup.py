"""Start-up and memory benchmark: the real app on a synthetic directory, next to an empty PySide6 window.

``python tests/benchmarks/bench_startup.py [--sizes 100000] [--repeat 3] [--json out.json]``

Each run is a new process started the way a user starts the app (``python -m directory_app --db
FILE``), with ``$DIRECTORY_APP_STARTUP_PROBE`` set: the app logs when the list first paints rows
and when the map (shown right after) has its markers, with its resident memory
(``directory_app/qt/startup_probe.py``). Times are from just before the process is started. The
reference is a process that imports PySide6, shows an empty ``QMainWindow`` and logs its first
paint, measured in the same run. QtWebEngine's renderer processes (children of the app) are
reported separately. Goals (issue 8): first rows <= 1.5 s and within 2x of the empty window;
map <= 3 s; app memory <= 300 MB at 100k.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_search import cached_database  # noqa: E402
from tests.benchmarks.report import arguments, report, sizes_of  # noqa: E402

EMPTY_WINDOW = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
class First(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.log)
        return False
    def log(self):
        record = {"event": "first_paint", "time": time.time()}
        with open(sys.argv[1], "a") as out:
            out.write(json.dumps(record) + "\n")
        app.quit()
probe = First()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def _children_rss_kb(pid: int) -> int:
    """Resident memory of every descendant process of ``pid`` (QtWebEngine's), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    family, changed = {pid}, True
    while changed:
        changed = False
        for child, parent in parents.items():
            if parent in family and child not in family:
                family.add(child)
                changed = True
    total = 0
    for child in family - {pid}:
        try:
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def installed_env(folder: Path) -> dict[str, str]:
    """The environment of an installed app: modules byte-compiled once (``pip install`` does that),
    here into a cache of the benchmark's own (this shell may forbid writing ``.pyc`` files)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    return env


def byte_compile(folder: Path) -> None:
    """Compile the app's modules into the benchmark's cache, as an install would."""
    command = [sys.executable, "-m", "compileall", "-q", "-j", "0", str(ROOT / "directory_app")]
    subprocess.run(command, env=installed_env(folder), check=True, timeout=300, stdout=subprocess.DEVNULL)


def _events(path: Path) -> dict[str, dict[str, object]]:
    if not path.exists():
        return {}
    return {e["event"]: e for e in (json.loads(line) for line in path.read_text().splitlines() if line.strip())}


def app_start(db: Path, folder: Path, *, with_map: bool) -> dict[str, float]:
    """One start of the app: seconds to first rows (and to the map), memory in MB."""
    log = folder / f"probe-{time.monotonic_ns()}.jsonl"
    env = {
        **installed_env(folder),
        "PYTHONPATH": str(ROOT),
        "DIRECTORY_APP_STARTUP_PROBE": str(log),
        "DIRECTORY_APP_STARTUP_PROBE_MAP": "1" if with_map else "0",
        "DIRECTORY_APP_STARTUP_PROBE_LINGER": "1.5",
        "DIRECTORY_APP_NO_WELCOME": "1",
        # fresh settings each time: a first start (the app would reopen the map tab the run before left open)
        "XDG_CONFIG_HOME": str(log.with_suffix(".config")),
        "XDG_DATA_HOME": str(folder / "data"),
    }
    started = time.time()
    child = subprocess.Popen(
        [sys.executable, "-m", "directory_app", "--db", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    renderer_kb = 0
    deadline = time.time() + 120
    while child.poll() is None and time.time() < deadline:
        events = _events(log)
        if "map_ready" in events or ("first_rows" in events and not with_map):
            renderer_kb = max(renderer_kb, _children_rss_kb(child.pid))
        if "exit" in events:
            break
        time.sleep(0.1)
    try:
        child.wait(timeout=15)
    except subprocess.TimeoutExpired:
        child.kill()  # measured already; shutting QtWebEngine down is not part of the benchmark
        child.wait()
    events = _events(log)
    if "first_rows" not in events:
        raise RuntimeError(f"the app exited ({child.returncode}) without showing rows")
    out = {
        "first_rows_s": float(events["first_rows"]["time"]) - started,
        "rss_first_rows_mb": (events["first_rows"]["rss_kb"] or 0) / 1024,
        "rss_exit_mb": (events["exit"]["rss_kb"] or 0) / 1024 if "exit" in events else float("nan"),
        "renderer_mb": renderer_kb / 1024,
    }
    if "map_ready" in events:
        out["map_s"] = float(events["map_ready"]["time"]) - started
    return out


def empty_window_start(folder: Path) -> float:
    """Seconds from process start to the first paint of an empty PySide6 window."""
    log = folder / f"empty-{time.monotonic_ns()}.jsonl"
    started = time.time()
    subprocess.run([sys.executable, "-c", EMPTY_WINDOW, str(log)], env=installed_env(folder), timeout=60, check=True)
    return float(_events(log)["first_paint"]["time"]) - started


def _row(name: str, n: int, value: float, unit: str, reference: float | None, reference_name: str | None):
    return {
        "name": name,
        "size": n,
        "value": round(value, 1),
        "unit": unit,
        "reference": None if reference is None else round(reference, 1),
        "reference_name": reference_name,
        "ratio": None if not reference else round(value / reference, 2),
    }


def run(sizes: list[int], repeat: int = 3) -> list[dict[str, object]]:
    """Start-up (list, map), memory and the empty-window reference for each size."""
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    results: list[dict[str, object]] = []
    byte_compile(folder)
    for n in sizes:
        db = cached_database(n)
        empty_window_start(folder)  # warm-up, not counted: the library modules' byte code and the disk cache
        app_start(db, folder, with_map=True)
        runs, empties = [], []
        for _ in range(repeat):  # interleaved, so both see the same machine
            empties.append(empty_window_start(folder))
            runs.append(app_start(db, folder, with_map=True))
        empty = statistics.median(empties) * 1000
        first = statistics.median(r["first_rows_s"] for r in runs) * 1000
        results.append(_row("startup.first_rows", n, first, "ms", empty, "empty PySide6 window"))
        maps = [r["map_s"] for r in runs if "map_s" in r]
        if maps:
            results.append(_row("startup.map_ready", n, statistics.median(maps) * 1000, "ms", None, None))
        results.append(
            _row("memory.app_first_rows", n, statistics.median(r["rss_first_rows_mb"] for r in runs), "MB", None, None)
        )
        results.append(
            _row("memory.app_with_map", n, statistics.median(r["rss_exit_mb"] for r in runs), "MB", None, None)
        )
        results.append(
            _row("memory.webengine_renderer", n, statistics.median(r["renderer_mb"] for r in runs), "MB", None, None)
        )
    return results


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, sizes="100000").parse_args(argv)
    return report(run(sizes_of(args), args.repeat), args.json)


if __name__ == "__main__":
    raise SystemExit(main())
