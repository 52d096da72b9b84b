"""One pass over a file to import: read every row, check it, find its duplicate, and (when a
writer is given) write it. The same pass is the preview (no writer) and the import.

Plain Python: the database is reached through the ``writer`` and ``load_existing`` the caller
(the ``Directory``) passes in, inside the transaction it owns.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Protocol

from directory_app.domain.errors import ImportCancelled
from directory_app.domain.models import Facility
from directory_app.importers.duplicates import CHOICES, DuplicateIndex, FieldChange, merge, merge_changes
from directory_app.importers.row_reading import (
    ERROR,
    SAME_ID,
    SAME_PLACE,
    SAME_ROW,
    UNKNOWN_KIND,
    WARNING,
    Geocoder,
    NewTerm,
    RowProblem,
    RowReader,
    TownPostcode,
    ValueMap,
    check_value_map,
    row_problem,
)
from directory_app.importers.source_table import SourceInfo, SourceTable

SAMPLE_ROWS = 20
"""Rows kept for the mapping step's preview."""

MAX_DUPLICATES_SHOWN = 5000
"""Duplicates kept with their rows for side-by-side review (beyond this, only counted)."""

Progress = Callable[[int, int], bool]
"""``progress(bytes read, file size)``; returning False cancels."""


class Writer(Protocol):
    """What an import writes through (``directory_app.db.imports.ImportWriter``)."""

    def add(self, f: Facility, row: int) -> None: ...

    def update(self, f: Facility, row: int) -> None: ...

    def add_term(self, term: NewTerm) -> None: ...


@dataclass(frozen=True, slots=True)
class Decision:
    """The user's choice for one duplicate: ``skip``, ``merge`` (``fields`` from the new row; ``None``:
    every field it fills) or ``keep-both``.

    A merge of services, modalities and cleanroom grades is a union of both versions; ``remove``
    lists values the user explicitly takes out (field -> codes).
    """

    choice: str
    fields: frozenset[str] | None = None
    remove: Mapping[str, frozenset[str]] | None = None


@dataclass(frozen=True, slots=True)
class DuplicateCase:
    """An imported row that matches an existing facility.

    :param changes: what the merge changes, field by field (empty unless the row is merged)
    """

    row: int
    existing_id: str
    reason: str
    new: Facility
    changes: tuple[FieldChange, ...] = ()


@dataclass(slots=True)
class ImportPlan:
    """What an import would do (a preview) or did: counts, every problem, every duplicate.

    :param source: the file and what was detected about it
    :param mapping: the field of each column
    """

    source: SourceInfo
    mapping: tuple[str, ...]
    on_duplicate: str = "skip"
    rows_read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    duplicates_total: int = 0
    duplicates: list[DuplicateCase] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rejected: list[int] = field(default_factory=list)
    new_terms: dict[tuple[str, str], str] = field(default_factory=dict)
    geocoded: int = 0
    sample: list[list[str]] = field(default_factory=list)
    written: bool = False
    value_map: dict[tuple[str, str], str] = field(default_factory=dict)
    """The user's reading of unknown values (field, value as written) -> code, used by this run."""

    @property
    def errors(self) -> list[RowProblem]:
        """Problems that reject their row."""
        return [p for p in self.problems if p.severity == ERROR]

    def problems_of(self, row: int) -> list[RowProblem]:
        """Problems of one row."""
        return [p for p in self.problems if p.row == row]

    def unknown_values(self) -> dict[tuple[str, str], list[int]]:
        """Values that rejected their rows and that the user may map to a code: (field, value) -> rows."""
        out: dict[tuple[str, str], list[int]] = {}
        for p in self.problems:
            if p.message == UNKNOWN_KIND and p.args:
                out.setdefault(("kind", p.args[0]), []).append(p.row)
        return out


def run_import(
    table: SourceTable,
    mapping: tuple[str, ...],
    *,
    index: DuplicateIndex,
    load_existing: Callable[[str], Facility | None],
    geocode: Geocoder | None = None,
    town_postcode: TownPostcode | None = None,
    value_map: ValueMap | None = None,
    writer: Writer | None = None,
    on_duplicate: str = "skip",
    decisions: Mapping[int, Decision] | None = None,
    stop_writing_on_error: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Read (and with a ``writer``, write) every row of ``table``.

    :param mapping: a field per column
    :param index: the facilities already in the directory
    :param load_existing: a facility by id (for merges)
    :param geocode: locates rows without coordinates (and finds every row's region)
    :param town_postcode: a postcode of a town (a Belgian town's province)
    :param value_map: the user's reading of values the importer did not know ((field, value) -> code)
    :param writer: where rows go; ``None`` for a preview
    :param on_duplicate: ``skip``, ``merge`` or ``keep-both`` for duplicates without a decision
    :param decisions: the user's choice per duplicate, by row number
    :param stop_writing_on_error: after the first rejected row, only read (the caller rolls back)
    :param progress: called every 1,000 rows; returning False raises :class:`ImportCancelled`
    :raises ImportFileError: the file turned out unreadable part-way
    """
    if on_duplicate not in CHOICES:
        raise ValueError(f"on_duplicate must be one of {', '.join(CHOICES)}")
    decisions = decisions or {}
    value_map = check_value_map(value_map)
    plan = ImportPlan(table.info, mapping, on_duplicate, value_map=value_map)
    reader = RowReader(
        table.info.headers, mapping, geocode=geocode, town_postcode=town_postcode, value_map=value_map, today=today
    )
    seen: dict[str, tuple[int, bytes]] = {}  # id -> (first row, digest of its content)
    size = table.info.size
    for number, cells in table.rows():
        plan.rows_read += 1
        if len(plan.sample) < SAMPLE_ROWS:
            plan.sample.append(list(cells))
        if progress is not None and plan.rows_read % 1000 == 0 and not progress(table.position(), size):
            raise ImportCancelled("The import was cancelled; nothing was changed.")
        read = reader.read(number, cells)
        f = read.facility
        if f is not None and f.id in seen and not read.rejected:
            first, digest = seen[f.id]
            if digest == _digest(f):
                read.problems.append(row_problem(number, reader.column("name"), SAME_ROW, str(first), severity=WARNING))
                plan.problems.extend(read.problems)
                plan.skipped += 1
                continue
            if "id" in mapping:
                clash = row_problem(number, reader.column("id"), SAME_ID, f.id, str(first), str(number))
            else:  # the id is made from name, city, postcode and country
                clash = row_problem(number, reader.column("name"), SAME_PLACE, str(first), str(number))
            read.problems.append(clash)
        plan.problems.extend(read.problems)
        if read.rejected or f is None:
            plan.rejected.append(number)
            if stop_writing_on_error:
                writer = None
            continue
        seen[f.id] = (number, _digest(f))
        if f.geocode_precision and "geocode_precision" not in mapping and f.latitude is not None:
            plan.geocoded += 1
        match = index.find(f)
        target: Facility | None = f
        if match is not None:
            plan.duplicates_total += 1
            decision = decisions.get(number, Decision(on_duplicate))
            case = DuplicateCase(number, match.existing_id, match.reason, f)
            if decision.choice == "skip":
                _show(plan, case)
                plan.skipped += 1
                continue
            if decision.choice == "merge":
                existing = load_existing(match.existing_id)
                if existing is None:  # pragma: no cover - the index comes from the same transaction
                    continue
                merged = merge(existing, f, decision.fields, decision.remove)
                _show(plan, replace(case, changes=tuple(merge_changes(existing, f, decision.fields, decision.remove))))
                if merged == existing:
                    plan.unchanged += 1
                    continue
                plan.updated += 1
                _remember_terms(plan, read.new_terms, writer)
                if writer is not None:
                    writer.update(merged, number)
                continue
            _show(plan, case)
            target = _with_free_id(f, index, seen)
            seen[target.id] = (number, _digest(target))
        plan.added += 1
        _remember_terms(plan, read.new_terms, writer)
        if writer is not None:
            writer.add(target, number)
    if progress is not None:
        progress(size, size)
    return plan


def _digest(f: Facility) -> bytes:
    """A fingerprint of a facility's whole content (to tell a repeated row from a different one)."""
    return hashlib.blake2b(repr(f).encode("utf-8"), digest_size=16).digest()


def _show(plan: ImportPlan, case: DuplicateCase) -> None:
    if len(plan.duplicates) < MAX_DUPLICATES_SHOWN:
        plan.duplicates.append(case)


def _remember_terms(plan: ImportPlan, terms: list[NewTerm], writer: Writer | None) -> None:
    for term in terms:
        key = (term.vocabulary, term.code)
        if key not in plan.new_terms:
            plan.new_terms[key] = term.label
            if writer is not None:
                writer.add_term(term)


def _with_free_id(f: Facility, index: DuplicateIndex, seen: Mapping[str, object]) -> Facility:
    if f.id not in index and f.id not in seen:
        return f
    n = 2
    while f"{f.id}-{n}" in index or f"{f.id}-{n}" in seen:
        n += 1
    return replace(f, id=f"{f.id}-{n}")
