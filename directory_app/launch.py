"""The ``directory-app`` command's front door: the window starts without loading the command line.

The command line (:mod:`directory_app.cli`: every sub-command's parser and the modules they need)
costs about 45 ms to import and build, a fifth of the time to the first rows. A start with no
sub-command -- only ``--db PATH``, ``--read-only`` and Qt's own dash options -- goes straight to the
window; anything else (a sub-command, ``--help``, ``--version``, a bare word, a ``--db`` value the
command line would refuse) goes to :func:`directory_app.cli.main`, which parses it fully and says
what is wrong. Standard library only.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def gui_start(argv: Sequence[str]) -> tuple[Path | None, bool, list[str]] | None:
    """``(db, read_only, qt_args)`` when ``argv`` only starts the window; ``None`` for the command line.

    :param argv: the arguments after the program name
    """
    db: Path | None = None
    read_only = False
    qt_args: list[str] = []
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--read-only":
            read_only = True
        elif token == "--db" or token.startswith("--db="):
            if token == "--db":
                if i + 1 >= len(argv):
                    return None
                i += 1
                value = argv[i]
            else:
                value = token.removeprefix("--db=")
            if not value or value.endswith(("/", os.sep)):
                return None  # the command line explains why
            db = Path(value)
        elif token.startswith("-") and not token.startswith("--") and token not in ("-h", "-V"):
            qt_args.append(token)  # Qt's own options (-style=fusion, -reverse)
        else:
            return None  # a sub-command, --help, --version, a long option, a bare word
        i += 1
    return db, read_only, qt_args


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``directory-app``, ``python -m directory_app`` and ``python main.py``."""
    args = list(sys.argv[1:] if argv is None else argv)
    start = gui_start(args)
    if start is None:
        from directory_app.cli import main as command_line

        return command_line(args)
    db, read_only, qt_args = start
    # The first window's own plain-Python modules (the first page's reader, the rows, the city names) are
    # loaded before Qt: once PySide6 is loaded, it reads the source of every module imported after it
    # (looking for its ``__feature__`` switches), ~0.1 ms a module. Measured, see docs/performance.md.
    import directory_app.db.first_page
    import directory_app.search.city_names  # noqa: F401
    from directory_app.qt.app import run_gui  # Qt is imported only for the window

    return run_gui(db_path=db, read_only=read_only, qt_args=qt_args)
