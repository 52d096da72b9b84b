"""Help dialogs: Welcome (first run), Keyboard Shortcuts (from the real actions), About the Data."""

from __future__ import annotations

import html
import os
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from directory_app.directory import DataOverview
from directory_app.domain import data_checks as dc
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


def welcome_html(total: int, span: tuple[object, object], source_years: tuple[str, str] = ("", "")) -> str:
    """The welcome text: what the data is, where from, how fresh, and the offline map.

    :param span: the oldest and newest dates someone checked a record (``None`` when nobody did)
    :param source_years: the years of the oldest and newest source dates
    """
    oldest, newest = span
    parts = [
        "<h2>" + html.escape(tr("WelcomeDialog", "Welcome to Directory App")) + "</h2>",
        "<p>"
        + html.escape(
            plural(
                "WelcomeDialog",
                "This directory lists 1 life-science incubator, accelerator, science park or cell and gene "
                "therapy production site in Belgium, the Netherlands and Luxembourg.",
                "This directory lists %n life-science incubators, accelerators, science parks and cell and gene "
                "therapy production sites in Belgium, the Netherlands and Luxembourg.",
                total,
            )
        )
        + "</p>",
        "<p>"
        + html.escape(
            tr(
                "WelcomeDialog",
                "Every record was compiled from public sources (operators, institutions, press) and "
                "keeps its source link, a quote from it, the source's date and a confidence level. "
                "A record shows when someone last checked it (Mark as Verified Today).",
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
    elif source_years[0]:
        years = source_years[0] if source_years[0] == source_years[1] else f"{source_years[0]}–{source_years[1]}"
        parts.append(
            "<p>"
            + html.escape(
                tr(
                    "WelcomeDialog", "No record has been checked since it was compiled; the sources date from %1."
                ).replace("%1", years)
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

    def __init__(
        self,
        total: int,
        span: tuple[object, object],
        parent: QWidget | None = None,
        source_years: tuple[str, str] = ("", ""),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("welcomeText")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(welcome_html(total, span, source_years))
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
    """Counts per kind, country and confidence and the 20 least recently verified facilities; with ``checks``,
    a second tab with the data checks' report (the same as ``directory-app check --data``)."""

    facility_chosen = Signal(str)
    """A facility id from the oldest-verifications table (Enter or double-click)."""

    def __init__(
        self,
        overview: DataOverview,
        parent: QWidget | None = None,
        checks: dc.DataCheckReport | None = None,
        source: str = "",
    ) -> None:
        """``source``: where the reference data comes from (the installed team update, or the shipped data)."""
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
        # long facility names are elided: the dates stay in view without scrolling sideways
        oldest_header = self.oldest.horizontalHeader()
        oldest_header.setStretchLastSection(False)
        oldest_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            oldest_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.oldest.setAccessibleDescription(self.tr("Choose one to show it in the list"))
        oldest_label.setBuddy(self.oldest)
        self.oldest.itemActivated.connect(self._chosen)
        self.oldest.itemDoubleClicked.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        holdings = QWidget(self)
        holdings_layout = QVBoxLayout(holdings)
        holdings_layout.addWidget(summary)
        self.source_label = QLabel(source, self)
        self.source_label.setObjectName("aboutDataSource")
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)  # names from a pack
        self.source_label.setWordWrap(True)
        self.source_label.setVisible(bool(source))
        holdings_layout.addWidget(self.source_label)
        holdings_layout.addLayout(counts, 1)
        holdings_layout.addWidget(oldest_label)
        holdings_layout.addWidget(self.oldest, 2)
        self.checks = checks
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutDataTabs")
        self.tabs.addTab(holdings, self.tr("Contents"))
        if checks is not None:
            self.tabs.addTab(DataChecksView(checks, self), self.tr("Data checks"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
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


CHECK_TITLES = {
    "source": QT_TRANSLATE_NOOP("DataChecks", "Source URL and quote"),
    "stale_status": QT_TRANSLATE_NOOP("DataChecks", "Planned or under construction on an old source"),
    "closed": QT_TRANSLATE_NOOP("DataChecks", "Closed sites"),
    "same_site": QT_TRANSLATE_NOOP("DataChecks", "Two rows on one site"),
    "town_distance": QT_TRANSLATE_NOOP("DataChecks", "Point near its stated town"),
    "country_border": QT_TRANSLATE_NOOP("DataChecks", "Inside its country's border"),
    "duplicate_website": QT_TRANSLATE_NOOP("DataChecks", "Duplicate websites"),
    "labels": QT_TRANSLATE_NOOP("DataChecks", "Labels in every language"),
}
"""The titles of :data:`directory_app.domain.data_checks.CHECKS`, for translation (the same English)."""

CHECK_MESSAGES = {
    "no_source_url": QT_TRANSLATE_NOOP("DataChecks", "no source URL"),
    "no_source_quote": QT_TRANSLATE_NOOP("DataChecks", "no source quote"),
    "stale_planned": QT_TRANSLATE_NOOP(
        "DataChecks", "planned, on a source of %1 (over two years old): is it still planned?"
    ),
    "stale_under_construction": QT_TRANSLATE_NOOP(
        "DataChecks", "under construction, on a source of %1 (over two years old): is it built?"
    ),
    "closed": QT_TRANSLATE_NOOP("DataChecks", "closed, yet still listed"),
    "same_site": QT_TRANSLATE_NOOP("DataChecks", "on the same point as %1 at site precision, not on one campus"),
    "far_from_town": QT_TRANSLATE_NOOP("DataChecks", "%1 km from %2, its stated town (more than 15 km)"),
    "pinned_without_town": QT_TRANSLATE_NOOP(
        "DataChecks", "a point at %1 precision and no town: a programme with no single site gets no point"
    ),
    "town_unknown": QT_TRANSLATE_NOOP("DataChecks", "town %1 is not in the gazetteer; its distance was not checked"),
    "towns_not_checked": QT_TRANSLATE_NOOP("DataChecks", "the gazetteer could not be read; no distance was checked"),
    "outside_country": QT_TRANSLATE_NOOP("DataChecks", "point outside the border of %1"),
    "duplicate_website": QT_TRANSLATE_NOOP("DataChecks", "%1 rows share the website %2"),
    "unknown_code": QT_TRANSLATE_NOOP("DataChecks", "%1 code %2 is not in the vocabulary"),
    "missing_label": QT_TRANSLATE_NOOP("DataChecks", "%1 code %2 (%3) has no finished %4 label"),
    "labels_not_checked": QT_TRANSLATE_NOOP(
        "DataChecks", "the %1 translations could not be read; labels were not checked"
    ),
}
"""The messages of :data:`directory_app.domain.data_checks.MESSAGES`, for translation (the same English)."""


def finding_text(finding: dc.Finding) -> str:
    """One finding on one line, in the user's language: severity, facility ids, message (plain text)."""
    severity = tr("DataChecks", "error") if finding.severity == dc.ERROR else tr("DataChecks", "warning")
    message = dc.fill(tr("DataChecks", CHECK_MESSAGES[finding.key]), finding.args)
    who = ", ".join(finding.ids)
    if who:
        return tr("DataChecks", "%1: %2: %3").replace("%1", severity, 1).replace("%2", who, 1).replace("%3", message, 1)
    return tr("DataChecks", "%1: %2").replace("%1", severity, 1).replace("%2", message, 1)


class DataChecksView(QWidget):
    """The data checks' report (the same as ``directory-app check --data``): errors and warnings per check,
    and every finding as plain text."""

    def __init__(self, report: dc.DataCheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataChecksView")
        self.report = report
        summary = QLabel(
            plural("DataChecks", "1 facility checked", "%n facilities checked", report.checked)
            + " · "
            + plural("DataChecks", "1 error", "%n errors", report.errors)
            + " · "
            + plural("DataChecks", "1 warning", "%n warnings", report.warnings),
            self,
        )
        summary.setObjectName("dataChecksSummary")
        summary.setWordWrap(True)
        self.table = _table(
            self,
            [self.tr("Check"), self.tr("Errors"), self.tr("Warnings")],
            ([tr("DataChecks", CHECK_TITLES[code]), str(e), str(w)] for code, e, w in report.counts()),
            self.tr("Data checks"),
        )
        self.table.setObjectName("dataChecksTable")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.findings = QPlainTextEdit(self)
        self.findings.setObjectName("dataChecksFindings")
        self.findings.setReadOnly(True)
        self.findings.setAccessibleName(self.tr("Findings"))
        lines = []
        for code, _, _ in report.counts():
            found = report.of(code)
            if found:
                lines.append(tr("DataChecks", CHECK_TITLES[code]))
                lines.extend("  " + finding_text(f) for f in found)
        self.findings.setPlainText("\n".join(lines) if lines else self.tr("Nothing found."))
        findings_label = QLabel(self.tr("Findings (the same as directory-app check --data):"), self)
        findings_label.setBuddy(self.findings)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings, 2)
