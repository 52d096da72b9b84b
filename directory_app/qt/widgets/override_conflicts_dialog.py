"""Side by side: the user's edits of reference facilities and what newer reference data says.

A newer seed that changed a field the user had changed too keeps the user's value and records a
conflict; one that dropped a facility the user had edited keeps it as the user's own. This dialog
shows one row per conflict (facility, field, yours, the newer data's) with a choice: "Keep mine"
(the default) or "Take the newer data"; for a dropped facility "Keep as my own" (the default) or
"Move to trash". Apply settles every row as chosen; Cancel changes nothing (the conflicts stay, to
be reviewed later). Values are shown as plain text (table items never interpret markup).

:class:`OverrideReview` connects it to the main window: the Edit-menu action (enabled only while
there are conflicts), a non-modal notice shown a moment after a directory is opened (never on the
start-up path), and the undo step of the values taken from the newer data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from directory_app.directory import Changes, Directory
from directory_app.domain.changes import OverrideConflict
from directory_app.domain.errors import DirectoryError
from directory_app.qt.i18n import plural
from directory_app.qt.import_cells import value_text as facility_value_text
from directory_app.qt.widgets.facility_form import field_label
from directory_app.qt.widgets.share_conflicts_dialog import side_by_side_table

log = logging.getLogger(__name__)

KEEP_MINE, TAKE_NEWER = 0, 1
NOTICE_DELAY_MS = 1_000
"""The notice waits this long after a directory is opened: the rows are on screen by then."""


def value_text(field: str, value: object) -> str:
    """A facility value as the user reads it ("—" for none)."""
    return facility_value_text(field, value) or "—"


class OverrideConflictsDialog(QDialog):
    """Choose, per conflict, to keep mine (the default) or take the newer data."""

    def __init__(
        self, conflicts: Sequence[OverrideConflict], names: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your Edits and the Newer Data"))
        self.resize(900, 420)
        self.conflicts = list(conflicts)
        intro = QLabel(
            plural(
                "OverrideConflictsDialog",
                "Newer reference data differs from your edits of 1 facility. Your values are in force "
                "and are kept unless you choose “Take the newer data” or “Move to trash”.",
                "Newer reference data differs from your edits of %n facilities. Your values are in force "
                "and are kept unless you choose “Take the newer data” or “Move to trash”.",
                len({c.facility_id for c in self.conflicts}),
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        rows = []
        for conflict in self.conflicts:
            name = names.get(conflict.facility_id) or conflict.facility_id
            if conflict.removed:
                cells = (name, self.tr("The whole facility"), self.tr("Your edited copy"), self.tr("No longer listed"))
                options = (self.tr("Keep as my own"), self.tr("Move to trash"))
            else:
                cells = (
                    name,
                    field_label(conflict.field),
                    value_text(conflict.field, conflict.local),
                    value_text(conflict.field, conflict.seed_now),
                )
                options = (self.tr("Keep mine"), self.tr("Take the newer data"))
            rows.append((cells, options))
        self.table, self.choices = side_by_side_table(
            self,
            [self.tr("Facility"), self.tr("Field"), self.tr("Yours"), self.tr("Newer data"), self.tr("Use")],
            rows,
        )
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def set_all(self, choice: int) -> None:
        """Set every row to keep mine or take the newer data (nothing is applied until Apply)."""
        for box in self.choices:
            box.setCurrentIndex(choice)

    def chosen(self) -> list[tuple[OverrideConflict, bool]]:
        """Every conflict with whether the newer data was picked (``True``) or the user's own kept."""
        return [(c, box.currentIndex() == TAKE_NEWER) for c, box in zip(self.conflicts, self.choices, strict=True)]


class OverrideNotice(QFrame):
    """A bar above the list: how many edits differ from newer data, with Review and Hide buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideNotice")
        self.setStyleSheet("QFrame#overrideNotice{background:#e8f1fb; color:#0b2a4a;}")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review…"), self)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.hide_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.review_button)
        layout.addWidget(self.hide_button)
        self.hide()


class OverrideReview(QObject):
    """Tells the user about conflicts between their edits and newer reference data, and settles them."""

    changed = Signal(object)  # Changes
    message = Signal(str)
    undo_offered = Signal(str, object, object)  # label, undo, redo (callables returning Changes)

    def __init__(self, *, directory: Callable[[], Directory], parent: QWidget) -> None:
        super().__init__(parent)
        self._directory = directory
        self.window = parent
        self.action: QAction | None = None
        self.notice = OverrideNotice(parent)
        self.notice.review_button.clicked.connect(self.review)
        self.dialog: OverrideConflictsDialog | None = None
        self.count: int | None = None
        """The number of conflicts when last checked (``None``: not checked yet)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.refresh(announce=True))

    @property
    def directory(self) -> Directory:
        return self._directory()

    def set_action(self, action: QAction) -> None:
        """The Edit-menu action that opens the review (disabled until there are conflicts)."""
        self.action = action
        action.setEnabled(False)

    def check_soon(self, delay_ms: int = NOTICE_DELAY_MS) -> None:
        """Look for conflicts a moment after a directory is opened (its rows are shown first)."""
        self.count = None
        self.notice.hide()
        if self.action is not None:
            self.action.setEnabled(False)
        self._timer.start(delay_ms)

    def _conflicts(self) -> list[OverrideConflict]:
        directory = self.directory
        if directory.closed or directory.read_only:  # nothing can be settled in a read-only file
            return []
        try:
            return directory.override_conflicts()
        except Exception as exc:  # e.g. a damaged file: Check Database tells; the notice never breaks the window
            if not isinstance(exc, DirectoryError):
                log.exception("reading the conflicts of local edits failed")
            return []

    def refresh(self, *_: object, announce: bool = False) -> int:
        """Recount the conflicts: enable the action, update (or, with ``announce``, show) the notice."""
        if self._timer.isActive() and not announce:
            return 0  # the first check is still to come
        count = len(self._conflicts())
        self.count = count
        if self.action is not None:
            self.action.setEnabled(count > 0)
        if count == 0:
            self.notice.hide()
        elif announce or self.notice.isVisible():
            self.notice.label.setText(self.notice_text(count))
            self.notice.show()
        return count

    def notice_text(self, count: int) -> str:
        """How many edits differ from newer data, and where to review them (the menu item's own text)."""
        where = (self.action.text() if self.action is not None else "").replace("&", "")
        return plural(
            "OverrideReview",
            "1 of your edits differs from newer reference data; your value is kept. "
            "Review it here or later with Edit › %1",
            "%n of your edits differ from newer reference data; your values are kept. "
            "Review them here or later with Edit › %1",
            count,
        ).replace("%1", where)

    def review(self) -> OverrideConflictsDialog | None:
        """Edit › Review Edits That Differ from Newer Data…: the side-by-side dialog (window-modal)."""
        conflicts = self._conflicts()
        if not conflicts:
            self.refresh()
            self.message.emit(self.tr("Your edits agree with the newer data: nothing to review."))
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        ids = list(dict.fromkeys(c.facility_id for c in conflicts))
        names = {f.id: f.name for f in self.directory.facilities(ids)}
        dialog = OverrideConflictsDialog(conflicts, names, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.apply(dialog.chosen()))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def apply(self, chosen: Sequence[tuple[OverrideConflict, bool]]) -> None:
        """Settle each conflict as chosen; the values taken from the newer data are one undo step."""
        directory = self.directory
        taken = [c.facility_id for c, use_seed in chosen if use_seed]
        before = directory.snapshots(list(dict.fromkeys(taken)))
        facilities_changed = False
        done = 0
        try:
            for conflict, use_seed in chosen:
                step = directory.resolve_override_conflict(conflict.facility_id, conflict.field, use_seed=use_seed)
                facilities_changed = facilities_changed or step.facilities
                done += 1
        except (DirectoryError, KeyError) as exc:
            self.message.emit(
                self.tr("Not every choice could be applied: %1").replace("%1", getattr(exc, "message", str(exc)))
            )
        applied = sum(1 for _c, use_seed in chosen[:done] if use_seed)
        if applied:
            after = directory.snapshots([s.facility_id for s in before])
            self.undo_offered.emit(
                plural("OverrideReview", "Take 1 Value from Newer Data", "Take %n Values from Newer Data", applied),
                lambda: self.directory.restore_snapshots(before),
                lambda: self.directory.restore_snapshots(after),
            )
        elif done:
            self.message.emit(self.tr("Your values are kept; the newer data will not be asked about again."))
        if facilities_changed:
            self.changed.emit(Changes(facilities=True))
        self.refresh()
