"""File › Export: a shortlist or the current search result to CSV, Excel, GeoJSON or an HTML map.

The dialog remembers the format, the CSV separator and the chosen columns (in their order).
A shortlist's private notes, status and rank are left out unless the user ticks "Include private
notes and status"; that choice is off for every export and is remembered for a shortlist only
when the user also ticks "Remember for this shortlist" (stored with the shortlist).
Writing runs on a worker thread with a progress dialog and Cancel; an export that fails or is
cancelled leaves no file at the target (the exporters write atomically).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain.errors import DirectoryError, ExportCancelled
from directory_app.domain.models import Facility, Shortlist
from directory_app.domain.vocabulary import label as vocab_label
from directory_app.exporters import COLUMNS, DEFAULT_COLUMNS, EXTRA_COLUMNS, ExportSpec, atomic_write, export
from directory_app.qt.i18n import term_label, tr
from directory_app.qt.tasks import ProgressRun
from directory_app.qt.translations import LANGUAGES, load_translator

FORMATS = (
    (
        "xlsx",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"),
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (*.xlsx)"),
    ),
    (
        "csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV for spreadsheets (.csv)"),
        QT_TRANSLATE_NOOP("ExportDialog", "CSV (*.csv)"),
    ),
    (
        "geojson",
        QT_TRANSLATE_NOOP("ExportDialog", "GeoJSON for GIS tools (.geojson)"),
        QT_TRANSLATE_NOOP("ExportDialog", "GeoJSON (*.geojson *.json)"),
    ),
    (
        "html",
        QT_TRANSLATE_NOOP("ExportDialog", "Map that opens in a browser, offline (.html)"),
        QT_TRANSLATE_NOOP("ExportDialog", "HTML (*.html)"),
    ),
    (
        "pdf",
        QT_TRANSLATE_NOOP("ExportDialog", "Handout for a visitor, with a map (.pdf)"),
        QT_TRANSLATE_NOOP("ExportDialog", "PDF (*.pdf)"),
    ),
)
SETTINGS_GROUP = "export"


class ExportDialog(QDialog):
    """Choose what, in which format and with which columns."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        result_count: int,
        shortlists: list[Shortlist],
        current_shortlist: int,
        settings: QSettings,
        remembered_private: Callable[[int], bool | None] | None = None,
        can_remember: bool = True,
    ) -> None:
        """:param remembered_private: shortlist id -> the remembered choice to include its private
            fields (``None``: nothing remembered)
        :param can_remember: whether a choice can be stored (not in a read-only directory)
        """
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.settings = settings
        self.result_button = QRadioButton(
            self.tr("The current search result (%1 facilities)").replace("%1", str(result_count)), self
        )
        self.shortlist_button = QRadioButton(self.tr("A shortlist:"), self)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.result_button)
        self.scope.addButton(self.shortlist_button)
        self.shortlist_box = QComboBox(self)
        for s in shortlists:
            self.shortlist_box.addItem(f"{s.name} ({s.count})", s.id)
        index = self.shortlist_box.findData(current_shortlist)
        self.shortlist_box.setCurrentIndex(max(index, 0))
        if shortlists and current_shortlist:
            self.shortlist_button.setChecked(True)
        else:
            self.result_button.setChecked(True)
        self.shortlist_button.setEnabled(bool(shortlists))
        self.shortlist_box.setEnabled(bool(shortlists))

        self.format_box = QComboBox(self)
        for key, label, _ in FORMATS:
            self.format_box.addItem(self.tr(label), key)
        self.delimiter_box = QComboBox(self)
        self.delimiter_box.addItem(self.tr("Semicolon (;) — Excel in Belgium and the Netherlands"), ";")
        self.delimiter_box.addItem(self.tr("Comma (,)"), ",")

        self.language_box = QComboBox(self)
        self.language_box.setObjectName("handoutLanguage")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setAccessibleName(self.tr("Language of the export"))
        self.language_box.setToolTip(self.tr("Headers, labels and the handout's wording, for the recipient"))

        self.columns = QListWidget(self)
        self.columns.setObjectName("exportColumns")
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.columns.setAccessibleName(self.tr("Columns, in order (drag to reorder)"))
        defaults = QPushButton(self.tr("Default Columns"), self)
        defaults.clicked.connect(lambda: self._fill_columns(list(DEFAULT_COLUMNS)))

        self._remembered_private = remembered_private or (lambda _id: None)
        self._can_remember = can_remember
        self.private_box = QCheckBox(self.tr("Include private notes and status (internal use only)"), self)
        self.private_box.setObjectName("includePrivate")
        self.private_box.setToolTip(
            self.tr(
                "Private notes, status and rank are for you and your team. Leave this off for a file you "
                "give to a visitor: it then carries only the notes for the recipient."
            )
        )
        self.remember_box = QCheckBox(self.tr("Remember for this shortlist"), self)
        self.remember_box.setObjectName("rememberPrivate")
        self.shortlist_button.toggled.connect(self._load_private)
        self.shortlist_box.currentIndexChanged.connect(self._load_private)

        form = QFormLayout()
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.result_button)
        row = QHBoxLayout()
        row.addWidget(self.shortlist_button)
        row.addWidget(self.shortlist_box, 1)
        scope_box.addLayout(row)
        form.addRow(self.tr("Export:"), scope_box)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("CSV separator:"), self.delimiter_box)
        form.addRow(self.tr("Language of the handout:"), self.language_box)
        privacy_box = QVBoxLayout()
        privacy_box.addWidget(self.private_box)
        privacy_box.addWidget(self.remember_box)
        form.addRow(self.tr("Shortlist notes:"), privacy_box)
        columns_label = QLabel(self.tr("Columns (tick, drag to reorder):"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(columns_label)
        layout.addWidget(self.columns, 1)
        layout.addWidget(defaults, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.resize(560, 620)
        self._restore()

    # remembered choices -------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        fmt = s.value(f"{SETTINGS_GROUP}/format", "xlsx", type=str)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        from directory_app.qt.preferences import handout_language

        self.language_box.setCurrentIndex(max(0, self.language_box.findData(handout_language(s))))
        delimiter = s.value(f"{SETTINGS_GROUP}/delimiter", ";", type=str)
        self.delimiter_box.setCurrentIndex(max(0, self.delimiter_box.findData(delimiter)))
        try:
            chosen = json.loads(s.value(f"{SETTINGS_GROUP}/columns", "", type=str) or "null")
        except ValueError:
            chosen = None
        known = {**COLUMNS, **EXTRA_COLUMNS}
        if not isinstance(chosen, list) or not all(isinstance(c, str) and c in known for c in chosen) or not chosen:
            chosen = list(DEFAULT_COLUMNS)
        self._fill_columns(chosen)
        self._format_changed()
        self._load_private()

    def _load_private(self, *_: object) -> None:
        """Off unless the user remembered "include" for the chosen shortlist; only for shortlists."""
        shortlist = self.shortlist_id()
        remembered = self._remembered_private(shortlist) if shortlist else None
        self.private_box.setChecked(bool(remembered))
        self.remember_box.setChecked(remembered is not None)
        self.private_box.setEnabled(bool(shortlist))
        self.remember_box.setEnabled(bool(shortlist) and self._can_remember)

    def save_choices(self) -> None:
        """Remember format, separator and columns for next time."""
        s = self.settings
        s.setValue(f"{SETTINGS_GROUP}/format", self.format())
        s.setValue(f"{SETTINGS_GROUP}/delimiter", self.delimiter())
        s.setValue(f"{SETTINGS_GROUP}/columns", json.dumps(self.chosen_columns()))

    def _fill_columns(self, chosen: list[str]) -> None:
        self.columns.clear()
        known = {**COLUMNS, **EXTRA_COLUMNS}
        for key in [*chosen, *(k for k in known if k not in chosen)]:
            item = QListWidgetItem(tr("ExportColumn", known[key].header), self.columns)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)

    def _format_changed(self, *_: object) -> None:
        fmt = self.format()
        self.delimiter_box.setEnabled(fmt == "csv")
        self.columns.setEnabled(fmt not in ("html", "pdf"))  # fixed layouts

    # answers ------------------------------------------------------------------------------------

    def format(self) -> str:
        return str(self.format_box.currentData())

    def delimiter(self) -> str:
        return str(self.delimiter_box.currentData())

    def language(self) -> str:
        """The recipient's language (code of :data:`~directory_app.qt.translations.LANGUAGES`)."""
        return str(self.language_box.currentData())

    def shortlist_id(self) -> int:
        """The chosen shortlist, or 0 for the current search result."""
        return int(self.shortlist_box.currentData() or 0) if self.shortlist_button.isChecked() else 0

    def include_private(self) -> bool:
        """Whether the user asked for the shortlist's private notes, status and rank in this export."""
        return bool(self.shortlist_id()) and self.private_box.isChecked()

    def private_choice(self) -> tuple[int, bool | None] | None:
        """(shortlist id, what to store for it: the choice when "remember" is ticked, else ``None``
        to forget any earlier one), or ``None`` when nothing is to be stored."""
        shortlist = self.shortlist_id()
        if not shortlist or not self._can_remember:
            return None
        return shortlist, self.private_box.isChecked() if self.remember_box.isChecked() else None

    def chosen_columns(self) -> list[str]:
        """Ticked columns, in list order."""
        keys = []
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return keys

    def file_filter(self) -> str:
        return next(self.tr(f) for key, _, f in FORMATS if key == self.format())


class ExportRun(ProgressRun):
    """One export on a worker thread, with a progress dialog that can cancel it; ``finished`` carries
    ``None`` or the exception, also kept in :attr:`error`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "", "")
        self.dialog.setWindowTitle(self.tr("Export"))
        self.dialog.setLabelText(self.tr("Writing the file…"))
        self.error: BaseException | None = None

    def start(
        self,
        fmt: str,
        facilities: list[Facility],
        path: Path,
        spec: ExportSpec,
        *,
        delimiter: str = ",",
        html: Callable[[], str] | None = None,
    ) -> None:
        """Write in the background (``html`` builds the page for the ``html`` format, on this thread)."""
        if fmt == "html":
            page = (html or (lambda: ""))()

            def work(progress: Callable[[int, int], bool]) -> None:
                if not progress(0, 1):
                    raise ExportCancelled("The export was cancelled.")
                atomic_write(path, lambda out: out.write(page.encode("utf-8")))
                progress(1, 1)

        else:
            options = {"delimiter": delimiter} if fmt == "csv" else {}

            def work(progress: Callable[[int, int], bool]) -> None:
                export(fmt, facilities, path, spec, progress=progress, **options)
                return None

        self.start_work(work)

    def outcome_of(self, outcome: object) -> BaseException | None:
        self.error = outcome if isinstance(outcome, BaseException) else None
        return self.error


def export_error_text(error: BaseException) -> str:
    """What to tell the user about a failed export."""
    if isinstance(error, ExportCancelled):
        return tr("ExportDialog", "Export cancelled; no file was written.")
    if isinstance(error, DirectoryError):
        return error.message
    return tr("ExportDialog", "The export failed: %1").replace("%1", str(error))


def recipient_translate(language: str | None) -> Callable[[str, str], str]:
    """``translate(context, text)`` in ``language`` (``None``/empty: the UI language), English when missing."""
    if not language:
        return tr
    translator = _recipient_translator(language)

    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate


_translators: dict[str, object] = {}


def _recipient_translator(language: str):  # type: ignore[no-untyped-def]
    if language not in _translators:
        _translators[language] = load_translator(language)
    return _translators[language]


def localised_headers(language: str | None = None) -> dict[str, str]:
    """Column headers in the UI language (or in ``language``)."""
    translate = recipient_translate(language)
    return {key: translate("ExportColumn", c.header) for key, c in {**COLUMNS, **EXTRA_COLUMNS}.items()}


def localised_label(vocabulary: str, code: str) -> str:
    """Vocabulary labels in the UI language (for exported cells)."""
    return term_label(vocabulary, code)


def label_in(language: str | None) -> Callable[[str, str], str]:
    """``label(vocabulary, code)`` in ``language`` (the UI language when empty)."""
    if not language:
        return localised_label
    translate = recipient_translate(language)
    return lambda vocabulary, code: translate("vocabulary", vocab_label(vocabulary, code)) if code else ""


HANDOUT_FORMATS = {
    "en": {"date_format": "%Y-%m-%d", "thousands_separator": ",", "language": "en"},
    "nl": {"date_format": "%d-%m-%Y", "thousands_separator": ".", "language": "nl"},
    "fr": {"date_format": "%d/%m/%Y", "thousands_separator": "\u00a0", "language": "fr"},
}
"""Numbers and dates of a handout by language (numeric dates: month names would not follow it)."""


def handout_strings(language: str | None = None) -> dict[str, str]:
    """The PDF handout's fixed wording in the UI language (or in ``language``)."""
    from directory_app.exporters.pdf_handout import DEFAULT_STRINGS

    keep = {"date_format", "language", "thousands_separator", "list_separator"}
    translate = recipient_translate(language)
    strings = {key: value if key in keep else translate("Handout", value) for key, value in DEFAULT_STRINGS.items()}
    if language:
        strings.update(HANDOUT_FORMATS.get(language, {}))
    return strings
