"""Team updates in the GUI (issue 15): Preferences › Updates, File › Check for Updates…, File › Publish Update….

* :class:`UpdatesPage` -- the Preferences page: update sources (https URLs, folders, manifest files), the
  automatic daily check (off by default), the trusted publisher keys (kept in the open directory file) and
  the curator's signing key (when set, File › Publish Update… appears).
* :class:`UpdatesController` -- the File-menu actions. A check runs on its own worker thread with a progress
  bar (bytes) and Cancel; an unreachable source is a calm "offline" message, a refusal shows its one-line
  reason; an update is shown first (:class:`UpdatePlanDialog`) and applied only when the user says so, then
  the list reloads and conflicts with local edits are offered for review.
* :func:`data_source_text` -- the line About the Data shows: the installed pack, or the shipped data.

Everything the directory does is :attr:`directory_app.directory.Directory.updates`; this module only asks and tells.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directory_app.directory import Changes, Directory
from directory_app.domain.errors import DirectoryError, UpdateRefused
from directory_app.exporters import COLUMNS as FIELD_COLUMNS
from directory_app.qt.dialogs import Prompter
from directory_app.qt.i18n import format_date, term_label, tr
from directory_app.qt.icons import icon as app_icon
from directory_app.qt.output_guard import guarded_output
from directory_app.qt.tasks import CancellableJob, JobSignals, ProgressRun
from directory_app.updates.manifest import MANIFEST, METADATA, PACK, SIGNATURE

if TYPE_CHECKING:
    from directory_app.qt.main_window import MainWindow
    from directory_app.updates.plan import UpdatePlan
    from directory_app.updates.service import UpdateResult

SOURCES_KEY = "updates/sources"
"""QSettings key: the update sources, a JSON list of https URLs, folders and manifest files."""
AUTO_CHECK_KEY = "updates/check_automatically"
"""QSettings key: check the sources by itself, at most once a day (off by default)."""
LAST_CHECK_KEY = "updates/last_check"
"""QSettings key: when a source last answered an automatic or manual check (UTC, ISO)."""
SIGNING_KEY_KEY = "updates/signing_key"
"""QSettings key: the curator's private key file; File › Publish Update… shows only when it is set."""
PUBLISH_FOLDER_KEY = "updates/publish_folder"
"""QSettings key: the folder the last update was published to."""

AUTO_CHECK_EVERY = timedelta(days=1)
AUTO_CHECK_DELAY_MS = 20_000
"""The automatic check waits this long after the window is ready (the first search comes first)."""


def update_sources(settings: QSettings) -> list[str]:
    """The update sources in Preferences, in order."""
    try:
        value = json.loads(settings.value(SOURCES_KEY, "[]", type=str) or "[]")
    except ValueError:
        return []
    return [str(v) for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def set_update_sources(settings: QSettings, sources: list[str]) -> None:
    """Store the update sources (duplicates and blanks dropped)."""
    clean = list(dict.fromkeys(s.strip() for s in sources if s.strip()))
    settings.setValue(SOURCES_KEY, json.dumps(clean))


def signing_key(settings: QSettings) -> str:
    """The curator's signing key file ('' when none is set)."""
    return (settings.value(SIGNING_KEY_KEY, "", type=str) or "").strip()


def auto_check_due(settings: QSettings, now: datetime | None = None) -> bool:
    """Whether the automatic check is on, has sources, and last reached one more than a day ago."""
    if not settings.value(AUTO_CHECK_KEY, False, type=bool) or not update_sources(settings):
        return False
    last = settings.value(LAST_CHECK_KEY, "", type=str) or ""
    try:
        when = datetime.fromisoformat(last)
    except ValueError:
        return True
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) - when >= AUTO_CHECK_EVERY


def _day(text: str) -> str:
    """A stored ISO date or time stamp in the locale's short date format (as is when unreadable)."""
    try:
        return format_date(date.fromisoformat(text[:10]))
    except ValueError:
        return text


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{max(n, 0) / 1000:.0f} kB"


def data_source_text(directory: Directory) -> str:
    """Where the reference data comes from: the installed team update (version, publisher key, date), or
    the data shipped with the application (and the newest verification date in it)."""
    try:
        installed = directory.updates.installed()
    except DirectoryError:
        installed = None
    if installed is not None:
        return (
            tr("Updates", "Data: team update version %1 of %2, published by key %3 (installed %4)")
            .replace("%1", str(installed.version))
            .replace("%2", _day(installed.published))
            .replace("%3", installed.publisher_key)
            .replace("%4", _day(installed.installed_at))
        )
    newest = directory.verification_span()[1]
    if newest is None:
        return tr("Updates", "Data: shipped with the application; no team update installed")
    return tr("Updates", "Data: shipped data of %1; no team update installed").replace("%1", format_date(newest))


def publisher_name(directory: Directory, key_id: str) -> str:
    """A publisher as the user knows it: the name of its trusted key file and its id."""
    try:
        label = next((k.label for k in directory.updates.trusted() if k.key_id == key_id), "")
    except DirectoryError:
        label = ""
    return f"{label} ({key_id})" if label else key_id


# Preferences › Updates ----------------------------------------------------------------------------------


class UpdatesPage(QWidget):
    """The Updates page of Preferences. Sources, the automatic check and the signing key are saved with the
    dialog's OK (:meth:`save`); trusted keys are kept in the open directory file and change at once."""

    def __init__(
        self, settings: QSettings, directory: Directory, parent: QWidget | None = None, prompter: Prompter | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("updatesPage")
        self.settings = settings
        self.directory = directory
        self.prompter = prompter or Prompter()

        sources = QGroupBox(self.tr("Update sources"), self)
        self.sources = QListWidget(sources)
        self.sources.setObjectName("updateSources")
        self.sources.setAccessibleName(self.tr("Update sources"))
        self.sources.setMaximumHeight(110)
        self.source_edit = QLineEdit(sources)
        self.source_edit.setObjectName("updateSourceEdit")
        self.source_edit.setPlaceholderText(self.tr("https://… address, folder or manifest.json file"))
        self.source_edit.setAccessibleName(self.tr("New update source"))
        self.add_source_button = QPushButton(self.tr("&Add"), sources)
        self.add_source_button.setObjectName("addUpdateSource")
        self.folder_button = QPushButton(self.tr("&Folder…"), sources)
        self.folder_button.setAccessibleName(self.tr("Add a folder as an update source"))
        self.remove_source_button = QPushButton(self.tr("&Remove"), sources)
        self.remove_source_button.setObjectName("removeUpdateSource")
        self.remove_source_button.setAccessibleName(self.tr("Remove the chosen update source"))
        self.auto_box = QCheckBox(self.tr("&Check automatically when online (at most once a day)"), sources)
        self.auto_box.setObjectName("autoCheckUpdates")
        add_row = QHBoxLayout()
        add_row.addWidget(self.source_edit, 1)
        add_row.addWidget(self.add_source_button)
        add_row.addWidget(self.folder_button)
        add_row.addWidget(self.remove_source_button)
        layout = QVBoxLayout(sources)
        layout.addWidget(self.sources)
        layout.addLayout(add_row)
        layout.addWidget(self.auto_box)
        hint = QLabel(
            self.tr("Sources are tried in order. Nothing is fetched unless you check, or tick the automatic check."),
            sources,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        trusted = QGroupBox(self.tr("Trusted publisher keys"), self)
        self.keys = QTreeWidget(trusted)
        self.keys.setObjectName("trustedKeys")
        self.keys.setAccessibleName(self.tr("Trusted publisher keys"))
        self.keys.setHeaderLabels([self.tr("Key id"), self.tr("Name"), self.tr("Trusted since")])
        self.keys.setRootIsDecorated(False)
        self.keys.setMaximumHeight(110)
        self.keys.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # the whole id
        self.keys.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_key_button = QPushButton(self.tr("Add &Key File…"), trusted)
        self.add_key_button.setObjectName("addTrustedKey")
        self.remove_key_button = QPushButton(self.tr("R&emove Key"), trusted)
        self.remove_key_button.setObjectName("removeTrustedKey")
        key_row = QHBoxLayout()
        key_row.addStretch(1)
        key_row.addWidget(self.add_key_button)
        key_row.addWidget(self.remove_key_button)
        layout = QVBoxLayout(trusted)
        layout.addWidget(self.keys)
        layout.addLayout(key_row)
        self.keys_note = QLabel(
            self.tr(
                "Kept in this directory file; a change here is saved at once. Only updates signed by one of "
                "these keys are accepted."
            ),
            trusted,
        )
        self.keys_note.setWordWrap(True)
        layout.addWidget(self.keys_note)

        curator = QGroupBox(self.tr("Publishing (curators)"), self)
        self.signing_edit = QLineEdit(curator)
        self.signing_edit.setObjectName("signingKeyEdit")
        self.signing_edit.setPlaceholderText(self.tr("None: File › Publish Update… stays hidden"))
        self.signing_edit.setAccessibleName(self.tr("Signing key file"))
        browse = QPushButton(self.tr("Browse…"), curator)
        browse.setAccessibleName(self.tr("Browse for the signing key file"))
        row = QWidget(curator)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.signing_edit, 1)
        row_layout.addWidget(browse)
        form = QFormLayout(curator)
        form.addRow(self.tr("&Signing key:"), row)
        note = QLabel(self.tr("The private key from `directory-app keygen`; keep it secret."), curator)
        note.setWordWrap(True)
        form.addRow(note)

        page = QVBoxLayout(self)
        page.addWidget(sources)
        page.addWidget(trusted)
        page.addWidget(curator)
        page.addStretch(1)

        self.source_edit.returnPressed.connect(self.add_source)
        self.add_source_button.clicked.connect(self.add_source)
        self.folder_button.clicked.connect(self._add_folder)
        self.remove_source_button.clicked.connect(self.remove_source)
        self.add_key_button.clicked.connect(lambda: self.add_key())
        self.remove_key_button.clicked.connect(lambda: self.remove_key())
        browse.clicked.connect(self._browse_signing_key)
        self.sources.currentRowChanged.connect(self._update_buttons)
        self.keys.currentItemChanged.connect(self._update_buttons)
        self.source_edit.textChanged.connect(self._update_buttons)
        self._load()

    def _load(self) -> None:
        self.sources.clear()
        self.sources.addItems(update_sources(self.settings))
        self.auto_box.setChecked(self.settings.value(AUTO_CHECK_KEY, False, type=bool))
        self.signing_edit.setText(signing_key(self.settings))
        self.refresh_keys()

    def refresh_keys(self) -> None:
        """Re-read the trusted keys from the directory file."""
        self.keys.clear()
        try:
            trusted = self.directory.updates.trusted()
        except DirectoryError:
            trusted = []
        for key in trusted:
            item = QTreeWidgetItem([key.key_id, key.label, _day(key.added_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, key.key_id)
            self.keys.addTopLevelItem(item)
        writable = not self.directory.read_only
        self.add_key_button.setEnabled(writable)
        if not writable:
            self.keys_note.setText(self.tr("This directory file is open read-only: its trusted keys cannot change."))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.add_source_button.setEnabled(bool(self.source_edit.text().strip()))
        self.remove_source_button.setEnabled(self.sources.currentRow() >= 0)
        self.remove_key_button.setEnabled(self.keys.currentItem() is not None and not self.directory.read_only)

    def source_list(self) -> list[str]:
        """The sources as listed."""
        return [self.sources.item(i).text() for i in range(self.sources.count())]

    def add_source(self, text: str | None = None) -> bool:
        """Add the typed (or given) source; ``False`` when it is empty or listed already."""
        value = (text if text is not None else self.source_edit.text()).strip()
        if not value or value in self.source_list():
            return False
        self.sources.addItem(value)
        self.source_edit.clear()
        return True

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Update source folder"))
        if folder:
            self.add_source(folder)

    def remove_source(self) -> None:
        """Take the chosen source off the list."""
        row = self.sources.currentRow()
        if row >= 0:
            self.sources.takeItem(row)
        self._update_buttons()

    def add_key(self, path: str | None = None) -> bool:
        """Trust the public key in a ``.pub`` file (asked for when not given); saved in the directory at once."""
        path = path or self.prompter.open_file(
            self, self.tr("Trust a Publisher Key"), "", self.tr("Public keys (*.pub);;All files (*)")
        )
        if not path:
            return False
        try:
            key, added = self.directory.updates.trust_add(Path(path))
        except DirectoryError as exc:
            text = self.tr("%1 was not added: %2").replace("%1", Path(path).name).replace("%2", exc.message)
            self.prompter.inform(self, self.tr("Trust a Publisher Key"), text)
            return False
        self.refresh_keys()
        if not added:
            self.prompter.inform(
                self, self.tr("Trust a Publisher Key"), self.tr("Key %1 is trusted already.").replace("%1", key.key_id)
            )
        return added

    def remove_key(self, key_id: str | None = None) -> bool:
        """Stop trusting the chosen key (after asking); saved in the directory at once."""
        item = self.keys.currentItem()
        key_id = key_id or (str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else "")
        if not key_id:
            return False
        answer = self.prompter.choose(
            self,
            self.tr("Remove Key"),
            self.tr("Stop trusting key %1? Updates signed with it will be refused.").replace("%1", key_id),
            [("remove", self.tr("Remove Key")), ("cancel", self.tr("Cancel"))],
            warning=False,
        )
        if answer != "remove":
            return False
        try:
            removed = self.directory.updates.trust_remove(key_id)
        except DirectoryError as exc:
            self.prompter.inform(self, self.tr("Remove Key"), exc.message)
            return False
        self.refresh_keys()
        return removed

    def _browse_signing_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Signing key file"), self.signing_edit.text())
        if path:
            self.signing_edit.setText(path)

    def save(self, settings: QSettings | None = None) -> None:
        """Store the sources, the automatic check and the signing key."""
        s = settings or self.settings
        set_update_sources(s, self.source_list())
        s.setValue(AUTO_CHECK_KEY, self.auto_box.isChecked())
        s.setValue(SIGNING_KEY_KEY, self.signing_edit.text().strip())


# What an update changes ----------------------------------------------------------------------------------


def _field_label(name: str) -> str:
    column = FIELD_COLUMNS.get(name)
    return tr("ExportColumn", column.header) if column is not None else name


def plan_lines(plan: UpdatePlan, names: dict[str, str]) -> list[str]:
    """What an update will change, in the user's language, one plain-text line each.

    :param names: facility id -> name (for conflicts, kept and withdrawn facilities)
    """

    def where(counts: Counter[tuple[str, str]]) -> str:
        return ", ".join(
            tr("Updates", "%2 in %3 (%1)")
            .replace("%1", str(n))
            .replace("%2", term_label("kind", kind) or kind or "?")
            .replace("%3", term_label("country", country) or country or "?")
            for (kind, country), n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
        )

    def named(fid: str) -> str:
        return names.get(fid) or fid

    lines = [
        tr("Updates", "%1 new, %2 changed, %3 removed")
        .replace("%1", str(len(plan.added)))
        .replace("%2", str(len(plan.changed)))
        .replace("%3", str(len(plan.removed)))
    ]
    titles = {"new": tr("Updates", "New"), "changed": tr("Updates", "Changed"), "removed": tr("Updates", "Removed")}
    for what, counts in plan.kinds_countries.items():
        if counts:
            lines.append(tr("Updates", "%1: %2").replace("%1", titles.get(what, what)).replace("%2", where(counts)))
    fields = plan.changed_fields()
    if fields:
        listed = ", ".join(f"{_field_label(f)} ({n})" for f, n in fields.most_common())
        lines.append(tr("Updates", "Changed fields: %1").replace("%1", listed))
    if plan.conflicts or plan.kept:
        lines.append("")
        lines.append(tr("Updates", "Conflicts with your edits (your values stay; review them afterwards):"))
        by_facility: dict[str, list[str]] = {}
        for fid, f in plan.conflicts:
            by_facility.setdefault(fid, []).append(_field_label(f))
        for fid, fields_of in by_facility.items():
            lines.append(f"  • {named(fid)}: {', '.join(fields_of)}")
        for fid in plan.kept:
            lines.append(
                "  • "
                + tr("Updates", "%1: leaves the directory; you edited it, so it stays as your own").replace(
                    "%1", named(fid)
                )
            )
    if plan.withdrawn:
        lines.append("")
        lines.append(
            tr(
                "Updates",
                "On your shortlists and withdrawn from the directory (they stay there, marked, with their "
                "last known data):",
            )
        )
        lines += [f"  • {named(fid)}" for fid in plan.withdrawn]
    if plan.skipped:
        lines.append("")
        lines.append(
            tr("Updates", "Left alone: %1 facilities you deleted or made your own").replace(
                "%1", str(len(plan.skipped))
            )
        )
    return lines


class UpdatePlanDialog(QDialog):
    """An update, shown before anything changes: version, publisher, notes and what will change; Apply / Cancel."""

    def __init__(self, plan: UpdatePlan, names: dict[str, str], publisher: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updatePlanDialog")
        self.setWindowTitle(self.tr("Update Available"))
        self.plan = plan
        m = plan.manifest
        head = QLabel(
            self.tr("%1: version %2 of %3, from %4")
            .replace("%1", m.directory)
            .replace("%2", str(m.version))
            .replace("%3", _day(m.published))
            .replace("%4", publisher),
            self,
        )
        head.setObjectName("updateHeadline")
        head.setTextFormat(Qt.TextFormat.PlainText)  # names come from the pack
        head.setWordWrap(True)
        head.setStyleSheet("QLabel{font-weight:bold;}")
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        if m.notes:
            notes = QLabel(self.tr("Release notes: %1").replace("%1", m.notes), self)
            notes.setObjectName("updateNotes")
            notes.setTextFormat(Qt.TextFormat.PlainText)
            notes.setWordWrap(True)
            layout.addWidget(notes)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("updatePlanText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("What the update changes"))
        self.text.setPlainText("\n".join(plan_lines(plan, names)))
        layout.addWidget(self.text, 1)
        promise = QLabel(
            self.tr("A backup is made first. Your notes, shortlists, saved searches, own facilities and edits stay."),
            self,
        )
        promise.setWordWrap(True)
        layout.addWidget(promise)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("&Apply Update"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 440)

    def summary(self) -> str:
        """The change list as shown."""
        return self.text.toPlainText()


# Publishing --------------------------------------------------------------------------------------------


class PublishDialog(QDialog):
    """File › Publish Update…: the folder and the release notes."""

    def __init__(self, folder: str, key_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Publish Update"))
        self.folder_edit = QLineEdit(folder, self)
        self.folder_edit.setObjectName("publishFolder")
        self.folder_edit.setAccessibleName(self.tr("Folder to publish to"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setAccessibleName(self.tr("Browse for the folder to publish to"))
        browse.clicked.connect(self._browse)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.folder_edit, 1)
        row_layout.addWidget(browse)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("publishNotes")
        self.notes_edit.setAccessibleName(self.tr("Release notes"))
        self.notes_edit.setPlaceholderText(self.tr("What is new, for the people who update (optional)"))
        self.notes_edit.setTabChangesFocus(True)
        key = QLabel(key_file, self)
        key.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout(self)
        form.addRow(self.tr("&Folder:"), row)
        form.addRow(self.tr("&Release notes:"), self.notes_edit)
        form.addRow(self.tr("Signing key:"), key)
        hint = QLabel(
            self.tr(
                "The next version goes into the folder (with the changes since the version it holds). "
                "Serve the folder with any web server, or copy it to a share or a USB stick."
            ),
            self,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.folder_edit.textChanged.connect(self._update)
        self._update()
        self.resize(600, 320)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to publish to"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _update(self) -> None:
        ok = next(
            b for b in self.buttons.buttons() if self.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setEnabled(bool(self.folder_edit.text().strip()))

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def notes(self) -> str:
        return self.notes_edit.toPlainText().strip()


# The File-menu actions --------------------------------------------------------------------------------


class CheckCancelled(Exception):
    """The user pressed Cancel during a download (what was downloaded stays, to resume)."""


class _DownloadRun(ProgressRun):
    """A check or an update with a progress bar that says how much is downloaded."""

    def __init__(self, parent: QWidget, title: str, text: str, *, bytes_progress: bool) -> None:
        super().__init__(parent, title, text)
        self._text = text
        self._bytes = bytes_progress

    def _progress(self, done: int, total: int) -> None:
        super()._progress(done, total)
        if self._bytes and total:
            self.dialog.setLabelText(
                tr("Updates", "%1 — %2 of %3")
                .replace("%1", self._text)
                .replace("%2", _size(done))
                .replace("%3", _size(total))
            )


class UpdatesController(QObject):
    """File › Check for Updates… and File › Publish Update… of a main window, and the automatic check."""

    message = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.run: ProgressRun | None = None
        """The newest check, update or publication (tests wait for it)."""
        self.plan_dialog: UpdatePlanDialog | None = None
        self.publish_dialog: PublishDialog | None = None
        self.available: UpdatePlan | None = None
        """What the last automatic check found (its files are kept, so the next check reuses them)."""
        self._quiet_pool = QThreadPool(self)
        self._quiet_pool.setMaxThreadCount(1)
        self._quiet_busy = False
        self.check_action = QAction(app_icon("fa6s.cloud-arrow-down"), self.tr("Check for &Updates…"), window)
        self.check_action.setObjectName("checkForUpdatesAction")
        self.check_action.setStatusTip(self.tr("Fetch the newest version of the directory from the update sources"))
        self.check_action.triggered.connect(lambda: self.check_for_updates())
        self.publish_action = QAction(app_icon("fa6s.upload"), self.tr("Publish Up&date…"), window)
        self.publish_action.setObjectName("publishUpdateAction")
        self.publish_action.setStatusTip(self.tr("Write the directory as a signed update into a folder (curators)"))
        self.publish_action.triggered.connect(lambda: self.publish_update())
        file_menu = window.menus["file"]
        before = window.backup_action if window.backup_action in file_menu.actions() else None
        file_menu.insertAction(before, self.check_action)  # type: ignore[arg-type]
        file_menu.insertAction(before, self.publish_action)  # type: ignore[arg-type]
        file_menu.insertSeparator(before)  # type: ignore[arg-type]
        file_menu.aboutToShow.connect(self.refresh_publish)
        window.addAction(self.check_action)
        window.addAction(self.publish_action)
        self.refresh_publish()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_quietly)
        self._daily = QTimer(self)
        self._daily.setInterval(60 * 60 * 1000)  # a window left open for days still checks once a day
        self._daily.timeout.connect(self.check_quietly)
        self.message.connect(lambda text: window.statusBar().showMessage(text, 15000))
        self._quiet_job: CancellableJob | None = None
        app = QCoreApplication.instance()
        if app is not None:  # a download in the automatic check stops when the application quits
            app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """Stop the automatic check (its download is kept, to resume next time)."""
        self._timer.stop()
        self._daily.stop()
        if self._quiet_job is not None:
            self._quiet_job.cancel.set()

    # state ---------------------------------------------------------------------------------------------

    @property
    def directory(self) -> Directory:
        return self.window.directory

    @property
    def settings(self) -> QSettings:
        return self.window.settings

    @property
    def prompter(self) -> Prompter:
        return self.window.prompter

    def refresh_publish(self) -> None:
        """File › Publish Update… shows only when a signing key is set in Preferences."""
        self.publish_action.setVisible(bool(signing_key(self.settings)))

    def start_automatic_checks(self, delay_ms: int = AUTO_CHECK_DELAY_MS) -> None:
        """Check quietly a while after start, and every hour whether a day has passed (when it is switched on)."""
        self._timer.start(delay_ms)
        self._daily.start()

    # checking ------------------------------------------------------------------------------------------

    def _check_all(self, sources: list[str], progress: Callable[[int, int], bool]) -> tuple[str, Any]:
        """On the worker thread: the first source that answers gives the outcome.

        Returns ``("plan", plan)``, ``("refused", error)`` or ``("offline", [reasons])``.
        """

        def bytes_progress(done: int, total: int) -> None:
            if not progress(done, total):
                raise CheckCancelled

        unreachable: list[str] = []
        with self.directory.reader() as reader:
            for source in sources:
                try:
                    return "plan", reader.updates.check(source, progress=bytes_progress)
                except UpdateRefused as exc:
                    if exc.reason != "unreachable":
                        return "refused", exc
                    unreachable.append(exc.message)
        return "offline", unreachable

    def check_for_updates(self) -> ProgressRun | None:
        """File › Check for Updates…: check the sources in the background (progress, Cancel), then tell."""
        title = self.tr("Check for Updates")
        sources = update_sources(self.settings)
        if not sources:
            self.prompter.inform(
                self.window,
                title,
                self.tr(
                    "No update source is set. Add the address or folder your curators publish to in "
                    "Edit › Preferences › Updates."
                ),
            )
            return None
        run = _DownloadRun(self.window, title, self.tr("Checking for updates…"), bytes_progress=True)
        self.run = run
        run.finished.connect(self._checked)
        run.start_work(lambda progress: self._check_all(sources, progress))
        return run

    def _checked(self, outcome: object) -> None:
        title = self.tr("Check for Updates")
        if isinstance(outcome, CheckCancelled):
            self.message.emit(
                self.tr(
                    "Check for updates cancelled; nothing was changed. What was downloaded is kept for the next try."
                )
            )
            return
        if isinstance(outcome, DirectoryError):
            self.prompter.inform(self.window, title, outcome.message)
            return
        if isinstance(outcome, BaseException):
            self.prompter.inform(self.window, title, self.tr("The check failed: %1").replace("%1", str(outcome)))
            return
        kind, value = outcome  # type: ignore[misc]
        if kind == "offline":
            self.prompter.inform(
                self.window,
                title,
                self.tr(
                    "No update source could be reached; you may be offline. Nothing was changed; check again "
                    "when you are online."
                ),
            )
            return
        self.settings.setValue(LAST_CHECK_KEY, datetime.now(UTC).isoformat(timespec="seconds"))
        if kind == "refused":
            if value.reason == "no_keys":
                text = self.tr(
                    "This directory trusts no publisher key yet: add your curators' public key (.pub) in "
                    "Edit › Preferences › Updates, then check again."
                )
            else:
                text = self.tr("The update was refused: %1").replace("%1", value.message.rstrip("."))
            self.prompter.inform(self.window, title, text)
            return
        self.available = None
        self.offer_plan(value)

    def offer_plan(self, plan: UpdatePlan) -> UpdatePlanDialog | None:
        """Say the directory is up to date, or show what the update changes with Apply / Cancel (window-modal)."""
        title = self.tr("Check for Updates")
        m = plan.manifest
        if plan.up_to_date or plan.empty:
            if plan.empty and not plan.up_to_date and not self.directory.read_only:
                self._apply(plan)  # nothing in the directory changes, but the version is recorded as installed
                return None
            self.directory.updates.discard(plan)
            self.prompter.inform(self.window, title, self._up_to_date_text(plan))
            return None
        ids = [*plan.withdrawn, *plan.kept, *(fid for fid, _ in plan.conflicts)]
        names = {f.id: f.name for f in self.directory.facilities(list(dict.fromkeys(ids)))}
        dialog = UpdatePlanDialog(plan, names, publisher_name(self.directory, m.publisher_key), self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if self.directory.read_only:
            dialog.apply_button.setEnabled(False)
            dialog.apply_button.setToolTip(self.tr("This directory file is open read-only."))
        dialog.accepted.connect(lambda: self._apply(plan))
        dialog.rejected.connect(lambda: self.directory.updates.discard(plan))
        dialog.finished.connect(lambda _r: setattr(self, "plan_dialog", None))
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    def _up_to_date_text(self, plan: UpdatePlan) -> str:
        m = plan.manifest
        return (
            self.tr("The directory is up to date: version %1 of %2.")
            .replace("%1", str(m.version))
            .replace("%2", _day(m.published))
        )

    def _apply(self, plan: UpdatePlan) -> ProgressRun:
        run = _DownloadRun(self.window, self.tr("Apply Update"), self.tr("Applying the update…"), bytes_progress=False)
        run.dialog.setCancelButton(None)  # one transaction: it finishes, or nothing changed
        self.run = run
        directory = self.directory

        def work(progress: Callable[[int, int], bool]) -> UpdateResult:
            with directory.writer() as writer:
                return writer.updates.apply(plan, progress=progress)

        run.finished.connect(lambda outcome: self._applied(plan, outcome))
        run.start_work(work)
        return run

    def _applied(self, plan: UpdatePlan, outcome: object) -> None:
        title = self.tr("Apply Update")
        if isinstance(outcome, BaseException):
            reason = getattr(outcome, "message", None) or str(outcome)
            self.prompter.inform(
                self.window, title, self.tr("The update was not applied; nothing was changed: %1").replace("%1", reason)
            )
            return
        m = plan.manifest
        self.window.history.clear()  # undoing an older step could overwrite what the update wrote
        self.window.changes_applied.emit(Changes(facilities=True, shortlists=True))
        text = (
            self.tr("Updated to version %1 (%2) from %3.")
            .replace("%1", str(m.version))
            .replace("%2", _day(m.published))
            .replace("%3", publisher_name(self.directory, m.publisher_key))
        )
        self.message.emit(text)
        result: UpdateResult = outcome  # type: ignore[assignment]
        if result.needs_review:
            count = len(set(result.applied.conflicts) | set(result.applied.kept))
            more = self.tr("%1 of your edited facilities differ from the update; your values were kept.").replace(
                "%1", str(count)
            )
            answer = self.prompter.offer(
                self.window,
                title,
                text + "\n\n" + more,
                [("review", self.tr("&Review Now")), ("later", self.tr("Later"))],
            )
            if answer == "review":
                self.window.overrides.review()
        else:
            self.prompter.inform(self.window, title, self._up_to_date_text(plan) if plan.empty else text)

    # the automatic check --------------------------------------------------------------------------------

    def check_quietly(self) -> bool:
        """The automatic check: when it is on and due, check in the background; an update found is announced
        in the status bar (File › Check for Updates… shows it); offline or a refusal says nothing."""
        if self._quiet_busy or self.directory.closed or not auto_check_due(self.settings):
            return False
        sources = update_sources(self.settings)
        signals = JobSignals(self)
        job = CancellableJob(lambda progress: self._check_all(sources, progress), signals)
        signals.finished.connect(self._checked_quietly)
        self._quiet_job = job
        self._quiet_busy = True
        self._quiet_pool.start(job)
        return True

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the automatic check (tests, closing)."""
        return self._quiet_pool.waitForDone(msecs)

    def _checked_quietly(self, outcome: object) -> None:
        self._quiet_busy = False
        self._quiet_job = None
        if not isinstance(outcome, tuple) or outcome[0] == "offline":
            return  # offline is normal: nothing to say
        self.settings.setValue(LAST_CHECK_KEY, datetime.now(UTC).isoformat(timespec="seconds"))
        kind, plan = outcome
        if kind != "plan" or plan.up_to_date or plan.empty:
            return
        self.available = plan  # its downloaded files stay, so the check the user starts reuses them
        where = self.check_action.text().replace("&", "")
        self.message.emit(
            self.tr("Version %1 of the directory is available: File › %2")
            .replace("%1", str(plan.manifest.version))
            .replace("%2", where)
        )

    # publishing -----------------------------------------------------------------------------------------

    def publish_update(self) -> PublishDialog | None:
        """File › Publish Update… (curators): the folder and notes, then the next signed version, in the background."""
        key = signing_key(self.settings)
        if not key:
            return None
        folder = self.settings.value(PUBLISH_FOLDER_KEY, "", type=str) or ""
        dialog = PublishDialog(folder, key, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.publish(dialog.folder(), dialog.notes()))
        dialog.finished.connect(lambda _r: setattr(self, "publish_dialog", None))
        self.publish_dialog = dialog
        dialog.open()
        return dialog

    def publish(self, folder: str, notes: str = "") -> ProgressRun | None:
        """Publish the next version into ``folder`` (every file it writes passes the output-path guard first)."""
        title = self.tr("Publish Update")
        key = signing_key(self.settings)
        target = Path(folder).expanduser()
        for name in (MANIFEST, SIGNATURE, PACK, METADATA):
            if (
                guarded_output(self.directory, target / name, parent=self.window, prompter=self.prompter, title=title)
                is None
            ):
                return None
        self.settings.setValue(PUBLISH_FOLDER_KEY, str(target))
        run = _DownloadRun(self.window, title, self.tr("Publishing the directory…"), bytes_progress=False)
        run.dialog.setCancelButton(None)
        self.run = run
        directory = self.directory

        def work(_progress: Callable[[int, int], bool]) -> object:
            with directory.reader() as reader:
                return reader.updates.publish(target, Path(key), notes=notes)

        run.finished.connect(lambda outcome: self._published(target, outcome))
        run.start_work(work)
        return run

    def _published(self, folder: Path, outcome: object) -> None:
        title = self.tr("Publish Update")
        if isinstance(outcome, BaseException):
            reason = getattr(outcome, "message", None) or str(outcome)
            self.prompter.inform(self.window, title, self.tr("Nothing was published: %1").replace("%1", reason))
            return
        m = outcome
        text = (
            self.tr("Version %1 (%2 facilities) published to %3, signed with key %4.")
            .replace("%1", str(m.version))  # type: ignore[attr-defined]
            .replace("%2", str(m.records))  # type: ignore[attr-defined]
            .replace("%3", str(folder))
            .replace("%4", m.publisher_key)  # type: ignore[attr-defined]
        )
        self.message.emit(text)
        self.prompter.inform(self.window, title, text)
