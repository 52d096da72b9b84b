"""The standalone bundle: its install scripts, its build command's refusals, its tarball, and (when one
was built) the whole smoke test of the installed bundle in a clean environment."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from directory_app import __version__
from directory_app.tools import build_bundle, smoke_bundle

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
CLEAN_PATH = "/usr/bin:/bin"

needs_sh = pytest.mark.skipif(shutil.which("sh") is None or os.name != "posix", reason="needs a POSIX sh")


def fake_download(folder: Path, answer: str = "fake 1") -> Path:
    """An unpacked download whose 'bundle' is a tiny shell script printing ``answer``."""
    top = folder / f"directory-app-{__version__}"
    (top / "directory-app" / "_internal").mkdir(parents=True)
    program = top / "directory-app" / "directory-app"
    program.write_text(f"#!/bin/sh\necho '{answer}'\n")
    program.chmod(0o755)
    for name in build_bundle.INSTALL_FILES:
        shutil.copy(PACKAGING / name, top / name)
    shutil.copy(ROOT / "resources" / "icons" / "directory-app.svg", top / "directory-app.svg")
    return top


def run_sh(script: Path, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["env", "-i", f"HOME={home}", f"PATH={CLEAN_PATH}", "/bin/sh", str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def desktop_exec(home: Path) -> str:
    entry = (home / ".local/share/applications/directory-app.desktop").read_text(encoding="utf-8")
    return next(line.split("=", 1)[1] for line in entry.splitlines() if line.startswith("Exec="))


@needs_sh
def test_install_update_and_uninstall_keep_user_data(tmp_path):
    home = tmp_path / "home of A & B"  # a space and a character sed treats specially
    data = home / ".local/share/directory-app"
    data.mkdir(parents=True)
    (data / "directory.sqlite").write_bytes(b"the user's work")
    old = fake_download(tmp_path / "v1", "version 1")
    assert run_sh(old / "install.sh", home).returncode == 0
    installed = home / ".local/opt/directory-app/directory-app"
    assert subprocess.run([str(installed)], capture_output=True, text=True).stdout.strip() == "version 1"
    assert desktop_exec(home) == f'"{installed}"'
    validator = shutil.which("desktop-file-validate")
    if validator:  # desktop-file-utils, where installed
        desktop = home / ".local/share/applications/directory-app.desktop"
        checked = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    assert (home / ".local/share/icons/hicolor/scalable/apps/directory-app.svg").is_file()
    link = home / ".local/bin/directory-app"
    assert link.is_symlink() and link.resolve() == installed.resolve()

    new = fake_download(tmp_path / "v2", "version 2")
    assert run_sh(new / "install.sh", home).returncode == 0
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout.strip() == "version 2"
    assert (data / "directory.sqlite").read_bytes() == b"the user's work"
    assert sorted(p.name for p in (home / ".local/opt").iterdir()) == ["directory-app"]  # no staging left

    result = run_sh(home / ".local/opt/directory-app/uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    assert not (home / ".local/opt/directory-app").exists() and not link.is_symlink()
    assert not (home / ".local/share/applications/directory-app.desktop").exists()
    assert (data / "directory.sqlite").read_bytes() == b"the user's work"
    assert str(data) in result.stdout


@needs_sh
def test_install_leaves_another_programs_command_alone(tmp_path):
    home = tmp_path / "home"
    other = home / ".local/bin/directory-app"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\necho pip-installed\n")
    result = run_sh(fake_download(tmp_path / "dl") / "install.sh", home)
    assert result.returncode == 0
    assert other.read_text() == "#!/bin/sh\necho pip-installed\n" and not other.is_symlink()
    assert "left as it is" in result.stderr
    assert run_sh(home / ".local/opt/directory-app/uninstall.sh", home).returncode == 0
    assert other.is_file()  # not ours: uninstall leaves it too


@needs_sh
def test_install_without_the_bundle_is_refused_and_keeps_the_installed_app(tmp_path):
    home = tmp_path / "home"
    assert run_sh(fake_download(tmp_path / "v1", "version 1") / "install.sh", home).returncode == 0
    broken = fake_download(tmp_path / "v2")
    shutil.rmtree(broken / "directory-app")
    result = run_sh(broken / "install.sh", home)
    assert result.returncode == 2 and "unpack the whole download" in result.stderr
    installed = home / ".local/opt/directory-app/directory-app"
    assert subprocess.run([str(installed)], capture_output=True, text=True).stdout.strip() == "version 1"


def test_build_refuses_without_pyinstaller(monkeypatch, capsys, tmp_path):
    real = build_bundle.importlib.util.find_spec
    monkeypatch.setattr(
        build_bundle.importlib.util, "find_spec", lambda name, *a: None if name == "PyInstaller" else real(name, *a)
    )
    assert build_bundle.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and 'pip install ".[bundle]"' in err
    assert not (tmp_path / "dist").exists()


@pytest.mark.parametrize("inside", ["data", "directory_app/tools", "."])
def test_build_refuses_a_dist_folder_in_the_sources(capsys, inside):
    assert build_bundle.main(["--dist", str(ROOT / inside)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("build_bundle: --dist") and err.count("\n") == 1


def test_tarball_holds_the_install_scripts_and_the_bundle_as_built(tmp_path):
    bundle = tmp_path / "dist" / "directory-app"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "directory-app").write_text("#!/bin/sh\n")
    (bundle / "directory-app").chmod(0o755)
    (bundle / "_internal" / "libQt6Core.so.6.12").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("libQt6Core.so.6.12")
    target = build_bundle.make_tarball(bundle, tmp_path / "dist" / build_bundle.tarball_name(tag="linux-x86_64"))
    assert target.name == f"directory-app-{__version__}-linux-x86_64.tar.gz"
    top = f"directory-app-{__version__}"
    with tarfile.open(target) as tar:
        members = {m.name: m for m in tar.getmembers()}
    for name in ("install.sh", "uninstall.sh", "directory-app.desktop.in", "directory-app.svg"):
        assert f"{top}/{name}" in members
    assert members[f"{top}/directory-app/directory-app"].mode & stat.S_IXUSR
    assert members[f"{top}/install.sh"].mode & stat.S_IXUSR
    link = members[f"{top}/directory-app/_internal/libQt6Core.so.6"]
    assert link.issym() and link.linkname == "libQt6Core.so.6.12"
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".part")] == []


def test_tarball_is_never_written_into_the_sources(tmp_path):
    bundle = tmp_path / "directory-app"
    bundle.mkdir()
    with pytest.raises(build_bundle.OutputPathRefused):
        build_bundle.make_tarball(bundle, ROOT / "data" / "facilities.csv")


BUILT = smoke_bundle.newest_tarball(ROOT / "dist")


@pytest.mark.skipif(
    BUILT is None or not sys.platform.startswith("linux"),
    reason="no bundle in dist/ (python -m directory_app.tools.build_bundle builds one)",
)
def test_built_bundle_passes_its_smoke_test(tmp_path):
    """The installed bundle, in env -i with a fresh HOME: CLI, exports read back, window and map under
    Xvfb (when xvfb-run is here), user data kept over a reinstall, uninstall."""
    gui = [] if shutil.which("xvfb-run") else ["--no-gui"]
    report = tmp_path / "smoke.json"
    assert smoke_bundle.main(["--tarball", str(BUILT), "--json", str(report), *gui]) == 0, report.read_text()
