"""City names in the user's language (Ghent, Gent, Gand), from the shipped table of place names.

Light on purpose (the standard library and the domain only): the list's first rows show city
names before the rest of the application is loaded. ``directory_app.directory`` re-exports these.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from directory_app import config
from directory_app.domain.models import Facility
from directory_app.domain.place_names import PlaceNames


@functools.cache
def place_names() -> PlaceNames:
    """The shipped table of place names by language (``data/place_names.csv``), read once (~60 rows).

    An unreadable table is an empty one: every place keeps the name it is stored under.
    """
    try:
        return PlaceNames.from_csv(config.place_names_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return PlaceNames()


def city_name(city: str, country: str | None, language: str) -> str:
    """A stored city name in ``language`` (``en``/``nl``/``fr``): Ghent, Gent or Gand; as stored when unknown.

    The one function the list, the details, the map and the exports use for a place's name.
    """
    return place_names().name_in(city, country, language) if city else city


def with_city_names(facilities: Sequence[Facility], language: str) -> list[Facility]:
    """Copies of ``facilities`` whose city is written in ``language`` (for an export to a recipient)."""
    table = place_names()
    return [
        f if not f.city or (named := table.name_in(f.city, f.country, language)) == f.city else replace(f, city=named)
        for f in facilities
    ]
