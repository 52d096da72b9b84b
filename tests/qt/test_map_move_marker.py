"""Move-marker mode: the form's facility gets a draggable marker; where it is dropped fills the form."""

from __future__ import annotations

from directory_app.qt.main_window import MainWindow
from tests.qt.test_map import js, map_window

A = "biopartner-center-leiden"


def test_dragging_the_marker_sets_the_forms_coordinates(qtbot, seeded_directory, settings):
    window: MainWindow = map_window(qtbot, seeded_directory, settings)
    try:
        assert window.select_facility(A)
        form = window.curation.edit_facility()
        original = seeded_directory.facility(A)
        form.map_button.click()  # "Place on the Map…"
        view = window.map.view
        qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.movePoint()") is not None, timeout=10000)
        lat, lon = js(qtbot, view, "dirmap.movePoint()")
        assert abs(lat - original.latitude) < 1e-6 and abs(lon - original.longitude) < 1e-6
        with qtbot.waitSignal(window.map.marker_moved, timeout=10000):
            view.run_js("dirmap.dropMoveMarker(52.1671, 4.4781)")  # what a drag ends with
        assert form.edits["latitude"].text() == "52.16710"
        assert form.edits["longitude"].text() == "4.47810"
        assert form.precision_label.text() == "Street address"
        form.submit()
        after = seeded_directory.facility(A)
        assert (after.latitude, after.longitude, after.geocode_precision) == (52.1671, 4.4781, "street")
        qtbot.waitUntil(lambda: js(qtbot, view, "dirmap.movePoint()") is None, timeout=10000)  # mode ends
    finally:
        window.close()
