"""Entry point of the frozen bundle: the ``directory-app`` command, plus two hidden options for its smoke test.

``directory-app [ARGS]`` is ``directory_app.cli.main`` (the GUI, or a sub-command), as for a pip install.
Hidden, for ``python -m directory_app.tools.smoke_bundle`` (never shown in ``--help``):

* ``--bundle-check`` prints, as JSON, where the bundle finds what the app needs (seed, gazetteer,
  borders, basemap, fonts, map assets, compiled translations) and which development packages are
  absent; exit 0 when everything needed is there, 1 otherwise. Reads only.
* ``--bundle-screenshot ARGS`` runs ``directory_app.qt.screenshot`` (``-o shot.png [--map] ...``).
* ``--bundle-user-data write|read`` writes one of each kind of user data the command line cannot
  (a saved search, a note on a facility, a local edit of a facility) to the user's default database
  through the app's own facade, or prints what is there as JSON: the smoke test checks that
  reinstalling keeps it.
"""

from __future__ import annotations

import sys


def bundle_check() -> int:
    """What a frozen app needs, found where the app's own code looks for it."""
    import importlib.util
    import json
    from pathlib import Path

    from directory_app import __version__, config
    from directory_app.exporters.pdf_handout import font_files
    from directory_app.maps.assets import asset_path
    from directory_app.maps.tiles import basemap_path

    report: dict[str, object] = {"version": __version__, "frozen": bool(getattr(sys, "frozen", False))}
    files = {
        "seed": config.seed_path(),
        "gazetteer": config.gazetteer_path(),
        "borders": config.borders_path(),
        "basemap_layers": config.basemap_layers_path(),
        "place_names": config.place_names_path(),
        "basemap": basemap_path(),
        "leaflet": asset_path("leaflet/leaflet.js"),
        "markercluster": asset_path("markercluster/leaflet.markercluster.js"),
        "map_script": asset_path("app/map.js"),
        "window_icon": config.resources_dir() / "icons" / "directory-app.svg",
    }
    try:
        files.update({f"font{style or '-regular'}": path for style, path in font_files().items()})
    except Exception as error:  # reported, not raised: the check lists every gap
        files["font"] = None
        report["font_error"] = str(error)
    from directory_app.qt.translations import load_translator, qm_path

    for language in ("nl", "fr"):
        try:
            files[f"qm_{language}"] = qm_path(language)
        except (OSError, RuntimeError) as error:
            files[f"qm_{language}"] = None
            report[f"qm_{language}_error"] = str(error)
        report[f"translator_{language}_loads"] = load_translator(language) is not None
    report["files"] = {name: (str(path) if path else None) for name, path in files.items()}
    missing = [name for name, path in files.items() if path is None or not Path(path).is_file()]
    report["missing"] = missing
    bundle = Path(getattr(sys, "_MEIPASS", Path(__file__).parent)).resolve()
    outside = [
        name for name, path in files.items() if path is not None and not Path(path).resolve().is_relative_to(bundle)
    ]
    report["outside_bundle"] = outside
    unwanted = ("pandas", "pytest", "hypothesis", "datasette", "ruff", "importlinter", "pypdf", "tkinter")
    report["present_dev_packages"] = [name for name in unwanted if importlib.util.find_spec(name) is not None]
    # no Python from outside: every mapped file is the bundle's or a system library
    maps = Path("/proc/self/maps")
    mapped = (
        {line.split(None, 5)[5].strip() for line in maps.read_text().splitlines() if len(line.split()) > 5}
        if maps.exists()
        else set()
    )
    report["python_outside_bundle"] = sorted(
        path
        for path in mapped
        if path.startswith("/")
        and not Path(path).resolve().is_relative_to(bundle)
        and ("python" in path.lower() or "site-packages" in path)
    )
    print(json.dumps(report, indent=2))
    translated = all(report[f"translator_{language}_loads"] for language in ("nl", "fr"))
    clean = not report["present_dev_packages"] and not report["python_outside_bundle"]
    return 0 if not missing and not outside and translated and clean else 1


SMOKE_SEARCH = ("Bundle smoke test", "CAR-T near:Leuven within:80km")
SMOKE_NOTE = "Bundle smoke test: a private note"
SMOKE_SUFFIX = " (edited locally)"


def user_data(action: str) -> int:
    """Write (``write``) or print (``read``) the smoke test's user data in the default database."""
    import dataclasses
    import json

    from directory_app.directory import Directory

    directory = Directory.open(read_only=action != "write")
    try:
        target = directory.search("CAR-T").ids[0] if action == "write" else ""
        if action == "write":
            directory.save_search(*SMOKE_SEARCH)
            directory.set_note(target, SMOKE_NOTE)
            facility = directory.facility(target)
            assert facility is not None
            directory.save_facility(dataclasses.replace(facility, name=facility.name + SMOKE_SUFFIX))
        overrides = directory.local_overrides()
        edited = [o.facility_id for o in overrides]
        report = {
            "database": str(directory.path),
            "saved_searches": [[s.name, s.query] for s in directory.saved_searches()],
            "notes": {fid: directory.note(fid) for fid in sorted(set(edited)) if directory.note(fid)},
            "local_overrides": sorted({(o.facility_id, o.field) for o in overrides}),
            "names": {fid: f.name for fid in sorted(set(edited)) if (f := directory.facility(fid))},
        }
    finally:
        directory.close()
    print(json.dumps(report, indent=2, default=str))
    return 0


def main() -> int:
    arguments = sys.argv[1:]
    if arguments[:1] == ["--bundle-check"]:
        return bundle_check()
    if arguments[:1] == ["--bundle-screenshot"]:
        from directory_app.qt.screenshot import main as screenshot

        return screenshot(arguments[1:])
    if arguments[:1] == ["--bundle-user-data"] and arguments[1:] in (["write"], ["read"]):
        return user_data(arguments[1])
    from directory_app.cli import main as cli

    return cli()


if __name__ == "__main__":
    raise SystemExit(main())
