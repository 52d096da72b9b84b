"""A real Belgian spreadsheet imports (issue 17, item 8): Dutch and French headers and words, a
``Bron`` column of free text kept as the source note (a URL in it becomes the source URL), every
row given its province from its postcode or town, and a misspelled kind rejected with the valid
kinds listed (or mapped to a kind by the user)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.domain.query import format_query
from directory_app.importers.column_mapping import propose_mapping
from directory_app.importers.row_reading import UNKNOWN_KIND
from directory_app.importers.value_reading import read_term, read_terms

DATA = Path(__file__).parent / "data"
CSV = DATA / "belgische_faciliteiten.csv"
XLSX = DATA / "belgische_faciliteiten.xlsx"
MISSPELLED_ROW = 20  # "Incubatorr" (the header is row 1)

# name -> kind, region, services, modalities, source note, source URL
EXPECTED: dict[str, tuple[str, str, set[str], set[str], str, str]] = {
    "Bio-Incubator Zwijnaarde": (
        "incubator",
        "BE-VOV",
        {"lab_space", "office_space", "coaching"},
        set(),
        "eigen onderzoek 2024",
        "",
    ),
    "Incubateur du Sart-Tilman": (
        "incubator",
        "BE-WLG",
        {"lab_space", "office_space", "coaching"},
        set(),
        "rapport annuel 2024",
        "",
    ),
    "Cellules Gosselies": (
        "cgt_production",
        "BE-WHT",
        {"gmp_manufacturing", "cleanroom_space"},
        {"cell_therapy", "viral_vector"},
        "communiqué de presse https://www.cellules-gosselies.example/presse/2023-05",
        "https://www.cellules-gosselies.example/presse/2023-05",
    ),
    "Antwerp Start Versneller": (
        "accelerator",
        "BE-VAN",
        {"coaching", "funding", "network"},
        set(),
        "persbericht maart 2023",
        "",
    ),
    "UZA Celtherapie-eenheid": (
        "cgt_production",
        "BE-VAN",
        {"gmp_manufacturing", "cleanroom_space"},
        {"cell_therapy", "car_t"},
        "",
        "https://www.uza-atmp.example/nieuws",
    ),
    "Leuven Gene Vector Lab": (
        "cgt_production",
        "BE-VBR",
        set(),
        {"viral_vector", "gene_therapy"},
        "jaarverslag 2024 (https://www.leuven-vector.example/jaarverslag-2024.pdf)",
        "https://www.leuven-vector.example/jaarverslag-2024.pdf",
    ),
    "Limburg Bio Incubator": ("incubator", "BE-VLI", {"lab_space"}, set(), "eigen onderzoek 2024", ""),
    "Brugge Biotech Versneller": (
        "accelerator",
        "BE-VWV",
        {"acceleration_programme"},
        set(),
        "website geraadpleegd april 2024",
        "",
    ),
    "Incubateur Louvain-la-Neuve": (
        "incubator",
        "BE-WBR",
        {"lab_space", "meeting_facilities"},
        set(),
        "rapport annuel 2023",
        "",
    ),
    "Unité de thérapie cellulaire Anderlecht": (
        "cgt_production",
        "BE-BRU",
        {"gmp_manufacturing"},
        {"gene_therapy"},
        "article de presse, janvier 2024",
        "",
    ),
    "Namur Bio Incubateur": ("incubator", "BE-WNA", {"office_space", "coaching"}, set(), "rapport annuel 2024", ""),
    "Libramont Agro Incubateur": ("incubator", "BE-WLX", {"greenhouse"}, set(), "eigen onderzoek 2024", ""),
    "Mons Accélérateur Santé": (
        "accelerator",
        "BE-WHT",
        {"acceleration_programme", "funding"},
        set(),
        "site web de l'opérateur",
        "",
    ),
    "Kortrijk Cleanroom Campus": ("cgt_production", "BE-VWV", {"cleanroom_space"}, set(), "persbericht maart 2023", ""),
    "Biopark Gosselies Incubateur": ("incubator", "BE-WHT", {"lab_space"}, set(), "eigen onderzoek 2024", ""),
    "Geel Bio Hub": ("incubator", "BE-VAN", {"lab_space", "office_space"}, set(), "eigen onderzoek 2024", ""),
    "Wavre Vector Site": ("cgt_production", "BE-WBR", set(), {"viral_vector"}, "rapport annuel 2024", ""),
    "Hasselt Life Science Versneller": (
        "accelerator",
        "BE-VLI",
        {"coaching", "network"},
        set(),
        "persbericht maart 2023",
        "",
    ),
    "Marche Biotech Incubateur": ("incubator", "BE-WLX", {"office_space"}, set(), "rapport annuel 2024", ""),
}


def test_the_workbook_holds_the_same_rows_as_the_csv():
    with CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    sheet = openpyxl.load_workbook(XLSX, read_only=True).active
    cells = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert cells == rows and len(rows) == 21


def test_bron_and_source_headers_are_the_source_note():
    assert propose_mapping(["Naam", "Bron"]) == ("name", "source_note")
    assert propose_mapping(["Nom", "Source"]) == ("name", "source_note")
    assert propose_mapping(["Name", "Source URL"]) == ("name", "source_url")


@pytest.mark.parametrize("path", [CSV, XLSX], ids=["csv", "xlsx"])
def test_the_belgian_spreadsheet_imports_every_valid_row(directory, path):
    before = directory.count()
    plan = directory.preview_import(path)
    assert plan.rows_read == 20
    assert plan.rejected == [MISSPELLED_ROW], [p.reason for p in plan.errors]
    assert plan.new_terms == {}  # every Dutch and French word was understood
    _, done = directory.apply_import(plan, accept_partial=True)
    assert done.written and done.added == 19
    assert directory.count() == before + 19
    got = {f.name: f for f in directory.facilities() if f.name in EXPECTED}
    assert set(got) == set(EXPECTED)
    for name, (kind, region, services, modalities, note, url) in EXPECTED.items():
        f = got[name]
        assert (f.kind, f.region) == (kind, region), name
        assert services <= set(f.services), (name, f.services)
        assert modalities <= set(f.modalities), (name, f.modalities)
        assert (f.source_note, f.source_url) == (note, url), name
    assert got["Leuven Gene Vector Lab"].status == "under_construction"
    assert got["Kortrijk Cleanroom Campus"].status == "planned"


def test_a_misspelled_kind_is_a_rejected_value_listing_the_valid_kinds(directory):
    plan = directory.preview_import(CSV)
    (problem,) = [p for p in plan.errors if p.row == MISSPELLED_ROW]
    assert problem.column == "Soort" and problem.message == UNKNOWN_KIND
    assert problem.args[0] == "Incubatorr"
    for label in ("Incubator", "Accelerator", "CGT production site"):
        assert label in problem.reason
    assert "incubatorr" not in {code for _, code in plan.new_terms}


def test_the_user_maps_an_unknown_kind_and_every_row_imports(directory):
    plan = directory.preview_import(CSV, value_map={("kind", "Incubatorr"): "incubator"})
    assert plan.rejected == [] and plan.added == 20
    _, done = directory.apply_import(plan)
    assert done.written and done.added == 20
    gent = next(f for f in directory.facilities() if f.name == "Gent Bio Incubatorr")
    assert (gent.kind, gent.region) == ("incubator", "BE-VOV")


def test_a_value_can_only_be_mapped_to_a_known_code(directory):
    with pytest.raises(ValueError):
        directory.preview_import(CSV, value_map={("kind", "Incubatorr"): "incubatorr"})


def test_the_command_line_rejects_the_row_and_writes_it_with_the_valid_kinds(tmp_path, db_path, small_seed):
    Directory.open(db_path, seed_file=small_seed).close()
    rejected = tmp_path / "afgewezen.csv"
    assert main(["import", str(CSV), "--db", str(db_path), "--rejected", str(rejected)]) == 1
    with rejected.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["Naam"] for r in rows] == ["Gent Bio Incubatorr"]
    assert "Soort: not a known kind (Incubatorr)" in rows[0]["problems"]
    assert "CGT production site" in rows[0]["problems"]
    assert main(["import", str(CSV), "--db", str(db_path), "--accept-partial"]) == 1  # 19 written, 1 left out


@pytest.mark.parametrize(
    ("vocabulary", "text", "code"),
    [
        ("kind", "Productielocatie", "cgt_production"),
        ("kind", "Celtherapie", "cgt_production"),
        ("kind", "Site de production", "cgt_production"),
        ("kind", "Incubateur", "incubator"),
        ("kind", "Versneller", "accelerator"),
        ("kind", "Accélérateur", "accelerator"),
    ],
)
def test_dutch_and_french_kinds_on_import(vocabulary, text, code):
    assert read_term(vocabulary, text) == code


@pytest.mark.parametrize(
    ("vocabulary", "text", "code"),
    [
        ("service", "labruimte", "lab_space"),
        ("service", "espace laboratoire", "lab_space"),
        ("service", "salles blanches", "cleanroom_space"),
        ("service", "kantoorruimte", "office_space"),
        ("service", "bureaus", "office_space"),
        ("modality", "celtherapie", "cell_therapy"),
        ("modality", "virale vectoren", "viral_vector"),
        ("modality", "vecteurs viraux", "viral_vector"),
        ("modality", "cellules souches", "stem_cells"),
    ],
)
def test_dutch_and_french_words_on_import_and_in_search(directory, vocabulary, text, code):
    codes, new = read_terms(vocabulary, text)
    assert code in codes and new == ()
    assert f"{vocabulary}:{code}" in format_query(directory.understand(text).strict)
