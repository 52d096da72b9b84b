"""Find the existing facility an imported row may duplicate: same id, same website host, or a
similar name nearby (rapidfuzz), and merge two versions field by field.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace

from rapidfuzz import fuzz, utils

from directory_app.domain.models import Facility
from directory_app.domain.places import haversine_km
from directory_app.importers.value_reading import website_host

NAME_SIMILARITY = 88.0
"""Smallest rapidfuzz ``token_set_ratio`` (0-100) of two names said to be the same facility."""

NEARBY_KM = 2.0
"""Largest distance between two sites with similar names said to be the same facility."""

_CELL = 0.05  # degrees; a neighbourhood of 3x3 cells covers NEARBY_KM at Benelux latitudes

CHOICES = ("skip", "merge", "keep-both")
"""What to do with a duplicate."""

MERGE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Facility) if f.name != "id")
"""Fields a merge may take from the imported row."""

Existing = tuple[str, str, str, float | None, float | None]
"""(id, name, website, latitude, longitude) of a facility already in the directory."""


@dataclass(frozen=True, slots=True)
class Match:
    """An existing facility an imported row matches, and why.

    :param reason: ``same id``, ``same website`` or ``similar name nearby``
    """

    existing_id: str
    reason: str


class DuplicateIndex:
    """The existing facilities, indexed by id, website host and place, for :meth:`find`."""

    def __init__(self, existing: Iterable[Existing]) -> None:
        self._ids: set[str] = set()
        self._hosts: dict[str, str] = {}
        self._cells: dict[tuple[int, int], list[tuple[str, str, float, float]]] = {}
        for facility_id, name, website, lat, lon in existing:
            self._ids.add(facility_id)
            host = website_host(website)
            if host:
                self._hosts.setdefault(host, facility_id)
            if lat is not None and lon is not None:
                key = (math.floor(lat / _CELL), math.floor(lon / _CELL))
                self._cells.setdefault(key, []).append((facility_id, utils.default_process(name), lat, lon))

    def __contains__(self, facility_id: str) -> bool:
        return facility_id in self._ids

    def find(self, f: Facility) -> Match | None:
        """The existing facility ``f`` duplicates, if any."""
        if f.id in self._ids:
            return Match(f.id, "same id")
        host = website_host(f.website)
        if host and host in self._hosts:
            return Match(self._hosts[host], "same website")
        if f.latitude is None or f.longitude is None or not self._cells:
            return None
        name = utils.default_process(f.name)
        row, col = math.floor(f.latitude / _CELL), math.floor(f.longitude / _CELL)
        best: tuple[float, str] | None = None
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for other_id, other_name, lat, lon in self._cells.get((row + dr, col + dc), ()):
                    score = fuzz.token_set_ratio(name, other_name, score_cutoff=NAME_SIMILARITY)
                    if score and haversine_km(f.latitude, f.longitude, lat, lon) <= NEARBY_KM:
                        if best is None or score > best[0]:
                            best = (score, other_id)
        return Match(best[1], "similar name nearby") if best else None


MULTI_VALUED: tuple[str, ...] = ("services", "modalities", "cleanroom_grades")
"""Fields holding several vocabulary codes: a merge keeps every code of both versions."""

DETAIL_FIELDS: tuple[str, ...] = ("services_detail", "modalities_detail", "cleanroom_detail")
"""The source's own wording of the multi-valued fields (``;``-separated phrases): merged as a union too."""

Removals = Mapping[str, Iterable[str]]
"""Values the user explicitly takes out of a merge: field -> codes (or phrases of a detail field)."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """What a merge does to one field: ``before`` (as stored) becomes ``after`` (what is written)."""

    field: str
    before: object
    after: object


def _empty(value: object) -> bool:
    return value is None or value == "" or value == ()


def split_phrases(text: str) -> list[str]:
    """The ``;``-separated phrases of a wording field, trimmed."""
    return [p.strip() for p in text.split(";") if p.strip()]


def _merged_value(name: str, old: object, new: object, removed: Iterable[str] = ()) -> object:
    """The value a merge writes for one field taken from the new version.

    Multi-valued fields and their wording are a union (the stored order first, then what the new
    version adds), minus what the user removed explicitly; any other field takes the new value.
    """
    gone = set(removed)
    if name in MULTI_VALUED:
        return tuple(c for c in dict.fromkeys((*old, *new)) if c not in gone)  # type: ignore[misc]
    if name in DETAIL_FIELDS:
        before = split_phrases(str(old))
        phrases = [*before]
        seen = {p.casefold() for p in before}
        for p in split_phrases(str(new)):
            if p.casefold() not in seen:
                seen.add(p.casefold())
                phrases.append(p)
        folded = {g.casefold() for g in gone}
        phrases = [p for p in phrases if p.casefold() not in folded]
        return old if phrases == before else "; ".join(phrases)
    return new


def default_merge_fields(existing: Facility, new: Facility) -> frozenset[str]:
    """Fields a merge takes from the new row by default: those it fills and that would change."""
    return frozenset(
        name
        for name in MERGE_FIELDS
        if not _empty(getattr(new, name))
        and _merged_value(name, getattr(existing, name), getattr(new, name)) != getattr(existing, name)
    )


def merge(
    existing: Facility, new: Facility, take: Iterable[str] | None = None, remove: Removals | None = None
) -> Facility:
    """``existing`` with the fields in ``take`` (default: :func:`default_merge_fields`) from ``new``.

    Services, modalities and cleanroom grades (and their wording) are a union of both versions:
    nothing stored is lost unless the user lists it in ``remove`` (field -> values to take out).
    """
    chosen = default_merge_fields(existing, new) if take is None else frozenset(take) & set(MERGE_FIELDS)
    remove = {k: frozenset(v) for k, v in (remove or {}).items() if k in MULTI_VALUED + DETAIL_FIELDS and v}
    values: dict[str, object] = {}
    for name in chosen | remove.keys():
        old = getattr(existing, name)
        incoming = getattr(new, name) if name in chosen else (() if name in MULTI_VALUED else "")
        values[name] = _merged_value(name, old, incoming, remove.get(name, ()))
    return replace(existing, **values)


def merge_changes(
    existing: Facility, new: Facility, take: Iterable[str] | None = None, remove: Removals | None = None
) -> list[FieldChange]:
    """Every field :func:`merge` would change, before -> after (exactly what is written), in field order."""
    merged = merge(existing, new, take, remove)
    return [
        FieldChange(name, getattr(existing, name), getattr(merged, name))
        for name in MERGE_FIELDS
        if getattr(existing, name) != getattr(merged, name)
    ]
