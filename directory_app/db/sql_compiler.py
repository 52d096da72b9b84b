"""Compile a query tree into a parameterised WHERE clause over ``facilities f``.

The only builder of WHERE clauses. Values are always bound (``:p0``, ``:p1``...); column names
come from :data:`TEXT_COLUMNS`, :data:`VOCABULARY_COLUMNS` and friends, never from the query.
Free text becomes an FTS5 expression in which every user word is a quoted string, so FTS
operators, quotes, ``%``, ``_`` or NUL in the input are just characters.

``Near`` nodes must be resolved to coordinates beforehand (``places``: place text -> lat, lon);
an unresolved place matches nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from directory_app.db.functions import distance_sql
from directory_app.db.schema import FRESHNESS_SQL, MULTI_VALUE_TABLES
from directory_app.domain.query import (
    VOCABULARY_FIELDS,
    And,
    MatchAll,
    Near,
    Node,
    Not,
    Or,
    Term,
    Text,
    months_before,
    parse_box,
)

TEXT_COLUMNS = {"name": "f.name", "org": "f.organisation", "city": "f.city", "id": "f.id"}
SCALAR_VOCABULARY_COLUMNS = {
    "kind": "f.kind",
    "country": "f.country",
    "region": "f.region",
    "status": "f.status",
    "confidence": "f.confidence",
    "precision": "f.geocode_precision",
    "access": "f.access",
}
NOT_IN_FILTER_INDEX = frozenset({"access"})
"""Scalar vocabulary fields whose column the covering filter index (``idx_facilities_filters``) lacks."""
MULTI_VOCABULARY_TABLES = {
    "service": MULTI_VALUE_TABLES["services"],
    "modality": MULTI_VALUE_TABLES["modalities"],
    "grade": MULTI_VALUE_TABLES["cleanroom_grades"],
}
NUMERIC_COLUMNS = {"area": "f.area_m2", "year": "f.year_opened"}
SQL_OPERATORS = {"=": "=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass
class Compiled:
    """A WHERE clause, its parameters, an FTS expression to rank by (or ``None``)."""

    where: str
    params: dict[str, object] = field(default_factory=dict)
    rank_match: str | None = None
    fts_match: str | None = None
    """Set when the whole query is one FTS expression (then it can be counted on the index)."""
    scalar_only: bool = False
    """Only columns of the covering filter index are tested (results are usually a large share)."""


def fts_expression(text: str, *, phrase: bool = False, prefix: bool = True) -> str | None:
    """A safe FTS5 expression for user text: its words as one quoted phrase.

    ``CAR-T`` -> ``"car t"*``; ``zwijn`` -> ``"zwijn"*``. Returns ``None`` when the text has no
    word characters at all.

    :param text: user text
    :param phrase: a quoted phrase (no prefix matching)
    :param prefix: match words starting with the last word
    """
    words = _FTS_TOKEN.findall(text.replace("_", " "))
    if not words:
        return None
    quoted = '"' + " ".join(words).replace('"', '""') + '"'
    return quoted if phrase or not prefix else quoted + "*"


class _Compiler:
    def __init__(
        self, places: dict[str, tuple[float, float]], math: bool, today: date | None = None, prefix: str = "p"
    ) -> None:
        self.prefix = prefix
        self.today = today or date.today()
        self.params: dict[str, object] = {}
        self.places = places
        self.math = math
        self.scalar_only = True
        self.rank_terms: list[str] = []

    def bind(self, value: object) -> str:
        name = f"{self.prefix}{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def node(self, node: Node, negated: bool = False) -> str:
        if isinstance(node, MatchAll):
            return "1"
        if isinstance(node, Text):
            return self.text(node, negated)
        if isinstance(node, Term):
            return self.term(node)
        if isinstance(node, Near):
            return self.near(node)
        if isinstance(node, Not):
            return f"NOT coalesce(({self.node(node.node, not negated)}), 0)"
        if isinstance(node, And):
            return self.conjunction(node, negated)
        if isinstance(node, Or):
            return "(" + " OR ".join(self.node(n, negated) for n in node.nodes) + ")"
        raise TypeError(f"not a query node: {node!r}")

    def conjunction(self, node: And, negated: bool) -> str:
        """AND; several vocabulary-link terms become one intersection of their link tables, so that
        only facilities having them all are looked up (``grade:B modality:car-t``)."""
        links = [n for n in node.nodes if isinstance(n, Term) and n.field in MULTI_VOCABULARY_TABLES]
        parts = [self.node(n, negated) for n in node.nodes if not (len(links) > 1 and n in links)]
        if len(links) > 1:
            self.scalar_only = False
            selects = " INTERSECT ".join(
                f"SELECT l.fid FROM [{MULTI_VOCABULARY_TABLES[n.field]}] l "
                f"WHERE l.code IN ({self.vocabulary_codes(n.field, n)})"
                for n in links
            )
            parts.append(f"f.fid IN ({selects})")
        return "(" + " AND ".join(parts) + ")"

    def text(self, node: Text, negated: bool) -> str:
        self.scalar_only = False
        expression = fts_expression(node.value, phrase=node.phrase)
        if expression is None:
            return "1"
        if not negated:
            self.rank_terms.append(expression)
        return f"f.fid IN (SELECT rowid FROM facilities_fts WHERE facilities_fts MATCH {self.bind(expression)})"

    def term(self, node: Term) -> str:
        name = node.field
        if name in TEXT_COLUMNS or name in MULTI_VOCABULARY_TABLES or name in NOT_IN_FILTER_INDEX:
            self.scalar_only = False
        if name in TEXT_COLUMNS:
            column = TEXT_COLUMNS[name]
            if name == "id" or node.op == "=":
                return f"fold({column}) = fold({self.bind(node.value)})"
            return f"instr(fold({column}), fold({self.bind(node.value)})) > 0"
        if name == "region" and node.op == ":":
            # a region holds its provinces: region:flanders = BE-VLG and BE-VAN, BE-VBR... (region:=BE-VLG
            # is the code alone: Flemish rows whose province is not known)
            codes = self.vocabulary_codes(name, node)
            vocabulary = self.bind(VOCABULARY_FIELDS[name])
            return (
                f"f.region IN ({codes} UNION SELECT code FROM vocabulary "
                f"WHERE vocabulary = {vocabulary} AND grp != '' AND grp IN ({codes}))"
            )
        if name in SCALAR_VOCABULARY_COLUMNS:
            return f"{SCALAR_VOCABULARY_COLUMNS[name]} IN ({self.vocabulary_codes(name, node)})"
        if name in MULTI_VOCABULARY_TABLES:
            table = MULTI_VOCABULARY_TABLES[name]
            # driven from the link table's (code, fid) index, one row-id probe per facility
            return f"f.fid IN (SELECT l.fid FROM [{table}] l WHERE l.code IN ({self.vocabulary_codes(name, node)}))"
        if name in NUMERIC_COLUMNS:
            return f"{NUMERIC_COLUMNS[name]} {SQL_OPERATORS[node.op]} {self.bind(float(node.value))}"
        if name == "verified":
            return self.date_term("f.verified_on", node)
        if name == "stale":
            # freshness: the last check, else the source's own date (domain.models.freshness_date)
            self.scalar_only = False  # source_date is not in the covering filter index
            cutoff = months_before(self.today, int(node.value)).isoformat()
            return f"coalesce({FRESHNESS_SQL} < {self.bind(cutoff)}, 1)"
        if name == "box":
            return self.box(node)
        if name == "shortlist":
            self.scalar_only = False
            return (
                "f.id IN (SELECT i.facility_id FROM user_shortlist_items i JOIN user_shortlists s "
                f"ON s.id = i.shortlist_id WHERE s.name = {self.bind(' '.join(node.value.split()))} COLLATE NOCASE)"
            )
        raise ValueError(f"cannot search field {name!r}")

    def vocabulary_codes(self, name: str, node: Term) -> str:
        """Codes whose code or label equals the value (or, for ``:``, whose label starts with it)."""
        vocabulary = self.bind(VOCABULARY_FIELDS[name])
        value = self.bind(node.value)
        condition = f"fold(code) = fold({value}) OR fold(label) = fold({value})"
        if node.op == ":":
            condition += f" OR (length(fold({value})) >= 3 AND fold(label) LIKE fold({value}) || '%')"
        return f"SELECT code FROM vocabulary WHERE vocabulary = {vocabulary} AND ({condition}) UNION SELECT {value}"

    def box(self, node: Term) -> str:
        """A map extent; one crossing the antimeridian (west > east) wraps around."""
        box = parse_box(node.value)
        if box is None:
            raise ValueError(f"not a box: {node.value!r}")
        south, west, north, east = box
        latitude = f"f.latitude BETWEEN {self.bind(south)} AND {self.bind(north)}"
        if west <= east:
            return f"({latitude} AND f.longitude BETWEEN {self.bind(west)} AND {self.bind(east)})"
        return f"({latitude} AND (f.longitude >= {self.bind(west)} OR f.longitude <= {self.bind(east)}))"

    def date_term(self, column: str, node: Term) -> str:
        low, high = _date_bounds(node.value)
        if node.op == "<":
            return f"{column} < {self.bind(low)}"
        if node.op == ">=":
            return f"{column} >= {self.bind(low)}"
        if node.op == ">":
            return f"{column} >= {self.bind(high)}"
        if node.op == "<=":
            return f"{column} < {self.bind(high)}"
        return f"({column} >= {self.bind(low)} AND {column} < {self.bind(high)})"

    def near(self, node: Near) -> str:
        self.scalar_only = False
        point = self.places.get(node.place)
        if point is None:
            return "0"
        lat, lon = point
        (_, lat1), (_, lon1) = near_box(lat, lon, node.km)
        dlat, dlon = lat1 - lat, lon1 - lon
        distance = distance_sql("f.latitude", "f.longitude", self.bind(lat), self.bind(lon), math=self.math)
        return (
            f"(f.latitude BETWEEN {self.bind(lat - dlat)} AND {self.bind(lat + dlat)} "
            f"AND f.longitude BETWEEN {self.bind(lon - dlon)} AND {self.bind(lon + dlon)} "
            f"AND {distance} <= {self.bind(node.km)})"
        )


def near_box(lat: float, lon: float, km: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """A latitude and a longitude range surely holding every point within ``km`` of (lat, lon).

    2% wider than needed, the longitude span taken at the box's pole-side edge; an exact
    great-circle test decides.
    """
    dlat = km / 111.195 * 1.02
    edge = min(89.0, abs(lat) + dlat)
    dlon = min(180.0, dlat / max(math.cos(math.radians(edge)), 0.01))
    return (lat - dlat, lat + dlat), (lon - dlon, lon + dlon)


def split_near(node: Node, place_key: str) -> tuple[Near, Node] | None:
    """``(near, rest)`` when ``node`` is ``near:`` place ANDed with other conditions (or alone)."""
    parts = list(node.nodes) if isinstance(node, And) else [node]
    for i, part in enumerate(parts):
        if isinstance(part, Near) and part.place == place_key:
            rest = parts[:i] + parts[i + 1 :]
            return part, (rest[0] if len(rest) == 1 else And(tuple(rest)) if rest else MatchAll())
    return None


def _date_bounds(value: str) -> tuple[str, str]:
    """ISO lower bound and the start of the next period for ``2025``, ``2025-06`` or ``2025-06-30``."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}", f"{parts[0] + 1:04d}"
    if len(parts) == 2:
        year, month = parts
        nxt = (year + 1, 1) if month == 12 else (year, month + 1)
        return f"{year:04d}-{month:02d}", f"{nxt[0]:04d}-{nxt[1]:02d}"
    day = date(*parts)
    return day.isoformat(), date.fromordinal(day.toordinal() + 1).isoformat()


def pure_fts(node: Node) -> str | None:
    """One FTS5 expression for a query made only of free text (AND/OR of words), else ``None``.

    Such a query runs as a single MATCH, and can be counted on the index alone.
    """
    if isinstance(node, Text):
        return fts_expression(node.value, phrase=node.phrase)
    if isinstance(node, (And, Or)):
        parts = [pure_fts(n) for n in node.nodes]
        if any(p is None for p in parts):
            return None
        joiner = " AND " if isinstance(node, And) else " OR "
        return joiner.join(f"({p})" for p in parts)
    return None


def compile_query(
    node: Node,
    places: dict[str, tuple[float, float]] | None = None,
    *,
    math: bool = True,
    today: date | None = None,
    param_prefix: str = "p",
) -> Compiled:
    """Compile a query tree into ``Compiled(where, params, rank_match, fts_match)``.

    :param node: the query
    :param places: resolved coordinates of the ``near:`` places
    :param math: SQLite has math functions (distances in SQL rather than a Python function)
    :param today: the day ``stale:`` counts back from (default: today)
    :param param_prefix: names of the bound parameters (``p0``, ``p1``...; another prefix to combine clauses)
    """
    single = pure_fts(node)
    if single is not None:
        return Compiled(
            f"f.fid IN (SELECT rowid FROM facilities_fts WHERE facilities_fts MATCH :{param_prefix}0)",
            {f"{param_prefix}0": single},
            single,
            fts_match=single,
        )
    compiler = _Compiler(places or {}, math, today, param_prefix)
    where = compiler.node(node)
    rank = " OR ".join(compiler.rank_terms) if compiler.rank_terms else None
    return Compiled(where, compiler.params, rank, scalar_only=compiler.scalar_only)
