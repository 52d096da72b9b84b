"""Run compiled queries: matching ids (ranked, or by distance) and facet counts. All SQL is here."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from directory_app.db.functions import register_functions
from directory_app.db.schema import SORTABLE_COLUMNS
from directory_app.db.sql_compiler import MULTI_VOCABULARY_TABLES, SCALAR_VOCABULARY_COLUMNS, compile_query
from directory_app.domain.errors import QueryTimeoutError
from directory_app.domain.query import Node

SEARCH_TIME_LIMIT_MS = 2000
FACET_TIME_LIMIT_MS = 1000
FACETS: tuple[str, ...] = ("kind", "country", "region", "service", "modality", "grade", "status", "confidence")
"""Facets the panel shows, as query field names."""


@dataclass(frozen=True, slots=True)
class Hits:
    """Matching facility ids in result order, with distances (km) when the query had a ``near:``."""

    ids: tuple[str, ...]
    distances: dict[str, float] | None = None


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


RANK_LIMIT = 3000
"""Rank by relevance only results up to this size; larger ones (a one-letter prefix) go by name."""


def search(
    db: Database,
    node: Node,
    *,
    places: dict[str, tuple[float, float]] | None = None,
    distance_from: tuple[float, float] | None = None,
    order_by: str = "rank",
    descending: bool = False,
    limit: int | None = None,
) -> Hits:
    """Facilities matching ``node``.

    Order (``order_by``): ``rank`` = by distance when ``distance_from`` is given, else by
    full-text relevance (BM25) when the query has text and at most :data:`RANK_LIMIT` matches,
    else by name; ``distance`` = by distance; or a key of
    :data:`~directory_app.db.schema.SORTABLE_COLUMNS` (ties by name).

    :param node: the query
    :param places: coordinates of the query's ``near:`` places
    :param distance_from: point to measure distances from
    :param order_by: ``rank``, ``distance`` or a sortable column key
    :param descending: reverse the order (not for ``rank``)
    :param limit: at most this many ids
    """
    register_functions(db)
    compiled = compile_query(node, places)
    params = dict(compiled.params)
    direction = " DESC" if descending else ""
    columns = "f.id"
    if distance_from is not None:
        params["dlat"], params["dlon"] = distance_from
        columns += ", distance_km(f.latitude, f.longitude, :dlat, :dlon) AS distance"
    if order_by in ("rank", "distance") and distance_from is not None:
        order = f"distance IS NULL, distance{direction}, f.name COLLATE NOCASE, f.id"
    elif order_by in ("rank", "name", "distance"):
        order = f"f.name COLLATE NOCASE{direction}, f.id{direction}"
    elif order_by in SORTABLE_COLUMNS:
        expr = SORTABLE_COLUMNS[order_by]
        order = f"{expr} IS NULL, {expr}{direction}, f.name COLLATE NOCASE, f.id"
    else:
        raise ValueError(f"cannot order by {order_by!r}")
    sql = f"SELECT {columns} FROM facilities f WHERE {compiled.where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = int(limit)
    with time_limit(db, SEARCH_TIME_LIMIT_MS):
        rows = db.execute(sql, params).fetchall()
        ids = [r[0] for r in rows]
        if order_by == "rank" and distance_from is None and compiled.rank_match and 1 < len(ids) <= RANK_LIMIT:
            ids = _by_relevance(db, ids, compiled.rank_match)
    if distance_from is not None:
        return Hits(tuple(ids), {r[0]: r[1] for r in rows if r[1] is not None})
    return Hits(tuple(ids))


def _by_relevance(db: Database, ids: list[str], match: str) -> list[str]:
    """Reorder ``ids`` (already by name) by BM25 of ``match``; ids it does not score keep their place last."""
    scores = dict(
        db.execute(
            "SELECT f.id, bm25(facilities_fts, 10.0, 5.0, 4.0, 2.0, 1.0, 1.0, 2.0, 2.0) FROM facilities_fts "
            "JOIN facilities f ON f.fid = facilities_fts.rowid WHERE facilities_fts MATCH :q",
            {"q": match},
        ).fetchall()
    )
    position = {facility_id: i for i, facility_id in enumerate(ids)}
    return sorted(ids, key=lambda i: (scores.get(i) is None, scores.get(i, 0.0), position[i]))


def facet_counts(
    db: Database,
    node: Node,
    *,
    places: dict[str, tuple[float, float]] | None = None,
    facets: Sequence[str] = FACETS,
) -> dict[str, list[tuple[str, int]]]:
    """Value counts of each facet over the facilities matching ``node`` (datasette-style GROUP BY).

    :param node: the query (the same one the table shows)
    :param places: coordinates of the query's ``near:`` places
    :param facets: query field names (see :data:`FACETS`)
    :return: facet -> [(code, count)] sorted by count descending, then code
    """
    register_functions(db)
    compiled = compile_query(node, places)
    out: dict[str, list[tuple[str, int]]] = {}
    with time_limit(db, FACET_TIME_LIMIT_MS):
        for facet in facets:
            if facet in SCALAR_VOCABULARY_COLUMNS:
                column = SCALAR_VOCABULARY_COLUMNS[facet]
                sql = (
                    f"SELECT {column} AS value, count(*) AS n FROM facilities f WHERE {compiled.where} "
                    f"AND {column} != '' GROUP BY value ORDER BY n DESC, value"
                )
            elif facet in MULTI_VOCABULARY_TABLES:
                table = MULTI_VOCABULARY_TABLES[facet]
                sql = (
                    f"SELECT l.code AS value, count(*) AS n FROM [{table}] l JOIN facilities f ON f.id = l.facility_id "
                    f"WHERE {compiled.where} GROUP BY value ORDER BY n DESC, value"
                )
            else:
                raise ValueError(f"not a facet: {facet!r}")
            out[facet] = [(r[0], r[1]) for r in db.execute(sql, compiled.params)]
    return out
