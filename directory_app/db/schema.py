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
)
"""Columns of the FTS5 index ``facilities_fts`` (kept in step by triggers)."""

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
