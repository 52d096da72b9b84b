"""Shared data for the exporter tests: seed-like facilities plus awkward and hostile values."""

from __future__ import annotations

from dataclasses import replace

import pytest

from directory_app.domain.models import Facility
from tests.fixtures.small_seed import make_facilities

FORMULA_NAMES = ["=1+1", "+41 cmd", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rReturned", '=HYPERLINK("http://x")']
"""A name for each formula trigger character (OWASP CSV injection)."""

AWKWARD_NAME = 'The "Quoted"; semi, comma\nand a second line'


@pytest.fixture
def facilities() -> list[Facility]:
    """30 seed facilities; a few carry awkward text, odd links, no or negative coordinates."""
    out = make_facilities(30)
    out[1] = replace(out[1], name=AWKWARD_NAME, description="Zürich – Liège – Ōsaka")
    out[4] = replace(out[4], latitude=None, longitude=None, website="javascript:alert(1)")
    out[5] = replace(out[5], longitude=-0.5, latitude=51.123456789, source_url="ftp://files.example/x")
    out[6] = replace(out[6], website="http://plain.example/path?q=1&r=2")
    return out


@pytest.fixture
def hostile() -> list[Facility]:
    """One facility per formula-trigger name (other fields from the seed)."""
    base = make_facilities(len(FORMULA_NAMES))
    return [replace(f, name=name, source_quote="=1+1") for f, name in zip(base, FORMULA_NAMES, strict=True)]
