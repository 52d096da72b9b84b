"""CSV export, read back with the csv module and compared with the facilities."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directory_app.domain.models import Facility
from directory_app.domain.vocabulary import label
from directory_app.exporters import DEFAULT_COLUMNS, ExportSpec, export_csv
from directory_app.exporters.base import COLUMNS
from directory_app.exporters.csv_export import cell_text, row_texts
from tests.exporters.conftest import AWKWARD_NAME, FORMULA_NAMES
from tests.fixtures.small_seed import make_facilities


def read(path, delimiter=",", encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def expected_row(f):
    def num(x):
        return "" if x is None else repr(x)

    return [
        f.id,
        f.name,
        label("kind", f.kind),
        f.organisation,
        f.street,
        f.postal_code,
        f.city,
        label("region", f.region),
        label("country", f.country),
        num(f.latitude),
        num(f.longitude),
        f.website,
        f.email,
        f.phone,
        "; ".join(label("service", s) for s in f.services),
        "; ".join(label("modality", m) for m in f.modalities),
        "; ".join(label("cleanroom_grade", g) for g in f.cleanroom_grades),
        num(f.area_m2),
        num(f.year_opened),
        label("status", f.status),
        f.verified_on.isoformat() if f.verified_on else "",
        label("confidence", f.confidence),
        f.source_url,
        f.source_quote,
    ]


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_round_trip_with_either_delimiter(tmp_path, facilities, delimiter):
    path = tmp_path / "out.csv"
    export_csv(facilities, path, ExportSpec(), delimiter=delimiter)
    rows = read(path, delimiter)
    assert rows[0] == ExportSpec().header_row() and len(rows[0]) == len(DEFAULT_COLUMNS)
    assert rows[0][:3] == ["ID", "Name", "Kind"]
    assert rows[1:] == [expected_row(f) for f in facilities]


def test_bom_accents_and_line_endings(tmp_path, facilities):
    path = tmp_path / "out.csv"
    export_csv(facilities, path, ExportSpec(["name", "city", "description"]))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Liège".encode() in raw and "Zürich – Liège – Ōsaka".encode() in raw
    assert raw.endswith(b"\r\n")
    assert "Liège" in {row[1] for row in read(path)}


def test_without_bom(tmp_path, facilities):
    path = tmp_path / "out.csv"
    export_csv(facilities, path, ExportSpec(["name"]), bom=False)
    assert path.read_bytes().startswith(b"Name\r\n")
    assert read(path, encoding="utf-8")[0] == ["Name"]


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_quotes_newlines_and_separators_inside_values(tmp_path, facilities, delimiter):
    path = tmp_path / "out.csv"
    export_csv(facilities, path, ExportSpec(["id", "name", "services"]), delimiter=delimiter)
    rows = {row[0]: row for row in read(path, delimiter)[1:]}
    assert rows[facilities[1].id][1] == AWKWARD_NAME
    assert all(len(row) == 3 for row in rows.values())
    assert "; " in rows[facilities[0].id][2]


@pytest.mark.parametrize("delimiter", ["\t", "|", ",,", ""])
def test_other_delimiters_are_rejected(tmp_path, facilities, delimiter):
    with pytest.raises(ValueError, match="delimiter"):
        export_csv(facilities, tmp_path / "out.csv", ExportSpec(), delimiter=delimiter)
    assert list(tmp_path.iterdir()) == []


def test_formula_triggers_are_neutralised(tmp_path, hostile):
    path = tmp_path / "out.csv"
    export_csv(hostile, path, ExportSpec(["name", "source_quote", "longitude"]))
    rows = read(path)[1:]
    assert [row[0] for row in rows] == ["'" + name for name in FORMULA_NAMES]
    assert {row[1] for row in rows} == {"'=1+1"}


def test_negative_numbers_stay_numbers(tmp_path, facilities):
    path = tmp_path / "out.csv"
    export_csv(facilities[5:6], path, ExportSpec(["latitude", "longitude"]))
    assert read(path)[1] == ["51.123456789", "-0.5"]


def test_translated_headers_and_extras(tmp_path, facilities):
    path = tmp_path / "out.csv"
    spec = ExportSpec(
        ["name", "kind", "note", "rank", "distance_km"],
        headers={"name": "Nom", "kind": "Type", "note": "Note", "rank": "Rang", "distance_km": "Distance (km)"},
        label=lambda vocabulary, code: f"<{code}>",
        extras={facilities[0].id: {"note": "-call first", "rank": 2, "distance_km": 3.5}},
    )
    export_csv(facilities[:2], path, spec, delimiter=";")
    rows = read(path, ";")
    assert rows[0] == ["Nom", "Type", "Note", "Rang", "Distance (km)"]
    assert rows[1] == [facilities[0].name, f"<{facilities[0].kind}>", "'-call first", "2", "3.5"]
    assert rows[2][2:] == ["", "", ""]


def test_ten_thousand_facilities(tmp_path):
    facilities = make_facilities(10_000)
    path = tmp_path / "big.csv"
    export_csv(facilities, path, ExportSpec())
    rows = read(path)
    assert len(rows) == 10_001
    assert rows[-1] == expected_row(facilities[-1])


# --- the fast row builder is the plain per-cell conversion ----------------------------------------

_texts = st.text(
    alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\x00", "a", "é", ";", '"', " "]), max_size=4
)
_floats = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))


@st.composite
def _facilities(draw):
    return Facility(
        id=draw(_texts) or "x",
        name=draw(_texts) or "n",
        kind=draw(st.sampled_from(["incubator", "cgt_production", "=evil"])),
        city=draw(_texts),
        region=draw(st.sampled_from(["", "BE-VLG", "-region"])),
        latitude=draw(_floats),
        longitude=draw(_floats),
        website=draw(_texts),
        services=tuple(draw(st.lists(st.sampled_from(["lab_space", "=cmd", "@x", "gmp"]), max_size=3))),
        area_m2=draw(st.one_of(st.none(), st.integers(-5, 5))),
        verified_on=draw(st.one_of(st.none(), st.dates())),
        source_quote=draw(_texts),
    )


@settings(max_examples=300, deadline=None)
@given(
    facility=_facilities(),
    columns=st.lists(st.sampled_from([*COLUMNS, "note", "distance_km"]), min_size=1, max_size=8, unique=True),
    note=st.one_of(st.none(), _texts, st.floats(allow_nan=True)),
)
def test_row_texts_equal_the_per_cell_conversion(facility, columns, note):
    spec = ExportSpec(columns=columns, extras={facility.id: {"note": note, "distance_km": note}})
    expected = [cell_text(v) for v in spec.values(facility)]
    as_written = ["" if v is None else str(v) for v in row_texts(spec)(facility)]
    assert as_written == expected
