"""Domain objects: plain, immutable, free of Qt and of SQL."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from directory_app.domain.vocabulary import APPROXIMATE_PRECISIONS as _APPROXIMATE_PRECISIONS

FACILITY_FIELDS: tuple[str, ...] = (
    "id",
    "name",
    "kind",
    "organisation",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "latitude",
    "longitude",
    "geocode_precision",
    "website",
    "email",
    "phone",
    "description",
    "services",
    "services_detail",
    "modalities",
    "modalities_detail",
    "cleanroom_grades",
    "cleanroom_detail",
    "area_m2",
    "year_opened",
    "status",
    "source_url",
    "source_quote",
    "verified_on",
    "confidence",
    "source_date",
    "source_note",
    "access",
    "campus_id",
    "contact_url",
)
"""Field names of :class:`Facility`, in display order."""


@dataclass(frozen=True, slots=True)
class Facility:
    """A facility of the directory: an incubator, an accelerator or a CGT production site.

    Multi-valued fields (``services``, ``modalities``, ``cleanroom_grades``) hold vocabulary
    codes; the ``*_detail`` fields keep the source's own wording.

    ``verified_on`` is set only when someone checked the record; ``source_date`` is the date of the
    source publication as the source gives it (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``);
    ``source_note`` free-text provenance (a spreadsheet's Bron/Source column); ``access`` a code of
    the ``access`` vocabulary (``""`` unknown); ``campus_id`` the id of the ``science_park`` facility
    the site stands on; ``contact_url`` a public, generic contact page. A programme with no single
    site has no coordinates and ``geocode_precision`` ``"none"``.
    """

    id: str
    name: str
    kind: str
    organisation: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geocode_precision: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    description: str = ""
    services: tuple[str, ...] = field(default_factory=tuple)
    services_detail: str = ""
    modalities: tuple[str, ...] = field(default_factory=tuple)
    modalities_detail: str = ""
    cleanroom_grades: tuple[str, ...] = field(default_factory=tuple)
    cleanroom_detail: str = ""
    area_m2: int | None = None
    year_opened: int | None = None
    status: str = "operational"
    source_url: str = ""
    source_quote: str = ""
    verified_on: date | None = None
    confidence: str = ""
    source_date: str = ""
    source_note: str = ""
    access: str = ""
    campus_id: str = ""
    contact_url: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict: tuples become lists, dates ISO strings."""
        out: dict[str, Any] = {}
        for name in _FIELD_NAMES:  # not dataclasses.fields(): this runs once per row of large updates and exports
            value = getattr(self, name)
            if isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, date):
                value = value.isoformat()
            out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Facility:
        """The inverse of :meth:`to_dict` (unknown keys are ignored)."""
        values: dict[str, Any] = {}
        for name in _FIELD_NAMES:
            if name not in data:
                continue
            value = data[name]
            if isinstance(value, list):
                value = tuple(value)
            elif name == "verified_on" and isinstance(value, str):
                value = date.fromisoformat(value) if value else None
            values[name] = value
        return cls(**values)

    @property
    def has_coordinates(self) -> bool:
        """Whether latitude and longitude are both set."""
        return self.latitude is not None and self.longitude is not None

    @property
    def distance_approximate(self) -> bool:
        """Whether a distance to this facility is approximate: its point is only its town's (or a wider area's),
        see :data:`~directory_app.domain.vocabulary.APPROXIMATE_PRECISIONS`."""
        return self.has_coordinates and self.geocode_precision in _APPROXIMATE_PRECISIONS

    @property
    def no_single_site(self) -> bool:
        """Whether this is a programme with no single site (no point on the map, none for ``near:``)."""
        return not self.has_coordinates and self.geocode_precision == "none"


_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Facility))
"""The dataclass's field names in declaration order (what :meth:`Facility.to_dict` and ``from_dict`` walk)."""


def parse_source_date(text: str) -> date | None:
    """The first day of the period a source date names: ``2023`` -> 2023-01-01, ``2023-03`` ->
    2023-03-01, ``2023-03-14`` -> that day; ``None`` for empty or malformed text.

    :param text: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
    """
    parts = text.strip().split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    if any(len(p) != 2 for p in parts[1:]):
        return None
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


FRESHNESS_VERIFIED = "verified"
FRESHNESS_SOURCE = "source"


def freshness_date(f: Facility) -> tuple[date | None, str]:
    """How fresh a record is: ``(verified_on, "verified")`` when someone checked it, else the start of its
    source's period (:func:`parse_source_date`) with ``"source"``, else ``(None, "")``.

    :param f: the facility
    """
    if f.verified_on is not None:
        return f.verified_on, FRESHNESS_VERIFIED
    source = parse_source_date(f.source_date)
    if source is not None:
        return source, FRESHNESS_SOURCE
    return None, ""


def verification_age_days(verified_on: date | None, today: date) -> int | None:
    """Days between ``verified_on`` and ``today`` (``None`` when never verified).

    :param verified_on: the verification date
    :param today: the reference date
    """
    if verified_on is None:
        return None
    return (today - verified_on).days


def describe_age(days: int | None) -> tuple[str, int]:
    """Bucket an age in days into a unit and an amount, for "verified 8 months ago" texts.

    Returns ``("never", 0)``, ``("today", 0)``, ``("days", n)``, ``("months", n)`` or
    ``("years", n)``; the GUI words it in the user's language.

    :param days: age in days, or ``None``
    """
    if days is None:
        return ("never", 0)
    if days <= 0:
        return ("today", 0)
    if days < 60:
        return ("days", days)
    if days < 730:
        return ("months", round(days / 30.44))
    return ("years", round(days / 365.25))


MapPoint = tuple[str, float, float, str, str, str]
"""What a map needs of a facility: (id, latitude, longitude, kind code, name, city)."""


SHORTLIST_STATUSES: tuple[str, ...] = ("candidate", "contacted", "visited", "excluded")
"""Where a shortlisted facility stands, in workflow order."""


@dataclass(frozen=True, slots=True)
class Shortlist:
    """A named, ordered selection of facilities, with its purpose (e.g. "CAR-T delegation, March").

    :param id: internal number
    :param name: unique name
    :param purpose: who it is for and why
    :param count: number of facilities on it
    """

    id: int
    name: str
    purpose: str = ""
    count: int = 0


@dataclass(frozen=True, slots=True)
class ShortlistItem:
    """A facility on a shortlist, with the adviser's status, rank and private note, and a note for the recipient.

    :param facility_id: the facility's id (kept even if the facility leaves the reference data)
    :param position: order on the list, from 0
    :param status: one of :data:`SHORTLIST_STATUSES`
    :param rank: the adviser's ranking (1 = best), or ``None``
    :param note: the adviser's private note (never exported unless the user asks)
    :param recipient_note: the note for the recipient, which handouts and exports print
    """

    facility_id: str
    position: int
    status: str = "candidate"
    rank: int | None = None
    note: str = ""
    recipient_note: str = ""


PRIVATE_ITEM_FIELDS: tuple[str, ...] = ("status", "rank", "note")
"""The adviser's own fields of a :class:`ShortlistItem`: internal, kept out of exports by default."""


def shortlist_user_fields() -> tuple[str, ...]:
    """The fields of a :class:`ShortlistItem` the user edits (all but the facility id and position)."""
    return tuple(f.name for f in fields(ShortlistItem) if f.name not in ("facility_id", "position"))


@dataclass(frozen=True, slots=True, order=True)
class ShortlistConflict:
    """A value a colleague's shortlist file holds that differs from the user's own (which is kept).

    :param facility_id: the item
    :param field: one of :func:`shortlist_user_fields`
    :param mine: the local value (kept unless the user picks theirs)
    :param theirs: the incoming value
    """

    facility_id: str
    field: str
    mine: Any
    theirs: Any
