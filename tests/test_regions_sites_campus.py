"""Issue 17 model: provinces under their region, programmes with no single site, campus names, source dates."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from directory_app.directory import Directory
from directory_app.domain import vocabulary as vocab
from directory_app.domain.models import Facility, freshness_date, parse_source_date
from directory_app.domain.validation import validate_facility
from directory_app.importers.seed import load_seed, write_seed
from directory_app.maps.payload import points_payload

BASE = Facility(
    id="x",
    name="x",
    kind="incubator",
    country="BE",
    latitude=50.85,
    longitude=4.35,
    geocode_precision="town",
    source_url="https://example.org/x",
    source_quote="x",
)

ROWS = [
    replace(
        BASE, id="antwerp-site", name="Antwerp Site", city="Antwerpen", region="BE-VAN", latitude=51.22, longitude=4.40
    ),
    replace(BASE, id="flemish-site", name="Flemish Site", city="Gent", region="BE-VLG", latitude=51.05, longitude=3.72),
    replace(BASE, id="liege-site", name="Liege Site", city="Liège", region="BE-WLG", latitude=50.63, longitude=5.57),
    replace(
        BASE,
        id="hainaut-programme",
        name="Hainaut Programme",
        kind="accelerator",
        region="BE-WHT",
        latitude=None,
        longitude=None,
        geocode_precision="none",
    ),
    replace(
        BASE,
        id="national-programme",
        name="National Programme",
        kind="accelerator",
        country="NL",
        latitude=None,
        longitude=None,
        geocode_precision="none",
        source_date="2024-03",
    ),
    replace(
        BASE,
        id="leiden-bio-science-park",
        name="Leiden Bio Science Park",
        kind="science_park",
        country="NL",
        region="NL-ZH",
        city="Leiden",
        latitude=52.167,
        longitude=4.478,
        geocode_precision="campus",
        access="open",
    ),
    replace(
        BASE,
        id="necstgen",
        name="NecstGen",
        kind="cgt_production",
        country="NL",
        region="NL-ZH",
        city="Leiden",
        latitude=52.168,
        longitude=4.479,
        geocode_precision="campus",
        campus_id="leiden-bio-science-park",
        access="open",
        source_date="2023-06-14",
        source_note="persbericht juni 2023",
        contact_url="https://example.org/contact",
    ),
]


@pytest.fixture
def d(tmp_path: Path):
    seed = tmp_path / "seed.csv"
    write_seed(seed, ROWS)
    directory = Directory.open(tmp_path / "d.sqlite", seed_file=seed)
    yield directory
    directory.close()


def ids(d: Directory, query: str) -> set[str]:
    return set(d.search(query).ids)


# vocabulary -------------------------------------------------------------------------------------


def test_provinces_have_their_region_as_parent_and_no_country_is_a_region():
    assert vocab.region_parent("BE-VAN") == "BE-VLG" and vocab.region_parent("BE-WHT") == "BE-WAL"
    assert vocab.region_parent("BE-VLG") == "" and vocab.region_parent("NL-ZH") == ""
    assert vocab.region_children("BE-VLG") == ("BE-VAN", "BE-VBR", "BE-VLI", "BE-VOV", "BE-VWV")
    assert vocab.region_children("BE-WAL") == ("BE-WBR", "BE-WHT", "BE-WLG", "BE-WLX", "BE-WNA")
    codes = {t.code for t in vocab.REGIONS}
    assert not codes & {"NL", "LU", "BE"} and len([c for c in codes if c.startswith("LU-")]) == 12
    assert vocab.label("kind", "science_park") == "Science park"
    assert vocab.label("access", "in_house") == "In-house only"
    assert [t.code for t in vocab.GEOCODE_PRECISION][:3] == ["street", "campus", "postcode"]


def test_a_no_site_programme_may_not_carry_a_point_and_new_fields_are_checked():
    bad = replace(ROWS[3], latitude=50.4, longitude=4.4)
    assert [p.code for p in validate_facility(bad)] == ["site_with_point"]
    assert validate_facility(ROWS[3]) == []
    wrong = replace(BASE, access="sometimes", source_date="March 2023", campus_id="x", contact_url="contact page")
    assert {p.field for p in validate_facility(wrong)} == {"access", "source_date", "campus_id", "contact_url"}


# region hierarchy ----------------------------------------------------------------------------------


def test_a_region_matches_its_provinces_and_the_exact_form_only_itself(d):
    flanders = {"antwerp-site", "flemish-site"}
    assert ids(d, "region:BE-VLG") == flanders
    assert ids(d, "region:flanders") == flanders
    assert ids(d, "region:=BE-VLG") == {"flemish-site"}  # province not known
    assert ids(d, "region:BE-VAN") == {"antwerp-site"}
    assert ids(d, "region:wallonia") == {"liege-site", "hainaut-programme"}
    assert ids(d, "not region:flanders country:BE") == {"liege-site", "hainaut-programme"}


def test_the_region_facet_counts_a_province_for_itself_and_for_its_region(d):
    counts = dict(d.facets(d.search(""))["region"])
    assert counts["BE-VAN"] == 1 and counts["BE-VLG"] == 2
    assert counts["BE-WLG"] == 1 and counts["BE-WHT"] == 1 and counts["BE-WAL"] == 2
    assert counts["NL-ZH"] == 2 and "NL" not in counts
    # what a facet says is what clicking it finds
    for code, n in counts.items():
        assert d.search(f"region:{code}").count == n, code


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Antwerpen provincie", {"antwerp-site"}),
        ("Hainaut", {"hainaut-programme"}),
        ("province de liège", {"liege-site"}),
    ],
)
def test_province_names_in_free_text_find_the_province(d, text, expected):
    assert expected <= ids(d, text)


# no single site --------------------------------------------------------------------------------------


def test_a_programme_with_no_single_site_is_listed_and_filtered_but_never_placed(d):
    assert {"hainaut-programme", "national-programme"} <= ids(d, "")
    assert ids(d, "country:NL kind:accelerator") == {"national-programme"}
    assert ids(d, "region:BE-WHT") == {"hainaut-programme"}
    result = d.search("")
    on_map = {p[0] for p in result.points()}
    assert on_map == {f.id for f in ROWS if f.has_coordinates}
    as_json = json.loads(d.points_json_of(result.expanded, result.places))
    assert {row[0] for row in as_json} == on_map
    # nothing near anywhere: near: only finds sites
    assert ids(d, "near:50.45,4.45 within:300km") == {f.id for f in ROWS if f.has_coordinates}
    no_point = ("hainaut-programme", None, None, "accelerator", "Hainaut Programme", "")
    payload = json.loads(points_payload(1, [*result.points(), no_point], kinds=["accelerator"]))  # type: ignore[list-item]
    assert "hainaut-programme" not in {row[0] for row in payload["points"]}
    stored = d.facilities(["hainaut-programme"])[0]
    assert stored.no_single_site and stored.latitude is None and stored.geocode_precision == "none"


# campus ----------------------------------------------------------------------------------------------


def test_the_campus_name_finds_the_sites_on_it_and_follows_a_rename(d):
    assert ids(d, '"Leiden Bio Science Park"') == {"leiden-bio-science-park", "necstgen"}
    park = d.facilities(["leiden-bio-science-park"])[0]
    d.save_facility(replace(park, name="Leiden BioScience Campus"))
    assert ids(d, '"Leiden BioScience Campus"') == {"leiden-bio-science-park", "necstgen"}
    assert "necstgen" not in ids(d, '"Leiden Bio Science Park"')
    necstgen = d.facilities(["necstgen"])[0]
    d.save_facility(replace(necstgen, campus_id=""))
    assert ids(d, '"Leiden BioScience Campus"') == {"leiden-bio-science-park"}
    assert d.check() == []


# new columns, dates --------------------------------------------------------------------------------


def test_new_fields_survive_the_seed_file_and_the_database(d, tmp_path):
    stored = {f.id: f for f in d.facilities()}
    assert stored == {f.id: f for f in ROWS}
    again = tmp_path / "again.csv"
    write_seed(again, list(stored.values()))
    assert {f.id: f for f in load_seed(again).facilities} == stored


def test_an_old_seed_file_without_the_new_columns_still_reads(tmp_path):
    old = tmp_path / "old.csv"
    write_seed(old, [replace(ROWS[0], geocode_precision="municipality"), replace(ROWS[5], region="NL-ZH")])
    lines = old.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cut = header.index("source_date")
    text = "\n".join(",".join(line.split(",")[:cut]) for line in lines)
    text = text.replace("municipality", "city").replace("NL-ZH", "NL")  # the old codes
    old.write_text(text + "\n", encoding="utf-8")
    read = {f.id: f for f in load_seed(old).facilities}
    assert read["antwerp-site"].geocode_precision == "municipality"
    assert read["leiden-bio-science-park"].region == "" and read["leiden-bio-science-park"].access == ""


@pytest.mark.parametrize(
    "text, day",
    [
        ("2023", "2023-01-01"),
        ("2023-06", "2023-06-01"),
        ("2023-06-14", "2023-06-14"),
        ("", None),
        ("2023-13", None),
        ("23", None),
        ("June 2023", None),
    ],
)
def test_a_source_date_counts_from_the_first_day_of_its_period(text, day):
    parsed = parse_source_date(text)
    assert (parsed.isoformat() if parsed else None) == day
    assert freshness_date(replace(BASE, source_date=text)) == ((parsed, "source") if parsed else (None, ""))
