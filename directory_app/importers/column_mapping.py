"""Propose which facility field each column of a file holds, from headers in English, Dutch or French.

A mapping is a tuple with one entry per column: a field of
:data:`~directory_app.domain.models.FACILITY_FIELDS`, or ``""`` for a column not imported.
:func:`header_signature` names a layout of columns, so that a mapping the user corrected is
remembered for the next file from the same source.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from directory_app.domain.models import FACILITY_FIELDS
from directory_app.domain.places import normalize_name

Mapping = tuple[str, ...]

# Field -> headers people write (any case, accents, spaces, hyphens or underscores).
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "identifier", "identifiant", "code", "ref", "reference", "référence", "kenmerk"),
    "name": (
        "name",
        "naam",
        "nom",
        "facility",
        "facility name",
        "site",
        "site name",
        "naam faciliteit",
        "nom du site",
        "établissement",
        "instelling",
        "organisation name",
        "titel",
        "title",
    ),
    "kind": ("kind", "type", "soort", "categorie", "category", "catégorie", "type de site", "type faciliteit"),
    "organisation": (
        "organisation",
        "organization",
        "organisatie",
        "organisme",
        "operator",
        "exploitant",
        "beheerder",
        "owner",
        "eigenaar",
        "propriétaire",
        "company",
        "bedrijf",
        "entreprise",
        "société",
    ),
    "street": (
        "street",
        "address",
        "adres",
        "adresse",
        "straat",
        "rue",
        "street address",
        "straat en nummer",
        "rue et numéro",
        "address line 1",
    ),
    "postal_code": (
        "postal code",
        "postcode",
        "post code",
        "postal_code",
        "zip",
        "zip code",
        "code postal",
        "cp",
        "postnummer",
        "npa",
    ),
    "city": (
        "city",
        "town",
        "gemeente",
        "stad",
        "plaats",
        "woonplaats",
        "ville",
        "commune",
        "localité",
        "locality",
        "municipality",
        "place",
    ),
    "region": ("region", "regio", "région", "province", "provincie", "gewest", "state"),
    "country": ("country", "land", "pays", "country code", "landcode", "code pays"),
    "latitude": ("latitude", "lat", "breedtegraad", "breedte", "y", "lat wgs84"),
    "longitude": ("longitude", "lon", "lng", "long", "lengtegraad", "lengte", "x", "lon wgs84"),
    "geocode_precision": ("geocode precision", "precision", "precisie", "précision"),
    "website": (
        "website",
        "web",
        "site web",
        "site internet",
        "url",
        "homepage",
        "webadres",
        "internet",
        "www",
        "web site",
    ),
    "email": ("email", "e mail", "mail", "courriel", "adresse e mail", "e mailadres", "emailadres"),
    "phone": ("phone", "telephone", "téléphone", "telefoon", "tel", "tél", "telefoonnummer", "phone number"),
    "description": (
        "description",
        "beschrijving",
        "omschrijving",
        "notes",
        "remarks",
        "opmerkingen",
        "remarques",
        "about",
        "summary",
        "résumé",
        "samenvatting",
    ),
    "services": (
        "services",
        "service",
        "diensten",
        "dienstverlening",
        "aanbod",
        "offer",
        "offre",
        "facilities offered",
        "prestations",
    ),
    "services_detail": ("services detail", "services details", "details diensten", "détail des services"),
    "modalities": (
        "modalities",
        "modality",
        "modaliteiten",
        "modalités",
        "therapy",
        "therapies",
        "therapieën",
        "thérapies",
        "technology",
        "technologie",
        "technologies",
    ),
    "modalities_detail": ("modalities detail", "details modaliteiten", "détail des modalités"),
    "cleanroom_grades": (
        "cleanroom grades",
        "cleanroom grade",
        "grades",
        "grade",
        "cleanroom",
        "cleanrooms",
        "clean room",
        "salle blanche",
        "salles blanches",
        "cleanroomklasse",
        "cleanroom klasse",
        "classe",
        "gmp grade",
        "gmp grades",
    ),
    "cleanroom_detail": ("cleanroom detail", "cleanroom details", "détail salles blanches"),
    "area_m2": (
        "area m2",
        "area",
        "surface",
        "oppervlakte",
        "superficie",
        "m2",
        "m²",
        "area m²",
        "size m2",
        "oppervlakte m2",
        "surface m2",
    ),
    "year_opened": (
        "year opened",
        "opened",
        "year",
        "jaar",
        "opening",
        "opgericht",
        "année",
        "ouverture",
        "année d ouverture",
        "openingsjaar",
        "founded",
        "established",
    ),
    "status": ("status", "statut", "état", "toestand", "stand"),
    "source_note": (
        "source",
        "sources",
        "bron",
        "bronnen",
        "bronvermelding",
        "herkomst",
        "source note",
        "provenance",
        "origine",
    ),
    "source_url": (
        "source url",
        "bron url",
        "url source",
        "link",
        "lien",
        "reference url",
        "source link",
    ),
    "source_quote": ("source quote", "quote", "citaat", "citation", "extract", "uittreksel"),
    "verified_on": (
        "verified on",
        "verified",
        "checked",
        "date checked",
        "geverifieerd",
        "gecontroleerd",
        "controledatum",
        "vérifié le",
        "vérifié",
        "date de vérification",
        "last verified",
    ),
    "confidence": ("confidence", "betrouwbaarheid", "zekerheid", "fiabilité", "confiance", "reliability"),
}


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9²]+", " ", normalize_name(header)).strip()


_BY_HEADER: dict[str, str] = {}
for _field in FACILITY_FIELDS:
    _BY_HEADER.setdefault(_key(_field), _field)
for _field, _names in HEADER_NAMES.items():
    for _name in _names:
        _BY_HEADER.setdefault(_key(_name), _field)


def field_for_header(header: str) -> str:
    """The facility field a header names, or ``""``.

    :param header: e.g. ``"Code postal"``, ``"Breedtegraad"``, ``"Site web"``
    """
    key = _key(header)
    if key in _BY_HEADER:
        return _BY_HEADER[key]
    key = re.sub(r"\s*(\(.*\)|\[.*\])\s*$", "", header)  # "Area (m²)", "Latitude [WGS84]"
    return _BY_HEADER.get(_key(key), "")


def propose_mapping(headers: Sequence[str]) -> Mapping:
    """One field per column (``""`` for columns not recognised); a field is given to its first column only.

    :param headers: the file's column names
    """
    taken: set[str] = set()
    out: list[str] = []
    for header in headers:
        field = field_for_header(header)
        if field in taken:
            field = ""
        taken.add(field)
        out.append(field)
    return tuple(out)


def header_signature(headers: Sequence[str]) -> str:
    """A short name of a layout of columns (same headers in the same order, whatever their case)."""
    text = "\x1f".join(_key(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def check_mapping(mapping: Sequence[str], headers: Sequence[str]) -> Mapping:
    """A mapping made valid for ``headers``: right length, known fields, each field once.

    :raises ValueError: an unknown field name
    """
    out = [*mapping[: len(headers)], *([""] * max(0, len(headers) - len(mapping)))]
    seen: set[str] = set()
    for i, field in enumerate(out):
        if field and field not in FACILITY_FIELDS:
            raise ValueError(f"unknown field {field!r}")
        if field in seen:
            out[i] = ""
        seen.add(field)
    return tuple(out)


def missing_required(mapping: Sequence[str]) -> list[str]:
    """Required fields no column is mapped to (a name is always needed)."""
    return [f for f in ("name",) if f not in mapping]
