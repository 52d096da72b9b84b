"""The search query as a tree: what the search box, the facets and the command line all build.

Text is parsed into these nodes by :mod:`directory_app.search.parser`; :func:`format_query`
turns a tree back into canonical text, so what the user sees in the search box is what runs.
The database layer compiles the tree to SQL (``directory_app.db.sql_compiler``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Union

# Public field names of the query language -> the facility attribute they filter.
FIELDS: dict[str, str] = {
    "name": "name",
    "org": "organisation",
    "organisation": "organisation",
    "city": "city",
    "kind": "kind",
    "country": "country",
    "region": "region",
    "service": "services",
    "modality": "modalities",
    "grade": "cleanroom_grades",
    "status": "status",
    "confidence": "confidence",
    "access": "access",
    "area": "area_m2",
    "year": "year_opened",
    "verified": "verified_on",
    "stale": "verified_on",
    "precision": "geocode_precision",
    "id": "id",
    "near": "near",
    "within": "within",
    "box": "box",
    "shortlist": "shortlist",
}
"""Every field a query may name (``field:value``), with aliases."""

CANONICAL_FIELD: dict[str, str] = {"organisation": "org"}

NUMERIC_FIELDS = frozenset({"area", "year"})
DATE_FIELDS = frozenset({"verified"})
MAX_STALE_MONTHS = 1200
"""``stale:N`` -- not verified for more than N months (or never) -- takes 1..MAX_STALE_MONTHS."""
VOCABULARY_FIELDS: dict[str, str] = {
    "kind": "kind",
    "country": "country",
    "region": "region",
    "service": "service",
    "modality": "modality",
    "grade": "cleanroom_grade",
    "status": "status",
    "confidence": "confidence",
    "access": "access",
    "precision": "geocode_precision",
}
"""Fields whose values are vocabulary codes (matched on code or label)."""

COMPARISONS = ("<=", ">=", "<", ">", "=")


def parse_box(value: str) -> tuple[float, float, float, float] | None:
    """``south,west,north,east`` in degrees (a ``box:`` value), or ``None`` when it is not one."""
    parts = value.replace(" ", "").split(",")
    if len(parts) != 4:
        return None
    try:
        south, west, north, east = (float(p) for p in parts)
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (south, west, north, east)):
        return None
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        return None
    return south, west, north, east


def format_box(south: float, west: float, north: float, east: float) -> str:
    """The canonical ``box:`` value of a map extent (5 decimals, about a metre)."""
    return ",".join(plain_number(round(v, 5)) for v in (south, west, north, east))


DEFAULT_WITHIN_KM = 25.0


@dataclass(frozen=True, slots=True)
class Text:
    """Free text matched against the full-text index.

    A word also matches longer words it starts (``zwijn`` finds Zwijnaarde: search as you
    type); a quoted ``phrase`` matches its words in that order, exactly.
    """

    value: str
    phrase: bool = False


@dataclass(frozen=True, slots=True)
class Term:
    """``field:value`` or ``field:<op>value``; ``op`` is ``:`` (contains / is) or a comparison."""

    field: str
    value: str
    op: str = ":"


@dataclass(frozen=True, slots=True)
class Near:
    """Within ``km`` of a place (a city, a postcode, a facility id or ``lat,lon``)."""

    place: str
    km: float = DEFAULT_WITHIN_KM


@dataclass(frozen=True, slots=True)
class Not:
    """Everything except what ``node`` matches."""

    node: Node


@dataclass(frozen=True, slots=True)
class And:
    """All of ``nodes``."""

    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    """Any of ``nodes``."""

    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class MatchAll:
    """The empty query: every facility."""


Node = Union[Text, Term, Near, Not, And, Or, MatchAll]  # noqa: UP007 - runtime alias for isinstance users


def all_of(*nodes: Node) -> Node:
    """AND of nodes, flattened, without empty queries; a single node stays itself."""
    flat: list[Node] = []
    for node in nodes:
        if isinstance(node, MatchAll):
            continue
        if isinstance(node, And):
            flat.extend(node.nodes)
        else:
            flat.append(node)
    if not flat:
        return MatchAll()
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def any_of(*nodes: Node) -> Node:
    """OR of nodes, flattened, without empty queries (an empty phrase adds nothing); a single node stays itself."""
    flat: list[Node] = []
    for node in nodes:
        if isinstance(node, MatchAll):
            continue
        if isinstance(node, Or):
            flat.extend(node.nodes)
        else:
            flat.append(node)
    if not flat:
        return MatchAll()
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


_BARE = re.compile(r"^[^\s()\"':<>=-][^\s()\"':]*$")
_BARE_WORD = re.compile(r"^[^\s()\":-][^\s()\":]*$")
_KEYWORDS = {"and", "or", "not"}


def quote_value(value: str) -> str:
    """A field value as query text: bare when safe, else in double quotes (``"`` doubled)."""
    if value and _BARE.match(value) and value.lower() not in _KEYWORDS and not value.endswith("*"):
        return value
    return '"' + value.replace('"', '""') + '"'


def _word(value: str) -> str:
    """A free-text word as query text: bare whenever the tokenizer reads it back as this word."""
    if value and _BARE_WORD.match(value) and value.lower() not in _KEYWORDS:
        return value
    return '"' + value.replace('"', '""') + '"'


def plain_number(value: float) -> str:
    """A number in plain decimal (``1234567``, ``1.5``), never in exponent form."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _km(km: float) -> str:
    return f"{plain_number(km)}km"


def format_query(node: Node) -> str:
    """Canonical query text of a tree; ``parse(format_query(n))`` gives ``n`` back.

    :param node: the query tree
    """
    if isinstance(node, MatchAll):
        return ""
    if isinstance(node, Text):
        if node.phrase:
            return '"' + node.value.replace('"', '""') + '"'
        return _word(node.value)
    if isinstance(node, Term):
        field = CANONICAL_FIELD.get(node.field, node.field)
        op = "" if node.op == ":" else node.op
        return f"{field}:{op}{quote_value(node.value)}"
    if isinstance(node, Near):
        text = f"near:{quote_value(node.place)}"
        return text if node.km == DEFAULT_WITHIN_KM else f"{text} within:{_km(node.km)}"
    if isinstance(node, Not):
        inner = format_query(node.node)
        grouped = isinstance(node.node, (And, Or)) or (isinstance(node.node, Near) and " " in inner)
        return f"not ({inner})" if grouped else f"not {inner}"
    if isinstance(node, And):
        nears = [n for n in node.nodes if isinstance(n, Near)]
        # within: applies to every near: of its group, so radii that differ need their own parentheses
        alone = len(nears) > 1 and len({n.km for n in nears}) > 1
        return " ".join(
            f"({format_query(n)})" if isinstance(n, Or) or (alone and isinstance(n, Near)) else format_query(n)
            for n in node.nodes
        )
    if isinstance(node, Or):
        return " or ".join(f"({format_query(n)})" if isinstance(n, And) else format_query(n) for n in node.nodes)
    raise TypeError(f"not a query node: {node!r}")


def walk(node: Node) -> list[Node]:
    """Every node of a tree, depth first."""
    out: list[Node] = [node]
    if isinstance(node, Not):
        out += walk(node.node)
    elif isinstance(node, (And, Or)):
        for child in node.nodes:
            out += walk(child)
    return out


def near_nodes(node: Node) -> list[Near]:
    """The ``near:`` conditions of a query (they give results a distance)."""
    return [n for n in walk(node) if isinstance(n, Near)]


def months_before(day: date, months: int) -> date:
    """The date ``months`` calendar months before ``day`` (the month's last day when shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    import calendar  # here, not at the top: it loads locale, which the GUI's first window can do without

    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
