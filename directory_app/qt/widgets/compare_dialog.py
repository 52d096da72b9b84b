"""Side-by-side comparison of 2-4 facilities: one column per facility, one row per property.

The facilities' names are the first row (they wrap; a header would cut them), rows whose values
differ are highlighted, an empty value shows "-", http(s) addresses are links (text from data is
escaped before it goes into a link's label: it never becomes markup), and a comparison made from
a shortlist shows each facility's status and notes there.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain.models import Facility, ShortlistItem
from directory_app.qt.i18n import format_area, format_date, term_label, term_labels, tr
from directory_app.qt.models.shortlist_items import status_label

EMPTY = "-"
"""What an empty value shows."""
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item role: ``True`` on the cells of a row whose values are not all the same."""
DIFFERS_COLOUR = QColor(255, 241, 184)
LINK_ROWS = ("website", "source")
MAX_LINK_TEXT = 60


def comparison_rows(
    facilities: Sequence[Facility], items: Mapping[str, ShortlistItem] | None = None
) -> list[tuple[str, str, list[str]]]:
    """(key, translated property, one text per facility) for the comparison table.

    :param items: the facilities' shortlist items (status and notes rows), when comparing from a shortlist
    """

    def location(f: Facility) -> str:
        return ", ".join(p for p in (f.city, term_label("region", f.region), term_label("country", f.country)) if p)

    rows: list[tuple[str, str, object]] = [
        ("name", tr("CompareDialog", "Facility"), lambda f: f.name),
        ("kind", tr("CompareDialog", "Kind"), lambda f: term_label("kind", f.kind)),
        ("organisation", tr("CompareDialog", "Organisation"), lambda f: f.organisation),
        ("location", tr("CompareDialog", "Location"), location),
        ("services", tr("CompareDialog", "Services"), lambda f: ", ".join(term_labels("service", f.services))),
        (
            "modalities",
            tr("CompareDialog", "Modalities"),
            lambda f: ", ".join(term_labels("modality", f.modalities)),
        ),
        (
            "cleanroom_grades",
            tr("CompareDialog", "Cleanroom grades"),
            lambda f: ", ".join(term_labels("cleanroom_grade", f.cleanroom_grades)),
        ),
        ("area", tr("CompareDialog", "Area"), lambda f: format_area(f.area_m2) if f.area_m2 else ""),
        ("opened", tr("CompareDialog", "Opened"), lambda f: str(f.year_opened or "")),
        ("status", tr("CompareDialog", "Status"), lambda f: term_label("status", f.status)),
        ("website", tr("CompareDialog", "Website"), lambda f: f.website),
        ("verified", tr("CompareDialog", "Verified"), lambda f: format_date(f.verified_on) if f.verified_on else ""),
        ("confidence", tr("CompareDialog", "Confidence"), lambda f: term_label("confidence", f.confidence)),
        ("source", tr("CompareDialog", "Source"), lambda f: f.source_url),
    ]
    if items is not None:

        def item(f: Facility) -> ShortlistItem | None:
            return items.get(f.id)

        rows += [
            (
                "shortlist_status",
                tr("CompareDialog", "Shortlist status"),
                lambda f: status_label(item(f).status) if item(f) else "",
            ),
            (
                "recipient_note",
                tr("CompareDialog", "Note for the recipient"),
                lambda f: item(f).recipient_note if item(f) else "",
            ),
            ("note", tr("CompareDialog", "Your note"), lambda f: item(f).note if item(f) else ""),
        ]
    return [(key, label, [str(get(f) or "").strip() for f in facilities]) for key, label, get in rows]  # type: ignore[operator]


def _is_web(url: str) -> bool:
    return url.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in url)


def link_label(url: str, parent: QWidget | None = None) -> QLabel:
    """A label with a link to ``url`` (an http(s) address), escaped: the address is never markup."""
    shown = url if len(url) <= MAX_LINK_TEXT else url[: MAX_LINK_TEXT - 1] + "…"
    # a long address wraps after its slashes and dots (zero-width spaces in the shown text only)
    shown = re.sub(r"([/.?&=_-])", "\\1\u200b", shown)
    label = QLabel(f'<a href="{html.escape(url, quote=True)}">{html.escape(shown)}</a>', parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setToolTip(f"<p>{html.escape(url)}</p>")  # rich text on purpose: Qt would guess for a plain one
    label.setContentsMargins(4, 2, 4, 2)
    label.setAccessibleName(url)
    return label


class CompareDialog(QDialog):
    """The comparison table, read-only, with Copy (tab-separated, for a spreadsheet)."""

    def __init__(
        self,
        facilities: Sequence[Facility],
        parent: QWidget | None = None,
        *,
        items: Mapping[str, ShortlistItem] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare Facilities"))
        self.resize(260 + 280 * len(facilities), 680)
        rows = comparison_rows(facilities, items)
        self.table = QTableWidget(len(rows), len(facilities), self)
        self.table.setObjectName("comparison")
        self.table.setHorizontalHeaderLabels([f.name for f in facilities])  # for assistive tools
        self.table.horizontalHeader().hide()  # the names are the first row, where they wrap
        self.table.setVerticalHeaderLabels([label for _, label, _ in rows])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (key, _, values) in enumerate(rows):
            differs = len({v.casefold() for v in values}) > 1
            header = self.table.verticalHeaderItem(r)
            if differs:
                header.setFont(bold)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value or EMPTY)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(DIFFERS_ROLE, differs)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if differs and key != "name":
                    item.setBackground(QBrush(DIFFERS_COLOUR))
                    item.setForeground(QBrush(QColor(0x1F, 0x23, 0x28)))
                if key == "name":
                    item.setFont(bold)
                self.table.setItem(r, c, item)
                if key in LINK_ROWS and value and _is_web(value):
                    item.setForeground(QBrush(Qt.GlobalColor.transparent))  # the label shows it
                    self.table.setCellWidget(r, c, link_label(value, self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.fit_rows())
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._facilities = list(facilities)
        self._rows = rows
        self.table.setCurrentCell(-1, -1)  # no cell looks picked out besides the differences
        self.fit_rows()

    def fit_rows(self) -> None:
        """Row heights for the columns' widths, the links' wrapped labels included."""
        self.table.resizeRowsToContents()
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                label = self.table.cellWidget(r, c)
                if isinstance(label, QLabel):
                    height = label.heightForWidth(max(40, self.table.columnWidth(c) - 2))
                    self.table.setRowHeight(r, max(self.table.rowHeight(r), height + 2))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_rows()  # now that the columns have their real widths

    def text(self) -> str:
        """The table as tab-separated text."""
        return "\n".join(
            "\t".join([label, *((v or EMPTY).replace("\t", " ").replace("\n", " ") for v in values)])
            for _, label, values in self._rows
        )

    def copy(self) -> None:
        """Put the table on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
