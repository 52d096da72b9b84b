"""Where things are: the shipped seed, the gazetteer, the borders, resources and the user's database.

No Qt here: the command line and the GUI resolve paths the same way.
"""

from __future__ import annotations

import os
from importlib import util as importlib_util
from pathlib import Path

APP_NAME = "directory-app"
ORGANISATION = "directory-app"
DB_ENV_VAR = "DIRECTORY_APP_DB"
DEFAULT_DB_NAME = "directory.sqlite"


def _installed_dir(package: str) -> Path | None:
    spec = importlib_util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _top_level_dir(name: str, package: str, marker: str) -> Path:
    """A folder kept at the top of the repository and installed as ``directory_app.<package>``."""
    source_tree = Path(__file__).resolve().parent.parent / name
    if (source_tree / marker).exists() and (source_tree.parent / "pyproject.toml").exists():
        return source_tree
    try:
        installed = _installed_dir(f"directory_app.{package}")
    except ModuleNotFoundError:
        installed = None
    if installed is not None and installed.is_dir():
        return installed
    raise FileNotFoundError(f"cannot find the application's {name}/ folder")


def data_dir() -> Path:
    """The read-only folder holding the seed dataset and the gazetteer."""
    return _top_level_dir("data", "_data", "facilities.csv")


def resources_dir() -> Path:
    """The read-only folder holding icons, web assets and translations."""
    return _top_level_dir("resources", "_resources", "icons")


def seed_path() -> Path:
    """The shipped seed dataset (CSV)."""
    return data_dir() / "facilities.csv"


def gazetteer_path() -> Path:
    """The shipped offline gazetteer (SQLite)."""
    return data_dir() / "gazetteer.sqlite"


def place_names_path() -> Path:
    """City names by language (built from the gazetteer by ``directory_app.tools.build_place_names``)."""
    return data_dir() / "place_names.csv"


def borders_path() -> Path:
    """The shipped country borders of the Benelux and its neighbours (GeoJSON)."""
    return data_dir() / "borders.geojson"


def basemap_layers_path() -> Path:
    """The shipped vector detail of the offline map for the Benelux: lakes, province lines (GeoJSON)."""
    return data_dir() / "basemap_layers.geojson"


def default_database_path() -> Path:
    """The user's database: ``$DIRECTORY_APP_DB`` if set, else a file in the user data folder."""
    env = os.environ.get(DB_ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs  # here, not at the top: ~30 ms the GUI's first window does not need

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_DB_NAME


def tile_cache_path() -> Path:
    """The user's map tile cache (an MBTiles file in the user cache folder); ``$DIRECTORY_APP_TILE_CACHE`` wins."""
    env = os.environ.get("DIRECTORY_APP_TILE_CACHE", "").strip()
    if env:
        return Path(env).expanduser()
    return user_cache_dir() / "tiles.mbtiles"


def user_cache_dir() -> Path:
    """The app's folder in the user cache (tiles, map pages, icons, compiled translations)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def map_page_cache_dir() -> Path:
    """Where rendered map pages are kept (see ``maps.page_cache``), in the user cache folder."""
    return user_cache_dir() / "map-pages"


def default_backup_folder() -> Path:
    """Where automatic and manual backups of the database go (``backups`` in the user data folder)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups"
