"""Edits of the query tree the map asks for: "Search this area" and "Near here".

Both replace their own kind of condition at the top level of the query and keep every other
condition, so a map search narrows the current search instead of starting again.
"""

from __future__ import annotations

from directory_app.domain.query import And, MatchAll, Near, Node, Term, all_of, format_box, plain_number


def _conjuncts(node: Node) -> list[Node]:
    if isinstance(node, MatchAll):
        return []
    return list(node.nodes) if isinstance(node, And) else [node]


def with_box(node: Node, south: float, west: float, north: float, east: float) -> Node:
    """The query limited to a map extent (an earlier ``box:`` is replaced)."""
    west = max(-180.0, min(180.0, west))
    east = max(-180.0, min(180.0, east))
    south, north = max(-90.0, min(90.0, south)), max(-90.0, min(90.0, north))
    kept = [n for n in _conjuncts(node) if not (isinstance(n, Term) and n.field == "box")]
    return all_of(*kept, Term("box", format_box(south, west, north, east)))


def with_near(node: Node, lat: float, lon: float, km: float) -> Node:
    """The query limited to ``km`` around a point (an earlier top-level ``near:`` is replaced)."""
    place = f"{plain_number(round(lat, 5))},{plain_number(round(lon, 5))}"
    kept = [n for n in _conjuncts(node) if not isinstance(n, Near)]
    return all_of(*kept, Near(place, float(km)))
