"""Goals of issue 17 measured on the seed that ``make_seed`` builds from ``data/reference/``.

The figures below the issue's goals are the ones the sourced data reaches today; each unmet goal
has a strict ``xfail`` test, so reaching it turns the suite red until the threshold is raised.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from directory_app import config
from directory_app.importers.seed import parse_seed, write_seed
from directory_app.tools.make_seed import curate

TOWN_OR_BETTER = {"street", "campus", "postcode", "town", "manual"}
SITE_GRADE = {"street", "campus", "postcode"}


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> list:
    data = config.data_dir()
    facilities = curate(data, config.gazetteer_path(), data / "facilities.csv")
    out = tmp_path_factory.mktemp("seed") / "facilities.csv"
    write_seed(out, facilities)
    parsed, problems = parse_seed(out.read_text(encoding="utf-8"))
    assert problems == []
    return parsed


def _share(seed: list, predicate) -> float:
    return sum(1 for f in seed if predicate(f)) / len(seed)


def test_size(seed: list) -> None:
    assert len(seed) >= 169


@pytest.mark.xfail(strict=True, reason="goal: >= 180 facilities; the sourced research yields 169 (no more found)")
def test_size_goal(seed: list) -> None:
    assert len(seed) >= 180


def test_every_row_has_source_url_and_quote(seed: list) -> None:
    assert [f.id for f in seed if not f.source_url.startswith(("http://", "https://")) or not f.source_quote] == []


def test_town_or_better_precision(seed: list) -> None:
    assert _share(seed, lambda f: f.geocode_precision in TOWN_OR_BETTER) >= 0.90


def test_site_grade_precision(seed: list) -> None:
    assert _share(seed, lambda f: f.geocode_precision in SITE_GRADE) >= 0.26


@pytest.mark.xfail(strict=True, reason="goal: >= 60% at street, campus or postcode; 45 of 169 (few sourced addresses)")
def test_site_grade_precision_goal(seed: list) -> None:
    assert _share(seed, lambda f: f.geocode_precision in SITE_GRADE) >= 0.60


def test_no_point_for_programmes_and_a_point_for_sites(seed: list) -> None:
    assert [f.id for f in seed if (f.geocode_precision == "none") == f.has_coordinates] == []


def test_sites_at_site_grade_share_a_point_only_on_one_campus(seed: list) -> None:
    by_point: dict[tuple, set[str]] = defaultdict(set)
    for f in seed:
        if f.has_coordinates and f.geocode_precision in SITE_GRADE - {"campus"}:
            by_point[(f.latitude, f.longitude)].add(f.campus_id or f.id)
        elif f.has_coordinates and f.geocode_precision == "campus":
            by_point[(f.latitude, f.longitude)].add(f"campus {f.latitude},{f.longitude}")  # one campus's point
    # a campus shares its point with the sites standing on it
    campus_points = {(f.latitude, f.longitude): f.id for f in seed if f.kind == "science_park" and f.has_coordinates}
    clashes = {p: g - {campus_points.get(p)} for p, g in by_point.items() if len(g - {campus_points.get(p)}) > 1}
    assert clashes == {}


def test_campus_links_point_at_science_parks(seed: list) -> None:
    kinds = {f.id: f.kind for f in seed}
    assert {f.id: f.campus_id for f in seed if f.campus_id and kinds.get(f.campus_id) != "science_park"} == {}
    assert {f.campus_id for f in seed} >= {"leiden-bio-science-park"}
    leiden = {f.id for f in seed if f.campus_id == "leiden-bio-science-park"}
    assert {
        "necstgen-mirai-house-leiden-bio-science-park",
        "halix-cgmp-facility-leiden-bio-science-park",
        "batavia-biomanufacturing-facility-leiden-bio-science-park",
    } <= leiden


def test_website_share(seed: list) -> None:
    assert _share(seed, lambda f: bool(f.website)) >= 0.67


@pytest.mark.xfail(strict=True, reason="issue 17 goal: website on >= 90%; sourced for 116 of 169 rows")
def test_website_goal(seed: list) -> None:
    assert _share(seed, lambda f: bool(f.website)) >= 0.90


def test_source_date_share(seed: list) -> None:
    assert _share(seed, lambda f: bool(f.source_date)) >= 0.77


@pytest.mark.xfail(strict=True, reason="issue 17 goal: source_date on >= 80%; the sources date 131 of 169 rows")
def test_source_date_goal(seed: list) -> None:
    assert _share(seed, lambda f: bool(f.source_date)) >= 0.80


def test_verified_on_is_empty_everywhere(seed: list) -> None:
    assert [f.id for f in seed if f.verified_on is not None] == []


def test_region_is_never_a_bare_country(seed: list) -> None:
    assert [f.id for f in seed if f.region in ("BE", "NL", "LU")] == []
    be_sites = [f for f in seed if f.country == "BE" and f.has_coordinates]
    assert [f.id for f in be_sites if f.region in ("BE-VLG", "BE-WAL") or not f.region] == []


def test_audit_errors_are_fixed(seed: list) -> None:
    by_id = {f.id: f for f in seed}
    assert "janssen-pharmaceutica-campus-beerse-car-t-supply-chain-role" not in by_id
    for programme in ("brightlands-innovation-factory", "imec-istart-nl", "moveup-e-health-editions"):
        assert by_id[programme].geocode_precision == "none"
    assert by_id["brightlands-innovation-factory"].region == "NL-LI"
    assert by_id["moveup-e-health-editions"].region == "BE-WHT"
    assert by_id["fit-4-start-healthtech-vertical"].city == "Esch-sur-Alzette"
    assert by_id["batavia-biomanufacturing-facility-leiden-bio-science-park"].status == "operational"
    assert "rtl.be" in by_id["catalent-gosselies-commercial-cell-therapy-plant-closure"].source_url
    assert "Cosmopolitan Chicken" not in by_id["bioville-health-care-incubator"].source_quote
    assert "cleanrooms" in by_id["lonza-geleen-cell-gene-therapy-site-brightlands-chemelot"].source_quote
    assert by_id["uza-center-for-cell-therapy-and-regenerative-medicine-ccrg"].city == "Edegem"


def test_every_research_row_has_a_traceable_decision() -> None:
    ref = config.data_dir() / "reference"
    with (ref / "facilities-research-2026-12.csv").open(encoding="utf-8") as fh:
        research = list(csv.DictReader(fh))
    with (ref / "curation-2026-12.csv").open(encoding="utf-8") as fh:
        curation = list(csv.DictReader(fh))
    assert [int(c["research_line"]) for c in curation] == list(range(2, len(research) + 2))
    assert all(c["decision"] in ("apply", "drop") and c["reason"] for c in curation)


def test_dropped_rows_are_not_in_the_seed(seed: list) -> None:
    ref = Path(config.data_dir()) / "reference" / "curation-2026-12.csv"
    with ref.open(encoding="utf-8") as fh:
        dropped = {c["id"] for c in csv.DictReader(fh) if c["decision"] == "drop" and c["action"] == "add" and c["id"]}
    assert dropped & {f.id for f in seed} == set()
