"""The command line (no Qt): --db, the environment variable, errors and exit codes."""

import json
import subprocess
import sys

from directory_app import config
from directory_app.cli import main


def test_info_creates_database_from_seed(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    assert main(["--db", str(path), "info", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facilities"] == 80 and data["with_coordinates"] == 80
    assert path.exists()


def test_environment_variable_selects_database(tmp_path, capsys, monkeypatch):
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv(config.DB_ENV_VAR, str(path))
    assert main(["info", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == str(path)


def test_damaged_database_exits_2_with_message(tmp_path, capsys):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"nonsense" * 64)
    assert main(["--db", str(path), "info"]) == 2
    err = capsys.readouterr().err
    assert "not a SQLite database" in err
    assert path.read_bytes() == b"nonsense" * 64


def test_module_entry_point_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "directory_app", "--db", str(tmp_path / "m.sqlite"), "info"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "facilities: 80" in result.stdout


def test_version():
    result = subprocess.run([sys.executable, "-m", "directory_app", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("directory-app ")
