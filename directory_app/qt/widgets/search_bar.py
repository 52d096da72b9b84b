"""The search box: the one place a search is expressed. Instant (debounced), with inline errors."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from directory_app.qt.widgets.query_chips import QueryChips

DEBOUNCE_MS = 120


class SearchBar(QWidget):
    """A line edit for free text and the query language, a line for parse errors, and the chips
    of how the text was understood (:class:`~directory_app.qt.widgets.query_chips.QueryChips`)."""

    query_changed = Signal(str)
    """The text to search for, a moment after the user stops typing (or at once on Enter)."""
    leave_down = Signal()
    """The user pressed Down: move on to the results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("Search: free text, a place (Gent, Liège…), or e.g. kind:incubator grade:B near:Leuven within:30km")
        )
        self.edit.setAccessibleName(self.tr("Search"))
        self.edit.setAccessibleDescription(self.tr("Free text and field:value terms; press F1 for the list of fields."))
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.count_label.setObjectName("resultCount")
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.error_label.setObjectName("searchError")
        self.error_label.setStyleSheet("QLabel{color:#b3261e;}")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.chips = QueryChips(self, fallback_focus=self.edit)
        layout.addWidget(self.chips)
        self.chips.removed.connect(self._emit)
        self.chips.search_requested.connect(self.set_text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._emit)
        self._escape = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self.edit)
        self._escape.activated.connect(self.clear)
        self._down = QShortcut(QKeySequence("Down"), self.edit)
        self._down.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._down.activated.connect(self.leave_down)

    def text(self) -> str:
        """The current search text."""
        return self.edit.text()

    def set_text(self, text: str, *, run: bool = True) -> None:
        """Replace the text (e.g. from a facet click or a saved search) and search at once."""
        if text != self.edit.text():
            self.edit.setText(text)
        if run:
            self._emit()

    def clear(self) -> None:
        """Empty the box and show everything."""
        self.set_text("")

    def focus(self) -> None:
        """Put the cursor in the box with its text selected."""
        self.edit.setFocus()
        self.edit.selectAll()

    def show_error(self, message: str, position: int | None = None) -> None:
        """Show why the text cannot be searched (the previous result stays on screen)."""
        from directory_app.qt.query_errors import translated_query_error
        from directory_app.qt.theme import is_dark

        where = "" if position is None else " " + self.tr("(at character %1)").replace("%1", str(position + 1))
        self.error_label.setText(translated_query_error(message) + where)
        self.error_label.setStyleSheet(f"QLabel{{color:{'#ff8a80' if is_dark() else '#b3261e'};}}")
        self.error_label.show()
        self.edit.setStyleSheet("QLineEdit{border:1px solid #b3261e;}")

    def clear_error(self) -> None:
        """Hide the error line."""
        self.error_label.hide()
        self.edit.setStyleSheet("")

    def _emit(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.edit.text())
