"""Imports through the Directory: all or nothing, duplicates, re-imports, provenance, a killed import."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.domain.errors import ImportCancelled, ImportFileError, ImportSourceChanged
from directory_app.importers.import_run import Decision
from directory_app.importers.source_table import open_source

ROOT = Path(__file__).resolve().parents[2]

DUTCH = (
    "Naam;Soort;Gemeente;Postcode;Land;Breedtegraad;Lengtegraad;Website;Diensten\n"
    "Bio Incubator Gent;Incubator;Gent;9052;België;51,0236;3,7100;www.bioincubator-gent.be;Labruimte\n"
    "Cellule Liège;Incubateur;Liège;4000;Belgique;;;https://cellule.be;Exosome production\n"
    "Leiden Cell Factory;CGT production site;Leiden;2333 CA;Nederland;;;;GMP manufacturing\n"
)
BAD_ROW = "Nowhere Lab;Incubator;Paris;75001;France;;;;\n"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _snapshot(directory: Directory) -> list:
    return [f.to_dict() for f in directory.facilities(order_by="name")]


def test_dutch_csv_with_decimal_commas_is_imported_and_geocoded(directory, tmp_path):
    path = _write(tmp_path / "leden.csv", DUTCH, "cp1252")
    before = directory.count()
    plan = directory.preview_import(path)
    assert (plan.source.encoding, plan.source.delimiter) == ("cp1252", ";")
    assert plan.rows_read == 3 and plan.added == 3 and not plan.rejected
    assert directory.count() == before  # a preview writes nothing
    changes, done = directory.apply_import(plan)
    assert changes.facilities and done.written and done.added == 3
    assert directory.count() == before + 3
    by_name = {f.name: f for f in directory.facilities()}
    gent = by_name["Bio Incubator Gent"]
    assert (gent.latitude, gent.longitude, gent.country) == (51.0236, 3.71, "BE")
    assert gent.website == "https://www.bioincubator-gent.be" and gent.services == ("lab_space",)
    liege = by_name["Cellule Liège"]
    assert liege.geocode_precision == "postcode" and liege.region == "BE-WLG" and 50.5 < liege.latitude < 50.8
    leiden = by_name["Leiden Cell Factory"]
    assert (
        leiden.kind == "cgt_production" and leiden.geocode_precision == "town" and leiden.country == "NL"
    )  # no NL postcodes
    # provenance: origin, file name, import date
    origins = _rows(directory.path, "SELECT DISTINCT origin FROM facilities WHERE name LIKE 'Cellule%'")
    assert origins == [("import",)]
    file_name, row, imported_on, _ = directory.import_source(liege.id)
    assert (file_name, row) == ("leden.csv", 3) and imported_on
    # a service outside the vocabulary is kept, flagged for review
    assert liege.services == ("exosome_production",)
    review = _rows(directory.path, "SELECT code, label, grp FROM vocabulary WHERE code = 'exosome_production'")
    assert review == [("exosome_production", "Exosome production", "review")]


def test_rejected_rows_mean_nothing_is_written_unless_partial_is_accepted(directory, tmp_path):
    path = _write(tmp_path / "mixed.csv", DUTCH + BAD_ROW)
    before = _snapshot(directory)
    plan = directory.preview_import(path)
    assert plan.rejected == [5]
    assert [(p.row, p.column) for p in plan.errors] == [(5, "Land")]
    changes, done = directory.apply_import(plan)
    assert not done.written and not changes.facilities and done.rejected == [5]
    assert _snapshot(directory) == before
    assert _rows(directory.path, "SELECT count(*) FROM import_sources") == [(0,)]
    _, partial = directory.apply_import(plan, accept_partial=True)
    assert partial.written and partial.added == 3 and directory.count() == len(before) + 3


def test_rejected_rows_export_reads_back(directory, tmp_path):
    path = _write(tmp_path / "mixed.csv", DUTCH + BAD_ROW + "=HYPERLINK(1);Incubator;Gent;9000;Mars;;;;\n")
    plan = directory.preview_import(path)
    out = tmp_path / "to_fix.csv"
    assert directory.export_rejected(plan, out) == 2
    table = open_source(out)
    assert table.info.headers[0] == "row" and table.info.headers[-1] == "problems"
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig"), delimiter=";"))
    assert [r["row"] for r in rows] == ["5", "6"]
    assert "Land: not a Benelux country (France)" in rows[0]["problems"]
    assert rows[1]["Naam"] == "'=HYPERLINK(1)"  # never a formula


def test_reimporting_the_same_file_changes_nothing(directory, tmp_path):
    path = _write(tmp_path / "leden.csv", DUTCH)
    directory.apply_import(path)
    before = _snapshot(directory)
    stamps = _rows(directory.path, "SELECT id, updated_at FROM facilities ORDER BY id")
    sources = _rows(directory.path, "SELECT * FROM import_sources ORDER BY facility_id")
    for choice in ("skip", "merge"):
        changes, plan = directory.apply_import(path, on_duplicate=choice)
        assert plan.added == 0 and plan.updated == 0 and plan.duplicates_total == 3 and not changes.facilities
    assert _snapshot(directory) == before
    assert _rows(directory.path, "SELECT id, updated_at FROM facilities ORDER BY id") == stamps
    assert _rows(directory.path, "SELECT * FROM import_sources ORDER BY facility_id") == sources


def test_duplicate_choices_skip_merge_field_by_field_and_keep_both(directory, tmp_path):
    existing = directory.facilities()[0]
    header = "Name,Kind,City,Country,Latitude,Longitude,Website,Phone,E-mail\n"
    row = (
        f"{existing.name} (new),{existing.kind},Elsewhere,{existing.country},,,"
        f"{existing.website}/about,+32 9 000,a@b.be\n"
    )
    path = _write(tmp_path / "dup.csv", header + row)
    plan = directory.preview_import(path)
    assert [(d.row, d.existing_id, d.reason) for d in plan.duplicates] == [(2, existing.id, "same website")]
    _, skipped = directory.apply_import(plan)
    assert skipped.skipped == 1 and directory.facility(existing.id) == existing
    _, merged = directory.apply_import(plan, decisions={2: Decision("merge", frozenset({"phone"}))})
    assert merged.updated == 1
    after = directory.facility(existing.id)
    assert after.phone == "+32 9 000" and after.name == existing.name and after.email == existing.email
    count = directory.count()
    _, both = directory.apply_import(plan, decisions={2: Decision("keep-both")})
    assert both.added == 1 and directory.count() == count + 1


def test_similar_name_nearby_is_a_duplicate(directory, tmp_path):
    existing = next(f for f in directory.facilities() if f.has_coordinates)
    text = (
        "Name,Kind,Country,Latitude,Longitude\n"
        f"{existing.name.upper()},{existing.kind},{existing.country},{existing.latitude + 0.002},{existing.longitude}\n"
    )
    plan = directory.preview_import(_write(tmp_path / "near.csv", text))
    assert [(d.existing_id, d.reason) for d in plan.duplicates] == [(existing.id, "similar name nearby")]


def test_mapping_is_remembered_per_source(directory, tmp_path):
    text = "Titel,Plaats,Categorie,Pays\nCell Hub,Leuven,incubator,BE\n"
    path = _write(tmp_path / "a.csv", text)
    table = directory.open_import(path)
    assert directory.import_mapping(table) == ("name", "city", "kind", "country")
    mine = ("name", "description", "kind", "country")
    directory.apply_import(path, mine)
    other = directory.open_import(_write(tmp_path / "b.csv", text.replace("Cell Hub", "Gene Hub")))
    assert directory.import_mapping(other) == mine


def test_file_changed_after_preview_is_refused(directory, tmp_path):
    path = _write(tmp_path / "leden.csv", DUTCH)
    plan = directory.preview_import(path)
    _write(path, DUTCH + "Extra;incubator;Gent;9000;BE;;;;\n")
    with pytest.raises(ImportSourceChanged):
        directory.apply_import(plan)


def test_cancelled_import_writes_nothing(directory, tmp_path):
    rows = "".join(f"Lab {i};incubator;Gent;9000;BE;51,05;3,72;;\n" for i in range(2500))
    path = _write(tmp_path / "many.csv", DUTCH.splitlines(keepends=True)[0] + rows)
    before = directory.count()
    with pytest.raises(ImportCancelled):
        directory.apply_import(path, progress=lambda done, total: False)
    assert directory.count() == before


def test_file_that_breaks_midway_writes_nothing(directory, tmp_path):
    path = tmp_path / "broken.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(DUTCH)
        fh.write('Huge;incubator;Gent;9000;BE;;;;"' + "x" * (3 * 1024 * 1024) + '"\n')
    before = _snapshot(directory)
    with pytest.raises(ImportFileError, match="longer than"):
        directory.apply_import(path)
    assert _snapshot(directory) == before


def test_import_killed_midway_leaves_database_as_before(directory, tmp_path, small_seed):
    rows = "".join(
        f"Lab {i};incubator;Gent;9000;BE;51,05;3,72;https://lab{i}.example.be;Labruimte\n" for i in range(6000)
    )
    path = _write(tmp_path / "many.csv", DUTCH.splitlines(keepends=True)[0] + rows)
    db = directory.path
    before = directory.count()
    directory.close()
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from directory_app.directory import Directory
        d = Directory.open({str(db)!r}, seed_file=Path({str(small_seed)!r}))
        calls = []
        def progress(done, total):
            calls.append(done)
            if len(calls) == 4:  # 4,000 rows read, 2,000 written inside the open transaction
                print("writing", flush=True)
                time.sleep(60)
            return True
        d.apply_import({str(path)!r}, progress=progress)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "writing"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    with Directory.open(db, seed_file=small_seed) as reopened:
        assert reopened.count() == before
        assert reopened.check() == []
    assert _rows(db, "SELECT count(*) FROM import_sources") == [(0,)]


def test_command_line_exit_codes_and_report(tmp_path, small_seed, capsys):
    db = tmp_path / "d.sqlite"
    Directory.open(db, seed_file=small_seed).close()
    good = _write(tmp_path / "good.csv", DUTCH)
    mixed = _write(tmp_path / "mixed.csv", DUTCH + BAD_ROW)
    assert main(["import", str(mixed), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "rejected:   1" in out and "row 5, Land: not a Benelux country (France)" in out
    assert "nothing was written" in out
    assert main(["import", str(good), "--db", str(db), "--dry-run"]) == 0
    assert "dry run: nothing was written" in capsys.readouterr().out
    assert main(["import", str(good), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "rows read:  3" in out and "added:      3" in out
    assert main(["import", str(good), "--db", str(db), "--on-duplicate", "merge"]) == 0
    assert "duplicates: 3 (0 skipped, 3 unchanged" in capsys.readouterr().out
    assert main(["--db", str(db), "import", str(mixed), "--accept-partial", "--rejected", str(tmp_path / "r.csv")]) == 1
    assert (tmp_path / "r.csv").exists()
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["import", str(binary), "--db", str(db)]) == 2
    assert "binary" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "missing.csv"), "--db", str(db)]) == 2


def test_a_row_repeated_in_the_file_is_skipped_with_a_warning(directory, tmp_path):
    lines = DUTCH.splitlines(keepends=True)
    path = _write(tmp_path / "twice.csv", "".join([*lines, lines[1]]))
    _, plan = directory.apply_import(path)
    assert plan.written and plan.added == 3 and plan.skipped == 1 and not plan.rejected
    assert [(p.row, p.severity) for p in plan.problems if "row 2" in p.reason] == [(5, "warning")]


def test_command_line_json_report(tmp_path, small_seed, capsys):
    import json

    db = tmp_path / "d.sqlite"
    Directory.open(db, seed_file=small_seed).close()
    path = _write(tmp_path / "mixed.csv", DUTCH + BAD_ROW)
    assert main(["import", str(path), "--db", str(db), "--dry-run", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["rows_read"] == 4 and report["added"] == 3 and report["rejected"] == 1 and not report["written"]
    assert report["mapping"]["Breedtegraad"] == "latitude"
    assert {"row": 5, "column": "Land", "reason": "not a Benelux country (France)", "severity": "error"} in report[
        "problems"
    ]
    assert report["new_terms"] == [
        {"vocabulary": "service", "code": "exosome_production", "label": "Exosome production"}
    ]


def test_utf16_without_byte_order_mark_is_read(tmp_path):
    path = _write(tmp_path / "u16.txt", "Naam\tGemeente\nCell Hub\tGent\n", "utf-16-le")
    table = open_source(path)
    assert table.info.encoding == "utf-16-le" and list(table.rows()) == [(2, ["Cell Hub", "Gent"])]
