"""The import wizard's duplicates step: each duplicate beside the facility it matches, merged
field by field, kept as another facility, or skipped."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from directory_app.domain.models import FACILITY_FIELDS, Facility
from directory_app.importers.duplicates import default_merge_fields
from directory_app.importers.import_run import Decision
from directory_app.qt.import_cells import cell, field_label, value_text

if TYPE_CHECKING:
    from directory_app.qt.import_wizard import ImportWizard


class DuplicatesPage(QWizardPage):
    """Each duplicate beside the facility it matches: merge field by field, keep both, or skip."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Facilities already in the directory"))
        self.setSubTitle(
            self.tr(
                "These rows match a facility the directory has. Choose for each: take the ticked "
                "fields from the file (merge), add it as another facility, or skip it."
            )
        )
        self.list = QListWidget(self)
        self.list.setObjectName("duplicateList")
        self.list.currentRowChanged.connect(self._show)
        self.compare = QTableWidget(0, 3, self)
        self.compare.setObjectName("duplicateCompare")
        self.compare.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In the directory"), self.tr("In the file")])
        self.compare.verticalHeader().hide()
        self.compare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.compare.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.compare.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.compare.setWordWrap(False)
        self.compare.itemChanged.connect(self._ticked)
        self.reason = QLabel(self)
        self.choice_buttons = QButtonGroup(self)
        choices = QHBoxLayout()
        for value, text in (
            ("merge", self.tr("&Merge ticked fields")),
            ("keep-both", self.tr("&Keep both")),
            ("skip", self.tr("S&kip")),
        ):
            button = QRadioButton(text, self)
            button.setProperty("choice", value)
            self.choice_buttons.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        self.choice_buttons.buttonClicked.connect(self._chosen)
        self.all_skip = QPushButton(self.tr("Skip All"), self)
        self.all_merge = QPushButton(self.tr("Merge All"), self)
        self.all_skip.clicked.connect(lambda: self._set_all("skip"))
        self.all_merge.clicked.connect(lambda: self._set_all("merge"))
        choices.addWidget(self.all_merge)
        choices.addWidget(self.all_skip)
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.reason)
        box.addWidget(self.compare, 1)
        box.addLayout(choices)
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([240, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        self.existing: dict[str, Facility | None] = {}
        self._filling = False

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        self.list.clear()
        self.wiz.decisions = {}
        for case in plan.duplicates:
            existing = self.existing.setdefault(case.existing_id, self.wiz.directory.facility(case.existing_id))
            fields = default_merge_fields(existing, case.new) if existing else frozenset()
            self.wiz.decisions[case.row] = Decision("skip", fields)
            item = QListWidgetItem(self.tr("Row %1: %2").replace("%1", str(case.row)).replace("%2", case.new.name))
            self.list.addItem(item)
        self._label_all()
        self.list.setCurrentRow(0)

    def _label_all(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        words = {"skip": self.tr("skip"), "merge": self.tr("merge"), "keep-both": self.tr("keep both")}
        for i, case in enumerate(plan.duplicates):
            choice = self.wiz.decisions[case.row].choice
            self.list.item(i).setText(
                self.tr("Row %1: %2 — %3")
                .replace("%1", str(case.row))
                .replace("%2", case.new.name)
                .replace("%3", words[choice])
            )

    def _case(self):  # type: ignore[no-untyped-def]
        plan = self.wiz.plan
        row = self.list.currentRow()
        return plan.duplicates[row] if plan is not None and 0 <= row < len(plan.duplicates) else None

    def _show(self) -> None:
        case = self._case()
        if case is None:
            return
        existing = self.existing.get(case.existing_id)
        reasons = {
            "same id": self.tr("same id"),
            "same website": self.tr("same website"),
            "similar name nearby": self.tr("similar name nearby"),
        }
        self.reason.setText(
            self.tr("Matches “%1” (%2).")
            .replace("%1", existing.name if existing else case.existing_id)
            .replace("%2", reasons.get(case.reason, case.reason))
        )
        decision = self.wiz.decisions[case.row]
        self._filling = True
        fields = [f for f in FACILITY_FIELDS if f != "id"]
        shown = [
            f
            for f in fields
            if (existing is not None and value_text(f, getattr(existing, f))) or value_text(f, getattr(case.new, f))
        ]
        self.compare.setRowCount(len(shown))
        for i, field in enumerate(shown):
            old = value_text(field, getattr(existing, field)) if existing else ""
            new = value_text(field, getattr(case.new, field))
            self.compare.setItem(i, 0, cell(field_label(field)))
            self.compare.setItem(i, 1, cell(old, old))
            item = QTableWidgetItem(new)
            item.setToolTip(new)
            item.setData(Qt.ItemDataRole.UserRole, field)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if new and new != old:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                taken = decision.fields is None or field in decision.fields
                item.setCheckState(Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked)
                item.setBackground(QColor("#fff4ce") if taken else QColor(Qt.GlobalColor.transparent))
            item.setFlags(flags)
            self.compare.setItem(i, 2, item)
        self._filling = False
        for button in self.choice_buttons.buttons():
            button.setChecked(button.property("choice") == decision.choice)

    def _ticked(self, item: QTableWidgetItem) -> None:
        case = self._case()
        if self._filling or case is None or item.column() != 2:
            return
        field = item.data(Qt.ItemDataRole.UserRole)
        decision = self.wiz.decisions[case.row]
        fields = set(decision.fields or ())
        if item.checkState() == Qt.CheckState.Checked:
            fields.add(field)
        else:
            fields.discard(field)
        self.wiz.decisions[case.row] = Decision("merge", frozenset(fields))
        self._show()
        self._label_all()

    def _chosen(self, button: QRadioButton) -> None:
        case = self._case()
        if case is not None:
            self.wiz.decisions[case.row] = replace(self.wiz.decisions[case.row], choice=button.property("choice"))
            self._label_all()

    def _set_all(self, choice: str) -> None:
        for row, decision in list(self.wiz.decisions.items()):
            self.wiz.decisions[row] = replace(decision, choice=choice)
        self._label_all()
        self._show()
