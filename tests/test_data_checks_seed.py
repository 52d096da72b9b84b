"""``directory-app check --data`` on real seeds: the ``make_seed`` build (what ships) has no error; the 80-row
seed the issue-17 audit criticised (kept in ``tests/fixtures/seed-80-audited-2026-11.csv``) shows the audit's
checkable errors; the shipped seed (the build) is clean."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from directory_app import config
from directory_app.cli import main
from directory_app.db.gazetteer import open_gazetteer
from directory_app.directory import Directory, check_data_rows
from directory_app.importers.seed import parse_seed, write_seed
from tests import test_seed_goals

seed = test_seed_goals.seed  # the make_seed build, run into a temporary folder

OLD_SEED = Path(__file__).parent / "fixtures" / "seed-80-audited-2026-11.csv"


def _check(rows: list) -> object:
    with open_gazetteer(config.gazetteer_path()) as gazetteer:
        return check_data_rows(rows, gazetteer, date(2026, 12, 2))


def _run_cli(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, str]:
    code = main(["check", "--data", "--db", str(db), *extra])
    return code, capsys.readouterr().out


def test_make_seed_build_has_no_errors(seed: list) -> None:
    report = _check(seed)
    assert [f.to_dict() for f in report.findings if f.severity == "error"] == []
    assert report.checked == len(seed)


def test_check_data_on_the_make_seed_build_exits_0(
    seed: list, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "facilities.csv"
    write_seed(csv_file, seed)
    db = tmp_path / "built.sqlite"
    Directory.open(db, seed_file=csv_file).close()
    code, out = _run_cli(capsys, db, "--format", "json", "--read-only")
    report = json.loads(out)
    assert (code, report["errors"], report["checked"]) == (0, 0, len(seed))
    assert [c["check"] for c in report["checks"]][:2] == ["source", "stale_status"]


def test_old_seed_shows_the_audit_errors_it_can_check() -> None:
    rows, problems = parse_seed(OLD_SEED.read_text(encoding="utf-8"))
    assert problems == []
    report = _check(rows)
    pinned = {f.ids[0] for f in report.of("town_distance", "error") if f.key == "pinned_without_town"}
    # the audit: programmes pinned on Amsterdam, Namur and Luxembourg City instead of having no point
    assert {
        "brightlands-innovation-factory",
        "imec-istart-nl",
        "moveup-e-health-editions",
        "fit-4-start-healthtech-vertical",
    } <= pinned
    # and nothing else is an error: the six pinned programmes are the whole of it
    assert report.errors == len(pinned) == 6, report.text_lines()
    # not checkable without source dates or reading the quote: Batavia's status, Janssen Beerse's kind
    assert report.of("stale_status") == []


def test_check_data_cli_reports_errors_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "old.sqlite"
    Directory.open(db, seed_file=OLD_SEED).close()
    code, out = _run_cli(capsys, db, "--read-only")  # (read-only: opening may not refresh it to the shipped seed)
    assert code == 1
    assert "error: imec-istart-nl: a point at country precision and no town" in out
    assert out.splitlines()[-1].startswith("80 facilities checked: ")
    assert main(["check", "--db", str(db)]) == 0  # without --data: the file's integrity, as before


def test_check_data_on_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite"
    assert main(["check", "--data", "--db", str(missing)]) == 2
    assert not missing.exists()
    assert "does not exist" in capsys.readouterr().err


def test_shipped_seed_has_no_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shipped.sqlite"
    Directory.open(db).close()
    code, out = _run_cli(capsys, db)
    assert code == 0, out
