"""Small pieces the import wizard's pages share: field names, read-only cells, values as labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from directory_app.exporters import COLUMNS
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
