"""What an edit changed: field-level differences and snapshots to undo it (plain Python)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from directory_app.domain.models import FACILITY_FIELDS, Facility


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The state of one facility id at a moment, enough to put it back exactly.

    :param facility_id: the id
    :param facility: the record (``None``: no such facility, neither live nor in the trash)
    :param origin: ``seed``, ``user`` or ``import``
    :param in_trash: the record sat in the trash rather than in the directory
    """

    facility_id: str
    facility: Facility | None
    origin: str = "user"
    in_trash: bool = False


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """One line of the change log.

    :param at: UTC time stamp, ISO 8601
    :param who: the operating-system user
    :param facility_id: the facility
    :param action: ``add``, ``edit``, ``delete``, ``restore``, ``purge``, ``bulk``, ``undo`` (importers add theirs)
    :param changes: field -> [before, after]
    :param batch: shared by the entries of one bulk edit
    """

    at: str
    who: str
    facility_id: str
    action: str
    changes: dict[str, list[Any]]
    batch: str = ""


@dataclass(frozen=True, slots=True)
class TrashEntry:
    """A deleted facility waiting in the trash.

    :param facility: the record as it was
    :param origin: where it came from
    :param deleted_at: UTC time stamp
    :param deleted_by: the operating-system user
    """

    facility: Facility
    origin: str
    deleted_at: str
    deleted_by: str


@dataclass(frozen=True, slots=True)
class LocalOverride:
    """A field the user changed on a reference (seed) row: a newer seed keeps it.

    :param facility_id: the facility
    :param field: the field (a :class:`Facility` field name)
    :param value: the user's value
    :param seed_value: the reference value it was changed over
    :param conflict: a newer reference value that differs from both (``None``: no conflict)
    :param source: ``edit``, ``bulk`` or ``import``
    """

    facility_id: str
    field: str
    value: Any
    seed_value: Any
    conflict: Any = None
    source: str = "edit"


@dataclass(frozen=True, slots=True)
class OverrideConflict:
    """A newer seed changed a field the user had changed too (the user's value was kept), or dropped a
    facility the user had edited (``removed``: the user's copy was kept as the user's own).

    :param facility_id: the facility
    :param field: the field (``""`` when ``removed``)
    :param local: the user's value, in force
    :param seed_before: the reference value the user changed
    :param seed_now: the newer reference value, not applied
    :param removed: the newer seed no longer has this facility
    """

    facility_id: str
    field: str
    local: Any
    seed_before: Any
    seed_now: Any
    removed: bool = False


def field_changes(before: Facility | None, after: Facility | None) -> dict[str, list[Any]]:
    """Field -> [before, after] for every field that differs (JSON-friendly values).

    :param before: the old record (``None`` when it did not exist)
    :param after: the new record (``None`` when it no longer exists)
    """
    out: dict[str, list[Any]] = {}
    for name in FACILITY_FIELDS:
        a = None if before is None else getattr(before, name)
        b = None if after is None else getattr(after, name)
        if a == b:  # equal as stored, so equal as JSON: skipped before converting (large updates log many)
            continue
        a, b = _plain(a), _plain(b)
        if a != b and not (a in (None, "", []) and b in (None, "", [])):
            out[name] = [a, b]
    return out


def _plain(value: Any) -> Any:
    """A field's value as :meth:`Facility.to_dict` gives it (lists, ISO dates)."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, date):
        return value.isoformat()
    return value
