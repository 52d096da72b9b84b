"""Chromium flags chosen before QtWebEngine starts: software compositing only where there is no OpenGL."""

from __future__ import annotations

import pytest

from directory_app.qt import webengine_setup
from directory_app.qt.webengine_setup import FLAGS_ENV, NO_GPU_FLAG, choose_chromium_flags


@pytest.fixture
def undecided(monkeypatch):
    monkeypatch.setattr(webengine_setup, "_decided", False)
    monkeypatch.delenv(FLAGS_ENV, raising=False)
    return monkeypatch


def test_without_opengl_chromium_gets_its_software_compositor(undecided):
    import os

    assert choose_chromium_flags(has_gl=False) == NO_GPU_FLAG
    assert os.environ[FLAGS_ENV] == NO_GPU_FLAG
    assert choose_chromium_flags(has_gl=True) == NO_GPU_FLAG  # decided once: QtWebEngine read it already


def test_with_opengl_nothing_changes(undecided):
    import os

    assert choose_chromium_flags(has_gl=True) == ""
    assert FLAGS_ENV not in os.environ


def test_the_users_own_flags_win(undecided):
    import os

    undecided.setenv(FLAGS_ENV, "--enable-logging --v=1")
    assert choose_chromium_flags(has_gl=False) == "--enable-logging --v=1"
    assert os.environ[FLAGS_ENV] == "--enable-logging --v=1"


def test_the_flag_leaves_the_environment_once_chromium_runs(undecided):
    import os

    undecided.setattr(webengine_setup, "_set_by_us", False)
    choose_chromium_flags(has_gl=False)
    webengine_setup.restore_environment()
    assert FLAGS_ENV not in os.environ  # programs the app starts do not inherit it
    assert choose_chromium_flags(has_gl=False) == ""  # decided once: not set again


def test_the_users_flags_are_never_taken_out(undecided):
    import os

    undecided.setattr(webengine_setup, "_set_by_us", False)
    undecided.setenv(FLAGS_ENV, "--disable-gpu --v=1")
    choose_chromium_flags(has_gl=False)
    webengine_setup.restore_environment()
    assert os.environ[FLAGS_ENV] == "--disable-gpu --v=1"
