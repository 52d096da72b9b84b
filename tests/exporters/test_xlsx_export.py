"""Excel export, read back with openpyxl: types, header row, filter, links, formulas, sheet names."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory_app.domain.vocabulary import label
from directory_app.exporters import DEFAULT_COLUMNS, ExportSpec, export_xlsx, xlsx_export
from directory_app.exporters.xlsx_export import MAX_WIDTH, MIN_WIDTH, sanitise_sheet_title
from tests.exporters.conftest import AWKWARD_NAME, FORMULA_NAMES
from tests.fixtures.small_seed import make_facilities

MODES = [pytest.param(False, id="in-memory"), pytest.param(True, id="write-only")]
COL = {key: openpyxl.utils.get_column_letter(i) for i, key in enumerate(DEFAULT_COLUMNS, 1)}


def load(path):
    workbook = openpyxl.load_workbook(path)
    assert len(workbook.worksheets) == 1
    return workbook.worksheets[0]


@pytest.fixture(params=MODES)
def write_only(request):
    return request.param


def test_cells_are_typed(tmp_path, facilities, write_only):
    path = tmp_path / "out.xlsx"
    export_xlsx(facilities, path, ExportSpec(), write_only=write_only)
    sheet = load(path)
    assert sheet.max_row == len(facilities) + 1 and sheet.max_column == len(DEFAULT_COLUMNS)
    for row, f in enumerate(facilities, 2):

        def cell(key, row=row):
            return sheet[f"{COL[key]}{row}"]

        assert cell("id").value == f.id and cell("id").data_type == "s"
        assert cell("name").value == f.name
        assert cell("kind").value == label("kind", f.kind)
        assert cell("country").value == label("country", f.country)
        assert cell("services").value == "; ".join(label("service", s) for s in f.services)
        assert cell("modalities").value == ("; ".join(label("modality", m) for m in f.modalities) or None)
        for key in ("latitude", "longitude", "area_m2", "year_opened"):
            assert cell(key).value == getattr(f, key)
            if getattr(f, key) is not None:
                assert cell(key).data_type == "n"
        assert cell("area_m2").value is None or isinstance(cell("area_m2").value, int)
        verified = cell("verified_on")
        assert isinstance(verified.value, datetime) and verified.value.date() == f.verified_on
        assert verified.is_date and verified.number_format == "yyyy-mm-dd"
    assert sheet[f"B{2 + 1}"].value == AWKWARD_NAME
    assert sheet[f"{COL['longitude']}7"].value == -0.5  # negative number: a number, not text


def test_header_row_is_bold_frozen_and_filtered(tmp_path, facilities, write_only):
    path = tmp_path / "out.xlsx"
    spec = ExportSpec(headers={"name": "Nom"})
    export_xlsx(facilities, path, spec, write_only=write_only)
    sheet = load(path)
    assert [c.value for c in sheet[1]] == spec.header_row()
    assert sheet["B1"].value == "Nom"
    assert all(c.font.b for c in sheet[1])
    assert not sheet["B2"].font.b
    assert sheet.freeze_panes == "A2"
    last = openpyxl.utils.get_column_letter(len(DEFAULT_COLUMNS))
    assert sheet.auto_filter.ref == f"A1:{last}{len(facilities) + 1}"


def test_column_widths_follow_content_and_are_capped(tmp_path, facilities):
    long_quote = replace(facilities[0], source_quote="word " * 100)
    path = tmp_path / "out.xlsx"
    export_xlsx([long_quote, *facilities[1:]], path, ExportSpec(["id", "name", "source_quote", "area_m2"]))
    widths = {k: v.width for k, v in load(path).column_dimensions.items()}
    assert widths["C"] == MAX_WIDTH
    assert MIN_WIDTH <= widths["A"] < widths["B"] < MAX_WIDTH
    assert widths["B"] >= max(len(f.name.split("\n")[0]) for f in facilities[:1] + facilities[2:])
    assert widths["D"] >= len("Area (m²)")


def test_write_only_widths_come_from_headers(tmp_path, facilities):
    path = tmp_path / "out.xlsx"
    spec = ExportSpec(["id", "name"], headers={"id": "A rather long translated identifier header"})
    export_xlsx(facilities, path, spec, write_only=True)
    widths = {k: v.width for k, v in load(path).column_dimensions.items()}
    assert widths["A"] >= len(spec.header_row()[0]) and MIN_WIDTH <= widths["B"] <= MAX_WIDTH


def test_only_web_urls_become_hyperlinks(tmp_path, facilities, write_only):
    path = tmp_path / "out.xlsx"
    export_xlsx(facilities, path, ExportSpec(["website", "source_url", "name"]), write_only=write_only)
    sheet = load(path)
    for row, f in enumerate(facilities, 2):
        for column, url in (("A", f.website), ("B", f.source_url)):
            cell = sheet[f"{column}{row}"]
            assert cell.value == url and cell.data_type == "s"
            if url.startswith(("http://", "https://")):
                assert cell.hyperlink is not None and cell.hyperlink.target == url
                assert cell.style == "Hyperlink"
            else:
                assert cell.hyperlink is None
        assert sheet[f"C{row}"].hyperlink is None
    assert sheet["A6"].value == "javascript:alert(1)" and sheet["A6"].hyperlink is None
    assert sheet["B7"].value == "ftp://files.example/x" and sheet["B7"].hyperlink is None
    assert sheet["A8"].hyperlink.target == "http://plain.example/path?q=1&r=2"


def test_formulas_from_the_data_stay_text(tmp_path, hostile, write_only):
    bad_links = [replace(f, website=name) for f, name in zip(hostile, FORMULA_NAMES, strict=True)]
    path = tmp_path / "out.xlsx"
    export_xlsx(bad_links, path, ExportSpec(["name", "website", "source_quote"]), write_only=write_only)
    sheet = load(path)
    for row, name in enumerate(FORMULA_NAMES, 2):
        for column in "AB":
            cell = sheet[f"{column}{row}"]
            assert cell.data_type == "s", (name, cell.value)
            assert cell.value == "'" + name.replace("\r", "\n")  # XML keeps no bare CR
            assert cell.hyperlink is None
        assert sheet[f"C{row}"].value == "'=1+1" and sheet[f"C{row}"].data_type == "s"


def test_formulas_are_not_in_the_file_at_all(tmp_path, hostile, write_only):
    import zipfile

    path = tmp_path / "out.xlsx"
    export_xlsx(hostile, path, ExportSpec(["name", "source_quote"]), write_only=write_only)
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def test_error_codes_and_control_characters_stay_text(tmp_path, facilities, write_only):
    odd = [replace(facilities[0], name="#N/A"), replace(facilities[1], name="Bell\x07 and \x00null")]
    path = tmp_path / "out.xlsx"
    export_xlsx(odd, path, ExportSpec(["name"]), write_only=write_only)
    sheet = load(path)
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("#N/A", "s")
    assert sheet["A3"].value == "Bell and null"


def test_extras_are_typed(tmp_path, facilities, write_only):
    f = facilities[0]
    spec = ExportSpec(
        ["id", "rank", "distance_km", "note"], extras={f.id: {"rank": 3, "distance_km": 1.25, "note": "ok"}}
    )
    path = tmp_path / "out.xlsx"
    export_xlsx(facilities[:2], path, spec, write_only=write_only)
    sheet = load(path)
    assert [c.value for c in sheet[2]] == [f.id, 3, 1.25, "ok"]
    assert [c.data_type for c in sheet[2]] == ["s", "n", "n", "s"]
    assert [c.value for c in sheet[3]][1:] == [None, None, None]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Facilities", "Facilities"),
        ("CAR-T [March]: a/b\\c*d?", "CAR-T _March__ a_b_c_d_"),
        ("x" * 40, "x" * 31),
        ("'quoted'", "quoted"),
        ("", "Facilities"),
        ("[]:*?/\\", "_______"),
        ("   ", "Facilities"),
        ("History", "History_"),
        ("Liège – Gent", "Liège – Gent"),
    ],
)
def test_sheet_titles_are_sanitised(tmp_path, title, expected):
    assert sanitise_sheet_title(title) == expected
    assert len(sanitise_sheet_title(title)) <= 31
    path = tmp_path / "out.xlsx"
    export_xlsx(make_facilities(2), path, ExportSpec(["name"]), sheet_title=title)
    assert load(path).title == expected


def test_write_only_mode_is_used_above_the_threshold(tmp_path, monkeypatch):
    modes = []
    real = xlsx_export.Workbook

    def spy(write_only=False):
        modes.append(write_only)
        return real(write_only=write_only)

    monkeypatch.setattr(xlsx_export, "Workbook", spy)
    monkeypatch.setattr(xlsx_export, "WRITE_ONLY_THRESHOLD", 5)
    export_xlsx(make_facilities(5), tmp_path / "a.xlsx", ExportSpec(["name"]))
    export_xlsx(make_facilities(6), tmp_path / "b.xlsx", ExportSpec(["name"]))
    assert modes == [False, True]
    assert load(tmp_path / "b.xlsx").max_row == 7


def test_ten_thousand_facilities(tmp_path):
    facilities = make_facilities(10_000)
    path = tmp_path / "big.xlsx"
    export_xlsx(facilities, path, ExportSpec())
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 10_001
    assert rows[-1][0] == facilities[-1].id and rows[-1][1] == facilities[-1].name


_TEXT = st.text(
    alphabet=st.sampled_from(["=", "+", "-", "@", "#", "\t", "\r", "\n", "\x01", "a", "é", " "]), max_size=5
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(st.one_of(_TEXT, st.sampled_from(["#N/A", "#REF!", "=1+1", "http://x.be/=1"])), min_size=1),
    website=st.sampled_from(["", "https://example.be/a?b=1", "ftp://x", "http://[::1", "=HYPERLINK(1)"]),
    area=st.one_of(st.none(), st.integers(-3, 3), st.floats(allow_nan=True, allow_infinity=True)),
)
def test_streamed_rows_read_back_like_in_memory_ones(tmp_path, names, website, area):
    base = make_facilities(1)[0]
    rows = [replace(base, id=f"f{i}", name=n, website=website, area_m2=area) for i, n in enumerate(names)]
    spec = ExportSpec(["name", "website", "area_m2", "verified_on", "services"])
    sheets = []
    for mode in (False, True):
        path = tmp_path / f"{mode}.xlsx"
        export_xlsx(rows, path, spec, write_only=mode)
        sheet = load(path)
        sheets.append([[(c.value, c.data_type, c.hyperlink.target if c.hyperlink else None) for c in r] for r in sheet])
    assert sheets[0] == sheets[1]
    assert all(kind != "f" for row in sheets[1] for _value, kind, _link in row)


def _links_in_the_file(path):
    """(cell, URL) of every hyperlink, read from the package's XML: the sheet's <hyperlinks> block
    resolved through the sheet's relationships."""
    import zipfile
    from xml.etree import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    with zipfile.ZipFile(path) as package:
        sheet = ElementTree.fromstring(package.read("xl/worksheets/sheet1.xml"))
        rels = ElementTree.fromstring(package.read("xl/worksheets/_rels/sheet1.xml.rels"))
    targets = {r.get("Id"): (r.get("Target"), r.get("TargetMode")) for r in rels}
    assert len(targets) == len(rels)  # relationship ids are unique
    blocks = sheet.findall(f"{main}hyperlinks")
    assert len(blocks) == 1  # one block, not one from us and one from openpyxl
    return [(link.get("ref"), targets[link.get(rel)]) for link in blocks[0] if link.get(rel)]  # external ones


def test_streamed_links_write_what_openpyxl_would(tmp_path, facilities, monkeypatch):
    spec = ExportSpec(["name", "website", "source_url"])
    export_xlsx(facilities, tmp_path / "fast.xlsx", spec, write_only=True)
    monkeypatch.setattr(xlsx_export.StreamedLinks, "install", classmethod(lambda cls, sheet: None))
    export_xlsx(facilities, tmp_path / "public.xlsx", spec, write_only=True)

    fast, public = _links_in_the_file(tmp_path / "fast.xlsx"), _links_in_the_file(tmp_path / "public.xlsx")
    expected = sorted(
        (f"{column}{row}", (url, "External"))
        for row, f in enumerate(facilities, 2)
        for column, url in (("B", f.website), ("C", f.source_url))
        if url.startswith(("http://", "https://"))
    )
    assert sorted(fast) == sorted(public) == expected and len(expected) > 5
    as_read = [
        [(c.value, c.style, c.hyperlink.target if c.hyperlink else None) for c in row]
        for row in load(tmp_path / "fast.xlsx")
    ]
    assert as_read == [
        [(c.value, c.style, c.hyperlink.target if c.hyperlink else None) for c in row]
        for row in load(tmp_path / "public.xlsx")
    ]


def test_streamed_links_fall_back_when_openpyxl_is_laid_out_otherwise(tmp_path, facilities, monkeypatch):
    from directory_app.exporters.xlsx_links import StreamedLinks

    class Sheet:  # a write-only sheet without the writer internals we rely on
        _writer = object()

    assert StreamedLinks.install(Sheet()) is None
    calls = []
    real = xlsx_export._link_cell
    monkeypatch.setattr(xlsx_export, "_link_cell", lambda sheet, url: calls.append(url) or real(sheet, url))
    monkeypatch.setattr(xlsx_export.StreamedLinks, "install", classmethod(lambda cls, sheet: None))
    export_xlsx(facilities, tmp_path / "out.xlsx", ExportSpec(["website"]), write_only=True)
    assert calls and all(url.startswith("http") for url in calls)
    assert [ref for ref, _ in _links_in_the_file(tmp_path / "out.xlsx")] == [
        f"A{i + 2}" for i, f in enumerate(facilities) if f.website.startswith("http")
    ]


def test_streamed_links_keep_links_set_the_public_way_too(tmp_path):
    from openpyxl.cell.cell import WriteOnlyCell
    from openpyxl.worksheet.hyperlink import Hyperlink

    from directory_app.exporters.xlsx_links import StreamedLinks

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Facilities")
    sheet.append(["name", "web"])
    links = StreamedLinks.install(sheet)
    assert links is not None
    inside = WriteOnlyCell(sheet, "back to top")
    inside.hyperlink = Hyperlink(ref="", location="'Facilities'!A1")
    outside = WriteOnlyCell(sheet, "public")
    outside.hyperlink = "https://public.example/"
    sheet.append([inside, links.cell("https://ours.example/a", "B2")])
    sheet.append([outside, None])
    book.save(tmp_path / "links.xlsx")
    read = load(tmp_path / "links.xlsx")
    assert read["A2"].hyperlink.location == "'Facilities'!A1"
    assert read["B2"].hyperlink.target == "https://ours.example/a"
    assert read["A3"].hyperlink.target == "https://public.example/"
    refs = {ref for ref, _target in _links_in_the_file(tmp_path / "links.xlsx")}
    assert refs == {"B2", "A3"}  # the external ones, each through its own relationship
