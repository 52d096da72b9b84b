"""Nothing slow on the start-up path: a real start in a fresh process, then a look at what it loaded.

The first start fills the icon cache; the second must show the list's rows without having
imported the map (folium), the exports (openpyxl, fpdf2), Pillow, the network modules or
qtawesome, without opening the gazetteer and without creating the map view.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.fixtures.shipped_seed import shipped_count

ROOT = Path(__file__).resolve().parents[2]

START = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from directory_app.directory import Directory
from directory_app.qt.main_window import MainWindow

app = QApplication([])
directory = Directory.open(sys.argv[1])
window = MainWindow(directory)
window.show()
out = {}

def look():
    out["rows"] = window.model.rowCount()
    out["shown_row"] = window.model.data(window.model.index(0, 0))
    out["map_view"] = window.map.view is not None
    out["gazetteer_open"] = directory._gazetteer is not None
    heavy = ("folium", "branca", "jinja2", "openpyxl", "fpdf", "PIL", "qtawesome", "ssl", "http.client")
    out["loaded"] = sorted(m for m in heavy if m in sys.modules)
    window.close()
    app.quit()

QTimer.singleShot(300, look)
app.exec()
directory.close()
print(json.dumps(out))
"""


def start(db: Path, env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", START, str(db)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_list_shows_rows_without_loading_what_only_later_work_needs(seeded_directory):
    db = seeded_directory.path
    seeded_directory.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "DIRECTORY_APP_NO_WELCOME": "1"}
    first = start(db, env)  # draws the icons into the (test's own) cache
    assert first["rows"] == shipped_count() and first["loaded"] == ["qtawesome"]  # what the icon cache then saves
    second = start(db, env)
    assert second["rows"] == shipped_count() and second["shown_row"]
    assert second["loaded"] == []
    assert second["map_view"] is False and second["gazetteer_open"] is False
