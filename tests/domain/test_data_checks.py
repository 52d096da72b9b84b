"""The data checks (``check --data``) on small synthetic rows: each check finds what it should, and only that."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from directory_app.domain import data_checks as dc
from directory_app.domain.data_checks import CheckInputs, Finding, check_facilities
from directory_app.domain.models import Facility

TODAY = date(2026, 12, 2)
GHENT = (51.05, 3.71667)
LEUVEN = (50.87959, 4.70093)
SQUARE = {  # a 1-degree square around Ghent with a hole, as GeoJSON
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"iso_a2": "BE"},
            "geometry": {
                "type": "MultiPolygon",
                "coordinates": [
                    [
                        [[3.2, 50.5], [4.2, 50.5], [4.2, 51.5], [3.2, 51.5], [3.2, 50.5]],
                        [[3.9, 51.3], [4.1, 51.3], [4.1, 51.4], [3.9, 51.4], [3.9, 51.3]],
                    ],
                    [[[4.5, 50.7], [5.0, 50.7], [5.0, 51.0], [4.5, 51.0], [4.5, 50.7]]],
                ],
            },
        }
    ],
}
ALL_LABELS = frozenset(t.label for terms in dc.vocab.VOCABULARIES.values() for t in terms)


def towns(town: str, country: str) -> tuple[float, float] | None:
    return {"Ghent": GHENT, "Leuven": LEUVEN}.get(town)


def inputs(**changes) -> CheckInputs:
    base = CheckInputs(
        today=TODAY,
        town_point=towns,
        borders=dc.borders_from_geojson(SQUARE),
        labels={"nl": ALL_LABELS, "fr": ALL_LABELS},
    )
    return replace(base, **changes)


def row(id: str = "a", **values) -> Facility:
    base = {
        "name": id.upper(),
        "kind": "incubator",
        "city": "Ghent",
        "country": "BE",
        "region": "BE-VOV",
        "latitude": GHENT[0],
        "longitude": GHENT[1],
        "geocode_precision": "town",
        "source_url": "https://example.org/a",
        "source_quote": "a quote",
        "confidence": "high",
    }
    base.update(values)
    return Facility(id=id, **base)


def found(rows: list[Facility], check: str, **changes) -> list[Finding]:
    return check_facilities(rows, inputs(**changes)).of(check)


def test_clean_rows_have_no_findings() -> None:
    rows = [row("a"), row("b", city="Leuven", latitude=LEUVEN[0], longitude=LEUVEN[1], website="https://b.example")]
    report = check_facilities(rows, inputs())
    assert report.findings == ()
    assert report.errors == report.warnings == 0
    assert [c for c, _, _ in report.counts()] == [c for c, _ in dc.CHECKS]


def test_row_without_source_url_or_quote_is_an_error() -> None:
    rows = [row("ok"), row("nourl", source_url=""), row("ftp", source_url="ftp://x"), row("noquote", source_quote=" ")]
    findings = found(rows, "source")
    assert [(f.ids, f.key, f.severity) for f in findings] == [
        (("nourl",), "no_source_url", "error"),
        (("ftp",), "no_source_url", "error"),
        (("noquote",), "no_source_quote", "error"),
    ]


def test_plan_on_a_source_over_two_years_old_is_a_warning() -> None:
    rows = [
        row("old-plan", status="planned", source_date="2024-11"),
        row("old-build", status="under_construction", source_date="2020"),
        row("recent-plan", status="planned", source_date="2025-01-15"),
        row("old-but-operational", status="operational", source_date="2010"),
        row("undated-plan", status="planned"),
        row("rechecked-plan", status="planned", source_date="2019", verified_on=date(2026, 6, 1)),
    ]
    findings = found(rows, "stale_status")
    assert [(f.ids, f.key, f.severity, f.args) for f in findings] == [
        (("old-plan",), "stale_planned", "warning", ("2024-11",)),
        (("old-build",), "stale_under_construction", "warning", ("2020",)),
    ]
    assert "2024-11" in findings[0].message and "two years" in findings[0].message


def test_closed_site_is_a_warning() -> None:
    findings = found([row("shut", status="closed"), row("closing", status="closing"), row("open")], "closed")
    assert [(f.ids, f.severity) for f in findings] == [(("shut",), "warning")]


def test_two_sites_on_one_point_are_an_error_unless_on_one_campus() -> None:
    campus = row("park", kind="science_park", geocode_precision="street")
    rows = [
        campus,
        row("on-park-1", geocode_precision="campus", campus_id="park"),
        row("on-park-2", geocode_precision="campus", campus_id="park"),
        row("town-level-1"),  # town precision: sharing the town's point says nothing
        row("town-level-2"),
        row("street-1", geocode_precision="street", latitude=51.0, longitude=3.7),
        row("street-2", geocode_precision="postcode", latitude=51.0, longitude=3.7),
    ]
    findings = found(rows, "same_site")
    assert [(f.ids, f.severity) for f in findings] == [(("street-1", "street-2"), "error")]


def test_units_placed_on_one_hospital_campus_point_share_it_but_a_street_point_does_not() -> None:
    rows = [
        row("cell-lab", geocode_precision="campus", latitude=50.572, longitude=5.567),  # on the hospital site
        row("incubator", geocode_precision="campus", latitude=50.572, longitude=5.567),
        row("building", geocode_precision="street", latitude=50.572, longitude=5.567),  # claims its own point
    ]
    findings = found(rows, "same_site")
    assert sorted(f.ids for f in findings) == [("cell-lab", "building"), ("incubator", "building")]


def test_point_far_from_its_town_or_pinned_without_one_is_an_error() -> None:
    rows = [
        row("near"),
        row("far", latitude=LEUVEN[0], longitude=LEUVEN[1]),  # Ghent stated, Leuven's point: ~73 km
        row("capital-pin", city="", region="", geocode_precision="country", latitude=50.85, longitude=4.35),
        row("no-site", city="", latitude=None, longitude=None, geocode_precision="none"),
        row("unknown-town", city="Nowhere"),
    ]
    findings = found(rows, "town_distance")
    assert [(f.ids, f.key, f.severity) for f in findings] == [
        (("capital-pin",), "pinned_without_town", "error"),
        (("far",), "far_from_town", "error"),
        (("unknown-town",), "town_unknown", "warning"),
    ]
    assert findings[1].message.startswith("7") and "Ghent" in findings[1].message


def test_no_gazetteer_is_said_not_guessed() -> None:
    findings = found([row("far", latitude=LEUVEN[0], longitude=LEUVEN[1])], "town_distance", town_point=None)
    assert [(f.ids, f.key, f.severity) for f in findings] == [((), "towns_not_checked", "warning")]


def test_point_outside_its_country_is_an_error() -> None:
    rows = [
        row("inside"),
        row("second-polygon", city="Leuven", latitude=LEUVEN[0], longitude=LEUVEN[1]),
        row("in-the-hole", city="", geocode_precision="manual", latitude=51.35, longitude=4.0),
        row("outside", city="", geocode_precision="manual", latitude=52.37, longitude=4.89),
        row("no-border-known", country="LU", city="", geocode_precision="manual", latitude=52.37, longitude=4.89),
    ]
    findings = found(rows, "country_border")
    assert [(f.ids, f.severity) for f in findings] == [(("in-the-hole",), "error"), (("outside",), "error")]
    assert findings[0].args == ("BE",)


def test_inside_is_the_even_odd_rule() -> None:
    borders = dc.borders_from_geojson(SQUARE)["BE"]
    assert dc.inside(51.0, 3.5, borders)
    assert not dc.inside(51.35, 4.0, borders)  # the hole
    assert dc.inside(50.8, 4.7, borders)  # the second polygon
    assert not dc.inside(50.8, 4.4, borders)  # between them


def test_duplicate_websites_are_a_warning() -> None:
    rows = [
        row("a", website="https://www.Example.org/"),
        row("b", website="http://example.org"),
        row("c", website="https://example.org/other"),
        row("d"),
        row("e"),
    ]
    findings = found(rows, "duplicate_website")
    assert [(f.ids, f.severity, f.args) for f in findings] == [(("a", "b"), "warning", ("2", "example.org"))]


def test_label_missing_in_a_language_or_unknown_code_is_an_error() -> None:
    nl = ALL_LABELS - {"Science park", "CAR-T"}
    rows = [
        row("park", kind="science_park"),
        row("cart", kind="cgt_production", modalities=("car_t",)),
        row("odd", services=("telepathy",)),
    ]
    findings = found(rows, "labels", labels={"nl": nl, "fr": ALL_LABELS})
    assert sorted((f.ids, f.key, f.args) for f in findings) == [
        (("cart",), "missing_label", ("modality", "car_t", "CAR-T", "nl")),
        (("odd",), "unknown_code", ("service", "telepathy")),
        (("park",), "missing_label", ("kind", "science_park", "Science park", "nl")),
    ]
    assert all(f.severity == "error" for f in findings)


def test_unreadable_translations_are_said() -> None:
    findings = found([row("a")], "labels", labels={"nl": ALL_LABELS})
    assert [(f.key, f.args, f.severity) for f in findings] == [("labels_not_checked", ("fr",), "warning")]


def test_finished_vocabulary_labels_reads_only_finished_vocabulary_entries() -> None:
    ts = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="nl_NL">
<context><name>vocabulary</name>
 <message><source>Incubator</source><translation>Incubator</translation></message>
 <message><source>Science park</source><translation type="unfinished"></translation></message>
 <message><source>Planned</source><translation type="unfinished">Gepland</translation></message>
 <message><source>Closed</source><translation></translation></message>
 <message><source>Old</source><translation type="vanished">Oud</translation></message>
</context>
<context><name>MainWindow</name>
 <message><source>Operational</source><translation>In bedrijf</translation></message>
</context></TS>"""
    assert dc.finished_vocabulary_labels(ts) == {"Incubator"}
    with pytest.raises(ValueError):
        dc.finished_vocabulary_labels("<TS><context>")


def test_fill_replaces_numbered_arguments_once() -> None:
    assert dc.fill("%1 km from %2", ("7.5", "a %1 town")) == "7.5 km from a %1 town"


def test_report_as_json_and_text() -> None:
    report = check_facilities([row("a", source_url=""), row("b", status="closed")], inputs())
    data = report.to_dict()
    assert (data["checked"], data["errors"], data["warnings"]) == (2, 1, 1)
    assert {"check": "source", "title": "Source URL and quote", "errors": 1, "warnings": 0} in data["checks"]
    assert data["findings"][0] == {"check": "source", "severity": "error", "ids": ["a"], "message": "no source URL"}
    lines = report.text_lines()
    assert "  error: a: no source URL" in lines
    assert lines[-1] == "2 facilities checked: 1 error(s), 1 warning(s)"
