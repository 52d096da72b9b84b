"""What every benchmark script shares: its command line, its printed table and its JSON.

Each ``bench_*.py`` takes ``--sizes``, ``--repeat`` (where it repeats) and ``--json``, prints the
same table as the runner (``run.py``) and writes ``{"benchmarks": [...]}``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

Result = dict[str, object]


def arguments(doc: str | None, *, sizes: str, repeat: int | None = 3) -> argparse.ArgumentParser:
    """A benchmark's command line: ``--sizes`` (comma-separated), ``--repeat`` (unless ``None``), ``--json``."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0] if doc else None)
    parser.add_argument("--sizes", default=sizes, help="comma-separated directory sizes")
    if repeat is not None:
        parser.add_argument("--repeat", type=int, default=repeat)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    return parser


def sizes_of(args: argparse.Namespace) -> list[int]:
    return [int(s) for s in args.sizes.split(",")]


def report(results: list[Result], json_path: Path | None) -> int:
    """Print the table, write the JSON if asked; the exit code."""
    print_table(results)
    if json_path:
        json_path.write_text(json.dumps({"benchmarks": results}, indent=2))
    return 0


def print_table(results: list[Result]) -> None:
    """Figure, reference and ratio, one row each, with what the reference is."""
    print(f"{'benchmark':32} {'size':>7} {'value':>12} {'reference':>12} {'ratio':>7}  reference is")
    for r in results:
        unit = r.get("unit", "")
        value = "" if r.get("value") is None else f"{r['value']}{unit}"
        ref = "" if r.get("reference") is None else f"{r['reference']}{unit}"
        ratio = "" if r.get("ratio") is None else f"{r['ratio']:.2f}x"
        print(f"{r['name']!s:32} {r['size']!s:>7} {value:>12} {ref:>12} {ratio:>7}  {r.get('reference_name') or ''}")


def markdown_table(results: list[Result], about: dict[str, object]) -> str:
    """The figures as a Markdown table (for the README), headed by the machine they ran on."""

    def number(value: object, unit: object) -> str:
        if value is None:
            return ""
        if isinstance(value, float) and unit == "ms" and value >= 1000:
            return f"{value / 1000:.2f} s"
        if isinstance(value, float):
            text = f"{value:,.1f}" if value >= 10 else f"{value:.2f}"
        else:
            text = f"{value:,}"
        return f"{text} {unit}".strip()

    lines = [
        f"Measured {about.get('date', '')} on {about.get('cpu', '?')}, {about.get('cores', '?')} cores, "
        f"{about.get('memory_gb', '?')} GB, Python {about.get('python', '?')}, PySide6 {about.get('pyside6', '?')}, "
        f"SQLite {about.get('sqlite', '?')} ({about.get('platform', '')}).",
        "",
        "| benchmark | size | value | reference | ratio | reference is |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for r in results:
        unit = r.get("unit", "")
        ratio = "" if r.get("ratio") is None else f"{r['ratio']:.2f}x"
        size = f"{r['size']:,}" if isinstance(r.get("size"), int) else str(r.get("size", ""))
        lines.append(
            f"| {r['name']} | {size} | {number(r.get('value'), unit)} | {number(r.get('reference'), unit)} | "
            f"{ratio} | {r.get('reference_name') or ''} |"
        )
    return "\n".join(lines) + "\n"
