"""The shortlist share file: one JSON file a colleague imports into their own app.

Items, their order and the note for the recipient travel; the adviser's status, rank and private
note only when the user ticks that they should (``include_private``). The
facility names go along for people reading the file, but ids identify facilities. Reading is
strict and bounded (size, nesting depth, numbers, encodings: :mod:`.bounded_json`): a file that
is not one of ours, too large or malformed is refused with a :class:`ShareFileError` message,
before anything is written. What an item does not state is recorded as not given, so an import
never resets a value by absence (see :func:`directory_app.db.shortlists.merge_items`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from directory_app.domain.errors import ShareFileError
from directory_app.domain.models import (
    PRIVATE_ITEM_FIELDS,
    SHORTLIST_STATUSES,
    ShortlistItem,
    shortlist_user_fields,
)
from directory_app.importers.bounded_json import read_json_file

FORMAT = "directory-app-shortlist"
VERSION = 1
MAX_BYTES = 5_000_000
MAX_ITEMS = 10_000
MAX_TEXT = 10_000
MAX_RANK = 1_000_000
MAX_NAME = 200
"""A shortlist's name is at most this long (as the database allows)."""


@dataclass(frozen=True, slots=True)
class SharedShortlist:
    """What a share file holds."""

    name: str
    purpose: str
    items: tuple[ShortlistItem, ...]
    given: tuple[frozenset[str], ...] = field(default=())
    """Per item, the fields the file states (the others hold defaults and must not be applied)."""


def share_file_bytes(
    name: str,
    purpose: str,
    items: Sequence[ShortlistItem],
    names: dict[str, str] | None = None,
    *,
    include_private: bool = False,
) -> bytes:
    """The content of a share file (UTF-8 JSON). The caller writes it with the app's one atomic
    writer (``exporters.base.atomic_write``: the target is replaced only when the whole file is
    written, with the permissions any new file of the user gets).

    :param names: facility id -> name, for people who read the file
    :param include_private: also write the adviser's status, rank and private note
        (:data:`PRIVATE_ITEM_FIELDS`); without it they are left out of the file altogether, so
        the colleague's import neither sees nor resets them
    """
    shared_fields = [f for f in shortlist_user_fields() if include_private or f not in PRIVATE_ITEM_FIELDS]
    body = {
        "format": FORMAT,
        "version": VERSION,
        "name": name,
        "purpose": purpose,
        "items": [
            {
                "id": i.facility_id,
                "name": (names or {}).get(i.facility_id, ""),
                **{f: getattr(i, f) for f in shared_fields},  # recipient note; status, rank, note if asked
            }
            for i in sorted(items, key=lambda i: i.position)
        ],
    }
    return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")


def _text(value: object, what: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > MAX_TEXT or (required and not value.strip()):
        raise ShareFileError(f"The shortlist file has an invalid {what}.")
    return value


def _value(field: str, value: object, where: str) -> object:
    """An item's field checked: status known, rank a whole number 1..MAX_RANK (or null), text bounded."""
    if field == "status":
        if value not in SHORTLIST_STATUSES:
            raise ShareFileError(f"{where} has an unknown status {str(value)[:40]!r}.")
        return value
    if field == "rank":
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_RANK):
            raise ShareFileError(f"{where} has an invalid rank (a whole number from 1 to {MAX_RANK:,}, or none).")
        return value
    return _text(value, f"{field.replace('_', ' ')} in {where.lower()}")


def read_share_file(path: Path) -> SharedShortlist:
    """Read and check a share file (bounded size, depth and numbers: :mod:`.bounded_json`).

    A field an item does not state is left out of :attr:`SharedShortlist.given` (the item
    carries the default only so it is complete): importing never resets a value by absence.

    :raises ShareFileError: not a shortlist file of this app, too large, too deep, or malformed
    """
    name = Path(path).name
    body = read_json_file(path, max_bytes=MAX_BYTES, error=ShareFileError)
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ShareFileError(f"{name} is not a Directory App shortlist file.")
    version = body.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ShareFileError(f"{name} is not a valid share file (version must be a positive integer).")
    if version > VERSION:
        raise ShareFileError(
            f"{name} was written by a newer version of the app (share file version {version}; "
            f"this version reads version {VERSION})."
        )
    raw_items = body.get("items")
    if not isinstance(raw_items, list) or len(raw_items) > MAX_ITEMS:
        raise ShareFileError("The shortlist file has no valid list of items.")
    fields = shortlist_user_fields()
    items: list[ShortlistItem] = []
    given: list[frozenset[str]] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(raw_items, start=1):
        where = f"Item {number} of the shortlist file"
        if not isinstance(raw, dict):
            raise ShareFileError(f"{where} is not valid.")
        facility_id = _text(raw.get("id"), f"id in item {number}", required=True)
        values = {f: _value(f, raw[f], where) for f in fields if f in raw and not (raw[f] is None and f != "rank")}
        if facility_id in seen:
            first = seen[facility_id]
            if values != {f: getattr(items[first], f) for f in given[first]}:
                raise ShareFileError(
                    f"Items {first + 1} and {number} of the shortlist file are the same facility "
                    f"({facility_id[:80]}) with different values."
                )
            continue
        seen[facility_id] = len(items)
        items.append(ShortlistItem(facility_id, len(items), **values))  # type: ignore[arg-type]
        given.append(frozenset(values))
    shortlist_name = " ".join(_text(body.get("name"), "name", required=True).split())
    if len(shortlist_name) > MAX_NAME:
        raise ShareFileError(f"{name} names its shortlist with more than {MAX_NAME} characters.")
    return SharedShortlist(
        name=shortlist_name,
        purpose=_text(body.get("purpose"), "purpose"),
        items=tuple(items),
        given=tuple(given),
    )
