"""Property: hostile text in any field of a facility comes back as text from every exporter.

Strings made of template syntax (``{{ }}``, ``{% %}``, ``{# #}``), HTML, script end tags, formula
prefixes and control characters go through every text field into CSV, XLSX, GeoJSON, the
standalone HTML map, the PDF handout and the in-app map payload. Each file is read back with its
own reader (csv, openpyxl, json, the page's HTML parser, pypdf) and must hold the text as the
format can carry it (documented per format below), and no file may appear as a side effect.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import fields, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory_app.domain.models import Facility
from directory_app.exporters import ExportSpec, export
from directory_app.exporters.base import FORMULA_TRIGGERS, TEXT_FIELDS
from directory_app.maps.payload import points_payload, popup_detail
from directory_app.maps.standalone import standalone_map
from tests.fixtures.small_seed import make_facilities
from tests.maps.test_template_injection import page_options

SIDE_EFFECT = Path("/tmp/directory-app-hostile-text-ran")

FRAGMENTS = [
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    " 6*7 ",
    "lipsum.__globals__['os'].popen('touch " + str(SIDE_EFFECT) + "').read()",
    "config",
    "<script>",
    "</script>",
    "</SCRIPT ",
    "<!--",
    "-->",
    "<b>",
    "&amp;",
    "&",
    '"',
    "'",
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\n",
    "\x00",
    "\x1b",
    "\x7f",
    "\u2028",
    "é",
    "Liège",
    "ß",
    "CAR-T",
    " ",
]

hostile = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map("".join)

# the fields a person reads in every export; ids and URLs have their own validation
FIELDS = ("name", "organisation", "city", "street", "description", "source_quote", "services_detail")

BASE = make_facilities(1)[0]


def facility_with(values: dict[str, str]) -> Facility:
    return replace(BASE, **values)


def no_side_effect() -> None:
    assert not SIDE_EFFECT.exists(), "template syntax from data was executed"


def _unneutralised(cell: str, original: str) -> str:
    return cell[1:] if original.startswith(FORMULA_TRIGGERS) and cell.startswith("'") else cell


@pytest.fixture(autouse=True)
def _clean_side_effect():
    SIDE_EFFECT.unlink(missing_ok=True)
    yield
    SIDE_EFFECT.unlink(missing_ok=True)


def test_the_fields_under_test_are_text_fields():
    names = {f.name for f in fields(Facility)}
    assert set(FIELDS) <= names and set(FIELDS) <= TEXT_FIELDS


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({name: hostile for name in FIELDS}))
def test_csv_holds_every_field_verbatim(values, tmp_path):
    path = tmp_path / "out.csv"
    export("csv", [facility_with(values)], path, ExportSpec(columns=list(FIELDS)))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert len(header) == len(FIELDS)
    for name, cell in zip(FIELDS, row, strict=True):
        # CSV carries every character; a formula trigger at the start gets a leading apostrophe
        assert _unneutralised(cell, values[name]) == values[name]
        if values[name].startswith(FORMULA_TRIGGERS):
            assert cell.startswith("'")
    no_side_effect()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({name: hostile for name in FIELDS}))
def test_xlsx_holds_every_field_as_text(values, tmp_path):
    from openpyxl import load_workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    path = tmp_path / "out.xlsx"
    export("xlsx", [facility_with(values)], path, ExportSpec(columns=list(FIELDS)))
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2
    for name, cell in zip(FIELDS, rows[1], strict=True):
        # XLSX cannot hold C0 control characters other than tab, newline and carriage return
        expected = ILLEGAL_CHARACTERS_RE.sub("", values[name])
        got = "" if cell is None else str(cell)
        # openpyxl reads a carriage return back as a newline (the XML parser normalises it)
        assert _unneutralised(got, expected).replace("\r", "\n") == expected.replace("\r\n", "\n").replace("\r", "\n")
    no_side_effect()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({name: hostile for name in FIELDS}))
def test_geojson_holds_every_field_verbatim(values, tmp_path):
    path = tmp_path / "out.geojson"
    export("geojson", [facility_with(values)], path, ExportSpec(columns=list(FIELDS)))
    feature = json.loads(path.read_text(encoding="utf-8"))["features"][0]
    for name in FIELDS:
        assert feature["properties"][name] == values[name]  # JSON carries everything, no formula prefix
    no_side_effect()


@settings(max_examples=25, deadline=None)
@given(values=st.fixed_dictionaries({name: hostile for name in FIELDS}))
def test_standalone_html_and_in_app_payload_hold_every_field_verbatim(values):
    facility = facility_with(values)
    options = page_options(standalone_map([facility]))
    point = options["data"]["points"][0]
    assert point[4:6] == [values["name"], values["city"]]
    detail = options["data"]["details"][facility.id]
    assert detail["name"] == values["name"]
    # the in-app map reads the same shapes from /data/points and /data/facility
    point_row = (facility.id, 50.0, 4.0, facility.kind, facility.name, facility.city)
    payload = json.loads(points_payload(1, [point_row], kinds=[facility.kind]))
    assert payload["points"][0][4:6] == [values["name"], values["city"]]
    assert popup_detail(facility, lambda _v, code: code)["name"] == values["name"]
    no_side_effect()


_PDF_DROPPED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\s]")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({"name": hostile, "description": hostile, "city": hostile}))
def test_pdf_handout_prints_the_text(values, tmp_path):
    from pypdf import PdfReader

    from directory_app.handout import write_handout

    path = tmp_path / "out.pdf"
    write_handout([facility_with(values)], path, ExportSpec(), title="Visit {{ 6*7 }}", audience="{% if %}")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    flat = _PDF_DROPPED.sub("", text)
    assert "Visit{{6*7}}" in flat and "{%if%}" in flat
    for name in ("name", "city"):
        # a page has no control characters and breaks lines where it must: compare the rest
        expected = _PDF_DROPPED.sub("", values[name])
        assert expected in flat, (name, values[name])
    no_side_effect()
