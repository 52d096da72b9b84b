"""Map pages kept on disk once rendered, so that later starts show the map without folium.

Rendering the page takes folium, branca and jinja (about half a second to import, dozens of
templates compiled) although the page only changes with the language, the tile source, the
borders and the place labels. A rendered page is saved under a key made of everything it is made
of -- every :class:`~directory_app.maps.page.MapPage` field except the initial view, the versions
of the app and folium, and the source of the modules that render it -- and read back while the key
stays the same. The initial view is left out (it changes whenever the user pans): the caller puts
the map where it should be once the page is ready (``dirmap.setView``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import os
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path

from directory_app import __version__
from directory_app.maps.page import MapPage

KEEP = 6
"""Pages kept (the newest by use); one per language and tile source in practice."""

PREFIX = "map-page-"
RENDER_MODULES = (
    "directory_app.maps.render",
    "directory_app.maps.page",
    "directory_app.maps.assets",
    "directory_app.maps.tiles",
)
RENDER_PACKAGES = ("folium", "branca", "jinja2")
CACHED_VIEW = ((50.9, 4.9), 6)
"""The view every cacheable page is rendered with (no detail tiles below zoom 7): the caller
moves the map to its own view once the page is ready, whether the page was cached or not."""


@cache
def _code_digest() -> str:
    """What the pages are made with: the app's and folium's versions and the rendering modules' source."""
    digest = hashlib.sha256(__version__.encode())
    for package in RENDER_PACKAGES:
        try:
            digest.update(f"{package} {metadata.version(package)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"no {package}\n".encode())
    for name in RENDER_MODULES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        digest.update(Path(origin).read_bytes() if origin else name.encode())
    return digest.hexdigest()


def page_key(page: MapPage) -> str:
    """The cache key of a page: equal for pages that render alike apart from their initial view."""
    fields = {f.name: getattr(page, f.name) for f in dataclasses.fields(page) if f.name not in ("center", "zoom")}
    # no sort_keys: equal pages are built in the same order (at worst an unequal order renders once more)
    text = json.dumps(fields, ensure_ascii=False, default=str, allow_nan=True, check_circular=False)
    return hashlib.sha256((_code_digest() + "\n" + text).encode("utf-8")).hexdigest()[:24]


def page_html(page: MapPage, folder: Path, *, render: Callable[[MapPage], str] | None = None) -> tuple[str, bool]:
    """The page's HTML and whether it came from ``folder`` (``False``: rendered now, and saved).

    A cacheable page is always rendered at :data:`CACHED_VIEW`, never at ``page.center`` and
    ``page.zoom``: move it there once it is ready. Pages with inline data or tiles (standalone
    files) are never cached, and keep their own view. A cache that cannot be read or written is
    passed by: the page is rendered.

    :param render: renders a page (``maps.render.render_page``, imported only when needed)
    """
    cacheable = page.data is None and page.tiles is None and not page.inline
    path = None
    if cacheable:
        page = dataclasses.replace(page, center=CACHED_VIEW[0], zoom=min(CACHED_VIEW[1], page.max_zoom))
        try:
            path = folder / f"{PREFIX}{page_key(page)}.html"
        except OSError:  # the rendering modules' source cannot be read (a frozen build): no cache
            path = None
    if path is not None:
        try:
            html = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            html = ""
        if html:
            try:
                os.utime(path)  # most recently used: trimmed last
            except OSError:
                pass
            return html, True
    if render is None:
        from directory_app.maps.render import render_page as render
    html = render(page)
    if path is not None:
        _save(path, html)
        _trim(folder)
    return html, False


def _save(path: Path, html: str) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(html, encoding="utf-8")
        os.replace(partial, path)  # whole or not at all
    except OSError:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass


def _trim(folder: Path, keep: int = KEEP) -> None:
    try:
        pages = sorted(folder.glob(f"{PREFIX}*.html"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in pages[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
