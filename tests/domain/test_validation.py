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
