"""Open a directory with the user's help when the file is damaged, foreign, newer or unreachable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from directory_app.directory import Directory
from directory_app.domain.errors import (
    DatabaseCorruptError,
    DatabaseUnavailableError,
    DirectoryError,
    EmptyDatabaseFileError,
    NotADirectoryDatabaseError,
    SchemaTooNewError,
    SeedError,
)
from directory_app.qt.dialogs import Prompter
from directory_app.qt.i18n import tr

DB_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;*"


def _problem_text(error: DirectoryError, path: Path) -> tuple[str, str]:
    name = str(path)
    if isinstance(error, DatabaseCorruptError):
        return (
            tr("OpenDatabase", "The directory file %1 is damaged or is not a SQLite database.").replace("%1", name),
            tr(
                "OpenDatabase",
                "The file will be kept as it is. You can start again from the built-in data "
                "(the damaged file is renamed, not deleted) or open another file.",
            ),
        )
    if isinstance(error, SchemaTooNewError):
        return (
            tr("OpenDatabase", "The directory file %1 was written by a newer version of this application.").replace(
                "%1", name
            ),
            tr("OpenDatabase", "It was not changed. Install the newer version, or open another file."),
        )
    if isinstance(error, NotADirectoryDatabaseError):
        return (
            tr(
                "OpenDatabase", "The file %1 is a SQLite database, but not a directory made by this application."
            ).replace("%1", name),
            tr("OpenDatabase", "It was not changed. Choose another file."),
        )
    return (tr("OpenDatabase", "The directory file %1 cannot be opened.").replace("%1", name), error.message)


def open_directory(
    path: Path, *, read_only: bool = False, prompter: Prompter | None = None, parent: QWidget | None = None
) -> Directory | None:
    """Open ``path``; on a problem, explain it and offer what can be done. ``None`` if the user gives up.

    :param path: the database file
    :param read_only: open without writing
    :param prompter: asks the user (tests pass a scripted one)
    :param parent: parent window of the dialogs
    """
    prompter = prompter or Prompter()
    fill_empty = False
    while True:
        try:
            # the daily backup is made later, on a worker thread (MainWindow): never on the start-up path
            return Directory.open(path, read_only=read_only, daily_backup=False, fill_empty=fill_empty)
        except EmptyDatabaseFileError:
            answer = prompter.choose(
                parent,
                tr("OpenDatabase", "Empty file"),
                tr(
                    "OpenDatabase",
                    "The file %1 is empty (0 bytes). Create a new directory in it, from the built-in data?",
                ).replace("%1", str(path)),
                [
                    ("create", tr("OpenDatabase", "Create a new directory")),
                    ("other", tr("OpenDatabase", "Open another file…")),
                    ("quit", tr("OpenDatabase", "Quit")),
                ],
                detail=tr("OpenDatabase", "Nothing has been written to it yet."),
                warning=False,
            )
            if answer == "create":
                fill_empty = True
                continue
            if answer == "other":
                chosen = prompter.open_file(
                    parent, tr("OpenDatabase", "Open or create a directory file"), str(path.parent), DB_FILTER
                )
                if chosen:
                    path, fill_empty = Path(chosen), False
                    continue
            return None
        except SeedError as exc:
            prompter.inform(
                parent,
                tr("OpenDatabase", "Built-in data unreadable"),
                tr("OpenDatabase", "The application's built-in data cannot be read: %1").replace("%1", exc.message),
            )
            return None
        except (
            DatabaseCorruptError,
            SchemaTooNewError,
            NotADirectoryDatabaseError,
            DatabaseUnavailableError,
        ) as exc:
            text, detail = _problem_text(exc, path)
            choices = [("other", tr("OpenDatabase", "Open another file…")), ("quit", tr("OpenDatabase", "Quit"))]
            if isinstance(exc, DatabaseCorruptError):
                choices.insert(0, ("restore", tr("OpenDatabase", "Start again from built-in data")))
            answer = prompter.choose(
                parent, tr("OpenDatabase", "Cannot open the directory"), text, choices, detail=detail
            )
            if answer == "restore":
                try:
                    directory, kept = Directory.restore_from_seed(path)
                except (OSError, DirectoryError) as restore_error:
                    reason = getattr(restore_error, "message", None) or str(restore_error)
                    prompter.inform(
                        parent,
                        tr("OpenDatabase", "Cannot restore"),
                        tr("OpenDatabase", "The directory could not be restored here: %1").replace("%1", reason),
                    )
                    continue
                prompter.inform(
                    parent,
                    tr("OpenDatabase", "Directory restored"),
                    tr(
                        "OpenDatabase",
                        "A new directory was created from the built-in data. The damaged file was kept as %1.",
                    ).replace("%1", str(kept)),
                )
                return directory
            if answer == "other":
                chosen = prompter.open_file(
                    parent, tr("OpenDatabase", "Open or create a directory file"), str(path.parent), DB_FILTER
                )
                if chosen:
                    path, fill_empty = Path(chosen), False
                    continue
            return None
