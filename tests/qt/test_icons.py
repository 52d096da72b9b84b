"""Icons: drawn by qtawesome once, then read from the PNG cache without importing qtawesome."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage

from directory_app.qt import icons


def test_an_icon_is_drawn_once_then_read_from_its_png(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv(icons.ICON_CACHE_ENV, str(tmp_path / "icons"))
    path = icons.cached_path("fa6s.list")
    assert not path.exists()
    drawn = icons.icon("fa6s.list")
    assert not drawn.isNull() and path.is_file()
    picture = QImage(str(path))
    assert picture.width() == icons.PIXELS and picture.height() == icons.PIXELS
    step = range(0, icons.PIXELS, 4)
    assert any(picture.pixelColor(x, y).alpha() > 0 for x in step for y in step)

    monkeypatch.setitem(sys.modules, "qtawesome", None)  # any import of qtawesome now fails
    again = icons.icon("fa6s.list")
    assert not again.isNull() and again.availableSizes()
    assert icons.icon("fa6s.clipboard-list").isNull()  # not cached: would need qtawesome


def test_colours_and_versions_are_cached_apart(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv(icons.ICON_CACHE_ENV, str(tmp_path))
    red, green = icons.cached_path("fa6s.ban", "#b3261e"), icons.cached_path("fa6s.ban", "#1b7f3b")
    assert red != green != icons.cached_path("fa6s.ban")
    icons.icon("fa6s.ban", "#b3261e")
    pixels = QImage(str(red))
    colours = {pixels.pixelColor(x, y).name() for x in range(icons.PIXELS) for y in range(icons.PIXELS)}
    assert "#b3261e" in colours


def test_an_unwritable_cache_or_an_unknown_name_never_fails(qapp, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(icons.ICON_CACHE_ENV, str(blocker / "icons"))
    assert not icons.icon("fa6s.list").isNull()  # drawn, just not kept
    assert list(tmp_path.iterdir()) == [blocker]
    assert icons.icon("fa6s.no-such-icon-here").isNull()
