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


CHECK_TEXTS: dict[str, str] = {
    "incomplete": "latitude and longitude go together",
    "country_mismatch": "region %1 is not in %2",
    "outside_country": "coordinates %1, %2 are outside %3",
    "invalid_postcode": "not a postcode of %1 (%2)",
}
"""Problems whose wording needs the row's values (the domain's detail text is English prose)."""


def describe(problem: Problem, f: Facility) -> tuple[str, tuple[str, ...]]:
    """A problem in words, for the preview and the rejected-rows file: an English message with
    ``%1``... placeholders (see :data:`PROBLEM_CHECK_TEXTS`) and the values that fill them.

    :param problem: a problem :func:`check_row` found
    :param f: the facility it was found in
    """
    if problem.code == "incomplete":
        return CHECK_TEXTS["incomplete"], ()
    if problem.code == "country_mismatch":
        return CHECK_TEXTS["country_mismatch"], (f.region, f.country)
    if problem.code == "outside_country":
        return CHECK_TEXTS["outside_country"], (str(f.latitude), str(f.longitude), f.country)
    if problem.code == "invalid_postcode":
        return CHECK_TEXTS["invalid_postcode"], (f.country, f.postal_code)
    reason = REASONS.get(problem.code, problem.code.replace("_", " "))
    return (f"{reason} (%1)", (problem.detail,)) if problem.detail else (reason, ())


PROBLEM_CHECK_TEXTS: tuple[str, ...] = (
    *CHECK_TEXTS.values(),
    *REASONS.values(),
    *(f"{REASONS[code]} (%1)" for code in ("unknown_term", "invalid", "invalid_url", "invalid_email")),
    *(f"{REASONS[code]} (%1)" for code in ("out_of_range", "in_future")),
)
"""Every message :func:`describe` gives for a known problem code."""
