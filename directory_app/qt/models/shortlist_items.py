"""Table model of one shortlist: order, facility, status, rank, private note and the note for the
recipient; reorder by drag and drop.

Edits and moves are not applied here: the model reports them (``edited``, ``reordered``,
``dropped_ids``) and the owner writes them through the Directory, then calls :meth:`set_items`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from directory_app.domain.models import SHORTLIST_STATUSES, Facility, ShortlistItem
from directory_app.qt.i18n import city_label, format_area, term_label, tr

FACILITY_IDS_MIME = "application/x-directory-app-facility-ids"
"""Drag payload between the list and a shortlist: facility ids, one per line (UTF-8)."""

COLUMNS = ("position", "name", "kind", "city", "status", "rank", "area", "note", "recipient_note")
EDITABLE = ("status", "rank", "note", "recipient_note")
STATUS_LABELS = {
    "candidate": ("shortlist", QT_TRANSLATE_NOOP("shortlist", "Candidate")),
    "contacted": ("shortlist", QT_TRANSLATE_NOOP("shortlist", "Contacted")),
    "visited": ("shortlist", QT_TRANSLATE_NOOP("shortlist", "Visited")),
    "excluded": ("shortlist", QT_TRANSLATE_NOOP("shortlist", "Excluded")),
}
_HEADERS = {
    "position": "#",
    "name": QT_TRANSLATE_NOOP("ShortlistItemsModel", "Name"),
    "kind": QT_TRANSLATE_NOOP("ShortlistItemsModel", "Kind"),
    "city": QT_TRANSLATE_NOOP("ShortlistItemsModel", "City"),
    "status": QT_TRANSLATE_NOOP("ShortlistItemsModel", "Status"),
    "rank": QT_TRANSLATE_NOOP("ShortlistItemsModel", "Rank"),
    "note": QT_TRANSLATE_NOOP("ShortlistItemsModel", "Private note"),
    "recipient_note": QT_TRANSLATE_NOOP("ShortlistItemsModel", "Note for the recipient"),
    "area": QT_TRANSLATE_NOOP("ShortlistItemsModel", "Area"),
}
Index = QModelIndex | QPersistentModelIndex


def status_label(code: str) -> str:
    """The translated name of a shortlist status."""
    _context, text = STATUS_LABELS.get(code, ("shortlist", code))
    return tr("shortlist", text)


def ids_mime(ids: Sequence[str]) -> QMimeData:
    """Drag data carrying facility ids."""
    data = QMimeData()
    data.setData(FACILITY_IDS_MIME, QByteArray("\n".join(ids).encode("utf-8")))
    data.setText("\n".join(ids))
    return data


def ids_from_mime(data: QMimeData) -> list[str]:
    """Facility ids from drag data (empty when it carries none)."""
    if not data.hasFormat(FACILITY_IDS_MIME):
        return []
    text = bytes(data.data(FACILITY_IDS_MIME).data()).decode("utf-8", "replace")
    return [line for line in text.splitlines() if line.strip()][:10_000]


class ShortlistItemsModel(QAbstractTableModel):
    """The items of the current shortlist with their facilities."""

    edited = Signal(str, str, object)  # facility id, "status" | "rank" | "note" | "recipient_note", value
    reordered = Signal(list)  # facility ids in the new order
    dropped_ids = Signal(list)  # facility ids dragged in from the list (to add)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._items: list[ShortlistItem] = []
        self._facilities: dict[str, Facility] = {}
        self._withdrawn: dict[str, str] = {}

    def set_items(
        self, items: Sequence[ShortlistItem], facilities: dict[str, Facility], withdrawn: dict[str, str] | None = None
    ) -> None:
        """Show these items (in their order); ``withdrawn``: id -> date a team update took it out of the
        directory (its last known data is in ``facilities``; the row says it is withdrawn)."""
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: i.position)
        self._facilities = dict(facilities)
        self._withdrawn = dict(withdrawn or {})
        self.endResetModel()

    def is_withdrawn(self, row: int) -> bool:
        """Whether the facility of a row was withdrawn from the directory by an update."""
        return self._items[row].facility_id in self._withdrawn

    def item_at(self, row: int) -> ShortlistItem:
        """The item of a row."""
        return self._items[row]

    def ids(self) -> list[str]:
        """Facility ids in order."""
        return [i.facility_id for i in self._items]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("ShortlistItemsModel", _HEADERS[COLUMNS[section]])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = COLUMNS[index.column()]
        facility = self._facilities.get(item.facility_id)
        if role == Qt.ItemDataRole.EditRole:
            return {
                "status": item.status,
                "rank": item.rank or 0,
                "note": item.note,
                "recipient_note": item.recipient_note,
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "note":
            return item.note or None
        if role == Qt.ItemDataRole.ToolTipRole and column == "recipient_note":
            return item.recipient_note or None
        gone = self._withdrawn.get(item.facility_id)
        if gone is not None and column == "name":
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr(
                    "ShortlistItemsModel",
                    "A team update withdrew this facility from the directory on %1; it stays on your shortlist "
                    "with its last known data.",
                ).replace("%1", gone)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and column in ("status", "rank"):
            return tr("ShortlistItemsModel", "Private: left out of exports unless you include private notes")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "position":
            return index.row() + 1
        if column == "name":
            if facility and gone is not None:
                return tr("ShortlistItemsModel", "%1 (withdrawn from the directory)").replace("%1", facility.name)
            return (
                facility.name
                if facility
                else tr("ShortlistItemsModel", "%1 (no longer in the directory)").replace("%1", item.facility_id)
            )
        if column == "kind":
            return term_label("kind", facility.kind) if facility else ""
        if column == "city":
            return city_label(facility.city, facility.country) if facility else ""
        if column == "status":
            return status_label(item.status)
        if column == "rank":
            return item.rank if item.rank is not None else ""
        if column == "note":
            return item.note.replace("\n", " ")
        if column == "recipient_note":
            return item.recipient_note.replace("\n", " ")
        if column == "area":
            return format_area(facility.area_m2) if facility and facility.area_m2 else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        item = self._items[index.row()]
        if column == "status":
            if value not in SHORTLIST_STATUSES:
                return False
        elif column == "rank":
            try:
                value = int(value) if value not in (None, "", 0, "0") else None  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return False
            if value is not None and value < 1:
                return False
        elif column in ("note", "recipient_note"):
            value = str(value)
        else:
            return False
        self.edited.emit(item.facility_id, column, value)
        return True

    # drag and drop ---------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [FACILITY_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes})
        return ids_mime([self._items[r].facility_id for r in rows])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        ids = ids_from_mime(data)
        if not ids:
            return False
        current = self.ids()
        if not set(ids) <= set(current):
            self.dropped_ids.emit([i for i in ids if i not in current])  # from the list: add them
            return True
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(current))
        moving = [i for i in current if i in set(ids)]
        before = [i for i in current[:target] if i not in set(ids)]
        after = [i for i in current[target:] if i not in set(ids)]
        self.reordered.emit(before + moving + after)
        return False  # the owner rewrites the rows; Qt must not remove the dragged ones
