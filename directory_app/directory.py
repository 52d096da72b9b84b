"""The ``Directory`` facade: the one object the GUI and the command line hold.

It opens (or creates) a database, keeps the reference data in step with the shipped seed,
and exposes the use-cases as methods. It contains no SQL (that is ``directory_app.db``) and
no Qt (that is ``directory_app.qt``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from directory_app import config
from directory_app.db import connection, facilities, userdata
from directory_app.db.facilities import SyncReport
from directory_app.db.gazetteer import open_gazetteer
from directory_app.domain.errors import ReadOnlyError
from directory_app.domain.models import Facility
from directory_app.domain.vocabulary import Term
from directory_app.importers.seed import Seed, load_seed


@dataclass(frozen=True, slots=True)
class Changes:
    """What a mutation changed, so that each view can decide whether to refresh.

    :param facilities: facility rows changed
    :param notes: user notes changed
    """

    facilities: bool = False
    notes: bool = False


class Directory:
    """An open directory database.

    Use :meth:`open`; close with :meth:`close` or a ``with`` block.
    """

    def __init__(self, opened: connection.OpenedDatabase, seed_report: SyncReport | None = None) -> None:
        self._opened = opened
        self._db = opened.db
        self.seed_report = seed_report

    # Opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str | None = None, *, seed_file: Path | None = None, read_only: bool = False
    ) -> Directory:
        """Open the directory at ``path``; a missing file is created from the seed.

        When the file is writable and the shipped seed is newer than the one it was loaded
        from, reference data is brought up to date (user data untouched).

        :param path: database file (default: :func:`directory_app.config.default_database_path`)
        :param seed_file: seed CSV (default: the shipped ``data/facilities.csv``)
        :param read_only: never write, even when the file is writable
        :raises DirectoryError: see :mod:`directory_app.db.connection`
        """
        path = Path(path) if path is not None else config.default_database_path()
        seed_file = seed_file or config.seed_path()
        if not path.exists():
            seed = load_seed(seed_file)
            opened = connection.create_database(
                path, lambda db: facilities.sync_seed(db, seed.facilities, seed.version)
            )
            return cls(opened, SyncReport(added=tuple(f.id for f in seed.facilities)))
        opened = connection.open_database(path, read_only=read_only)
        report = None
        try:
            if not opened.read_only:
                report = cls._refresh_seed(opened, load_seed(seed_file))
        except BaseException:
            opened.close()
            raise
        return cls(opened, report)

    @staticmethod
    def _refresh_seed(opened: connection.OpenedDatabase, seed: Seed) -> SyncReport | None:
        stored = facilities.get_meta(opened.db, "seed_version")
        if stored == seed.version:
            return None
        if stored is None and facilities.count(opened.db) > 0:
            return None  # a directory not made from our seed: leave its data alone
        return facilities.sync_seed(opened.db, seed.facilities, seed.version)

    @classmethod
    def restore_from_seed(cls, path: Path | str, *, seed_file: Path | None = None) -> tuple[Directory, Path]:
        """Move a bad database file aside (kept, never overwritten) and create a fresh one.

        :param path: the bad database file
        :param seed_file: seed CSV (default: the shipped one)
        :return: the new directory and where the old file now is
        """
        kept = connection.set_aside(path, "damaged")
        return cls.open(path, seed_file=seed_file), kept

    def close(self) -> None:
        """Close the database."""
        self._opened.close()

    def __enter__(self) -> Directory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # State --------------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The database file."""
        return self._opened.path

    @property
    def read_only(self) -> bool:
        """Whether this directory was opened read-only."""
        return self._opened.read_only

    @property
    def created(self) -> bool:
        """Whether the database file was created when opening."""
        return self._opened.created

    # Reading ------------------------------------------------------------------------------

    def count(self) -> int:
        """Number of facilities."""
        return facilities.count(self._db)

    def facilities(self, ids: Sequence[str] | None = None, *, order_by: str = "name") -> list[Facility]:
        """Facilities by id (in that order), or all of them ordered by ``order_by``.

        :param ids: ids to fetch, or ``None`` for every facility
        :param order_by: sort key when ``ids`` is ``None``
        """
        if ids is None:
            return facilities.list_all(self._db, order_by)
        return facilities.get_many(self._db, ids)

    def facility(self, facility_id: str) -> Facility | None:
        """One facility, or ``None``.

        :param facility_id: its id
        """
        return facilities.get(self._db, facility_id)

    def vocabulary(self, name: str) -> list[Term]:
        """Terms of a vocabulary as stored (including terms added by data).

        :param name: e.g. ``"service"``
        """
        return facilities.vocabulary(self._db, name)

    def verification_span(self) -> tuple[date | None, date | None]:
        """Oldest and newest verification dates."""
        return facilities.verification_span(self._db)

    def seed_version(self) -> str | None:
        """Version of the seed the reference data was last loaded from."""
        return facilities.get_meta(self._db, "seed_version")

    def data_credits(self) -> list[str]:
        """Where the data comes from and under which licences, one plain-text line each."""
        lines = [
            "Facilities: compiled from public sources (press, operators, institutions); each record "
            "keeps its source URL, a verbatim quote, a confidence level and a verification date. "
            "Facts are quoted for reference; the sources keep their own rights.",
        ]
        try:
            with open_gazetteer(config.gazetteer_path()) as gazetteer:
                meta = gazetteer.meta()
            lines += [meta[k] for k in ("geonames_attribution", "postcodes_attribution") if k in meta]
        except (OSError, ValueError):
            lines.append("Places: GeoNames (CC BY 4.0); Belgian postcodes (ODbL 1.0).")
        return lines

    def check(self) -> list[str]:
        """Integrity problems of the database file and its full-text index (empty when healthy)."""
        return facilities.integrity_problems(self._db)

    # User data ----------------------------------------------------------------------------

    def note(self, facility_id: str) -> str:
        """The user's note on a facility.

        :param facility_id: its id
        """
        return userdata.get_note(self._db, facility_id)

    def set_note(self, facility_id: str, body: str) -> Changes:
        """Store the user's note on a facility.

        :param facility_id: its id
        :param body: the text ("" deletes the note)
        :raises ReadOnlyError: when the directory is read-only
        """
        if self.read_only:
            raise ReadOnlyError("This directory is open read-only; the note was not saved.")
        userdata.set_note(self._db, facility_id, body)
        return Changes(notes=True)
