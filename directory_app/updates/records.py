"""The shape of the facility records an update brings (a pack's rows, a change file's records and fields),
checked before anything is planned: a record the database would not take is a refusal with its reason, not a
failure half-way through applying. Only types and the database's own limits are checked here; what the
values mean is the publisher's business (they are the publisher's data).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from directory_app.domain.errors import UpdateRefused
from directory_app.domain.models import FACILITY_FIELDS

_LISTS = frozenset({"services", "modalities", "cleanroom_grades"})
_RANGES = {"latitude": 90.0, "longitude": 180.0}
_INTEGERS = frozenset({"area_m2", "year_opened"})
_TEXT = frozenset(FACILITY_FIELDS) - _LISTS - set(_RANGES) - _INTEGERS - {"verified_on"}


def _fits(name: str, value: Any) -> bool:
    if name in _TEXT:
        return isinstance(value, str) and (name not in ("id", "name") or bool(value.strip()))
    if name in _LISTS:
        return (
            isinstance(value, list)
            and all(isinstance(code, str) and code for code in value)
            and len(set(value)) == len(value)
        )
    if value is None:
        return True
    if name in _RANGES:
        return (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and math.isfinite(value)
            and -_RANGES[name] <= value <= _RANGES[name]
        )
    if name in _INTEGERS:
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "verified_on":
        if not isinstance(value, str):
            return False
        try:
            value and date.fromisoformat(value)
        except ValueError:
            return False
        return True
    return False


def check(fid: str, fields: Mapping[str, Any], *, whole: bool) -> None:
    """Refuse the update when a record (``whole``: a new facility) or its changed fields cannot be stored.

    Names that are not facility fields are ignored (as they are when applying).

    :raises UpdateRefused: the first field that does not fit, named with its facility
    """
    if whole:
        for required in ("id", "name", "kind"):
            if required not in fields:
                raise UpdateRefused(f"the update's facility {fid!r} has no {required}; nothing was changed")
    for name, value in fields.items():
        if type(value) is str and name in _TEXT and name not in ("id", "name"):
            continue  # most fields: text, checked cheaply (a full pack has many records)
        if name in FACILITY_FIELDS and not _fits(name, value):
            raise UpdateRefused(
                f"the update's facility {fid!r} has an unusable {name} ({str(value)[:40]!r}); nothing was changed",
                reason="unreadable",
            )
