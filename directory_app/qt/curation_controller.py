"""Curation commands for the main window: add, edit, delete (to the trash), bulk edit, the trash,
backups, restore and Check Database. Every change is one undo step (``undo_offered``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from directory_app.directory import Changes, Directory
from directory_app.domain.changes import Snapshot
from directory_app.domain.errors import DamagedBackupError, DirectoryError, InvalidFacilityError
from directory_app.domain.models import Facility
from directory_app.qt.dialogs import Prompter
from directory_app.qt.i18n import plural
from directory_app.qt.tasks import BackgroundRunner, ProgressRun
from directory_app.qt.widgets.backups_dialog import BackupsDialog
from directory_app.qt.widgets.bulk_edit_dialog import BulkEditDialog
from directory_app.qt.widgets.facility_form import FacilityForm, field_label
from directory_app.qt.widgets.trash_dialog import TrashDialog

DAILY_BACKUP_DELAY_MS = 3_000
"""The daily backup waits this long after the directory opens (the list and the map are up by then),
so start-up has the disk and CPU to itself; a longer wait would leave more early edits inside it."""

EVERYTHING = Changes(facilities=True, notes=True, saved_searches=True, shortlists=True)


class CurationController(QObject):
    """Connects the curation menus and dialogs to the Directory."""

    changed = Signal(object)  # Changes
    message = Signal(str)
    undo_offered = Signal(str, object, object)  # label, undo, redo (callables returning Changes)
    history_reset = Signal()  # the database was replaced: old undo steps no longer apply
    place_on_map = Signal(str, object, object)  # facility id, latitude, longitude (None: not placed yet)
    form_closed = Signal()

    def __init__(
        self,
        *,
        directory: Callable[[], Directory],
        prompter: Prompter,
        parent: QWidget,
        selected_ids: Callable[[], list[str]],
        current_id: Callable[[], str | None],
        before_restore: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self.prompter = prompter
        self.window = parent
        self._selected_ids = selected_ids
        self._current_id = current_id
        self._before_restore = before_restore
        self.form: FacilityForm | None = None
        self.bulk_run: ProgressRun | None = None
        self.check_run: ProgressRun | None = None
        self.backup_runner = BackgroundRunner(self)
        self._daily_timer = QTimer(self)
        self._daily_timer.setSingleShot(True)
        self._daily_timer.timeout.connect(self.daily_backup_in_background)
        self.trash_dialog: TrashDialog | None = None

    @property
    def directory(self) -> Directory:
        return self._directory()

    def wait(self, msecs: int = 60000) -> None:
        """Let background work (a bulk edit, a check, a backup, also one only scheduled) finish."""
        self.start_scheduled_backup()
        for run in (self.bulk_run, self.check_run):
            if run is not None:
                run.wait(msecs)
        self.backup_runner.wait(msecs)

    def _offer(self, label: str, before: list[Snapshot]) -> None:
        """One undo step from the states before a change and the states now."""
        after = self.directory.snapshots([s.facility_id for s in before])
        self.undo_offered.emit(
            label,
            lambda: self.directory.restore_snapshots(before),
            lambda: self.directory.restore_snapshots(after),
        )

    def _refuse_read_only(self) -> bool:
        if self.directory.read_only:
            self.message.emit(self.tr("This directory is open read-only; it cannot be changed."))
            return True
        return False

    def daily_backup_soon(self, delay_ms: int = DAILY_BACKUP_DELAY_MS) -> None:
        """Make the daily backup a little after start-up, once the window has shown its rows and map."""
        self._daily_timer.start(delay_ms)

    def start_scheduled_backup(self) -> None:
        """Start a daily backup that is only scheduled now (e.g. before another file is opened)."""
        if self._daily_timer.isActive():
            self._daily_timer.stop()
            self.daily_backup_in_background()

    def drop_scheduled_backup(self) -> None:
        """Forget a daily backup not started yet (the window closes: the next start makes it)."""
        self._daily_timer.stop()

    def daily_backup_in_background(self) -> None:
        """The first open of the day backs the file up, on its own worker thread and connection (so the
        list, facets and map never wait for it)."""
        directory = self.directory
        if directory.read_only or directory.closed:
            return
        path, folder = directory.path, directory.backup_folder

        def work() -> object:
            with Directory.open(path, read_only=True, daily_backup=False) as reader:
                reader.set_backup_folder(folder)
                return reader.daily_backup()

        def failed(error: BaseException) -> None:
            if isinstance(error, DamagedBackupError):
                self.prompter.inform(self.window, self.tr("Daily Backup"), self.damaged_backup_text())
                return
            self.message.emit(self.tr("The daily backup could not be made: %1").replace("%1", str(error)))

        self.backup_runner.submit(work, lambda _path: None, failed, key="daily-backup")

    # add and edit -------------------------------------------------------------------------------

    def new_facility(self) -> FacilityForm | None:
        """Open an empty form (Edit › New Facility)."""
        return None if self._refuse_read_only() else self._open_form(None)

    def edit_facility(self, facility_id: str | None = None) -> FacilityForm | None:
        """Open the form on a facility (the current one by default)."""
        if self._refuse_read_only():
            return None
        facility = self.directory.facility(facility_id or self._current_id() or "")
        if facility is None:
            self.message.emit(self.tr("Choose a facility to edit first."))
            return None
        return self._open_form(facility)

    def _open_form(self, facility: Facility | None) -> FacilityForm:
        if self.form is not None:
            self.form.close()
        form = FacilityForm(
            self.window,
            facility,
            new_id="user-new",
            vocabularies=self.directory.vocabulary,
            geocode=self.directory.geocode,
        )
        form.submitted.connect(lambda record, source: self.save(form, record, source))
        form.place_on_map_requested.connect(self.place_on_map)
        form.finished.connect(lambda *_: self.form_closed.emit())
        self.form = form
        form.show()
        return form

    def save(self, form: FacilityForm, record: Facility, verified_source: str = "") -> bool:
        """Store what the form holds; the form closes, or stays open saying why it could not."""
        adding = form.original is None
        if adding:
            record = replace(record, id=self.directory.new_facility_id(record.name))
        try:
            changes, before = self.directory.save_facility(record, verified_source=verified_source)
        except InvalidFacilityError as exc:
            form.show_error("\n".join(f"{field_label(f)}: {m}" for f, m in exc.problems) or exc.message)
            return False
        except DirectoryError as exc:
            form.show_error(exc.message)
            return False
        label = (self.tr("Add “%1”") if adding else self.tr("Edit “%1”")).replace("%1", record.name)
        self._offer(label, before)
        self.changed.emit(changes)
        self.message.emit(self.tr("%1 saved").replace("%1", record.name))
        form.accept()
        if self.form is form:
            self.form = None
        return True

    def coordinates_picked(self, facility_id: str, latitude: float, longitude: float) -> None:
        """The marker was dragged on the map: the open form takes the new place."""
        form = self.form
        if form is None or not form.isVisible():
            return
        if facility_id == (form.original.id if form.original else "user-new"):
            form.set_coordinates(latitude, longitude, "street")
            form.raise_()

    # delete, trash ------------------------------------------------------------------------------

    def delete_selected(self, ids: Sequence[str] | None = None) -> bool:
        """Move the selected facilities to the trash (Ctrl+Z brings them back)."""
        if self._refuse_read_only():
            return False
        ids = list(ids if ids is not None else self._selected_ids())
        if not ids:
            return False
        try:
            changes, before = self.directory.delete_facilities(ids)
        except DirectoryError as exc:
            self.message.emit(exc.message)
            return False
        names = [s.facility.name for s in before if s.facility is not None]
        if len(ids) == 1 and names:
            label = self.tr("Delete “%1”").replace("%1", names[0])
        else:
            label = plural("CurationController", "Delete 1 Facility", "Delete %n Facilities", len(ids))
        self._offer(label, before)
        self.changed.emit(changes)
        self.refresh_trash()
        return True

    def show_trash(self) -> TrashDialog:
        """Open the Trash (restore, or empty after asking)."""
        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self.window)
            self.trash_dialog.restore_requested.connect(self.restore_from_trash)
            self.trash_dialog.empty_requested.connect(self.empty_trash)
        self.refresh_trash()
        self.trash_dialog.show()
        self.trash_dialog.raise_()
        return self.trash_dialog

    def refresh_trash(self) -> None:
        """Re-read the trash into its dialog, if that is open."""
        if self.trash_dialog is not None:
            self.trash_dialog.set_entries(self.directory.trash())

    def restore_from_trash(self, ids: list[str]) -> bool:
        """Bring facilities back from the trash (one undo step)."""
        if self._refuse_read_only():
            return False
        try:
            changes, before = self.directory.restore_from_trash(ids)
        except (DirectoryError, ValueError) as exc:
            self.prompter.inform(self.window, self.tr("Trash"), getattr(exc, "message", str(exc)))
            self.refresh_trash()
            return False
        self._offer(plural("CurationController", "Restore 1 Facility", "Restore %n Facilities", len(ids)), before)
        self.changed.emit(changes)
        self.refresh_trash()
        return True

    def empty_trash(self) -> int:
        """Ask, then delete everything in the trash for good (cannot be undone)."""
        entries = self.directory.trash()
        if not entries or self._refuse_read_only():
            return 0
        answer = self.prompter.choose(
            self.window,
            self.tr("Empty Trash"),
            plural(
                "CurationController",
                "Delete 1 facility for good? This cannot be undone.",
                "Delete %n facilities for good? This cannot be undone.",
                len(entries),
            ),
            [("empty", self.tr("Empty Trash")), ("cancel", self.tr("Cancel"))],
        )
        if answer != "empty":
            return 0
        n = self.directory.empty_trash([e.facility.id for e in entries])
        self.refresh_trash()
        self.message.emit(
            plural("CurationController", "1 facility deleted for good", "%n facilities deleted for good", n)
        )
        return n

    # bulk edit ----------------------------------------------------------------------------------

    def bulk_edit(self) -> BulkEditDialog | None:
        """Open Bulk Edit for the selected facilities."""
        if self._refuse_read_only():
            return None
        ids = self._selected_ids()
        if not ids:
            self.message.emit(self.tr("Select the facilities to change first."))
            return None
        dialog = BulkEditDialog(self.window, len(ids), self.directory.vocabulary)
        dialog.accepted.connect(lambda: self.apply_bulk_edit(ids, *dialog.choice()))
        dialog.open()
        return dialog

    def apply_bulk_edit(self, ids: list[str], field: str, value: str) -> ProgressRun:
        """Apply a bulk edit on a worker thread with its own connection (backup first, one transaction,
        cancellable, one undo step); the GUI stays responsive. ``self.bulk_run.done`` once finished."""
        run = ProgressRun(self.window, self.tr("Bulk Edit"), self.tr("Changing the selected facilities…"))
        self.bulk_run = run
        directory = self.directory

        def work(progress: Callable[[int, int], bool]) -> tuple[Changes, list[Snapshot]]:
            with directory.writer() as writer:
                return writer.bulk_edit(ids, field, value, progress=progress)

        run.finished.connect(lambda outcome: self._bulk_finished(ids, outcome, field))
        run.start_work(work)
        return run

    def mark_verified_today(self, ids: Sequence[str] | None = None) -> ProgressRun | None:
        """Record that the given (default: the selected) facilities were checked today: "verified on"
        becomes today's date through the bulk edit (backup, change log, one undo step)."""
        if self._refuse_read_only():
            return None
        ids = list(ids if ids is not None else self._selected_ids())
        if not ids:
            self.message.emit(self.tr("Select the facilities to change first."))
            return None
        return self.apply_bulk_edit(ids, "verified_on", date.today().isoformat())

    def _bulk_finished(self, ids: list[str], outcome: object, field: str = "") -> None:
        if isinstance(outcome, DamagedBackupError):
            text = self.tr("Nothing was changed.") + "\n\n" + self.damaged_backup_text()
            self.prompter.inform(self.window, self.tr("Bulk Edit"), text)
            return
        if isinstance(outcome, InvalidFacilityError):
            text = self.tr("Nothing was changed: %1").replace("%1", "\n".join(m for _, m in outcome.problems[:8]))
            self.prompter.inform(self.window, self.tr("Bulk Edit"), text)
            return
        if isinstance(outcome, BaseException):
            self.prompter.inform(self.window, self.tr("Bulk Edit"), getattr(outcome, "message", str(outcome)))
            return
        changes, before = outcome  # type: ignore[misc]
        if field == "verified_on":
            label = plural(
                "CurationController", "Mark 1 Facility as Verified", "Mark %n Facilities as Verified", len(ids)
            )
            self.message.emit(
                plural(
                    "CurationController",
                    "1 facility marked as verified today.",
                    "%n facilities marked as verified today.",
                    len(ids),
                )
            )
        else:
            label = plural("CurationController", "Bulk Edit of 1 Facility", "Bulk Edit of %n Facilities", len(ids))
        self._offer(label, before)
        self.changed.emit(changes)

    # backups and recovery -----------------------------------------------------------------------

    def damaged_backup_text(self) -> str:
        """What a backup that failed its check means (:class:`DamagedBackupError`), and what to do."""
        return self.tr(
            "The backup just made failed SQLite's check, so this directory's database is probably damaged.\n\n"
            "Check it with File › Check Database. If problems remain, restore a good backup with "
            "File › Restore from Backup (damaged backups are marked there)."
        )

    def back_up_now(self) -> bool:
        """File › Back Up Now: a manual backup (never rotated away)."""
        try:
            path = self.directory.backup("manual")
        except DamagedBackupError:
            self.prompter.inform(self.window, self.tr("Back Up Now"), self.damaged_backup_text())
            return False
        except DirectoryError as exc:
            self.prompter.inform(self.window, self.tr("Back Up Now"), exc.message)
            return False
        self.message.emit(self.tr("Backed up to %1").replace("%1", str(path)))
        return True

    def choose_backup(self) -> BackupsDialog | None:
        """File › Restore from Backup: list the backups (date, reason, size); restoring follows on OK."""
        if self._refuse_read_only():
            return None
        backups = self.directory.backups()
        if not backups:
            self.prompter.inform(
                self.window,
                self.tr("Restore from Backup"),
                self.tr("There is no backup of this directory in %1 yet.").replace(
                    "%1", str(self.directory.backup_folder)
                ),
            )
            return None
        dialog = BackupsDialog(self.window, backups, str(self.directory.backup_folder))
        dialog.accepted.connect(lambda: dialog.chosen() and self.restore_backup(dialog.chosen().path))
        dialog.open()
        return dialog

    def restore_backup(self, path: object) -> bool:
        """Replace the directory with a backup (checked first; the current state is backed up)."""
        self._before_restore()
        try:
            kept = self.directory.restore_backup(path)  # type: ignore[arg-type]
        except DirectoryError as exc:
            self.prompter.inform(self.window, self.tr("Restore from Backup"), exc.message)
            return False
        self.history_reset.emit()
        self.changed.emit(EVERYTHING)
        self.prompter.inform(
            self.window,
            self.tr("Restore from Backup"),
            self.tr("The directory was restored. Its state before is kept as %1.").replace("%1", str(kept)),
        )
        return True

    def check_database(self) -> ProgressRun:
        """File › Check Database: integrity and search-index checks (the index is rebuilt when wrong), on a
        worker thread with its own connection; a dialog says what was found. ``self.check_run.done`` after."""
        run = ProgressRun(self.window, self.tr("Check Database"), self.tr("Checking the database…"))
        self.check_run = run
        directory = self.directory

        def work(progress: Callable[[int, int], bool]) -> tuple[list[str], list[str] | None, bool]:
            progress(0, 0)
            if directory.read_only:
                with directory.reader() as reader:
                    return reader.check(), None, False
            with directory.writer() as writer:
                report = writer.check_and_repair()
            return report.problems, report.remaining, report.repaired

        run.finished.connect(self._check_finished)
        run.start_work(work)
        return run

    def _check_finished(self, outcome: object) -> None:
        if isinstance(outcome, DirectoryError):
            problems, remaining, repaired = [outcome.message], [outcome.message], False
        elif isinstance(outcome, BaseException):
            problems, remaining, repaired = [str(outcome)], [str(outcome)], False
        else:
            problems, remaining, repaired = outcome  # type: ignore[misc]
        if not problems:
            text = self.tr("The database is sound: SQLite's integrity check and the search index check found nothing.")
        elif remaining == [] and repaired:
            text = self.tr("Problems were found and repaired (the search index was rebuilt):\n%1").replace(
                "%1", "\n".join(problems[:10])
            )
        else:
            text = self.tr(
                "Problems were found that could not be repaired here:\n%1\n\n"
                "Restore a backup (File › Restore from Backup)."
            ).replace("%1", "\n".join((remaining or problems)[:10]))
        self.prompter.inform(self.window, self.tr("Check Database"), text)
        if repaired:
            self.changed.emit(Changes(facilities=True))
