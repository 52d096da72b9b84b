"""Where the map page's JavaScript and CSS come from: installed packages and our own files.

Leaflet and Leaflet.markercluster come from the XStatic packages on PyPI; ``resources/web``
holds only our own files. The page asks for them as ``<base>/web/<package>/<file>``;
:func:`asset_path` answers with a file inside one of those folders, never outside.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path, PurePosixPath

from directory_app.config import resources_dir


def _xstatic_dir(name: str) -> Path | None:
    try:
        module = __import__(f"xstatic.pkg.{name}", fromlist=["BASE_DIR"])
    except ImportError:
        return None
    return Path(module.BASE_DIR)


def asset_roots() -> dict[str, Path]:
    """Folder of each asset package the page may load from: ``leaflet``, ``markercluster``, ``app``."""
    roots: dict[str, Path] = {"app": resources_dir() / "web"}
    for key, package in (("leaflet", "leaflet"), ("markercluster", "leaflet_markercluster")):
        folder = _xstatic_dir(package)
        if folder is not None:
            roots[key] = folder
    return roots


# folium's asset names -> the file we serve instead (None: not needed by our pages, left out)
FOLIUM_ASSETS: dict[str, str | None] = {
    "leaflet": "leaflet/leaflet.js",
    "leaflet_css": "leaflet/leaflet.css",
    "markerclusterjs": "markercluster/leaflet.markercluster.js",
    "markerclustercss": "markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "markercluster/MarkerCluster.Default.css",
    # only folium's Icon needs these (we draw markers with our own CSS)
    "jquery": None,
    "bootstrap": None,
    "awesome_markers": None,
    "bootstrap_css": None,
    "glyphicons_css": None,
    "awesome_markers_font_css": None,
    "awesome_markers_css": None,
    "awesome_rotate_css": None,
}
"""Every folium asset our pages may meet; an unknown one is an error, not a silent CDN link."""


class UnknownAssetError(RuntimeError):
    """folium asked for an asset we do not serve locally (a folium upgrade added one)."""


def local_asset(name: str) -> str | None:
    """Our path (``package/file``) for a folium asset name, ``None`` when left out.

    :raises UnknownAssetError: for a name not in :data:`FOLIUM_ASSETS`
    """
    if name not in FOLIUM_ASSETS:
        raise UnknownAssetError(f"folium asset {name!r} has no local copy; add it to FOLIUM_ASSETS")
    return FOLIUM_ASSETS[name]


def asset_path(relative: str) -> Path | None:
    """The file for ``package/file/...``, or ``None`` when unknown or outside the package folder.

    :param relative: the path after ``/web/`` in the page's URL
    """
    parts = PurePosixPath(relative).parts
    if len(parts) < 2 or any(p in ("..", ".", "") or "\\" in p or ":" in p for p in parts):
        return None
    root = asset_roots().get(parts[0])
    if root is None:
        return None
    path = root.joinpath(*parts[1:]).resolve()
    if not path.is_relative_to(root.resolve()) or not path.is_file():
        return None
    return path


def asset_bytes(relative: str) -> bytes | None:
    """Contents of an asset (see :func:`asset_path`)."""
    path = asset_path(relative)
    return None if path is None else path.read_bytes()


def mime_type(relative: str) -> str:
    """The content type to serve an asset with."""
    if relative.endswith(".js"):
        return "text/javascript"
    if relative.endswith(".css"):
        return "text/css"
    guessed, _ = mimetypes.guess_type(relative)
    return guessed or "application/octet-stream"
