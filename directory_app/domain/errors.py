"""Errors the directory reports to its users. Each carries a code the GUI words itself."""

from __future__ import annotations


class DirectoryError(Exception):
    """Base class of every error the application expects and explains to the user."""

    code = "error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class DatabaseCorruptError(DirectoryError):
    """The file is not a SQLite database, or SQLite reports it damaged."""

    code = "corrupt"


class NotSQLiteFileError(DatabaseCorruptError):
    """The file does not even start like a SQLite database (not ours, or damaged beyond recognition)."""


class DamagedBackupError(DatabaseCorruptError):
    """A backup just made failed SQLite's quick check: the database it copies is most likely damaged.

    The copy is kept, marked damaged in its name; rotation never deletes good backups for it.

    :param backup: the damaged copy
    """

    def __init__(self, message: str, *, path: str | None = None, backup: str | None = None) -> None:
        super().__init__(message, path=path)
        self.backup = backup


class EmptyDatabaseFileError(DirectoryError):
    """The database path names an empty (0-byte) file: filled only when the user says so."""

    code = "empty"


class NotADirectoryDatabaseError(DirectoryError):
    """The file is a SQLite database, but not one made by this application."""

    code = "foreign"


class SchemaTooNewError(DirectoryError):
    """The database was written by a newer version of the application."""

    code = "too_new"

    def __init__(self, message: str, *, path: str | None = None, found: int = 0, supported: int = 0):
        super().__init__(message, path=path)
        self.found = found
        self.supported = supported


class DatabaseUnavailableError(DirectoryError):
    """The database cannot be opened at all (missing folder, permissions, locked for too long)."""

    code = "unavailable"


class ReadOnlyError(DirectoryError):
    """A write was attempted on a database opened read-only."""

    code = "read_only"


class SeedError(DirectoryError):
    """The shipped seed data could not be read or does not validate."""

    code = "seed"

    def __init__(self, message: str, *, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class QueryError(DirectoryError):
    """The search text cannot be parsed; ``position`` is the offset of the problem in it."""

    code = "query"

    def __init__(self, message: str, *, position: int = 0, token: str = "") -> None:
        super().__init__(message)
        self.position = position
        self.token = token


class QueryTimeoutError(DirectoryError):
    """A search took longer than its time limit and was stopped."""

    code = "timeout"


class TileFetchError(DirectoryError):
    """A map tile could not be downloaded: HTTP error, timeout, no connection or not an image."""

    code = "tile_fetch"

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class ShareFileError(DirectoryError):
    """A shortlist share file that is not one of ours, too large or malformed (nothing was changed)."""

    code = "share_file"


class ExportError(DirectoryError):
    """An export file could not be written (read-only folder, full disk, file open elsewhere).

    The target file is left as it was: exports write a temporary file and rename it at the end.
    """

    code = "export"


class ExportCancelled(DirectoryError):
    """The user cancelled an export; no file was written and an existing target is unchanged."""

    code = "export_cancelled"


class InvalidFacilityError(DirectoryError):
    """A facility (or a bulk edit) that breaks the validation rules; nothing was written.

    :param problems: (field, English message) pairs, as :func:`directory_app.domain.validation.problems_of` gives
    """

    code = "invalid_facility"

    def __init__(self, message: str, *, problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class BackupError(DirectoryError):
    """A backup could not be made, or a file offered for restoring is not a sound backup of a directory."""

    code = "backup"


class EditCancelled(DirectoryError):
    """A long edit (bulk edit) was cancelled by the user; nothing was written."""

    code = "cancelled"


class ImportFileError(DirectoryError):
    """A file to import that cannot be read as what it claims to be (binary, truncated, too large,
    a zip bomb, a field too long); nothing was changed."""

    code = "import_file"


class ImportCancelled(DirectoryError):
    """The user cancelled an import; the transaction was rolled back and nothing was changed."""

    code = "import_cancelled"


class ImportSourceChanged(DirectoryError):
    """The file changed between the preview and the import: preview it again."""

    code = "import_changed"


class OutputPathRefused(DirectoryError):
    """A file was to be written over the open database, one of its journal files, a backup, a file the
    command reads, or a folder (see :mod:`directory_app.domain.output_paths`); nothing was written.

    :param reason: why, one of the constants of :mod:`directory_app.domain.output_paths`
    :param protected: the protected file (or backup folder) the target turned out to be
    """

    code = "output_refused"

    def __init__(self, message: str, *, path: str | None = None, reason: str = "", protected: str = "") -> None:
        super().__init__(message, path=path)
        self.reason = reason
        self.protected = protected


class UpdateRefused(DirectoryError):
    """An update (issue 15) was refused before the database was touched: the source cannot be reached or read,
    a file's size, checksum or signature is wrong, the key is not trusted, or the version is not newer.

    :param reason: a short code: ``unreachable``, ``unreadable``, ``checksum``, ``signature``, ``untrusted``,
        ``downgrade``, ``replay``, ``other_directory``, ``no_keys``, ``stale`` (another version went in between
        checking and applying)
    """

    code = "update_refused"

    def __init__(self, message: str, *, reason: str = "unreadable", path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.reason = reason


class CorrectionsFileError(DirectoryError):
    """A corrections file (issue 15) that cannot be taken into the review queue: unreadable, not one of ours,
    a newer format, or changed after it was written (its checksum does not match); nothing was queued."""

    code = "corrections_file"


class CorrectionRefused(DirectoryError):
    """A queued correction cannot be applied as it is (no such change, already decided, the facility is gone,
    the record breaks a rule, or a likely duplicate needs the curator's choice); it stays pending."""

    code = "correction_refused"
