"""Build the standalone bundle: ``python -m directory_app.tools.build_bundle [--dist DIR] [--work DIR]``.

Runs PyInstaller on ``packaging/directory-app.spec`` (a one-folder bundle: the app, Python, Qt with
QtWebEngine and the offline data; see the spec for what goes in and what stays out), then, on Linux,
packs it with its install script into ``<dist>/directory-app-<version>-linux-x86_64.tar.gz`` and
reports the build time and the size unpacked and compressed (also written to
``<dist>/bundle-build.json``). Installs nothing: PyInstaller must be there already
(``pip install ".[bundle]"``). ``python -m directory_app.tools.smoke_bundle`` then tests the tarball.

Exit codes: 0 built; 2 refused or failed (PyInstaller missing or out of the supported range, a
``--dist``/``--work`` inside the sources, PyInstaller failing), with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Sequence
from pathlib import Path

from directory_app import __version__
from directory_app.domain.errors import OutputPathRefused
from directory_app.domain.output_paths import APP_FILE, Protected, check_output_path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "directory-app.spec"
PACKAGING = ROOT / "packaging"
BUNDLE_NAME = "directory-app"
PYINSTALLER_RANGE = ((6, 10), (7, 0))
"""Supported PyInstaller versions: at least 6.10, below 7 (pyproject's ``bundle`` extra)."""
INSTALL_FILES = ("install.sh", "uninstall.sh", "directory-app.desktop.in")
SOURCE_FOLDERS = ("directory_app", "data", "resources", "packaging", "tests")


class BuildError(Exception):
    """The bundle cannot be built; the message says why, on one line."""


def platform_tag() -> str:
    """``linux-x86_64``, ``linux-aarch64``, ``macos-arm64``, ``windows-amd64``..."""
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    return f"{system}-{platform.machine().lower()}"


def tarball_name(version: str = __version__, tag: str | None = None) -> str:
    """The download's file name."""
    return f"{BUNDLE_NAME}-{version}-{tag or platform_tag()}.tar.gz"


def check_pyinstaller() -> str:
    """PyInstaller's version, if it is installed and in :data:`PYINSTALLER_RANGE`.

    :raises BuildError: missing or out of range
    """
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError('PyInstaller is not installed; install it with: pip install ".[bundle]"')
    from importlib import metadata

    version = metadata.version("pyinstaller")
    numbers = tuple(int(part) for part in version.split(".")[:2] if part.isdigit())
    low, high = PYINSTALLER_RANGE
    if not low <= numbers < high:
        raise BuildError(
            f"PyInstaller {version} is not supported (needs >= {low[0]}.{low[1]}, < {high[0]}); "
            'install it with: pip install ".[bundle]"'
        )
    return version


def check_folder(folder: Path, what: str) -> Path:
    """``folder`` unless it is the checkout itself or inside (or above) its sources.

    :raises BuildError: it is
    """
    resolved = folder.resolve()
    if resolved == ROOT or ROOT.is_relative_to(resolved):
        raise BuildError(f"{what} {folder} would hold the whole checkout; choose a folder such as dist/")
    for name in SOURCE_FOLDERS:
        if resolved.is_relative_to(ROOT / name):
            raise BuildError(f"{what} {folder} is inside the sources ({name}/); choose a folder such as dist/")
    return resolved


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder`` (links counted as links, not followed)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Build the one-folder bundle into ``dist/directory-app``; PyInstaller's log goes to ``work``.

    :raises BuildError: PyInstaller failed (the log's last line says why)
    """
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist), "--workpath", str(work)]
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run([*command, str(SPEC)], stdout=out, stderr=subprocess.STDOUT, check=False, cwd=ROOT)
    if result.returncode != 0:
        lines = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
        raise BuildError(f"PyInstaller failed ({lines[-1].strip() if lines else 'no output'}); see {log}")
    return dist / BUNDLE_NAME


def make_tarball(bundle: Path, target: Path, *, version: str = __version__) -> Path:
    """Pack ``bundle`` (the PyInstaller folder) with the install script into ``target`` (.tar.gz).

    Inside: ``directory-app-<version>/`` with ``install.sh``, ``uninstall.sh``, the desktop entry's
    template, the icon and ``directory-app/`` (the bundle). Written beside ``target`` and renamed
    into place when complete.

    :raises OutputPathRefused: ``target`` is a folder or a file of the app's sources
    """
    check_output_path(
        target, [Protected(ROOT / name, APP_FILE, folder=True) for name in SOURCE_FOLDERS if (ROOT / name).is_dir()]
    )
    top = f"{BUNDLE_NAME}-{version}"
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            for name in INSTALL_FILES:
                tar.add(PACKAGING / name, arcname=f"{top}/{name}")
            tar.add(ROOT / "resources" / "icons" / "directory-app.svg", arcname=f"{top}/directory-app.svg")
            tar.add(bundle, arcname=f"{top}/{BUNDLE_NAME}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def build(dist: Path, work: Path, *, tarball: bool = True) -> dict[str, object]:
    """Build (and pack) the bundle; the figures of :func:`main`'s report."""
    dist, work = check_folder(dist, "--dist"), check_folder(work, "--work")
    pyinstaller = check_pyinstaller()
    started = time.monotonic()
    bundle = run_pyinstaller(dist, work)
    built = time.monotonic()
    report: dict[str, object] = {
        "version": __version__,
        "pyinstaller": pyinstaller,
        "platform": platform_tag(),
        "bundle": str(bundle),
        "build_s": round(built - started, 1),
        "unpacked_bytes": folder_size(bundle),
    }
    if tarball and sys.platform.startswith("linux"):
        target = make_tarball(bundle, dist / tarball_name())
        report.update(
            tarball=str(target),
            pack_s=round(time.monotonic() - built, 1),
            compressed_bytes=target.stat().st_size,
        )
    report["total_s"] = round(time.monotonic() - started, 1)
    (dist / "bundle-build.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


def _mb(count: object) -> str:
    return f"{int(count) / 1e6:.0f} MB"  # type: ignore[call-overload]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and tarball go (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle", help="PyInstaller's work folder")
    parser.add_argument("--no-tarball", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)
    try:
        report = build(args.dist, args.work, tarball=not args.no_tarball)
    except (BuildError, OutputPathRefused, OSError) as error:
        message = error.message if isinstance(error, OutputPathRefused) else str(error)
        print(f"build_bundle: {' '.join(message.split())}", file=sys.stderr)
        return 2
    print(f"bundle:     {report['bundle']} ({_mb(report['unpacked_bytes'])} unpacked), built in {report['build_s']} s")
    if "tarball" in report:
        print(f"download:   {report['tarball']} ({_mb(report['compressed_bytes'])}), packed in {report['pack_s']} s")
        print("test it:    python -m directory_app.tools.smoke_bundle")
    elif not sys.platform.startswith("linux"):
        print("(no tarball on this platform: the folder is the app; see README, Install)")
    if shutil.which("xvfb-run") is None and sys.platform.startswith("linux"):
        print("note: the smoke test needs xvfb-run for its GUI part")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
