"""The PDF handout, read back with pypdf: wording, accents, order, map, page breaks, cancel, errors."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import date

import pypdf
import pytest
from PIL import Image

from directory_app import config
from directory_app.domain.errors import ExportCancelled, ExportError
from directory_app.exporters import ExportSpec, export, export_pdf, pdf_handout
from directory_app.maps.static_map import handout_points, static_map_png
from tests.fixtures.small_seed import make_facilities

ON = date(2026, 3, 14)
LIEGE = "Liège Biotech Hub – Sart-Tilman"
GUIBERT = "Axis Parc “Mont-Saint-Guibert” Incubator"
ACCENTS = "Œuvre façade Noël – hôpital"


def pages(path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


@pytest.fixture
def visit():
    """Six facilities with accents, typographic signs, notes and shortlist standing."""
    out = make_facilities(6)
    out[0] = replace(out[0], name=LIEGE, city="Liège", postal_code="4000", street="Rue de l’Hôpital 1")
    out[1] = replace(out[1], name=GUIBERT, city="Mont-Saint-Guibert", postal_code="1435", area_m2=12500)
    out[2] = replace(out[2], name=ACCENTS, email="info@example.be", phone="+32 4 123 45 67")
    notes = {
        out[0].id: {
            "note": "Strong CAR-T fit – ask about grade B capacity",
            "shortlist_status": "contacted",
            "rank": 1,
        },
        out[1].id: {"note": "Wet lab from 50 m², about 250 €/m² a year", "shortlist_status": "candidate"},
        out[2].id: {"note": "Ça va: “très bien”, ô ç ë è é", "recipient_note": "Welcome – ask for Anna"},
    }
    return out, ExportSpec(extras=notes)


@pytest.fixture(scope="module")
def map_png():
    borders = json.loads(config.borders_path().read_text(encoding="utf-8"))
    return static_map_png(handout_points(make_facilities(6)), tile=None, borders=borders, size=(800, 500))


def test_handout_text_title_audience_names_notes_and_accents(tmp_path, visit):
    facilities, spec = visit
    path = tmp_path / "visit.pdf"
    export_pdf(facilities, path, spec, title="CAR-T visit", audience="Kite Pharma delegation", generated_on=ON)
    text = "\n".join(pages(path))
    assert "CAR-T visit" in text
    assert "For Kite Pharma delegation" in text
    assert "Prepared on 2026-03-14" in text
    position = 0
    for f in facilities:  # every name, in order
        position = text.index(f.name, position) + len(f.name)
    for needed in ("Liège", "Mont-Saint-Guibert", "–", "“", "”", "Œuvre façade Noël", "ô ç ë è é", "m²", "€"):
        assert needed in text, needed
    for note in (n["note"] for n in spec.extras.values()):
        assert note in text
    assert "Status: Contacted · Rank 1" in text and "Status: Candidate" in text
    assert "Rue de l’Hôpital 1, 4000 Liège, Belgium" in text
    assert "12,500 m²" in text
    assert "info@example.be" in text and "+32 4 123 45 67" in text
    assert "Source: https://news.example/0 · verified 2026-01-01" in text
    assert "Page 1 of" in text


def test_blocks_have_the_fields_of_their_facility(tmp_path, visit):
    facilities, spec = visit
    path = tmp_path / "visit.pdf"
    export_pdf(facilities, path, spec, title="t", generated_on=ON)
    text = "\n".join(pages(path))
    cgt = facilities[2]
    assert cgt.kind == "cgt_production" and cgt.modalities
    for label in ("Address", "Contact", "Services", "Modalities", "Adviser’s note", "Internal only"):
        assert label in text
    assert "CGT production site" in text and "Incubator" in text and "Accelerator" in text
    for f in facilities:
        assert f.website in text


def test_strings_and_labels_translate_every_fixed_text(tmp_path, visit):
    facilities, spec = visit
    dutch = replace(spec, label=lambda vocabulary, code: f"nl-{code}" if code else "")
    strings = {
        "audience": "Voor {audience}",
        "prepared_on": "Opgesteld op {date}",
        "date_format": "%d-%m-%Y",
        "address": "Adres",
        "note": "Notitie van de adviseur",
        "private_note": "Alleen intern",
        "status_contacted": "Gecontacteerd",
        "shortlist_status": "Status: {status}",
        "rank": "Rang {rank}",
        "source": "Bron: {url} · geverifieerd op {date}",
        "page": "Pagina {page} van {pages}",
        "thousands_separator": ".",
        "area_value": "{area} m²",
    }
    path = tmp_path / "bezoek.pdf"
    export_pdf(facilities, path, dutch, title="Bezoek", audience="Kite", generated_on=ON, strings=strings)
    text = "\n".join(pages(path))
    for needed in (
        "Voor Kite",
        "Opgesteld op 14-03-2026",
        "Adres",
        "Notitie van de adviseur",
        "Alleen intern",
        "Status: Gecontacteerd · Rang 1",
        "Bron: https://news.example/0 · geverifieerd op 01-01-2026",
        "Pagina 1 van",
        "12.500 m²",
        "nl-incubator",
        "nl-BE",
    ):
        assert needed in text, needed
    for english in ("Prepared on", "Address", "Page 1 of", "Source:"):
        assert english not in text, english


def test_every_page_is_numbered_page_n_of_m(tmp_path):
    path = tmp_path / "many.pdf"
    export_pdf(make_facilities(40), path, ExportSpec(), title="Forty", generated_on=ON)
    texts = pages(path)
    total = len(texts)
    assert total >= 3
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {total}" in text


def test_the_map_is_an_image_on_page_one(tmp_path, visit, map_png):
    facilities, spec = visit
    with_map, without = tmp_path / "map.pdf", tmp_path / "plain.pdf"
    export_pdf(facilities, with_map, spec, title="t", generated_on=ON, map_png=map_png)
    export_pdf(facilities, without, spec, title="t", generated_on=ON)
    reader = pypdf.PdfReader(with_map)
    images = reader.pages[0].images
    assert len(images) == 1
    picture = Image.open(io.BytesIO(images[0].data))
    assert picture.size == (800, 500)
    assert "The numbers on the map are those of the facilities below." in reader.pages[0].extract_text()
    assert all(not page.images for page in pypdf.PdfReader(without).pages)


def test_facilities_without_location_say_they_are_not_on_the_map(tmp_path, visit, map_png):
    facilities, spec = visit
    facilities[3] = replace(facilities[3], latitude=None, longitude=None)
    path = tmp_path / "map.pdf"
    export_pdf(facilities, path, spec, title="t", generated_on=ON, map_png=map_png)
    assert "\n".join(pages(path)).count("not on the map (no location)") == 1


def test_forty_facilities_make_several_pages_and_no_block_is_split(tmp_path, map_png):
    facilities = make_facilities(40)
    notes = {f.id: {"note": f"Note {i}: " + "long remark " * (i % 5 * 12)} for i, f in enumerate(facilities)}
    path = tmp_path / "forty.pdf"
    export_pdf(facilities, path, ExportSpec(extras=notes), title="Forty", generated_on=ON, map_png=map_png)
    texts = pages(path)
    assert len(texts) >= 4
    for i, f in enumerate(facilities):
        name_pages = [n for n, t in enumerate(texts) if any(line.endswith(f.name) for line in lines_of(t))]
        source_pages = [n for n, t in enumerate(texts) if f"Source: https://news.example/{i} ·" in t]
        assert len(name_pages) == 1 and name_pages == source_pages, (f.name, name_pages, source_pages)


def test_a_block_longer_than_a_page_still_goes_in_whole(tmp_path):
    facilities = make_facilities(3)
    words = " ".join(f"w{i}" for i in range(2500))
    path = tmp_path / "long.pdf"
    export_pdf(facilities, path, ExportSpec(extras={facilities[1].id: {"note": words}}), title="t", generated_on=ON)
    text = " ".join(pages(path))
    assert len(pages(path)) >= 3
    assert re.search(r"w0\b", text) and re.search(r"w2499\b", text)
    assert facilities[2].name in text


def test_progress_is_reported_per_facility(tmp_path):
    calls = []
    export_pdf(
        make_facilities(10),
        tmp_path / "p.pdf",
        ExportSpec(),
        title="t",
        generated_on=ON,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls == [(d, 10) for d in range(11)]


@pytest.mark.parametrize("existing", [False, True])
def test_cancel_leaves_no_file(tmp_path, existing):
    target = tmp_path / "out.pdf"
    if existing:
        target.write_bytes(b"old bytes")
    with pytest.raises(ExportCancelled):
        export_pdf(make_facilities(10), target, ExportSpec(), title="t", generated_on=ON, progress=lambda d, t: d < 4)
    assert (target.read_bytes() == b"old bytes") if existing else not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == (["out.pdf"] if existing else [])


def test_unwritable_folder_raises_export_error(tmp_path, immutable):
    folder = tmp_path / "ro"
    folder.mkdir()
    immutable(folder)
    with pytest.raises(ExportError, match="read-only") as info:
        export_pdf(make_facilities(3), folder / "out.pdf", ExportSpec(), title="t", generated_on=ON)
    assert str(folder / "out.pdf") in info.value.message
    assert list(folder.iterdir()) == []


def test_missing_folder_raises_export_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(make_facilities(3), tmp_path / "nope" / "out.pdf", ExportSpec(), title="t", generated_on=ON)


def test_missing_font_package_is_an_export_error_naming_it(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_handout, "FONT_MODULE", "no_such_font_package_here")
    with pytest.raises(ExportError, match="font-source-sans-pro"):
        export_pdf(make_facilities(3), tmp_path / "out.pdf", ExportSpec(), title="t", generated_on=ON)
    assert list(tmp_path.iterdir()) == []


def test_font_files_are_found():
    files = pdf_handout.font_files()
    assert set(files) == {"", "B", "I"} and all(p.suffix == ".ttf" and p.is_file() for p in files.values())


def test_a_map_that_is_not_an_image_is_refused(tmp_path):
    with pytest.raises(ValueError, match="map_png"):
        export_pdf(make_facilities(3), tmp_path / "out.pdf", ExportSpec(), title="t", generated_on=ON, map_png=b"nope")
    assert list(tmp_path.iterdir()) == []


def test_registry_passes_the_options_through(tmp_path, visit, map_png):
    facilities, spec = visit
    path = tmp_path / "via-registry.pdf"
    export("pdf", iter(facilities), path, spec, title="Via export()", audience="Acme", generated_on=ON, map_png=map_png)
    reader = pypdf.PdfReader(path)
    assert "Via export()" in reader.pages[0].extract_text() and reader.pages[0].images
    assert reader.metadata.title == "Via export()"


def test_empty_handout_is_a_valid_pdf(tmp_path):
    path = tmp_path / "empty.pdf"
    export_pdf([], path, ExportSpec(), title="Nothing yet", generated_on=ON)
    text = "\n".join(pages(path))
    assert "Nothing yet" in text and "No facilities." in text and "Page 1 of 1" in text


def test_control_characters_and_missing_values_do_not_break_the_layout(tmp_path):
    facility = replace(
        make_facilities(1)[0],
        name="Bad\x00 name\twith\r\nbreaks",
        street="",
        city="",
        website="",
        source_url="",
        verified_on=None,
        area_m2=None,
    )
    path = tmp_path / "odd.pdf"
    export_pdf([facility], path, ExportSpec(), title="t\x07itle", generated_on=ON)
    text = "\n".join(pages(path))
    assert "Bad name with breaks" in text and "title" in text and "Source:" not in text


def test_a_science_park_badge_is_its_dark_purple_house(tmp_path):
    """The badge of a science park has the colour and the shape of its map marker (domain.markers)."""
    facilities = [replace(f, kind="science_park") for f in make_facilities(2)]
    path = tmp_path / "parks.pdf"
    export_pdf(facilities, path, ExportSpec(), title="t", generated_on=ON)
    content = b"".join(page.get_contents().get_data() for page in pypdf.PdfReader(path).pages)
    assert b"0.4353 0.1765 0.5686 rg" in content  # #6f2d91
    # the house is a five-cornered path (a move and four lines) filled right after the colour is set
    after = content.split(b"0.4353 0.1765 0.5686 rg", 1)[1].split(b" f", 1)[0]
    assert after.count(b" l") == 4, after
