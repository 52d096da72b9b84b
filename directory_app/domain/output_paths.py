"""The one output-path guard: no file the application writes is the database, a backup or an input.

Every command and dialog that writes a file at a path the user named (``export -o``, ``backup -o``,
``import --rejected``, File › Export, the shortlist share file, the import wizard's rejected rows)
first calls :func:`check_output_path` (through ``Directory.guard_output``) with what must never be
written: the open database and its ``-wal``/``-shm``/``-journal`` files, every file in the backup
folder, the files the command reads. A match raises :class:`OutputPathRefused` before anything is
written.

Paths are compared as the file system sees them, not as they are spelled: symbolic links and ``..``
are resolved, two names of one existing file (hard links, another case) are recognised with
``os.path.samefile``, and for files that do not exist yet (a ``-wal`` written later) the case is
ignored when the target's folder ignores it (detected on that folder, not assumed per platform).
"""

from __future__ import annotations

import os
import stat
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from directory_app.domain.errors import OutputPathRefused

DATABASE = "database"
"""The open database file."""
DATABASE_FILE = "database_file"
"""A file SQLite keeps beside the database (``-wal``, ``-shm``, ``-journal``)."""
BACKUP = "backup"
"""A backup (every existing file in the backup folder)."""
IMPORTED = "imported"
"""The file being imported."""
INPUT = "input"
"""Another file the command reads."""
APP_FILE = "app_file"
"""A file the application itself needs (shipped data, the map tile cache)."""
FOLDER = "folder"
"""The target is a folder, not a file."""
SPECIAL = "special"
"""The target is a device, a pipe or a socket, not a regular file."""

JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
"""Files SQLite keeps beside a database, by the suffix added to its name."""

_WHY = {
    DATABASE: "it is the open database",
    DATABASE_FILE: "it belongs to the open database (SQLite's {suffix} file)",
    BACKUP: "it is in the backup folder ({folder}); backups are never overwritten",
    IMPORTED: "it is the file being imported",
    INPUT: "it is a file this command reads",
    APP_FILE: "it is a file the application needs",
    FOLDER: "it is a folder",
    SPECIAL: "it is not a regular file (a device, a pipe or a socket)",
}


@dataclass(frozen=True, slots=True)
class Protected:
    """A file (or, with ``folder``, every existing file in a folder) that must never be written.

    :param path: the file or folder, as spelled anywhere (it is resolved when compared)
    :param reason: one of the constants of this module (:data:`DATABASE`, :data:`BACKUP`...)
    :param folder: protect the existing files inside ``path`` rather than ``path`` itself
    """

    path: Path
    reason: str
    folder: bool = False


def database_files(db_path: Path | str) -> list[Protected]:
    """The database file and the files SQLite keeps beside it, existing or not.

    SQLite names its ``-wal``/``-shm``/``-journal`` files after the *resolved* database file, so
    a database opened through a symbolic link has them beside its target: both spellings are kept.
    """
    db = Path(db_path)
    homes = dict.fromkeys([str(db), os.path.realpath(db)])
    return [Protected(db, DATABASE)] + [
        Protected(Path(f"{home}{suffix}"), DATABASE_FILE) for home in homes for suffix in JOURNAL_SUFFIXES
    ]


def check_output_path(target: Path | str, protected: Iterable[Protected]) -> Path:
    """``target`` if a file may be written there, else :class:`OutputPathRefused` (nothing is written).

    :param target: the file about to be written
    :param protected: what must not be written (:func:`database_files`, the backup folder, inputs)
    :raises OutputPathRefused: ``target`` is a folder, or is (another name of) a protected file
    """
    target = Path(target)
    if target.is_dir() or str(target).endswith(("/", os.sep)):
        raise _refused(target, FOLDER, None)
    try:
        mode = os.stat(target).st_mode
    except OSError:
        mode = None  # nothing there yet (or unreachable: writing will say why)
    if mode is not None and not stat.S_ISREG(mode):
        # a device, a pipe or a socket: the atomic rename would replace it with a plain file
        raise _refused(target, SPECIAL, None)
    real = os.path.realpath(target)
    fold = folder_is_case_insensitive(Path(real).parent)
    for item in protected:
        if item.folder:
            if _inside(target, real, item.path, fold):
                raise _refused(target, item.reason, item.path)
        elif _same_file(target, real, item.path, fold):
            raise _refused(target, item.reason, item.path)
    return target


def _refused(target: Path, reason: str, protected: Path | None) -> OutputPathRefused:
    suffix = next((s for s in JOURNAL_SUFFIXES if str(protected or "").endswith(s)), "")
    why = _WHY.get(reason, "it must not be overwritten").format(suffix=suffix, folder=protected)
    if reason != BACKUP and protected is not None and os.path.realpath(protected) != str(target):
        why += f" ({os.path.realpath(protected)})"
    return OutputPathRefused(
        f"Refusing to write to {target}: {why}. Nothing was written.",
        path=str(target),
        reason=reason,
        protected=str(protected) if protected is not None else "",
    )


def _key(path: str, fold: bool) -> str:
    path = os.path.normcase(os.path.normpath(path))
    return unicodedata.normalize("NFC", path).casefold() if fold else path


def _same_file(target: Path, real: str, other: Path, fold: bool) -> bool:
    try:
        if os.path.samefile(target, other):  # both exist: links, hard links, another case
            return True
    except (OSError, ValueError):
        pass
    return _key(real, fold) == _key(os.path.realpath(other), fold)


def _inside(target: Path, real: str, folder: Path, fold: bool) -> bool:
    if not os.path.lexists(target):
        return False  # a new file is not one of the files protected in the folder
    parent = Path(real).parent
    try:
        if os.path.samefile(parent, folder):
            return True
    except (OSError, ValueError):
        pass
    return _key(str(parent), fold) == _key(os.path.realpath(folder), fold)


def folder_is_case_insensitive(folder: Path | str) -> bool:
    """Whether names in ``folder`` (or, if it does not exist yet, its nearest existing parent) ignore case.

    Looked up on that folder: a name in it is looked up with its case swapped; in an empty folder, the
    folder's own name (or an ancestor's) in its parent; where neither can be done, the platform's usual
    answer. Nothing is ever written to find out.
    """
    here = Path(os.path.realpath(folder))
    while not here.is_dir() and here.parent != here:
        here = here.parent
    try:
        with os.scandir(here) as entries:
            for n, entry in enumerate(entries):
                if n >= 64:
                    break
                if entry.name.swapcase() != entry.name:
                    return _same(here / entry.name, here / entry.name.swapcase())
    except OSError:
        pass
    for ancestor in (here, *here.parents):
        if ancestor.name.swapcase() != ancestor.name:
            return _same(ancestor, ancestor.with_name(ancestor.name.swapcase()))
    return sys.platform in ("win32", "darwin")


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False
