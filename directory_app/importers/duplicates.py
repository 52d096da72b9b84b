"""Find the existing facility an imported row may duplicate: same id, same website host, or a
similar name nearby (rapidfuzz), and merge two versions field by field.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
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


def _empty(value: object) -> bool:
    return value is None or value == "" or value == ()


def default_merge_fields(existing: Facility, new: Facility) -> frozenset[str]:
    """Fields a merge takes from the new row by default: those it fills and that differ."""
    return frozenset(
        name
        for name in MERGE_FIELDS
        if not _empty(getattr(new, name)) and getattr(new, name) != getattr(existing, name)
    )


def merge(existing: Facility, new: Facility, take: Iterable[str] | None = None) -> Facility:
    """``existing`` with the fields in ``take`` (default: :func:`default_merge_fields`) from ``new``."""
    chosen = default_merge_fields(existing, new) if take is None else frozenset(take) & set(MERGE_FIELDS)
    return replace(existing, **{name: getattr(new, name) for name in chosen})
