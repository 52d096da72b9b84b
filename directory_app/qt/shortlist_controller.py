"""Shortlist commands for the main window: create, fill, edit, reorder, remove (with undo), share.

Every change goes through the Directory (one transaction each) and is announced with
``changed``; removals and deletions hand an undo function to ``undo_offered``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QWidget

from directory_app.directory import Changes, Directory
from directory_app.domain.errors import DirectoryError
from directory_app.domain.models import ShortlistConflict
from directory_app.qt.dialogs import Prompter
from directory_app.qt.i18n import plural
from directory_app.qt.output_guard import guarded_output
from directory_app.qt.widgets.compare_dialog import CompareDialog
from directory_app.qt.widgets.share_conflicts_dialog import ShareConflictsDialog
from directory_app.qt.widgets.shortlist_panel import ShortlistPanel

log = logging.getLogger(__name__)

CURRENT_KEY = "shortlists/current"
SHARE_FILTER = "Shortlist files (*.shortlist.json *.json);;All files (*)"


class ShortlistController(QObject):
    """Connects the Shortlists tab to the Directory."""

    changed = Signal(object)  # Changes
    message = Signal(str)
    undo_offered = Signal(str, object)  # label, callable returning Changes
    show_query = Signal(str)  # search text to show in the list
    facility_activated = Signal(str)

    def __init__(
        self,
        panel: ShortlistPanel,
        *,
        directory: Callable[[], Directory],
        prompter: Prompter,
        settings: QSettings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self._directory = directory
        self.prompter = prompter
        self.settings = settings
        self.window = parent
        self.compare_dialog: CompareDialog | None = None
        self.conflicts_dialog: ShareConflictsDialog | None = None
        panel.shortlist_chosen.connect(self._chosen)
        panel.create_requested.connect(self.create)
        panel.rename_requested.connect(self.rename)
        panel.purpose_requested.connect(self.edit_purpose)
        panel.delete_requested.connect(self.delete)
        panel.share_requested.connect(self.share)
        panel.import_requested.connect(self.import_file)
        panel.show_in_list_requested.connect(lambda name: self.show_query.emit(f'shortlist:"{name}"'))
        panel.remove_requested.connect(self.remove)
        panel.compare_requested.connect(self.compare)
        panel.facility_activated.connect(self.facility_activated)
        panel.model.edited.connect(self._edited)
        panel.model.reordered.connect(self._reordered)
        panel.model.dropped_ids.connect(self.add)

    @property
    def directory(self) -> Directory:
        return self._directory()

    # showing ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read shortlists and the current one's items."""
        wanted = self.panel.current_id() or self.settings.value(CURRENT_KEY, 0, type=int)
        self.panel.set_shortlists(self.directory.shortlists(), int(wanted or 0))
        self._show_items()

    def _show_items(self) -> None:
        current = self.panel.current_id()
        items = self.directory.shortlist_items(current) if current else []
        facilities, withdrawn = self.directory.shortlist_facilities([i.facility_id for i in items])
        self.panel.set_items(items, facilities, {fid: w.withdrawn_at[:10] for fid, w in withdrawn.items()})

    def _chosen(self, shortlist_id: int) -> None:
        self.settings.setValue(CURRENT_KEY, shortlist_id)
        self._show_items()

    def _apply(self, run: Callable[[], Changes | tuple[Changes, object]]) -> object:
        """Run a Directory write; report a failure in the status bar instead of raising."""
        try:
            outcome = run()
        except (DirectoryError, ValueError) as exc:
            self.message.emit(getattr(exc, "message", str(exc)))
            return None
        changes = outcome[0] if isinstance(outcome, tuple) else outcome
        self.changed.emit(changes)
        return outcome

    # commands ---------------------------------------------------------------------------------

    def create(self) -> int:
        """Ask for a name and purpose and create a shortlist (it becomes the current one); returns its id or 0."""
        answer = self.prompter.ask_name_and_purpose(self.window, self.tr("New Shortlist"))
        if not answer or not answer[0]:
            return 0
        name, purpose = answer
        outcome = self._apply(lambda: self.directory.create_shortlist(name, purpose))
        if not outcome:
            return 0
        shortlist = outcome[1]  # type: ignore[index]
        self.settings.setValue(CURRENT_KEY, shortlist.id)
        self.panel.set_shortlists(self.directory.shortlists(), shortlist.id)
        self._show_items()
        return int(shortlist.id)

    def add(self, facility_ids: list[str]) -> None:
        """Add facilities to the current shortlist (asking for a new one when there is none)."""
        if not facility_ids:
            return
        target = self.panel.current_id() or self.create()
        if not target:
            return
        outcome = self._apply(lambda: self.directory.add_to_shortlist(target, facility_ids))
        if outcome:
            added = outcome[1]  # type: ignore[index]
            current = self.panel.current()
            name = current.name if current else ""
            if added:
                text = self.tr("Added %1 to “%2”").replace("%1", str(len(added))).replace("%2", name)
            else:
                text = self.tr("Already on “%1”").replace("%1", name)
            self.message.emit(text)

    def remove(self, facility_ids: list[str]) -> None:
        """Take facilities off the current shortlist; undo brings them back as they were."""
        current = self.panel.current_id()
        outcome = self._apply(lambda: self.directory.remove_from_shortlist(current, facility_ids))
        if outcome and outcome[1]:  # type: ignore[index]
            removed = outcome[1]  # type: ignore[index]
            self.undo_offered.emit(
                self.tr("Remove from Shortlist"),
                lambda: self.directory.restore_shortlist_items(current, removed),
            )

    def delete(self, shortlist_id: int) -> None:
        """Delete a shortlist (after asking); undo brings it back with its items."""
        current = self.panel.current()
        if current is None:
            return
        answer = self.prompter.choose(
            self.window,
            self.tr("Delete Shortlist"),
            self.tr("Delete the shortlist “%1” (%2 facilities)? You can undo this with Ctrl+Z.")
            .replace("%1", current.name)
            .replace("%2", str(current.count)),
            [("delete", self.tr("Delete")), ("cancel", self.tr("Cancel"))],
        )
        if answer != "delete":
            return
        outcome = self._apply(lambda: self.directory.delete_shortlist(shortlist_id))
        if outcome and outcome[1]:  # type: ignore[index]
            deleted = outcome[1]  # type: ignore[index]
            self.undo_offered.emit(self.tr("Delete Shortlist"), lambda: self.directory.restore_shortlist(deleted))

    def rename(self, shortlist_id: int) -> None:
        current = self.panel.current()
        name = self.prompter.ask_text(
            self.window, self.tr("Rename Shortlist"), self.tr("New name:"), current.name if current else ""
        )
        if name:
            self._apply(lambda: self.directory.update_shortlist(shortlist_id, name=name))

    def edit_purpose(self, shortlist_id: int) -> None:
        current = self.panel.current()
        purpose = self.prompter.ask_text(
            self.window,
            self.tr("Shortlist Purpose"),
            self.tr("Who is it for, and why (shown on handouts):"),
            current.purpose if current else "",
        )
        if purpose is not None:
            self._apply(lambda: self.directory.update_shortlist(shortlist_id, purpose=purpose))

    def _edited(self, facility_id: str, field: str, value: object) -> None:
        current = self.panel.current_id()
        options = {field: value}
        self._apply(lambda: self.directory.set_shortlist_item(current, facility_id, **options))  # type: ignore[arg-type]

    def _reordered(self, ids: list[str]) -> None:
        current = self.panel.current_id()
        self._apply(lambda: self.directory.reorder_shortlist(current, ids))

    def compare(self, facility_ids: list[str]) -> None:
        """Show 2-4 facilities side by side."""
        facilities = self.directory.facilities(facility_ids)
        order = {fid: i for i, fid in enumerate(facility_ids)}
        facilities.sort(key=lambda f: order.get(f.id, 0))
        if len(facilities) < 2:
            self.message.emit(self.tr("Choose 2 to 4 facilities that are in the directory."))
            return
        current = self.panel.current_id()
        items = {i.facility_id: i for i in self.directory.shortlist_items(current)} if current else None
        self.compare_dialog = CompareDialog(facilities[:4], self.window, items=items)
        self.compare_dialog.show()

    def share(self, shortlist_id: int) -> None:
        """Save the shortlist as a file for a colleague."""
        current = self.panel.current()
        suggested = f"{current.name if current else 'shortlist'}.shortlist.json"
        path = self.prompter.save_file(self.window, self.tr("Export Shortlist"), suggested, SHARE_FILTER)
        if path and guarded_output(
            self.directory, path, parent=self.window, prompter=self.prompter, title=self.tr("Export Shortlist")
        ):
            # private notes and status leave the machine only when the user says so, each time
            answer = self.prompter.choose(
                self.window,
                self.tr("Export Shortlist"),
                self.tr(
                    "The file carries the order and the notes for the recipient. "
                    "Include your status, rank and private notes as well?"
                ),
                [
                    ("public", self.tr("Without Private Notes")),
                    ("private", self.tr("Include Private Notes and Status")),
                    ("cancel", self.tr("Cancel")),
                ],
                warning=False,
            )
            if answer == "cancel":
                return
            try:
                self.directory.export_shortlist_file(shortlist_id, path, include_private=answer == "private")
            except (DirectoryError, OSError, ValueError) as exc:
                self.message.emit(
                    self.tr("Could not write the file: %1").replace("%1", getattr(exc, "message", str(exc)))
                )
                return
            self.message.emit(self.tr("Shortlist saved to %1").replace("%1", path))

    def import_file(self, path: str | None = None) -> None:
        """Import a colleague's shortlist file (merged into the shortlist of the same name).

        New facilities are added; where the file differs from the user's own values, those are
        kept and :class:`ShareConflictsDialog` shows both side by side: only values the user
        picks are taken. Any failure to read or import the file is shown, never raised.
        """
        path = path or self.prompter.open_file(self.window, self.tr("Import Shortlist"), "", SHARE_FILTER)
        if not path:
            return
        try:
            changes, shortlist, added, conflicts = self.directory.import_shortlist_file(path)
        except Exception as exc:  # whatever the file does, the user gets a message
            if not isinstance(exc, DirectoryError | ValueError | OSError):
                log.exception("importing the shortlist file %s failed", path)
            reason = getattr(exc, "message", None) or str(exc) or type(exc).__name__
            text = self.tr("The shortlist file could not be imported; nothing was changed.\n\n%1").replace(
                "%1", reason[:1000]
            )
            self.prompter.inform(self.window, self.tr("Import Shortlist"), text)
            self.message.emit(self.tr("The shortlist file could not be imported."))
            return
        self.changed.emit(changes)
        self.settings.setValue(CURRENT_KEY, shortlist.id)
        self.panel.set_shortlists(self.directory.shortlists(), shortlist.id)
        self._show_items()
        text = self.tr("Imported “%1”: %2 added").replace("%1", shortlist.name).replace("%2", str(added))
        if conflicts:
            text += " — " + plural(
                "ShortlistController",
                "1 value differs from yours (yours is kept)",
                "%n values differ from yours (yours are kept)",
                len(conflicts),
            )
        self.message.emit(text)
        if conflicts:
            self._offer_conflicts(shortlist.id, shortlist.name, conflicts)

    def _offer_conflicts(self, shortlist_id: int, name: str, conflicts: list[ShortlistConflict]) -> None:
        """Show mine and theirs side by side; apply only the incoming values the user picks."""
        ids = list(dict.fromkeys(c.facility_id for c in conflicts))
        names = {f.id: f.name for f in self.directory.facilities(ids)}
        dialog = ShareConflictsDialog(name, conflicts, names, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def apply() -> None:
            chosen = dialog.chosen()
            if chosen:
                self._apply(lambda: self.directory.apply_shortlist_choices(shortlist_id, chosen))
                self._show_items()
                self.message.emit(
                    plural(
                        "ShortlistController",
                        "1 value taken from the file",
                        "%n values taken from the file",
                        len(chosen),
                    )
                )

        dialog.accepted.connect(apply)
        dialog.finished.connect(lambda _result: setattr(self, "conflicts_dialog", None))
        self.conflicts_dialog = dialog
        dialog.open()
