"""File › Import…: a wizard from a spreadsheet to facilities in the directory.

Pages: pick a file → how it is read (encoding, delimiter) and which field each column holds,
with the first rows → every row's problems (rejected rows can be saved as CSV to fix) →
duplicates side by side (merge field by field, keep both, or skip) → the import, in the
background with progress, and its report. The wizard holds no import logic: it asks the
:class:`~directory_app.directory.Directory` (``open_import``, ``preview_import``,
``apply_import``, ``export_rejected``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from directory_app.directory import Directory
from directory_app.domain import vocabulary as vocab
from directory_app.domain.errors import DirectoryError
from directory_app.domain.models import FACILITY_FIELDS
from directory_app.importers.import_run import Decision, ImportPlan
from directory_app.importers.source_table import SourceTable
from directory_app.qt.dialogs import Prompter
from directory_app.qt.i18n import plural, term_label
from directory_app.qt.import_cells import cell, field_label, problem_text
from directory_app.qt.import_duplicates import DuplicatesPage
from directory_app.qt.output_guard import guarded_output
from directory_app.qt.tasks import CancellableJob, JobSignals

ENCODINGS = (
    ("", "Detected"),
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 with BOM"),
    ("cp1252", "Windows-1252"),
    ("utf-16", "UTF-16 (Excel Unicode text)"),
)
DELIMITERS = (("", "Detected"), (",", "Comma ,"), (";", "Semicolon ;"), ("\t", "Tab"))
PREVIEW_ROWS = 8


class _Background:
    """Runs one ``work(progress)`` at a time on the global pool; ``on_done(result or exception)``."""

    def __init__(self, progress_bar: QProgressBar) -> None:
        self.bar = progress_bar
        self.signals = JobSignals()
        self.signals.progress.connect(self._progress)
        self.job: CancellableJob | None = None

    def start(self, work: Callable[[Callable[[int, int], bool]], Any], on_done: Callable[[object], None]) -> None:
        self.cancel()
        signals = JobSignals()
        signals.progress.connect(self._progress)
        signals.finished.connect(lambda outcome: self._finished(signals, outcome, on_done))
        self.job = CancellableJob(work, signals)
        self._signals = signals
        self.bar.setRange(0, 0)
        self.bar.show()
        QThreadPool.globalInstance().start(self.job)

    def _finished(self, signals: JobSignals, outcome: object, on_done: Callable[[object], None]) -> None:
        if self.job is None or signals is not self._signals:
            return  # a superseded job
        self.job = None
        self.bar.hide()
        on_done(outcome)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * done / total))

    @property
    def running(self) -> bool:
        return self.job is not None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()
            self.job = None

    def wait(self, msecs: int = 30000) -> None:
        QThreadPool.globalInstance().waitForDone(msecs)


class FilePage(QWizardPage):
    """Pick the file."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file to import"))
        self.setSubTitle(
            self.tr(
                "CSV (any separator or encoding Excel writes), Excel workbook (.xlsx) or GeoJSON. "
                "Nothing is written until the last step."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a00000")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&File:"), self, buddy=self.path_edit))
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _browse(self) -> None:
        folder = self.wiz.settings.value("import/folder", str(Path.home()), type=str)
        path = self.wiz.prompter.open_file(
            self,
            self.tr("Import"),
            folder,
            self.tr("Spreadsheets and GeoJSON (*.csv *.txt *.tsv *.xlsx *.geojson *.json);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        try:
            self.wiz.load_file(path)
        except DirectoryError as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()
        self.wiz.settings.setValue("import/folder", str(path.parent))
        return True


class MappingPage(QWizardPage):
    """How the file is read and which field each column holds."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check what each column holds. Columns set to “Not imported” are left out."))
        self.detected = QLabel(self)
        self.detected.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.encoding = QComboBox(self)
        for code, text in ENCODINGS:
            self.encoding.addItem(self.tr(text), code)
        self.delimiter = QComboBox(self)
        for code, text in DELIMITERS:
            self.delimiter.addItem(self.tr(text), code)
        self.encoding.activated.connect(self._reopen)
        self.delimiter.activated.connect(self._reopen)
        self.columns = QTableWidget(0, 3, self)
        self.columns.setObjectName("mappingTable")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as"), self.tr("First values")]
        )
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setWordWrap(False)
        self.rows = QTableWidget(0, 0, self)
        self.rows.setObjectName("previewTable")
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(False)
        self.warning = QLabel(self)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.warning.setStyleSheet("color:#a00000")
        self.combos: list[QComboBox] = []
        form = QHBoxLayout()
        form.addWidget(self.detected, 1)
        form.addWidget(QLabel(self.tr("&Encoding:"), self, buddy=self.encoding))
        form.addWidget(self.encoding)
        form.addWidget(QLabel(self.tr("&Separator:"), self, buddy=self.delimiter))
        form.addWidget(self.delimiter)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.columns)
        preview = QWidget(split)
        box = QVBoxLayout(preview)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("First rows of the file:"), preview))
        box.addWidget(self.rows)
        split.addWidget(preview)
        split.setSizes([300, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addWidget(self.warning)

    def initializePage(self) -> None:
        self._fill(self.wiz.directory.import_mapping(self.wiz.table))

    def _reopen(self) -> None:
        try:
            self.wiz.load_file(
                self.wiz.table.info.path,
                encoding=self.encoding.currentData() or None,
                delimiter=self.delimiter.currentData() or None,
            )
        except DirectoryError as exc:
            self.warning.setText(exc.message)
            return
        self._fill(self.wiz.directory.import_mapping(self.wiz.table))

    def _fill(self, mapping: tuple[str, ...]) -> None:
        info = self.wiz.table.info
        if info.format == "csv":
            shown = {"\t": self.tr("tab"), ",": ",", ";": ";"}.get(info.delimiter, info.delimiter)
            self.detected.setText(
                self.tr("%1: CSV, %2, separator %3")
                .replace("%1", info.name)
                .replace("%2", info.encoding)
                .replace("%3", shown)
            )
        else:
            self.detected.setText(f"{info.name}: {info.format.upper()}")
        self.encoding.setEnabled(info.format == "csv")
        self.delimiter.setEnabled(info.format == "csv")
        sample = self.wiz.sample
        self.columns.setRowCount(len(info.headers))
        self.combos = []
        for i, header in enumerate(info.headers):
            self.columns.setItem(i, 0, cell(header))
            combo = QComboBox(self.columns)
            combo.addItem(self.tr("Not imported"), "")
            for field in FACILITY_FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(mapping[i] if i < len(mapping) else ""), 0))
            combo.currentIndexChanged.connect(self._changed)
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            self.columns.setCellWidget(i, 1, combo)
            self.combos.append(combo)
            values = [cells[i] for _, cells in sample[:3] if i < len(cells) and cells[i].strip()]
            shown = " · ".join(v[:40] for v in values)
            self.columns.setItem(i, 2, cell(shown, shown))
        self.rows.setColumnCount(len(info.headers))
        self.rows.setHorizontalHeaderLabels(list(info.headers))
        self.rows.setRowCount(min(len(sample), PREVIEW_ROWS))
        self.rows.setVerticalHeaderLabels([str(number) for number, _ in sample[:PREVIEW_ROWS]])
        for r, (_, cells) in enumerate(sample[:PREVIEW_ROWS]):
            for c, value in enumerate(cells[: len(info.headers)]):
                self.rows.setItem(r, c, cell(value[:80], value if len(value) > 80 else ""))
        self.rows.resizeColumnsToContents()
        self._changed()

    def mapping(self) -> tuple[str, ...]:
        """The chosen field of each column."""
        return tuple(str(c.currentData() or "") for c in self.combos)

    def _changed(self) -> None:
        chosen = [f for f in self.mapping() if f]
        twice = sorted({field_label(f) for f in chosen if chosen.count(f) > 1})
        if "name" not in chosen:
            self.warning.setText(self.tr("Choose the column that holds the facility's name."))
        elif twice:
            self.warning.setText(self.tr("Several columns are imported as: %1").replace("%1", ", ".join(twice)))
        else:
            self.warning.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.warning.text() and bool(self.combos)

    def validatePage(self) -> bool:
        self.wiz.mapping = self.mapping()
        return True


class ProblemsPage(QWizardPage):
    """Every row's problems, before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr("Every row was read, checked and compared with the directory. Nothing is written yet.")
        )
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("problemsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.export_button = QPushButton(self.tr("Save Rejected Rows as CSV…"), self)
        self.export_button.clicked.connect(self._export_rejected)
        self.values_label = QLabel(
            self.tr("Values this directory does not know. Choose what each one means, or leave its rows out:"), self
        )
        self.values_label.setWordWrap(True)
        self.values = QTableWidget(0, 3, self)
        self.values.setObjectName("unknownValuesTable")
        self.values.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Value in the file"), self.tr("Import as")])
        self.values.verticalHeader().hide()
        self.values.horizontalHeader().setStretchLastSection(True)
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.setMaximumHeight(150)
        self.value_combos: dict[tuple[str, str], QComboBox] = {}
        self.partial = QCheckBox(self.tr("Import the other rows and leave the rejected ones out"), self)
        self.partial.toggled.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.partial, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.values_label)
        layout.addWidget(self.values)
        layout.addLayout(row)
        self.background = _Background(self.progress)

    def initializePage(self) -> None:
        self.wiz.value_map = {}
        self._preview()

    def _preview(self) -> None:
        self.wiz.plan = None
        self.partial.setChecked(False)
        self.table.setRowCount(0)
        self.summary.setText(self.tr("Reading every row…"))
        directory, table, mapping = self.wiz.directory, self.wiz.table, self.wiz.mapping
        value_map = dict(self.wiz.value_map)
        self.background.start(
            lambda progress: directory.preview_import(table, mapping, value_map=value_map, progress=progress),
            self._done,
        )
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.background.cancel()

    def _done(self, outcome: object) -> None:
        if isinstance(outcome, BaseException):
            message = outcome.message if isinstance(outcome, DirectoryError) else str(outcome)
            self.summary.setText(self.tr("The file cannot be imported: %1").replace("%1", message))
            self.completeChanged.emit()
            return
        plan: ImportPlan = outcome  # type: ignore[assignment]
        self.wiz.plan = plan
        counts = (
            self.tr("%1: %2, %3, %4.", "rows read: new, matching, rejected")
            .replace("%1", plural("ProblemsPage", "1 row read", "%n rows read", plan.rows_read))
            .replace("%2", plural("ProblemsPage", "1 new", "%n new", plan.added))
            .replace(
                "%3",
                plural(
                    "ProblemsPage",
                    "1 matching a facility already in the directory",
                    "%n matching a facility already in the directory",
                    plan.duplicates_total,
                ),
            )
            .replace("%4", plural("ProblemsPage", "1 rejected", "%n rejected", len(plan.rejected)))
        )
        if plan.new_terms:
            counts += " " + plural(
                "ProblemsPage",
                "1 new term will be kept for review.",
                "%n new terms will be kept for review.",
                len(plan.new_terms),
            )
        self.summary.setText(counts)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(plan.problems))
        for i, p in enumerate(plan.problems):
            number = QTableWidgetItem()
            number.setData(Qt.ItemDataRole.DisplayRole, p.row)
            self.table.setItem(i, 0, number)
            self.table.setItem(i, 1, cell(p.column))
            reason = problem_text(p)  # the importer's English, translated here
            text = reason if p.severity == "error" else self.tr("(warning) %1").replace("%1", reason)
            item = cell(text)
            if p.severity == "error":
                item.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(i, 2, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.export_button.setEnabled(bool(plan.rejected))
        self.partial.setEnabled(bool(plan.rejected))
        self._fill_values(plan)
        self.completeChanged.emit()

    def _fill_values(self, plan: ImportPlan) -> None:
        """Unknown kinds (rows rejected for them) and the ones the user already mapped, each with a choice."""
        unknown = {key: len(rows) for key, rows in plan.unknown_values().items()}
        keys = sorted({*unknown, *self.wiz.value_map})
        self.values.setRowCount(len(keys))
        self.value_combos = {}
        for i, (field, raw) in enumerate(keys):
            self.values.setItem(i, 0, cell(field_label(field)))
            self.values.setItem(i, 1, cell(raw))
            combo = QComboBox(self.values)
            combo.addItem(self.tr("Leave its rows out"), "")
            for term in vocab.VOCABULARIES[field]:
                combo.addItem(term_label(field, term.code), term.code)
            combo.setCurrentIndex(max(combo.findData(self.wiz.value_map.get((field, raw), "")), 0))
            combo.setAccessibleName(self.tr("Import %1 as").replace("%1", raw))
            combo.activated.connect(lambda _index, key=(field, raw), box=combo: self.map_value(key, box.currentData()))
            self.values.setCellWidget(i, 2, combo)
            self.value_combos[(field, raw)] = combo
        self.values_label.setVisible(bool(keys))
        self.values.setVisible(bool(keys))

    def map_value(self, key: tuple[str, str], code: str) -> None:
        """Read a value of the file as a code (``""``: leave its rows out), and check every row again."""
        if code:
            self.wiz.value_map[key] = code
        else:
            self.wiz.value_map.pop(key, None)
        self._preview()

    def _export_rejected(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        suggested = plan.source.path.with_name(plan.source.path.stem + "-rejected.csv")
        path = self.wiz.prompter.save_file(self, self.tr("Save Rejected Rows"), str(suggested), self.tr("CSV (*.csv)"))
        if not path:
            return
        if not guarded_output(
            self.wiz.directory,
            path,
            parent=self,
            prompter=self.wiz.prompter,
            title=self.tr("Save Rejected Rows"),
            importing=plan.source.path,
        ):
            return  # the file being imported, the database or a backup: refused, nothing written
        try:
            count = self.wiz.directory.export_rejected(plan, path)
        except (DirectoryError, OSError) as exc:
            self.wiz.prompter.inform(self, self.tr("Save Rejected Rows"), str(exc))
            return
        saved = plural("ProblemsPage", "1 rejected row saved.", "%n rejected rows saved.", count)
        self.summary.setText(self.summary.text() + " " + saved)

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        if plan is None:
            return False
        writable = plan.added + plan.duplicates_total > 0
        return writable and (not plan.rejected or self.partial.isChecked())

    def nextId(self) -> int:
        plan = self.wiz.plan
        if plan is not None and not plan.duplicates:
            return ImportWizard.RUN
        return ImportWizard.DUPLICATES


class RunPage(QWizardPage):
    """The import itself, in the background, then its report."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.status.setWordWrap(True)
        self.status.setObjectName("importReport")
        self.progress = QProgressBar(self)
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.background = _Background(self.progress)
        self.done = False

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        self.done = False
        self.status.setText(self.tr("Writing…"))
        directory = self.wiz.directory
        decisions = dict(self.wiz.decisions)
        partial = self.wiz.problems_page.partial.isChecked()
        self.background.start(
            lambda progress: directory.apply_import(
                plan, decisions=decisions, accept_partial=partial, progress=progress
            ),
            self._done,
        )

    def _done(self, outcome: object) -> None:
        self.done = True
        if isinstance(outcome, BaseException):
            message = outcome.message if isinstance(outcome, DirectoryError) else str(outcome)
            self.status.setText(self.tr("Nothing was imported: %1").replace("%1", message))
        else:
            changes, plan = outcome  # type: ignore[misc]
            self.wiz.result_plan = plan
            self.wiz.imported.emit(changes)
            lines = [
                self.tr("Imported from %1 in one step.").replace("%1", plan.source.name),
                self.tr("Rows read: %1").replace("%1", str(plan.rows_read)),
                self.tr("Added: %1").replace("%1", str(plan.added)),
                self.tr("Updated: %1").replace("%1", str(plan.updated)),
                self.tr("Duplicates skipped or unchanged: %1").replace("%1", str(plan.skipped + plan.unchanged)),
                self.tr("Rejected: %1").replace("%1", str(len(plan.rejected))),
            ]
            if plan.new_terms:
                lines.append(
                    self.tr("New terms kept for review: %1").replace("%1", ", ".join(sorted(plan.new_terms.values())))
                )
            self.status.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    """File › Import… (see the module docstring)."""

    FILE, MAPPING, PROBLEMS, DUPLICATES, RUN = range(5)
    imported = Signal(object)
    """A :class:`~directory_app.directory.Changes` after a committed import."""

    def __init__(
        self,
        directory: Directory,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import Facilities"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.directory = directory
        self.settings = settings or QSettings()
        self.prompter = prompter or Prompter()
        self.table: SourceTable | None = None
        self.sample: list[tuple[int, list[str]]] = []
        """The first rows of the file: (row number, cells)."""
        self.mapping: tuple[str, ...] = ()
        self.plan: ImportPlan | None = None
        self.result_plan: ImportPlan | None = None
        self.decisions: dict[int, Decision] = {}
        self.value_map: dict[tuple[str, str], str] = {}
        """The user's reading of values the importer did not know: (field, value) -> code."""
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.problems_page = ProblemsPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.run_page = RunPage(self)
        for page_id, page in (
            (self.FILE, self.file_page),
            (self.MAPPING, self.mapping_page),
            (self.PROBLEMS, self.problems_page),
            (self.DUPLICATES, self.duplicates_page),
            (self.RUN, self.run_page),
        ):
            self.setPage(page_id, page)
        self.resize(960, 640)

    def load_file(self, path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> None:
        """Open the file and read its first rows (``ImportFileError`` when it cannot be read)."""
        table = self.directory.open_import(path, encoding=encoding, delimiter=delimiter)
        rows = table.rows()
        sample: list[tuple[int, list[str]]] = []
        try:
            for number, cells in rows:
                sample.append((number, cells))
                if len(sample) >= PREVIEW_ROWS:
                    break
        finally:
            rows.close()  # type: ignore[attr-defined]
        self.table, self.sample = table, sample

    def set_file(self, path: Path | str) -> None:
        """Put a file in the first page (tests, drag and drop)."""
        self.file_page.path_edit.setText(str(path))

    def reject(self) -> None:
        """Cancel: stop any background reading (nothing was written); not while the import itself runs."""
        if self.run_page.background.running:
            return  # the transaction finishes (or rolls back) on its own; closing now would hide its outcome
        self.problems_page.background.cancel()
        super().reject()
