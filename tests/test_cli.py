"""The command line (no Qt): --db, the environment variable, errors and exit codes."""

import json
import subprocess
import sys

import pytest

from directory_app import config
from directory_app.cli import main
from tests.fixtures.shipped_seed import shipped_count, shipped_located


def test_info_creates_database_from_seed(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    assert main(["--db", str(path), "info", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facilities"] == shipped_count() > 150
    assert data["with_coordinates"] == shipped_located() < shipped_count()
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
    assert f"facilities: {shipped_count()}" in result.stdout


def test_version():
    result = subprocess.run([sys.executable, "-m", "directory_app", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("directory-app ")


A, B = "biopartner-center-leiden", "necstgen-mirai-house-leiden-bio-science-park"


def test_shortlist_commands_round_trip(tmp_path, capsys):
    from directory_app.cli import main

    db = str(tmp_path / "cli.sqlite")  # created from the shipped seed, as for a user
    assert main(["--db", db, "shortlist", "create", "Visit", "--purpose", "Boston delegation"]) == 0
    assert main(["--db", db, "shortlist", "add", "Visit", B, A]) == 0
    assert main(["--db", db, "shortlist", "add", "Visit", "no-such-id"]) == 1
    assert "no facility with id no-such-id" in capsys.readouterr().err
    assert main(["--db", db, "shortlist", "show", "Nope"]) == 1
    assert main(["--db", db, "shortlist", "create", "visit"]) == 1  # taken (names ignore case)
    capsys.readouterr()
    assert main(["--db", db, "shortlist", "show", "Visit", "--format", "json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["purpose"] == "Boston delegation"
    assert [i["id"] for i in body["items"]] == [B, A]
    assert body["items"][0]["status"] == "candidate" and body["items"][0]["name"].startswith("NecstGen")
    assert main(["--db", db, "shortlist", "remove", "Visit", B]) == 0
    capsys.readouterr()
    assert main(["--db", db, "shortlist", "list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"name": "Visit", "purpose": "Boston delegation", "count": 1}]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "geojson", "html"])
def test_export_a_shortlist_in_every_format_read_back(tmp_path, fmt, capsys):
    import csv

    import openpyxl

    from directory_app.cli import main

    db = str(tmp_path / "cli.sqlite")
    assert main(["--db", db, "shortlist", "create", "Visit"]) == 0
    assert main(["--db", db, "shortlist", "add", "Visit", B, A]) == 0
    out = tmp_path / f"visit.{fmt}"
    assert main(["--db", db, "export", "--format", fmt, "--shortlist", "Visit", "-o", str(out)]) == 0
    if fmt == "csv":
        rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
        assert [r["ID"] for r in rows] == [B, A] and rows[0]["Note"] == ""
        assert "Shortlist status" not in rows[0]  # private unless --include-private
    elif fmt == "xlsx":
        sheet = openpyxl.load_workbook(out).active
        assert [sheet.cell(row=r, column=1).value for r in (2, 3)] == [B, A]
    elif fmt == "geojson":
        body = json.loads(out.read_text(encoding="utf-8"))
        assert body["type"] == "FeatureCollection" and [f["properties"]["id"] for f in body["features"]] == [B, A]
        lon, lat = body["features"][0]["geometry"]["coordinates"]
        assert 3 < lon < 7 and 50 < lat < 54
    else:
        html = out.read_text(encoding="utf-8")
        assert "dirmap.init(" in html and "dirapp://" not in html and "NecstGen" in html


def test_export_errors_exit_non_zero_with_a_message(tmp_path, capsys):
    from directory_app.cli import main

    db = str(tmp_path / "cli.sqlite")
    assert main(["--db", db, "export", "--format", "csv", "--shortlist", "Nope", "-o", str(tmp_path / "x.csv")]) == 1
    assert "no shortlist" in capsys.readouterr().err
    assert main(["--db", db, "export", "--format", "csv", "--query", "near:", "-o", str(tmp_path / "x.csv")]) == 2
    missing = tmp_path / "no-such-folder" / "x.csv"
    # a file that cannot be written is an error
    assert main(["--db", db, "export", "--format", "csv", "--query", "", "-o", str(missing)]) == 2
    assert capsys.readouterr().err.strip()
    assert not missing.exists()
    out = tmp_path / "semi.csv"
    assert (
        main(["--db", db, "export", "--format", "csv", "--query", "kind:incubator", "--delimiter", ";", "-o", str(out)])
        == 0
    )
    assert out.read_bytes().startswith(b"\xef\xbb\xbfID;Name;")


def test_export_pdf_handout_of_a_shortlist(tmp_path):
    from pypdf import PdfReader

    from directory_app.cli import main

    db = str(tmp_path / "cli.sqlite")
    assert main(["--db", db, "shortlist", "create", "Visit", "--purpose", "Boston delegation"]) == 0
    assert main(["--db", db, "shortlist", "add", "Visit", B, A]) == 0
    out = tmp_path / "visit.pdf"
    assert main(["--db", db, "export", "--format", "pdf", "--shortlist", "Visit", "-o", str(out)]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Visit" in text and "Boston delegation" in text and "NecstGen" in text
