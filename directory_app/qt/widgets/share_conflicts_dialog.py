"""Side by side: the user's own shortlist values and a colleague's, after importing a share file.

One row per differing value (facility, field, mine, theirs) with a choice, "Keep mine" by
default. Nothing changes unless the user picks "Take theirs" and applies; Cancel keeps all.
Values are shown as plain text (table items never interpret markup).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain.models import ShortlistConflict
from directory_app.qt.i18n import plural, tr
from directory_app.qt.models.shortlist_items import status_label

TAKE_THEIRS = 1  # the choice boxes: index 0 keeps mine (the default)
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("ShareConflictsDialog", "Status"),
    "rank": QT_TRANSLATE_NOOP("ShareConflictsDialog", "Rank"),
    "note": QT_TRANSLATE_NOOP("ShareConflictsDialog", "Private note"),
    "recipient_note": QT_TRANSLATE_NOOP("ShareConflictsDialog", "Note for the recipient"),
}


def value_text(field: str, value: object) -> str:
    """A field's value as the user reads it."""
    if field == "status":
        return status_label(str(value))
    if value is None or value == "":
        return "—"
    return str(value)


def side_by_side_table(
    parent: QWidget, headers: Sequence[str], rows: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> tuple[QTableWidget, list[QComboBox]]:
    """A read-only table of values side by side, with a choice per row in the last column.

    :param headers: the column titles, the choice's last
    :param rows: per row, the cells' texts (shown as plain text, never markup) and the choice's
        options (the first chosen by default)
    :return: the table and the rows' choices
    """
    table = QTableWidget(len(rows), len(headers), parent)
    table.setObjectName("conflicts")
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    choices: list[QComboBox] = []
    last = len(headers) - 1
    for row, (cells, options) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(text)
            table.setItem(row, column, item)
        choice = QComboBox(table)
        choice.addItems(list(options))
        choice.setCurrentIndex(0)
        table.setCellWidget(row, last, choice)
        choices.append(choice)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.ResizeToContents)
    return table, choices


class ShareConflictsDialog(QDialog):
    """Choose, per differing value, to keep mine (the default) or take theirs."""

    def __init__(
        self,
        shortlist_name: str,
        conflicts: Sequence[ShortlistConflict],
        names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Differences in the Imported Shortlist"))
        self.resize(900, 420)
        self.conflicts = list(conflicts)
        intro = QLabel(
            plural(
                "ShareConflictsDialog",
                "The file has other values than yours for 1 facility on “%1”. "
                "Your values are kept unless you choose “Take theirs”.",
                "The file has other values than yours for %n facilities on “%1”. "
                "Your values are kept unless you choose “Take theirs”.",
                len({c.facility_id for c in self.conflicts}),
            ).replace("%1", shortlist_name),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.table, self.choices = side_by_side_table(
            self,
            [self.tr("Facility"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"), self.tr("Use")],
            [
                (
                    (
                        names.get(conflict.facility_id) or conflict.facility_id,
                        tr("ShareConflictsDialog", FIELD_LABELS.get(conflict.field, conflict.field)),
                        value_text(conflict.field, conflict.mine),
                        value_text(conflict.field, conflict.theirs),
                    ),
                    (self.tr("Keep mine"), self.tr("Take theirs")),
                )
                for conflict in self.conflicts
            ],
        )
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keep All Mine"), QDialogButtonBox.ButtonRole.RejectRole)
        take_all = buttons.addButton(self.tr("Choose All Theirs"), QDialogButtonBox.ButtonRole.ActionRole)
        take_all.clicked.connect(lambda: self.set_all(TAKE_THEIRS))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def set_all(self, choice: int) -> None:
        """Set every row to keep mine or take theirs (nothing is applied until Apply)."""
        for box in self.choices:
            box.setCurrentIndex(choice)

    def chosen(self) -> list[ShortlistConflict]:
        """The conflicts whose incoming value the user picked."""
        return [c for c, box in zip(self.conflicts, self.choices, strict=True) if box.currentIndex() == TAKE_THEIRS]
