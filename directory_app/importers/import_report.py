"""An import's outcome as plain text (the command line) and as a dict (JSON)."""

from __future__ import annotations

from datetime import date

from directory_app.importers.import_run import ImportPlan


def _json(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _text(value: object) -> str:
    if isinstance(value, tuple):
        value = "; ".join(value)
    return "(empty)" if value is None or value == "" else repr(str(value))


def report_dict(plan: ImportPlan) -> dict[str, object]:
    """Counts, detected format, duplicates, new terms and every problem."""
    info = plan.source
    return {
        "file": str(info.path),
        "format": info.format,
        "encoding": info.encoding,
        "delimiter": info.delimiter,
        "mapping": {h: f for h, f in zip(info.headers, plan.mapping, strict=True) if f},
        "written": plan.written,
        "rows_read": plan.rows_read,
        "added": plan.added,
        "updated": plan.updated,
        "unchanged": plan.unchanged,
        "skipped": plan.skipped,
        "duplicates": plan.duplicates_total,
        "rejected": len(plan.rejected),
        "geocoded": plan.geocoded,
        "new_terms": [{"vocabulary": v, "code": c, "label": label} for (v, c), label in plan.new_terms.items()],
        "duplicate_rows": [
            {
                "row": d.row,
                "existing": d.existing_id,
                "reason": d.reason,
                "changes": {c.field: [_json(c.before), _json(c.after)] for c in d.changes},
            }
            for d in plan.duplicates
        ],
        "problems": [
            {"row": p.row, "column": p.column, "reason": p.reason, "severity": p.severity} for p in plan.problems
        ],
    }


def report_lines(plan: ImportPlan, *, dry_run: bool = False) -> list[str]:
    """The report the ``import`` command prints."""
    info = plan.source
    detected = info.format.upper() + (f", {info.encoding}, delimiter {info.delimiter!r}" if info.delimiter else "")
    verb = "would be " if dry_run or not plan.written else ""
    lines = [
        f"{info.name} ({detected})",
        f"rows read:  {plan.rows_read}",
        f"added:      {plan.added}" + (f" ({verb}added)" if verb else ""),
        f"updated:    {plan.updated}",
        f"duplicates: {plan.duplicates_total} ({plan.skipped} skipped, {plan.unchanged} unchanged, "
        f"on-duplicate {plan.on_duplicate})",
        f"rejected:   {len(plan.rejected)}",
    ]
    if plan.geocoded:
        lines.append(f"geocoded:   {plan.geocoded} (offline, by postcode or city)")
    for d in plan.duplicates[:50]:
        lines.append(f"  duplicate row {d.row}: {d.new.name} = {d.existing_id} ({d.reason})")
        for c in d.changes:
            lines.append(f"    {c.field}: {_text(c.before)} -> {_text(c.after)}")
    if plan.duplicates_total > 50:
        lines.append(f"  ... and {plan.duplicates_total - 50} more duplicates")
    for (vocabulary, code), label in plan.new_terms.items():
        lines.append(f"  new {vocabulary} term for review: {label} ({code})")
    for p in plan.problems:
        lines.append(f"  row {p.row}, {p.column}: {p.reason}" + (" [warning]" if p.severity != "error" else ""))
    if dry_run:
        lines.append("dry run: nothing was written")
    elif plan.written:
        lines.append("imported in one transaction")
    else:
        lines.append("nothing was written: fix the rejected rows, or import the others with --accept-partial")
    return lines
