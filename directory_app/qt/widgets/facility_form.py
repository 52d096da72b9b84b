"""The form that adds or edits one facility: validated as you type, geocoding from the offline
gazetteer, coordinates also settable by dragging the marker on the map.

The form holds no rules of its own: it reads its fields into a dict, and
:func:`~directory_app.domain.validation.facility_from_fields` and
:func:`~directory_app.domain.validation.validate_facility` say what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain import vocabulary as vocab
from directory_app.domain.models import Facility
from directory_app.domain.places import GeocodeResult
from directory_app.domain.validation import MESSAGES, facility_from_fields, tidy_postcode, validate_facility
from directory_app.qt.i18n import format_date, term_label, tr

TEXT_FIELDS = (
    "name",
    "organisation",
    "street",
    "postal_code",
    "city",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "area_m2",
    "year_opened",
    "source_url",
)
COMBO_FIELDS = {
    "kind": "kind",
    "status": "status",
    "country": "country",
    "region": "region",
    "confidence": "confidence",
}
LIST_FIELDS = {"services": "service", "modalities": "modality", "cleanroom_grades": "cleanroom_grade"}
NOTE_FIELDS = ("description", "services_detail", "modalities_detail", "cleanroom_detail", "source_quote")
INVALID_STYLE = "border: 1px solid #c42b1c;"


def field_label(name: str) -> str:
    """The translated label of a facility field."""
    labels = {
        "id": tr("FacilityForm", "Id"),
        "name": tr("FacilityForm", "Name"),
        "kind": tr("FacilityForm", "Kind"),
        "organisation": tr("FacilityForm", "Organisation"),
        "street": tr("FacilityForm", "Street"),
        "postal_code": tr("FacilityForm", "Postcode"),
        "city": tr("FacilityForm", "City"),
        "region": tr("FacilityForm", "Region"),
        "country": tr("FacilityForm", "Country"),
        "latitude": tr("FacilityForm", "Latitude"),
        "longitude": tr("FacilityForm", "Longitude"),
        "geocode_precision": tr("FacilityForm", "Location precision"),
        "website": tr("FacilityForm", "Website"),
        "email": tr("FacilityForm", "E-mail"),
        "phone": tr("FacilityForm", "Phone"),
        "description": tr("FacilityForm", "Description"),
        "services": tr("FacilityForm", "Services"),
        "services_detail": tr("FacilityForm", "Services as the source says"),
        "modalities": tr("FacilityForm", "Modalities"),
        "modalities_detail": tr("FacilityForm", "Modalities as the source says"),
        "cleanroom_grades": tr("FacilityForm", "Cleanroom grades"),
        "cleanroom_detail": tr("FacilityForm", "Cleanrooms as the source says"),
        "area_m2": tr("FacilityForm", "Area (m²)"),
        "year_opened": tr("FacilityForm", "Year opened"),
        "status": tr("FacilityForm", "Status"),
        "source_url": tr("FacilityForm", "Source URL"),
        "source_quote": tr("FacilityForm", "Source quote"),
        "verified_on": tr("FacilityForm", "Verified on"),
        "confidence": tr("FacilityForm", "Confidence"),
    }
    return labels.get(name, name)


def problem_text(field: str, code: str, detail: str = "") -> str:
    """A problem in the user's language: "Postcode: is not a postcode of the country (…)"."""
    message = tr("validation", MESSAGES.get(code, code))
    if detail and code not in ("required", "incomplete"):
        message += f" ({detail})"
    return f"{field_label(field)}: {message}"


class FacilityForm(QDialog):
    """Add or edit a facility. ``submitted(facility, verified_source)`` when the user saves a valid record;
    the owner stores it and either closes the form or shows why it could not (:meth:`show_error`)."""

    submitted = Signal(object, str)
    place_on_map_requested = Signal(str, object, object)  # id, latitude or None, longitude or None

    def __init__(
        self,
        parent: QWidget | None,
        facility: Facility | None = None,
        *,
        new_id: str = "",
        vocabularies: Callable[[str], list[vocab.Term]] | None = None,
        geocode: Callable[[str, str, str], GeocodeResult | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("facilityForm")
        self.original = facility
        self._new_id = new_id
        self._geocode = geocode
        self._terms = vocabularies or (lambda name: list(vocab.VOCABULARIES[name]))
        self.setWindowTitle(self.tr("Edit “%1”").replace("%1", facility.name) if facility else self.tr("New Facility"))
        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.lists: dict[str, QListWidget] = {}
        self.notes: dict[str, QPlainTextEdit] = {}
        self._precision = facility.geocode_precision if facility else ""

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._location_tab(), self.tr("Location"))
        self.tabs.addTab(self._capabilities_tab(), self.tr("Capabilities"))
        self.tabs.addTab(self._source_tab(), self.tr("Source"))

        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("formProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("QLabel{color:#a4262c;}")
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self.resize(640, 600)

        if facility is not None:
            self._fill(facility)
        else:
            self.combos["status"].setCurrentIndex(max(0, self.combos["status"].findData("operational")))
        self._country_changed()
        if facility is not None and facility.region:
            self.combos["region"].setCurrentIndex(max(0, self.combos["region"].findData(facility.region)))
        for edit in self.edits.values():
            edit.textChanged.connect(self.revalidate)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self.revalidate)
        for widget in self.lists.values():
            widget.itemChanged.connect(self.revalidate)
        self.verified_box.toggled.connect(self.revalidate)
        self.verified_source.textChanged.connect(self.revalidate)
        self.combos["country"].currentIndexChanged.connect(self._country_changed)
        self.edits["postal_code"].editingFinished.connect(self._tidy_postcode)
        self.revalidate()

    # building -----------------------------------------------------------------------------------

    def _line(self, form: QFormLayout, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"field_{name}")
        edit.setPlaceholderText(placeholder)
        self.edits[name] = edit
        form.addRow(field_label(name), edit)
        return edit

    def _combo(self, form: QFormLayout, name: str, *, empty: bool = False) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"field_{name}")
        if empty:
            combo.addItem(self.tr("(none)"), "")
        for term in self._terms(COMBO_FIELDS[name]):
            combo.addItem(term_label(COMBO_FIELDS[name], term.code), term.code)
        self.combos[name] = combo
        form.addRow(field_label(name), combo)
        return combo

    def _note(self, form: QFormLayout, name: str, height: int = 60) -> QPlainTextEdit:
        note = QPlainTextEdit(self)
        note.setObjectName(f"field_{name}")
        note.setTabChangesFocus(True)
        note.setFixedHeight(height)
        self.notes[name] = note
        form.addRow(field_label(name), note)
        return note

    def _checklist(self, form: QFormLayout, name: str, height: int = 120) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(f"field_{name}")
        for term in self._terms(LIST_FIELDS[name]):
            item = QListWidgetItem(term_label(LIST_FIELDS[name], term.code), widget)
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        widget.setFixedHeight(height)
        self.lists[name] = widget
        form.addRow(field_label(name), widget)
        return widget

    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)  # rows keep their natural height; the space left goes below them
        return page, form

    def _general_tab(self) -> QWidget:
        page, form = self._page()
        self._line(form, "name")
        self._combo(form, "kind")
        self._line(form, "organisation")
        self._combo(form, "status")
        self._note(form, "description", 90)
        self._line(form, "website", "https://")
        self._line(form, "email", "name@example.org")
        self._line(form, "phone")
        self._line(form, "year_opened")
        self._line(form, "area_m2")
        return page

    def _location_tab(self) -> QWidget:
        page, form = self._page()
        self._line(form, "street")
        self._line(form, "postal_code")
        self._line(form, "city")
        self._combo(form, "country")
        self._combo(form, "region", empty=True)
        self.geocode_button = QPushButton(self.tr("Find Coordinates from the Address"), self)
        self.geocode_button.setObjectName("geocodeButton")
        self.geocode_button.setToolTip(self.tr("Look the postcode, else the city, up in the offline gazetteer"))
        self.geocode_button.clicked.connect(self.geocode)
        self.geocode_button.setEnabled(self._geocode is not None)
        self.map_button = QPushButton(self.tr("Place on the Map…"), self)
        self.map_button.setObjectName("placeOnMapButton")
        self.map_button.setToolTip(self.tr("Show a marker you can drag to the exact place"))
        self.map_button.clicked.connect(self._place_on_map)
        row = QHBoxLayout()
        row.addWidget(self.geocode_button)
        row.addWidget(self.map_button)
        row.addStretch(1)
        form.addRow("", row)
        self._line(form, "latitude", "50.8798")
        self._line(form, "longitude", "4.7005")
        self.precision_label = QLabel(self)
        self.precision_label.setObjectName("precisionLabel")
        form.addRow(field_label("geocode_precision"), self.precision_label)
        self.geocode_status = QLabel(self)
        self.geocode_status.setObjectName("geocodeStatus")
        self.geocode_status.setWordWrap(True)
        form.addRow("", self.geocode_status)
        self._show_precision()
        return page

    def _capabilities_tab(self) -> QWidget:
        page, form = self._page()
        self._checklist(form, "services", 150)
        self._note(form, "services_detail", 44)
        self._checklist(form, "modalities", 110)
        self._note(form, "modalities_detail", 44)
        self._checklist(form, "cleanroom_grades", 96)
        self._note(form, "cleanroom_detail", 44)
        return page

    def _source_tab(self) -> QWidget:
        page, form = self._page()
        self._line(form, "source_url", "https://")
        self._note(form, "source_quote", 90)
        self._combo(form, "confidence", empty=True)
        verified = self.original.verified_on if self.original else None
        self.verified_label = QLabel(format_date(verified) if verified else self.tr("never"), self)
        self.verified_label.setObjectName("verifiedLabel")
        form.addRow(field_label("verified_on"), self.verified_label)
        self.verified_box = QCheckBox(self.tr("I verified this against its source"), self)
        self.verified_box.setObjectName("verifiedBox")
        self.verified_source = QLineEdit(self)
        self.verified_source.setObjectName("verifiedSource")
        self.verified_source.setPlaceholderText(self.tr("URL of the source you checked"))
        self.verified_source.setEnabled(False)
        self.verified_box.toggled.connect(self._verified_toggled)
        form.addRow("", self.verified_box)
        form.addRow(self.tr("Checked at"), self.verified_source)
        hint = QLabel(self.tr("“Verified on” becomes today only when you tick this and give the source."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel{color:gray;}")
        form.addRow("", hint)
        return page

    def _fill(self, f: Facility) -> None:
        for name, edit in self.edits.items():
            value = getattr(f, name)
            edit.setText("" if value is None else str(value))
            edit.setCursorPosition(0)  # long URLs show their beginning
        for name, combo in self.combos.items():
            if name != "region":
                combo.setCurrentIndex(max(0, combo.findData(getattr(f, name))))
        for name, widget in self.lists.items():
            chosen = set(getattr(f, name))
            for i in range(widget.count()):
                item = widget.item(i)
                code = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        for name, note in self.notes.items():
            note.setPlainText(getattr(f, name))

    # reading and checking -----------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """The form's fields as text and codes (what :func:`facility_from_fields` reads)."""
        out: dict[str, object] = {name: edit.text() for name, edit in self.edits.items()}
        out.update({name: combo.currentData() or "" for name, combo in self.combos.items()})
        for name, widget in self.lists.items():
            out[name] = tuple(
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            )
        out.update({name: note.toPlainText() for name, note in self.notes.items()})
        out["id"] = self.original.id if self.original else self._new_id
        out["geocode_precision"] = self._precision
        out["verified_on"] = self.original.verified_on if self.original else None
        return out

    def facility(self) -> Facility:
        """The record as the form holds it now."""
        return facility_from_fields(self.values())[0]

    def problems(self) -> list[tuple[str, str]]:
        """(field, translated message) for everything wrong with the form now."""
        facility, read = facility_from_fields(self.values())
        out = [(name, f"{field_label(name)}: {message}") for name, message in read]
        out += [(p.field, problem_text(p.field, p.code, p.detail)) for p in validate_facility(facility)]
        if self.verified_box.isChecked():
            source = self.verified_source.text().strip()
            if not source.lower().startswith(("http://", "https://")) or " " in source:
                out.append(("verified_source", self.tr("Give the web address of the source you checked.")))
        return out

    def revalidate(self) -> list[tuple[str, str]]:
        """Mark the fields at fault, list the problems, allow saving only when there are none."""
        problems = self.problems()
        bad = {field for field, _ in problems}
        widgets: dict[str, QWidget] = {
            **self.edits,
            **self.combos,
            **self.lists,
            **self.notes,
            "verified_source": self.verified_source,
        }
        for name, widget in widgets.items():
            widget.setStyleSheet(INVALID_STYLE if name in bad else "")
            widget.setToolTip("\n".join(m for f, m in problems if f == name))
        self.problems_label.setText("\n".join(m for _, m in problems[:6]))
        self.problems_label.setVisible(bool(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return problems

    def submit(self) -> None:
        """Save: emit the record when it is valid (the owner stores it)."""
        if self.revalidate():
            return
        source = self.verified_source.text().strip() if self.verified_box.isChecked() else ""
        self.submitted.emit(self.facility(), source)

    def show_error(self, text: str) -> None:
        """Say why the record could not be stored (the form stays open)."""
        self.problems_label.setText(text)
        self.problems_label.setVisible(True)

    # location -----------------------------------------------------------------------------------

    def _country_changed(self, *_: object) -> None:
        country = self.combos["country"].currentData() or ""
        region = self.combos["region"]
        current = region.currentData()
        region.blockSignals(True)
        region.clear()
        region.addItem(self.tr("(none)"), "")
        for term in self._terms("region"):
            if term.code == country or term.code.startswith(country + "-"):
                region.addItem(term_label("region", term.code), term.code)
        region.setCurrentIndex(max(0, region.findData(current)))
        if region.count() == 2 and not region.currentData():  # Luxembourg: one region
            region.setCurrentIndex(1)
        region.blockSignals(False)

    def _tidy_postcode(self) -> None:
        edit = self.edits["postal_code"]
        tidy = tidy_postcode(self.combos["country"].currentData() or "", edit.text())
        if tidy != edit.text():
            edit.setText(tidy)

    def geocode(self) -> GeocodeResult | None:
        """Coordinates from the postcode, else the city, in the offline gazetteer."""
        if self._geocode is None:
            return None
        self._tidy_postcode()
        v = self.values()
        found = self._geocode(str(v["city"]), str(v["postal_code"]), str(v["country"]))
        if found is None:
            self.geocode_status.setText(self.tr("No place found for this postcode or city."))
            return None
        self.set_coordinates(found.latitude, found.longitude, found.precision)
        if found.region and not self.combos["region"].currentData():
            self.combos["region"].setCurrentIndex(max(0, self.combos["region"].findData(found.region)))
        if not self.edits["city"].text().strip():
            self.edits["city"].setText(found.place_name)
        self.geocode_status.setText(
            self.tr("Placed at %1 (by %2).")
            .replace("%1", found.place_name)
            .replace("%2", term_label("geocode_precision", found.precision))
        )
        return found

    def set_coordinates(self, latitude: float, longitude: float, precision: str) -> None:
        """Fill latitude/longitude (rounded to about 1 m) and record how precise they are."""
        self.edits["latitude"].setText(f"{latitude:.5f}")
        self.edits["longitude"].setText(f"{longitude:.5f}")
        self._precision = precision
        self._show_precision()

    def _show_precision(self) -> None:
        self.precision_label.setText(term_label("geocode_precision", self._precision) or self.tr("unknown"))

    def _place_on_map(self) -> None:
        f = self.facility()
        self.place_on_map_requested.emit(f.id, f.latitude, f.longitude)

    def _verified_toggled(self, on: bool) -> None:
        self.verified_source.setEnabled(on)
        if on and not self.verified_source.text():
            self.verified_source.setText(self.edits["source_url"].text())
