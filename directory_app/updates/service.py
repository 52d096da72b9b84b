"""The door the facade opens for team updates: ``Directory.updates`` is an :class:`Updates`.

``check(source)`` fetches, verifies and compares (nothing in the database changes; the files stay in a
temporary folder); ``apply(plan)`` backs the database up and writes the plan in one transaction.
``trust_add``/``trust_remove``/``trusted`` keep the publisher keys, ``installed`` says which version is in,
``withdrawn`` gives the last record of facilities an update took off while they were on a shortlist,
``publish`` writes a signed pack (curators).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from directory_app import config
from directory_app.db import packs
from directory_app.db.connection import DirectoryDatabase as Database
from directory_app.db.connection import translate_errors
from directory_app.domain.errors import UpdateRefused
from directory_app.updates import changes, keys, records, transport
from directory_app.updates.manifest import MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES, Manifest, parse
from directory_app.updates.plan import UpdatePlan, compare
from directory_app.updates.publish import publish

Progress = Callable[[int, int], object]


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What :meth:`Updates.apply` did.

    :param backup: the backup made before (``None`` when nothing needed writing)
    :param applied: per id, what was written
    """

    version: int
    backup: Path | None
    applied: packs.ApplyResult

    @property
    def needs_review(self) -> bool:
        """Conflicts were left for the user (Edit > Review Edits That Differ from Newer Data)."""
        return bool(self.applied.conflicts or self.applied.kept)


class Updates:
    """Team updates of one open directory (see the module text).

    :param db: the directory's connection
    :param path: the database file (for messages)
    :param backup: makes a backup with a reason, returns its path (raises when it cannot)
    :param who: the user, for the change log
    :param require_writable: raises when the directory is read-only
    :param guard: the output-path guard (raises for a file that must not be written)
    :param download_folder: where downloads wait (default: ``updates`` in the user cache folder)
    :param changed: called after an update was written (the facade forgets what it counted)
    """

    def __init__(
        self,
        db: Database,
        *,
        path: Path,
        backup: Callable[[str], Path],
        who: Callable[[], str],
        require_writable: Callable[[], None],
        guard: Callable[[Path], object],
        download_folder: Path | None = None,
        changed: Callable[[], object] = lambda: None,
    ) -> None:
        self._db = db
        self._changed = changed
        self._path = path
        self._backup = backup
        self._who = who
        self._require_writable = require_writable
        self._guard = guard
        self.download_folder = download_folder or config.user_cache_dir() / "updates"

    # Keys -------------------------------------------------------------------------------------------

    def trusted(self) -> list[packs.TrustedKey]:
        """The publisher keys this database accepts, by id."""
        return packs.trusted_keys(self._db)

    def trust_add(self, public_key_file: Path) -> tuple[packs.TrustedKey, bool]:
        """Trust the key in a ``.pub`` file; returns it and whether it is new.

        :raises UpdateRefused: not a public key file (reason ``unreadable``)
        """
        self._require_writable()
        raw = self._public(public_key_file)
        key_id = keys.key_id(raw)
        with translate_errors(self._path):
            encoded = base64.b64encode(raw).decode("ascii")
            added = packs.add_trusted_key(self._db, key_id, encoded, Path(public_key_file).name)
        return next(k for k in self.trusted() if k.key_id == key_id), added

    def trust_remove(self, key: Path | str) -> bool:
        """Stop trusting a key, given its ``.pub`` file or its id; ``False`` when it was not trusted."""
        self._require_writable()
        key_id = str(key)
        if Path(key).is_file():
            key_id = keys.key_id(self._public(Path(key)))
        with translate_errors(self._path):
            return packs.remove_trusted_key(self._db, key_id)

    @staticmethod
    def _public(path: Path) -> bytes:
        try:
            return keys.load_public(Path(path))
        except keys.KeyFileError as exc:
            raise UpdateRefused(str(exc), reason="unreadable") from exc

    # State -------------------------------------------------------------------------------------------

    def installed(self) -> packs.InstalledPack | None:
        """The pack installed last (version, publisher key, date), or ``None``."""
        return packs.installed(self._db)

    def withdrawn(self, ids: list[str] | None = None) -> dict[str, packs.Withdrawn]:
        """Facilities updates took out of the directory while they were on a shortlist: their last record."""
        return packs.withdrawn(self._db, ids)

    # Checking -----------------------------------------------------------------------------------------

    def _verified_manifest(self, source: transport.Source) -> tuple[Manifest, bytes]:
        trusted = self.trusted()
        if not trusted:
            raise UpdateRefused(
                "this directory trusts no publisher key yet: run `directory-app trust add KEY.pub` first",
                reason="no_keys",
            )
        body = transport.read_small(source, source.manifest, MAX_MANIFEST_BYTES)
        signature = keys.signature_of(transport.read_small(source, source.manifest + ".sig", MAX_SIGNATURE_BYTES))
        signer = next((k for k in trusted if keys.verifies(base64.b64decode(k.public_key), signature, body)), None)
        if signer is None:
            try:
                named = parse(body).publisher_key
            except UpdateRefused:
                named = ""
            if named and named not in {k.key_id for k in trusted}:
                raise UpdateRefused(
                    f"the update is signed by key {named}, which this directory does not trust", reason="untrusted"
                )
            raise UpdateRefused(
                "the manifest's signature does not verify with any trusted key (changed after signing?); "
                "nothing was changed",
                reason="signature",
            )
        manifest = parse(body)
        if manifest.publisher_key != signer.key_id:
            raise UpdateRefused(
                f"the manifest names key {manifest.publisher_key} but was signed by {signer.key_id}", reason="signature"
            )
        return manifest, body

    def check(self, source: str, *, progress: Progress | None = None) -> UpdatePlan:
        """Fetch the source's manifest and signature, verify them, download what is needed (resumably, size
        and SHA-256 checked) and compare it with this directory. Nothing in the database changes.

        :param source: an http(s) URL, a folder, or a manifest file
        :param progress: called with (bytes done, bytes total) while downloading
        :raises UpdateRefused: unreachable, unreadable, bad signature or checksum, untrusted key, downgrade,
            replay, another directory
        """
        where = transport.resolve(source)
        manifest, body = self._verified_manifest(where)
        digest = hashlib.sha256(body).hexdigest()
        current = self.installed()
        base = current.version if current is not None else 0
        plan = UpdatePlan(manifest, digest, source, installed_version=base)
        if current is not None:
            if manifest.directory != current.directory:
                raise UpdateRefused(
                    f"this database follows {current.directory!r}; the source publishes {manifest.directory!r}",
                    reason="other_directory",
                )
            if manifest.version < current.version:
                raise UpdateRefused(
                    f"the source offers version {manifest.version}, older than the installed version "
                    f"{current.version}: refused as a downgrade; nothing was changed",
                    reason="downgrade",
                )
            if manifest.version == current.version:
                if digest == current.manifest_sha256:
                    plan.up_to_date = True
                    return plan
                raise UpdateRefused(
                    f"the source offers another pack under the installed version number {current.version}: "
                    "refused as a replay; nothing was changed",
                    reason="replay",
                )
        self._forget_other_downloads(manifest)
        incremental = manifest.changes_from(current.version) if current is not None else None
        pack_entry = manifest.file("pack")
        assert pack_entry is not None  # parse() refuses a manifest without one
        if incremental is not None and incremental.size < pack_entry.size:
            part = transport.download(where, incremental, self.download_folder, progress=progress)
            change_set = changes.parse(part.read_bytes())
            plan.files.append(part)
            plan.download_bytes += incremental.size
            if change_set.base == current.version and change_set.version == manifest.version:  # type: ignore[union-attr]
                added = {r["id"]: r for r in change_set.added}
                for fid, record in added.items():
                    records.check(fid, record, whole=True)
                for fid, fields in change_set.changed.items():
                    records.check(fid, fields, whole=False)
                touched = [*added, *change_set.changed, *change_set.removed]
                with translate_errors(self._path):
                    ref = packs.local_reference(self._db, touched)
                if compare(ref, added, change_set.changed, list(change_set.removed), plan):
                    plan.via = "changes"
                    return plan
            plan = UpdatePlan(
                manifest, digest, source, installed_version=base, files=plan.files, download_bytes=plan.download_bytes
            )
        part = transport.download(where, pack_entry, self.download_folder, progress=progress)
        plan.files.append(part)
        plan.download_bytes += pack_entry.size
        try:
            contents = packs.read_pack(part)
        except packs.PackError as exc:
            raise UpdateRefused(f"the pack cannot be read: {exc}", reason="unreadable") from exc
        if len(contents.records) != manifest.records:
            raise UpdateRefused(
                f"the pack holds {len(contents.records)} facilities, the manifest says {manifest.records}",
                reason="unreadable",
            )
        for fid, record in contents.records.items():
            records.check(fid, record, whole=True)
        plan.vocabulary = contents.vocabulary
        with translate_errors(self._path):
            ref = packs.local_reference(self._db)
        removed = [fid for fid in ref.records if fid not in contents.records]
        compare(ref, contents.records, {}, removed, plan)
        plan.via = "pack"
        return plan

    def _forget_other_downloads(self, manifest: Manifest) -> None:
        """Delete partial downloads of files this manifest no longer lists (older versions)."""
        wanted = {f"{f.sha256}.part" for f in manifest.files}
        try:
            for leftover in self.download_folder.glob("*.part"):
                if leftover.name not in wanted:
                    leftover.unlink(missing_ok=True)
        except OSError:
            pass  # a cache that cannot be tidied does not stop an update

    # Applying ----------------------------------------------------------------------------------------------

    def apply(self, plan: UpdatePlan, *, progress: Progress | None = None) -> UpdateResult:
        """Back the database up, then write the plan in one transaction (see
        :func:`directory_app.db.packs.apply_update`); the downloaded files are deleted afterwards.

        :raises BackupError: the backup could not be made (nothing was changed)
        """
        self._require_writable()
        m = plan.manifest
        if plan.up_to_date:
            return UpdateResult(m.version, None, packs.ApplyResult())
        backup = self._backup("update")
        install = {
            "version": m.version,
            "directory": m.directory,
            "publisher_key": m.publisher_key,
            "published": m.published,
            "notes": m.notes,
            "manifest_sha256": plan.manifest_sha256,
            "source": plan.source,
        }
        with translate_errors(self._path):
            applied = packs.apply_update(
                self._db,
                added=plan.added,
                changed={fid: {f: v[1] for f, v in fields.items()} for fid, fields in plan.changed.items()},
                removed=plan.removed,
                vocabulary=plan.vocabulary,
                install=install,
                who=self._who(),
                progress=progress,
                expect_installed=plan.installed_version,
            )
        self._changed()
        self.discard(plan)
        return UpdateResult(m.version, backup, applied)

    @staticmethod
    def discard(plan: UpdatePlan) -> None:
        """Delete the files a plan downloaded (a plan not applied: the user said no)."""
        for path in plan.files:
            path.unlink(missing_ok=True)

    # Publishing (curators) ------------------------------------------------------------------------------------

    def publish(self, folder: Path, key_file: Path, *, notes: str = "", name: str | None = None) -> Manifest:
        """Write the next signed version of this directory into ``folder`` (see :mod:`.publish`)."""
        with translate_errors(self._path):
            return publish(self._db, Path(folder), Path(key_file), notes=notes, name=name, guard=self._guard)
