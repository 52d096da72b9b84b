"""The map in a real QtWebEngine page: a science park has its own marker (a dark purple house) and its
own legend entry, in the UI language (issue 17)."""

from __future__ import annotations

import json

import pytest

from directory_app.directory import Directory
from tests.fixtures.campus_seed import PARK, write_campus_seed
from tests.qt.test_map import js, map_window, wait_markers

pytestmark = [pytest.mark.gui, pytest.mark.webengine]

LEGEND = """Array.from(document.querySelectorAll('.dir-legend-row')).map(row => {
  const mark = row.querySelector('.dir-legend-mark');
  const style = getComputedStyle(mark);
  return {label: row.textContent, cls: mark.className, colour: style.backgroundColor, clip: style.clipPath,
          width: mark.getBoundingClientRect().width};
})"""


@pytest.fixture
def campus_directory(tmp_path):
    seed = write_campus_seed(tmp_path / "campus.csv")
    d = Directory.open(tmp_path / "campus.sqlite", seed_file=seed)
    yield d
    d.close()


def test_science_parks_have_their_own_marker_and_legend_entry(qtbot, campus_directory, settings):
    window = map_window(qtbot, campus_directory, settings)
    view = window.map.view
    wait_markers(qtbot, window, 4)  # the programme with no single site is not on the map
    legend = {row["label"]: row for row in js(qtbot, view, LEGEND)}
    assert set(legend) == {"Incubator", "Accelerator", "CGT production site", "Science park"}
    park = legend["Science park"]
    assert "dir-kind-science_park" in park["cls"]
    assert park["colour"] == "rgb(111, 45, 145)"
    assert park["clip"].replace("px", "%") == "polygon(50% 0%, 100% 40%, 100% 100%, 0% 100%, 0% 40%)"
    assert park["width"] > 0
    colours = [row["colour"] for row in legend.values()]
    assert len(set(colours)) == len(colours)
    # the park's marker on the map wears the same class
    assert js(qtbot, view, f"dirmap.reveal({json.dumps(PARK)})")
    qtbot.waitUntil(lambda: js(qtbot, view, f"dirmap.markerPoint({json.dumps(PARK)})") is not None, timeout=10000)
    classes = js(
        qtbot,
        view,
        "Array.from(document.querySelectorAll('.leaflet-marker-icon')).filter(m => m.title === "
        "'Leiden Bio Science Park').map(m => m.className)",
    )
    assert classes and "dir-kind-science_park" in classes[0], classes
    titles = js(qtbot, view, "Array.from(document.querySelectorAll('.leaflet-marker-icon')).map(m => m.title)")
    assert "National Accelerator" not in titles  # no single site: not on the map
    window.close()
