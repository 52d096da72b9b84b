"""A place's name in English, Dutch or French (Ghent / Gent / Gand), from a small shipped table.

The table (``data/place_names.csv``, built by ``python -m directory_app.tools.build_place_names``
from the gazetteer's names) lists only the places whose names differ by language; any other place
keeps the name it is stored under. Lookups accept any of a place's three names, in any case and
with or without accents; a name is only translated within its country, so "Bergen" in the
Netherlands stays Bergen while Mons in Belgium is "Bergen" in Dutch.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from directory_app.domain.places import normalize_country, normalize_name

__all__ = ["COLUMNS", "LANGUAGES", "PlaceNames"]

LANGUAGES = ("en", "nl", "fr")
COLUMNS = ("geonames_id", "country", "gazetteer", *LANGUAGES)


class PlaceNames:
    """Names of places by language.

    :param rows: mappings with ``country``, ``gazetteer`` (the gazetteer's own name) and one key
        per language of :data:`LANGUAGES`
    """

    def __init__(self, rows: Iterable[Mapping[str, str]] = ()) -> None:
        self._by_name: dict[tuple[str, str], dict[str, str]] = {}
        self._by_gazetteer: dict[str, dict[str, str]] = {}
        self._cache: dict[tuple[str, str, str], str] = {}
        for row in rows:
            names = {lang: (row.get(lang) or "").strip() for lang in LANGUAGES}
            if not all(names.values()):
                continue
            country = normalize_country(row.get("country")) or ""
            for name in (*names.values(), row.get("gazetteer") or ""):
                if norm := normalize_name(name):
                    self._by_name.setdefault((country, norm), names)
            if gazetteer := (row.get("gazetteer") or "").strip():
                self._by_gazetteer.setdefault(gazetteer, names)

    @classmethod
    def from_csv(cls, text: str) -> PlaceNames:
        """The table from the text of ``place_names.csv``."""
        return cls(csv.DictReader(io.StringIO(text)))

    def __len__(self) -> int:
        return len(self._by_gazetteer)

    def name_in(self, city: str, country: str | None, language: str) -> str:
        """``city`` (as stored, in any of its languages) in ``language``; unchanged when unknown.

        :param city: the stored name (``Ghent``, ``Gent``, ``GAND``)
        :param country: the facility's ISO country code (names are only matched within it)
        :param language: ``en``, ``nl`` or ``fr``; any other keeps ``city``
        """
        key = (city, country or "", language)
        found = self._cache.get(key)
        if found is None:
            names = self._by_name.get((normalize_country(country) or "", normalize_name(city)))
            found = names.get(language, city) if names else city
            if len(self._cache) < 100_000:
                self._cache[key] = found
        return found

    def label_in(self, gazetteer_name: str, language: str) -> str:
        """A gazetteer place (by its own name, as the map's labels carry it) in ``language``."""
        names = self._by_gazetteer.get(gazetteer_name)
        return names.get(language, gazetteer_name) if names else gazetteer_name
