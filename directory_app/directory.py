"""The ``Directory`` facade: the one object the GUI and the command line hold.

It opens (or creates) a database, keeps the reference data in step with the shipped seed,
and exposes the use-cases as methods. It contains no SQL (that is ``directory_app.db``) and
no Qt (that is ``directory_app.qt``).
"""

from __future__ import annotations

import functools
import getpass
import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from directory_app import config
from directory_app.db import backups, connection, edits, facilities, userdata
from directory_app.db import imports as imports_db
from directory_app.db import overrides as overrides_db
from directory_app.db import packs as packs_db
from directory_app.db import search as search_db
from directory_app.db import shortlists as shortlists_db
from directory_app.db.backups import Backup, CheckReport
from directory_app.db.facilities import SyncReport
from directory_app.db.gazetteer import Gazetteer, open_gazetteer
from directory_app.db.overview import DataOverview, data_overview
from directory_app.db.schema import SORT_KEYS as SORT_KEYS  # the GUI's sortable keys, here for callers of the facade
from directory_app.db.userdata import SavedSearch
from directory_app.domain import data_checks, output_paths
from directory_app.domain import vocabulary as vocab
from directory_app.domain.changes import ChangeEntry, LocalOverride, OverrideConflict, Snapshot, TrashEntry
from directory_app.domain.errors import (
    BackupError,
    DamagedBackupError,
    DatabaseUnavailableError,
    DirectoryError,
    EditCancelled,
    InvalidFacilityError,
    ReadOnlyError,
)
from directory_app.domain.models import Facility, MapPoint, Shortlist, ShortlistConflict, ShortlistItem
from directory_app.domain.places import GeocodeResult, normalize_name
from directory_app.domain.query import Node, format_query, near_nodes
from directory_app.domain.validation import problems_of
from directory_app.domain.vocabulary import Term
from directory_app.exporters.base import atomic_write, shortlist_extras
from directory_app.importers import column_mapping
from directory_app.importers.duplicates import DuplicateIndex
from directory_app.importers.import_run import Decision, ImportPlan, Progress, run_import
from directory_app.importers.rejected_rows import write_rejected
from directory_app.importers.seed import Seed, load_seed
from directory_app.importers.shortlist_share import read_share_file, share_file_bytes
from directory_app.importers.source_table import SourceTable, open_source
from directory_app.search.city_names import city_name as city_name  # re-exported: the facade's names stay
from directory_app.search.city_names import place_names as place_names
from directory_app.search.city_names import with_city_names as with_city_names
from directory_app.search.expansion import QueryExpander
from directory_app.search.parser import parse
from directory_app.search.understanding import Understander, Understanding

if TYPE_CHECKING:  # (imported where used: the network and crypto modules stay off the start path)
    from directory_app.updates.review import Corrections
    from directory_app.updates.service import Updates


@dataclass(frozen=True, slots=True)
class Changes:
    """What a mutation changed, so that each view can decide whether to refresh.

    :param facilities: facility rows changed
    :param notes: user notes changed
    """

    facilities: bool = False
    notes: bool = False
    saved_searches: bool = False
    shortlists: bool = False


def data_check_inputs(
    gazetteer: Gazetteer | None,
    today: date | None = None,
    *,
    added_labels: dict[tuple[str, str], str] | None = None,
) -> data_checks.CheckInputs:
    """What the data checks look things up in: the gazetteer's towns, the shipped borders and the shipped
    Dutch and French vocabulary labels (a file that cannot be read is reported as not checked).

    :param gazetteer: the offline gazetteer, or ``None`` when it cannot be read
    :param today: the reference date (default: today)
    :param added_labels: English labels of terms a database added, by (vocabulary, code)
    """
    borders = None
    try:
        borders = data_checks.borders_from_geojson(json.loads(config.borders_path().read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        borders = None
    labels = {}
    for language in data_checks.LANGUAGES:
        path = config.resources_dir() / "translations" / f"directory_app_{language}.ts"
        try:
            labels[language] = data_checks.finished_vocabulary_labels(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    town_point = None
    if gazetteer is not None:
        towns: dict[tuple[str, str], tuple[float, float] | None] = {}

        def town_point(town: str, country: str) -> tuple[float, float] | None:
            key = data_checks.town_key(town, country)
            if key not in towns:
                found = gazetteer.geocode(city=town, country=country or None)
                towns[key] = (found.latitude, found.longitude) if found is not None else None
            return towns[key]

    added = added_labels or {}
    return data_checks.CheckInputs(
        today=today or date.today(),
        town_point=town_point,
        borders=borders,
        labels=labels,
        label_of=lambda vocabulary, code: data_checks.builtin_label(vocabulary, code) or added.get((vocabulary, code)),
    )


def check_data_rows(
    rows: Sequence[Facility], gazetteer: Gazetteer | None, today: date | None = None
) -> data_checks.DataCheckReport:
    """The data checks over ``rows`` (a seed's, say) with the shipped lookups (:func:`data_check_inputs`)."""
    return data_checks.check_facilities(rows, data_check_inputs(gazetteer, today))


class _NothingWritten(Exception):
    """Rolls an import back when rows were rejected and a partial import was not accepted."""


class SearchResult:
    """One search, consumed alike by the table, the facets, the status bar, the map and exports.

    The count is known at once; ids come a page at a time (:meth:`page`, what the table
    shows first) or all together (:attr:`ids`, computed on first use and kept).

    :param text: the canonical query text (what runs, as the search box should show it)
    :param node: the parsed query
    :param expanded: the query as run (synonyms and place names widened)
    :param places: coordinates of the query's ``near:`` places
    :param total: facilities in the directory
    :param understanding: how free text was understood, what ran, and why
        (:class:`~directory_app.search.understanding.Understanding`): ``parts`` are the chips
        (``part.label``, ``part.field``, ``part.value``; drop one by running
        ``understanding.without(part)``), ``messages()`` the lines to show ("Showing results
        for ...", "No exact match for ...; showing facilities that match ...", "Did you mean ...?"),
        ``explain`` the structured query that ran. ``None`` for queries without free text.
    """

    def __init__(
        self,
        *,
        text: str,
        node: Node,
        expanded: Node,
        places: dict[str, tuple[float, float]],
        total: int,
        query: search_db.OrderedQuery,
        limit: int | None = None,
        understanding: Understanding | None = None,
    ) -> None:
        self.text = text
        self.understanding = understanding
        self.node = node
        self.expanded = expanded
        self.places = places
        self.total = total
        self._query = query
        self._limit = limit
        self._rows: list[tuple[str, float | None]] | None = None

    @property
    def count(self) -> int:
        """Number of matching facilities."""
        n = self._query.count()
        return n if self._limit is None else min(n, self._limit)

    @property
    def found(self) -> int:
        """Number of matching facilities before any ``limit`` (``count`` is after it)."""
        return self._query.count()

    @property
    def distance_from(self) -> tuple[float, float] | None:
        """The point distances are measured from (a single ``near:`` place), if any."""
        return self._query.distance_from

    def page(self, offset: int, limit: int) -> tuple[str, ...]:
        """Ids of rows ``offset`` .. ``offset + limit`` in result order."""
        if self._rows is not None:
            return tuple(r[0] for r in self._rows[offset : offset + limit])
        if self._limit is not None:
            limit = max(0, min(limit, self._limit - offset))
        return tuple(r[0] for r in self._query.page(offset, limit))

    def _all(self) -> list[tuple[str, float | None]]:
        if self._rows is None:
            self._rows = self._query.page(0, self._limit)
        return self._rows

    @property
    def ids(self) -> tuple[str, ...]:
        """Every matching id, in result order."""
        return tuple(r[0] for r in self._all())

    def points(self) -> list[MapPoint]:
        """Map points of every match that has coordinates (the same query as the table's rows)."""
        return self._query.points()

    def circles(self) -> list[tuple[float, float, float]]:
        """(latitude, longitude, km) of each ``near:`` radius of the query, to draw on a map."""
        out = []
        ran = self.understanding.node if self.understanding is not None else self.node
        for near in near_nodes(ran):
            point = self.places.get(near.place)
            if point is not None:
                out.append((point[0], point[1], near.km))
        return out

    @property
    def distances(self) -> dict[str, float] | None:
        """km from the ``near:`` place for every match, when the query has exactly one."""
        if self.distance_from is None:
            return None
        return {i: d for i, d in self._all() if d is not None}


class Directory:
    """An open directory database.

    Use :meth:`open`; close with :meth:`close` or a ``with`` block.
    """

    def __init__(self, opened: connection.OpenedDatabase, seed_report: SyncReport | None = None) -> None:
        self._opened = opened
        self._db = opened.db
        self.seed_report = seed_report
        self._gazetteer: Gazetteer | None = None
        self._total: int | None = None
        self._gazetteer_failed = False
        self._expander = QueryExpander(self.gazetteer, lambda key: facilities.point_of(self._db, key))
        self._understander = Understander(
            self.gazetteer,
            lambda: search_db.index_terms(self._db),
            self.vocabulary,
            lambda word, prefix: search_db.has_term(self._db, word, prefix=prefix),
            lambda words: search_db.names_start_with(self._db, words),
            index_version=lambda: search_db.index_version(self._db),
        )
        self._learn_vocabulary()

    def _learn_vocabulary(self) -> None:
        """Tell the vocabulary labels (exports, the GUI, the map) about terms this database added."""
        try:
            for name in vocab.VOCABULARIES:
                vocab.register_added_terms(name, ((t.code, t.label) for t in self.vocabulary(name)))
        except DirectoryError:
            pass  # a damaged file is reported where it is used; labels then fall back to codes

    # Opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        seed_file: Path | None = None,
        read_only: bool = False,
        backup_folder: Path | str | None = None,
        daily_backup: bool = True,
        fill_empty: bool = False,
    ) -> Directory:
        """Open the directory at ``path``; a missing file is created from the seed.

        When the file is writable and the shipped seed is newer than the one it was loaded
        from, reference data is brought up to date (user data untouched).

        :param path: database file (default: :func:`directory_app.config.default_database_path`)
        :param seed_file: seed CSV (default: the shipped ``data/facilities.csv``)
        :param read_only: never write, even when the file is writable
        :param backup_folder: where backups go (default: ``backups`` in the user data folder); an existing
            file is backed up there before a schema upgrade and on the first open of the day
        :param daily_backup: make that daily backup (background readers and tools pass ``False``); when its
            copy fails its check, :attr:`backup_warning` says so (opening still succeeds)
        :param fill_empty: an empty (0-byte) file becomes a new directory from the seed; without it such a
            file is refused with :class:`~directory_app.domain.errors.EmptyDatabaseFileError` (ask the user)
        :raises DirectoryError: see :mod:`directory_app.db.connection`
        """
        path = Path(path) if path is not None else config.default_database_path()
        seed_file = seed_file or config.seed_path()
        if not path.exists() and read_only:
            raise DatabaseUnavailableError(
                f"{path} does not exist (and read-only mode never creates files).", path=str(path)
            )
        if not path.exists():
            seed = load_seed(seed_file)
            opened = connection.create_database(
                path, lambda db: facilities.sync_seed(db, seed.facilities, seed.version)
            )
            return cls(opened, SyncReport(added=tuple(f.id for f in seed.facilities)))
        folder = Path(backup_folder) if backup_folder else config.default_backup_folder()
        opened = connection.open_database(
            path,
            read_only=read_only,
            before_upgrade=lambda db: backups.make_backup(db, folder, path, "migration"),
            fill_empty=fill_empty,
        )
        report = None
        try:
            if not opened.read_only:
                seed = load_seed(seed_file)
                with connection.translate_errors(path):
                    report = cls._refresh_seed(opened, seed)
        except BaseException:
            opened.close()
            raise
        directory = cls(opened, report)
        if backup_folder:
            directory.set_backup_folder(backup_folder)
        if daily_backup and not opened.read_only:
            try:
                directory.daily_backup()
            except DamagedBackupError as exc:
                directory.backup_warning = exc.message
            except BackupError:
                pass  # a backup folder that cannot be written must not keep the directory from opening
        return directory

    @staticmethod
    def _refresh_seed(opened: connection.OpenedDatabase, seed: Seed) -> SyncReport | None:
        stored = facilities.get_meta(opened.db, "seed_version")
        if stored == seed.version:
            return None
        if packs_db.installed(opened.db) is not None:
            return None  # the directory follows a team's published packs now (issue 15), not the shipped seed
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

    @staticmethod
    def newest_backup(path: Path | str, backup_folder: Path | str | None = None) -> Backup | None:
        """The newest good backup (not marked damaged) of the database file ``path`` (default backup
        folder), or ``None``."""
        folder = Path(backup_folder) if backup_folder else config.default_backup_folder()
        return next((b for b in backups.list_backups(folder, Path(path).stem) if not b.damaged), None)

    @staticmethod
    def damage_report(path: Path | str, *, limit: int = 20) -> list[str]:
        """What SQLite's full integrity check says about the file ``path`` (read-only; empty: sound).

        Runs whatever the file's size (opening skips the quick check of large files).

        :raises DirectoryError: the file is busy or cannot be read
        """
        return backups.integrity_report(Path(path), limit=limit)

    def close(self) -> None:
        """Close the database (and the gazetteer, if it was opened)."""
        if self._gazetteer is not None:
            self._gazetteer.close()
            self._gazetteer = None
        self._opened.close()
        self._closed = True

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return getattr(self, "_closed", False)

    def gazetteer(self) -> Gazetteer | None:
        """The offline gazetteer, opened on first use; ``None`` if it cannot be read."""
        if self._gazetteer is None and not self._gazetteer_failed:
            try:
                self._gazetteer = open_gazetteer(config.gazetteer_path())
            except (OSError, ValueError):
                self._gazetteer_failed = True
        return self._gazetteer

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
        if self._total is None:
            self._total = facilities.count(self._db)
        return self._total

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

    def sites_on_campus(self, campus_id: str) -> list[tuple[str, str]]:
        """``(id, name)`` of the facilities that stand on a campus (a science park), by name.

        :param campus_id: the science park's id
        """
        return facilities.on_campus(self._db, campus_id)

    def vocabulary(self, name: str) -> list[Term]:
        """Terms of a vocabulary as stored (including terms added by data).

        :param name: e.g. ``"service"``
        """
        return facilities.vocabulary(self._db, name)

    def verification_span(self) -> tuple[date | None, date | None]:
        """Oldest and newest verification dates."""
        return facilities.verification_span(self._db)

    def source_date_span(self) -> tuple[str, str]:
        """Years of the oldest and newest source dates (what freshness goes by until records are checked)."""
        return facilities.source_date_span(self._db)

    def data_check_report(self, today: date | None = None) -> data_checks.DataCheckReport:
        """The data checks (``check --data``, About the Data) over every facility as stored, local edits included.

        :param today: the reference date (default: today)
        """
        added = {
            (name, term.code): term.label
            for name in vocab.VOCABULARIES
            for term in self.vocabulary(name)
            if term.label and data_checks.builtin_label(name, term.code) is None
        }
        inputs = data_check_inputs(self.gazetteer(), today, added_labels=added)
        return data_checks.check_facilities(self.facilities(), inputs)

    def data_overview(self) -> DataOverview:
        """Counts per kind, country and confidence and the least recently verified facilities."""
        return data_overview(self._db)

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
        return facilities.integrity_problems(self._db, include_fts=not self.read_only)

    # Search -------------------------------------------------------------------------------

    def search(
        self, query: str | Node = "", *, order_by: str = "rank", descending: bool = False, limit: int | None = None
    ) -> SearchResult:
        """Run a search: text in the query language, or a parsed tree.

        Results are ranked by relevance when there is free text, by distance when the query
        has one ``near:`` place, else ordered by ``order_by``.

        :param query: search text or tree
        :param order_by: ``rank``, ``distance`` or a sortable column key (see ``db.schema.SORTABLE_COLUMNS``)
        :param descending: reverse that order
        :param limit: at most this many ids
        :raises QueryError: text that cannot be parsed, or an unknown ``near:`` place
        :raises QueryTimeoutError: a pathological query stopped by the time limit
        """
        typed, node = self._parsed(query)
        understanding, expanded, places, ordered = self._run(node, typed, order_by, descending)
        result = SearchResult(
            text=format_query(node),
            node=node,
            expanded=expanded,
            places=places,
            total=self.count(),
            query=ordered,
            limit=limit,
            understanding=understanding,
        )
        result.count  # noqa: B018 - count now, so that a bad query fails here, not in a view
        return result

    def _parsed(self, query: str | Node) -> tuple[str, Node]:
        """The query as typed and as a tree, its ``field:value`` values checked (:meth:`Understander.check_terms`)."""
        typed = query if isinstance(query, str) else format_query(query)
        return typed, self._understander.check_terms(parse(query) if isinstance(query, str) else query, typed)

    def _run(
        self, node: Node, typed: str, order_by: str = "rank", descending: bool = False, *, first_page: bool = True
    ) -> tuple[Understanding | None, Node, dict[str, tuple[float, float]], search_db.OrderedQuery]:
        """Understand free text, run the strict query, relax it step by step while it finds nothing.

        :param first_page: read the first page of rows with the count (a search shown in a list), or only
            count (a saved search's badge)
        """
        plan = self._understander.plan(node, typed)
        understood = plan.understanding if plan.understanding.parts or plan.understanding.corrections else None
        if understood is None and plan.node != node:
            understood = plan.understanding
        candidates = [("", plan.node, plan.boost), *plan.steps]
        relaxed: list[str] = []
        for step, (note, ran, boost) in enumerate(candidates):
            places = self._expander.resolve_all(ran)
            expanded = self._expander.expand(ran)
            nears = near_nodes(ran)
            distance_from = places[nears[0].place] if len(nears) == 1 else None
            ordered = search_db.OrderedQuery(
                self._db,
                expanded,
                places=places,
                distance_from=distance_from,
                order_by=order_by,
                descending=descending,
                boost=self._expander.expand(boost) if boost is not None else None,
                exact_name=typed if typed and ":" not in typed else None,  # free text, not field syntax
                first_page=first_page,
            )
            relaxed = [note] if note else []
            if ordered.count() or step == len(candidates) - 1:
                break
        if understood is not None or relaxed:
            understood = self._understander.suggestions(replace(plan.understanding, node=ran, relaxed=tuple(relaxed)))
        return understood, expanded, places, ordered

    def understand(self, query: str) -> Understanding:
        """How free text would be understood (parts, corrections), without running the search.

        :raises QueryError: text that cannot be parsed, or an unknown ``field:value`` value
        """
        node = self._understander.check_terms(parse(query), query)
        return self._understander.plan(node, query).understanding

    def reader(self) -> Directory:
        """Another, read-only connection to the same file, for a background thread (WAL readers never block)."""
        return Directory.open(self.path, read_only=True, daily_backup=False)

    def facets_of(
        self, expanded: Node, places: dict[str, tuple[float, float]], names: Sequence[str] = search_db.FACETS
    ) -> dict[str, list[tuple[str, int]]]:
        """Facet counts for an already expanded query (what :meth:`facets` does, for another connection)."""
        return search_db.facet_counts(self._db, expanded, places=places, facets=names)

    def points_of(self, expanded: Node, places: dict[str, tuple[float, float]]) -> list[MapPoint]:
        """Map points for an already expanded query (what :meth:`SearchResult.points` does, for another connection)."""
        return search_db.OrderedQuery(self._db, expanded, places=places, first_page=False).points()

    def points_json_of(self, expanded: Node, places: dict[str, tuple[float, float]]) -> str:
        """:meth:`points_of` as JSON text (``[[id, lat, lon, kind, name, city], ...]``), for the map page."""
        return search_db.OrderedQuery(self._db, expanded, places=places, first_page=False).points_json()

    def count_matches(self, query: str | Node) -> int:
        """How many facilities a query finds (no result kept: for saved-search badges).

        :raises QueryError: text that cannot be parsed, or an unknown ``near:`` place
        """
        typed, node = self._parsed(query)
        return self._run(node, typed, first_page=False)[3].count()

    def facets(self, result: SearchResult, names: Sequence[str] = search_db.FACETS) -> dict[str, list[tuple[str, int]]]:
        """Counts per value of each facet over the facilities of ``result`` (the same query).

        :param result: a search result
        :param names: facet field names
        """
        return search_db.facet_counts(self._db, result.expanded, places=result.places, facets=names)

    def distance_km(self, place: str, facility_id: str) -> float | None:
        """Distance between a place (as ``near:`` takes it) and a facility."""
        from directory_app.domain.places import haversine_km

        lat, lon = self._expander.resolve(place)
        f = self.facility(facility_id)
        if f is None or f.latitude is None or f.longitude is None:
            return None
        return haversine_km(lat, lon, f.latitude, f.longitude)

    # Saved searches -----------------------------------------------------------------------

    def saved_searches(self) -> list[SavedSearch]:
        """The user's saved searches, by name."""
        return userdata.saved_searches(self._db)

    def save_search(self, name: str, query: str) -> Changes:
        """Save the query under a name (an existing name is overwritten).

        :raises QueryError: when the query does not parse (nothing is saved)
        """
        self._require_writable()
        text = format_query(parse(query))
        with connection.translate_errors(self.path):
            userdata.save_search(self._db, name, text)
        return Changes(saved_searches=True)

    def rename_saved_search(self, search_id: int, name: str) -> Changes:
        """Rename a saved search (``ValueError`` if the name is empty or taken)."""
        self._require_writable()
        with connection.translate_errors(self.path):
            userdata.rename_search(self._db, search_id, name)
        return Changes(saved_searches=True)

    def delete_saved_search(self, search_id: int) -> tuple[Changes, SavedSearch | None]:
        """Delete a saved search; returns it too, so that the GUI can offer undo."""
        self._require_writable()
        with connection.translate_errors(self.path):
            return Changes(saved_searches=True), userdata.delete_search(self._db, search_id)

    # Shortlists ----------------------------------------------------------------------------------

    def shortlists(self) -> list[Shortlist]:
        """Every shortlist, by name, with its size."""
        return shortlists_db.all_shortlists(self._db)

    def shortlist(self, name: str) -> Shortlist | None:
        """The shortlist called ``name`` (case-insensitive)."""
        return shortlists_db.find(self._db, name)

    def shortlist_items(self, shortlist_id: int) -> list[ShortlistItem]:
        """The facilities on a shortlist, in order."""
        return shortlists_db.items(self._db, shortlist_id)

    def create_shortlist(self, name: str, purpose: str = "") -> tuple[Changes, Shortlist]:
        """A new shortlist (``ValueError`` for an empty or taken name)."""
        self._require_writable()
        with connection.translate_errors(self.path):
            return Changes(shortlists=True), shortlists_db.create(self._db, name, purpose)

    def update_shortlist(self, shortlist_id: int, *, name: str | None = None, purpose: str | None = None) -> Changes:
        """Rename a shortlist or change its purpose."""
        self._require_writable()
        with connection.translate_errors(self.path):
            shortlists_db.update(self._db, shortlist_id, name=name, purpose=purpose)
        return Changes(shortlists=True)

    def delete_shortlist(self, shortlist_id: int) -> tuple[Changes, tuple[Shortlist, list[ShortlistItem]] | None]:
        """Delete a shortlist; returns it with its items, for undo (:meth:`restore_shortlist`)."""
        self._require_writable()
        with connection.translate_errors(self.path):
            return Changes(shortlists=True), shortlists_db.delete(self._db, shortlist_id)

    def restore_shortlist(self, deleted: tuple[Shortlist, list[ShortlistItem]]) -> Changes:
        """Undo :meth:`delete_shortlist`."""
        self._require_writable()
        with connection.translate_errors(self.path):
            shortlists_db.restore_shortlist(self._db, *deleted)
        return Changes(shortlists=True)

    def add_to_shortlist(self, shortlist_id: int, facility_ids: Sequence[str]) -> tuple[Changes, list[str]]:
        """Append facilities (already listed ones stay); returns the ids added."""
        self._require_writable()
        with connection.translate_errors(self.path):
            return Changes(shortlists=True), shortlists_db.add(self._db, shortlist_id, facility_ids)

    def remove_from_shortlist(
        self, shortlist_id: int, facility_ids: Sequence[str]
    ) -> tuple[Changes, list[ShortlistItem]]:
        """Take facilities off; returns the removed items, for undo (:meth:`restore_shortlist_items`)."""
        self._require_writable()
        with connection.translate_errors(self.path):
            return Changes(shortlists=True), shortlists_db.remove(self._db, shortlist_id, facility_ids)

    def restore_shortlist_items(self, shortlist_id: int, removed: Sequence[ShortlistItem]) -> Changes:
        """Undo :meth:`remove_from_shortlist` (positions, status, rank and notes come back)."""
        self._require_writable()
        with connection.translate_errors(self.path):
            shortlists_db.restore_items(self._db, shortlist_id, removed)
        return Changes(shortlists=True)

    def reorder_shortlist(self, shortlist_id: int, facility_ids: Sequence[str]) -> Changes:
        """Put a shortlist in this order."""
        self._require_writable()
        with connection.translate_errors(self.path):
            shortlists_db.reorder(self._db, shortlist_id, facility_ids)
        return Changes(shortlists=True)

    def set_shortlist_item(
        self,
        shortlist_id: int,
        facility_id: str,
        *,
        status: str | None = None,
        rank: int | str | None = "keep",
        note: str | None = None,
        recipient_note: str | None = None,
    ) -> Changes:
        """Change an item's status, rank (``None`` clears it), private note or note for the recipient."""
        self._require_writable()
        with connection.translate_errors(self.path):
            shortlists_db.set_item(
                self._db,
                shortlist_id,
                facility_id,
                status=status,
                rank=rank,
                note=note,
                recipient_note=recipient_note,
            )
        return Changes(shortlists=True)

    def shortlist_export_private(self, shortlist_id: int) -> bool | None:
        """Whether the user asked to remember including private notes and status in this shortlist's
        exports (``None``: nothing remembered; exports leave them out)."""
        return shortlists_db.export_private(self._db, shortlist_id)

    def remember_shortlist_export_private(self, shortlist_id: int, include: bool | None) -> Changes:
        """Remember for this shortlist whether exports include the private fields (``None`` forgets)."""
        self._require_writable()
        with connection.translate_errors(self.path):
            shortlists_db.set_export_private(self._db, shortlist_id, include)
        return Changes(shortlists=True)

    def export_shortlist_file(self, shortlist_id: int, path: Path | str, *, include_private: bool = False) -> None:
        """Write a shortlist as a share file a colleague can import.

        :param include_private: also write the status, rank and private note of each item
            (otherwise the file carries the order and the notes for the recipient only)
        :raises OutputPathRefused: ``path`` is the database, a backup or a folder
        """
        self.guard_output(path)
        found = [s for s in self.shortlists() if s.id == shortlist_id]
        if not found:
            raise ValueError(f"no shortlist with id {shortlist_id}")
        entries = self.shortlist_items(shortlist_id)
        names = {f.id: f.name for f in self.facilities([i.facility_id for i in entries])}
        content = share_file_bytes(found[0].name, found[0].purpose, entries, names, include_private=include_private)
        atomic_write(path, lambda out: out.write(content))

    def import_shortlist_file(self, path: Path | str) -> tuple[Changes, Shortlist, int, list[ShortlistConflict]]:
        """Import a share file into the shortlist of the same name (created if needed), in one
        transaction, never losing local work: new facilities are appended; for those already on it
        the local status, rank and notes are kept and each incoming value that differs comes back as
        a conflict, written only if the user picks it (:meth:`apply_shortlist_choices`). Nothing is
        reset by a value the file lacks. Returns (changes, shortlist, added, conflicts).

        :raises ShareFileError: the file is not a valid shortlist file (nothing is changed)
        """
        shared = read_share_file(Path(path))
        self._require_writable()
        with connection.translate_errors(self.path), self._db.atomic():
            target = shortlists_db.find(self._db, shared.name) or shortlists_db.create(
                self._db, shared.name, shared.purpose
            )
            added, conflicts = shortlists_db.merge_items(self._db, target.id, shared.items, shared.given or None)
        return Changes(shortlists=True), shortlists_db.find(self._db, shared.name) or target, added, conflicts

    def apply_shortlist_choices(self, shortlist_id: int, chosen: Sequence[ShortlistConflict]) -> Changes:
        """Take the incoming value of each conflict the user picked (all in one transaction).

        :raises ValueError: an unknown field or an invalid value (nothing is changed)
        """
        self._require_writable()
        with connection.translate_errors(self.path):
            shortlists_db.apply_incoming(self._db, shortlist_id, chosen)
        return Changes(shortlists=True)

    # What exports are made of ----------------------------------------------------------------------

    def shortlist_rows(
        self, shortlist_id: int, *, include_private: bool = False
    ) -> tuple[list[Facility], dict[str, dict[str, object]]]:
        """A shortlist's facilities in its order, with each item's note for the recipient as an extra
        column, and its private note, status and rank only with ``include_private`` (the user's
        explicit choice): see :func:`~directory_app.exporters.base.shortlist_extras`."""
        entries = self.shortlist_items(shortlist_id)
        found, withdrawn = self.shortlist_facilities([i.facility_id for i in entries])
        rows = [found[i.facility_id] for i in entries if i.facility_id in found]
        extras = shortlist_extras(entries, include_private=include_private)
        for fid, gone in withdrawn.items():  # its last known data, marked (issue 15)
            extras.setdefault(fid, {})["withdrawn"] = gone.withdrawn_at[:10]
        return rows, extras

    def shortlist_facilities(
        self, facility_ids: Sequence[str]
    ) -> tuple[dict[str, Facility], dict[str, packs_db.Withdrawn]]:
        """The facilities of shortlist items, by id: those in the directory and, for those a team update
        withdrew, their last known record; the second dict names the withdrawn ones (version, date)."""
        found = {f.id: f for f in self.facilities(list(facility_ids))}
        gone = [fid for fid in facility_ids if fid not in found]
        withdrawn = self.updates.withdrawn(gone) if gone else {}
        found.update((fid, w.facility) for fid, w in withdrawn.items())
        return found, withdrawn

    def result_rows(self, result: SearchResult) -> tuple[list[Facility], dict[str, dict[str, object]]]:
        """A search result's facilities in result order, with the distance when the query has one place."""
        rows = self.facilities(result.ids)
        distances = result.distances or {}
        extras = {f.id: {"distance_km": round(distances[f.id], 2)} for f in rows if f.id in distances}
        return rows, extras

    # Import --------------------------------------------------------------------------------------

    def open_import(
        self, path: Path | str, *, encoding: str | None = None, delimiter: str | None = None
    ) -> SourceTable:
        """A file to import, with its detected format, encoding, delimiter and headers.

        :raises ImportFileError: a file that cannot be read as a table (nothing is changed)
        """
        return open_source(path, encoding=encoding, delimiter=delimiter)

    def import_mapping(self, table: SourceTable) -> tuple[str, ...]:
        """The mapping remembered for this source (same headers, else same file name), else one proposed
        from the headers (English, Dutch or French)."""
        headers = table.info.headers
        remembered = imports_db.remembered_mapping(self._db, column_mapping.header_signature(headers), table.info.name)
        if remembered is not None and len(remembered) == len(headers):
            try:
                return column_mapping.check_mapping(remembered, headers)
            except ValueError:
                pass
        return column_mapping.propose_mapping(headers)

    def _geocoder(self):  # type: ignore[no-untyped-def]
        """``geocode(city, postcode, country)`` over the gazetteer: postcode first, then city, each cached."""
        gazetteer = self.gazetteer()
        if gazetteer is None:
            return None
        by_postcode: dict[tuple[str, str | None], object] = {}
        by_city: dict[tuple[str, str | None], object] = {}

        def cached(cache: dict, key: tuple[str, str | None], find):  # type: ignore[no-untyped-def]
            if key not in cache:
                if len(cache) > 50_000:
                    cache.clear()
                cache[key] = find()
            return cache[key]

        def geocode(city: str, postcode: str, country: str | None):  # type: ignore[no-untyped-def]
            found = None
            if postcode:
                found = cached(
                    by_postcode, (postcode, country), lambda: gazetteer.geocode(postcode=postcode, country=country)
                )
            if found is None and city:
                found = cached(by_city, (city, country), lambda: gazetteer.geocode(city=city, country=country))
            return found

        return geocode

    def _town_postcode(self):  # type: ignore[no-untyped-def]
        """``town_postcode(town, country)`` over the gazetteer (a Belgian town's province comes from it)."""
        gazetteer = self.gazetteer()
        if gazetteer is None:
            return None
        return functools.lru_cache(maxsize=10_000)(gazetteer.postcode_of_place)

    def _run_import(self, table: SourceTable, mapping: tuple[str, ...] | None, **options: object) -> ImportPlan:
        mapping = column_mapping.check_mapping(mapping or self.import_mapping(table), table.info.headers)
        return run_import(
            table,
            mapping,
            index=DuplicateIndex(imports_db.existing_for_matching(self._db)),
            load_existing=self.facility,
            geocode=self._geocoder(),
            town_postcode=self._town_postcode(),
            **options,  # type: ignore[arg-type]
        )

    def preview_import(
        self,
        source: Path | str | SourceTable,
        mapping: tuple[str, ...] | None = None,
        *,
        on_duplicate: str = "skip",
        decisions: dict[int, Decision] | None = None,
        value_map: dict[tuple[str, str], str] | None = None,
        progress: Progress | None = None,
    ) -> ImportPlan:
        """A dry run: every row read, checked, geocoded and compared with the directory; nothing written.

        :param source: a file, or a table from :meth:`open_import`
        :param mapping: a field per column (default: :meth:`import_mapping`)
        :param on_duplicate: ``skip``, ``merge`` or ``keep-both`` for duplicates without a decision
        :param decisions: the user's choice per duplicate, by row number
        :param value_map: the user's reading of values the importer did not know, ``(field, value) -> code``
            (``("kind", "Incubatorr"): "incubator"``)
        :param progress: ``progress(bytes read, size)``; False cancels (``ImportCancelled``)
        :raises ImportFileError: an unreadable file
        :raises ValueError: a value mapped to a code outside its vocabulary
        """
        table = source if isinstance(source, SourceTable) else self.open_import(source)
        return self._run_import(
            table, mapping, on_duplicate=on_duplicate, decisions=decisions, value_map=value_map, progress=progress
        )

    def apply_import(
        self,
        plan: ImportPlan | Path | str,
        mapping: tuple[str, ...] | None = None,
        *,
        on_duplicate: str | None = None,
        decisions: dict[int, Decision] | None = None,
        accept_partial: bool = False,
        progress: Progress | None = None,
    ) -> tuple[Changes, ImportPlan]:
        """Import a previewed plan (or a file, in one pass) in one transaction: all of it or nothing.

        Rows with errors are left out when ``accept_partial``; otherwise any such row means nothing is
        written (the returned plan says ``written=False`` and lists them). The mapping used is
        remembered for the next file from the same source.

        :param plan: a plan from :meth:`preview_import` (its file must not have changed since), or a file
        :param on_duplicate: default choice for duplicates (default: the plan's)
        :raises ImportSourceChanged: the file changed after its preview
        :raises ImportCancelled: ``progress`` returned False (everything rolled back)
        :raises ImportFileError: the file turned out unreadable (everything rolled back)
        """
        from directory_app.domain.errors import ImportSourceChanged

        self._require_writable()
        if isinstance(plan, ImportPlan):
            table = self.open_import(
                plan.source.path, encoding=plan.source.encoding or None, delimiter=plan.source.delimiter or None
            )
            if (table.info.size, table.info.mtime_ns) != (plan.source.size, plan.source.mtime_ns):
                raise ImportSourceChanged(f"{plan.source.name} changed after its preview; preview it again.")
            mapping = mapping or plan.mapping
            on_duplicate = on_duplicate or plan.on_duplicate
            value_map = plan.value_map  # the values the user mapped in the preview
        else:
            table = self.open_import(plan)
            value_map = {}
        mapping = column_mapping.check_mapping(mapping or self.import_mapping(table), table.info.headers)
        self.backup("import")  # a way back, whatever the import does
        today = date.today()
        result: ImportPlan | None = None
        try:
            with connection.translate_errors(self.path), self._db.atomic():
                writer = imports_db.ImportWriter(self._db, table.info.name, today)
                result = self._run_import(
                    table,
                    mapping,
                    writer=writer,
                    on_duplicate=on_duplicate or "skip",
                    decisions=decisions,
                    value_map=value_map,
                    stop_writing_on_error=not accept_partial,
                    progress=progress,
                    today=today,
                )
                if result.rejected and not accept_partial:
                    raise _NothingWritten
                writer.flush()
                imports_db.remember_mapping(
                    self._db, column_mapping.header_signature(table.info.headers), table.info.name, list(mapping)
                )
        except _NothingWritten:
            assert result is not None
            return Changes(), result
        result.written = True
        self._total = None
        self._learn_vocabulary()  # labels of the kinds, services... the file added
        return Changes(facilities=bool(result.added or result.updated)), result

    def export_rejected(self, plan: ImportPlan, path: Path | str) -> int:
        """Write the rows ``plan`` rejected, with their problems, to a CSV file to fix; returns how many.

        :raises OutputPathRefused: ``path`` is the imported file, the database or a backup
        """
        self.guard_output(path, importing=plan.source.path)
        table = self.open_import(
            plan.source.path, encoding=plan.source.encoding or None, delimiter=plan.source.delimiter or None
        )
        return write_rejected(table, plan, path)

    def import_source(self, facility_id: str) -> tuple[str, int, str, str | None] | None:
        """(file name, row number, imported on, updated on) of an imported facility, else ``None``."""
        return imports_db.import_source(self._db, facility_id)

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError("This directory is open read-only; nothing can be saved.")

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
        self._require_writable()
        with connection.translate_errors(self.path):
            userdata.set_note(self._db, facility_id, body)
        return Changes(notes=True)

    # Curation: add, edit, delete, trash, bulk edit, change log --------------------------------

    @staticmethod
    def who() -> str:
        """The operating-system user, recorded in the change log."""
        try:
            return getpass.getuser()
        except (OSError, KeyError, ImportError):
            return "unknown"

    def new_facility_id(self, name: str) -> str:
        """A free id made from a name (``Bio Park Gent`` -> ``user-bio-park-gent``, then ``-2``...)."""
        base = "user-" + (re.sub(r"[^a-z0-9]+", "-", normalize_name(name)).strip("-")[:60] or "facility")
        taken = edits.ids_in_use(self._db, base)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def _checked(self, facility: Facility) -> None:
        problems = problems_of(facility)
        if problems:
            raise InvalidFacilityError(
                "; ".join(f"{field}: {message}" for field, message in problems), problems=problems
            )

    def save_facility(self, facility: Facility, *, verified_source: str = "") -> tuple[Changes, list[Snapshot]]:
        """Add a facility or store an edit of one (validated, logged, origin ``user``), in one transaction.

        An edit of a reference (seed) facility keeps it reference data and records the changed fields
        as local overrides: a newer seed re-applies them (see :meth:`override_conflicts`).

        "Verified on" changes only when ``verified_source`` is given: it becomes today and the source
        URL becomes ``verified_source``; otherwise the stored date stays whatever the form held.

        :param facility: the new or edited record
        :param verified_source: the URL the user checked the record against
        :return: the changes and the state before (for undo with :meth:`restore_snapshots`)
        :raises InvalidFacilityError: the record breaks a rule (nothing is written)
        """
        self._require_writable()
        before = edits.snapshots(self._db, [facility.id])
        old = before[0].facility if not before[0].in_trash else None
        if before[0].in_trash:
            raise InvalidFacilityError(f"{facility.id} is in the trash: restore it first.", problems=[])
        if verified_source.strip():
            facility = replace(facility, verified_on=date.today(), source_url=verified_source.strip())
        else:
            facility = replace(facility, verified_on=old.verified_on if old else None)
        self._checked(facility)
        with connection.translate_errors(self.path), self._db.atomic():
            edits.write(self._db, facility, "user")
            edits.log_change(self._db, self.who(), facility.id, "edit" if old else "add", old, facility)
        self._total = None
        return Changes(facilities=True), before

    def delete_facilities(self, ids: Sequence[str]) -> tuple[Changes, list[Snapshot]]:
        """Move facilities to the trash (logged), in one transaction; returns their states before."""
        self._require_writable()
        before = edits.snapshots(self._db, ids)
        batch = uuid.uuid4().hex if len(ids) > 1 else ""
        who = self.who()
        with connection.translate_errors(self.path), self._db.atomic():
            for facility_id in ids:
                edits.move_to_trash(self._db, facility_id, who, batch)
        self._total = None
        return Changes(facilities=True), before

    def trash(self) -> list[TrashEntry]:
        """Deleted facilities that can still be restored, the most recent first."""
        return edits.trash(self._db)

    def restore_from_trash(self, ids: Sequence[str]) -> tuple[Changes, list[Snapshot]]:
        """Bring facilities back from the trash, as they were (one transaction).

        :raises ValueError: an id is not in the trash, or a live facility has taken it
        """
        self._require_writable()
        before = edits.snapshots(self._db, ids)
        try:
            with connection.translate_errors(self.path), self._db.atomic():
                for facility_id in ids:
                    edits.restore_from_trash(self._db, facility_id, self.who())
        except KeyError as exc:
            raise ValueError(f"{exc.args[0]} is not in the trash") from exc
        self._total = None
        return Changes(facilities=True), before

    def empty_trash(self, ids: Sequence[str] | None = None) -> int:
        """Delete trashed facilities for good (all, or ``ids``); a newer seed still never brings them back."""
        self._require_writable()
        with connection.translate_errors(self.path):
            return edits.empty_trash(self._db, self.who(), ids)

    def snapshots(self, ids: Sequence[str]) -> list[Snapshot]:
        """The present state of facilities (live, trashed or absent): what redo puts back."""
        return edits.snapshots(self._db, ids)

    def restore_snapshots(self, states: Sequence[Snapshot]) -> Changes:
        """Put facilities back as snapshots recorded them (undo and redo of edits, deletes and bulk edits)."""
        self._require_writable()
        with connection.translate_errors(self.path):
            edits.apply_snapshots(self._db, states, self.who())
        self._total = None
        return Changes(facilities=True)

    def local_overrides(self, facility_id: str | None = None) -> list[LocalOverride]:
        """What the user changed on reference (seed) facilities: a newer seed re-applies it."""
        return overrides_db.overrides(self._db, facility_id)

    def override_conflicts(self) -> list[OverrideConflict]:
        """Fields where a newer seed changed what the user had changed too (the user's value is in
        force), and edited facilities the seed dropped (kept as the user's own)."""
        return overrides_db.conflicts(self._db)

    def resolve_override_conflict(self, facility_id: str, field: str, *, use_seed: bool) -> Changes:
        """Settle a conflict: keep the user's value (the newer seed value is acknowledged and not asked
        about again), or take the newer seed's value (logged, undoable). For a facility the seed dropped
        (``field`` ``""``): keep it as the user's own, or move it to the trash.

        :raises KeyError: there is no such conflict
        """
        self._require_writable()
        conflict = overrides_db.conflict_of(self._db, facility_id, field)
        if conflict is None:
            raise KeyError(f"{facility_id}.{field}")
        who = self.who()
        with connection.translate_errors(self.path), self._db.atomic():
            if not use_seed:
                overrides_db.keep_local(self._db, facility_id, field)
                return Changes()
            if conflict.removed:
                overrides_db.forget(self._db, facility_id)
                edits.move_to_trash(self._db, facility_id, who)
            else:
                old = facilities.get(self._db, facility_id)
                if old is None:  # pragma: no cover - a conflict belongs to a live facility
                    overrides_db.forget(self._db, facility_id, field)
                    return Changes()
                new = replace(old, **{field: conflict.seed_now})
                edits.update_fields(self._db, old, new, "seed", "edit")  # the seed's value: no override left
                edits.log_change(self._db, who, facility_id, "edit", old, new)
        self._total = None
        return Changes(facilities=True)

    @property
    def updates(self) -> Updates:
        """Team updates (issue 15): trust publisher keys, check a source and apply its update, publish a pack.
        See :class:`directory_app.updates.service.Updates`."""
        from directory_app.updates.service import Updates  # not on the start path: network and crypto modules

        return Updates(
            self._db,
            path=self.path,
            backup=self.backup,
            who=self.who,
            require_writable=self._require_writable,
            guard=self.guard_output,
            changed=self._forget_count,
        )

    @property
    def corrections(self) -> Corrections:
        """Corrections sent back (issue 15): write the corrections file, review a received one.
        See :class:`directory_app.updates.review.Corrections`."""
        from directory_app.updates.review import Corrections  # not on the start path

        return Corrections(
            self._db,
            path=self.path,
            who=self.who,
            require_writable=self._require_writable,
            guard=self.guard_output,
            changed=self._forget_count,
        )

    def _forget_count(self) -> None:
        self._total = None

    def change_log(self, facility_id: str | None = None, limit: int = 500) -> list[ChangeEntry]:
        """The change log, newest first (of one facility, or of all)."""
        return edits.change_log(self._db, facility_id, limit)

    def writer(self) -> Directory:
        """Another writable connection to the same file, for long writes on a worker thread (no seed refresh)."""
        self._require_writable()
        writer = Directory(connection.open_database(self.path))
        writer.set_backup_folder(self.backup_folder)
        return writer

    def bulk_edit(
        self,
        ids: Sequence[str],
        field: str,
        value: str,
        *,
        progress: Callable[[int, int], object] | None = None,
    ) -> tuple[Changes, list[Snapshot]]:
        """Set one field for many facilities in one transaction, after an automatic backup.

        :param field: ``kind``, ``region``, ``confidence``, ``status`` (set to ``value``),
            ``+services`` / ``-services`` (add / remove the service ``value``), or ``verified_on``
            (``value`` an ISO date, e.g. today's: "Mark as Verified Today")
        :param progress: called with (done, total) as rows are written; returning ``False`` cancels
            (:class:`EditCancelled`, nothing written)
        :return: the changes and the states before (one undo step)
        :raises InvalidFacilityError: the change would break a rule for a facility (nothing is written;
            problems the facilities had before do not count)
        """
        if field not in BULK_FIELDS:
            raise ValueError(f"cannot bulk-edit {field!r}")
        self._require_writable()
        before = edits.snapshots(self._db, ids)
        changed: list[Facility] = []
        problems: list[tuple[str, str]] = []
        for state in before:
            f = state.facility
            if f is None or state.in_trash:
                continue
            new = _bulk_value(f, field, value)
            if new == f:
                continue
            known = set(problems_of(f))  # only what this change would break counts, not older flaws
            problems += [
                (f"{f.id}.{name}", message) for name, message in problems_of(new) if (name, message) not in known
            ]
            changed.append(new)
        if problems:
            raise InvalidFacilityError("; ".join(f"{k}: {m}" for k, m in problems[:10]), problems=problems)
        if changed:
            self.backup("bulk-edit")
        batch = uuid.uuid4().hex
        old = {s.facility_id: s.facility for s in before}
        who = self.who()
        with connection.translate_errors(self.path), self._db.atomic():
            for done, facility in enumerate(changed, 1):
                edits.update_fields(self._db, old[facility.id], facility, "user", "bulk")  # type: ignore[arg-type]
                edits.log_change(self._db, who, facility.id, "bulk", old[facility.id], facility, batch)
                if progress is not None and progress(done, len(changed)) is False:
                    raise EditCancelled("The bulk edit was cancelled; nothing was changed.")
        return Changes(facilities=bool(changed)), before

    # Where files may be written (one guard for every file a command or dialog writes) ------------

    def protected_paths(
        self, *, importing: Path | str | None = None, reading: Sequence[Path | str] = ()
    ) -> list[output_paths.Protected]:
        """What no file the application writes may be: this database and its ``-wal``/``-shm``/``-journal``
        files, every backup, the application's own data files, the file being imported and any other file
        the command reads."""
        from directory_app.maps.tiles import basemap_path

        protected = output_paths.database_files(self.path)
        for folder in dict.fromkeys((self.backup_folder, config.default_backup_folder())):
            protected.append(output_paths.Protected(folder, output_paths.BACKUP, folder=True))
        if importing is not None:
            protected.append(output_paths.Protected(Path(importing), output_paths.IMPORTED))
        protected += [output_paths.Protected(Path(p), output_paths.INPUT) for p in reading]
        app_files: list[Path | None] = [config.tile_cache_path(), basemap_path()]
        try:
            app_files += [config.seed_path(), config.gazetteer_path(), config.borders_path()]
        except FileNotFoundError:
            pass
        protected += [output_paths.Protected(p, output_paths.APP_FILE) for p in app_files if p is not None]
        return protected

    def guard_output(
        self, target: Path | str, *, importing: Path | str | None = None, reading: Sequence[Path | str] = ()
    ) -> Path:
        """``target`` as a :class:`Path` when a file may be written there; call it before writing any file
        a user named (see :meth:`protected_paths` and :mod:`directory_app.domain.output_paths`).

        :raises OutputPathRefused: ``target`` is a folder or (another name of) a protected file
        """
        return output_paths.check_output_path(target, self.protected_paths(importing=importing, reading=reading))

    # Backups and recovery ---------------------------------------------------------------------

    @property
    def backup_folder(self) -> Path:
        """Where backups go (default: ``backups`` in the user data folder)."""
        return getattr(self, "_backup_folder", None) or config.default_backup_folder()

    def set_backup_folder(self, folder: Path | str) -> None:
        """Send backups to another folder from now on."""
        self._backup_folder = Path(folder)

    backup_warning: str | None = None
    """Set by :meth:`open` when the daily backup it made failed its check (the database is most likely
    damaged); ``None`` otherwise."""

    def backup(self, reason: str) -> Path:
        """Back the database up now into the backup folder (checked, rotated); returns the backup file.

        :param reason: ``manual``, ``import``, ``bulk-edit``, ``daily``... (kept in the file name)
        :raises BackupError: the backup could not be written
        :raises DamagedBackupError: the copy failed SQLite's quick check, so the database itself is most
            likely damaged (the copy is kept, marked damaged; older good backups are never rotated away
            for it); callers stop what the backup was made for
        """
        made = self._make_backup(reason)
        if made.damaged:
            raise self._damaged_backup(made.path, made.problems)
        return made.path

    def _damaged_backup(self, copy: Path, problems: Sequence[str]) -> DamagedBackupError:
        return DamagedBackupError(
            f"The backup just made of {self.path} failed SQLite's check ({'; '.join(problems[:3])}), "
            "so the database is probably damaged: check it, and restore a good backup if problems remain.",
            path=str(self.path),
            backup=str(copy),
        )

    def _make_backup(self, reason: str) -> Backup:
        try:
            return backups.make_backup(self._db, self.backup_folder, self.path, reason)
        except OSError as exc:
            raise BackupError(f"Could not back up to {self.backup_folder}: {exc.strerror or exc}") from exc

    def backups(self) -> list[Backup]:
        """Backups of this database, the newest first (date, reason, size, whether marked damaged)."""
        return backups.list_backups(self.backup_folder, self.path.stem)

    def backup_to(self, target: Path | str) -> Path:
        """Write a consistent copy of the database to ``target`` (``directory-app backup -o``).

        :raises OutputPathRefused: ``target`` is the database itself, a journal file or a backup
        :raises DamagedBackupError: the copy (written all the same) failed SQLite's quick check
        """
        self.guard_output(target)
        try:
            path = backups.copy_database(self._db, Path(target))
        except OSError as exc:
            raise BackupError(f"Could not write {target}: {exc.strerror or exc}") from exc
        problems = backups.quick_check(path)
        if problems:
            raise self._damaged_backup(path, problems)
        return path

    def restore_backup(self, path: Path | str) -> Path:
        """Replace the database with a backup, safely: the backup is checked first, and the current
        state is backed up (reason ``before-restore``, never rotated away) before anything changes.

        :return: the backup of the state before the restore
        :raises BackupError: the file is not a sound backup of a directory (nothing is changed)
        """
        self._require_writable()
        problems = backups.verify_backup(Path(path))
        if problems:
            raise BackupError("This file cannot be restored: " + "; ".join(problems[:5]))
        kept = self._make_backup("before-restore").path  # kept even when damaged: this is how the damage is undone
        self._opened.close()
        try:
            backups.install(Path(path), self.path)
        finally:
            self._opened = connection.open_database(self.path, before_upgrade=self._backup_before_upgrade)
            self._db = self._opened.db
            self._total = None
        return kept

    def check_and_repair(self) -> CheckReport:
        """SQLite's integrity check and the full-text index's check; the index is rebuilt when it is wrong."""
        self._require_writable()
        with connection.translate_errors(self.path):
            return backups.check_and_repair(self._db)

    def _backup_before_upgrade(self, db: object) -> None:
        backups.make_backup(db, self.backup_folder, self.path, "migration")  # type: ignore[arg-type]

    def geocode(self, city: str, postcode: str, country: str) -> GeocodeResult | None:
        """Coordinates of an address from the offline gazetteer (postcode first, then city); ``None`` if unknown."""
        gazetteer = self.gazetteer()
        if gazetteer is None:
            return None
        return gazetteer.geocode(city=city or None, postcode=postcode or None, country=country or None)

    def daily_backup(self) -> Path | None:
        """Back up once a day (on the first open of the day); ``None`` when one exists today.

        Works on a read-only connection too, so that the GUI can make it from a background reader.
        """
        if backups.has_backup_on(self.backup_folder, self.path.stem, date.today()):
            return None
        return self.backup("daily")


BULK_FIELDS: dict[str, str] = {
    "kind": "kind",
    "region": "region",
    "confidence": "confidence",
    "status": "status",
    "+services": "service",
    "-services": "service",
    "verified_on": "",
}
"""Fields :meth:`Directory.bulk_edit` can set -> the vocabulary their values come from (``verified_on``
takes an ISO date)."""


def _bulk_value(f: Facility, field: str, value: str) -> Facility:
    if field == "verified_on":
        return replace(f, verified_on=date.fromisoformat(value))
    if field == "+services":
        return f if value in f.services else replace(f, services=(*f.services, value))
    if field == "-services":
        return replace(f, services=tuple(s for s in f.services if s != value))
    return replace(f, **{field: value})
