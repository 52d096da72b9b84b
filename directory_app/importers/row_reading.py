"""Turn one row of cells into a facility, with every problem found on the way.

Values are read as people write them (:mod:`~directory_app.importers.value_reading`); rows
without coordinates are located offline through a ``geocode`` callable (postcode, then city),
with the precision recorded; the row is then checked (:mod:`~directory_app.importers.row_checks`).
Errors reject the row; warnings (a new term, a region set from the postcode...) do not.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from directory_app.domain import vocabulary as vocab
from directory_app.domain.models import FACILITY_FIELDS, Facility
from directory_app.domain.places import GeocodeResult
from directory_app.domain.validation import tidy_postcode
from directory_app.importers import value_reading as values
from directory_app.importers.regions import COARSE_REGIONS, be_province, storable_region
from directory_app.importers.row_checks import PROBLEM_CHECK_TEXTS, check_row, describe

Geocoder = Callable[[str, str, str | None], GeocodeResult | None]
"""``geocode(city, postcode, country)`` -> a result or ``None``."""

TownPostcode = Callable[[str, str | None], str | None]
"""``town_postcode(town, country)`` -> a postcode of that town (to find its province), or ``None``."""

ValueMap = Mapping[tuple[str, str], str]
"""The user's reading of values the importer did not know: (field, value as written) -> code."""

MAPPABLE_FIELDS: dict[str, str] = {
    "kind": "kind",
    "status": "status",
    "confidence": "confidence",
    "geocode_precision": "geocode_precision",
    "region": "region",
}
"""Single-valued fields whose unknown values the user may map to a code, with their vocabulary."""

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+", re.IGNORECASE)

ERROR = "error"
WARNING = "warning"

_MULTI = {"services": "service", "modalities": "modality", "cleanroom_grades": "cleanroom_grade"}
_SINGLE = ("status", "confidence", "geocode_precision")


def valid_kinds() -> tuple[str, ...]:
    """The codes a kind may have (the vocabulary's, in its order)."""
    return tuple(t.code for t in vocab.VOCABULARIES["kind"])


def check_value_map(value_map: ValueMap | None) -> dict[tuple[str, str], str]:
    """A value map whose every target is a known code of its field's vocabulary.

    :raises ValueError: a field that cannot be mapped, or a code outside the vocabulary
    """
    out: dict[tuple[str, str], str] = {}
    for (field_name, raw), code in (value_map or {}).items():
        name = MAPPABLE_FIELDS.get(field_name)
        if name is None or not any(t.code == code for t in vocab.VOCABULARIES[name]):
            raise ValueError(f"{code!r} is not a {field_name} (values map to known codes only)")
        out[(field_name, raw.strip())] = code
    return out


def split_source(text: str) -> tuple[str, str]:
    """A source cell as (note, URL): free text is the note, a web address in it the URL.

    ``"persbericht maart 2023"`` -> (that, ``""``); ``"https://x.be/a"`` -> (``""``, the URL);
    ``"jaarverslag 2024 (https://x.be/j.pdf)"`` -> (the whole text, ``https://x.be/j.pdf``).
    """
    text = text.strip()
    m = _URL.search(text)
    if m is None:
        return text, ""
    url = values.read_website(m.group(0).rstrip(".,;:!?"))
    return ("" if m.group(0) == text else text), url


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something wrong (or worth a look) in one row.

    :param row: the row number as a spreadsheet shows it (the header is row 1)
    :param column: the file's column name (or the field's, when no column holds it)
    :param reason: what is wrong, in English
    :param severity: ``error`` (the row is rejected) or ``warning``
    :param message: ``reason`` before its values were filled in (``%1``, ``%2``...), one of
        :data:`PROBLEM_TEXTS`, for the GUI to translate; ``""`` when there is none
    :param args: the values that fill ``message``
    """

    row: int
    column: str
    reason: str
    severity: str = ERROR
    message: str = ""
    args: tuple[str, ...] = ()


def fill(message: str, args: Sequence[str]) -> str:
    """``message`` with ``%1``, ``%2``... replaced by ``args`` (the values are not read again)."""
    parts = message.split("%")
    out = [parts[0]]
    for part in parts[1:]:
        digits = len(part) - len(part.lstrip("0123456789"))
        index = int(part[:digits]) - 1 if digits else -1
        out.append((args[index] + part[digits:]) if 0 <= index < len(args) else "%" + part)
    return "".join(out)


def row_problem(row: int, column: str, message: str, *args: str, severity: str = ERROR) -> RowProblem:
    """A :class:`RowProblem` worded by ``message`` (English, with ``%1``... for ``args``)."""
    return RowProblem(row, column, fill(message, args), severity, message, tuple(str(a) for a in args))


NOT_A_NUMBER = "not a number (%1)"
NOT_A_WHOLE_NUMBER = "not a whole number (%1)"
NOT_A_DATE = "not a date (%1)"
NOT_A_COUNTRY = "not a Benelux country (%1)"
UNKNOWN_REGION = "unknown region (%1), left empty"
NEW_KIND = "new kind (%1), kept for review"
UNKNOWN_KIND = "not a known kind (%1); valid kinds: %2"
"""``%2``: the valid kinds' labels, comma separated (``args[2]`` holds their codes, for translation)."""
UNKNOWN_VALUE = "not a known value (%1)"
NEW_TERM = "new term (%1), kept for review"
SWAPPED = "latitude and longitude were swapped; read the other way round"
NOT_LOCATED = "no coordinates found for this postcode or city"
SAME_ROW = "the same facility as row %1: skipped"
SAME_ID = "the same id (%1) as row %2, with different values: rows %2 and %3 must be one facility, or be told apart"
SAME_PLACE = (
    "the same name and place as row %1, with different values: rows %1 and %2 must be one facility, or be told apart"
)

PROBLEM_TEXTS: tuple[str, ...] = (
    NOT_A_NUMBER,
    NOT_A_WHOLE_NUMBER,
    NOT_A_DATE,
    NOT_A_COUNTRY,
    UNKNOWN_REGION,
    NEW_KIND,
    UNKNOWN_KIND,
    UNKNOWN_VALUE,
    NEW_TERM,
    SWAPPED,
    NOT_LOCATED,
    SAME_ROW,
    SAME_ID,
    SAME_PLACE,
    *PROBLEM_CHECK_TEXTS,
)
"""Every message an import gives a row problem (the GUI translates each; a test keeps the two in step)."""


@dataclass(frozen=True, slots=True)
class NewTerm:
    """A term outside the vocabulary, kept and flagged for review."""

    vocabulary: str
    code: str
    label: str


@dataclass(slots=True)
class ReadRow:
    """One row, read: its facility (``None`` when it could not be built), problems and new terms."""

    number: int
    facility: Facility | None
    problems: list[RowProblem] = field(default_factory=list)
    new_terms: list[NewTerm] = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        """Whether an error keeps this row out."""
        return self.facility is None or any(p.severity == ERROR for p in self.problems)


def import_id(name: str, city: str, postal_code: str, country: str) -> str:
    """A stable id for a row that has none: the same facility read again gets the same id."""
    key = "|".join(values._norm(v) for v in (name, city, postal_code, country))
    return "imp-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


class RowReader:
    """Reads the rows of one file with one mapping.

    :param headers: the file's column names
    :param mapping: a field per column (``""``: not imported)
    :param geocode: locates rows without coordinates (``None``: no geocoding)
    :param today: reference date for checks
    """

    def __init__(
        self,
        headers: Sequence[str],
        mapping: Sequence[str],
        *,
        geocode: Geocoder | None = None,
        town_postcode: TownPostcode | None = None,
        value_map: ValueMap | None = None,
        today: date | None = None,
    ) -> None:
        self._columns = [(i, f) for i, f in enumerate(mapping) if f]
        self._column_of = {f: headers[i] for i, f in self._columns}
        self._geocode = geocode
        self._town_postcode = town_postcode
        self._value_map = check_value_map(value_map)
        self._today = today or date.today()

    def column(self, field_name: str) -> str:
        """The file's column that holds a field (or the field's name)."""
        return self._column_of.get(field_name, field_name)

    def read(self, number: int, cells: Sequence[str]) -> ReadRow:
        """Read one row.

        :param number: its row number
        :param cells: its cells as text
        """
        out = ReadRow(number, None)

        def problem(field_name: str, message: str, *args: str, severity: str = ERROR) -> None:
            out.problems.append(row_problem(number, self.column(field_name), message, *args, severity=severity))

        text = {f: (cells[i].strip() if i < len(cells) else "") for i, f in self._columns}
        v: dict[str, object] = {f: "" for f in FACILITY_FIELDS}
        v.update(
            services=(),
            modalities=(),
            cleanroom_grades=(),
            latitude=None,
            longitude=None,
            area_m2=None,
            year_opened=None,
            verified_on=None,
            status="operational",
        )
        for name, raw in text.items():
            if raw and (name, raw) in self._value_map:
                v[name] = self._value_map[(name, raw)]
            elif name in ("latitude", "longitude"):
                try:
                    v[name] = values.read_decimal(raw)
                except ValueError:
                    problem(name, NOT_A_NUMBER, raw)
            elif name in ("area_m2", "year_opened"):
                try:
                    v[name] = values.read_integer(raw)
                except ValueError:
                    problem(name, NOT_A_WHOLE_NUMBER, raw)
            elif name == "verified_on":
                try:
                    v[name] = values.read_date(raw)
                except ValueError:
                    problem(name, NOT_A_DATE, raw)
            elif name == "country":
                if raw:
                    code = values.read_country(raw)
                    if code is None:
                        problem(name, NOT_A_COUNTRY, raw)
                    v[name] = code or ""
            elif name == "region":
                if raw:
                    code = values.read_term("region", raw)
                    if code is None:
                        problem(name, UNKNOWN_REGION, raw, severity=WARNING)
                    v[name] = code or ""
            elif name == "kind":
                if raw:
                    code = values.read_term("kind", raw)
                    if code is None:  # never a new kind: rejected, with the kinds it may be
                        kinds = valid_kinds()
                        labels = ", ".join(vocab.label("kind", k) for k in kinds)
                        problem(name, UNKNOWN_KIND, raw, labels, ", ".join(kinds))
                    v[name] = code or ""
            elif name in _SINGLE:
                if raw:
                    code = values.read_term(name, raw)
                    if code is None:
                        problem(name, UNKNOWN_VALUE, raw)
                    v[name] = code or raw
            elif name in _MULTI:
                codes, new = values.read_terms(_MULTI[name], raw)
                v[name] = codes
                for code, label in new:
                    out.new_terms.append(NewTerm(_MULTI[name], code, label))
                    problem(name, NEW_TERM, label, severity=WARNING)
            elif name in ("source_note", "source_url"):
                pass  # read together below
            elif name == "website":
                v[name] = values.read_website(raw)
            elif name == "id":
                v[name] = raw.lower()
            else:
                v[name] = raw
        self._read_sources(text, v)
        if out.problems and any(p.severity == ERROR for p in out.problems):
            return out
        v["postal_code"] = tidy_postcode(str(v["country"]), str(v["postal_code"]))
        found = self._locate(v, problem)
        self._place_region(v, found)
        if not v["id"]:
            v["id"] = import_id(str(v["name"]), str(v["city"]), str(v["postal_code"]), str(v["country"]))
        facility = Facility(**v)  # type: ignore[arg-type]
        for p in check_row(facility, today=self._today):
            message, args = describe(p, facility)
            problem(p.field, message, *args)
        out.facility = facility
        return out

    @staticmethod
    def _read_sources(text: Mapping[str, str], v: dict[str, object]) -> None:
        """Source cells: free text is the note ("persbericht maart 2023"), a web address in it the URL."""
        notes: list[str] = []
        url = ""
        for name in ("source_url", "source_note"):
            note, found = split_source(text.get(name, ""))
            if note:
                notes.append(note)
            url = url or found
        v["source_note"] = "; ".join(dict.fromkeys(notes))
        v["source_url"] = url

    def _locate(self, v: dict[str, object], problem: Callable[..., None]) -> GeocodeResult | None:
        lat, lon = v["latitude"], v["longitude"]
        if lat is not None and lon is not None:
            if not -90 <= lat <= 90 and -90 <= lon <= 90:  # type: ignore[operator]
                v["latitude"], v["longitude"] = lon, lat
                problem("latitude", SWAPPED, severity=WARNING)
            return None
        if lat is not None or lon is not None or self._geocode is None:
            return None
        city, postcode = str(v["city"]), str(v["postal_code"])
        if not city and not postcode:
            return None
        found = self._geocode(city, postcode, str(v["country"]) or None)
        if found is None:
            problem("city", NOT_LOCATED, severity=WARNING)
            return None
        v["latitude"], v["longitude"] = round(found.latitude, 6), round(found.longitude, 6)
        v["geocode_precision"] = found.precision
        if found.region and not v["country"]:
            v["country"] = found.region[:2]
        return found

    def _place_region(self, v: dict[str, object], found: GeocodeResult | None) -> None:
        """The row's province (or region) from its postcode, else its town, unless the row gives one.

        A row's own region is kept unless it is a bare country or a Belgian region with provinces
        (then its postcode or town says which province). A bare country is never stored as a region.
        """
        given = str(v["region"])
        if given not in COARSE_REGIONS:
            return
        city, postcode, country = str(v["city"]), str(v["postal_code"]), str(v["country"])
        region = be_province(postcode) if country == "BE" else ""
        if not region and found is None and self._geocode is not None and (city or postcode):
            found = self._geocode(city, postcode, country or None)
        if not region and found is not None:
            region = storable_region(found.region)
            if region in COARSE_REGIONS and region.startswith("BE") and city and self._town_postcode is not None:
                region = be_province(self._town_postcode(city, "BE") or "") or region
        region = storable_region(region or given)
        if given.startswith("BE-") and not region.startswith(given[:4]):
            return  # a province outside the row's own region: the row's value stays (its checks apply)
        if region and not country and region[:2] in ("BE", "NL", "LU"):
            v["country"] = region[:2]
        v["region"] = region
