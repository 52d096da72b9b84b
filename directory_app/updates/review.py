"""Corrections sent back (issue 15): ``Directory.corrections`` is a :class:`Corrections`.

An adviser writes the local edits of reference facilities and the facilities they added into a corrections
file (:meth:`Corrections.export`, format in :mod:`.corrections`); a curator takes it into the review queue
(:meth:`Corrections.import_file`: nothing in the directory changes, a new facility that looks like one already
there is marked as its likely duplicate, by the import's duplicate detection) and accepts or rejects each
change. An accepted change is written as the curator's own edit (validated, in the change log with batch
``correction:<id>``), so the next published pack carries it; a rejected one changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from directory_app.db import corrections as corrections_db
from directory_app.db import edits, facilities, packs
from directory_app.db import imports as imports_db
from directory_app.db.connection import DirectoryDatabase as Database
from directory_app.db.connection import translate_errors
from directory_app.db.corrections import QueuedChange
from directory_app.domain.errors import CorrectionRefused
from directory_app.domain.models import Facility
from directory_app.domain.validation import problems_of
from directory_app.exporters.base import atomic_write
from directory_app.importers.duplicates import DuplicateIndex, merge
from directory_app.updates import corrections

ACCEPT_AUTO, ACCEPT_NEW, ACCEPT_MERGE = "auto", "new", "merge"
"""How a new facility is accepted: as new unless it looks like a duplicate (auto), as new anyway, or merged
into the facility it likely duplicates."""


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What a corrections file of this directory holds (counts)."""

    edits: int
    facilities_edited: int
    added: int

    @property
    def empty(self) -> bool:
        return not (self.edits or self.added)


@dataclass(frozen=True, slots=True)
class Queued:
    """What :meth:`Corrections.import_file` put into the queue.

    :param queued: changes added to the queue
    :param already: changes that were queued already (the same file again, or the same proposal pending)
    :param duplicates: (new facility id, existing id, reason) of new facilities that look like existing ones
    """

    sender: str
    made: str
    queued: int
    already: int
    duplicates: tuple[tuple[str, str, str], ...] = ()


@dataclass(slots=True)
class Decided:
    """What :meth:`Corrections.accept_all` did: the changes applied and those left pending, with why."""

    accepted: list[int] = field(default_factory=list)
    pending: list[tuple[int, str]] = field(default_factory=list)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Corrections:
    """Corrections of one open directory: write them (advisers), review them (curators).

    :param db: the directory's connection
    :param path: the database file (for messages)
    :param who: the user, for the change log and the queue
    :param require_writable: raises when the directory is read-only
    :param guard: the output-path guard (raises for a file that must not be written)
    :param changed: called after facilities were written (the facade forgets what it counted)
    """

    def __init__(
        self,
        db: Database,
        *,
        path: Path,
        who: Callable[[], str],
        require_writable: Callable[[], None],
        guard: Callable[[Path], object],
        changed: Callable[[], object] = lambda: None,
    ) -> None:
        self._db = db
        self._changed = changed
        self._path = path
        self._who = who
        self._require_writable = require_writable
        self._guard = guard

    # The adviser's side -------------------------------------------------------------------------------

    def outgoing(self) -> Outgoing:
        """How many edits and added facilities a corrections file would carry now."""
        local = corrections_db.local_edits(self._db)
        return Outgoing(len(local), len({e.facility_id for e in local}), len(corrections_db.added_ids(self._db)))

    def export(self, target: Path | str, *, sender: str | None = None) -> Outgoing:
        """Write the corrections file (see :mod:`.corrections`) to ``target``, whole or not at all.

        :param sender: who it is from (default: the operating-system user)
        :raises OutputPathRefused: ``target`` is the database, a backup, a folder...
        :raises ExportError: the file cannot be written
        """
        target = Path(target)
        self._guard(target)
        with translate_errors(self._path):
            local = corrections_db.local_edits(self._db)
            added = corrections_db.added_ids(self._db)
            edited_ids = sorted({e.facility_id for e in local})
            current = {f.id: f for f in facilities.get_many(self._db, [*edited_ids, *added])}
            when_added = corrections_db.added_at(self._db, added)
            installed = packs.installed(self._db)
        changed_fields: dict[str, set[str]] = {}
        for e in local:
            changed_fields.setdefault(e.facility_id, set()).add(e.field)
        edit_rows: list[dict[str, Any]] = []
        for e in local:
            f = current.get(e.facility_id)
            record = f.to_dict() if f else {}
            carries_source = bool(changed_fields[e.facility_id] & set(corrections.SOURCE_FIELDS))
            edit_rows.append(
                {
                    "id": e.facility_id,
                    "name": record.get("name", ""),
                    "field": e.field,
                    "old": e.old,
                    "new": e.new,
                    "when": e.when,
                    "source": {k: record.get(k) for k in corrections.SOURCE_FIELDS} if carries_source else {},
                }
            )
        added_rows = [
            {"record": current[fid].to_dict(), "when": when_added.get(fid, "")} for fid in added if fid in current
        ]
        content = corrections.to_bytes(
            made=_now(),
            sender=self._who() if sender is None else sender,
            directory=installed.directory if installed else "",
            pack_version=installed.version if installed else None,
            edits=edit_rows,
            added=added_rows,
        )
        atomic_write(target, lambda out: out.write(content))
        return Outgoing(len(edit_rows), len(edited_ids), len(added_rows))

    # The curator's side ----------------------------------------------------------------------------------

    def import_file(self, path: Path | str) -> Queued:
        """Put every change of a corrections file into the review queue (nothing else changes).

        :raises CorrectionsFileError: unreadable, not a corrections file, a newer version, changed after it
            was written (nothing is queued)
        """
        self._require_writable()
        path = Path(path)
        data = corrections.read(path)
        rows: list[dict[str, Any]] = []
        duplicates: list[tuple[str, str, str]] = []
        common = {"file_sha256": data.sha256, "file_name": path.name, "sender": data.sender, "sent_at": data.made}
        with translate_errors(self._path):
            names = {f.id: f.name for f in facilities.get_many(self._db, sorted({e.facility_id for e in data.edits}))}
            index = DuplicateIndex(imports_db.existing_for_matching(self._db)) if data.added else None
        for e in data.edits:
            rows.append(
                {
                    **common,
                    "kind": "edit",
                    "facility_id": e.facility_id,
                    "facility_name": names.get(e.facility_id) or e.name,
                    "field": e.field,
                    "old": e.old,
                    "new": e.new,
                    "source": e.source,
                    "changed_at": e.when,
                }
            )
        for a in data.added:
            record = a.record
            match = index.find(Facility.from_dict(record)) if index is not None else None
            if match is not None:
                duplicates.append((record["id"], match.existing_id, match.reason))
            rows.append(
                {
                    **common,
                    "kind": "new",
                    "facility_id": record["id"],
                    "facility_name": record["name"],
                    "new": record,
                    "source": {k: record.get(k) for k in corrections.SOURCE_FIELDS if record.get(k)},
                    "changed_at": a.when,
                    "duplicate_of": match.existing_id if match else "",
                    "duplicate_reason": match.reason if match else "",
                }
            )
        with translate_errors(self._path), self._db.atomic():
            queued, already = corrections_db.enqueue(self._db, rows)
        return Queued(data.sender, data.made, queued, already, tuple(duplicates))

    def queue(self, state: str | None = "pending") -> list[QueuedChange]:
        """The queued changes in one state (``pending``, ``accepted``, ``merged``, ``rejected``; ``None``: all)."""
        return corrections_db.queue(self._db, state)

    def current_value(self, change: QueuedChange) -> Any:
        """What the directory holds now for an edit's field (``None`` when the facility is not there)."""
        f = facilities.get(self._db, change.facility_id)
        return None if f is None else f.to_dict().get(change.field)

    def _pending(self, change_id: int) -> QueuedChange:
        change = corrections_db.queued(self._db, change_id)
        if change is None:
            raise CorrectionRefused(f"there is no correction {change_id} in the review queue")
        if change.state != "pending":
            raise CorrectionRefused(f"correction {change_id} was {change.state} already")
        return change

    def _checked(self, f: Facility, change: QueuedChange) -> None:
        problems = problems_of(f)
        if problems:
            listed = "; ".join(f"{name}: {message}" for name, message in problems)
            raise CorrectionRefused(f"correction {change.id} would break a rule ({listed}); it stays pending")

    def accept(self, change_id: int, how: str = ACCEPT_AUTO) -> str:
        """Apply a pending change as the curator's edit (one transaction); returns the facility id written.

        :param how: for a new facility: :data:`ACCEPT_AUTO` (as new, unless it looks like an existing facility:
            then refused, for the curator to choose), :data:`ACCEPT_NEW` or :data:`ACCEPT_MERGE` (into the
            likely duplicate: its fields filled and updated from the proposal, its id kept)
        :raises CorrectionRefused: no such pending change, the facility is gone, the result breaks a rule, or a
            likely duplicate needs a choice (nothing is changed; the change stays pending)
        """
        self._require_writable()
        change = self._pending(change_id)
        who = self._who()
        batch = f"correction:{change.id}"
        with translate_errors(self._path):
            if change.kind == "edit":
                written = self._accept_edit(change, who, batch)
            else:
                written = self._accept_new(change, how, who, batch)
        self._changed()
        return written

    def _accept_edit(self, change: QueuedChange, who: str, batch: str) -> str:
        old = facilities.get(self._db, change.facility_id)
        if old is None:
            raise CorrectionRefused(
                f"correction {change.id}: {change.facility_id} is not in this directory (deleted or never there)"
            )
        new = Facility.from_dict({**old.to_dict(), change.field: change.new})
        self._checked(new, change)
        with self._db.atomic():
            if new != old:
                edits.update_fields(self._db, old, new, edits.origin_of(self._db, old.id) or "user", "correction")
                edits.log_change(self._db, who, old.id, "edit", old, new, batch)
            corrections_db.decide(self._db, change.id, "accepted", who, old.id)
        return old.id

    def likely_duplicate(self, change: QueuedChange) -> tuple[str, str] | None:
        """(existing id, reason) of the facility a proposed new one looks like, as the directory is now."""
        if change.kind != "new":
            return None
        index = DuplicateIndex(imports_db.existing_for_matching(self._db))
        match = index.find(Facility.from_dict(change.new))
        return (match.existing_id, match.reason) if match else None

    def _accept_new(self, change: QueuedChange, how: str, who: str, batch: str) -> str:
        proposed = Facility.from_dict(change.new)
        duplicate = self.likely_duplicate(change)
        if how == ACCEPT_MERGE:
            if duplicate is None:
                raise CorrectionRefused(
                    f"correction {change.id}: {proposed.name} looks like no facility of this directory; "
                    "accept it as new or reject it"
                )
            existing = facilities.get(self._db, duplicate[0])
            assert existing is not None  # found by the index just now
            merged = merge(existing, Facility.from_dict({**change.new, "id": existing.id}))
            self._checked(merged, change)
            with self._db.atomic():
                if merged != existing:
                    origin = edits.origin_of(self._db, existing.id) or "user"
                    edits.update_fields(self._db, existing, merged, origin, "correction")
                    edits.log_change(self._db, who, existing.id, "edit", existing, merged, batch)
                corrections_db.decide(self._db, change.id, "merged", who, existing.id)
            return existing.id
        if how == ACCEPT_AUTO and duplicate is not None:
            raise CorrectionRefused(
                f"correction {change.id}: {proposed.name} looks like {duplicate[0]} ({duplicate[1]}); "
                "choose to accept it as new or to merge it into that facility"
            )
        if how not in (ACCEPT_AUTO, ACCEPT_NEW):
            raise ValueError(f"unknown way to accept: {how!r}")
        taken = edits.ids_in_use(self._db, proposed.id)
        new_id, n = proposed.id, 1
        while new_id in taken:
            n += 1
            new_id = f"{proposed.id}-{n}"
        fresh = Facility.from_dict({**change.new, "id": new_id})
        self._checked(fresh, change)
        with self._db.atomic():
            edits.write(self._db, fresh, "user", "correction")
            edits.log_change(self._db, who, new_id, "add", None, fresh, batch)
            corrections_db.decide(self._db, change.id, "accepted", who, new_id)
        return new_id

    def reject(self, change_id: int) -> None:
        """Reject a pending change: it stays in the queue as rejected; the directory does not change.

        :raises CorrectionRefused: no such pending change
        """
        self._require_writable()
        change = self._pending(change_id)
        with translate_errors(self._path), self._db.atomic():
            corrections_db.decide(self._db, change.id, "rejected", self._who())

    def accept_all(self) -> Decided:
        """Accept every pending change that needs no choice (each in its own transaction); a new facility
        that looks like an existing one, or a change that cannot be applied, stays pending, with why."""
        done = Decided()
        for change in self.queue("pending"):
            try:
                self.accept(change.id)
            except CorrectionRefused as exc:
                done.pending.append((change.id, exc.message))
            else:
                done.accepted.append(change.id)
        return done
