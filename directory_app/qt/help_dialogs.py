"""Help dialogs: Welcome (first run), Keyboard Shortcuts (from the real actions), About the Data."""

from __future__ import annotations

import html
import os
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from directory_app.directory import DataOverview
from directory_app.qt.i18n import format_date, plural, term_label, tr, verification_age_short

WELCOME_KEY = "welcome/shown"
"""QSettings flag: the welcome was shown once."""
NO_WELCOME_ENV = "DIRECTORY_APP_NO_WELCOME"
"""Set (to anything) to never show the welcome (tests, screenshots)."""


def _table(parent: QWidget, headers: list[str], rows: Iterable[list[str]], name: str) -> QTableWidget:
    rows = list(rows)
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


KEY_WORDS = {
    "Del": QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete"),
    "Ins": QT_TRANSLATE_NOOP("ShortcutsDialog", "Insert"),
    "Return": QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
    "PgUp": QT_TRANSLATE_NOOP("ShortcutsDialog", "Page Up"),
    "PgDown": QT_TRANSLATE_NOOP("ShortcutsDialog", "Page Down"),
}
"""Qt's abbreviated key names, as the keys and people say them."""


def shortcut_words(sequence: QKeySequence) -> str:
    """``sequence`` as the platform writes it (Cmd on macOS), with whole words for the key: "Delete", not "Del"."""
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    if text.endswith("++") or text == "+":
        return text  # Ctrl++: the key is the plus sign
    prefix, plus, key = text.rpartition("+")
    return prefix + plus + (tr("ShortcutsDialog", KEY_WORDS[key]) if key in KEY_WORDS else key)


class ShortcutsDialog(QDialog):
    """Every action with a shortcut: its primary binding on this platform (the first of
    ``shortcuts()``; Copy has four on Linux), in words (:func:`shortcut_words`)."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        seen: set[str] = set()
        rows = []
        for action in actions:
            keys = next((shortcut_words(k) for k in action.shortcuts() if not k.isEmpty()), "")
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
            if not keys or (text, keys) in seen:
                continue
            seen.add((text, keys))  # type: ignore[arg-type]
            rows.append([text, keys])
        self.rows = rows
        self.table = _table(self, [self.tr("Action"), self.tr("Shortcut")], rows, self.tr("Keyboard shortcuts"))
        self.table.setObjectName("shortcutsTable")
        hint = QLabel(
            self.tr(
                "Tab and Shift+Tab move between the search box, filters, list, map and details; "
                "the arrow keys move within them; Enter opens; Esc clears the search."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(560, 620)


def welcome_html(total: int, span: tuple[object, object]) -> str:
    """The welcome text: what the data is, where from, how fresh, and the offline map."""
    oldest, newest = span
    parts = [
        "<h2>" + html.escape(tr("WelcomeDialog", "Welcome to Directory App")) + "</h2>",
        "<p>"
        + html.escape(
            plural(
                "WelcomeDialog",
                "This directory lists 1 life-science incubator, accelerator or cell and gene therapy "
                "production site in Belgium, the Netherlands and Luxembourg.",
                "This directory lists %n life-science incubators, accelerators and cell and gene therapy "
                "production sites in Belgium, the Netherlands and Luxembourg.",
                total,
            )
        )
        + "</p>",
        "<p>"
        + html.escape(
            tr(
                "WelcomeDialog",
                "Every record was compiled from public sources (operators, institutions, press) and "
                "keeps its source link, a quote, a confidence level and the date it was last checked.",
            )
        )
        + "</p>",
    ]
    if oldest and newest and oldest == newest:
        parts.append(
            "<p>"
            + html.escape(
                tr("WelcomeDialog", "All records were last checked on %1.").replace("%1", format_date(oldest))
            )  # type: ignore[arg-type]
            + "</p>"
        )
    elif oldest and newest:
        parts.append(
            "<p>"
            + html.escape(
                tr("WelcomeDialog", "Records were last checked between %1 and %2.")
                .replace("%1", format_date(oldest))  # type: ignore[arg-type]
                .replace("%2", format_date(newest))  # type: ignore[arg-type]
            )
            + "</p>"
        )
    parts.append(
        "<p>"
        + html.escape(
            tr(
                "WelcomeDialog",
                "The map works offline: a world map for the overview is built in. Detailed streets are "
                "downloaded only if you switch on online map tiles (Map menu), and are kept for offline use.",
            )
        )
        + "</p><p>"
        + html.escape(
            tr(
                "WelcomeDialog",
                "Help › About the Data shows what the directory holds and which records are oldest; "
                "Help › Keyboard Shortcuts lists every shortcut.",
            )
        )
        + "</p>"
    )
    return "".join(parts)


class WelcomeDialog(QDialog):
    """A short first-run explanation of the data and the offline map."""

    def __init__(self, total: int, span: tuple[object, object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("welcomeText")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(welcome_html(total, span))
        self.text.setAccessibleName(self.tr("Welcome"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 460)


def welcome_due(settings: QSettings) -> bool:
    """Whether the first-run welcome should show (never when the env var asks for none)."""
    if os.environ.get(NO_WELCOME_ENV):
        return False
    return not settings.value(WELCOME_KEY, False, type=bool)


def mark_welcome_shown(settings: QSettings) -> None:
    """Remember that the welcome was shown."""
    settings.setValue(WELCOME_KEY, True)
    settings.sync()


class AboutDataDialog(QDialog):
    """Counts per kind, country and confidence and the 20 least recently verified facilities."""

    facility_chosen = Signal(str)
    """A facility id from the oldest-verifications table (Enter or double-click)."""

    def __init__(self, overview: DataOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDataDialog")
        self.setWindowTitle(self.tr("About the Data"))
        self.overview = overview
        summary = QLabel(
            plural("AboutDataDialog", "1 facility", "%n facilities", overview.total)
            + " · "
            + plural("AboutDataDialog", "1 never verified", "%n never verified", overview.never_verified),
            self,
        )
        summary.setObjectName("aboutDataSummary")
        counts = QHBoxLayout()
        titles = {"kind": self.tr("Kind"), "country": self.tr("Country"), "confidence": self.tr("Confidence")}
        vocabularies = {"kind": "kind", "country": "country", "confidence": "confidence"}
        for field, title in titles.items():
            rows = [
                [term_label(vocabularies[field], code) or self.tr("(none)"), str(n)]
                for code, n in overview.by.get(field, [])
            ]
            table = _table(
                self, [title, self.tr("Facilities")], rows, self.tr("Facilities per %1").replace("%1", title)
            )
            table.setObjectName(f"counts_{field}")
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            counts.addWidget(table)
        oldest_label = QLabel(self.tr("Least recently verified (Enter or double-click shows it):"), self)
        self.oldest = _table(
            self,
            [self.tr("Facility"), self.tr("Last verified"), self.tr("Age")],
            ([name, self._when(day, basis), verification_age_short(day)] for _, name, day, basis in overview.oldest),
            self.tr("Least recently verified facilities"),
        )
        self.oldest.setObjectName("oldestTable")
        self.oldest.setAccessibleDescription(self.tr("Choose one to show it in the list"))
        oldest_label.setBuddy(self.oldest)
        self.oldest.itemActivated.connect(self._chosen)
        self.oldest.itemDoubleClicked.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(counts, 1)
        layout.addWidget(oldest_label)
        layout.addWidget(self.oldest, 2)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def choose_row(self, row: int) -> None:
        """Show the facility of a row of the oldest table (as a click would)."""
        if 0 <= row < len(self.overview.oldest):
            self.facility_chosen.emit(self.overview.oldest[row][0])

    def _when(self, day: object, basis: str) -> str:
        """A date of the oldest-information table; one counted from the source's own date says so."""
        if not isinstance(day, date):
            return self.tr("never")
        text = format_date(day)
        return self.tr("%1 (source date)").replace("%1", text) if basis == "source" else text

    def _chosen(self, item: QTableWidgetItem) -> None:
        self.choose_row(item.row())
