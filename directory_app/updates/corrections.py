"""The corrections file an adviser sends back to the curators (``directory-app corrections -o FILE``).

```json
{"format": "directory-app-corrections", "version": 1, "made": "2026-12-02T18:00:00Z", "from": "anna",
 "directory": "Benelux life-science facilities", "pack_version": 3,
 "edits": [{"id": "fac-0007", "name": "...", "field": "phone", "old": "+32 9 ...", "new": "+32 9 ...",
            "when": "2026-11-30T09:12:00Z", "source": {"source_url": "https://..."}}],
 "added": [{"record": {"id": "user-bio-lab", "name": "...", "source_url": "...", ...}, "when": "..."}],
 "sha256": "..."}
```

``edits`` are the adviser's changes of reference facilities, one per field (the value before, the adviser's,
when), each with the facility's source URL, quote, note and date when the adviser changed those; ``added``
the facilities the adviser added or imported, whole (with their sources). Nothing private travels: no notes,
shortlists (status, rank, notes), saved searches, change log or trash. ``sha256`` is the checksum of the rest
(canonical JSON): a file changed or cut after it was written is refused. It guards against accidents, not
against someone who recomputes it; the curator's review is what decides.

Reading is strict and bounded (:mod:`directory_app.importers.bounded_json`): size, nesting, numbers,
encodings, known fields and value types; a newer version is refused with a clear message.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from directory_app.domain.errors import CorrectionsFileError
from directory_app.domain.models import FACILITY_FIELDS
from directory_app.importers.bounded_json import read_json_file

FORMAT = "directory-app-corrections"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024
MAX_CHANGES = 200_000
MAX_TEXT = 20_000
MAX_CODES = 500

SOURCE_FIELDS: tuple[str, ...] = ("source_url", "source_quote", "source_note", "source_date", "verified_on")
"""The fields that say where a record's facts come from: an edit carries them when the adviser changed them."""

_REAL_FIELDS = frozenset({"latitude", "longitude"})
_INT_FIELDS = frozenset({"area_m2", "year_opened"})
_CODE_FIELDS = frozenset({"services", "modalities", "cleanroom_grades"})
_TEXT_FIELDS = frozenset(FACILITY_FIELDS) - _REAL_FIELDS - _INT_FIELDS - _CODE_FIELDS - {"id", "verified_on"}


@dataclass(frozen=True, slots=True)
class Edit:
    """One field of a reference facility the adviser changed."""

    facility_id: str
    name: str
    field: str
    old: Any
    new: Any
    when: str
    source: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Added:
    """A facility the adviser added (its whole record, :meth:`Facility.to_dict` form)."""

    record: dict[str, Any]
    when: str


@dataclass(frozen=True, slots=True)
class CorrectionsFile:
    """What a corrections file holds.

    :param sha256: the checksum it carries (which the queue remembers the file by)
    """

    made: str
    sender: str
    directory: str
    pack_version: int | None
    edits: tuple[Edit, ...]
    added: tuple[Added, ...]
    sha256: str


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def to_bytes(
    *,
    made: str,
    sender: str,
    directory: str,
    pack_version: int | None,
    edits: list[dict[str, Any]],
    added: list[dict[str, Any]],
) -> bytes:
    """The bytes of a corrections file (UTF-8 JSON, with its checksum)."""
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "made": made,
        "from": sender,
        "directory": directory,
        "pack_version": pack_version,
        "edits": edits,
        "added": added,
    }
    body["sha256"] = hashlib.sha256(_canonical(body)).hexdigest()
    return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")


def check_value(field: str, value: Any, where: str) -> Any:
    """A facility field's value as a corrections file may hold it (type and size), else refused.

    :raises CorrectionsFileError: a value of the wrong type or too long
    """

    def refuse(what: str) -> CorrectionsFileError:
        return CorrectionsFileError(f"{where}: {field} {what}.")

    if field in _TEXT_FIELDS:
        if not isinstance(value, str):
            raise refuse("is not text")
        if len(value) > MAX_TEXT:
            raise refuse(f"is longer than {MAX_TEXT:,} characters")
        return value
    if field in _REAL_FIELDS:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise refuse("is not a number")
        return value
    if field in _INT_FIELDS:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise refuse("is not a whole number")
        return value
    if field in _CODE_FIELDS:
        if not isinstance(value, list) or len(value) > MAX_CODES:
            raise refuse("is not a list of codes")
        if not all(isinstance(c, str) and 0 < len(c) <= 200 for c in value):
            raise refuse("is not a list of codes")
        return value
    if field == "verified_on":
        if value is None:
            return None
        if not isinstance(value, str):
            raise refuse("is not a date")
        try:
            date.fromisoformat(value)
        except ValueError:
            raise refuse("is not a date (YYYY-MM-DD)") from None
        return value
    raise CorrectionsFileError(f"{where}: {str(field)[:40]!r} is not a field of a facility.")


def _text(value: Any, what: str, *, required: bool = False, limit: int = 500) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        raise CorrectionsFileError(f"The corrections file has an invalid {what}.")
    return value


def _record(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise CorrectionsFileError(f"{where} is not a facility record.")
    record = {str(k): check_value(str(k), v, where) for k, v in raw.items() if k != "id"}
    record["id"] = _text(raw.get("id"), f"id in {where.lower()}", required=True, limit=200)
    if not isinstance(record.get("name"), str) or not record["name"].strip():
        raise CorrectionsFileError(f"{where} has no name.")
    if not isinstance(record.get("kind"), str):
        raise CorrectionsFileError(f"{where} has no kind.")
    return record


def read(path: Path) -> CorrectionsFile:
    """Read and check a corrections file (nothing is written anywhere).

    :raises CorrectionsFileError: unreadable, too large or deep, not a corrections file, a newer version,
        changed after it was written, or a malformed change
    """
    name = Path(path).name
    body = read_json_file(path, max_bytes=MAX_BYTES, error=CorrectionsFileError)
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise CorrectionsFileError(f"{name} is not a Directory App corrections file.")
    version = body.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise CorrectionsFileError(f"{name} is not a valid corrections file (its version must be a positive number).")
    if version > VERSION:
        raise CorrectionsFileError(
            f"{name} was written by a newer version of the app (corrections file version {version}; this version "
            f"reads version {VERSION}); update the app to review it."
        )
    carried = body.pop("sha256", None)
    if not isinstance(carried, str) or hashlib.sha256(_canonical(body)).hexdigest() != carried:
        raise CorrectionsFileError(
            f"{name} was changed after it was written (its checksum does not match); ask the sender for a new one."
        )
    raw_edits, raw_added = body.get("edits"), body.get("added")
    if not isinstance(raw_edits, list) or not isinstance(raw_added, list):
        raise CorrectionsFileError(f"{name} has no valid lists of edits and added facilities.")
    if len(raw_edits) + len(raw_added) > MAX_CHANGES:
        raise CorrectionsFileError(f"{name} holds more than {MAX_CHANGES:,} changes.")
    pack_version = body.get("pack_version")
    if pack_version is not None and (isinstance(pack_version, bool) or not isinstance(pack_version, int)):
        raise CorrectionsFileError(f"{name} has an invalid pack version.")
    edits: list[Edit] = []
    seen: set[tuple[str, str]] = set()
    for number, raw in enumerate(raw_edits, start=1):
        where = f"Edit {number} of {name}"
        if not isinstance(raw, dict):
            raise CorrectionsFileError(f"{where} is not valid.")
        facility_id = _text(raw.get("id"), f"id in edit {number}", required=True, limit=200)
        field = raw.get("field")
        if not isinstance(field, str) or field == "id" or field not in FACILITY_FIELDS:
            raise CorrectionsFileError(f"{where} names no field of a facility.")
        if (facility_id, field) in seen:
            raise CorrectionsFileError(f"{where} changes {facility_id[:80]}.{field} a second time.")
        seen.add((facility_id, field))
        source = raw.get("source") or {}
        if not isinstance(source, dict) or not set(source) <= set(SOURCE_FIELDS):
            raise CorrectionsFileError(f"{where} has an invalid source.")
        edits.append(
            Edit(
                facility_id,
                _text(raw.get("name"), f"name in edit {number}", limit=MAX_TEXT),
                field,
                check_value(field, raw.get("old"), where),
                check_value(field, raw.get("new"), where),
                _text(raw.get("when"), f"time in edit {number}", limit=40),
                {k: check_value(k, v, where) for k, v in source.items()},
            )
        )
    added: list[Added] = []
    ids: set[str] = set()
    for number, raw in enumerate(raw_added, start=1):
        where = f"Added facility {number} of {name}"
        if not isinstance(raw, dict):
            raise CorrectionsFileError(f"{where} is not valid.")
        record = _record(raw.get("record"), where)
        if record["id"] in ids:
            raise CorrectionsFileError(f"{where} has the id {record['id'][:80]} a second time.")
        ids.add(record["id"])
        added.append(Added(record, _text(raw.get("when"), f"time in added facility {number}", limit=40)))
    return CorrectionsFile(
        made=_text(body.get("made"), "date", limit=40),
        sender=_text(body.get("from"), "sender", limit=200),
        directory=_text(body.get("directory"), "directory name", limit=500),
        pack_version=pack_version,
        edits=tuple(edits),
        added=tuple(added),
        sha256=carried,
    )
