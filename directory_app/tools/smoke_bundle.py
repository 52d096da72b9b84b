"""Smoke test of the standalone bundle: ``python -m directory_app.tools.smoke_bundle [--tarball PATH]``.

Installs the tarball made by ``directory_app.tools.build_bundle`` the way a user does, and runs the
installed app in a clean environment -- ``env -i HOME=<fresh folder> PATH=/usr/bin:/bin`` (no
Python, no ``PYTHONPATH``, no virtual environment on the way) -- checking:

1. ``install.sh``: the app in ``~/.local/opt/directory-app``, the menu entry (its ``Exec`` the
   installed program), the icon and the ``~/.local/bin`` link;
2. the bundle finds everything it needs inside itself (seed, gazetteer, borders, basemap, place
   names, fonts, Leaflet, compiled translations) and holds no development package;
3. ``--version``, ``info`` (the database created in the platform's user data folder) and
   ``search "CAR-T"``;
4. an export of every format, each read back by its own reader from this environment (``csv``,
   openpyxl, ``json``, ``html.parser``, pypdf);
5. the window under Xvfb with the xcb platform: the real start (first rows, then the map with its
   markers, timed by the app's start-up probe) and a screenshot of the offline map (``--screenshot``
   keeps it to look at);
6. user data kept over a reinstall: shortlists and their notes (from the command line), a saved
   search, a note and a local edit (written through the bundle's own facade), then ``install.sh``
   again over the installed app, then the same data read back;
7. ``uninstall.sh`` removes the app, the entry, the icon and the link, and leaves the user data.

Exit codes: 0 every check passed; 1 some failed (listed); 2 cannot run (no tarball, not Linux, no
``xvfb-run`` without ``--no-gui``). ``--json PATH`` writes the steps, their times and the sizes.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from directory_app import __version__

ROOT = Path(__file__).resolve().parents[2]
CLEAN_PATH = "/usr/bin:/bin"
SCREEN = "1600x1000x24"
EXPORT_FORMATS = ("csv", "xlsx", "geojson", "html", "pdf")
SHORTLIST = "Bundle smoke test"


class SmokeFailure(Exception):
    """A check failed; the message says what was expected and what was found."""


@dataclass
class Smoke:
    """One run: the installed app in a fresh home, and what was found."""

    tarball: Path
    home: Path
    gui: bool = True
    screenshot: Path | None = None
    steps: list[dict[str, object]] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)

    @property
    def install_dir(self) -> Path:
        return self.home / ".local" / "opt" / "directory-app"

    @property
    def exe(self) -> Path:
        return self.install_dir / "directory-app"

    @property
    def user_data_dir(self) -> Path:
        return self.home / ".local" / "share" / "directory-app"

    def env(self, **extra: str) -> list[str]:
        """``env -i`` and the clean environment's variables (``QTWEBENGINE_DISABLE_SANDBOX`` only as root:
        Chromium refuses to start its sandbox for root)."""
        values = {"HOME": str(self.home), "PATH": CLEAN_PATH, **extra}
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            values["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        return ["env", "-i", *(f"{key}={value}" for key, value in values.items())]

    def run(self, *args: str, expect: int = 0, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess:
        """The installed app with ``args`` in the clean environment."""
        result = subprocess.run(
            [*self.env(**extra), str(self.exe), *args], capture_output=True, text=True, timeout=timeout, check=False
        )
        if result.returncode != expect:
            tail = " ".join((result.stderr or result.stdout).strip().splitlines()[-3:])
            raise SmokeFailure(f"`directory-app {' '.join(args)}` exited {result.returncode}, not {expect}: {tail}")
        return result

    def shell(self, script: Path) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [*self.env(), "/bin/sh", str(script)], capture_output=True, text=True, timeout=600, check=False
        )
        if result.returncode != 0:
            raise SmokeFailure(f"{script.name} exited {result.returncode}: {result.stderr.strip()}")
        return result

    def step(self, name: str, check: Callable[[], object]) -> bool:
        started = time.monotonic()
        try:
            detail = check()
            ok, message = True, detail if isinstance(detail, str) else ""
        except (SmokeFailure, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as error:
            ok, message = False, str(error)
        seconds = round(time.monotonic() - started, 2)
        self.steps.append({"step": name, "ok": ok, "seconds": seconds, "detail": message})
        print(f"{'ok  ' if ok else 'FAIL'} {name} ({seconds} s){': ' + message if message else ''}", flush=True)
        return ok

    # ------------------------------------------------------------------ the checks

    def unpack_and_install(self) -> str:
        download = self.home / "Downloads"
        download.mkdir(parents=True)
        subprocess.run(["tar", "-xzf", str(self.tarball), "-C", str(download)], check=True, timeout=600)
        folders = [p for p in download.iterdir() if p.is_dir()]
        if len(folders) != 1 or not (folders[0] / "install.sh").is_file():
            raise SmokeFailure(f"the tarball should hold one folder with install.sh, found {folders}")
        self.facts["unpacked"] = str(folders[0])
        self.shell(folders[0] / "install.sh")
        if not os.access(self.exe, os.X_OK):
            raise SmokeFailure(f"no program at {self.exe}")
        desktop = self.home / ".local/share/applications/directory-app.desktop"
        entry = dict(line.split("=", 1) for line in desktop.read_text(encoding="utf-8").splitlines() if "=" in line)
        if entry.get("Exec") != f'"{self.exe}"' or entry.get("Icon") != "directory-app":
            raise SmokeFailure(f"menu entry Exec={entry.get('Exec')!r} Icon={entry.get('Icon')!r}")
        icon = self.home / ".local/share/icons/hicolor/scalable/apps/directory-app.svg"
        if not icon.is_file():
            raise SmokeFailure(f"no icon at {icon}")
        link = self.home / ".local/bin/directory-app"
        if not link.is_symlink() or link.resolve() != self.exe.resolve():
            raise SmokeFailure(f"{link} should link to {self.exe}")
        validator = shutil.which("desktop-file-validate")
        if validator:
            checked = subprocess.run([validator, str(desktop)], capture_output=True, text=True, check=False)
            if checked.returncode != 0:
                raise SmokeFailure(f"desktop-file-validate: {checked.stdout.strip() or checked.stderr.strip()}")
        return f"{self.install_dir}, menu entry and icon" + ("" if validator else " (desktop-file-validate not here)")

    def bundle_check(self) -> str:
        report = json.loads(self.run("--bundle-check", expect=0).stdout)
        if not report.get("frozen"):
            raise SmokeFailure("the app does not run frozen")
        self.facts["bundle_check"] = report
        return f"{len(report['files'])} files found inside the bundle; no development packages"

    def version(self) -> str:
        out = self.run("--version").stdout.strip()
        if out != f"directory-app {__version__}":
            raise SmokeFailure(f"--version printed {out!r}")
        return out

    def info(self) -> str:
        report = json.loads(self.run("info", "--format", "json").stdout)
        database = Path(report["path"])
        if database != self.user_data_dir / "directory.sqlite" or not database.is_file():
            raise SmokeFailure(f"the database is {database}, not in the user data folder {self.user_data_dir}")
        if report["facilities"] <= 0:
            raise SmokeFailure("info: no facilities")
        self.facts["facilities"] = report["facilities"]
        return f"{report['facilities']} facilities in {database}"

    def search(self) -> str:
        hits = json.loads(self.run("search", "CAR-T", "--format", "json").stdout)
        if not hits:
            raise SmokeFailure('search "CAR-T" found nothing')
        self.facts["car_t"] = hits
        return f"{len(hits)} facilities for CAR-T"

    def exports(self) -> str:
        hits = self.facts["car_t"]
        assert isinstance(hits, list)
        names = {hit["name"] for hit in hits}
        with_points = sum(1 for hit in hits if hit.get("latitude") is not None)
        folder = self.home / "exports"
        folder.mkdir()
        sizes = {}
        for fmt in EXPORT_FORMATS:
            path = folder / f"car-t.{fmt}"
            self.run("export", "--query", "CAR-T", "-o", str(path))
            sizes[fmt] = path.stat().st_size
            READERS[fmt](path, names, with_points)
        self.facts["export_bytes"] = sizes
        return ", ".join(f"{fmt} {size // 1024} KB" for fmt, size in sizes.items())

    def gui_start(self) -> str:
        probe = self.home / "probe.jsonl"
        started = time.time()
        self.xvfb(
            [],
            QT_QPA_PLATFORM="xcb",
            DIRECTORY_APP_STARTUP_PROBE=str(probe),
            DIRECTORY_APP_STARTUP_PROBE_MAP="1",
            DIRECTORY_APP_STARTUP_PROBE_LINGER="1",
            DIRECTORY_APP_NO_WELCOME="1",
        )
        events = {}
        if probe.is_file():
            for line in probe.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    events[record["event"]] = record
        if "first_rows" not in events:
            raise SmokeFailure("the window showed no rows under Xvfb")
        if "map_ready" not in events or not events["map_ready"].get("markers"):
            raise SmokeFailure("the map showed no markers")
        first = events["first_rows"]["time"] - started
        shown = events["map_ready"]["time"] - started
        self.facts["gui"] = {
            "first_rows_s": round(first, 2),
            "map_ready_s": round(shown, 2),
            "markers": events["map_ready"]["markers"],
            "rows": events["first_rows"].get("rows"),
            "rss_mb": round((events["map_ready"].get("rss_kb") or 0) / 1024),
        }
        return f"rows after {first:.2f} s, map with {events['map_ready']['markers']} markers after {shown:.2f} s"

    def xvfb(self, args: list[str], **extra: str) -> subprocess.CompletedProcess:
        """The installed app under ``xvfb-run``, in the clean environment plus the display's variables."""
        script = 'path="$1"; shift; exec env -i HOME="$0" PATH="$path" DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$@"'
        assignments = [item for item in self.env(**extra)[2:] if not item.startswith(("HOME=", "PATH="))]
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", "sh", "-c", script, str(self.home), CLEAN_PATH]
        return subprocess.run(
            [*command, *assignments, str(self.exe), *args], capture_output=True, text=True, timeout=180, check=False
        )

    def gui_screenshot(self) -> str:
        shot = self.home / "map.png"
        args = ["--bundle-screenshot", "-o", str(shot), "--map", "--size", "1600x1000"]
        result = self.xvfb(args, QT_QPA_PLATFORM="xcb")
        if result.returncode != 0 or not shot.is_file():
            raise SmokeFailure(f"no screenshot (exit {result.returncode}): {result.stderr.strip()[-300:]}")
        from PIL import Image

        with Image.open(shot) as image:
            size = image.size
            colours = len(image.convert("RGB").getcolors(1 << 20) or [])
        if size != (1600, 1000) or colours < 200:
            raise SmokeFailure(f"the screenshot is {size} with {colours} colours: not a drawn map")
        if self.screenshot:
            self.screenshot.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, self.screenshot)
        kept = f", kept as {self.screenshot}" if self.screenshot else ""
        return f"{shot.stat().st_size // 1024} KB, {colours} colours{kept}"

    def write_user_data(self) -> str:
        ids = [hit["id"] for hit in self.facts["car_t"]][:2]  # type: ignore[index]
        self.run("shortlist", "create", SHORTLIST, "--purpose", "reinstall check")
        self.run("shortlist", "add", SHORTLIST, *ids)
        self.run("shortlist", "set", SHORTLIST, ids[0], "--status", "contacted", "--note", "private: call back")
        self.run("--bundle-user-data", "write")
        self.facts["user_data_before"] = self._user_data()
        return "a shortlist with a status and a private note, a saved search, a facility note, a local edit"

    def _user_data(self) -> dict[str, object]:
        kept = json.loads(self.run("--bundle-user-data", "read").stdout)
        kept["shortlist"] = json.loads(self.run("shortlist", "show", SHORTLIST, "--format", "json").stdout)
        return kept

    def reinstall_keeps_user_data(self) -> str:
        before = self.facts["user_data_before"]
        assert isinstance(before, dict)
        if not (before["saved_searches"] and before["notes"] and before["local_overrides"] and before["shortlist"]):
            raise SmokeFailure(f"the user data was not written: {before}")
        self.shell(Path(str(self.facts["unpacked"])) / "install.sh")
        after = self._user_data()
        if after != before:
            raise SmokeFailure(f"user data changed over the reinstall: before {before}, after {after}")
        edited = next(iter(before["names"].values()))  # type: ignore[union-attr]
        hits = json.loads(self.run("search", "edited locally", "--format", "json").stdout)
        if edited not in [hit["name"] for hit in hits]:
            raise SmokeFailure(f"the local edit {edited!r} is not found by search after the reinstall")
        return "the same shortlist, notes, saved search and local edit after install.sh ran again"

    def uninstall(self) -> str:
        self.shell(self.install_dir / "uninstall.sh")
        left = [
            p
            for p in (
                self.install_dir,
                self.home / ".local/share/applications/directory-app.desktop",
                self.home / ".local/share/icons/hicolor/scalable/apps/directory-app.svg",
                self.home / ".local/bin/directory-app",
            )
            if p.exists() or p.is_symlink()
        ]
        if left:
            raise SmokeFailure(f"left behind: {left}")
        if not (self.user_data_dir / "directory.sqlite").is_file():
            raise SmokeFailure("uninstall.sh removed the user's database")
        return f"app removed; user data kept in {self.user_data_dir}"

    def all(self) -> bool:
        checks: list[tuple[str, Callable[[], object]]] = [
            ("install.sh", self.unpack_and_install),
            ("bundle holds what the app needs", self.bundle_check),
            ("--version", self.version),
            ("info", self.info),
            ('search "CAR-T"', self.search),
            ("export csv, xlsx, geojson, html, pdf; read back", self.exports),
        ]
        if self.gui:
            checks += [("window under Xvfb (xcb): rows, then map markers", self.gui_start)]
            checks += [("screenshot of the offline map", self.gui_screenshot)]
        checks += [
            ("user data written", self.write_user_data),
            ("install again over it: user data kept", self.reinstall_keeps_user_data),
            ("uninstall.sh", self.uninstall),
        ]
        ok = True
        for name, check in checks:
            ok = self.step(name, check) and ok
            if not ok and name == "install.sh":
                break
        return ok


# ---------------------------------------------------------------------- readers


def _read_csv(path: Path, names: set[str], _points: int) -> None:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    found = {row.get("name") or row.get("Name") for row in rows}
    if len(rows) != len(names) or not names <= found:
        raise SmokeFailure(f"CSV: {len(rows)} rows, expected the {len(names)} facilities found")


def _read_xlsx(path: Path, names: set[str], _points: int) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    cells = {str(cell) for row in rows for cell in row if cell is not None}
    if len(rows) < len(names) + 1 or not names <= cells:
        raise SmokeFailure(f"XLSX: {len(rows)} rows, expected a header and the {len(names)} facilities")


def _read_geojson(path: Path, names: set[str], points: int) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    features = data.get("features", [])
    if data.get("type") != "FeatureCollection" or len(features) != points:
        raise SmokeFailure(f"GeoJSON: {len(features)} features, expected {points} (those with coordinates)")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.remote: list[str] = []
        self.scripts = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            value = values.get(key) or ""
            if tag in ("script", "link", "img") and value.startswith(("http:", "https:", "//")):
                self.remote.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read_html(path: Path, names: set[str], _points: int) -> None:
    page = _Page()
    text = path.read_text(encoding="utf-8")
    page.feed(text)
    if page.remote:
        raise SmokeFailure(f"HTML map loads from the network: {page.remote[:3]}")
    if page.scripts == 0 or ("L.map" not in text and "L.Map" not in text):
        raise SmokeFailure("HTML: no Leaflet map in the page")
    missing = [name for name in names if json.dumps(name)[1:-1] not in text and name not in text]
    if missing:
        raise SmokeFailure(f"HTML: {len(missing)} facilities missing, e.g. {missing[0]!r}")


def _read_pdf(path: Path, names: set[str], _points: int) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
    }
    if not reader.pages or not any("SourceSans" in font for font in fonts):
        raise SmokeFailure(f"PDF: {len(reader.pages)} pages, fonts {sorted(fonts)} (Source Sans Pro expected)")
    first_words = [" ".join(name.split()[:2]) for name in names]
    missing = [words for words in first_words if words not in text]
    if missing:
        raise SmokeFailure(f"PDF: {len(missing)} facilities not in the text, e.g. {missing[0]!r}")


READERS: dict[str, Callable[[Path, set[str], int], None]] = {
    "csv": _read_csv,
    "xlsx": _read_xlsx,
    "geojson": _read_geojson,
    "html": _read_html,
    "pdf": _read_pdf,
}


# ---------------------------------------------------------------------- command


def newest_tarball(dist: Path) -> Path | None:
    """The newest ``directory-app-*-linux-*.tar.gz`` in ``dist``."""
    found = sorted(dist.glob("directory-app-*-linux-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def run_smoke(tarball: Path, *, gui: bool = True, screenshot: Path | None = None, keep: bool = False) -> Smoke:
    """Install and test ``tarball`` in a fresh home (removed afterwards unless ``keep``)."""
    home = Path(tempfile.mkdtemp(prefix="bundle-smoke-"))
    smoke = Smoke(tarball=tarball, home=home, gui=gui, screenshot=screenshot)
    started = time.monotonic()
    try:
        smoke.all()
    finally:
        smoke.facts["total_s"] = round(time.monotonic() - started, 1)
        if not keep:
            shutil.rmtree(home, ignore_errors=True)
    return smoke


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help="default: the newest one in dist/")
    parser.add_argument("--no-gui", action="store_true", help="skip the window checks (no Xvfb here)")
    parser.add_argument("--screenshot", type=Path, help="keep the map screenshot here")
    parser.add_argument("--json", type=Path, help="write the steps, times and sizes here")
    parser.add_argument("--keep", action="store_true", help="keep the fresh home folder to look at")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("smoke_bundle: the smoke test runs on Linux only (the tarball is the Linux download)", file=sys.stderr)
        return 2
    tarball = args.tarball or newest_tarball(ROOT / "dist")
    if tarball is None or not tarball.is_file():
        print(
            f"smoke_bundle: no tarball {'at ' + str(tarball) if tarball else 'in dist/'}; "
            "build one with: python -m directory_app.tools.build_bundle",
            file=sys.stderr,
        )
        return 2
    if not args.no_gui and shutil.which("xvfb-run") is None:
        print("smoke_bundle: xvfb-run is not installed (apt-get install xvfb xauth), or pass --no-gui", file=sys.stderr)
        return 2
    smoke = run_smoke(tarball, gui=not args.no_gui, screenshot=args.screenshot, keep=args.keep)
    failed = [s["step"] for s in smoke.steps if not s["ok"]]
    summary = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "tarball": str(tarball),
        "compressed_bytes": tarball.stat().st_size,
        "steps": smoke.steps,
        "facts": {k: v for k, v in smoke.facts.items() if k not in ("car_t", "bundle_check", "user_data_before")},
        "failed": failed,
    }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"{'all checks passed' if not failed else 'FAILED: ' + ', '.join(failed)} in {smoke.facts['total_s']} s")
    if args.keep:
        print(f"the fresh home is kept: {smoke.home}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
