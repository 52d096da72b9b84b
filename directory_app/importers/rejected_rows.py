"""Write the rows an import rejected to a CSV file the user can fix and import again.

The file has the source's own columns plus ``row`` (its row number in the source) and
``problems`` (every reason, ``column: reason``); it is read back by the same import.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

from directory_app.importers.import_run import ImportPlan
from directory_app.importers.source_table import SourceTable

_FORMULA = re.compile(r"^(?:[=@\t\r]|[+\-](?![\d.,]))")


def _safe(cell: str) -> str:
    """A cell that a spreadsheet shows as text, never runs as a formula (negative numbers stay numbers)."""
    return "'" + cell if _FORMULA.match(cell) else cell


def write_rejected(table: SourceTable, plan: ImportPlan, path: Path | str) -> int:
    """Write the rejected rows of ``plan`` (streamed again from ``table``) to ``path``; returns how many.

    Written to a temporary file first, then renamed: an existing file is replaced whole or not at all.
    """
    path = Path(path)
    wanted = set(plan.rejected)
    reasons: dict[int, list[str]] = {}
    for p in plan.errors:
        reasons.setdefault(p.row, []).append(f"{p.column}: {p.reason}")
    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=table.info.delimiter or ",")
            writer.writerow(["row", *table.info.headers, "problems"])
            for number, cells in table.rows():
                if number in wanted:
                    padded = [*cells, *([""] * (len(table.info.headers) - len(cells)))]
                    writer.writerow([number, *(_safe(c) for c in padded), _safe("; ".join(reasons.get(number, [])))])
                    count += 1
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
