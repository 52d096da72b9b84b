"""Imports never lose data (issue 13): merges are unions, a repeated id with other content is a
rejected row, hostile or empty files are refused clearly, new vocabulary codes never collide."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.domain.errors import ImportFileError
from directory_app.importers import duplicates
from directory_app.importers.import_run import Decision
from directory_app.importers.source_table import open_source
from directory_app.importers.value_reading import new_term_code, read_terms


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


HEADER = "Name,Kind,Country,Website,Services,Modalities,Cleanroom grades\n"


# Merging duplicates: a union of multi-valued fields --------------------------------------------


def test_merge_of_services_modalities_and_grades_is_a_union(directory, tmp_path):
    first = _write(
        tmp_path / "a.csv",
        HEADER + 'Cell Hub,cgt_production,BE,https://cellhub.example,"Lab space; Office space",CAR-T,B\n',
    )
    directory.apply_import(first)
    hub = next(f for f in directory.facilities() if f.name == "Cell Hub")
    assert hub.services == ("lab_space", "office_space")
    second = _write(
        tmp_path / "b.csv",
        HEADER + "Cell Hub,cgt_production,BE,https://cellhub.example,Lab space,AAV gene therapy,C\n",
    )
    plan = directory.preview_import(second, on_duplicate="merge")
    assert [d.existing_id for d in plan.duplicates] == [hub.id]
    _, done = directory.apply_import(plan)
    assert done.written and done.updated == 1
    after = directory.facility(hub.id)
    assert after.services == ("lab_space", "office_space")
    assert after.modalities == ("car_t", "gene_therapy", "aav", "viral_vector")
    assert after.cleanroom_grades == ("B", "C")


def test_merge_changes_say_before_and_after_and_are_exactly_what_is_applied(directory):
    existing = directory.facility("fac-0001")
    new = existing.__class__(
        id="x", name=existing.name, kind=existing.kind, country=existing.country, services=("coaching",), phone="+32 1"
    )
    changes = duplicates.merge_changes(existing, new)
    by_field = {c.field: c for c in changes}
    assert by_field["services"].before == existing.services
    assert by_field["services"].after == (*existing.services, "coaching")
    assert by_field["phone"].before == "" and by_field["phone"].after == "+32 1"
    merged = duplicates.merge(existing, new)
    assert {c.field: c.after for c in changes} == {f: getattr(merged, f) for f in by_field}  # the preview is the merge
    # the user removes a value explicitly: it is gone from the "after" and from the stored record
    removal = {"services": frozenset({existing.services[0]})}
    changes = duplicates.merge_changes(existing, new, remove=removal)
    after = {c.field: c.after for c in changes}["services"]
    assert existing.services[0] not in after and "coaching" in after
    assert duplicates.merge(existing, new, remove=removal).services == after


def test_import_plan_lists_what_a_merge_will_change(directory, tmp_path):
    existing = directory.facility("fac-0002")
    path = _write(
        tmp_path / "m.csv",
        f"ID,Name,Kind,Country,Services\nfac-0002,{existing.name},{existing.kind},{existing.country},Coaching\n",
    )
    plan = directory.preview_import(path, on_duplicate="merge")
    (case,) = plan.duplicates
    changes = {c.field: (c.before, c.after) for c in case.changes}
    assert changes["services"] == (existing.services, (*existing.services, "coaching"))
    from directory_app.importers.import_report import report_lines

    assert any("services" in line and "->" in line for line in report_lines(plan, dry_run=True))
    # a decision that removes a value: the preview and the import agree
    removed = Decision("merge", None, {"services": frozenset({existing.services[0]})})
    plan = directory.preview_import(path, decisions={2: removed})
    expected = dict((c.field, c.after) for c in plan.duplicates[0].changes)["services"]
    directory.apply_import(plan, decisions={2: removed})
    assert directory.facility("fac-0002").services == expected


# A repeated id in one file ----------------------------------------------------------------------


def test_same_id_twice_with_different_content_is_a_rejected_row_with_both_row_numbers(directory, tmp_path):
    text = (
        "ID,Name,Kind,Country\n"
        "lab-1,Alpha Lab,incubator,BE\nlab-2,Gamma Lab,incubator,BE\nlab-1,Beta Lab,incubator,NL\n"
    )
    path = _write(tmp_path / "twice.csv", text)
    before = directory.count()
    _, plan = directory.apply_import(path)
    assert not plan.written and plan.rejected == [4] and directory.count() == before  # all or nothing
    (error,) = plan.errors
    assert error.row == 4 and "row 2" in error.reason and "lab-1" in error.reason
    out = tmp_path / "rejected.csv"
    assert directory.export_rejected(plan, out) == 1
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [(r["row"], r["Name"]) for r in rows] == [("4", "Beta Lab")] and "row 2" in rows[0]["problems"]


def test_same_id_twice_on_the_command_line_exits_1_and_writes_the_rejected_file(tmp_path, small_seed, capsys):
    db = tmp_path / "d.sqlite"
    Directory.open(db, seed_file=small_seed).close()
    text = "ID,Name,Kind,Country\nlab-1,Alpha Lab,incubator,BE\nlab-1,Beta Lab,incubator,BE\n"
    path = _write(tmp_path / "twice.csv", text)
    rejected = tmp_path / "r.csv"
    assert main(["import", str(path), "--db", str(db), "--rejected", str(rejected)]) == 1
    out = capsys.readouterr().out
    assert "row 3" in out and "row 2" in out
    assert [r["row"] for r in csv.DictReader(rejected.open(encoding="utf-8-sig"))] == ["3"]
    assert _rows(db, "SELECT count(*) FROM facilities WHERE id = 'lab-1'") == [(0,)]


def test_same_id_twice_with_identical_content_is_one_facility(directory, tmp_path):
    text = "ID,Name,Kind,Country\nlab-1,Alpha Lab,incubator,BE\nlab-1,Alpha Lab,incubator,BE\n"
    _, plan = directory.apply_import(_write(tmp_path / "same.csv", text))
    assert plan.written and plan.added == 1 and not plan.rejected
    assert directory.facility("lab-1").name == "Alpha Lab"


# Hostile and empty files ---------------------------------------------------------------------------


def test_deeply_nested_geojson_is_refused_with_a_message(directory, tmp_path, small_seed, capsys):
    depth = 100_000
    path = _write(
        tmp_path / "deep.geojson", '{"type": "FeatureCollection", "features": ' + "[" * depth + "]" * depth + "}"
    )
    with pytest.raises(ImportFileError, match="nested"):
        directory.open_import(path)
    db = directory.path
    directory.close()
    assert main(["import", str(path), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "nested" in err and "Traceback" not in err


def test_geojson_with_an_absurd_number_is_refused_or_rejected_never_a_crash(directory, tmp_path):
    text = (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        '{"name": "Lab", "kind": "incubator", "country": "BE", "area_m2": 1e999, "year_opened": '
        + "9" * 5000
        + '}, "geometry": {"type": "Point", "coordinates": [4.3, 50.8]}}]}'
    )
    path = _write(tmp_path / "numbers.geojson", text)
    with pytest.raises(ImportFileError, match="number"):
        directory.preview_import(path)


def test_geojson_within_bounds_still_imports(directory, tmp_path):
    text = (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        '{"name": "Geo Lab", "kind": "incubator", "country": "BE", "services": ["Lab space", "Coaching"]}, '
        '"geometry": {"type": "Point", "coordinates": [4.3, 50.8]}}]}'
    )
    _, plan = directory.apply_import(_write(tmp_path / "ok.geojson", text))
    assert plan.written and plan.added == 1
    geo = next(f for f in directory.facilities() if f.name == "Geo Lab")
    assert geo.services == ("lab_space", "coaching") and geo.latitude == 50.8


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_is_read_as_utf32(tmp_path, encoding):
    path = _write(tmp_path / "u32.csv", "Naam;Gemeente\nCellé Hub;Gent\n", encoding)
    table = open_source(path)
    assert table.info.headers == ("Naam", "Gemeente")
    assert list(table.rows()) == [(2, ["Cellé Hub", "Gent"])]


def test_header_only_file_is_refused_and_no_mapping_is_stored(tmp_path, small_seed, capsys):
    db = tmp_path / "d.sqlite"
    Directory.open(db, seed_file=small_seed).close()
    path = _write(tmp_path / "empty.csv", "Name,Kind,Country\n\n  \n")
    for extra in ([], ["--dry-run"]):
        assert main(["import", str(path), "--db", str(db), *extra]) == 2
        err = capsys.readouterr().err
        assert "no rows to import" in err
    assert _rows(db, "SELECT count(*) FROM user_import_mappings") == [(0,)]


def test_header_only_geojson_and_xlsx_are_refused(tmp_path):
    from openpyxl import Workbook

    geo = _write(tmp_path / "none.geojson", '{"type": "FeatureCollection", "features": []}')
    with pytest.raises(ImportFileError, match="no rows to import"):
        open_source(geo)
    book = Workbook()
    book.active.append(["Name", "Kind", "Country"])
    book.save(tmp_path / "none.xlsx")
    with pytest.raises(ImportFileError, match="no rows to import"):
        open_source(tmp_path / "none.xlsx")


# New vocabulary codes --------------------------------------------------------------------------------


def test_new_vocabulary_codes_never_collide():
    assert new_term_code("+1+1") != new_term_code("-1+1")
    codes, new = read_terms("service", "+1+1; -1+1")
    assert len(codes) == 2 and dict(new) == {codes[0]: "+1+1", codes[1]: "-1+1"}
    # the same words written alike keep one readable code
    assert new_term_code("Exosome production") == new_term_code("exosome  production") == "exosome_production"
    assert new_term_code("Café") != new_term_code("Cafe")


def test_colliding_labels_both_survive_an_import(directory, tmp_path):
    text = 'Name,Kind,Country,Services\nA Lab,incubator,BE,"+1+1"\nB Lab,incubator,BE,"-1+1"\n'
    _, plan = directory.apply_import(_write(tmp_path / "terms.csv", text))
    assert plan.written
    labels = {t.label for t in directory.vocabulary("service")}
    assert {"+1+1", "-1+1"} <= labels


def test_same_name_and_place_twice_without_ids_with_different_content_is_rejected(directory, tmp_path):
    text = (
        "Name,Kind,City,Country,Phone\n"
        "Alpha Lab,incubator,Gent,BE,+32 9 111\nAlpha Lab,incubator,Gent,BE,+32 9 222\n"
    )
    _, plan = directory.apply_import(_write(tmp_path / "noid.csv", text))
    assert not plan.written and plan.rejected == [3]
    (error,) = plan.errors
    assert "same name and place as row 2" in error.reason


def test_geojson_with_a_lone_surrogate_is_refused_in_a_dry_run_and_for_real(directory, tmp_path, capsys):
    text = (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        '{"name": "Geo \\ud800 lab", "kind": "incubator", "country": "BE"}, '
        '"geometry": {"type": "Point", "coordinates": [4.3, 50.8]}}]}'
    )
    path = _write(tmp_path / "surrogate.geojson", text)
    db = directory.path
    directory.close()
    for extra in (["--dry-run"], []):
        assert main(["import", str(path), "--db", str(db), *extra]) == 2
        err = capsys.readouterr().err
        assert "not valid Unicode" in err and "Traceback" not in err


def test_terms_an_import_adds_are_exported_with_their_labels_not_codes(tmp_path, capsys):
    """Found by an attack: new services came out as ``1_1__3399611f385c`` in every export."""
    import csv as csv_module

    source = tmp_path / "new-terms.csv"
    source.write_text(
        "name,kind,country,city,services,source_url,source_quote\n"
        'Odd Lab,incubator,BE,Gent,"-1+1; +1+1; Weird {% if %} service",https://example.org/a,quote\n',
        encoding="utf-8",
    )
    db = str(tmp_path / "d.sqlite")
    assert main(["--db", db, "import", str(source)]) == 0, capsys.readouterr().err
    out = tmp_path / "out.csv"
    export = ["export", "--format", "csv", "--query", "Odd", "-o", str(out), "--columns", "name,services"]
    assert main(["--db", db, *export]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv_module.reader(handle))
    services = rows[1][1].removeprefix("'")  # a leading formula character is neutralised
    for label in ("-1+1", "+1+1", "Weird {% if %} service"):
        assert label in services, services
    assert "__" not in services
