"""The incremental change file between two published versions (``changes-<from>-<to>.json.gz``).

```json
{"format": "directory-app-changes", "from": 2, "to": 3,
 "added": [{"id": "...", "name": "...", ...}],
 "changed": [{"id": "fac-0007", "fields": {"phone": "+32 9 000 00 00"}}],
 "removed": ["fac-0012"]}
```

gzip-compressed (with no time stamp, so the same change gives the same bytes). Only changed fields
travel; a laptop at version ``from`` downloads this instead of the whole pack.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from directory_app.domain.errors import ImportFileError, UpdateRefused
from directory_app.domain.models import FACILITY_FIELDS
from directory_app.importers.bounded_json import loads_bounded

FORMAT = "directory-app-changes"
MAX_UNPACKED_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What changed between two sets of records.

    :param added: new records, whole
    :param changed: id -> {field: new value}
    :param removed: ids no longer there
    """

    base: int
    version: int
    added: tuple[dict[str, Any], ...] = ()
    changed: dict[str, dict[str, Any]] = field(default_factory=dict)
    removed: tuple[str, ...] = ()

    def to_bytes(self) -> bytes:
        """The change file's bytes (gzip of UTF-8 JSON, no time stamp)."""
        data = {
            "format": FORMAT,
            "from": self.base,
            "to": self.version,
            "added": list(self.added),
            "changed": [{"id": fid, "fields": fields} for fid, fields in sorted(self.changed.items())],
            "removed": list(self.removed),
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return gzip.compress(text, compresslevel=9, mtime=0)


def diff(
    old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]], base: int = 0, version: int = 0
) -> ChangeSet:
    """The changes from ``old`` to ``new`` (records by id)."""
    added = tuple(dict(new[fid]) for fid in sorted(new) if fid not in old)
    removed = tuple(fid for fid in sorted(old) if fid not in new)
    changed: dict[str, dict[str, Any]] = {}
    for fid in sorted(new):
        before = old.get(fid)
        if before is None:
            continue
        after = new[fid]
        fields = {k: after.get(k) for k in FACILITY_FIELDS if k != "id" and before.get(k) != after.get(k)}
        if fields:
            changed[fid] = fields
    return ChangeSet(base, version, added, changed, removed)


def _refuse(message: str) -> UpdateRefused:
    return UpdateRefused(f"the change file {message}", reason="unreadable")


def parse(raw: bytes) -> ChangeSet:
    """A change file's contents (call only after its checksum was checked).

    :raises UpdateRefused: not a change file
    """
    unpacker = zlib.decompressobj(wbits=31)
    try:
        text = unpacker.decompress(raw, MAX_UNPACKED_BYTES)
    except zlib.error as exc:
        raise _refuse("is not gzip") from exc
    if unpacker.unconsumed_tail or not unpacker.eof:
        raise _refuse("is too large or cut short")
    try:
        data = loads_bounded(text, error=ImportFileError, what="The change file")
    except ImportFileError as exc:
        raise UpdateRefused(exc.message, reason="unreadable") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _refuse("is not a directory-app change file")
    base, version = data.get("from"), data.get("to")
    added, changed, removed = data.get("added"), data.get("changed"), data.get("removed")
    if not isinstance(base, int) or not isinstance(version, int):
        raise _refuse("names no versions")
    if not isinstance(added, list) or not isinstance(changed, list) or not isinstance(removed, list):
        raise _refuse("is incomplete")
    for record in added:
        if not isinstance(record, dict) or not isinstance(record.get("id"), str) or not record["id"]:
            raise _refuse("adds a facility without an id")
    out: dict[str, dict[str, Any]] = {}
    for item in changed:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("id"), str)
            or not isinstance(item.get("fields"), dict)
        ):
            raise _refuse("changes a facility wrongly")
        out[item["id"]] = {k: v for k, v in item["fields"].items() if k in FACILITY_FIELDS and k != "id"}
    if not all(isinstance(fid, str) for fid in removed):
        raise _refuse("removes something that is not an id")
    return ChangeSet(base, version, tuple(added), out, tuple(removed))
