"""Run compiled queries: matching ids (ranked, or by distance) and facet counts. All SQL is here."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator, Sequence

from sqlite_utils import Database

from directory_app.db.functions import distance_sql, fold, has_math_functions, register_functions
from directory_app.db.schema import SORTABLE_COLUMNS
from directory_app.db.sql_compiler import (
    MULTI_VOCABULARY_TABLES,
    SCALAR_VOCABULARY_COLUMNS,
    compile_query,
    fts_expression,
    near_box,
    split_near,
)
from directory_app.domain.errors import QueryTimeoutError
from directory_app.domain.models import MapPoint
from directory_app.domain.query import MatchAll, Near, Node

SEARCH_TIME_LIMIT_MS = 2000
FACET_TIME_LIMIT_MS = 3000
FACETS: tuple[str, ...] = (
    "kind",
    "country",
    "region",
    "service",
    "modality",
    "grade",
    "status",
    "access",
    "confidence",
)
"""Facets the panel shows, as query field names."""


@contextlib.contextmanager
def time_limit(db: Database, ms: int) -> Iterator[None]:
    """Abort any statement on ``db`` that runs longer than ``ms`` (datasette's sqlite_timelimit).

    :raises QueryTimeoutError: when the limit is hit
    """
    deadline = time.perf_counter() + ms / 1000

    def handler() -> int:
        return 1 if time.perf_counter() > deadline else 0

    db.conn.set_progress_handler(handler, 1000)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise QueryTimeoutError(f"The search took longer than {ms} ms and was stopped.") from exc
        raise
    finally:
        db.conn.set_progress_handler(None, 1000)


_POINT_COLUMNS = "f.id, f.latitude, f.longitude, f.kind, f.name, f.city"
_POINT_JSON_COLUMNS = "f.id, round(f.latitude, 6), round(f.longitude, 6), f.kind, f.name, f.city"
FIRST_PAGE = 256
"""Rows fetched with the count of a structured query (the table's first screens)."""
RANK_LIMIT = 3000
"""Rank by relevance only results up to this size; larger ones (a one-letter prefix) go by name."""


class OrderedQuery:
    """A compiled query in a fixed order, read a page at a time (or whole).

    Order (``order_by``): ``rank`` = by distance when ``distance_from`` is given, else by
    full-text relevance (BM25) when the query has text and at most :data:`RANK_LIMIT` matches,
    else by name; ``distance`` = by distance; ``name``; or a key of
    :data:`~directory_app.db.schema.SORTABLE_COLUMNS` (ties by name, then id).

    :param node: the query
    :param places: coordinates of the query's ``near:`` places
    :param distance_from: point to measure distances from
    :param order_by: ``rank``, ``distance``, ``name`` or a sortable column key
    :param descending: reverse the order (not for relevance)
    :param first_page: fetch the first page together with the count (a table will show it)
    :param exact_name: text typed as a whole; a facility of exactly that name comes first (rank order)
    :param boost: conditions that rank, not filter: facilities meeting them come first (before
        distance, relevance or name), for results up to :data:`RANK_LIMIT`; its free text also
        gives the relevance order
    """

    def __init__(
        self,
        db: Database,
        node: Node,
        *,
        places: dict[str, tuple[float, float]] | None = None,
        distance_from: tuple[float, float] | None = None,
        order_by: str = "rank",
        descending: bool = False,
        first_page: bool = True,
        boost: Node | None = None,
        exact_name: str | None = None,
    ) -> None:
        register_functions(db)
        self._with_first_page = first_page
        self._db = db
        math = has_math_functions(db)
        self._source = "facilities f"
        hoisted = None if boost is not None else self._hoist_near(node, places or {}, distance_from, order_by, math)
        compiled = compile_query(hoisted[1] if hoisted else node, places, math=math)
        whole = compile_query(node, places, math=math) if hoisted else compiled
        self._filter = (whole.where, dict(whole.params))
        self._where = compiled.where
        self._params: dict[str, object] = dict(compiled.params)
        self._rank_match = compiled.rank_match if order_by == "rank" and distance_from is None else None
        self._boost: tuple[str, dict[str, object]] | None = None
        if boost is not None and order_by == "rank" and not isinstance(boost, MatchAll):
            extra = compile_query(boost, places, math=math, param_prefix="b")
            self._boost = (f"(CASE WHEN {extra.where} THEN 0 ELSE 1 END)", dict(extra.params))
            if self._rank_match is None and distance_from is None:
                self._rank_match = extra.rank_match
        # the facility whose name is exactly what was typed comes first ("Leiden Bio Science Park" is
        # the park, not the ten sites whose text names it)
        self._exact = exact_name.strip() if exact_name and exact_name.strip() and order_by == "rank" else None
        self._fts_match = compiled.fts_match
        self._scalar_only = compiled.scalar_only
        self._by_name = order_by in ("rank", "name", "distance") and distance_from is None
        self._count: int | None = None
        self._total: int | None = None
        self.distance_from = distance_from
        self._first: list[tuple[str, float | None]] | None = None
        direction = " DESC" if descending else ""
        self._columns = "f.id"
        self._distance_sql = "NULL"
        if distance_from is not None:
            self._params["dlat"], self._params["dlon"] = distance_from
            self._distance_sql = distance_sql("f.latitude", "f.longitude", ":dlat", ":dlon", math=math)
            self._columns += f", {self._distance_sql} AS distance"
        if hoisted is not None and self._boost is None:
            near, _rest = hoisted
            self._apply_hoisted_near(near, distance_from, math, direction)  # type: ignore[arg-type]
        elif order_by in ("rank", "distance") and distance_from is not None:
            self._order = f"distance IS NULL, distance{direction}, f.id"
        elif order_by in ("rank", "name", "distance"):
            self._order = f"f.name COLLATE NOCASE{direction}, f.id{direction}"
        elif order_by in SORTABLE_COLUMNS:
            expr = SORTABLE_COLUMNS[order_by]
            # blanks last in both directions (a programme with no city is not "before Aalst")
            self._order = f"coalesce({expr} = '', 1), {expr}{direction}, f.name COLLATE NOCASE, f.id"
        else:
            raise ValueError(f"cannot order by {order_by!r}")

    @staticmethod
    def _hoist_near(
        node: Node,
        places: dict[str, tuple[float, float]],
        distance_from: tuple[float, float] | None,
        order_by: str,
        math: bool,
    ) -> tuple[Near, Node] | None:
        """The ``near:`` a result is sorted by, when it is a top-level condition: it can run first."""
        if distance_from is None or order_by not in ("rank", "distance") or not math:
            return None
        for key, point in places.items():
            if point == distance_from:
                found = split_near(node, key)
                # only alone: with other conditions (text, vocabularies) those narrow the rows first
                if found is not None and isinstance(found[1], MatchAll):
                    return found
        return None

    def _apply_hoisted_near(self, near: Near, point: tuple[float, float], math: bool, direction: str) -> None:
        """Distances computed once per candidate, in a subquery SQLite may not flatten (LIMIT -1)."""
        (lat0, lat1), (lon0, lon1) = near_box(point[0], point[1], near.km)
        self._params.update({"n_lat0": lat0, "n_lat1": lat1, "n_lon0": lon0, "n_lon1": lon1, "n_km": near.km})
        distance = distance_sql("latitude", "longitude", ":dlat", ":dlon", math=math)
        inner = (
            f"SELECT fid, id, {distance} AS distance FROM facilities "
            "WHERE latitude BETWEEN :n_lat0 AND :n_lat1 AND longitude BETWEEN :n_lon0 AND :n_lon1 LIMIT -1"
        )
        self._source = f"({inner}) n"
        self._columns = "n.id, n.distance"
        self._order = f"n.distance{direction}, n.id"
        self._where = "n.distance <= :n_km"
        self._scalar_only = False
        self._fts_match = None  # the count must include the distance condition

    def _located(self, columns: str) -> list[tuple[object, ...]]:
        """``SELECT columns`` over every match that has coordinates (the map's rows)."""
        where, params = self._filter
        sql = (
            f"SELECT {columns} FROM facilities f WHERE ({where}) AND f.latitude IS NOT NULL AND f.longitude IS NOT NULL"
        )
        with time_limit(self._db, FACET_TIME_LIMIT_MS):
            return self._db.execute(sql, params).fetchall()

    def points(self) -> list[MapPoint]:
        """(id, latitude, longitude, kind, name, city) of every match that has coordinates (for maps)."""
        return [tuple(row) for row in self._located(_POINT_COLUMNS)]  # type: ignore[misc]

    def points_json(self) -> str:
        """:meth:`points` as a JSON array of ``[id, lat, lon, kind, name, city]``, built by SQLite.

        SQLite's JSON functions write it in C: at 100,000 facilities this is several times
        faster than building the same text from Python rows.
        """
        rows = self._located(f"coalesce(json_group_array(json_array({_POINT_JSON_COLUMNS})), '[]')")
        return str(rows[0][0])

    def count(self) -> int:
        """Number of matching facilities (computed once)."""
        if self._count is None:
            with time_limit(self._db, SEARCH_TIME_LIMIT_MS):
                if self._fts_match is not None:  # the index alone knows (no row lookups)
                    row = self._db.execute(
                        "SELECT count(*) FROM facilities_fts WHERE facilities_fts MATCH :q", {"q": self._fts_match}
                    )
                    self._count = int(row.fetchone()[0])
                elif (
                    self._with_first_page
                    and not self._rank_match
                    and not self._scalar_only
                    and not self._boost
                    and not self._exact
                ):
                    # one pass gives the count and the first page (count(*) OVER () runs before LIMIT)
                    self._first = self._query_page(0, FIRST_PAGE, with_count=True)
                else:
                    row = self._db.execute(f"SELECT count(*) FROM {self._source} WHERE {self._where}", self._params)
                    self._count = int(row.fetchone()[0])
        assert self._count is not None
        return self._count

    def _dense(self) -> bool:
        """Whether the result is a large share of the directory (then walking the name index is cheapest)."""
        if self._total is None:
            self._total = int(self._db.execute("SELECT max(fid) FROM facilities").fetchone()[0] or 0)
        return self.count() * 50 > self._total

    def page(self, offset: int = 0, limit: int | None = None) -> list[tuple[str, float | None]]:
        """(id, distance km or ``None``) of the rows ``offset`` .. ``offset + limit``, in order."""
        if self._first is not None and limit is not None and offset + limit <= FIRST_PAGE:
            return self._first[offset : offset + limit]
        return self._query_page(offset, limit)

    def _query_page(
        self, offset: int, limit: int | None, *, with_count: bool = False
    ) -> list[tuple[str, float | None]]:
        params = dict(self._params)
        joins, order = "", self._order
        source = self._source
        ranked = not with_count and bool(self._rank_match) and 1 < self.count() <= RANK_LIMIT
        if self._by_name and not ranked and not with_count and limit is not None and self._dense():
            # walk the covering name index and stop after `limit` hits, instead of sorting every match
            source = "facilities f INDEXED BY idx_facilities_name_nocase"
        if ranked:
            params["rankq"] = self._rank_match
            joins = (
                " LEFT JOIN (SELECT rowid AS rid, bm25(facilities_fts, 10.0, 5.0, 4.0, 2.0, 1.0, 1.0, 2.0, 2.0, 4.0) "
                "AS score FROM facilities_fts WHERE facilities_fts MATCH :rankq) rk ON rk.rid = f.fid"
            )
            order = "rk.score IS NULL, rk.score, " + order
        if self._boost is not None and (with_count or self.count() <= RANK_LIMIT):
            order = f"{self._boost[0]}, {order}"
            params.update(self._boost[1])
        if self._exact is not None and not with_count and self.count() <= RANK_LIMIT:
            # the name itself, then names that begin with it ("Utrecht Science Park (De Uithof)")
            order = (
                "(CASE WHEN fold(f.name) = fold(:exact_name) THEN 0 "
                "WHEN substr(fold(f.name), 1, length(fold(:exact_name)) + 1) = fold(:exact_name) || ' ' THEN 1 "
                f"ELSE 2 END), {order}"
            )
            params["exact_name"] = self._exact
        columns = self._columns + (", count(*) OVER () AS total" if with_count else "")
        sql = f"SELECT {columns} FROM {source}{joins} WHERE {self._where} ORDER BY {order}"
        if limit is not None or offset:
            sql += " LIMIT :limit OFFSET :offset"
            params["limit"] = -1 if limit is None else int(limit)
            params["offset"] = int(offset)
        with time_limit(self._db, SEARCH_TIME_LIMIT_MS):
            rows = self._db.execute(sql, params).fetchall()
        if with_count:
            self._count = int(rows[0][-1]) if rows else 0
        if self.distance_from is None:
            return [(r[0], None) for r in rows]
        return [(r[0], r[1]) for r in rows]


def facet_counts(
    db: Database,
    node: Node,
    *,
    places: dict[str, tuple[float, float]] | None = None,
    facets: Sequence[str] = FACETS,
) -> dict[str, list[tuple[str, int]]]:
    """Value counts of each facet over the facilities matching ``node`` (datasette-style GROUP BY).

    The matching rows are collected once into a temporary table; each facet is then one
    GROUP BY over a covering index, probing that table (not the wide facility rows).

    :param node: the query (the same one the table shows)
    :param places: coordinates of the query's ``near:`` places
    :param facets: query field names (see :data:`FACETS`)
    :return: facet -> [(code, count)] sorted by count descending, then code
    """
    register_functions(db)
    compiled = compile_query(node, places, math=has_math_functions(db))
    everything = compiled.where == "1"
    out: dict[str, list[tuple[str, int]]] = {}
    with time_limit(db, FACET_TIME_LIMIT_MS):
        if not everything:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS facet_rows (fid INTEGER PRIMARY KEY)")
            db.execute("DELETE FROM temp.facet_rows")
            db.execute(
                f"INSERT INTO temp.facet_rows SELECT f.fid FROM facilities f WHERE {compiled.where}", compiled.params
            )
        member = "" if everything else "fid IN temp.facet_rows AND "
        link_member = "" if everything else "fid IN temp.facet_rows"
        for facet in facets:
            if facet in SCALAR_VOCABULARY_COLUMNS:
                column = SCALAR_VOCABULARY_COLUMNS[facet].removeprefix("f.")
                sql = (
                    f"SELECT {column} AS value, count(*) AS n FROM facilities WHERE {member}{column} != '' "
                    "GROUP BY value ORDER BY n DESC, value"
                )
            elif facet in MULTI_VOCABULARY_TABLES:
                table = MULTI_VOCABULARY_TABLES[facet]
                where = f" WHERE {link_member}" if link_member else ""
                sql = f"SELECT code AS value, count(*) AS n FROM [{table}]{where} GROUP BY value ORDER BY n DESC, value"
            else:
                raise ValueError(f"not a facet: {facet!r}")
            out[facet] = [(r[0], r[1]) for r in db.execute(sql)]
        if "region" in out:
            out["region"] = _with_parent_regions(db, out["region"])
    return out


def _with_parent_regions(db: Database, counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Region counts with each parent region counting its provinces too (a facility in BE-VAN counts
    for BE-VAN and for BE-VLG): the count a facet shows is what ``region:BE-VLG`` finds."""
    parents = dict(
        db.execute(
            "SELECT v.code, v.grp FROM vocabulary v JOIN vocabulary p ON p.vocabulary = 'region' AND p.code = v.grp "
            "WHERE v.vocabulary = 'region'"
        ).fetchall()
    )
    totals = dict(counts)
    for code, n in counts:
        parent = parents.get(code)
        if parent:
            totals[parent] = totals.get(parent, 0) + n
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def index_terms(db: Database) -> dict[str, int]:
    """Every word of the full-text index with the number of facilities holding it (``fts5vocab``).

    The candidates typo correction chooses from: the directory's own vocabulary.
    """
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.facilities_fts_terms USING fts5vocab(main, facilities_fts, 'row')"
    )
    return {str(term): int(doc) for term, doc in db.execute("SELECT term, doc FROM temp.facilities_fts_terms")}


def index_version(db: Database) -> tuple[int, int]:
    """Changes when the full-text index may have changed: another connection's commit
    (``PRAGMA data_version``) or one of this connection's own writes (``total_changes``)."""
    return int(db.execute("PRAGMA data_version").fetchone()[0]), int(db.conn.total_changes)


def has_term(db: Database, word: str, *, prefix: bool = False) -> bool:
    """Whether any facility's indexed text holds ``word`` (or, with ``prefix``, a word starting with it)."""
    expression = fts_expression(word, phrase=not prefix, prefix=prefix)
    if expression is None:
        return False
    row = db.execute("SELECT 1 FROM facilities_fts WHERE facilities_fts MATCH :q LIMIT 1", {"q": expression})
    return row.fetchone() is not None


def names_start_with(db: Database, words: str) -> bool:
    """Whether some facility's name is, or starts with, these words (``new lab`` = "New Lab")."""
    expression = fts_expression(words, phrase=True)
    if expression is None:
        return False
    wanted = fold(words)
    rows = db.execute(
        "SELECT f.name FROM facilities_fts JOIN facilities f ON f.fid = facilities_fts.rowid "
        "WHERE facilities_fts MATCH :q LIMIT 50",
        {"q": "{name} : " + expression},
    )
    return any(fold(name) == wanted or fold(name).startswith(wanted + " ") for (name,) in rows)
