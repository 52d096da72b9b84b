"""The README's one-time apt-get line is the list CI installs (and CI proves it opens a window)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XCB = {
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
}
CI_ONLY = {"e2fsprogs", "xvfb", "xauth", "openbox", "xdotool", "fonts-dejavu-core"}


def _apt_packages(text: str) -> set[str]:
    """Package names of the first ``apt-get install`` command in ``text`` (lines joined at ``\\``)."""
    joined = text.replace("\\\n", " ")
    line = next(line for line in joined.splitlines() if "apt-get install" in line)
    words = line.split("apt-get install", 1)[1].split(">")[0].split()
    return {w for w in words if re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", w)}


def test_readme_lists_what_ci_installs():
    readme = _apt_packages((ROOT / "README.md").read_text(encoding="utf-8"))
    ci = _apt_packages((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert XCB <= readme, f"README misses {sorted(XCB - readme)}"
    assert readme - {"python3-venv"} == ci - CI_ONLY


def test_readme_names_the_shortcuts_the_app_uses():
    from directory_app.qt import shortcuts

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for key in (
        shortcuts.ADD_TO_SHORTLIST,
        shortcuts.EXPORT,
        shortcuts.IMPORT,
        shortcuts.DETAILS_PANE,
        shortcuts.SEARCH_MAP_AREA,
    ):
        assert key in text, key
    assert "Ctrl+D add" not in text and "(Ctrl+E)" not in text
