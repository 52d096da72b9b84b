"""The app's icons (Font Awesome, drawn by qtawesome), kept as PNG files in the user cache.

qtawesome and its icon fonts take a few hundred milliseconds to load, which start-up cannot
spare at 100,000 facilities. The first time an icon is asked for it is drawn by qtawesome and
saved (at :data:`PIXELS` pixels, with one file per name, colour and qtawesome version); every
later start reads the PNG files and never imports qtawesome. ``$DIRECTORY_APP_ICON_CACHE``
chooses the folder (tests).
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from directory_app import config

ICON_CACHE_ENV = "DIRECTORY_APP_ICON_CACHE"
PIXELS = 96
"""Side of the cached pictures: enough for a 48-pixel toolbar at 200% scaling."""


@cache
def _qtawesome_version() -> str:
    """qtawesome's version, from its ``.dist-info`` folder's name (``importlib.metadata`` costs the first
    window ~50 ms of imports); from the package metadata when no such folder is found."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, _, kind = name.rpartition(".")
            if kind == "dist-info" and stem.lower().startswith("qtawesome-"):
                return stem.split("-", 1)[1]
    from importlib import metadata

    try:
        return metadata.version("QtAwesome")
    except metadata.PackageNotFoundError:
        return "unknown"


def cache_dir() -> Path:
    """Where the drawn icons are kept."""
    env = os.environ.get(ICON_CACHE_ENV, "").strip()
    if env:
        return Path(env)
    return config.user_cache_dir() / "icons"


def cached_path(name: str, color: str | None = None) -> Path:
    """The PNG file of an icon (whether drawn yet or not)."""
    key = f"{name}|{color or ''}|{_qtawesome_version()}|{PIXELS}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)
    return cache_dir() / f"{safe}-{digest}.png"


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``name`` (a qtawesome name such as ``fa6s.list``), in ``color`` if given.

    Never raises: an icon that cannot be drawn is an empty icon, and a cache that cannot be
    written only means the icon is drawn again next time.
    """
    path = cached_path(name, color)
    if path.is_file():
        loaded = QIcon(str(path))
        if not loaded.isNull():
            return loaded
    try:
        import qtawesome as qta

        drawn = qta.icon(name, color=color) if color else qta.icon(name)
    except Exception:
        return QIcon()
    _save(drawn, path)
    return drawn


def _save(drawn: QIcon, path: Path) -> None:
    """Write the picture next to its final name, then rename it (a crash never leaves half a PNG)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if drawn.pixmap(PIXELS, PIXELS).save(str(partial), "PNG"):
            os.replace(partial, path)
    except OSError:
        pass
    finally:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
