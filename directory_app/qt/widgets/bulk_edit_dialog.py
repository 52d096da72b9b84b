"""Bulk edit: one field, one value, for every selected facility (one transaction, one undo step)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from directory_app.domain import vocabulary as vocab
from directory_app.qt.i18n import format_date, plural, term_label

VERIFIED_TODAY = "verified_on"
"""The choice that sets "verified on" to today's date (its one value)."""


class BulkEditDialog(QDialog):
    """Pick what to change; :meth:`choice` gives (field, value) as ``Directory.bulk_edit`` takes them."""

    def __init__(
        self, parent: QWidget | None, count: int, vocabularies: Callable[[str], list[vocab.Term]] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(self.tr("Bulk Edit"))
        self._terms = vocabularies or (lambda name: list(vocab.VOCABULARIES[name]))
        self.intro = QLabel(
            plural("BulkEditDialog", "Change 1 selected facility:", "Change all %n selected facilities:", count), self
        )
        self.field = QComboBox(self)
        self.field.setObjectName("bulkField")
        for key, text in (
            ("kind", self.tr("Set the kind")),
            ("region", self.tr("Set the region")),
            ("status", self.tr("Set the status")),
            ("confidence", self.tr("Set the confidence")),
            ("+services", self.tr("Add a service")),
            ("-services", self.tr("Remove a service")),
            (VERIFIED_TODAY, self.tr("Mark as verified today")),
        ):
            self.field.addItem(text, key)
        self.value = QComboBox(self)
        self.value.setObjectName("bulkValue")
        self.field.currentIndexChanged.connect(self._fill_values)
        self.note = QLabel(self.tr("A backup is made first; Edit › Undo takes the whole change back."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel{color:gray;}")
        form = QFormLayout()
        form.addRow(self.tr("Change"), self.field)
        form.addRow(self.tr("To"), self.value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._fill_values()
        self.setMinimumWidth(420)

    def _fill_values(self, *_: object) -> None:
        key = self.field.currentData()
        vocabulary = {"+services": "service", "-services": "service"}.get(key, key)
        self.value.clear()
        if key == VERIFIED_TODAY:
            today = date.today()
            self.value.addItem(format_date(today), today.isoformat())
            return
        for term in self._terms(vocabulary):
            self.value.addItem(term_label(vocabulary, term.code), term.code)

    def set_choice(self, field: str, value: str) -> None:
        """Pick a field and a value (tests, remembered choices)."""
        self.field.setCurrentIndex(self.field.findData(field))
        self.value.setCurrentIndex(self.value.findData(value))

    def choice(self) -> tuple[str, str]:
        """(field, value) chosen."""
        return self.field.currentData(), self.value.currentData()
