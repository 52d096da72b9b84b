"""Save a screenshot of the main window: ``python -m directory_app.qt.screenshot -o shot.png``.

Runs offscreen when no display is set; used for the README and for looking at the UI.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Open a throw-away copy of the seed directory, select a facility, grab the window."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--select", default="necstgen-mirai-house-leiden-bio-science-park")
    parser.add_argument("--size", default="1400x820")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--query", default="", help="search text to show")
    parser.add_argument("--save-search", action="append", default=[], metavar="NAME=QUERY")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from directory_app.directory import Directory
    from directory_app.qt.app import configure_application
    from directory_app.qt.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Directory.open(args.db or Path(tmp) / "shot.sqlite")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        for item in args.save_search:
            name, _, query = item.partition("=")
            directory.save_search(name, query)
        window = MainWindow(directory, settings=settings)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        if args.query:
            window.search_bar.set_text(args.query)
        window.table.select_facility(args.select)

        def grab() -> None:
            window.grab().save(str(args.output))
            app.quit()

        QTimer.singleShot(400, grab)
        app.exec()
        window.close()
        directory.close()
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
