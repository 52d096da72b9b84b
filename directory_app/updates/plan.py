"""What an update will change, before it changes anything: computed against the directory's reference data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from directory_app.db.packs import LocalReference
from directory_app.domain.models import FACILITY_FIELDS
from directory_app.domain.vocabulary import Term, label
from directory_app.updates.manifest import Manifest


@dataclass
class UpdatePlan:
    """An update, checked (signature, size, checksum, version) and compared with the directory.

    :param manifest: the signed manifest (``None`` only when nothing could be read)
    :param manifest_sha256: SHA-256 of the manifest's bytes (recorded when installed)
    :param source: the source as the user gave it
    :param up_to_date: the installed version is this very pack: nothing to do
    :param via: ``changes`` (the incremental file) or ``pack`` (the whole pack)
    :param download_bytes: what was downloaded for it
    :param added: new facilities (records)
    :param changed: id -> {field: [reference value now, new value]}
    :param removed: ids leaving the directory
    :param conflicts: (id, field) the update changes where the user's own value differs (the user's stays)
    :param kept: removed ids the user had edited (they stay, as the user's own)
    :param withdrawn: removed ids on a shortlist (they stay on it, marked withdrawn, with their last data)
    :param skipped: ids the update names that the user deleted or that are the user's own (left alone)
    :param installed_version: the version installed when the plan was made (0: none); it applies only onto that
    """

    manifest: Manifest
    manifest_sha256: str
    source: str
    up_to_date: bool = False
    via: str = ""
    download_bytes: int = 0
    added: list[dict[str, Any]] = field(default_factory=list)
    changed: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    vocabulary: dict[str, list[Term]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    installed_version: int = 0
    kinds_countries: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Nothing in the directory would change."""
        return not (self.added or self.changed or self.removed)

    def changed_fields(self) -> Counter[str]:
        """How many facilities change each field."""
        return Counter(f for fields in self.changed.values() for f in fields)

    def to_dict(self) -> dict[str, Any]:
        """The plan for ``--format json``."""
        m = self.manifest
        return {
            "directory": m.directory,
            "version": m.version,
            "published": m.published,
            "publisher_key": m.publisher_key,
            "notes": m.notes,
            "source": self.source,
            "up_to_date": self.up_to_date,
            "via": self.via,
            "download_bytes": self.download_bytes,
            "added": [r["id"] for r in self.added],
            "changed": {fid: sorted(fields) for fid, fields in sorted(self.changed.items())},
            "removed": list(self.removed),
            "conflicts": [{"id": fid, "field": f} for fid, f in self.conflicts],
            "kept": list(self.kept),
            "withdrawn": list(self.withdrawn),
            "skipped": list(self.skipped),
            "by_kind_and_country": {
                what: [{"kind": k, "country": c, "count": n} for (k, c), n in sorted(counts.items())]
                for what, counts in self.kinds_countries.items()
            },
        }

    def lines(self) -> list[str]:
        """The plan in words, for people."""
        m = self.manifest
        head = f"{m.directory}: version {m.version} of {m.published[:10]}, signed by key {m.publisher_key}"
        if self.up_to_date:
            return [f"{head}: already installed; up to date."]
        out = [head + (f" ({self.via}, {self.download_bytes:,} bytes downloaded)" if self.via else "")]
        if m.notes:
            out.append(f"  notes: {m.notes}")
        out.append(f"  {len(self.added)} new, {len(self.changed)} changed, {len(self.removed)} removed")
        for what, counts in self.kinds_countries.items():
            if counts:
                parts = ", ".join(
                    f"{n} {label('kind', k)} in {c or '?'}" for (k, c), n in sorted(counts.items(), key=lambda i: -i[1])
                )
                out.append(f"  {what}: {parts}")
        fields = self.changed_fields()
        if fields:
            out.append("  changed fields: " + ", ".join(f"{f} ({n})" for f, n in fields.most_common()))
        for fid, f in self.conflicts:
            out.append(f"  conflict: {fid}.{f}: you changed it, the update changes it too; yours stays, for review")
        for fid in self.kept:
            out.append(f"  conflict: {fid} leaves the directory; you edited it, so it stays as your own, for review")
        for fid in self.withdrawn:
            out.append(f"  withdrawn: {fid} leaves the directory; it stays on your shortlist with its last data")
        if self.skipped:
            some = ", ".join(self.skipped[:5])
            out.append(f"  left alone: {len(self.skipped)} you deleted or made your own ({some})")
        return out


def compare(
    ref: LocalReference,
    added: Mapping[str, Mapping[str, Any]],
    changed: Mapping[str, Mapping[str, Any]],
    removed: list[str],
    plan: UpdatePlan,
) -> bool:
    """Fill ``plan``: ``added`` are whole records (a whole pack is all added: what the directory has already
    becomes a change), ``changed`` only the changed fields, ``removed`` the ids that leave. ``False`` when the
    update does not fit this directory (it changes a facility the directory does not have: an incremental
    file for another state; the whole pack is needed then).
    """
    by: dict[str, Counter[tuple[str, str]]] = {"new": Counter(), "changed": Counter(), "removed": Counter()}

    def where(record: Mapping[str, Any]) -> tuple[str, str]:
        return str(record.get("kind") or ""), str(record.get("country") or "")

    for whole, targets in ((True, added), (False, changed)):
        for fid, target in targets.items():
            local = ref.records.get(fid)
            if fid in ref.protected:
                plan.skipped.append(fid)
                continue
            if local is None:
                if not whole:
                    return False
                plan.added.append(dict(target))
                by["new"][where(target)] += 1
                continue
            fields = {
                k: [local.get(k), v]
                for k, v in target.items()
                if k in FACILITY_FIELDS and k != "id" and local.get(k) != v
            }
            if not fields:
                continue
            plan.changed[fid] = fields
            by["changed"][where(local)] += 1
            mine = ref.user_values.get(fid, {})
            plan.conflicts += [(fid, f) for f in sorted(fields) if f in mine and mine[f] != fields[f][1]]
    for fid in removed:
        local = ref.records.get(fid)
        if local is None:
            continue
        plan.removed.append(fid)
        by["removed"][where(local)] += 1
        if fid in ref.edited:
            plan.kept.append(fid)
        elif fid in ref.shortlisted:
            plan.withdrawn.append(fid)
    plan.kinds_countries = by
    return True
