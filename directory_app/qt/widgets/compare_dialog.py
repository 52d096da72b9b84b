"""Side-by-side comparison of 2-4 facilities: one column per facility, one row per property."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain.models import Facility
from directory_app.qt.i18n import format_area, format_date, term_label, term_labels, tr


def comparison_rows(facilities: Sequence[Facility]) -> list[tuple[str, list[str]]]:
    """(translated property, one text per facility) for the comparison table."""

    def location(f: Facility) -> str:
        return ", ".join(p for p in (f.city, term_label("region", f.region), term_label("country", f.country)) if p)

    rows: list[tuple[str, object]] = [
        (tr("CompareDialog", "Kind"), lambda f: term_label("kind", f.kind)),
        (tr("CompareDialog", "Organisation"), lambda f: f.organisation),
        (tr("CompareDialog", "Location"), location),
        (tr("CompareDialog", "Services"), lambda f: ", ".join(term_labels("service", f.services))),
        (tr("CompareDialog", "Modalities"), lambda f: ", ".join(term_labels("modality", f.modalities))),
        (
            tr("CompareDialog", "Cleanroom grades"),
            lambda f: ", ".join(term_labels("cleanroom_grade", f.cleanroom_grades)),
        ),
        (tr("CompareDialog", "Area"), lambda f: format_area(f.area_m2) if f.area_m2 else ""),
        (tr("CompareDialog", "Opened"), lambda f: str(f.year_opened or "")),
        (tr("CompareDialog", "Status"), lambda f: term_label("status", f.status)),
        (tr("CompareDialog", "Verified"), lambda f: format_date(f.verified_on) if f.verified_on else ""),
        (tr("CompareDialog", "Confidence"), lambda f: term_label("confidence", f.confidence)),
        (tr("CompareDialog", "Source"), lambda f: f.source_url),
    ]
    return [(label, [str(get(f) or "") for f in facilities]) for label, get in rows]  # type: ignore[operator]


class CompareDialog(QDialog):
    """The comparison table, read-only, with Copy (tab-separated, for a spreadsheet)."""

    def __init__(self, facilities: Sequence[Facility], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare Facilities"))
        self.resize(260 + 280 * len(facilities), 640)
        rows = comparison_rows(facilities)
        self.table = QTableWidget(len(rows), len(facilities), self)
        self.table.setObjectName("comparison")
        self.table.setHorizontalHeaderLabels([f.name for f in facilities])
        self.table.setVerticalHeaderLabels([label for label, _ in rows])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for r, (_, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._facilities = list(facilities)
        self._rows = rows

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the columns have their real widths

    def text(self) -> str:
        """The table as tab-separated text."""
        lines = ["\t".join(["", *(f.name for f in self._facilities)])]
        lines += [
            "\t".join([label, *(v.replace("\t", " ").replace("\n", " ") for v in values)])
            for label, values in self._rows
        ]
        return "\n".join(lines)

    def copy(self) -> None:
        """Put the table on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
