"""The manifest of a published directory (``manifest.json``): what the pack is and how to check it.

```json
{"format": "directory-app-pack", "format_version": 1, "directory": "Benelux life-science facilities",
 "version": 3, "published": "2026-12-01T10:00:00Z", "records": 180, "publisher_key": "9f3c...",
 "notes": "Two new CGT sites",
 "files": [{"name": "directory.sqlite", "role": "pack", "size": 245760, "sha256": "..."},
           {"name": "metadata.json", "role": "metadata", "size": 812, "sha256": "..."},
           {"name": "changes-2-3.json.gz", "role": "changes", "from": 2, "size": 1830, "sha256": "..."}]}
```

The manifest is signed as the exact bytes served (``manifest.json.sig``); it is parsed only after the
signature was checked, and then with bounded readers (size, depth, numbers).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from directory_app.domain.errors import ImportFileError, UpdateRefused
from directory_app.importers.bounded_json import loads_bounded

FORMAT = "directory-app-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.sig"
PACK = "directory.sqlite"
METADATA = "metadata.json"
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 1024

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_KEY_ID = re.compile(r"[0-9a-f]{8,64}")


def change_file_name(base: int, version: int) -> str:
    """The name of the incremental file from ``base`` to ``version``."""
    return f"changes-{base}-{version}.json.gz"


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One file a manifest lists.

    :param name: a plain file name beside the manifest (no folders)
    :param role: ``pack``, ``metadata`` or ``changes``
    :param base: for ``changes``: the version it starts from
    """

    name: str
    role: str
    size: int
    sha256: str
    base: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "role": self.role, "size": self.size, "sha256": self.sha256}
        if self.base is not None:
            out["from"] = self.base
        return out


@dataclass(frozen=True, slots=True)
class Manifest:
    """A parsed manifest (see the module text)."""

    directory: str
    version: int
    published: str
    records: int
    publisher_key: str
    notes: str = ""
    files: tuple[FileEntry, ...] = field(default_factory=tuple)
    format_version: int = FORMAT_VERSION

    def file(self, role: str) -> FileEntry | None:
        """The first file of a role, or ``None``."""
        return next((f for f in self.files if f.role == role), None)

    def changes_from(self, base: int) -> FileEntry | None:
        """The incremental file starting at ``base``, or ``None``."""
        return next((f for f in self.files if f.role == "changes" and f.base == base), None)

    def to_bytes(self) -> bytes:
        """The manifest as written (and signed): UTF-8 JSON, keys in a fixed order."""
        data = {
            "format": FORMAT,
            "format_version": self.format_version,
            "directory": self.directory,
            "version": self.version,
            "published": self.published,
            "records": self.records,
            "publisher_key": self.publisher_key,
            "notes": self.notes,
            "files": [f.to_dict() for f in self.files],
        }
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _refuse(message: str) -> UpdateRefused:
    return UpdateRefused(f"the manifest {message}", reason="unreadable")


def _int(data: dict[str, Any], key: str, *, minimum: int = 0) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise _refuse(f"has no valid {key!r}")
    return value


def _text(data: dict[str, Any], key: str, *, limit: int = 10_000) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or len(value) > limit:
        raise _refuse(f"has no valid {key!r}")
    return value


def parse(raw: bytes) -> Manifest:
    """A manifest from its bytes (call only after its signature was checked).

    :raises UpdateRefused: not a manifest, a newer format, or a field missing or wrong
    """
    if len(raw) > MAX_MANIFEST_BYTES:
        raise _refuse("is too large")
    try:
        data = loads_bounded(raw, error=ImportFileError, what="The manifest")
    except ImportFileError as exc:
        raise UpdateRefused(exc.message, reason="unreadable") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _refuse("is not a directory-app pack manifest")
    format_version = _int(data, "format_version", minimum=1)
    if format_version > FORMAT_VERSION:
        raise UpdateRefused(
            f"the pack is in a newer format ({format_version}) than this app reads ({FORMAT_VERSION}); update the app",
            reason="unreadable",
        )
    files = data.get("files")
    if not isinstance(files, list) or len(files) > 1000:
        raise _refuse("lists no files")
    entries = []
    for item in files:
        if not isinstance(item, dict):
            raise _refuse("lists a file wrongly")
        name, role, digest = item.get("name"), item.get("role"), item.get("sha256")
        if not isinstance(name, str) or not _SAFE_NAME.fullmatch(name) or name in (MANIFEST, SIGNATURE):
            raise _refuse(f"names a file it may not ({str(name)[:60]!r})")
        if role not in ("pack", "metadata", "changes"):
            raise _refuse(f"gives {name} an unknown role")
        if not isinstance(digest, str) or not _HEX64.match(digest):
            raise _refuse(f"gives {name} no SHA-256")
        base = _int(item, "from", minimum=0) if role == "changes" else None
        entries.append(FileEntry(name, role, _int(item, "size"), digest, base))
    manifest = Manifest(
        directory=_text(data, "directory", limit=200),
        version=_int(data, "version", minimum=1),
        published=_text(data, "published", limit=40),
        records=_int(data, "records"),
        publisher_key=_text(data, "publisher_key", limit=64),
        notes=_text(data, "notes"),
        files=tuple(entries),
        format_version=format_version,
    )
    if not _KEY_ID.fullmatch(manifest.publisher_key):  # it is quoted in messages before the signature is known
        raise _refuse("has no valid 'publisher_key'")
    if manifest.file("pack") is None:
        raise _refuse("lists no pack file")
    return manifest
