"""The output-path guard in the GUI: every dialog that writes a file a user named asks it first.

A target that is the open database, one of its journal files, a backup, the file being imported,
a file the application needs, or a folder is refused with a message box in the user's language,
and nothing is written (see :mod:`directory_app.domain.output_paths`, the one guard behind it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from directory_app.directory import Directory
from directory_app.domain import output_paths
from directory_app.domain.errors import OutputPathRefused
from directory_app.qt.dialogs import Prompter
from directory_app.qt.i18n import tr

_WHY = {
    output_paths.DATABASE: QT_TRANSLATE_NOOP("OutputGuard", "“%1” is the open directory database."),
    output_paths.DATABASE_FILE: QT_TRANSLATE_NOOP(
        "OutputGuard", "“%1” belongs to the open directory database (it is one of SQLite's working files)."
    ),
    output_paths.BACKUP: QT_TRANSLATE_NOOP(
        "OutputGuard", "“%1” is in the backup folder; backups are never overwritten."
    ),
    output_paths.IMPORTED: QT_TRANSLATE_NOOP("OutputGuard", "“%1” is the file being imported."),
    output_paths.INPUT: QT_TRANSLATE_NOOP("OutputGuard", "“%1” is a file this command reads."),
    output_paths.APP_FILE: QT_TRANSLATE_NOOP("OutputGuard", "“%1” is a file the application needs."),
    output_paths.FOLDER: QT_TRANSLATE_NOOP("OutputGuard", "“%1” is a folder, not a file."),
    output_paths.SPECIAL: QT_TRANSLATE_NOOP(
        "OutputGuard", "“%1” is not a regular file (a device, a pipe or a socket)."
    ),
}


def refusal_text(error: OutputPathRefused) -> str:
    """What to tell the user about a refused target, in their language."""
    why = _WHY.get(error.reason)
    first = tr("OutputGuard", why).replace("%1", error.path or "") if why else error.message
    return first + " " + tr("OutputGuard", "Nothing was written: choose another file name.")


def guarded_output(
    directory: Directory,
    path: Path | str,
    *,
    parent: QWidget | None,
    prompter: Prompter,
    title: str,
    importing: Path | str | None = None,
) -> Path | None:
    """``path`` when a file may be written there; else the user is told why and ``None`` comes back."""
    try:
        return directory.guard_output(path, importing=importing)
    except OutputPathRefused as error:
        prompter.inform(parent, title, refusal_text(error))
        return None
