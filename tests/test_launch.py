"""The front door: a plain start goes to the window without the command line; the rest goes to it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from directory_app.launch import gui_start


@pytest.mark.parametrize(
    "argv, expected",
    [
        ([], (None, False, [])),
        (["--db", "x.sqlite"], (Path("x.sqlite"), False, [])),
        (["--db=x.sqlite", "--read-only"], (Path("x.sqlite"), True, [])),
        (["-reverse", "--read-only"], (None, True, ["-reverse"])),
    ],
)
def test_a_plain_start_is_the_window(argv, expected):
    assert gui_start(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["info"],
        ["--db", "x.sqlite", "search", "CAR-T"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--db"],
        ["--db", "folder/"],
        ["--db="],
        ["--frobnicate"],
        ["nonsense"],
        ["-platform", "xcb"],  # a Qt option with a value: the full parser keeps its value with it
    ],
)
def test_anything_else_is_the_command_line(argv):
    assert gui_start(argv) is None


def test_the_command_line_still_answers_through_the_front_door(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "directory_app", "--db", str(tmp_path / "f.sqlite"), "info", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    folder = subprocess.run(
        [sys.executable, "-m", "directory_app", "--db", str(tmp_path) + "/"], capture_output=True, text=True, timeout=60
    )
    assert folder.returncode == 2 and "names a folder" in folder.stderr


def test_a_plain_start_never_imports_the_command_line():
    script = (
        "import sys, directory_app.qt.app as app\n"
        "app.run_gui = lambda **kw: print(sorted(kw.items())) or 0\n"
        "from directory_app.launch import main\n"
        "main(['--db', 'x.sqlite'])\n"
        "print('directory_app.cli' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    called, loaded = done.stdout.strip().splitlines()
    assert called == "[('db_path', PosixPath('x.sqlite')), ('qt_args', []), ('read_only', False)]"
    assert loaded == "False"
