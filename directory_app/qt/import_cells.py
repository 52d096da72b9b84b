"""Small pieces the import wizard's pages share: field names, read-only cells, values as labels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QTableWidgetItem

from directory_app.exporters import COLUMNS
from directory_app.importers.row_reading import UNKNOWN_KIND, RowProblem, fill
from directory_app.qt.i18n import term_label, tr


def field_label(field: str) -> str:
    """A facility field's name in the UI language."""
    column = COLUMNS.get(field)
    return tr("ExportColumn", column.header) if column else field


def cell(text: object, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(tip)
    return item


_VOCABULARY_OF = {
    "kind": "kind",
    "region": "region",
    "country": "country",
    "status": "status",
    "confidence": "confidence",
    "geocode_precision": "geocode_precision",
    "services": "service",
    "modalities": "modality",
    "cleanroom_grades": "cleanroom_grade",
}


def value_text(field: str, value: object) -> str:
    """A facility value as the user reads it (vocabulary codes as labels in the UI language)."""
    vocabulary = _VOCABULARY_OF.get(field)
    if isinstance(value, tuple):
        return "; ".join(term_label(vocabulary, v) if vocabulary else str(v) for v in value)
    if value is None or value == "":
        return ""
    return term_label(vocabulary, str(value)) if vocabulary else str(value)


PROBLEM_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportProblem", "not a number (%1)"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a whole number (%1)"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a date (%1)"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a Benelux country (%1)"),
    QT_TRANSLATE_NOOP("ImportProblem", "unknown region (%1), left empty"),
    QT_TRANSLATE_NOOP("ImportProblem", "new kind (%1), kept for review"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a known kind (%1); valid kinds: %2"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a known value (%1)"),
    QT_TRANSLATE_NOOP("ImportProblem", "new term (%1), kept for review"),
    QT_TRANSLATE_NOOP("ImportProblem", "latitude and longitude were swapped; read the other way round"),
    QT_TRANSLATE_NOOP("ImportProblem", "no coordinates found for this postcode or city"),
    QT_TRANSLATE_NOOP("ImportProblem", "the same facility as row %1: skipped"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the same id (%1) as row %2, with different values: rows %2 and %3 must be one facility, or be told apart",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the same name and place as row %1, with different values: "
        "rows %1 and %2 must be one facility, or be told apart",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "latitude and longitude go together"),
    QT_TRANSLATE_NOOP("ImportProblem", "region %1 is not in %2"),
    QT_TRANSLATE_NOOP("ImportProblem", "coordinates %1, %2 are outside %3"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a postcode of %1 (%2)"),
    QT_TRANSLATE_NOOP("ImportProblem", "a value is required"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a known value"),
    QT_TRANSLATE_NOOP("ImportProblem", "not valid"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a web address"),
    QT_TRANSLATE_NOOP("ImportProblem", "not an e-mail address"),
    QT_TRANSLATE_NOOP("ImportProblem", "out of range"),
    QT_TRANSLATE_NOOP("ImportProblem", "coordinates outside the country"),
    QT_TRANSLATE_NOOP("ImportProblem", "region not in the country"),
    QT_TRANSLATE_NOOP("ImportProblem", "date in the future"),
    QT_TRANSLATE_NOOP("ImportProblem", "not valid (%1)"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a web address (%1)"),
    QT_TRANSLATE_NOOP("ImportProblem", "not an e-mail address (%1)"),
    QT_TRANSLATE_NOOP("ImportProblem", "out of range (%1)"),
    QT_TRANSLATE_NOOP("ImportProblem", "date in the future (%1)"),
)
"""Every message the importer gives a row problem (``importers.row_reading.PROBLEM_TEXTS``), for the translators."""


def problem_text(problem: RowProblem) -> str:
    """A row problem in the UI language: its message translated, then filled with its values
    (a message outside :data:`PROBLEM_MESSAGES` is shown in English, as the importer wrote it)."""
    if not problem.message:
        return problem.reason
    args = problem.args
    if problem.message == UNKNOWN_KIND and len(args) >= 3:  # the valid kinds in the UI language
        args = (args[0], ", ".join(term_label("kind", code) for code in args[2].split(", ")), *args[2:])
    return fill(tr("ImportProblem", problem.message), args)
