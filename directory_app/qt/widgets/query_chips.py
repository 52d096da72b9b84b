"""How the search text was understood: removable chips, corrections and relaxation, under the search box.

``incubateur Liège labo`` shows ``Kind: Incubator`` ``Near Liège (20 km)`` ``Service: Lab space``
(in the UI language), each a button with an × that removes that part. A removed part stays
removed for that text (a sort, a reload or a rerun of the same text does not bring it back): the
window asks :meth:`QueryChips.narrowed` for the structured query to run instead
(``Understanding.without``: the other recognised parts, explicit terms and leftover words, with
nothing inferred again). Corrections ("Showing results for Leuven" / "Search instead for lueven",
"Did you mean cells?") are buttons; the line "No exact match for ...; showing facilities that
match ..." says when the strict query found nothing and what ran instead.

Every text shown here may come from the user or the data: labels are plain text, buttons never
read markup, and an ``&`` is doubled so it is never taken for a keyboard mnemonic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from directory_app.domain.errors import DirectoryError
from directory_app.qt.i18n import term_label, tr
from directory_app.qt.translations import current_language
from directory_app.search.city_names import place_names

if TYPE_CHECKING:  # the query tree and the parser are loaded when a chip is first shown, not with the first window
    from directory_app.domain.query import Node
    from directory_app.search.understanding import Correction, Part, Understanding

VOCABULARY_OF_FIELD = {
    "kind": "kind",
    "service": "service",
    "modality": "modality",
    "grade": "cleanroom_grade",
    "country": "country",
    "region": "region",
}
"""Chip fields whose values are vocabulary codes, with their vocabulary."""


_ELISION = re.compile(r"\bde ([AEIOUYÀÂÉÈÊÎÔÛaeiouyàâéèêîôû])")
"""French elides "de" before a vowel: « Près d’Arlon », not « Près de Arlon »."""


def _mnemonic_safe(text: str) -> str:
    """Button text shown as written: ``&`` is Qt's mnemonic marker."""
    return text.replace("&", "&&")


def _number(km: float) -> str:
    return QLocale().toString(float(km), "g", 6)


def _or(values: Sequence[str]) -> str:
    out = values[0] if values else ""
    for value in values[1:]:
        out = tr("QueryChips", "%1 or %2").replace("%1", out, 1).replace("%2", value, 1)
    return out


def place_label(name: str) -> str:
    """A gazetteer place name in the UI language (Liège / Luik)."""
    return place_names().label_in(name, current_language())


def chip_text(part: Part) -> str:
    """A recognised part as the UI language says it: ``Soort: Incubator``, ``Près de Liège (20 km)``."""
    values = part.value.split(" or ")
    if part.field == "near":
        text = (
            tr("QueryChips", "Near %1 (%2 km)")
            .replace("%1", _or([place_label(v) for v in values]), 1)
            .replace("%2", _number(part.km or 0), 1)
        )
        return _ELISION.sub(r"d’\1", text) if current_language() == "fr" else text
    vocabulary = VOCABULARY_OF_FIELD.get(part.field)
    if vocabulary is None:
        # a small query from the word tables ("cleanroom" = cleanroom space or any grade; "Limburg" =
        # the NL province or near Hasselt): the typed words, then each term in words, never query syntax
        leaves = sorted(_leaves(part.node))
        shown_terms = [
            place_label(value)
            if field == "near"
            else term_label(VOCABULARY_OF_FIELD[field], value)
            if field in VOCABULARY_OF_FIELD
            else value
            for field, value in leaves
        ]
        if not shown_terms:
            return part.typed
        return tr("QueryChips", "%1: %2").replace("%1", part.typed, 1).replace("%2", _or(shown_terms), 1)
    shown = _or([term_label(vocabulary, v) for v in values])
    if part.field == "kind":
        return tr("QueryChips", "Kind: %1").replace("%1", shown, 1)
    if part.field == "service":
        return tr("QueryChips", "Service: %1").replace("%1", shown, 1)
    if part.field == "modality":
        return tr("QueryChips", "Modality: %1").replace("%1", shown, 1)
    if part.field == "grade":
        return tr("QueryChips", "Cleanroom: %1").replace("%1", shown, 1)
    if part.field == "country":
        return tr("QueryChips", "Country: %1").replace("%1", shown, 1)
    return tr("QueryChips", "Region: %1").replace("%1", shown, 1)


def _leaves(node: Node) -> set[tuple[str, str]]:
    """The (field, value) terms and (``near``, place) of a query, at any depth."""
    from directory_app.domain.query import And, Near, Not, Or, Term

    if isinstance(node, Term):
        return {(node.field, node.value)}
    if isinstance(node, Near):
        return {("near", node.place)}
    if isinstance(node, Not):
        return _leaves(node.node)
    if isinstance(node, And | Or):
        return set().union(*(_leaves(n) for n in node.nodes))
    return set()


def dropped_parts(understanding: Understanding) -> list[Part]:
    """Recognised parts the query that ran no longer holds (relaxation left them out)."""
    ran = _leaves(understanding.node)
    out = []
    for part in understanding.parts:
        own = _leaves(part.node) if part.field == "query" else {(part.field, v) for v in part.value.split(" or ")}
        if own and not own & ran:
            out.append(part)
    return out


def _relaxation_note(note: str) -> str | None:
    """One of the understanding's relaxation notes (English) in the UI language; ``None`` for the
    "without ..." notes (the dropped parts are named from the query that ran instead)."""
    if note.startswith("without "):
        return None
    if note == "any of the words":
        return tr("QueryChips", "any of the words")
    if note.startswith("a wider radius"):
        return tr("QueryChips", "a wider radius")
    if note.startswith("broader terms"):
        return tr("QueryChips", "broader terms")
    return note


def _corrected_text(typed: str, corrections: Sequence[Correction], *, literal: bool) -> str | None:
    """The typed query with corrected words quoted (``literal``: searched as typed, never corrected
    again) or replaced by their correction; ``None`` when the text cannot be read back."""
    from directory_app.domain.query import And, Text, format_query
    from directory_app.search.parser import parse
    from directory_app.search.text import words

    try:
        node = parse(typed)
    except (DirectoryError, ValueError):
        return None
    by_word = {c.typed: c.corrected for c in corrections}

    def edit(item: Node) -> Node:
        if not isinstance(item, Text) or item.phrase:
            return item
        found = [w for w in words(item.value) if w in by_word]
        if not found:
            return item
        if literal:
            return Text(item.value, phrase=True)
        if len(words(item.value)) == 1:
            return Text(by_word[found[0]])
        return Text(" ".join(by_word.get(w, w) for w in words(item.value)))

    if isinstance(node, And):
        return format_query(And(tuple(edit(n) for n in node.nodes)))
    return format_query(edit(node))


class Chip(QToolButton):
    """One recognised part: click, Enter, Space, Delete or Backspace removes it from the search."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryChip")
        self.label = text
        self.setText(_mnemonic_safe(text) + "  ×")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoRaise(False)
        remove = tr("QueryChips", "Remove “%1” from the search").replace("%1", text, 1)
        self.setAccessibleName(remove)
        self.setToolTip(remove)
        self.setStyleSheet(
            "QToolButton#queryChip{border:1px solid palette(mid); border-radius:10px; padding:1px 8px;"
            " background:palette(alternate-base);}"
            "QToolButton#queryChip:focus{border:2px solid palette(highlight);}"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.click()
            return
        super().keyPressEvent(event)


def _link_button(name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("QPushButton{color:palette(link); text-decoration:underline; border:none; padding:0 4px;}")
    button.hide()
    return button


class QueryChips(QWidget):
    """The understood parts of the current search as chips, and lines for corrections and relaxation."""

    removed = Signal()
    """A chip was removed: search the same text again (the window runs :meth:`narrowed`)."""
    search_requested = Signal(str)
    """Search this text instead (as typed, or with the suggested word)."""

    def __init__(self, parent: QWidget | None = None, *, fallback_focus: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryChips")
        self.fallback_focus = fallback_focus
        self._text = ""
        self._removed: list[Part] = []
        self._focus_after: int | None = None
        self.chips: list[tuple[Chip, Part]] = []
        self.title = QLabel(tr("QueryChips", "Understood as:"), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("QLabel{color:palette(placeholder-text);}")
        self._chip_row = QHBoxLayout()
        self._chip_row.setContentsMargins(0, 0, 0, 0)
        self._chip_row.setSpacing(4)
        self._chip_row.addWidget(self.title)
        self._chip_row.addStretch(1)
        self.correction_label = QLabel(self)
        self.correction_label.setObjectName("correctionNote")
        self.correction_label.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.literal_button = _link_button("searchLiteral", self)
        self.suggestion_button = _link_button("didYouMean", self)
        self.relaxed_label = QLabel(self)
        self.relaxed_label.setObjectName("relaxedNote")
        self.relaxed_label.setTextFormat(Qt.TextFormat.PlainText)  # shows text from data or the user
        self.relaxed_label.setWordWrap(True)
        self.relaxed_label.setStyleSheet("QLabel{color:#8a5300;}")
        messages = QHBoxLayout()
        messages.setContentsMargins(0, 0, 0, 0)
        messages.setSpacing(2)
        messages.addWidget(self.correction_label)
        messages.addWidget(self.literal_button)
        messages.addWidget(self.suggestion_button)
        messages.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._chip_row)
        layout.addLayout(messages)
        layout.addWidget(self.relaxed_label)
        self._literal = ""
        self._suggested = ""
        self.literal_button.clicked.connect(lambda: self.search_requested.emit(self._literal))
        self.suggestion_button.clicked.connect(lambda: self.search_requested.emit(self._suggested))
        self.correction_label.hide()
        self.relaxed_label.hide()
        self.hide()

    # What runs ---------------------------------------------------------------------------------

    def narrowed(self, text: str, understanding: Understanding | None) -> Node | None:
        """The query to run instead of ``text`` when the user removed chips of this same text, else ``None``.

        Removals are forgotten as soon as the text changes.
        """
        if text.strip() != self._text:
            self._text = text.strip()
            self._removed = []
        if understanding is None or not self._removed:
            return None
        gone = [p for p in understanding.parts if p in self._removed]
        if not gone:
            return None
        kept = replace(understanding, parts=tuple(p for p in understanding.parts if p not in gone[:-1]))
        return kept.without(gone[-1])

    @property
    def removed_parts(self) -> tuple[Part, ...]:
        """The parts removed from the current text."""
        return tuple(self._removed)

    # What shows ----------------------------------------------------------------------------

    def show_understanding(self, text: str, understanding: Understanding | None, *, narrowed: bool = False) -> None:
        """Show the chips and lines for ``understanding`` of ``text`` (``narrowed``: chips were removed,
        so the strict query's relaxation no longer applies)."""
        self.narrowed(text, understanding)  # forget removals of another text
        for index, (chip, _part) in enumerate(self.chips):
            if chip is QApplication.focusWidget() and self._focus_after is None:
                self._focus_after = index  # the keyboard focus stays in the row of chips
        for chip, _part in self.chips:
            self._chip_row.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        parts = [p for p in understanding.parts if p not in self._removed] if understanding is not None else []
        left_out = dropped_parts(understanding) if understanding is not None and understanding.relaxed else []
        for part in parts:
            chip = Chip(chip_text(part), self)
            if part in left_out:  # no exact match with it: the results do not hold it
                font = chip.font()
                font.setStrikeOut(True)
                chip.setFont(font)
                chip.setAccessibleDescription(tr("QueryChips", "Left out: nothing matches it together with the rest"))
                chip.setToolTip(chip.toolTip() + "\n" + chip.accessibleDescription())
            chip.clicked.connect(lambda _checked=False, p=part, c=chip: self._remove(p, c))
            self._chip_row.insertWidget(self._chip_row.count() - 1, chip)
            chip.show()  # now, not when the layout gets to it: it may take the focus below
            self.chips.append((chip, part))
        self.title.setVisible(bool(parts))
        self._show_corrections(text, understanding)
        relaxed = understanding is not None and bool(understanding.relaxed) and not narrowed
        if relaxed and understanding is not None:
            dropped = dropped_parts(understanding)
            said = [n for n in map(_relaxation_note, understanding.relaxed) if n]
            if dropped:
                said.append(tr("QueryChips", "without %1").replace("%1", ", ".join(map(chip_text, dropped)), 1))
            notes = "; ".join(said)
            line = (
                tr("QueryChips", "No exact match for “%1”; showing facilities that match %2 (%3).")
                .replace("%1", text.strip(), 1)
                .replace("%2", understanding.explain or tr("QueryChips", "anything"), 1)
                .replace("%3", notes, 1)
            )
            self.relaxed_label.setText(line)
        self.relaxed_label.setVisible(relaxed)
        shown = bool(parts) or self.correction_label.isVisibleTo(self) or relaxed
        shown = shown or self.suggestion_button.isVisibleTo(self)
        self.setVisible(shown)
        if self._focus_after is not None:
            index, self._focus_after = self._focus_after, None
            if self.chips:
                self.chips[min(index, len(self.chips) - 1)][0].setFocus(Qt.FocusReason.OtherFocusReason)
            elif self.fallback_focus is not None:
                self.fallback_focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_corrections(self, text: str, understanding: Understanding | None) -> None:
        corrections = understanding.corrections if understanding is not None else ()
        applied = [c for c in corrections if c.applied]
        offered = [c for c in corrections if not c.applied]
        places = {
            v.casefold(): place_label(v)
            for p in (understanding.parts if understanding else ())
            if p.field == "near"
            for v in p.value.split(" or ")
        }
        literal = _corrected_text(text, applied, literal=True) if applied else None
        if applied:
            fixed = ", ".join(places.get(c.corrected.casefold(), c.corrected) for c in applied)
            self.correction_label.setText(tr("QueryChips", "Showing results for %1").replace("%1", fixed, 1))
        self.correction_label.setVisible(bool(applied))
        if literal is not None:
            self._literal = literal
            typed = ", ".join(c.typed for c in applied)
            self.literal_button.setText(
                _mnemonic_safe("· " + tr("QueryChips", "Search instead for %1").replace("%1", typed, 1))
            )
            self.literal_button.setAccessibleName(tr("QueryChips", "Search instead for %1").replace("%1", typed, 1))
        self.literal_button.setVisible(literal is not None)
        suggested = _corrected_text(text, offered, literal=False) if offered else None
        if suggested is not None:
            self._suggested = suggested
            question = tr("QueryChips", "Did you mean %1?").replace("%1", _or([c.corrected for c in offered]), 1)
            self.suggestion_button.setText(_mnemonic_safe(question))
            self.suggestion_button.setAccessibleName(question)
        self.suggestion_button.setVisible(suggested is not None)

    def _remove(self, part: Part, chip: Chip) -> None:
        if part not in self._removed:
            self._removed.append(part)
        if chip is QApplication.focusWidget():
            self._focus_after = [c for c, _p in self.chips].index(chip)
        self.removed.emit()
