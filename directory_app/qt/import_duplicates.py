"""The import wizard's duplicates step: each duplicate beside the facility it matches, merged
field by field, kept as another facility, or skipped.

The last column shows, field by field, exactly what a merge writes (computed by the same
:func:`~directory_app.importers.duplicates.merge` the import runs): services, modalities and
cleanroom grades are a union of both versions; a value is taken out only when the user removes
it (right-click the "after" cell)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
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
from directory_app.importers.duplicates import DETAIL_FIELDS, MULTI_VALUED, default_merge_fields, merge, split_phrases
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
                "fields from the file (merge), add it as another facility, or skip it. The last column "
                "shows what a merge writes; right-click it to remove a service, modality or grade."
            )
        )
        self.list = QListWidget(self)
        self.list.setObjectName("duplicateList")
        self.list.currentRowChanged.connect(self._show)
        self.compare = QTableWidget(0, 4, self)
        self.compare.setObjectName("duplicateCompare")
        self.compare.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In the directory"), self.tr("In the file"), self.tr("After a merge")]
        )
        self.compare.verticalHeader().hide()
        self.compare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            self.compare.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.compare.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.compare.customContextMenuRequested.connect(self._value_menu)
        self.compare.setWordWrap(False)
        self.compare.itemChanged.connect(self._ticked)
        self.reason = QLabel(self)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
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
        merged = merge(existing, case.new, decision.fields, decision.remove) if existing else None
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
            after = value_text(field, getattr(merged, field)) if merged is not None else old
            result = cell(after, after)
            result.setData(Qt.ItemDataRole.UserRole, field)
            if after != old:
                result.setBackground(QColor("#fff4ce"))
                font = result.font()
                font.setBold(True)
                result.setFont(font)
            self.compare.setItem(i, 3, result)
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
        self.wiz.decisions[case.row] = replace(decision, choice="merge", fields=frozenset(fields))
        self._show()
        self._label_all()

    def merged_values(self, field: str) -> tuple[str, ...]:
        """The values (codes, or phrases of a wording field) a merge of the current duplicate writes."""
        case = self._case()
        existing = self.existing.get(case.existing_id) if case is not None else None
        if case is None or existing is None:
            return ()
        decision = self.wiz.decisions[case.row]
        value = getattr(merge(existing, case.new, decision.fields, decision.remove), field)
        return tuple(value) if field in MULTI_VALUED else tuple(split_phrases(str(value)))

    def removed_values(self, field: str) -> frozenset[str]:
        """Values of ``field`` the user took out of the current duplicate's merge."""
        case = self._case()
        if case is None:
            return frozenset()
        return frozenset((self.wiz.decisions[case.row].remove or {}).get(field, ()))

    def set_removed(self, field: str, value: str, removed: bool) -> None:
        """Take a value out of the current duplicate's merge (or put it back); the merge is chosen."""
        case = self._case()
        if case is None or field not in MULTI_VALUED + DETAIL_FIELDS:
            return
        decision = self.wiz.decisions[case.row]
        remove = {k: frozenset(v) for k, v in (decision.remove or {}).items()}
        values = set(remove.get(field, ()))
        (values.add if removed else values.discard)(value)
        remove[field] = frozenset(values)
        self.wiz.decisions[case.row] = replace(decision, choice="merge", remove={k: v for k, v in remove.items() if v})
        self._show()
        self._label_all()

    def value_menu(self, field: str) -> QMenu | None:
        """The menu of the "after" cell of ``field``: remove each value from the merge, or put one back."""
        if field not in MULTI_VALUED + DETAIL_FIELDS:
            return None
        menu = QMenu(self)
        for value in self.merged_values(field):
            label = value_text(field, (value,)) if field in MULTI_VALUED else value
            action = menu.addAction(self.tr("Remove “%1” from the merge").replace("%1", label))
            action.triggered.connect(lambda _=False, v=value: self.set_removed(field, v, True))
        for value in sorted(self.removed_values(field)):
            label = value_text(field, (value,)) if field in MULTI_VALUED else value
            action = menu.addAction(self.tr("Put “%1” back").replace("%1", label))
            action.triggered.connect(lambda _=False, v=value: self.set_removed(field, v, False))
        return menu

    def _value_menu(self, pos: QPoint) -> None:
        item = self.compare.itemAt(pos)
        if item is None:
            return
        menu = self.value_menu(self.compare.item(item.row(), 2).data(Qt.ItemDataRole.UserRole))
        if menu is not None:
            if not menu.isEmpty():
                menu.exec(self.compare.viewport().mapToGlobal(pos))
            menu.deleteLater()

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
