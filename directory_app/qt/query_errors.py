"""The search language's error messages in the user's language.

The parser (below the Qt layer) raises :class:`~directory_app.domain.errors.QueryError` with an
English message; each known message shape is matched here and re-worded through the translator,
with its variable parts (field names, values, limits) kept. An unknown shape stays English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from directory_app.qt.i18n import tr

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), template)
    for pattern, template in (
        (r"Unknown field '(.*)'\. Fields: (.*)\.", QT_TRANSLATE_NOOP("QueryError", "Unknown field '%1'. Fields: %2.")),
        (
            r"Unknown (\w+) '(.*)'\. Did you mean (.*)\? Valid values: (.*)\.",
            QT_TRANSLATE_NOOP("QueryError", "Unknown %1 '%2'. Did you mean %3? Valid values: %4."),
        ),
        (
            r"Unknown (\w+) '(.*)'\. Valid values: (.*)\.",
            QT_TRANSLATE_NOOP("QueryError", "Unknown %1 '%2'. Valid values: %3."),
        ),
        (
            r"'(or|and)' needs something on both sides\.",
            QT_TRANSLATE_NOOP("QueryError", "'%1' needs something on both sides."),
        ),
        (
            r"Expected a search term before '(.*)'\.",
            QT_TRANSLATE_NOOP("QueryError", "Expected a search term before '%1'."),
        ),
        (r"Expected a search term\.", QT_TRANSLATE_NOOP("QueryError", "Expected a search term.")),
        (r"'(.*)' needs something to exclude\.", QT_TRANSLATE_NOOP("QueryError", "'%1' needs something to exclude.")),
        (r"The query is nested too deeply\.", QT_TRANSLATE_NOOP("QueryError", "The query is nested too deeply.")),
        (r"Missing '\)'\.", QT_TRANSLATE_NOOP("QueryError", "Missing ')'.")),
        (r"Empty parentheses\.", QT_TRANSLATE_NOOP("QueryError", "Empty parentheses.")),
        (r"Unexpected '(.*)'\.", QT_TRANSLATE_NOOP("QueryError", "Unexpected '%1'.")),
        (r"'(\w+):' needs a value\.", QT_TRANSLATE_NOOP("QueryError", "'%1:' needs a value.")),
        (
            r"'near:' takes a place, not a comparison\.",
            QT_TRANSLATE_NOOP("QueryError", "'near:' takes a place, not a comparison."),
        ),
        (
            r"'within:' takes a distance such as 30km\.",
            QT_TRANSLATE_NOOP("QueryError", "'within:' takes a distance such as 30km."),
        ),
        (
            r"'within:' must be between 0 and (\d+) km\.",
            QT_TRANSLATE_NOOP("QueryError", "'within:' must be between 0 and %1 km."),
        ),
        (
            r"'box:' takes south,west,north,east in degrees, e\.g\. (.*)\.",
            QT_TRANSLATE_NOOP("QueryError", "'box:' takes south,west,north,east in degrees, e.g. %1."),
        ),
        (
            r"'stale:' takes a number of months from 1 to (\d+), e\.g\. stale:12\.",
            QT_TRANSLATE_NOOP("QueryError", "'stale:' takes a number of months from 1 to %1, e.g. stale:12."),
        ),
        (r"'(\w+):' takes a number, e\.g\. (.*)\.", QT_TRANSLATE_NOOP("QueryError", "'%1:' takes a number, e.g. %2.")),
        (
            r"'(\w+):' takes a date: 2025, 2025-06 or 2025-06-30\.",
            QT_TRANSLATE_NOOP("QueryError", "'%1:' takes a date: 2025, 2025-06 or 2025-06-30."),
        ),
        (
            r"'(\w+):' cannot be compared with (.*)\.",
            QT_TRANSLATE_NOOP("QueryError", "'%1:' cannot be compared with %2."),
        ),
        (
            r"'(\w+):' needs a value with letters or digits\.",
            QT_TRANSLATE_NOOP("QueryError", "'%1:' needs a value with letters or digits."),
        ),
        (
            r"'within:' needs a 'near:' place in the same group\.",
            QT_TRANSLATE_NOOP("QueryError", "'within:' needs a 'near:' place in the same group."),
        ),
        (
            r"The query is too long \(more than (\d+) characters\)\.",
            QT_TRANSLATE_NOOP("QueryError", "The query is too long (more than %1 characters)."),
        ),
        (
            r"The query has too many terms \(more than (\d+)\)\.",
            QT_TRANSLATE_NOOP("QueryError", "The query has too many terms (more than %1)."),
        ),
    )
)


def translated_query_error(message: str) -> str:
    """``message`` of a QueryError in the UI language (unchanged when its shape is unknown)."""
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(message)
        if match:
            text = tr("QueryError", template)
            for number, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{number}", value)
            return text
    return message
