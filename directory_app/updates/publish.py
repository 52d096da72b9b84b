"""Publishing (curators): write a directory's reference data as a signed pack into a folder.

The folder then holds ``directory.sqlite`` (the pack: plain SQLite, full-text indexed), ``metadata.json``
(for Datasette), ``manifest.json`` and ``manifest.json.sig``, and, when the folder held the previous
version, ``changes-<previous>-<new>.json.gz``. Every file is written under a temporary name and renamed
into place; the manifest and its signature come last, so a reader sees the old set or the new one
(between those two renames, a reader sees a signature that does not match and is refused: it tries again).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from directory_app.db import packs
from directory_app.db.connection import DirectoryDatabase as Database
from directory_app.domain.errors import UpdateRefused
from directory_app.updates import changes, keys
from directory_app.updates.manifest import (
    MANIFEST,
    METADATA,
    PACK,
    SIGNATURE,
    FileEntry,
    Manifest,
    change_file_name,
    parse,
)
from directory_app.updates.transport import sha256_of

DEFAULT_NAME = "Benelux life-science facilities"
LICENCE = "Facts with citations; each record's source (source_url, source_quote) keeps its rights"


class PublishError(UpdateRefused):
    """Publishing was refused (nothing in the folder changed)."""


def metadata(name: str, version: int, published: str, notes: str) -> dict[str, object]:
    """Datasette's ``metadata.json`` for a pack."""
    return {
        "title": name,
        "description": f"Version {version}, published {published}." + (f" {notes}" if notes else ""),
        "license": LICENCE,
        "source": "directory-app team pack (public sources, one per record)",
        "databases": {
            "directory": {
                "description": "Incubators, accelerators, CGT production sites and science parks",
                "tables": {
                    "facilities": {
                        "description": "One row per facility; services, modalities and cleanroom grades are "
                        "JSON arrays of vocabulary codes (see the vocabulary table)",
                        "facets": ["kind", "country", "region", "status", {"array": "services"}],
                        "sort": "name",
                        "label_column": "name",
                        "columns": {
                            "kind": "incubator, accelerator, cgt_production or science_park",
                            "country": "BE, NL or LU",
                            "source_url": "where the facts come from",
                            "source_quote": "the source's own words",
                            "verified_on": "when someone checked the record against its source",
                        },
                    },
                    "vocabulary": {"description": "Codes and their English labels"},
                    "pack_info": {"description": "Which directory and version this file is"},
                },
            }
        },
    }


def _temporary(folder: Path, name: str) -> Path:
    return folder / f".{name}.{secrets.token_hex(4)}.tmp"


def _entry(path: Path, name: str, role: str, base: int | None = None) -> FileEntry:
    return FileEntry(name, role, path.stat().st_size, sha256_of(path), base)


def _previous(folder: Path) -> tuple[Manifest | None, dict[str, dict] | None]:
    """The version the folder holds, and its records when its pack matches its manifest."""
    path = folder / MANIFEST
    if not path.exists():
        return None, None
    try:
        with path.open("rb") as handle:
            manifest = parse(handle.read(2 * 1024 * 1024))
    except (OSError, UpdateRefused) as exc:
        raise PublishError(f"{path} cannot be read as a manifest ({exc}); move it away to start a new series") from exc
    pack = manifest.file("pack")
    pack_path = folder / PACK
    if pack is None or not pack_path.exists() or sha256_of(pack_path) != pack.sha256:
        return manifest, None  # the old pack is gone or changed: no incremental file this time
    try:
        return manifest, packs.read_pack(pack_path).records
    except packs.PackError:
        return manifest, None


def publish(
    db: Database,
    folder: Path,
    key_path: Path,
    *,
    notes: str = "",
    name: str | None = None,
    guard: Callable[[Path], object] = lambda p: p,
    now: datetime | None = None,
) -> Manifest:
    """Write the next version of the directory into ``folder`` (see the module text); returns its manifest.

    :param db: the curator's directory: every live facility is published; no user table is read
    :param key_path: the publisher's private key (``directory-app keygen``)
    :param name: the directory's name (default: the previous manifest's, else :data:`DEFAULT_NAME`)
    :param guard: called with each file before it is written (the output-path guard); raises to refuse
    :raises PublishError: unreadable key or previous manifest, a folder that cannot be written
    """
    try:
        key = keys.load_private(key_path)
    except keys.KeyFileError as exc:
        raise PublishError(str(exc)) from exc
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise PublishError(f"{folder} is a file, not a folder")
    previous, old_records = _previous(folder) if folder.exists() else (None, None)
    version = previous.version + 1 if previous else 1
    name = name or (previous.directory if previous else DEFAULT_NAME)
    published = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    change_name = change_file_name(previous.version, version) if previous and old_records is not None else None
    targets = [PACK, METADATA, MANIFEST, SIGNATURE] + ([change_name] if change_name else [])
    for target in targets:
        guard(folder / target)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PublishError(f"{folder} cannot be made ({exc.strerror or exc})") from exc
    records = packs.published_records(db)
    temps: dict[str, Path] = {}
    try:
        temps[PACK] = _temporary(folder, PACK)
        count = packs.write_pack(
            temps[PACK],
            records.values(),
            packs.vocabularies(db),
            {"directory": name, "version": str(version), "published": published},
        )
        files = [_entry(temps[PACK], PACK, "pack")]
        temps[METADATA] = _temporary(folder, METADATA)
        temps[METADATA].write_text(
            json.dumps(metadata(name, version, published, notes), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        files.append(_entry(temps[METADATA], METADATA, "metadata"))
        if change_name and previous is not None and old_records is not None:
            temps[change_name] = _temporary(folder, change_name)
            temps[change_name].write_bytes(changes.diff(old_records, records, previous.version, version).to_bytes())
            files.append(_entry(temps[change_name], change_name, "changes", previous.version))
        raw_public = keys.raw_public(key.public_key())
        manifest = Manifest(
            directory=name,
            version=version,
            published=published,
            records=count,
            publisher_key=keys.key_id(raw_public),
            notes=notes,
            files=tuple(files),
        )
        body = manifest.to_bytes()
        temps[MANIFEST] = _temporary(folder, MANIFEST)
        temps[MANIFEST].write_bytes(body)
        temps[SIGNATURE] = _temporary(folder, SIGNATURE)
        temps[SIGNATURE].write_bytes(keys.sign(key, body))
        for target in [*(t for t in targets if t not in (MANIFEST, SIGNATURE)), MANIFEST, SIGNATURE]:
            os.replace(temps.pop(target), folder / target)
    except OSError as exc:
        raise PublishError(f"could not write to {folder}: {exc.strerror or exc}; publish again") from exc
    finally:
        for leftover in temps.values():
            leftover.unlink(missing_ok=True)
    return manifest


def manifest_digest(body: bytes) -> str:
    """SHA-256 of a manifest's bytes (what an installed pack is recognised by)."""
    return hashlib.sha256(body).hexdigest()
