"""Command line of ``directory-app``: opens the GUI, or runs a sub-command without Qt.

``directory-app [--db PATH] [--read-only]`` opens the main window; ``directory-app info``
prints what the database holds. The database is ``--db``, else ``$DIRECTORY_APP_DB``, else
the user's default; a path that does not exist yet is created from the shipped seed.
Exit codes: 0 success, 1 failure, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from directory_app import __version__, config
from directory_app.directory import Directory
from directory_app.domain.errors import DirectoryError


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (shared by the GUI and the sub-commands)."""
    parser = argparse.ArgumentParser(
        prog="directory-app",
        description="Offline directory of Benelux life-science incubators, accelerators and "
        "cell & gene therapy production sites.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"database file (default: ${config.DB_ENV_VAR} or {config.default_database_path()}); "
        "created from the shipped seed when it does not exist",
    )
    parser.add_argument("--read-only", action="store_true", help="never write to the database")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    info = commands.add_parser("info", help="print what the database holds")
    info.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _info(args: argparse.Namespace) -> int:
    with Directory.open(args.db, read_only=args.read_only) as directory:
        oldest, newest = directory.verification_span()
        facilities = directory.facilities()
        kinds: dict[str, int] = {}
        for f in facilities:
            kinds[f.kind] = kinds.get(f.kind, 0) + 1
        summary = {
            "path": str(directory.path),
            "read_only": directory.read_only,
            "facilities": len(facilities),
            "with_coordinates": sum(1 for f in facilities if f.has_coordinates),
            "kinds": kinds,
            "seed_version": directory.seed_version(),
            "verified_oldest": oldest.isoformat() if oldest else None,
            "verified_newest": newest.isoformat() if newest else None,
        }
    if args.format == "json":
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        for key, value in summary.items():
            print(f"{key}: {value}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``directory-app``, ``python -m directory_app`` and ``python main.py``."""
    parser = build_parser()
    args, rest = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        from directory_app.qt.app import run_gui  # Qt is imported only for the GUI

        return run_gui(db_path=args.db, read_only=args.read_only, qt_args=rest)
    if rest:
        parser.error(f"unrecognised arguments: {' '.join(rest)}")
    try:
        return _info(args)
    except DirectoryError as exc:
        print(f"directory-app: {exc.message}", file=sys.stderr)
        return 2 if exc.code in ("corrupt", "foreign", "too_new") else 1


if __name__ == "__main__":
    raise SystemExit(main())
