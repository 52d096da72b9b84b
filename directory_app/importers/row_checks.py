"""Checks of an imported row before it may be written: the directory's own validation rules,
less the one an import relaxes (a term outside the vocabulary is kept, flagged for review).

(Named apart from ``domain/validation.py``, which it builds on.)
"""

from __future__ import annotations

from datetime import date

from directory_app.domain.models import Facility
from directory_app.domain.validation import Problem, validate_facility

RELAXED_FIELDS = frozenset({"kind", "services", "modalities", "cleanroom_grades"})
"""Fields whose unknown terms become new terms instead of errors."""

REQUIRED_TEXT = ("name", "kind", "country")

REASONS: dict[str, str] = {
    "required": "a value is required",
    "unknown_term": "not a known value",
    "invalid": "not valid",
    "invalid_url": "not a web address",
    "invalid_email": "not an e-mail address",
    "out_of_range": "out of range",
    "incomplete": "latitude and longitude go together",
    "outside_country": "coordinates outside the country",
    "country_mismatch": "region not in the country",
    "in_future": "date in the future",
}


def check_row(f: Facility, *, today: date | None = None) -> list[Problem]:
    """Problems that keep ``f`` out of the directory (empty: it may be written).

    :param f: the facility read from a row
    :param today: reference date for "verified in the future"
    """
    return [
        p for p in validate_facility(f, today=today) if not (p.code == "unknown_term" and p.field in RELAXED_FIELDS)
    ]


def describe(problem: Problem) -> str:
    """A problem in words, for the preview and the rejected-rows file."""
    reason = REASONS.get(problem.code, problem.code.replace("_", " "))
    return f"{reason} ({problem.detail})" if problem.detail else reason
