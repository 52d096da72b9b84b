"""The in-app description of the search language (Help › Search Syntax)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP

from directory_app.qt.i18n import tr

# (field, example, explanation) -- every field of directory_app.domain.query.FIELDS appears
# here (a test checks it), so the help never falls behind the grammar.
FIELD_HELP: tuple[tuple[str, str, str], ...] = (
    (
        "name",
        "name:Bioscape",
        QT_TRANSLATE_NOOP("queryhelp", "name contains (accents and case ignored); name:=… for the exact name"),
    ),
    ("org", "org:VIB", QT_TRANSLATE_NOOP("queryhelp", "organisation contains (alias: organisation:)")),
    ("organisation", "organisation:imec", QT_TRANSLATE_NOOP("queryhelp", "same as org:")),
    ("city", "city:liege", QT_TRANSLATE_NOOP("queryhelp", "city contains")),
    ("kind", "kind:incubator", QT_TRANSLATE_NOOP("queryhelp", "incubator, accelerator, cgt_production")),
    ("country", "country:BE", QT_TRANSLATE_NOOP("queryhelp", "BE, NL, LU or the country's name")),
    ("region", "region:wallonia", QT_TRANSLATE_NOOP("queryhelp", "a region or province: code (BE-WAL, NL-ZH) or name")),
    ("service", "service:lab_space", QT_TRANSLATE_NOOP("queryhelp", "a service (code or the start of its name)")),
    ("modality", "modality:car-t", QT_TRANSLATE_NOOP("queryhelp", "a therapy modality")),
    ("grade", "grade:B", QT_TRANSLATE_NOOP("queryhelp", "EU GMP cleanroom grade A-D")),
    (
        "status",
        "status:operational",
        QT_TRANSLATE_NOOP("queryhelp", "operational, under_construction, planned, closing, closed"),
    ),
    ("confidence", "confidence:high", QT_TRANSLATE_NOOP("queryhelp", "how sure the source is: high, medium, low")),
    ("access", "access:open", QT_TRANSLATE_NOOP("queryhelp", "open (to third parties) or in_house (in-house only)")),
    ("area", "area:>=1000", QT_TRANSLATE_NOOP("queryhelp", "area in m² (compare with < <= > >= =)")),
    ("year", "year:<2010", QT_TRANSLATE_NOOP("queryhelp", "year opened")),
    (
        "verified",
        "verified:<2025-06",
        QT_TRANSLATE_NOOP("queryhelp", "when the record was last checked against its source"),
    ),
    (
        "stale",
        "stale:12",
        QT_TRANSLATE_NOOP("queryhelp", "not checked against its source for more than 12 months, or never"),
    ),
    (
        "precision",
        "precision:town",
        QT_TRANSLATE_NOOP(
            "queryhelp",
            "how precise the coordinates are: street, campus, postcode, town, municipality, region, country, none",
        ),
    ),
    ("id", "id:pivot-park", QT_TRANSLATE_NOOP("queryhelp", "a facility's id")),
    (
        "near",
        "near:Gand",
        QT_TRANSLATE_NOOP("queryhelp", "within 25 km of a place (any language), Belgian postcode, facility or lat,lon"),
    ),
    ("within", "near:Leuven within:30km", QT_TRANSLATE_NOOP("queryhelp", "radius for near:")),
    ("shortlist", 'shortlist:"CAR-T visit"', QT_TRANSLATE_NOOP("queryhelp", "on one of your shortlists")),
    (
        "box",
        "box:50.6,4.2,51.0,4.9",
        QT_TRANSLATE_NOOP("queryhelp", "inside a map extent: south,west,north,east (the map's “Search this area”)"),
    ),
)


def query_help_html() -> str:
    """The help page as HTML (translated)."""
    rows = "".join(
        f"<tr><td><code>{html.escape(example)}</code></td><td>{html.escape(tr('queryhelp', text))}</td></tr>"
        for _field, example, text in FIELD_HELP
    )
    intro = html.escape(
        tr(
            "queryhelp",
            "Type words to search names, organisations, cities, services and modalities — "
            "accents, case and the language of place names do not matter (Gent = Gand = Ghent), "
            "and words match while you type (zwijn finds Zwijnaarde). Combine terms with "
            "and (implicit), or, not or a leading minus, and group with parentheses. "
            'Quote phrases: "cell therapy".',
        )
    )
    return f"<p>{intro}</p><table cellspacing='4'>{rows}</table>"
