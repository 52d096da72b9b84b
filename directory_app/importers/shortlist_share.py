"""The shortlist share file: one JSON file a colleague imports into their own app.

Items, their order, status, rank and note travel; the facility names go along for people
reading the file, but ids identify facilities. Reading is strict and bounded: a file that is
not one of ours, too large or malformed is refused with a message, before anything is written.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from directory_app.domain.errors import ShareFileError
from directory_app.domain.models import SHORTLIST_STATUSES, ShortlistItem

FORMAT = "directory-app-shortlist"
VERSION = 1
MAX_BYTES = 5_000_000
MAX_ITEMS = 10_000
MAX_TEXT = 10_000


@dataclass(frozen=True, slots=True)
class SharedShortlist:
    """What a share file holds."""

    name: str
    purpose: str
    items: tuple[ShortlistItem, ...]


def write_share_file(
    path: Path, name: str, purpose: str, items: Sequence[ShortlistItem], names: dict[str, str] | None = None
) -> None:
    """Write a share file (atomically: the target is replaced only when the whole file is written).

    :param names: facility id -> name, for people who read the file
    """
    body = {
        "format": FORMAT,
        "version": VERSION,
        "name": name,
        "purpose": purpose,
        "items": [
            {
                "id": i.facility_id,
                "name": (names or {}).get(i.facility_id, ""),
                "status": i.status,
                "rank": i.rank,
                "note": i.note,
            }
            for i in sorted(items, key=lambda i: i.position)
        ],
    }
    path = Path(path)
    handle, temp = tempfile.mkstemp(prefix=".shortlist-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(body, out, ensure_ascii=False, indent=2)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _text(value: object, what: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > MAX_TEXT or (required and not value.strip()):
        raise ShareFileError(f"The shortlist file has an invalid {what}.")
    return value


def read_share_file(path: Path) -> SharedShortlist:
    """Read and check a share file.

    :raises ShareFileError: not a shortlist file of this app, too large, or malformed
    """
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise ShareFileError(f"{Path(path).name} is too large to be a shortlist file ({size:,} bytes).")
        body = json.loads(Path(path).read_text(encoding="utf-8"))
    except ShareFileError:
        raise
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ShareFileError(f"{Path(path).name} cannot be read as a shortlist file: {exc}") from exc
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ShareFileError(f"{Path(path).name} is not a Directory App shortlist file.")
    if body.get("version") != VERSION:
        raise ShareFileError(f"{Path(path).name} was written by a newer version of the app.")
    raw_items = body.get("items")
    if not isinstance(raw_items, list) or len(raw_items) > MAX_ITEMS:
        raise ShareFileError("The shortlist file has no valid list of items.")
    items: list[ShortlistItem] = []
    seen: set[str] = set()
    for position, raw in enumerate(raw_items):
        if not isinstance(raw, dict):
            raise ShareFileError(f"Item {position + 1} of the shortlist file is not valid.")
        facility_id = _text(raw.get("id"), f"id in item {position + 1}", required=True)
        status = raw.get("status", "candidate")
        rank = raw.get("rank")
        if status not in SHORTLIST_STATUSES:
            raise ShareFileError(f"Item {position + 1} has an unknown status {status!r}.")
        if rank is not None and (isinstance(rank, bool) or not isinstance(rank, int) or rank < 1):
            raise ShareFileError(f"Item {position + 1} has an invalid rank.")
        if facility_id in seen:
            continue
        seen.add(facility_id)
        items.append(ShortlistItem(facility_id, len(items), status, rank, _text(raw.get("note"), "note")))
    return SharedShortlist(
        name=_text(body.get("name"), "name", required=True).strip(),
        purpose=_text(body.get("purpose"), "purpose"),
        items=tuple(items),
    )
