"""No shortcut of the app collides with a platform's standard key bindings, nor with another action.

Qt's standard keys have different bindings per keyboard scheme: on Linux desktops Delete is Del *and*
Ctrl+D, the end of a line is End *and* Ctrl+E, Ctrl+Shift+A is Deselect, KDE's NextChild is Ctrl+,.
An action on one of those keys is "ambiguous" (it never fires) or is swallowed by a text field, and
the offscreen platform (Windows-like scheme) cannot show it. So the real main window is built in a
subprocess on each scheme: offscreen, and on a private Xvfb display with the xcb platform under no
desktop, KDE and GNOME. macOS cannot be emulated here: its bindings come from the table below.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from directory_app.directory import Directory
from tests.fixtures.small_seed import write_small_seed
from tests.fixtures.xserver import x_display  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]
WIDGET_CONTEXTS = {"WidgetShortcut", "WidgetWithChildrenShortcut"}
DESKTOP_VARIABLES = (
    "XDG_CURRENT_DESKTOP",
    "XDG_SESSION_DESKTOP",
    "DESKTOP_SESSION",
    "KDE_SESSION_VERSION",
    "KDE_FULL_SESSION",
    "GNOME_DESKTOP_SESSION_ID",
    "QT_QPA_PLATFORMTHEME",
)
SCHEMES = {
    "offscreen": ("offscreen", {}),
    "xcb": ("xcb", {}),
    "xcb-kde": ("xcb", {"XDG_CURRENT_DESKTOP": "KDE", "KDE_SESSION_VERSION": "5", "KDE_FULL_SESSION": "true"}),
    "xcb-gnome": ("xcb", {"XDG_CURRENT_DESKTOP": "GNOME"}),
}

# macOS bindings ("Ctrl" is Command, "Meta" is Control), transcribed from Qt's table of standard
# shortcuts (QKeySequence documentation, "Standard Shortcuts"; qplatformtheme.cpp, KB_Mac rows).
MAC_BINDINGS = {
    "HelpContents": ["Ctrl+?"],
    "WhatsThis": ["Shift+F1"],
    "Open": ["Ctrl+O"],
    "Close": ["Ctrl+W", "Ctrl+F4"],
    "Save": ["Ctrl+S"],
    "New": ["Ctrl+N"],
    "Delete": ["Del", "Meta+D"],
    "Cut": ["Ctrl+X", "Meta+K"],
    "Copy": ["Ctrl+C"],
    "Paste": ["Ctrl+V", "Meta+Y"],
    "Undo": ["Ctrl+Z"],
    "Redo": ["Ctrl+Shift+Z"],
    "Back": ["Ctrl+[", "Ctrl+Left"],
    "Forward": ["Ctrl+]", "Ctrl+Right"],
    "Refresh": ["Ctrl+R"],
    "ZoomIn": ["Ctrl++"],
    "ZoomOut": ["Ctrl+-"],
    "Print": ["Ctrl+P"],
    "AddTab": ["Ctrl+T"],
    "NextChild": ["Ctrl+}", "Ctrl+Tab"],
    "PreviousChild": ["Ctrl+{", "Ctrl+Shift+Backtab"],
    "Find": ["Ctrl+F"],
    "FindNext": ["Ctrl+G"],
    "FindPrevious": ["Ctrl+Shift+G"],
    "SelectAll": ["Ctrl+A"],
    "Bold": ["Ctrl+B"],
    "Italic": ["Ctrl+I"],
    "Underline": ["Ctrl+U"],
    "MoveToNextChar": ["Right", "Meta+F"],
    "MoveToPreviousChar": ["Left", "Meta+B"],
    "MoveToNextWord": ["Alt+Right"],
    "MoveToPreviousWord": ["Alt+Left"],
    "MoveToNextLine": ["Down", "Meta+N"],
    "MoveToPreviousLine": ["Up", "Meta+P"],
    "MoveToNextPage": ["PgDown", "Meta+PgDown", "Meta+Down", "Meta+V", "Alt+PgDown"],
    "MoveToPreviousPage": ["PgUp", "Meta+PgUp", "Meta+Up", "Alt+PgUp"],
    "MoveToStartOfLine": ["Meta+Left", "Ctrl+Left"],
    "MoveToEndOfLine": ["Meta+Right", "Ctrl+Right"],
    "MoveToStartOfBlock": ["Alt+Up", "Meta+A"],
    "MoveToEndOfBlock": ["Alt+Down", "Meta+E"],
    "MoveToStartOfDocument": ["Ctrl+Up", "Home"],
    "MoveToEndOfDocument": ["Ctrl+Down", "End"],
    "SelectNextChar": ["Shift+Right"],
    "SelectPreviousChar": ["Shift+Left"],
    "SelectNextWord": ["Alt+Shift+Right"],
    "SelectPreviousWord": ["Alt+Shift+Left"],
    "SelectNextLine": ["Shift+Down"],
    "SelectPreviousLine": ["Shift+Up"],
    "SelectNextPage": ["Shift+PgDown"],
    "SelectPreviousPage": ["Shift+PgUp"],
    "SelectStartOfLine": ["Meta+Shift+Left", "Ctrl+Shift+Left"],
    "SelectEndOfLine": ["Meta+Shift+Right", "Ctrl+Shift+Right"],
    "SelectStartOfBlock": ["Alt+Shift+Up", "Meta+Shift+A"],
    "SelectEndOfBlock": ["Alt+Shift+Down", "Meta+Shift+E"],
    "SelectStartOfDocument": ["Ctrl+Shift+Up", "Shift+Home"],
    "SelectEndOfDocument": ["Ctrl+Shift+Down", "Shift+End"],
    "DeleteStartOfWord": ["Alt+Backspace"],
    "DeleteEndOfWord": ["Alt+Del"],
    "InsertParagraphSeparator": ["Enter", "Return"],
    "InsertLineSeparator": ["Meta+Enter", "Meta+Return", "Shift+Enter", "Shift+Return", "Meta+O"],
    "SaveAs": ["Ctrl+Shift+S"],
    "Preferences": ["Ctrl+,"],
    "Quit": ["Ctrl+Q"],
    "FullScreen": ["Ctrl+Meta+F"],
    "Cancel": ["Esc", "Ctrl+."],
    "Backspace": ["Backspace", "Meta+H"],
}


def _canonical(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.PortableText)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("shortcuts")
    path = folder / "directory.sqlite"
    Directory.open(path, seed_file=write_small_seed(folder / "seed.csv", 30)).close()
    return path


_reports: dict[str, dict] = {}


def probe(scheme: str, database: Path, display: str | None) -> dict:
    """The window's actions and the standard bindings on ``scheme`` (one subprocess, cached)."""
    if scheme in _reports:
        return _reports[scheme]
    platform, desktop = SCHEMES[scheme]
    home = database.parent / scheme
    env = {k: v for k, v in os.environ.items() if k not in DESKTOP_VARIABLES}
    env.update(desktop)
    env.update(
        QT_QPA_PLATFORM=platform,
        QTWEBENGINE_DISABLE_SANDBOX="1",
        DIRECTORY_APP_NO_WELCOME="1",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    if display:
        env["DISPLAY"] = display
    out = database.parent / f"{scheme}.json"
    done = subprocess.run(
        [sys.executable, "-m", "tests.qt.shortcut_probe", str(database), str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["platform"] == platform
    assert report["actions"], "no action with a shortcut was found"
    _reports[scheme] = report
    return report


def collisions_with_standard_keys(actions: list[dict], bindings: dict[str, list[str]]) -> list[str]:
    """(a) an action's shortcut that is a binding of a standard key the action is not defined by."""
    owner: dict[str, set[str]] = {}
    for key, sequences in bindings.items():
        for sequence in sequences:
            owner.setdefault(_canonical(sequence), set()).add(key)
    problems = []
    for action in actions:
        own = set(bindings.get(action["standard_key"] or "", []))
        for sequence in action["shortcuts"]:
            if sequence in own:
                continue  # the platform's own binding for the action's own key
            others = owner.get(_canonical(sequence), set()) - {action["standard_key"]}
            if others:
                problems.append(f"{action['text']!r}: {sequence} is also {', '.join(sorted(others))}")
    return problems


def _nested(a: dict, b: dict) -> bool:
    return any(h["id"] in g["ancestors"] or g["id"] in h["ancestors"] for h in a["homes"] for g in b["homes"])


def shared_sequences(actions: list[dict]) -> list[str]:
    """(b) two actions on one sequence, unless each lives on its own widget (Widget[WithChildren] context)."""
    problems = []
    for i, a in enumerate(actions):
        for b in actions[i + 1 :]:
            for sequence in set(a["shortcuts"]) & set(b["shortcuts"]):
                separate = (
                    a["context"] in WIDGET_CONTEXTS
                    and b["context"] in WIDGET_CONTEXTS
                    and a["homes"]
                    and b["homes"]
                    and not _nested(a, b)
                )
                if not separate:
                    problems.append(f"{a['text']!r} and {b['text']!r} both on {sequence}")
    return problems


def _display_for(scheme: str, request: pytest.FixtureRequest) -> str | None:
    return request.getfixturevalue("x_display") if SCHEMES[scheme][0] == "xcb" else None


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_no_shortcut_is_another_standard_key(scheme, database, request):
    report = probe(scheme, database, _display_for(scheme, request))
    assert collisions_with_standard_keys(report["actions"], report["bindings"]) == []


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_no_two_actions_share_a_shortcut(scheme, database, request):
    report = probe(scheme, database, _display_for(scheme, request))
    assert shared_sequences(report["actions"]) == []


def test_fixed_shortcuts_are_free_on_macos(database):
    """(c) the shortcuts that are not a standard key are no standard binding on macOS either."""
    report = probe("offscreen", database, None)
    fixed = [a for a in report["actions"] if not a["standard_key"]]
    assert fixed, "expected some fixed shortcuts"
    assert collisions_with_standard_keys(fixed, MAC_BINDINGS) == []


def test_the_check_sees_the_linux_delete_collision():
    """The check itself: Ctrl+D beside Delete on the X11 scheme is reported, Delete's own Ctrl+D is not."""
    x11 = {"Delete": ["Del", "Ctrl+D"], "Italic": ["Ctrl+I"]}
    actions = [
        {
            "text": "Delete",
            "shortcuts": ["Del", "Ctrl+D"],
            "standard_key": "Delete",
            "context": "WindowShortcut",
            "homes": [],
        },
        {"text": "Add", "shortcuts": ["Ctrl+D"], "standard_key": None, "context": "WindowShortcut", "homes": []},
    ]
    assert collisions_with_standard_keys(actions, x11) == ["'Add': Ctrl+D is also Delete"]
    assert shared_sequences(actions) == ["'Delete' and 'Add' both on Ctrl+D"]
