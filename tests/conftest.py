"""Shared fixtures. Qt runs offscreen; QtWebEngine may run as root (CI)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("LANG", "en_GB.UTF-8")

from collections.abc import Iterator
from pathlib import Path

import pytest

from directory_app import config
from directory_app.directory import Directory
from tests.fixtures.small_seed import write_small_seed

# `server`: a tile server on 127.0.0.1; `immutable`: read-only places even for root
pytest_plugins = ["tests.fixtures.tile_server", "tests.fixtures.immutable"]


@pytest.fixture(autouse=True)
def _isolated_user_paths(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user database or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv(config.DB_ENV_VAR, raising=False)


@pytest.fixture
def seed_file() -> Path:
    """The shipped seed CSV."""
    return config.seed_path()


@pytest.fixture
def small_seed(tmp_path: Path) -> Path:
    """A deterministic synthetic seed of 30 facilities (never the real data)."""
    return write_small_seed(tmp_path / "small_seed.csv", 30)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a database that does not exist yet."""
    return tmp_path / "directory.sqlite"


@pytest.fixture
def directory(db_path: Path, small_seed: Path) -> Iterator[Directory]:
    """A directory created from the small synthetic seed."""
    d = Directory.open(db_path, seed_file=small_seed)
    yield d
    d.close()


@pytest.fixture
def seeded_directory(db_path: Path, seed_file: Path) -> Iterator[Directory]:
    """A directory created from the real shipped seed."""
    d = Directory.open(db_path, seed_file=seed_file)
    yield d
    d.close()
