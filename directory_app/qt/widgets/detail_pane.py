"""Details of the current facility: every field, its source as a link, confidence and age, a note."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date
from urllib.parse import quote, unquote

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from directory_app.domain.models import Facility
from directory_app.qt.i18n import (
    city_label,
    format_area,
    format_date,
    term_label,
    term_labels,
    tr,
    verification_age_text,
)
from directory_app.qt.shortcuts import ADD_TO_SHORTLIST, native

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)
CONFIDENCE_COLOURS = {"high": "#1b7f3b", "medium": "#a86b00", "low": "#b3261e"}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(url: str) -> str:
    """A clickable link for http(s) URLs only; anything else is shown as escaped text."""
    if url and _SAFE_URL.match(url):
        return f'<a href="{_e(url)}">{_e(url)}</a>'
    return _e(url)


FACILITY_SCHEME = "facility"
"""Links between facilities in the pane (a site and its campus): ``facility:<percent-encoded id>``."""


def facility_href(facility_id: str) -> str:
    """The pane's link to another facility (the id percent-encoded: any id is safe in it)."""
    return f"{FACILITY_SCHEME}:{quote(facility_id, safe='')}"


def facility_id_of(url: str) -> str | None:
    """The facility id a :func:`facility_href` link names, else ``None``."""
    prefix = FACILITY_SCHEME + ":"
    return unquote(url[len(prefix) :]) if url.startswith(prefix) and len(url) > len(prefix) else None


def _facility_link(facility_id: str, name: str) -> str:
    return f'<a href="{_e(facility_href(facility_id))}">{_e(name or facility_id)}</a>'


def checked_text(f: Facility, today: date | None = None) -> str:
    """Where the record's dates stand, the source's and the last check's apart ("Source dated 2023-05;
    not checked yet"): the age of a source is never passed off as a check."""
    source = (
        tr("details", "Source dated %1").replace("%1", f.source_date)
        if f.source_date
        else tr("details", "Source date unknown")
    )
    checked = (
        f"{verification_age_text(f.verified_on, today)} ({format_date(f.verified_on)})"
        if f.verified_on
        else tr("details", "not checked yet")
    )
    return tr("details", "%1; %2").replace("%1", source, 1).replace("%2", checked, 1)


def facility_html(
    f: Facility,
    today: date | None = None,
    *,
    campus: tuple[str, str] | None = None,
    sites: Sequence[tuple[str, str]] = (),
) -> str:
    """The detail page of a facility as HTML; every value from the data is escaped.

    :param f: the facility
    :param today: reference date for the verification age
    :param campus: ``(id, name)`` of the science park the facility stands on (``f.campus_id``), if known
    :param sites: ``(id, name)`` of the facilities on this science park
    """
    rows: list[tuple[str, str]] = []

    def row(label: str, value: str) -> None:
        if value:
            rows.append((label, value))

    city = city_label(f.city, f.country)
    address = ", ".join(_e(p) for p in (f.street, " ".join(x for x in (f.postal_code, city) if x)) if p)
    row(tr("details", "Organisation"), _e(f.organisation))
    if f.campus_id:
        link = _facility_link(*campus) if campus else _e(f.campus_id)
        row(tr("details", "On campus"), link)
    if sites:
        row(tr("details", "Sites on this campus"), "<br>".join(_facility_link(i, n) for i, n in sites))
    row(tr("details", "Address"), address)
    row(tr("details", "Region"), _e(term_label("region", f.region)))
    row(tr("details", "Country"), _e(term_label("country", f.country)))
    if f.no_single_site:
        row(tr("details", "Coordinates"), _e(term_label("geocode_precision", "none")))
    if f.has_coordinates:
        row(
            tr("details", "Coordinates"),
            _e(f"{f.latitude:.5f}, {f.longitude:.5f}")
            + f' <span class="muted">({_e(term_label("geocode_precision", f.geocode_precision))})</span>',
        )
    row(tr("details", "Status"), _e(term_label("status", f.status)))
    row(tr("details", "Access"), _e(term_label("access", f.access)))
    row(tr("details", "Website"), _link(f.website))
    row(tr("details", "Contact page"), _link(f.contact_url))
    row(tr("details", "E-mail"), _e(f.email))
    row(tr("details", "Phone"), _e(f.phone))
    row(tr("details", "Services"), _e(", ".join(term_labels("service", f.services))))
    row(tr("details", "Modalities"), _e(", ".join(term_labels("modality", f.modalities))))
    row(tr("details", "Cleanroom grades"), _e(", ".join(f.cleanroom_grades)))
    row(tr("details", "Area"), _e(format_area(f.area_m2)))
    row(tr("details", "Opened"), _e(f.year_opened or ""))
    row(tr("details", "Description"), _e(f.description))
    row(tr("details", "Services (as the source puts it)"), _e(f.services_detail))
    row(tr("details", "Modalities (as the source puts it)"), _e(f.modalities_detail))
    row(tr("details", "Cleanroom (as the source puts it)"), _e(f.cleanroom_detail))

    colour = CONFIDENCE_COLOURS.get(f.confidence, "#555555")
    badge = (
        f'<span style="background:{colour}; color:white; padding:2px 6px;">&nbsp;'
        + _e(tr("details", "confidence: %1").replace("%1", term_label("confidence", f.confidence) or "?"))
        + "&nbsp;</span>"
    )
    provenance = [f"<p>{badge} &nbsp; <b>{_e(checked_text(f, today))}</b></p>"]
    if f.source_url:
        provenance.append(f"<p>{_e(tr('details', 'Source'))}: {_link(f.source_url)}</p>")
    if f.source_note:
        provenance.append(f"<p>{_e(tr('details', 'Source note'))}: {_e(f.source_note)}</p>")
    if f.source_quote:
        provenance.append(f"<blockquote>“{_e(f.source_quote)}”</blockquote>")

    # labels take at most a third of a narrow pane and wrap; values get the rest
    table = "".join(
        f'<tr><td class="label" width="38%">{_e(label)}</td><td width="62%">{value}</td></tr>' for label, value in rows
    )
    return (
        "<html><head><style>"
        "td.label{color:palette(mid); padding-right:8px; vertical-align:top;}"
        ".muted{color:gray;} blockquote{margin-left:8px; font-style:italic;}"
        "</style></head><body>"
        f"<h2>{_e(f.name)}</h2>"
        f"<p><b>{_e(term_label('kind', f.kind))}</b></p>"
        f'<table width="100%">{table}</table>'
        f"<h3>{_e(tr('details', 'Provenance'))}</h3>" + "".join(provenance) + "</body></html>"
    )


class DetailPane(QWidget):
    """Read-only details of one facility plus the user's own note on it."""

    note_edited = Signal(str, str)
    """(facility id, note text), emitted a moment after the user stops typing."""
    add_to_shortlist_requested = Signal(str)
    """(facility id): the pane's "Add to Shortlist" button."""
    mark_verified_requested = Signal(str)
    """(facility id): the pane's "Mark as Verified Today" button."""
    facility_link_clicked = Signal(str)
    """(facility id): a link to another facility (the campus a site stands on, a site on a campus)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._facility: Facility | None = None
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("detailBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.setAccessibleName(self.tr("Facility details"))
        self.note_label = QLabel(self.tr("Your note (kept when the data is updated):"), self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(self.tr("Write a private note about this facility…"))
        self.note.setAccessibleName(self.tr("Your note"))
        self.note.setMaximumHeight(110)
        self.note_label.setBuddy(self.note)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(600)
        self._note_timer.timeout.connect(self.flush_note)
        self._note_dirty = False
        self.note.textChanged.connect(self._note_changed)
        self.add_button = QPushButton(self.tr("Add to Shortlist"), self)
        self.add_button.setObjectName("addToShortlistButton")
        self.add_button.setToolTip(
            self.tr("Add this facility to the current shortlist (%1)").replace("%1", native(ADD_TO_SHORTLIST))
        )
        self.add_button.clicked.connect(
            lambda: self._facility is not None and self.add_to_shortlist_requested.emit(self._facility.id)
        )
        self.verify_button = QPushButton(self.tr("Mark as Verified Today"), self)
        self.verify_button.setObjectName("markVerifiedButton")
        self.verify_button.clicked.connect(
            lambda: self._facility is not None and self.mark_verified_requested.emit(self._facility.id)
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        self.show_facility(None)

    def show_facility(
        self,
        facility: Facility | None,
        note: str = "",
        *,
        read_only: bool = False,
        campus: tuple[str, str] | None = None,
        sites: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Show a facility (or an empty state) and its note.

        :param campus: ``(id, name)`` of the science park the facility stands on
        :param sites: ``(id, name)`` of the facilities on it, when it is a science park
        """
        self.flush_note()
        self._facility = facility
        self.add_button.setEnabled(facility is not None and not read_only)
        self.verify_button.setEnabled(facility is not None and not read_only)
        self.verify_button.setToolTip(
            self.tr("This directory is open read-only: the check cannot be recorded.")
            if read_only
            else self.tr("Record that you checked this facility against its source today (Edit › Undo takes it back)")
        )
        if facility is None:
            self.browser.setHtml(
                "<p style='color:gray'>" + html.escape(self.tr("Select a facility to see its details.")) + "</p>"
            )
        else:
            self.browser.setHtml(facility_html(facility, campus=campus, sites=sites))
        self.note.blockSignals(True)
        self.note.setPlainText(note)
        self.note.blockSignals(False)
        self.note.setEnabled(facility is not None)
        self.note.setReadOnly(read_only)

    def facility(self) -> Facility | None:
        """The facility shown."""
        return self._facility

    def _note_changed(self) -> None:
        self._note_dirty = True
        self._note_timer.start()

    def flush_note(self) -> None:
        """Emit a pending note edit now (called before switching facility and on close)."""
        self._note_timer.stop()
        if self._note_dirty and self._facility is not None:
            self._note_dirty = False
            self.note_edited.emit(self._facility.id, self.note.toPlainText())
        self._note_dirty = False

    def note_not_saved(self, facility_id: str) -> None:
        """Saving failed: keep the edit pending so that the next change or switch tries again."""
        if self._facility is not None and self._facility.id == facility_id:
            self._note_dirty = True

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
            return
        facility_id = facility_id_of(bytes(url.toEncoded().data()).decode("ascii", "replace"))
        if facility_id:
            self.facility_link_clicked.emit(facility_id)
