"""Command line of ``directory-app``: opens the GUI, or runs a sub-command without Qt.

``directory-app [--db PATH] [--read-only]`` opens the main window; ``directory-app info``
prints what the database holds. The database is ``--db``, else ``$DIRECTORY_APP_DB``, else
the user's default; a path that does not exist yet is created from the shipped seed, and stderr
says so (a mistyped path shows at once); an empty, 0-byte file there is refused: delete it first
if a new directory is what you want.
``--db PATH`` and ``--read-only`` may also follow any command or ``shortlist`` action
(``directory-app search X --db F``); given more than once, the last ``--db`` on the line wins.

Exit codes: 0 success; 1 partial result or findings (rows rejected, no such shortlist, problems
found by ``check``); 2 refused or error (bad usage, unreadable input, and a database that is
damaged, busy, missing, empty, not a directory file or from a newer version, and an export file
that cannot be written), with a one-line
reason on stderr and never a traceback. A damaged database is reported by every command the
moment SQLite notices it, with a pointer to ``check`` and the newest good backup. Every backup is
checked when it is made; a command whose backup turns out damaged warns on stderr (the database
itself is most likely damaged), and ``import`` is then refused (exit 2) before changing anything.

``check`` exits 0 when the directory file is sound; 1 when it is a directory file (or a SQLite
file) with problems -- damage SQLite reports, or a wrong full-text index (stderr says whether
it was repaired, and names the newest good backup when it was not); 2 when it cannot be checked:
missing, unreadable, empty, busy, not a SQLite file, a SQLite file of another program, or
written by a newer version.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from directory_app import __version__, config
from directory_app.domain.changes import OverrideConflict
from directory_app.domain.errors import (
    DamagedBackupError,
    DatabaseCorruptError,
    DatabaseUnavailableError,
    DirectoryError,
    NotSQLiteFileError,
    ShareFileError,
)
from directory_app.domain.models import SHORTLIST_STATUSES, Shortlist

if TYPE_CHECKING:  # loaded where used: the GUI's first window comes before it (directory_app.qt.quick_start)
    from directory_app.directory import Directory


def database_path(text: str) -> Path:
    """A ``--db`` value: a file path (``dir/`` names a folder, which would be made a database file)."""
    if text.endswith(("/", os.sep)):
        raise argparse.ArgumentTypeError(f"{text} names a folder; give the path of a database file in it")
    return Path(text)


def one_line(message: str) -> str:
    """A message on one line (SQLite's reports, for one, come on several)."""
    return " ".join(message.split())


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (shared by the GUI and the sub-commands)."""
    parser = argparse.ArgumentParser(
        prog="directory-app",
        description="Offline directory of Benelux life-science incubators, accelerators, science parks and "
        "cell & gene therapy production sites.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=database_path,
        default=None,
        help=f"database file (default: ${config.DB_ENV_VAR} or {config.default_database_path()}); "
        "created from the shipped seed when it does not exist",
    )
    parser.add_argument("--read-only", action="store_true", help="never write to the database")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    info = commands.add_parser("info", help="print what the database holds")
    info.add_argument("--format", choices=("text", "json"), default="text")
    search = commands.add_parser(
        "search",
        help="print the facilities matching a query",
        description="Print the facilities matching QUERY (the search box's query language, e.g. "
        "'CAR-T kind:cgt_production country:BE'). Exit code 2 for a query that cannot be parsed.",
    )
    search.add_argument("query", nargs="?", default="", help="free text and/or field:value terms")
    search.add_argument("--near", metavar="PLACE", help="a city (any language), Belgian postcode, facility or lat,lon")
    search.add_argument("--within-km", type=float, metavar="N", help="radius for --near (default 25)")
    search.add_argument("--kind", action="append", default=[], metavar="KIND", help="repeatable")
    search.add_argument("--country", action="append", default=[], metavar="CC", help="repeatable")
    search.add_argument("--format", choices=("table", "json", "csv"), default="table")
    search.add_argument("--limit", type=int, metavar="N", help="at most N facilities")
    search.add_argument(
        "--explain", action="store_true", help="print the structured query that ran (and how the text was understood)"
    )
    shortlist = commands.add_parser(
        "shortlist",
        help="list, create, fill and show shortlists",
        description="Shortlists live in the user data of the database: a new seed never changes them.",
    )
    actions = shortlist.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every shortlist with its size")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    create = actions.add_parser("create", help="a new, empty shortlist")
    create.add_argument("name")
    create.add_argument("--purpose", default="", help="who it is for and why")
    for verb, text in (("add", "append facilities (by id)"), ("remove", "take facilities off (by id)")):
        action = actions.add_parser(verb, help=text)
        action.add_argument("name")
        action.add_argument("ids", nargs="+", metavar="ID")
    setter = actions.add_parser(
        "set",
        help="change a listed facility's status, rank or notes",
        description="Change what the shortlist says about one facility on it; options not given stay as they are.",
    )
    setter.add_argument("name")
    setter.add_argument("id", metavar="ID")
    setter.add_argument("--status", choices=SHORTLIST_STATUSES)
    setter.add_argument(
        "--rank", type=_rank, default=argparse.SUPPRESS, metavar="N", help="a whole number from 1, or 'none' clears it"
    )
    setter.add_argument("--note", help="your private note ('' clears it)")
    setter.add_argument("--recipient-note", help="the note printed for the recipient ('' clears it)")
    rename = actions.add_parser("rename", help="give a shortlist another name")
    rename.add_argument("name")
    rename.add_argument("new_name", metavar="NEW_NAME")
    delete = actions.add_parser(
        "delete",
        help="delete a shortlist (needs --yes)",
        description="Delete a shortlist and what it says about its facilities (the facilities stay in the "
        "directory). Refused without --yes; `directory-app backup` first keeps a copy.",
    )
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help="really delete it")
    importing = actions.add_parser(
        "import",
        help="import a shortlist file a colleague sent",
        description="Merge a shortlist file into the shortlist of the same name (created if needed). New "
        "facilities are appended; for those already on it your status, rank and notes are kept, and each "
        "differing value from the file is listed (exit code 1). Choose theirs in the app's Shortlists tab.",
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    export = commands.add_parser(
        "export",
        help="write a shortlist or a search result to a file",
        description="Write a shortlist (in its order, with status, rank and notes) or a search result to "
        "CSV (UTF-8 with BOM), XLSX, GeoJSON, a standalone HTML map that opens offline, or a PDF "
        "handout for a visitor (map and one block per facility).",
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="default: from the extension of -o (.csv, .xlsx, .geojson, .html, .pdf); a contradicting one is refused",
    )
    scope = export.add_mutually_exclusive_group(required=True)
    scope.add_argument("--shortlist", metavar="NAME")
    scope.add_argument("--query", metavar="QUERY", help="the search box's query language ('' for everything)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    export.add_argument("--delimiter", choices=(",", ";"), default=",", help="CSV only (';' for Belgian/Dutch Excel)")
    export.add_argument("--columns", metavar="KEY,KEY", help="columns to write (default: the usual ones)")
    export.add_argument(
        "--include-private",
        action="store_true",
        help="shortlists only: also write the private notes, status and rank (internal use only; "
        "by default only the note for the recipient is written)",
    )
    check = commands.add_parser(
        "check",
        help="check the database (and repair its full-text index); --data checks the facilities themselves",
        description="Run SQLite's integrity check and the full-text index's check; a wrong index is rebuilt. "
        "Exit code 0 when all is well, 1 when problems were found (whether repaired or not: stderr says, "
        "and names the newest good backup), 2 when the file cannot be checked (missing, unreadable, empty, busy, "
        "not a SQLite file, another program's file, or newer). "
        "With --data, check the facilities instead: source URL and quote, plans on sources over two years old, "
        "closed sites, two rows on one site, points over 15 km from their town or outside their country, "
        "duplicate websites and vocabulary labels missing in Dutch or French; exit code 1 on any error "
        "(warnings alone: 0).",
    )
    check.add_argument("--data", action="store_true", help="check the facilities' data, not the file")
    check.add_argument("--format", choices=("text", "json"), default="text", help="with --data: the report's format")
    backup = commands.add_parser(
        "backup",
        help="write a consistent copy of the database to a file",
        description="Copy the database with SQLite's online backup (safe while the app is running).",
    )
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    show = actions.add_parser("show", help="the facilities on a shortlist, in order")
    show.add_argument("name")
    show.add_argument("--format", choices=("text", "json"), default="text")
    _add_import_parser(commands)
    _add_update_parsers(commands)
    _add_corrections_parser(commands)
    _add_database_options(parser)
    return parser


def _add_database_options(parser: argparse.ArgumentParser) -> None:
    """Let every command and nested action take ``--db`` and ``--read-only`` after it, too.

    Added here, once, to every sub-parser (whatever is added to :func:`build_parser` later), with
    ``SUPPRESS`` defaults: an option not given after the command leaves the value from before it,
    and one given after it overrides it, so the last ``--db`` on the command line wins.
    """
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in {id(p): p for p in action.choices.values()}.values():  # aliases share a parser
            sub.add_argument(
                "--db",
                type=database_path,
                default=argparse.SUPPRESS,
                metavar="PATH",
                help="database file, as before the command (the last --db given wins)",
            )
            sub.add_argument(
                "--read-only", action="store_true", default=argparse.SUPPRESS, help="never write to the database"
            )
            _add_database_options(sub)


def _add_import_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = commands.add_parser(
        "import",
        help="import facilities from a CSV, XLSX or GeoJSON file",
        description="Import facilities from FILE (CSV in any encoding Excel writes, with , ; or tab; XLSX; "
        "GeoJSON), in one transaction. Columns are recognised from English, Dutch or French headers. "
        "Exit code 0: everything imported; 1: rows were rejected (nothing written unless --accept-partial); "
        "2: the file cannot be read.",
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check and report only; write nothing")
    imp.add_argument(
        "--on-duplicate",
        choices=("skip", "merge", "keep-both"),
        default="skip",
        help="what to do with a row matching an existing facility (default: skip)",
    )
    imp.add_argument("--accept-partial", action="store_true", help="import the valid rows even if others are rejected")
    imp.add_argument("--rejected", type=Path, metavar="CSV", help="write the rejected rows, with reasons, to CSV")
    imp.add_argument("--format", choices=("text", "json"), default="text")


def _add_update_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """keygen, publish, trust, update: one directory for a whole team (issue 15)."""
    keygen = commands.add_parser(
        "keygen",
        help="make a publisher key pair (curators)",
        description="Write a new Ed25519 private key to KEYFILE (mode 0600; keep it secret) and its public key "
        "to KEYFILE.pub (give that to every laptop: `directory-app trust add KEYFILE.pub`). Existing files are "
        "never overwritten.",
    )
    # dest is not "output": the key files are created exclusively (never over any existing file), which is
    # stricter than the output-path guard, and no database is opened for them
    keygen.add_argument("-o", "--output", dest="keyfile", type=Path, required=True, metavar="KEYFILE")
    publish = commands.add_parser(
        "publish",
        help="write the directory as a signed update pack into a folder (curators)",
        description="Write DIR/directory.sqlite (the facilities, no user data; opens in Datasette with "
        "DIR/metadata.json), DIR/manifest.json (version = the previous one in DIR + 1) and its signature "
        "DIR/manifest.json.sig, and, when DIR held the previous version, DIR/changes-<old>-<new>.json.gz. "
        "Serve DIR with any static web server, or copy it to a share or a USB stick.",
    )
    publish.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    publish.add_argument("--key", type=Path, required=True, metavar="KEYFILE", help="the private key from keygen")
    publish.add_argument("--notes", default="", help="release notes, shown before an update is applied")
    publish.add_argument("--name", help="the directory's name (default: the previous version's)")
    trust = commands.add_parser(
        "trust",
        help="the publisher keys this database accepts updates from",
        description="Trusted keys are kept in the database they apply to.",
    )
    trust_actions = trust.add_subparsers(dest="action", metavar="ACTION", required=True)
    trust_add = trust_actions.add_parser("add", help="trust a publisher's public key file (KEYFILE.pub)")
    trust_add.add_argument("key", type=Path, metavar="PUBKEYFILE")
    trust_remove = trust_actions.add_parser("remove", help="stop trusting a key (its .pub file or its id)")
    trust_remove.add_argument("key", metavar="PUBKEYFILE|KEYID")
    trust_list = trust_actions.add_parser("list", help="the trusted keys")
    trust_list.add_argument("--format", choices=("text", "json"), default="text")
    update = commands.add_parser(
        "update",
        help="check an update source and apply its newer version",
        description="Fetch the manifest and its signature from SOURCE (an http(s) URL, a folder, or a manifest "
        "file), check the signature with a trusted key, refuse an older or replayed version, download the "
        "incremental file (or the whole pack), check size and SHA-256, show what changes, back up, and apply it "
        "in one transaction. Your notes, shortlists, saved searches, trash, own facilities and edits are kept; "
        "an edit the update also changed is a conflict for review. Exit code 0: applied or up to date; 1: "
        "applied, conflicts left for review; 2: refused (nothing changed).",
    )
    update.add_argument("--source", required=True, metavar="URL|DIR|FILE")
    update.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    update.add_argument("--format", choices=("text", "json"), default="text")


def _add_corrections_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """corrections: advisers send their edits back; curators review them (issue 15)."""
    corrections = commands.add_parser(
        "corrections",
        help="send your corrections to the curators, or review the corrections you received",
        description="Advisers: `corrections -o FILE` writes your edits of reference facilities (field, old and new "
        "value, when, and the source when you changed it) and the facilities you added, whole, to FILE; your notes, "
        "shortlists and saved searches never go in. Curators: `corrections import FILE` puts each change into the "
        "review queue (a new facility that looks like an existing one is marked as its likely duplicate); nothing "
        "is applied until you accept it with `corrections accept ID` (or `--all`); `corrections reject ID` drops "
        "one. Accepted changes are your edits and go into the next `publish`. Exit code 0: done; 1: accept left "
        "changes pending (a likely duplicate needs --as-new or --merge, or a change cannot be applied); 2: refused "
        "(a file that is unreadable, not a corrections file, of a newer version or changed after it was written; "
        "nothing queued).",
    )
    corrections.add_argument("-o", "--output", type=Path, metavar="FILE", help="write your corrections file")
    corrections.add_argument(
        "--from", dest="sender", metavar="NAME", help="who the file is from (default: your user name)"
    )
    actions = corrections.add_subparsers(dest="action", metavar="ACTION")
    received = actions.add_parser("import", help="put a corrections file into the review queue (curators)")
    received.add_argument("file", type=Path, metavar="FILE")
    listing = actions.add_parser("list", help="the changes waiting for review")
    listing.add_argument("--all", action="store_true", help="also the accepted and rejected ones")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    accept = actions.add_parser("accept", help="apply a queued change as your edit")
    accept.add_argument("id", type=int, nargs="?", metavar="ID")
    accept.add_argument("--all", action="store_true", help="every pending change that needs no choice")
    how = accept.add_mutually_exclusive_group()
    how.add_argument("--as-new", action="store_true", help="a new facility: add it even if it looks like another")
    how.add_argument("--merge", action="store_true", help="a new facility: merge it into its likely duplicate")
    reject = actions.add_parser("reject", help="drop a queued change (the directory does not change)")
    reject.add_argument("id", type=int, metavar="ID")


def _corrections(args: argparse.Namespace) -> int:
    """The corrections command; a refusal is exit code 2, changes left pending exit code 1."""
    from directory_app.domain.errors import CorrectionRefused, CorrectionsFileError, ExportError, ReadOnlyError

    action = getattr(args, "action", None)
    writing = vars(args).get("output") is not None
    if (action is None) != writing:
        print(
            "directory-app: corrections needs either -o FILE (write yours) or an action: import, list, accept, reject",
            file=sys.stderr,
        )
        return 2
    if action == "accept" and (args.id is None) == (not args.all):
        print("directory-app: corrections accept needs an ID or --all", file=sys.stderr)
        return 2
    try:
        with _open(args) as directory:
            if action is None:
                return _corrections_write(directory, args)
            if action == "import":
                return _corrections_import(directory, args)
            if action == "list":
                return _corrections_list(directory, args)
            if action == "reject":
                directory.corrections.reject(args.id)
                print(f"rejected correction {args.id}; the directory did not change", file=sys.stderr)
                return 0
            return _corrections_accept(directory, args)
    except (CorrectionsFileError, ReadOnlyError, ExportError) as exc:
        print(f"directory-app: {one_line(exc.message)}", file=sys.stderr)
        return 2
    except CorrectionRefused as exc:
        print(f"directory-app: {one_line(exc.message)}", file=sys.stderr)
        return 1


def _corrections_write(directory: Directory, args: argparse.Namespace) -> int:
    directory.guard_output(args.output)
    sent = directory.corrections.export(args.output, sender=args.sender)
    print(
        f"written to {args.output}: edits: {sent.edits} (of {sent.facilities_edited} facilities), facilities you "
        f"added: {sent.added}; no notes, shortlists or saved searches. Send it to your curators.",
        file=sys.stderr,
    )
    return 0


def _corrections_import(directory: Directory, args: argparse.Namespace) -> int:
    queued = directory.corrections.import_file(args.file)
    print(
        f"{queued.queued} changes from {_shown(queued.sender or 'an unnamed sender')} ({_shown(queued.made[:10])}) put "
        "into the review "
        f"queue" + (f"; {queued.already} were there already" if queued.already else "") + "; nothing was applied",
        file=sys.stderr,
    )
    for new_id, existing, reason in queued.duplicates:
        print(f"  likely duplicate: new facility {_shown(new_id)} looks like {existing} ({reason})", file=sys.stderr)
    print("review them: directory-app corrections list", file=sys.stderr)
    return 0


def _shown(value: object) -> str:
    """Text from a received file as the terminal shows it: control characters (escape sequences) spelled out."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in str(value))


def _correction_value(value: object) -> str:
    if value is None or value == "" or value == []:
        return "-"
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _corrections_list(directory: Directory, args: argparse.Namespace) -> int:
    review = directory.corrections
    changes = review.queue(None if args.all else "pending")
    if args.format == "json":
        rows = []
        for c in changes:
            row = {k: getattr(c, k) for k in c.__dataclass_fields__}
            row["current"] = review.current_value(c) if c.kind == "edit" else None
            rows.append(row)
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for c in changes:
            head = f"{c.id}\t{c.state}\t{_shown(c.facility_id)} ({_shown(c.facility_name)})"
            who = f"from {_shown(c.sender or '?')} {_shown(c.changed_at or c.sent_at)}"
            if c.kind == "edit":
                print(
                    f"{head}\t{c.field}: now {_correction_value(review.current_value(c))!r}, proposed "
                    f"{_correction_value(c.new)!r}\t{who}"
                )
            else:
                dup = f"; likely duplicate of {_shown(c.duplicate_of)} ({c.duplicate_reason})" if c.duplicate_of else ""
                print(f"{head}\tnew facility{dup}\t{who}")
            source = c.source.get("source_url") or ""
            if source:
                print(f"\tsource: {_shown(source)}")
    pending = len(changes) if not args.all else sum(c.state == "pending" for c in changes)
    print(f"{pending} corrections waiting for review", file=sys.stderr)
    return 0


def _corrections_accept(directory: Directory, args: argparse.Namespace) -> int:
    from directory_app.updates.review import ACCEPT_AUTO, ACCEPT_MERGE, ACCEPT_NEW

    review = directory.corrections
    if args.all:
        done = review.accept_all()
        for _, why in done.pending:
            print(f"  left pending: {why}", file=sys.stderr)
        print(f"accepted {len(done.accepted)} corrections; {len(done.pending)} left pending", file=sys.stderr)
        return 1 if done.pending else 0
    how = ACCEPT_NEW if args.as_new else ACCEPT_MERGE if args.merge else ACCEPT_AUTO
    written = review.accept(args.id, how)
    print(f"accepted correction {args.id}: written to {written} (it goes into the next publish)", file=sys.stderr)
    return 0


def _team_update(args: argparse.Namespace) -> int:
    """keygen, publish, trust and update; a refusal is exit code 2 with its reason on one line."""
    from directory_app.domain.errors import BackupError, ReadOnlyError, UpdateRefused

    try:
        if args.command == "keygen":
            return _keygen(args)
        with _open(args) as directory:
            if args.command == "publish":
                return _publish(directory, args)
            if args.command == "trust":
                return _trust(directory, args)
            return _update(directory, args)
    except (UpdateRefused, BackupError, ReadOnlyError) as exc:
        print(f"directory-app: {_shown(one_line(exc.message))}", file=sys.stderr)  # may quote a received file
        return 2


def _keygen(args: argparse.Namespace) -> int:
    from directory_app.domain.output_paths import check_output_path
    from directory_app.updates import keys

    try:
        check_output_path(args.keyfile, [])  # not a folder, a device or a pipe
        public, key_id = keys.generate(args.keyfile)
    except FileExistsError as exc:
        print(f"directory-app: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"directory-app: cannot write {args.keyfile}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"private key: {args.keyfile} (keep it secret; it signs your updates)", file=sys.stderr)
    print(f"public key: {public} (key id {key_id}; give it to every laptop: directory-app trust add {public.name})",
          file=sys.stderr)
    return 0


def _publish(directory: Directory, args: argparse.Namespace) -> int:
    from directory_app.updates.manifest import MANIFEST

    directory.guard_output(Path(args.output) / MANIFEST)  # refused before the key is even read
    manifest = directory.updates.publish(args.output, args.key, notes=args.notes, name=args.name)
    changes = manifest.file("changes")
    print(
        f"{manifest.directory} version {manifest.version}: {manifest.records} facilities written to {args.output}"
        + (f" (with {changes.name}, {changes.size:,} bytes)" if changes else "")
        + f"; signed with key {manifest.publisher_key}",
        file=sys.stderr,
    )
    return 0


def _trust(directory: Directory, args: argparse.Namespace) -> int:
    if args.action == "add":
        key, added = directory.updates.trust_add(args.key)
        print(f"{'trusted' if added else 'already trusted'}: key {key.key_id} ({key.label})", file=sys.stderr)
        return 0
    if args.action == "remove":
        if not directory.updates.trust_remove(args.key):
            print(f"directory-app: {args.key} is not a trusted key", file=sys.stderr)
            return 1
        print(f"no longer trusted: {args.key}", file=sys.stderr)
        return 0
    keys = directory.updates.trusted()
    if args.format == "json":
        print(json.dumps([{"key_id": k.key_id, "label": k.label, "added_at": k.added_at} for k in keys], indent=2))
    else:
        for k in keys:
            print(f"{k.key_id}\t{k.label}\t{k.added_at}")
    return 0


def _update(directory: Directory, args: argparse.Namespace) -> int:
    plan = directory.updates.check(args.source)
    result = None
    if not args.dry_run and not plan.up_to_date:
        result = directory.updates.apply(plan)
    status = "up_to_date" if plan.up_to_date else "dry_run" if args.dry_run else "applied"
    if args.format == "json":
        out: dict[str, object] = {"status": status, "plan": plan.to_dict()}
        if result is not None:
            out["backup"] = str(result.backup) if result.backup else None
            out["applied"] = {k: list(v) for k, v in _plain_result(result.applied).items()}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for line in plan.lines():
            print(_shown(line))  # names and notes come from the pack
        if args.dry_run and not plan.up_to_date:
            print("dry run: nothing was changed")
        elif result is not None:
            a = result.applied
            print(
                f"applied version {result.version}: {len(a.added)} new, {len(a.changed)} changed, {len(a.removed)} "
                f"removed; backup before it: {result.backup}"
            )
            if result.needs_review:
                print(
                    f"{len(a.conflicts) + len(a.kept)} facilities need review: your values were kept "
                    "(Edit > Review Edits That Differ from Newer Data, or `directory-app info`)"
                )
    return 1 if result is not None and result.needs_review else 0


def _plain_result(applied: object) -> dict[str, tuple[str, ...]]:
    from dataclasses import asdict

    return asdict(applied)  # type: ignore[call-overload]


def _import(args: argparse.Namespace) -> int:
    from directory_app.domain.errors import ImportFileError
    from directory_app.importers.import_report import report_dict, report_lines

    try:
        with _open(args) as directory:
            if args.rejected is not None:  # refused before anything is imported
                directory.guard_output(args.rejected, importing=args.file)
            if args.dry_run:
                plan = directory.preview_import(args.file, on_duplicate=args.on_duplicate)
            else:
                _, plan = directory.apply_import(
                    args.file, on_duplicate=args.on_duplicate, accept_partial=args.accept_partial
                )
            if args.rejected is not None and plan.rejected:
                directory.export_rejected(plan, args.rejected)
    except ImportFileError as exc:
        print(f"directory-app: {exc.message}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(report_dict(plan), ensure_ascii=False, indent=2))
    else:
        for line in report_lines(plan, dry_run=args.dry_run):
            print(line)
    return 1 if plan.rejected else 0


def _info(args: argparse.Namespace) -> int:
    with _open(args) as directory:
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
            "local_overrides": len(directory.local_overrides()),
        }
        conflicts = directory.override_conflicts()
    if args.format == "json":
        summary["seed_conflicts"] = [_conflict_dict(c) for c in conflicts]
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        for key, value in summary.items():
            print(f"{key}: {value}")
        print(f"seed_conflicts: {len(conflicts)}")
        for c in conflicts:
            print(f"  {_conflict_line(c)}")
    return 0


def _plain(value: object) -> object:
    """A facility field's value as JSON has it (lists, ISO dates)."""
    if isinstance(value, tuple):
        return list(value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _conflict_dict(c: OverrideConflict) -> dict[str, object]:
    return {
        "facility_id": c.facility_id,
        "field": c.field,
        "removed": c.removed,
        "yours": _plain(c.local),
        "reference_before": _plain(c.seed_before),
        "reference_now": _plain(c.seed_now),
    }


def _conflict_line(c: OverrideConflict) -> str:
    """One conflict between the user's edits and a newer seed, in words."""
    if c.removed:
        return f"{c.facility_id}: left the reference data; your edited copy was kept as your own"
    return (
        f"{c.facility_id}.{c.field}: your value {json.dumps(_plain(c.local), ensure_ascii=False)} was kept; "
        f"the newer reference data says {json.dumps(_plain(c.seed_now), ensure_ascii=False)}"
    )


SEARCH_COLUMNS = ("id", "name", "kind", "organisation", "city", "region", "country", "latitude", "longitude")


def search_query_text(args: argparse.Namespace) -> str:
    """The query the ``search`` options stand for, in the query language."""
    from directory_app.domain.query import Near, Term, all_of, any_of, format_query
    from directory_app.search.parser import parse

    parts = [parse(args.query)]
    if args.kind:
        parts.append(any_of(*(Term("kind", k) for k in args.kind)))
    if args.country:
        parts.append(any_of(*(Term("country", c) for c in args.country)))
    if args.near:
        km = args.within_km if args.within_km is not None else 25.0
        if not 0 < km <= 2000:
            raise ValueError("--within-km must be between 0 and 2000")
        parts.append(Near(args.near, km))
    elif args.within_km is not None:
        raise ValueError("--within-km needs --near")
    return format_query(all_of(*parts))


def _search(args: argparse.Namespace) -> int:
    import csv

    from directory_app.domain.errors import QueryError

    try:
        text = search_query_text(args)
        with _open(args) as directory:
            result = directory.search(text, limit=args.limit)
            facilities = directory.facilities(result.ids)
    except (QueryError, ValueError) as exc:
        print(f"directory-app: {exc}", file=sys.stderr)
        return 2
    rows = []
    for f in facilities:
        row = {c: getattr(f, c) for c in SEARCH_COLUMNS}
        if result.distances is not None:
            distance = result.distances.get(f.id)
            row["distance_km"] = None if distance is None else round(distance, 2)
            # the point is only the town's (or a wider area's): the distance is approximate
            row["distance_approximate"] = distance is not None and f.distance_approximate
        rows.append(row)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        fields = list(rows[0]) if rows else [*SEARCH_COLUMNS]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _print_table(rows)
    # on stderr for every format, so stdout holds the rows only (and JSON keeps its shape)
    understanding = result.understanding
    if args.explain:
        print(f"query: {understanding.explain if understanding is not None else result.text}", file=sys.stderr)
        for part in understanding.parts if understanding is not None else ():
            print(f"  {part.typed!r} -> {part.label}", file=sys.stderr)
    for line in understanding.messages() if understanding is not None else ():
        print(line, file=sys.stderr)
    shown = f"{len(rows)} shown of {result.found}" if len(rows) < result.found else f"{result.found}"
    print(f"{shown} facilities" + (f" for: {result.text}" if result.text else ""), file=sys.stderr)
    return 0


def _shortlist(args: argparse.Namespace) -> int:
    with _open(args) as directory:
        if args.action == "list":
            lists = directory.shortlists()
            if args.format == "json":
                print(json.dumps([{"name": s.name, "purpose": s.purpose, "count": s.count} for s in lists], indent=2))
            else:
                for s in lists:
                    print(f"{s.name}\t{s.count}\t{s.purpose}")
            return 0
        if args.action == "create":
            try:
                directory.create_shortlist(args.name, args.purpose)
            except ValueError as exc:
                print(f"directory-app: {exc}", file=sys.stderr)
                return 1
            return 0
        if args.action == "import":
            return _shortlist_import(directory, args.file)
        shortlist = directory.shortlist(args.name)
        if shortlist is None:
            print(f"directory-app: no shortlist called {args.name!r}", file=sys.stderr)
            return 1
        if args.action in ("set", "rename", "delete"):
            return _shortlist_change(directory, shortlist, args)
        if args.action in ("add", "remove"):
            known = {f.id for f in directory.facilities(args.ids)}
            unknown = [i for i in args.ids if i not in known]
            if args.action == "add" and unknown:
                print(f"directory-app: no facility with id {', '.join(unknown)}", file=sys.stderr)
                return 1
            listed = {item.facility_id for item in directory.shortlist_items(shortlist.id)}
            missing = [i for i in args.ids if i not in listed]
            if args.action == "remove" and missing:
                what = "no facility with id" if set(missing) <= set(unknown) else f"not on {shortlist.name!r}:"
                print(f"directory-app: {what} {', '.join(missing)} (nothing removed)", file=sys.stderr)
                return 1
            if args.action == "add":
                directory.add_to_shortlist(shortlist.id, args.ids)
            else:
                directory.remove_from_shortlist(shortlist.id, args.ids)
            return 0
        entries = directory.shortlist_items(shortlist.id)
        found, withdrawn = directory.shortlist_facilities([i.facility_id for i in entries])
        rows = []
        for item in entries:
            f = found.get(item.facility_id)
            row = {c: getattr(f, c) if f else None for c in SEARCH_COLUMNS}
            gone = withdrawn.get(item.facility_id)
            row.update(
                id=item.facility_id,
                status=item.status,
                rank=item.rank,
                note=item.note,
                recipient_note=item.recipient_note,
                withdrawn=gone.withdrawn_at[:10] if gone else None,  # a team update took it out (issue 15)
            )
            rows.append(row)
        if args.format == "json":
            print(
                json.dumps(
                    {"name": shortlist.name, "purpose": shortlist.purpose, "items": rows}, ensure_ascii=False, indent=2
                )
            )
        else:
            print(f"{shortlist.name}" + (f" — {shortlist.purpose}" if shortlist.purpose else ""))
            for n, row in enumerate(rows, start=1):
                print(
                    f"{n:>3}. {row['name'] or row['id']}  [{row['status']}]"
                    + (f"  (withdrawn from the directory on {row['withdrawn']}; last data)" if row["withdrawn"] else "")
                    + (f"  {row['note']}" if row["note"] else "")
                )
    return 0


def _rank(text: str) -> int | None:
    """``--rank``: a whole number from 1, or ``none`` (clears it)."""
    if text.strip().lower() in ("none", ""):
        return None
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a rank: {text!r} (a whole number from 1, or 'none')")
    return value


def _shortlist_change(directory: Directory, shortlist: Shortlist, args: argparse.Namespace) -> int:
    """``shortlist set``, ``rename`` and ``delete``."""
    if args.action == "rename":
        try:
            directory.update_shortlist(shortlist.id, name=args.new_name)
        except ValueError as exc:
            print(f"directory-app: {exc}", file=sys.stderr)
            return 1
        print(f"renamed {shortlist.name!r} to {args.new_name.strip()!r}", file=sys.stderr)
        return 0
    if args.action == "delete":
        if not args.yes:
            print(
                f"directory-app: not deleted: add --yes to delete {shortlist.name!r} and its "
                f"{shortlist.count} facilities' status, rank and notes",
                file=sys.stderr,
            )
            return 2
        directory.delete_shortlist(shortlist.id)
        print(f"deleted {shortlist.name!r} ({shortlist.count} facilities; they stay in the directory)", file=sys.stderr)
        return 0
    changes: dict[str, object] = {}
    if args.status is not None:
        changes["status"] = args.status
    if hasattr(args, "rank"):
        changes["rank"] = args.rank
    if args.note is not None:
        changes["note"] = args.note
    if args.recipient_note is not None:
        changes["recipient_note"] = args.recipient_note
    if not changes:
        print("directory-app: nothing to set: give --status, --rank, --note or --recipient-note", file=sys.stderr)
        return 2
    if args.id not in {item.facility_id for item in directory.shortlist_items(shortlist.id)}:
        print(f"directory-app: {args.id} is not on {shortlist.name!r}", file=sys.stderr)
        return 1
    try:
        directory.set_shortlist_item(shortlist.id, args.id, **changes)  # type: ignore[arg-type]
    except ValueError as exc:
        print(f"directory-app: {exc}", file=sys.stderr)
        return 2
    return 0


def _shortlist_import(directory: Directory, file: Path) -> int:
    """``shortlist import FILE``: merged, local values kept; 1 when the file differs on some of them."""
    if not file.is_file():
        print(f"directory-app: no such file: {file}", file=sys.stderr)
        return 2
    try:
        _, shortlist, added, conflicts = directory.import_shortlist_file(file)
    except ShareFileError as exc:
        print(f"directory-app: not imported: {one_line(exc.message)}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"directory-app: not imported: {file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"imported into {shortlist.name!r}: {added} facilities added", file=sys.stderr)
    if not conflicts:
        return 0
    print(f"{len(conflicts)} values in the file differ from yours; yours were kept:", file=sys.stderr)
    for c in conflicts:
        print(f"  {c.facility_id} {c.field}: kept {c.mine!r}, file has {c.theirs!r}", file=sys.stderr)
    return 1


EXPORT_FORMATS = ("csv", "xlsx", "geojson", "html", "pdf")
EXPORT_EXTENSIONS = {
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".geojson": "geojson",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}


def export_format(given: str | None, target: Path) -> str:
    """The format of ``export``: ``--format``, else the one the extension of ``-o`` names.

    :raises ValueError: when neither says, or when ``--format`` contradicts a known extension
        (CSV written into ``x.xlsx`` would be a file no program opens as what it claims to be)
    """
    implied = EXPORT_EXTENSIONS.get(target.suffix.lower())
    if given is None:
        if implied is None:
            raise ValueError(
                f"cannot tell the format from {target.name!r}; give --format ({', '.join(EXPORT_FORMATS)}) "
                "or end -o with " + ", ".join(EXPORT_EXTENSIONS)
            )
        return implied
    if implied is not None and implied != given:
        raise ValueError(
            f"--format {given} does not match the extension {target.suffix} of {target}; "
            f"use --format {implied}, or an -o ending in .{given}"
        )
    return given


def _export(args: argparse.Namespace) -> int:
    from directory_app.domain.errors import QueryError
    from directory_app.exporters import DEFAULT_COLUMNS, ExportSpec, export, extra_keys

    try:
        args.format = export_format(args.format, args.output)
    except ValueError as exc:
        print(f"directory-app: {exc}", file=sys.stderr)
        return 2
    with _open(args) as directory:
        directory.guard_output(args.output)  # never the database, a journal, a backup or an input
        if args.shortlist is not None:
            shortlist = directory.shortlist(args.shortlist)
            if shortlist is None:
                print(f"directory-app: no shortlist called {args.shortlist!r}", file=sys.stderr)
                return 1
            rows, extras = directory.shortlist_rows(shortlist.id, include_private=args.include_private)
        else:
            try:
                result = directory.search(args.query)
            except QueryError as exc:
                print(f"directory-app: {exc}", file=sys.stderr)
                return 2
            rows, extras = directory.result_rows(result)
        if args.format == "pdf":
            from directory_app.handout import write_handout

            if args.shortlist is not None:
                title, audience = shortlist.name, shortlist.purpose
            else:
                title, audience = "Search result", result.text
            write_handout(rows, args.output, ExportSpec(extras=extras), title=title, audience=audience)
            print(f"{len(rows)} facilities written to {args.output}", file=sys.stderr)
            return 0
        if args.format == "html":
            from directory_app.db.mbtiles import MBTiles
            from directory_app.exporters import atomic_write
            from directory_app.maps.standalone import standalone_map
            from directory_app.maps.tiles import basemap_path

            path = basemap_path()
            basemap = MBTiles.open_read_only(path) if path is not None else None
            try:
                if args.shortlist is not None:
                    title, purpose = shortlist.name, shortlist.purpose
                else:
                    title, purpose = "Search result", result.text
                html = standalone_map(
                    rows,
                    basemap_tile=basemap.get if basemap else None,
                    extras=extras,
                    title=title,
                    purpose=purpose,
                )
            finally:
                if basemap is not None:
                    basemap.close()
            atomic_write(args.output, lambda out: out.write(html.encode("utf-8")))
            print(f"{len(rows)} facilities written to {args.output}", file=sys.stderr)
            return 0
        columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else [*DEFAULT_COLUMNS]
        if not args.columns:
            columns += [c for c in extra_keys(extras) if c not in columns]
        try:
            spec = ExportSpec(columns=columns, extras=extras)
        except ValueError as exc:
            print(f"directory-app: {exc}", file=sys.stderr)
            return 2
        options = {"delimiter": args.delimiter} if args.format == "csv" else {}
        export(args.format, rows, args.output, spec, **options)
    print(f"{len(rows)} facilities written to {args.output}", file=sys.stderr)
    return 0


def _open(args: argparse.Namespace) -> Directory:
    """Open the directory for a command; warn on stderr when the daily backup made on opening is damaged.

    A path that does not exist yet is created from the shipped seed (that is how a new directory is
    made), and stderr says so: a mistyped ``--db`` then shows at once, not as "no shortlist called ...".
    """
    from directory_app.directory import Directory

    path = Path(args.db) if args.db else config.default_database_path()
    existed = path.exists()
    directory = Directory.open(path, read_only=args.read_only)
    if not existed:
        print(
            f"directory-app: note: {path} did not exist; a new directory was created there from the shipped "
            "data (if you meant an existing file, check the --db path).",
            file=sys.stderr,
        )
    if directory.backup_warning:
        print(f"directory-app: warning: {directory.backup_warning}{_damage_hint(directory.path)}", file=sys.stderr)
    return directory


def _damage_hint(path: Path) -> str:
    return f" Run `directory-app check --db {path}` for details; {_backup_hint(path)}."


def _existing_db(args: argparse.Namespace) -> Path:
    path = Path(args.db) if args.db else config.default_database_path()
    if not path.exists():
        raise DatabaseUnavailableError(f"{path} does not exist.", path=str(path))
    return path


def _backup_hint(path: Path) -> str:
    """Where the newest good backup of ``path`` is (or that there is none), for messages about damage."""
    from directory_app.directory import Directory

    backup = Directory.newest_backup(path)
    if backup is None:
        return f"no good backup of it was found in {config.default_backup_folder()}"
    return (
        f"the newest good backup is {backup.path} (made {backup.created:%Y-%m-%d %H:%M}); "
        "restore it in the app with Restore from Backup"
    )


def _report_damage(path: Path, reason: str) -> int:
    from directory_app.directory import Directory

    try:
        problems = Directory.damage_report(path) or [reason]
    except DirectoryError:
        problems = [reason]
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    print(f"directory-app: {path} is damaged; problems found, not repaired; {_backup_hint(path)}.", file=sys.stderr)
    return 1


def _check_data(args: argparse.Namespace) -> int:
    """``check --data``: the data checks' report on stdout; exit 1 on any error, else 0."""
    from directory_app.directory import Directory

    with Directory.open(_existing_db(args), read_only=args.read_only, daily_backup=False) as directory:
        report = directory.data_check_report()
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        for line in report.text_lines():
            print(line)
    return 1 if report.errors else 0


def _check(args: argparse.Namespace) -> int:
    from directory_app.directory import Directory

    if args.data:
        return _check_data(args)
    path = _existing_db(args)
    try:
        directory = Directory.open(path, read_only=args.read_only, daily_backup=False)
    except NotSQLiteFileError:
        raise  # not a directory file at all: exit 2, like a SQLite file of another program
    except DatabaseCorruptError as exc:
        return _report_damage(path, exc.message)
    try:
        with directory:
            if directory.read_only:
                problems, remaining = directory.check(), None
            else:
                report = directory.check_and_repair()
                problems, remaining = report.problems, report.remaining
    except DatabaseCorruptError as exc:  # found while checking (large files skip the quick check on opening)
        return _report_damage(path, exc.message)
    if not problems:
        print(f"{path}: ok", file=sys.stderr)
        return 0
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    if remaining is None:
        state = "not repaired (the file is read-only)"
    elif not remaining:
        state = "repaired (the full-text index was rebuilt)"
    else:
        state = "not repaired: " + "; ".join(remaining[:5]) + f"; {_backup_hint(path)}"
    print(f"directory-app: problems found, {state}", file=sys.stderr)
    return 1


def _backup(args: argparse.Namespace) -> int:
    from directory_app.directory import Directory

    with Directory.open(_existing_db(args), read_only=True, daily_backup=False) as directory:
        try:
            target = directory.backup_to(args.output)
        except DamagedBackupError as exc:  # written, but a copy of a damaged database: a finding
            print(f"backup written to {exc.backup}", file=sys.stderr)
            print(f"directory-app: warning: {exc.message}{_damage_hint(directory.path)}", file=sys.stderr)
            return 1
    print(f"backup written to {target}", file=sys.stderr)
    return 0


TABLE_LABELS = {"kind": "kind", "region": "region", "country": "country"}
"""Table columns holding vocabulary codes, shown as their (English) labels; JSON and CSV keep the codes."""


def _print_table(rows: list[dict[str, object]]) -> None:
    """The rows as a table for people: labels rather than codes, fitted to the terminal's width.

    Nothing is cut when the width is unknown (output to a file or a pipe, and no ``$COLUMNS``);
    otherwise the name gives way first, then the widest column, and a cut value ends in "…".
    """
    import shutil

    from directory_app.domain.vocabulary import label

    shown = ["name", "kind", "city", "region", "country"]
    if rows and "distance_km" in rows[0]:
        shown.append("distance_km")

    def text(column: str, value: object) -> str:
        if value is None or value == "":
            return ""
        return label(TABLE_LABELS[column], str(value)) if column in TABLE_LABELS else str(value)

    def cell(row: dict[str, object], column: str) -> str:
        value = text(column, row[column])
        return "≈" + value if column == "distance_km" and value and row.get("distance_approximate") else value

    cells = [[cell(r, c) for c in shown] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(shown)]
    available = shutil.get_terminal_size(fallback=(0, 0)).columns - 2 * (len(shown) - 1)
    while available > 0 and sum(widths) > available:
        # the name gives way first (down to 24 characters), then the widest column
        widest = 0 if widths[0] > 24 else max(range(len(widths)), key=widths.__getitem__)
        if widths[widest] <= 8:
            break  # too narrow for a table: let the lines wrap rather than show nothing
        widths[widest] -= 1

    def fit(text: str, width: int) -> str:
        return (text if len(text) <= width else text[: width - 1] + "…").ljust(width)

    print("  ".join(fit(c, w) for c, w in zip(shown, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(fit(text, w) for text, w in zip(row, widths, strict=True)).rstrip())


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
        if args.command == "search":
            return _search(args)
        if args.command == "shortlist":
            return _shortlist(args)
        if args.command == "export":
            return _export(args)
        if args.command == "check":
            return _check(args)
        if args.command == "backup":
            return _backup(args)
        if args.command == "import":
            return _import(args)
        if args.command in ("keygen", "publish", "trust", "update"):
            return _team_update(args)
        if args.command == "corrections":
            return _corrections(args)
        return _info(args)
    except BrokenPipeError:  # the reader went away (`directory-app search | head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that flushing stdout on exit raises nothing either
        return 1
    except DatabaseCorruptError as exc:  # the database is damaged, found wherever SQLite noticed it
        path = Path(exc.path) if exc.path else Path(args.db) if args.db else config.default_database_path()
        hint = "" if isinstance(exc, NotSQLiteFileError) else _damage_hint(path)
        print(f"directory-app: {one_line(exc.message).rstrip('.')}.{hint}", file=sys.stderr)
        return 2
    except DirectoryError as exc:
        print(f"directory-app: {one_line(exc.message)}", file=sys.stderr)
        refused = ("corrupt", "foreign", "too_new", "output_refused", "unavailable", "empty", "export")
        return 2 if exc.code in refused else 1


if __name__ == "__main__":
    raise SystemExit(main())
