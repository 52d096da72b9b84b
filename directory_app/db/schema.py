"""Names the SQL of this package may use: tables, whitelisted columns, the FTS column list."""

from __future__ import annotations

from directory_app.domain.models import FACILITY_FIELDS

APPLICATION_ID = 0x44495241
"""``PRAGMA application_id`` of our files ("DIRA"): tells our databases from any other SQLite file."""

MULTI_VALUE_TABLES: dict[str, str] = {
    "services": "facility_services",
    "modalities": "facility_modalities",
    "cleanroom_grades": "facility_grades",
}
"""Facility field -> link table holding its vocabulary codes."""

SCALAR_COLUMNS: tuple[str, ...] = tuple(f for f in FACILITY_FIELDS if f not in MULTI_VALUE_TABLES)
"""Columns of ``facilities`` that map one-to-one onto :class:`~directory_app.domain.models.Facility`."""


FTS_COLUMNS: tuple[str, ...] = (
    "name",
    "organisation",
    "city",
    "postal_code",
    "street",
    "description",
    "services_detail",
    "modalities_detail",
    "campus_name",
)
"""Columns of the FTS5 index ``facilities_fts`` (kept in step by triggers). ``campus_name`` is a column
of ``facilities`` that triggers keep equal to the name of the facility ``campus_id`` names, so that a
campus's name finds the sites on it."""

FRESHNESS_SQL = (
    "coalesce(f.verified_on, CASE length(f.source_date) WHEN 4 THEN f.source_date || '-01-01' "
    "WHEN 7 THEN f.source_date || '-01' WHEN 10 THEN f.source_date END)"
)
"""SQL of :func:`~directory_app.domain.models.freshness_date` over ``facilities f``: ``verified_on``, else
the first day of the ``source_date`` period, as ISO text (NULL when neither)."""

SORTABLE_COLUMNS: dict[str, str] = {
    "name": "name COLLATE NOCASE",
    "kind": "kind",
    "organisation": "organisation COLLATE NOCASE",
    "city": "city COLLATE NOCASE",
    "region": "region",
    "country": "country",
    "verified_on": "verified_on",
    "year_opened": "year_opened",
    "area_m2": "area_m2",
    "status": "status",
    "confidence": "CASE confidence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END",
    "geocode_precision": "geocode_precision",
}
"""Whitelist of ORDER BY expressions by public key; nothing else ever reaches ORDER BY."""

SORT_KEYS: frozenset[str] = frozenset({*SORTABLE_COLUMNS, "distance", "rank"})
"""Keys a search can order by (table columns outside it are not sortable)."""
