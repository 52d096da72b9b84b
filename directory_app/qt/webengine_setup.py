"""Chromium settings chosen before QtWebEngine starts (it reads them once, when the first page is made).

Without a usable OpenGL (a virtual machine, a remote session, the offscreen platform) Chromium
emulates a GPU in software inside the app's process, which costs about 60 MB more memory than its
plain software compositor for the same map (measured: a blank page 222 MB against 162 MB). There
the app asks for the plain one (``--disable-gpu``). With a real GPU nothing changes, and flags
the user put in ``$QTWEBENGINE_CHROMIUM_FLAGS`` always win.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QOpenGLContext

FLAGS_ENV = "QTWEBENGINE_CHROMIUM_FLAGS"
NO_GPU_FLAG = "--disable-gpu"

_decided = False
_set_by_us = False


def opengl_available() -> bool:
    """Whether Qt can create an OpenGL context on this display."""
    context = QOpenGLContext()
    try:
        return bool(context.create())
    finally:
        context.deleteLater()


def choose_chromium_flags(*, has_gl: bool | None = None) -> str:
    """Set ``$QTWEBENGINE_CHROMIUM_FLAGS`` for this machine (once; later calls change nothing) and
    return what it holds.

    :param has_gl: whether OpenGL works (tests); by default asked of Qt
    """
    global _decided, _set_by_us
    current = os.environ.get(FLAGS_ENV, "")
    if _decided or NO_GPU_FLAG in current.split():
        _decided = True
        return current
    _decided = True
    if current.strip():  # the user's own flags: theirs to choose
        return current
    if has_gl is None:
        has_gl = opengl_available()
    if not has_gl:
        os.environ[FLAGS_ENV] = NO_GPU_FLAG
        _set_by_us = True
    return os.environ.get(FLAGS_ENV, "")


def restore_environment() -> None:
    """Take our flag out of the environment again once Chromium has started (it read it then), so
    that programs the app starts, such as a browser for a link, do not inherit it."""
    global _set_by_us
    if _set_by_us and os.environ.get(FLAGS_ENV) == NO_GPU_FLAG:
        del os.environ[FLAGS_ENV]
    _set_by_us = False
