"""Saved searches with live counts: click to run, rename (F2), delete (Del, with undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from directory_app.directory import SavedSearch

SearchRole = Qt.ItemDataRole.UserRole


class SavedSearchesPanel(QListWidget):
    """The user's saved searches; each shows how many facilities it finds now."""

    search_chosen = Signal(str)
    """The query text of the saved search the user picked."""
    rename_requested = Signal(object)
    """A :class:`SavedSearch` to rename."""
    delete_requested = Signal(object)
    """A :class:`SavedSearch` to delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedSearches")
        self.setAccessibleName(self.tr("Saved searches"))
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def set_searches(self, searches: list[tuple[SavedSearch, int | None]]) -> None:
        """Show saved searches with their counts (``None`` when the query no longer runs)."""
        self.clear()
        if not searches:
            placeholder = QListWidgetItem(self.tr("None yet: Ctrl+S saves a search"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(placeholder)
            return
        for search, count in searches:
            shown = "?" if count is None else str(count)
            item = QListWidgetItem(f"{search.name}  ({shown})")
            item.setData(SearchRole, search)
            item.setToolTip(search.query)
            self.addItem(item)

    def current_search(self) -> SavedSearch | None:
        """The selected saved search."""
        item = self.currentItem()
        return item.data(SearchRole) if item is not None else None

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        search = self.current_search()
        if search is not None and event.key() == Qt.Key.Key_F2:
            self.rename_requested.emit(search)
        elif search is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(search)
        else:
            super().keyPressEvent(event)

    def _chosen(self, item: QListWidgetItem) -> None:
        search = item.data(SearchRole)
        if search is not None:
            self.search_chosen.emit(search.query)
