from dataclasses import replace
from datetime import date

import pytest

from directory_app.domain.models import Facility, describe_age
from directory_app.domain.validation import validate_facility

GOOD = Facility(
    id="good-1",
    name="Good Lab",
    kind="incubator",
    country="BE",
    region="BE-VLG",
    latitude=51.05,
    longitude=3.72,
    website="https://good.example",
    confidence="high",
)


def codes(f: Facility) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in validate_facility(f, today=date(2026, 11, 27))}


def test_valid_facility_has_no_problems():
    assert codes(GOOD) == set()


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"name": "  "}, ("name", "required")),
        ({"id": "Has Spaces"}, ("id", "invalid")),
        ({"kind": "castle"}, ("kind", "unknown_term")),
        ({"country": "FR", "region": ""}, ("country", "unknown_term")),
        ({"region": "NL-ZH"}, ("region", "country_mismatch")),
        ({"latitude": 48.85, "longitude": 2.35}, ("latitude", "outside_country")),
        ({"latitude": 91.0}, ("latitude", "out_of_range")),
        ({"longitude": None}, ("latitude", "incomplete")),
        ({"website": "javascript:alert(1)"}, ("website", "invalid_url")),
        ({"email": "not-an-email"}, ("email", "invalid_email")),
        ({"services": ("lab_space", "teleportation")}, ("services", "unknown_term")),
        ({"cleanroom_grades": ("E",)}, ("cleanroom_grades", "unknown_term")),
        ({"year_opened": 1492}, ("year_opened", "out_of_range")),
        ({"area_m2": 0}, ("area_m2", "out_of_range")),
        ({"verified_on": date(2030, 1, 1)}, ("verified_on", "in_future")),
        ({"confidence": "certain"}, ("confidence", "unknown_term")),
    ],
)
def test_each_rule_reports_its_problem(changes, expected):
    assert expected in codes(replace(GOOD, **changes))


@pytest.mark.parametrize(
    "days, expected",
    [(None, ("never", 0)), (0, ("today", 0)), (12, ("days", 12)), (240, ("months", 8)), (800, ("years", 2))],
)
def test_describe_age_buckets(days, expected):
    assert describe_age(days) == expected


def test_to_dict_is_json_friendly():
    import json

    data = replace(GOOD, services=("lab_space",), verified_on=date(2026, 1, 2)).to_dict()
    assert json.loads(json.dumps(data))["verified_on"] == "2026-01-02"
    assert data["services"] == ["lab_space"]


@pytest.mark.parametrize(
    "country, region, postcode, ok",
    [
        ("BE", "BE-VLG", "9000", True),
        ("BE", "BE-VLG", "90000", False),
        ("BE", "BE-VLG", "B-9000", False),
        ("NL", "NL-ZH", "2333 CA", True),
        ("NL", "NL-ZH", "2333ca", False),
        ("NL", "NL-ZH", "2333", True),  # a PC4 postcode area, as many lists give it
        ("NL", "NL-ZH", "2333 C", False),
        ("LU", "LU", "4365", True),
        ("LU", "LU", "L-4365", True),
        ("LU", "LU", "L-436", False),
    ],
)
def test_postcode_format_per_country(country, region, postcode, ok):
    lat, lon = {"BE": (51.05, 3.72), "NL": (52.16, 4.49), "LU": (49.5, 5.98)}[country]
    f = replace(GOOD, country=country, region=region, postal_code=postcode, latitude=lat, longitude=lon)
    assert (("postal_code", "invalid_postcode") not in codes(f)) is ok


@pytest.mark.parametrize(
    "country, typed, stored",
    [
        ("NL", "2333ca", "2333 CA"),
        ("NL", " 2333  CA ", "2333 CA"),
        ("BE", "B-9000", "9000"),
        ("LU", "l 4365", "L-4365"),
    ],
)
def test_tidy_postcode(country, typed, stored):
    from directory_app.domain.validation import tidy_postcode

    assert tidy_postcode(country, typed) == stored


def test_problems_of_takes_a_facility_or_a_dict_of_text():
    from directory_app.domain.validation import problems_of

    assert problems_of(GOOD) == []
    fields = {
        "id": "x-1",
        "name": "X",
        "kind": "incubator",
        "country": "NL",
        "region": "NL-ZH",
        "latitude": "52,16",  # decimal comma
        "longitude": "4.49",
        "services": "lab_space; coworking",
        "email": "someone@",
        "area_m2": "lots",
    }
    problems = dict(problems_of(fields, today=date(2026, 11, 27)))
    assert set(problems) == {"email", "area_m2"}
    assert "not a number" in problems["area_m2"] and "e-mail" in problems["email"]
    assert problems_of({"id": "x", "kind": "incubator", "country": "BE"})[0] == ("name", "is required")
