"""Command-line rough edges (issue 14, item 8): a new database is announced, export paths and
formats are checked with true messages, ``--columns`` lists the valid columns, and the table
shows labels and uses the terminal's width."""

import csv
import json

import pytest
from openpyxl import load_workbook

from directory_app.cli import main
from directory_app.exporters import COLUMNS
from tests.fixtures.shipped_seed import shipped_count


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "info"]) == 0
    capsys.readouterr()
    return str(path)


# --- a mistyped --db -----------------------------------------------------------------------


def test_new_database_is_announced_on_stderr(tmp_path, capsys):
    typo = tmp_path / "tpyo.sqlite"
    assert main(["--db", str(typo), "shortlist", "show", "Visit"]) == 1
    err = capsys.readouterr().err
    assert f"{typo} did not exist" in err and "new directory" in err
    assert "no shortlist called 'Visit'" in err
    assert typo.exists()


def test_existing_database_is_not_announced(db, capsys):
    assert main(["--db", db, "info"]) == 0
    assert "did not exist" not in capsys.readouterr().err


def test_json_output_stays_clean_when_a_database_is_created(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "n.sqlite"), "info", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["facilities"] == shipped_count() and "did not exist" in err


# --- export: where, which format, which columns --------------------------------------------


def test_export_to_a_folder_where_no_file_can_be_made_says_so(db, capsys):
    assert main(["--db", db, "export", "--query", "", "-o", "/proc/x.csv"]) == 2
    err = capsys.readouterr().err
    assert "cannot create a file in /proc" in err.lower()
    assert "does not exist" not in err and "Traceback" not in err


def test_export_to_a_missing_folder_still_names_it(db, tmp_path, capsys):
    target = tmp_path / "nowhere" / "x.csv"
    assert main(["--db", db, "export", "--query", "", "-o", str(target)]) == 2
    assert f"the folder {target.parent} does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".xlsx", ".XLSX"])
def test_export_format_is_inferred_from_the_extension(db, tmp_path, capsys, suffix):
    target = tmp_path / f"x{suffix}"
    assert main(["--db", db, "export", "--query", "", "-o", str(target)]) == 0
    sheet = load_workbook(target, read_only=True).active
    assert next(sheet.iter_rows(max_row=1, values_only=True))[0] == "ID"


def test_export_csv_inferred(db, tmp_path, capsys):
    target = tmp_path / "x.csv"
    assert main(["--db", db, "export", "--query", "", "-o", str(target)]) == 0
    with target.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == shipped_count()


def test_export_format_that_contradicts_the_extension_is_refused(db, tmp_path, capsys):
    target = tmp_path / "x.xlsx"
    assert main(["--db", db, "export", "--format", "csv", "--query", "", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "--format csv" in err and ".xlsx" in err
    assert not target.exists()


def test_export_without_format_or_known_extension_is_refused(db, tmp_path, capsys):
    target = tmp_path / "x.txt"
    assert main(["--db", db, "export", "--query", "", "-o", str(target)]) == 2
    assert "--format" in capsys.readouterr().err
    assert not target.exists()


def test_export_explicit_format_with_an_unknown_extension_is_kept(db, tmp_path, capsys):
    target = tmp_path / "x.txt"
    assert main(["--db", db, "export", "--format", "csv", "--query", "", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8-sig").startswith("ID,")


def test_unknown_column_lists_the_valid_ones(db, tmp_path, capsys):
    target = tmp_path / "x.csv"
    assert main(["--db", db, "export", "--query", "", "-o", str(target), "--columns", "name,bogus"]) == 2
    err = capsys.readouterr().err
    assert "'bogus'" in err
    for key in ("name", "city", "postal_code", "recipient_note", *COLUMNS):
        assert key in err
    assert len(err.strip().splitlines()) == 1
    assert not target.exists()


# --- the table ------------------------------------------------------------------------------


def test_table_shows_labels_not_codes(db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["--db", db, "search", "kind:cgt_production", "--country", "BE"]) == 0
    out = capsys.readouterr().out
    assert "CGT production site" in out and "Flanders" in out and "Belgium" in out
    assert "cgt_production" not in out and "BE-VLG" not in out


def test_table_uses_a_wide_terminal(db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    assert main(["--db", db, "search", "--format", "json", "kind:cgt_production"]) == 0
    names = [r["name"] for r in json.loads(capsys.readouterr().out)]
    long_name = max(names, key=len)
    assert len(long_name) > 48
    assert main(["--db", db, "search", "kind:cgt_production"]) == 0
    out = capsys.readouterr().out
    assert long_name in out
    assert max(len(line) for line in out.splitlines()) <= 250


def test_table_fits_a_narrow_terminal(db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["--db", db, "search", "kind:cgt_production"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 2 and max(len(line) for line in lines) <= 80
    assert any("…" in line for line in lines)  # a cut name says it was cut


def test_output_into_a_closed_pipe_is_no_traceback(db):
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "directory_app", "--db", db, "search", ""],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # like `directory-app search | head -1` once head has its line
    err = process.stderr.read().decode()
    process.wait(timeout=120)
    assert "Traceback" not in err and process.returncode != 0
