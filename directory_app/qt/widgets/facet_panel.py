"""Facets with counts that follow the current result; click to include, again to exclude, again to clear."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from directory_app.domain.query import VOCABULARY_FIELDS, MatchAll, Node
from directory_app.qt.i18n import term_label, tr
from directory_app.qt.icons import icon
from directory_app.search.facet_edit import facet_state

FieldRole = Qt.ItemDataRole.UserRole
CodeRole = Qt.ItemDataRole.UserRole + 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without translating it now."""
    return text


FACET_TITLES: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("facets", "Kind"),
    "country": QT_TRANSLATE_NOOP("facets", "Country"),
    "region": QT_TRANSLATE_NOOP("facets", "Region"),
    "service": QT_TRANSLATE_NOOP("facets", "Services"),
    "modality": QT_TRANSLATE_NOOP("facets", "Modalities"),
    "grade": QT_TRANSLATE_NOOP("facets", "Cleanroom grade"),
    "status": QT_TRANSLATE_NOOP("facets", "Status"),
    "access": QT_TRANSLATE_NOOP("facets", "Access"),
    "confidence": QT_TRANSLATE_NOOP("facets", "Confidence"),
}


class FacetPanel(QTreeWidget):
    """One branch per facet, one leaf per value with its count in the current result."""

    value_clicked = Signal(str, str)
    """(field, code): the user wants this value's state toggled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.setAccessibleName(self.tr("Filters"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._collapsed: set[str] = {"region", "status", "access", "confidence", "modality", "service"}
        self.itemExpanded.connect(lambda item: self._collapsed.discard(item.data(0, FieldRole)))
        self.itemCollapsed.connect(lambda item: self._collapsed.add(item.data(0, FieldRole)))
        self._icons = {
            "include": icon("fa6s.circle-check", color="#1b7f3b"),
            "exclude": icon("fa6s.ban", color="#b3261e"),
        }

    def update_counts(
        self,
        counts: dict[str, list[tuple[str, int]]],
        everywhere: dict[str, list[tuple[str, int]]],
        query: Node,
    ) -> None:
        """Show the counts of the current result.

        Every value present in the directory is listed (zero counts greyed), so that a value
        can be added to an OR even when the current result has none of it.

        :param counts: facet -> [(code, count)] in the current result
        :param everywhere: facet -> [(code, count)] in the whole directory (sets the values listed)
        :param query: the current query, to mark included and excluded values
        """
        scroll = self.verticalScrollBar().value()
        current = self.currentItem()
        current_key = (current.data(0, FieldRole), current.data(0, CodeRole)) if current else None
        self.clear()
        for field, title in FACET_TITLES.items():
            found = dict(counts.get(field, []))
            overall = dict(everywhere.get(field, []))
            branch = QTreeWidgetItem(self, [tr("facets", title)])
            branch.setData(0, FieldRole, field)
            branch.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(branch.font(0))
            font.setBold(True)
            branch.setFont(0, font)
            codes = list(overall) + [c for c in found if c not in overall]
            codes.sort(key=lambda c: (-found.get(c, 0), -overall.get(c, 0), c))
            active = False
            for code in codes:
                count = found.get(code, 0)
                label = term_label(VOCABULARY_FIELDS[field], code)
                item = QTreeWidgetItem(branch, [f"{label}  ({count})"])
                item.setData(0, FieldRole, field)
                item.setData(0, CodeRole, code)
                state = "none" if isinstance(query, MatchAll) else facet_state(query, field, code)
                active = active or state != "none"
                if state in self._icons:
                    item.setIcon(0, self._icons[state])
                if state == "exclude":
                    struck = QFont(item.font(0))
                    struck.setStrikeOut(True)
                    item.setFont(0, struck)
                if count == 0 and state == "none":
                    item.setForeground(0, QBrush(QColor("gray")))
                item.setToolTip(0, self._tooltip(state, label))
                if current_key == (field, code):
                    self.setCurrentItem(item)
            branch.setExpanded(field not in self._collapsed or active)
        self.verticalScrollBar().setValue(scroll)

    def _tooltip(self, state: str, label: str) -> str:
        if state == "include":
            return self.tr("Only %1 — click to exclude").replace("%1", label)
        if state == "exclude":
            return self.tr("Excluding %1 — click to clear").replace("%1", label)
        return self.tr("Click to show only %1").replace("%1", label)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        code = item.data(0, CodeRole)
        if code:
            self.value_clicked.emit(item.data(0, FieldRole), code)

    def value_items(self, field: str) -> dict[str, QTreeWidgetItem]:
        """Leaf items of one facet by code (for tests and keyboard navigation)."""
        for i in range(self.topLevelItemCount()):
            branch = self.topLevelItem(i)
            if branch.data(0, FieldRole) == field:
                return {branch.child(j).data(0, CodeRole): branch.child(j) for j in range(branch.childCount())}
        return {}
