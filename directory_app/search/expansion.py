"""Make a parsed query forgiving before it runs: synonyms, place names in three languages, places.

* Free-text words (alone, or two/three neighbours together) that are a known synonym
  (``CART`` -> ``CAR-T``) or a place name in any language of the gazetteer (``Gand``,
  ``Ghent`` -> ``Gent``) become an OR of all spellings. What the user typed keeps matching
  as a prefix; the extra spellings match whole words.
* ``near:`` places are resolved to coordinates: ``lat,lon``, a Belgian postcode, a place name
  in any language, or a facility (by id or exact name).

The expanded tree is only run, never shown: the search box keeps the user's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from directory_app.domain.errors import QueryError
from directory_app.domain.places import GeocodeResult, Place
from directory_app.domain.query import And, Near, Node, Not, Or, Text, any_of, walk
from directory_app.domain.synonyms import MAX_SYNONYM_WORDS, fold_words, synonyms

_LATLON = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
_PROPER_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ'][^\d]*$")
MAX_WINDOW = max(MAX_SYNONYM_WORDS, 3)


class Gazetteer(Protocol):
    """What expansion needs of the gazetteer (``directory_app.db.gazetteer.Gazetteer`` has it).

    The search layer sits beside the database layer, so it is handed the gazetteer, never imports it.
    """

    def find_places(self, name: str, country: str | None = None, limit: int = 10) -> list[Place]: ...

    def names(self, place_id: int) -> list[str]: ...

    def word_of_other_places(self, name: str, place_id: int) -> bool: ...

    def postcode(self, country: str, postcode: str) -> GeocodeResult | None: ...


def usable_place_name(name: str) -> bool:
    """Whether an alternate name is a real spelling (not a code like ``BRU`` or a loose romanisation)."""
    return len(name) >= 4 and not name.isupper() and bool(_PROPER_NAME.match(name))


class QueryExpander:
    """Rewrites query trees using the synonym list and an (optional, lazily opened) gazetteer.

    :param gazetteer: returns the gazetteer, or ``None`` when none is available
    :param facility_point: returns the coordinates of a facility given its id or exact name
    """

    def __init__(
        self,
        gazetteer: Callable[[], Gazetteer | None],
        facility_point: Callable[[str], tuple[float, float] | None],
    ) -> None:
        self._gazetteer = gazetteer
        self._facility_point = facility_point
        self._cache: dict[str, tuple[str, ...]] = {}

    # Free text ----------------------------------------------------------------------------

    def spellings(self, text: str) -> tuple[str, ...]:
        """Other spellings of a word or short phrase (synonyms, then place names); may be empty."""
        key = fold_words(text)
        if not key or len(key) > 80:
            return ()
        if key in self._cache:
            return self._cache[key]
        found: dict[str, None] = dict.fromkeys(synonyms(text))
        if len(key) >= 3:
            gazetteer = self._gazetteer()
            if gazetteer is not None:
                places = gazetteer.find_places(text, limit=1)
                if places:
                    place_id = places[0].id
                    found[places[0].name] = None  # the place's own name always counts
                    found.update(
                        dict.fromkeys(
                            name
                            for name in gazetteer.names(place_id)
                            if usable_place_name(name) and self._means(gazetteer, name, place_id)
                        )
                    )
        result = tuple(s for s in found if fold_words(s) != key)
        if len(self._cache) > 5000:
            self._cache.clear()
        self._cache[key] = result
        return result

    @staticmethod
    def _means(gazetteer: Gazetteer, name: str, place_id: int) -> bool:
        """Whether ``name`` first of all means this place (``Mont``, an alternate of Mons, means others)."""
        best = gazetteer.find_places(name, limit=1)
        if not best or best[0].id != place_id:
            return False
        return not gazetteer.word_of_other_places(name, place_id)

    def expand(self, node: Node) -> Node:
        """The same query with free text widened to all known spellings.

        :param node: a parsed query
        """
        if isinstance(node, Text):
            return self._expand_run([node])[0]
        if isinstance(node, Not):
            return Not(self.expand(node.node))
        if isinstance(node, Or):
            return Or(tuple(self.expand(n) for n in node.nodes))
        if isinstance(node, And):
            out: list[Node] = []
            run: list[Text] = []
            for child in node.nodes:
                if isinstance(child, Text) and not child.phrase:
                    run.append(child)
                    continue
                out += self._expand_run(run)
                run = []
                out.append(self.expand(child))
            out += self._expand_run(run)
            return out[0] if len(out) == 1 else And(tuple(out))
        return node

    def _expand_run(self, run: list[Text]) -> list[Node]:
        """Expand consecutive words, trying the longest known phrase first."""
        out: list[Node] = []
        i = 0
        while i < len(run):
            if run[i].phrase:
                alternatives = self.spellings(run[i].value)
                out.append(self._either(run[i], alternatives))
                i += 1
                continue
            for width in range(min(MAX_WINDOW, len(run) - i), 0, -1):
                words = " ".join(t.value for t in run[i : i + width])
                alternatives = self.spellings(words)
                if alternatives or width == 1:
                    typed = run[i] if width == 1 else Text(words, phrase=False)
                    out.append(self._either(typed, alternatives))
                    i += width
                    break
        return out

    @staticmethod
    def _either(typed: Text, alternatives: tuple[str, ...]) -> Node:
        if not alternatives:
            return typed
        return any_of(typed, *(Text(a, phrase=True) for a in alternatives))

    # Places -------------------------------------------------------------------------------

    def resolve(self, place: str) -> tuple[float, float]:
        """Coordinates of a ``near:`` place.

        :param place: ``lat,lon``, a postcode, a place name in any language, or a facility id/name
        :raises QueryError: when nothing is known by that name
        """
        match = _LATLON.match(place)
        if match:
            lat, lon = float(match.group(1)), float(match.group(2))
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                return lat, lon
        point = self._facility_point(place)
        if point is not None:
            return point
        gazetteer = self._gazetteer()
        if gazetteer is not None:
            if any(ch.isdigit() for ch in place):
                for country in ("BE", "NL", "LU"):
                    found = gazetteer.postcode(country, place)
                    if found is not None:
                        return found.latitude, found.longitude
            places = gazetteer.find_places(place, limit=1)
            if places:
                return places[0].latitude, places[0].longitude
        raise QueryError(f"Unknown place '{place}': try a city, a Belgian postcode or a facility.", token=place)

    def resolve_all(self, node: Node) -> dict[str, tuple[float, float]]:
        """Coordinates of every ``near:`` place of a query."""
        return {n.place: self.resolve(n.place) for n in walk(node) if isinstance(n, Near)}
