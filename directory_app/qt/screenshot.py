"""Save a screenshot of the main window: ``python -m directory_app.qt.screenshot -o shot.png``.

Runs offscreen when no display is set; used for the README and for looking at the UI.
``--lang nl|fr|en`` and ``--theme light|dark|system`` choose the language and appearance;
``QT_SCALE_FACTOR=2`` grabs at 200%; ``--dialog preferences|shortcuts|about-data|welcome`` also
grabs that dialog (to ``<output>-<dialog>.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
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
    parser.add_argument("--map", action="store_true", help="show the map tab (waits for its markers)")
    parser.add_argument("--shortlist", action="append", default=[], metavar="NAME=ID,ID,...")
    parser.add_argument("--tab", type=int, default=0, help="0 list, 1 map, 2 shortlists")
    parser.add_argument("--popup", default="", help="with --map: open this facility's popup")
    parser.add_argument("--view", default="", metavar="LAT,LON,ZOOM", help="with --map: centre and zoom")
    parser.add_argument(
        "--dialog",
        choices=("edit", "new", "trash", "bulk", "backups"),
        help="grab a curation dialog instead of the window (edit/new: the facility form)",
    )
    parser.add_argument("--dialog-tab", type=int, default=0, help="with --dialog edit/new: the form's tab")
    parser.add_argument("--move-marker", action="store_true", help="with --map: move-marker mode on --select")
    parser.add_argument(
        "--import-step",
        choices=("mapping", "problems", "duplicates"),
        help="grab the File › Import wizard at this step, with a demo file (Dutch headers, a duplicate, a bad row)",
    )
    parser.add_argument("--lang", default="en", help="UI language: en, nl or fr")
    parser.add_argument("--theme", default="light", help="system, light or dark")
    parser.add_argument(
        "--extra-dialog", default="", help="also grab a dialog: preferences, shortcuts, about-data, welcome"
    )
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from directory_app.directory import Directory
    from directory_app.domain.errors import OutputPathRefused
    from directory_app.qt.app import configure_application
    from directory_app.qt.main_window import MainWindow
    from directory_app.qt.map_scheme import register_scheme

    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium refuses root otherwise

    from directory_app.qt.theme import apply_theme
    from directory_app.qt.translations import install_language

    register_scheme()
    app = QApplication.instance() or QApplication([])  # honours QT_SCALE_FACTOR (e.g. 2 for 200%)
    configure_application(app)
    install_language(args.lang, app)
    apply_theme(args.theme, app)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Directory.open(args.db or Path(tmp) / "shot.sqlite")
        try:
            directory.guard_output(args.output)  # never the database (--db), a backup or a folder
        except OutputPathRefused as error:
            directory.close()
            print(f"screenshot: {error.message}", file=sys.stderr)
            return 2
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        for item in args.save_search:
            name, _, query = item.partition("=")
            directory.save_search(name, query)
        for item in args.shortlist:
            name, _, ids = item.partition("=")
            _, shortlist = directory.create_shortlist(name, "Visiting CAR-T company, March")
            directory.add_to_shortlist(shortlist.id, ids.split(","))
            for rank, facility_id in enumerate(ids.split(",")[:2], start=1):
                directory.set_shortlist_item(shortlist.id, facility_id, status="contacted", rank=rank)
        window = MainWindow(directory, settings=settings)
        if args.import_step:
            _grab_import_wizard(app, window, Path(tmp), args.import_step, args.output)
            window.close()
            directory.close()
            print(args.output)
            return 0
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        if args.query:
            window.search_bar.set_text(args.query)
        window.table.select_facility(args.select)

        def grab() -> None:
            window.grab().save(str(args.output))
            if args.extra_dialog:
                dialog = {
                    "preferences": lambda: __import__("directory_app.qt.preferences", fromlist=["x"]).PreferencesDialog(
                        settings, window
                    ),
                    "shortcuts": window.shortcuts_dialog,
                    "about-data": window.about_data_dialog,
                    "welcome": window.welcome_dialog,
                }[args.extra_dialog]()
                dialog.show()
                app.processEvents()
                dialog.grab().save(
                    str(args.output.with_name(f"{args.output.stem}-{args.extra_dialog}{args.output.suffix}"))
                )
                dialog.close()
            app.quit()

        if args.dialog:
            dialog = _open_dialog(window, args)

            def grab_dialog() -> None:
                dialog.grab().save(str(args.output))
                app.quit()

            QTimer.singleShot(400, grab_dialog)
            app.exec()
            window.close()
            directory.close()
            print(args.output)
            return 0

        if args.map:

            def shown(*_: object) -> None:
                window.map.markers_shown.disconnect(shown)
                if args.view:
                    lat, lon, zoom = args.view.split(",")
                    window.map.view.set_view(float(lat), float(lon), int(zoom))  # type: ignore[union-attr]
                if args.popup:
                    QTimer.singleShot(600, lambda: window.map.view.show_popup(args.popup))  # type: ignore[union-attr]
                if args.move_marker:
                    f = directory.facility(args.select)
                    window.map.start_move(args.select, f.latitude if f else None, f.longitude if f else None)
                QTimer.singleShot(2500, grab)  # tiles and popups load after the markers

            window.map.markers_shown.connect(shown)
            window.show_map()
            QTimer.singleShot(30000, grab)  # never hang
        else:
            window.views.setCurrentIndex(args.tab)
            QTimer.singleShot(400, grab)
        app.exec()
        window.close()
        directory.close()
    print(args.output)
    return 0


def _open_dialog(window: object, args: argparse.Namespace) -> object:
    """Open one curation dialog on the window (with some trash or backups to show)."""
    curation = window.curation  # type: ignore[attr-defined]
    directory = window.directory  # type: ignore[attr-defined]
    if args.dialog in ("edit", "new"):
        form = curation.edit_facility(args.select) if args.dialog == "edit" else curation.new_facility()
        form.tabs.setCurrentIndex(args.dialog_tab)
        return form
    if args.dialog == "trash":
        ids = [f.id for f in directory.facilities()[:3]]
        curation.delete_selected(ids)
        dialog = curation.show_trash()
        dialog.table.selectRow(0)
        return dialog
    if args.dialog == "bulk":
        window.table.selectAll()  # type: ignore[attr-defined]
        return curation.bulk_edit()
    directory.backup("manual")
    directory.bulk_edit([directory.facilities()[0].id], "confidence", "low")
    return curation.choose_backup()


def _demo_import_file(folder: Path, directory) -> Path:  # type: ignore[no-untyped-def]
    existing = next(f for f in directory.facilities() if f.website and f.city)
    lines = [
        "Naam;Soort;Gemeente;Postcode;Land;Breedtegraad;Lengtegraad;Website;Diensten;Telefoon",
        "Gent Bio-Incubator Noord;Incubator;Gent;9052;België;51,0236;3,7100;www.gentbio-noord.be;"
        "Labruimte, coaching;+32 9 123 45 67",
        "Cellule Liège Sart-Tilman;Incubateur;Liège;4000;Belgique;;;https://cellule-st.be;Exosome production;",
        f"{existing.name};{existing.kind};{existing.city};{existing.postal_code};{existing.country};;;"
        f"{existing.website};Lab space;+32 16 00 00 00",
        "Laboratoire de Paris;Incubateur;Paris;75001;France;;;;;",
        "Leiden Cell Factory;CGT production site;Leiden;2333 CA;Nederland;52,1663;4,4797;;GMP manufacturing;",
    ]
    path = folder / "leden-2026.csv"
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    return path


def _grab_import_wizard(app, window, folder: Path, step: str, output: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop, QTimer

    from directory_app.qt.import_wizard import ImportWizard

    wizard = window.import_wizard()
    wizard.show()
    wizard.set_file(_demo_import_file(folder, window.directory))
    wizard.next()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    if step != "mapping":
        wizard.next()
        for _ in range(300):
            if wizard.plan is not None:
                break
            settle(100)
        if step == "duplicates":
            wizard.problems_page.partial.setChecked(True)
            wizard.next()
            assert wizard.currentId() == ImportWizard.DUPLICATES
    settle(400)
    wizard.grab().save(str(output))
    wizard.close()


if __name__ == "__main__":
    raise SystemExit(main())
