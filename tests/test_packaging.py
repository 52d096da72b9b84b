"""pyproject lists every package, and ships data/ and resources/ with the app."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_python_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "directory_app").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert config["package-dir"] == {"directory_app._data": "data", "directory_app._resources": "resources"}


def test_shipped_files_match_package_data_patterns():
    import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = config["package-data"]["directory_app._data"]
    for name in ("facilities.csv", "gazetteer.sqlite", "borders.geojson", "basemap_layers.geojson", "SOURCES.md"):
        assert (ROOT / "data" / name).exists()
        assert any(fnmatch.fnmatch(name, p) for p in patterns), name
