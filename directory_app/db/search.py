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


def search(
    db: Database,
    node: Node,
    *,
    places: dict[str, tuple[float, float]] | None = None,
    distance_from: tuple[float, float] | None = None,
    order_by: str = "rank",
    limit: int | None = None,
) -> Hits:
    """Facilities matching ``node``.

    Order: by distance when ``distance_from`` is given, else by full-text rank (BM25) when the
    query has text and ``order_by`` is ``rank``, else by ``order_by`` (a whitelisted key), then name.

    :param node: the query
    :param places: coordinates of the query's ``near:`` places
    :param distance_from: point to measure distances from
    :param order_by: ``rank`` or a key of :data:`~directory_app.db.schema.SORTABLE_COLUMNS`
    :param limit: at most this many ids
    """
    register_functions(db)
    compiled = compile_query(node, places)
    params = dict(compiled.params)
    columns = "f.id"
    joins = ""
    if distance_from is not None:
        params["dlat"], params["dlon"] = distance_from
        columns += ", distance_km(f.latitude, f.longitude, :dlat, :dlon) AS distance"
        order = "distance IS NULL, distance, f.name COLLATE NOCASE"
    elif order_by == "rank" and compiled.rank_match:
        params["rankq"] = compiled.rank_match
        joins = (
            " LEFT JOIN (SELECT rowid AS rid, bm25(facilities_fts, 10.0, 5.0, 4.0, 2.0, 1.0, 1.0, 2.0, 2.0) AS score "
            "FROM facilities_fts WHERE facilities_fts MATCH :rankq) rk ON rk.rid = f.fid"
        )
        order = "rk.score IS NULL, rk.score, f.name COLLATE NOCASE"
    else:
        key = "name" if order_by == "rank" else order_by
        if key not in SORTABLE_COLUMNS:
            raise ValueError(f"cannot order by {order_by!r}")
        order = f"{SORTABLE_COLUMNS[key]}, f.id"
    sql = f"SELECT {columns} FROM facilities f{joins} WHERE {compiled.where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = int(limit)
    with time_limit(db, SEARCH_TIME_LIMIT_MS):
        rows = db.execute(sql, params).fetchall()
    if distance_from is not None:
        return Hits(tuple(r[0] for r in rows), {r[0]: r[1] for r in rows if r[1] is not None})
    return Hits(tuple(r[0] for r in rows))


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
