"""Reading files to import: encodings, delimiters, XLSX, GeoJSON, and every bad file the issue names."""

from __future__ import annotations

import json
import tracemalloc
import zipfile

import pytest
from openpyxl import Workbook

from directory_app.domain.errors import ImportFileError
from directory_app.importers import file_limits
from directory_app.importers.source_table import open_source

HEADER = ["Naam", "Gemeente", "Breedtegraad", "Lengtegraad"]
ROW = ["Bio Incubator Liège", "Liège", "50,6326", "5,5797"]


def _rows(table):
    return list(table.rows())


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("cp1252", b"", "cp1252"),
        ("utf-16-le", b"\xff\xfe", "utf-16"),
    ],
)
def test_encodings_are_detected(tmp_path, encoding, bom, expected):
    delimiter = "\t" if encoding.startswith("utf-16") else ";"  # Excel's "Unicode text" is tab-separated
    text = "\r\n".join(delimiter.join(r) for r in (HEADER, ROW)) + "\r\n"
    path = tmp_path / "in.csv"
    path.write_bytes(bom + text.encode(encoding))
    table = open_source(path)
    assert table.info.encoding == expected
    assert table.info.delimiter == delimiter
    assert table.info.headers == tuple(HEADER)
    assert _rows(table) == [(2, ROW)]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_detected(tmp_path, delimiter):
    path = tmp_path / "in.csv"
    quoted = [f'"{c}"' if "," in c else c for c in ROW]
    path.write_text(delimiter.join(HEADER) + "\n" + delimiter.join(quoted) + "\n", encoding="utf-8")
    table = open_source(path)
    assert table.info.delimiter == delimiter
    assert _rows(table) == [(2, ROW)]


def test_xlsx_is_read_with_typed_cells(tmp_path):
    import datetime as dt

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Latitude", "Longitude", "Area (m²)", "Verified on"])
    sheet.append(["Cell Hub", 50.8798, 4.7005, 1200.0, dt.datetime(2025, 3, 1)])
    path = tmp_path / "in.xlsx"
    book.save(path)
    table = open_source(path)
    assert table.info.format == "xlsx" and table.info.headers[0] == "Name"
    assert _rows(table) == [(2, ["Cell Hub", "50.8798", "4.7005", "1200", "2025-03-01"])]


def test_geojson_points_become_rows(tmp_path):
    data = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [4.7005, 50.8798]},
                "properties": {"name": "Cell Hub", "services": ["lab space", "coaching"]},
            }
        ],
    }
    path = tmp_path / "in.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    table = open_source(path)
    assert table.info.headers == ("name", "services", "latitude", "longitude")
    assert _rows(table) == [(1, ["Cell Hub", "lab space; coaching", "50.8798", "4.7005"])]


# Bad files --------------------------------------------------------------------------------------


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    with pytest.raises(ImportFileError, match="binary"):
        open_source(path)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match="empty"):
        open_source(path)


def test_truncated_xlsx_is_refused(tmp_path):
    book = Workbook()
    for i in range(200):
        book.active.append([f"name {i}", i])
    good = tmp_path / "good.xlsx"
    book.save(good)
    bad = tmp_path / "truncated.xlsx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ImportFileError, match="damaged or truncated"):
        open_source(bad)


def test_csv_renamed_xlsx_is_refused(tmp_path):
    path = tmp_path / "not.xlsx"
    path.write_text("Name\nX\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not a readable Excel workbook"):
        open_source(path)


def test_zip_bomb_xlsx_is_refused_before_opening(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(64):
                member.write(block)
    assert path.stat().st_size < 1024 * 1024
    tracemalloc.start()
    with pytest.raises(ImportFileError, match="zip bomb"):
        open_source(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 4 * 1024 * 1024


def test_one_gigabyte_file_is_refused_by_size(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.write(b"Name\n")
        fh.truncate(1024**3)  # sparse: no disk used
    with pytest.raises(ImportFileError, match="at most 256 MB"):
        open_source(path)


def test_oversized_geojson_and_xlsx_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(file_limits, "MAX_GEOJSON_BYTES", 100)
    path = tmp_path / "big.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{}] * 50}), encoding="utf-8")
    with pytest.raises(ImportFileError, match="GeoJSON file to import may be at most"):
        open_source(path)


def test_csv_with_ten_megabyte_line_is_refused_with_bounded_memory(tmp_path):
    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Name,Description\n")
        fh.write('X,"' + "a" * (10 * 1024 * 1024) + '"\n')
    table = open_source(path)
    tracemalloc.start()
    with pytest.raises(ImportFileError, match="longer than"):
        _rows(table)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 12 * file_limits.MAX_FIELD_CHARS  # nowhere near the 10 MB field


def test_csv_with_ten_megabyte_multiline_field_is_refused(tmp_path):
    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Name,Description\n")
        fh.write('X,"' + ("b" * 1000 + "\n") * (10 * 1024) + '"\n')
    table = open_source(path)
    with pytest.raises(ImportFileError, match="row 2: a value is longer than"):
        _rows(table)


def test_not_geojson_is_refused(tmp_path):
    path = tmp_path / "x.geojson"
    path.write_text('{"type": "Point", "coordinates": [1, 2]}', encoding="utf-8")
    with pytest.raises(ImportFileError, match="not a GeoJSON FeatureCollection"):
        open_source(path)
    path.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    with pytest.raises(ImportFileError, match="not valid JSON"):
        open_source(path)
