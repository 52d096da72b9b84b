"""The installed app on a real X display (Xvfb + openbox, xcb platform), driven by the keyboard.

Offscreen tests cannot see key bindings collide (Ctrl+D was Delete on Linux desktops and "Add to
Shortlist" never fired) nor a missing xcb library; this starts ``python -m directory_app`` as a user
would, presses the Add-to-Shortlist shortcut on a list row with xdotool, and reads the shortlist back
through the command line. Skipped (with the reason) where Xvfb, openbox or xdotool are missing.
Set ``XCB_SMOKE_SCREENSHOT=/path/shot.png`` to keep a screenshot of the screen after the shortcut.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from directory_app.directory import Directory
from directory_app.qt.shortcuts import ADD_TO_SHORTLIST
from tests.fixtures.small_seed import write_small_seed
from tests.fixtures.xserver import x_desktop, x_display  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_VARIABLES = ("XDG_CURRENT_DESKTOP", "KDE_SESSION_VERSION", "KDE_FULL_SESSION", "QT_QPA_PLATFORMTHEME")


def _xdotool(display: str, *args: str, timeout: float = 20) -> str:
    done = subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"xdotool {' '.join(args)}: {done.stderr.strip()}"
    return done.stdout.strip()


def _shortlist(db: Path, name: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "directory_app", "--db", str(db), "shortlist", "show", name, "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    return [item["id"] for item in json.loads(done.stdout)["items"]]


def _grab_screen(display: str, path: str) -> None:
    """The whole X screen as a PNG, taken by a small Qt client on the same display."""
    grab = (
        "import sys; from PySide6.QtGui import QGuiApplication as A; "
        "a = A([]); a.primaryScreen().grabWindow(0).save(sys.argv[1])"
    )
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-c", grab, path], env=env, timeout=30, check=False)


def _xdotool_key(sequence: str) -> str:
    """``Ctrl+Shift+D`` -> ``ctrl+shift+d`` (xdotool's spelling)."""
    return sequence.lower()


def test_add_to_shortlist_shortcut_works_on_x11(x_desktop, tmp_path):  # noqa: F811
    db = tmp_path / "directory.sqlite"
    with Directory.open(db, seed_file=write_small_seed(tmp_path / "seed.csv", 30)) as directory:
        directory.create_shortlist("Trip", "")
    env = {k: v for k, v in os.environ.items() if k not in DESKTOP_VARIABLES}
    env.update(DISPLAY=x_desktop, QT_QPA_PLATFORM="xcb", QTWEBENGINE_DISABLE_SANDBOX="1", DIRECTORY_APP_NO_WELCOME="1")
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "directory_app", "--db", str(db)], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    try:
        try:
            window = _xdotool(x_desktop, "search", "--sync", "--onlyvisible", "--name", "Directory", timeout=40)
        except subprocess.TimeoutExpired:
            pytest.fail("no window titled 'Directory' within 40 s: " + (tmp_path / "app.log").read_text()[-2000:])
        window = window.splitlines()[0]
        # no fixed waits: the window manager may still be starting and the rows may still be loading
        # when the window first shows, so each step is repeated until it took effect (or time runs out)
        deadline = time.monotonic() + 20
        while True:
            activated = subprocess.run(
                ["xdotool", "windowactivate", "--sync", window],
                env={**os.environ, "DISPLAY": x_desktop},
                capture_output=True,
                timeout=20,
            )
            if activated.returncode == 0 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        items: list[str] = []
        deadline = time.monotonic() + 40
        while not items and time.monotonic() < deadline:
            for key in ("ctrl+1", "Down", "Up"):  # the list has the keyboard, its first row selected
                _xdotool(x_desktop, "key", "--clearmodifiers", key)
            _xdotool(x_desktop, "key", "--clearmodifiers", _xdotool_key(ADD_TO_SHORTLIST))
            settle = time.monotonic() + 3
            items = _shortlist(db, "Trip")
            while not items and time.monotonic() < settle:
                time.sleep(0.3)
                items = _shortlist(db, "Trip")
        shot = os.environ.get("XCB_SMOKE_SCREENSHOT")
        if shot:
            time.sleep(1)
            _grab_screen(x_desktop, shot)
        assert items, "the shortcut did not add the selected facility: " + (tmp_path / "app.log").read_text()[-2000:]
        _xdotool(x_desktop, "key", "--clearmodifiers", "ctrl+q")
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=10)
        log.close()
    assert "Ambiguous shortcut" not in (tmp_path / "app.log").read_text()
