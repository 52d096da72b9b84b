"""Data checks as code: what ``directory-app check --data`` and Help › About the Data report.

Pure checks over :class:`~directory_app.domain.models.Facility` rows and a few small lookups handed in
(:class:`CheckInputs`: a town's point, the country borders, the finished translations of the vocabulary
labels, today's date), so that they run alike on the user's database, on a seed CSV and on synthetic rows
in a test. Each :class:`Finding` has a severity (``error`` or ``warning``), the facility id(s) and a one-line
message; :data:`CHECKS` lists the checks in report order.

Errors are what must not ship (a row without its source, a point in the wrong town or country, two rows
on one site, a label missing in a language); warnings ask for a look (a plan whose source is over two
years old, a closed site still listed, a website several rows share).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from directory_app.domain import vocabulary as vocab
from directory_app.domain.models import Facility, freshness_date
from directory_app.domain.places import haversine_km, normalize_name

ERROR = "error"
WARNING = "warning"

CHECKS: tuple[tuple[str, str], ...] = (
    ("source", "Source URL and quote"),
    ("stale_status", "Planned or under construction on an old source"),
    ("closed", "Closed sites"),
    ("same_site", "Two rows on one site"),
    ("town_distance", "Point near its stated town"),
    ("country_border", "Inside its country's border"),
    ("duplicate_website", "Duplicate websites"),
    ("labels", "Labels in every language"),
)
"""(code, English title) of every check, in report order."""

MESSAGES: dict[str, str] = {
    "no_source_url": "no source URL",
    "no_source_quote": "no source quote",
    "stale_planned": "planned, on a source of %1 (over two years old): is it still planned?",
    "stale_under_construction": "under construction, on a source of %1 (over two years old): is it built?",
    "closed": "closed, yet still listed",
    "same_site": "on the same point as %1 at site precision, not on one campus",
    "far_from_town": "%1 km from %2, its stated town (more than 15 km)",
    "pinned_without_town": "a point at %1 precision and no town: a programme with no single site gets no point",
    "town_unknown": "town %1 is not in the gazetteer; its distance was not checked",
    "towns_not_checked": "the gazetteer could not be read; no distance was checked",
    "outside_country": "point outside the border of %1",
    "duplicate_website": "%1 rows share the website %2",
    "unknown_code": "%1 code %2 is not in the vocabulary",
    "missing_label": "%1 code %2 (%3) has no finished %4 label",
    "labels_not_checked": "the %1 translations could not be read; labels were not checked",
}
"""English one-line messages by key; ``%1``, ``%2``... stand for a finding's ``args``."""

MAX_TOWN_KM = 15.0
"""How far a point may lie from its stated town."""
STALE_YEARS = 2
"""A plan older than this (by its source, or its last check) asks for a look."""
LANGUAGES: tuple[str, ...] = ("nl", "fr")
"""Languages every vocabulary label needs besides English."""
SITE_GRADE: frozenset[str] = frozenset({"street", "campus", "postcode", "manual"})
"""Precisions that claim a site's own point (two different sites should not share one)."""
PIN_PRECISIONS: frozenset[str] = frozenset({"region", "country"})
"""Precisions of a point pinned on a region's or country's centre rather than on a site."""

_FACILITY_VOCABULARIES: tuple[tuple[str, str], ...] = (
    ("kind", "kind"),
    ("status", "status"),
    ("confidence", "confidence"),
    ("geocode_precision", "geocode_precision"),
    ("access", "access"),
    ("country", "country"),
    ("region", "region"),
    ("services", "service"),
    ("modalities", "modality"),
    ("cleanroom_grades", "cleanroom_grade"),
)
"""(Facility field, vocabulary) pairs whose codes need a label in every language."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check found.

    :param check: a code of :data:`CHECKS`
    :param severity: :data:`ERROR` or :data:`WARNING`
    :param ids: the facility id(s) concerned (none for a finding about the check itself)
    :param key: a key of :data:`MESSAGES`
    :param args: the values for ``%1``, ``%2``... of the message (plain text, never markup)
    """

    check: str
    severity: str
    ids: tuple[str, ...]
    key: str
    args: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """The one-line English message."""
        return fill(MESSAGES[self.key], self.args)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict."""
        return {"check": self.check, "severity": self.severity, "ids": list(self.ids), "message": self.message}


def fill(template: str, args: Sequence[str]) -> str:
    """``template`` with ``%1``, ``%2``... replaced by ``args`` in one pass (an argument's own ``%2`` stays)."""
    out, i = [], 0
    while i < len(template):
        if template[i] == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            n = int(template[i + 1])
            if 1 <= n <= len(args):
                out.append(args[n - 1])
                i += 2
                continue
        out.append(template[i])
        i += 1
    return "".join(out)


@dataclass(frozen=True, slots=True)
class DataCheckReport:
    """Every finding of the data checks, in :data:`CHECKS` order.

    :param findings: what was found
    :param checked: how many facilities were checked
    """

    findings: tuple[Finding, ...]
    checked: int = 0

    @property
    def errors(self) -> int:
        """Findings of severity error."""
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> int:
        """Findings of severity warning."""
        return sum(1 for f in self.findings if f.severity == WARNING)

    def counts(self) -> list[tuple[str, int, int]]:
        """(check code, errors, warnings) of every check, in report order (zeros included)."""
        errors: dict[str, int] = defaultdict(int)
        warnings: dict[str, int] = defaultdict(int)
        for f in self.findings:
            (errors if f.severity == ERROR else warnings)[f.check] += 1
        return [(code, errors[code], warnings[code]) for code, _ in CHECKS]

    def of(self, check: str, severity: str | None = None) -> list[Finding]:
        """The findings of one check (of one severity)."""
        return [f for f in self.findings if f.check == check and (severity is None or f.severity == severity)]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict: totals, counts per check and the findings."""
        titles = dict(CHECKS)
        return {
            "checked": self.checked,
            "errors": self.errors,
            "warnings": self.warnings,
            "checks": [
                {"check": code, "title": titles[code], "errors": e, "warnings": w} for code, e, w in self.counts()
            ],
            "findings": [f.to_dict() for f in self.findings],
        }

    def text_lines(self) -> list[str]:
        """The report for people, one line per finding, then a summary line."""
        titles = dict(CHECKS)
        lines = []
        for code, e, w in self.counts():
            lines.append(f"{titles[code]}: {e} error(s), {w} warning(s)")
            for f in self.of(code):
                who = ", ".join(f.ids)
                lines.append(f"  {f.severity}: {who + ': ' if who else ''}{f.message}")
        lines.append(f"{self.checked} facilities checked: {self.errors} error(s), {self.warnings} warning(s)")
        return lines


Polygon = tuple[tuple[tuple[float, float], ...], ...]
"""Rings of (longitude, latitude) points: an outer ring and its holes."""


def borders_from_geojson(collection: Mapping[str, Any]) -> dict[str, list[Polygon]]:
    """Country polygons by ISO code (``properties.iso_a2``) from a GeoJSON FeatureCollection.

    :param collection: as :func:`json.loads` reads ``data/borders.geojson``
    """
    out: dict[str, list[Polygon]] = {}
    for feature in collection.get("features", []):
        code = str((feature.get("properties") or {}).get("iso_a2", ""))
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "Polygon":
            polygons = [geometry["coordinates"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["coordinates"]
        else:
            continue
        for polygon in polygons:
            rings = tuple(tuple((float(p[0]), float(p[1])) for p in ring) for ring in polygon)
            out.setdefault(code, []).append(rings)
    return out


def inside(latitude: float, longitude: float, polygons: Iterable[Polygon]) -> bool:
    """Whether a point lies inside any of ``polygons`` (even-odd rule over every ring, so holes are out).

    :param polygons: rings of (longitude, latitude) points
    """
    for polygon in polygons:
        crossings = 0
        for ring in polygon:
            n = len(ring)
            for i in range(n):
                x1, y1 = ring[i]
                x2, y2 = ring[(i + 1) % n]
                if (y1 > latitude) != (y2 > latitude):
                    x = x1 + (latitude - y1) * (x2 - x1) / (y2 - y1)
                    if longitude < x:
                        crossings += 1
        if crossings % 2 == 1:
            return True
    return False


def finished_vocabulary_labels(ts_text: str) -> frozenset[str]:
    """The English labels of context ``vocabulary`` that a Qt Linguist ``.ts`` file translates (finished,
    non-empty, not obsolete).

    :param ts_text: the ``.ts`` XML (our own shipped file)
    :raises ValueError: when it is not readable XML
    """
    try:
        root = ET.fromstring(ts_text)  # a file the app ships, not outside input
    except ET.ParseError as exc:
        raise ValueError(f"not a translation file: {exc}") from exc
    done = set()
    for context in root.iter("context"):
        if context.findtext("name") != "vocabulary":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [t.text or "" for t in translation.iter("numerusform")] or [translation.text or ""]
            if all(text.strip() for text in forms):
                done.add(message.findtext("source") or "")
    return frozenset(done)


TownPoint = Callable[[str, str], "tuple[float, float] | None"]
"""``(town, country) -> (latitude, longitude)`` of a town, or ``None`` when unknown."""


@dataclass(frozen=True, slots=True)
class CheckInputs:
    """The lookups the checks need besides the rows; a missing one is said in the report, not guessed.

    :param today: the reference date for "over two years old"
    :param town_point: a town's point (the gazetteer), or ``None`` when it cannot be read
    :param borders: country polygons by ISO code (:func:`borders_from_geojson`), or ``None``
    :param labels: finished vocabulary labels by language (:func:`finished_vocabulary_labels`); a language
        missing here is reported as not checked
    :param label_of: the English label of a vocabulary code, or ``None`` when the vocabulary lacks it
    """

    today: date
    town_point: TownPoint | None = None
    borders: Mapping[str, list[Polygon]] | None = None
    labels: Mapping[str, frozenset[str]] = field(default_factory=dict)
    label_of: Callable[[str, str], str | None] | None = None


def builtin_label(vocabulary: str, code: str) -> str | None:
    """The English label of a built-in vocabulary code, else ``None``."""
    for term in vocab.VOCABULARIES.get(vocabulary, ()):
        if term.code == code:
            return term.label
    return None


def check_facilities(rows: Sequence[Facility], inputs: CheckInputs) -> DataCheckReport:
    """Run every check over ``rows``.

    :param rows: the facilities
    :param inputs: today and the lookups
    """
    findings: list[Finding] = []
    for check in (
        check_sources,
        check_stale_status,
        check_closed,
        check_same_site,
        check_town_distance,
        check_country_border,
        check_duplicate_websites,
        check_labels,
    ):
        findings.extend(check(rows, inputs))
    return DataCheckReport(tuple(findings), len(rows))


def check_sources(rows: Sequence[Facility], inputs: CheckInputs) -> list[Finding]:
    """Every row needs a web source URL and a quote from it."""
    out = []
    for f in rows:
        if not f.source_url.strip().lower().startswith(("http://", "https://")):
            out.append(Finding("source", ERROR, (f.id,), "no_source_url"))
        if not f.source_quote.strip():
            out.append(Finding("source", ERROR, (f.id,), "no_source_quote"))
    return out


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def check_stale_status(rows: Sequence[Facility], inputs: CheckInputs) -> list[Finding]:
    """A plan or a building site whose information (last check, else source date) is over two years old."""
    limit = _years_before(inputs.today, STALE_YEARS)
    out = []
    for f in rows:
        if f.status not in ("planned", "under_construction"):
            continue
        day, basis = freshness_date(f)
        if day is not None and day < limit:
            shown = day.isoformat() if basis == "verified" else f.source_date
            out.append(Finding("stale_status", WARNING, (f.id,), f"stale_{f.status}", (shown,)))
    return out


def check_closed(rows: Sequence[Facility], inputs: CheckInputs) -> list[Finding]:
    """A closed site is still listed."""
    return [Finding("closed", WARNING, (f.id,), "closed") for f in rows if f.status == "closed"]


def check_same_site(rows: Sequence[Facility], inputs: CheckInputs) -> list[Finding]:
    """Two rows on one point at site precision, unless they stand on one campus (or one is that campus).

    Rows placed at ``campus`` precision on one point stand on that campus (a hospital site, a science
    park): sharing its point is what the precision says.
    """
    by_point: dict[tuple[float, float], list[Facility]] = defaultdict(list)
    for f in rows:
        if f.has_coordinates and f.geocode_precision in SITE_GRADE:
            by_point[(round(f.latitude, 5), round(f.longitude, 5))].append(f)  # type: ignore[arg-type]
    out = []
    for group in by_point.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.geocode_precision == b.geocode_precision == "campus":
                    continue  # both placed on one campus's (or hospital site's) own point
                if (a.campus_id or a.id) != (b.campus_id or b.id):  # a campus's sites share its point
                    out.append(Finding("same_site", ERROR, (a.id, b.id), "same_site", (b.id,)))
    return out


def check_town_distance(rows: Sequence[Facility], inputs: CheckInputs) -> list[Finding]:
    """A point farther than 15 km from its stated town; a point pinned on a region or country with no town."""
    out = []
    sited = [f for f in rows if f.has_coordinates]
    for f in sited:
        if not f.city.strip() and f.geocode_precision in PIN_PRECISIONS:
            out.append(Finding("town_distance", ERROR, (f.id,), "pinned_without_town", (f.geocode_precision,)))
    if inputs.town_point is None:
        if any(f.city.strip() for f in sited):
            out.append(Finding("town_distance", WARNING, (), "towns_not_checked"))
        return out
    for f in sited:
        if not f.city.strip():
            continue
        point = inputs.town_point(f.city, f.country)
        if point is None:
            out.append(Finding("town_distance", WARNING, (f.id,), "town_unknown", (f.city,)))
            continue
        km = haversine_km(f.latitude, f.longitude, point[0], point[1])  # type: ignore[arg-type]
        if km > MAX_TOWN_KM:
            out.append(Finding("town_distance", ERROR, (f.id,), "far_from_town", (f"{km:.1f}", f.city)))
    return out


def check_country_border(rows: Sequence[Facility], inputs: CheckInputs) -> list[Finding]:
    """A point outside the border of its stated country (a country the borders lack is not checked)."""
    if inputs.borders is None:
        return []
    out = []
    for f in rows:
        polygons = inputs.borders.get(f.country)
        if f.has_coordinates and polygons and not inside(f.latitude, f.longitude, polygons):  # type: ignore[arg-type]
            out.append(Finding("country_border", ERROR, (f.id,), "outside_country", (f.country,)))
    return out


def website_key(url: str) -> str:
    """A website as compared: no scheme, no ``www.``, no trailing slash, case-folded."""
    text = url.strip().casefold()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    return text.removeprefix("www.").rstrip("/")


def check_duplicate_websites(rows: Sequence[Facility], inputs: CheckInputs) -> list[Finding]:
    """Several rows giving one website (an operator's home page rather than each site's own?)."""
    by_site: dict[str, list[Facility]] = defaultdict(list)
    for f in rows:
        if f.website.strip():
            by_site[website_key(f.website)].append(f)
    return [
        Finding("duplicate_website", WARNING, tuple(f.id for f in group), "duplicate_website", (str(len(group)), key))
        for key, group in by_site.items()
        if len(group) > 1
    ]


def check_labels(rows: Sequence[Facility], inputs: CheckInputs) -> list[Finding]:
    """Every vocabulary code the rows use has a label, translated (finished) in every language."""
    label_of = inputs.label_of or builtin_label
    used: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in rows:
        for attribute, vocabulary in _FACILITY_VOCABULARIES:
            value = getattr(f, attribute)
            for code in value if isinstance(value, tuple) else (value,):
                if code:
                    used[(vocabulary, code)].append(f.id)
    out = []
    for language in LANGUAGES:
        if language not in inputs.labels:
            out.append(Finding("labels", WARNING, (), "labels_not_checked", (language,)))
    for (vocabulary, code), ids in used.items():
        english = label_of(vocabulary, code)
        if english is None:
            out.append(Finding("labels", ERROR, tuple(ids), "unknown_code", (vocabulary, code)))
            continue
        for language in LANGUAGES:
            done = inputs.labels.get(language)
            if done is not None and english not in done:
                out.append(Finding("labels", ERROR, tuple(ids), "missing_label", (vocabulary, code, english, language)))
    return out


def town_key(town: str, country: str) -> tuple[str, str]:
    """A cache key for a town lookup."""
    return normalize_name(town), country
