"""Headers in three languages, values as people write them, duplicates found and merged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from directory_app.domain.models import Facility
from directory_app.importers.column_mapping import header_signature, propose_mapping
from directory_app.importers.duplicates import DuplicateIndex, merge
from directory_app.importers.value_reading import read_country, read_decimal, read_integer, read_term, read_terms


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (
            ["Naam", "Gemeente", "Breedtegraad", "Lengtegraad", "Postcode", "Website"],
            ["name", "city", "latitude", "longitude", "postal_code", "website"],
        ),
        (
            ["Nom", "Ville", "Latitude", "Longitude", "Code postal", "Site web"],
            ["name", "city", "latitude", "longitude", "postal_code", "website"],
        ),
        (
            ["Name", "City", "Lat", "Lng", "ZIP", "URL"],
            ["name", "city", "latitude", "longitude", "postal_code", "website"],
        ),
        (
            ["Soort", "Land", "Diensten", "Oppervlakte (m²)", "Statut", "Bron"],
            ["kind", "country", "services", "area_m2", "status", "source_note"],
        ),
        (
            ["Type", "Pays", "Modalités", "Salles blanches", "Vérifié le", "Fiabilité"],
            ["kind", "country", "modalities", "cleanroom_grades", "verified_on", "confidence"],
        ),
        (["Name", "Name", "Something else"], ["name", "", ""]),
    ],
)
def test_mapping_is_proposed_from_english_dutch_and_french_headers(headers, fields):
    assert list(propose_mapping(headers)) == fields


def test_header_signature_ignores_case_and_accents_but_not_order():
    assert header_signature(["Naam", "Gemeente"]) == header_signature(["NAAM", "gemeente "])
    assert header_signature(["Naam", "Gemeente"]) != header_signature(["Gemeente", "Naam"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("BE", "BE"),
        ("België", "BE"),
        ("Belgique", "BE"),
        ("belgium", "BE"),
        ("Nederland", "NL"),
        ("Pays-Bas", "NL"),
        ("the Netherlands", "NL"),
        ("Luxemburg", "LU"),
        ("Luxembourg", "LU"),
        ("France", None),
    ],
)
def test_countries_in_three_languages(text, code):
    assert read_country(text) == code


def test_numbers_as_people_write_them():
    assert read_decimal("50,8798") == pytest.approx(50.8798)
    assert read_decimal("-4.5") == pytest.approx(-4.5)
    assert read_integer("1.200 m²") == 1200 and read_integer("2 500") == 2500 and read_integer("1200,0") == 1200
    with pytest.raises(ValueError):
        read_decimal("north")


def test_terms_in_three_languages_and_new_terms_kept():
    assert read_term("kind", "Incubateur") == "incubator"
    assert read_term("kind", "Versneller") == "accelerator"
    assert read_term("status", "in aanbouw") == "under_construction"
    assert read_term("region", "Vlaanderen") == "BE-VLG"
    codes, new = read_terms("service", "Labruimte; Coaching & mentoring; Exosome production")
    assert codes == ("lab_space", "coaching", "exosome_production")
    assert new == (("exosome_production", "Exosome production"),)
    codes, new = read_terms("modality", "CAR-T; thérapie génique")
    assert {"car_t", "gene_therapy"} <= set(codes) and new == ()
    assert read_terms("cleanroom_grade", "B, C")[0] == ("B", "C")


def _f(id_, name, lat=50.88, lon=4.70, website=""):
    return Facility(id=id_, name=name, kind="incubator", country="BE", latitude=lat, longitude=lon, website=website)


def test_duplicates_by_id_website_and_similar_name_nearby():
    index = DuplicateIndex([("a", "Bio Incubator Leuven", "https://www.bio.be/x", 50.88, 4.70)])
    assert index.find(_f("a", "Other")).reason == "same id"
    assert index.find(_f("b", "Other", lat=51.2, website="http://bio.be")).reason == "same website"
    assert index.find(_f("c", "Bio-Incubator Leuven", lat=50.885)).reason == "similar name nearby"
    assert index.find(_f("d", "Bio-Incubator Leuven", lat=51.2)) is None  # same name, far away
    assert index.find(_f("e", "Gene Factory", lat=50.88)) is None  # nearby, other name


def test_merge_takes_chosen_fields_only():
    old = replace(_f("a", "Old name"), city="Leuven", phone="016")
    new = replace(_f("a", "New name"), city="", phone="017", email="x@y.be")
    assert merge(old, new) == replace(old, name="New name", phone="017", email="x@y.be")  # empty city kept
    assert merge(old, new, {"phone"}) == replace(old, phone="017")
