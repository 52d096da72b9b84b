"""Columns, spec, CSV-injection defence, atomic writing, progress and cancelling, for every format."""

from __future__ import annotations

import errno
import math
import os
from datetime import date

import pytest

from directory_app.domain.errors import DirectoryError, ExportCancelled, ExportError
from directory_app.domain.models import FACILITY_FIELDS
from directory_app.domain.vocabulary import label
from directory_app.exporters import (
    COLUMNS,
    DEFAULT_COLUMNS,
    EXPORTERS,
    EXTRA_COLUMNS,
    ExportSpec,
    atomic_write,
    export,
    neutralise,
)
from directory_app.exporters.base import FORMULA_TRIGGERS
from tests.fixtures.small_seed import make_facilities

FORMATS = sorted(EXPORTERS)


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- columns and spec ---------------------------------------------------------------------------


def test_columns_follow_the_facility_fields():
    assert tuple(COLUMNS) == FACILITY_FIELDS
    assert set(DEFAULT_COLUMNS) <= set(COLUMNS)
    assert not set(EXTRA_COLUMNS) & set(COLUMNS)
    assert {c.key for c in COLUMNS.values() if c.link} == {"website", "source_url", "contact_url"}
    assert {c.key for c in COLUMNS.values() if c.multi} == {"services", "modalities", "cleanroom_grades"}


def test_spec_values_are_typed_and_labelled():
    f = make_facilities(3)[2]  # a CGT production site with modalities
    spec = ExportSpec(["name", "kind", "country", "region", "modalities", "latitude", "area_m2", "verified_on"])
    name, kind, country, region, modalities, lat, area, verified = spec.values(f)
    assert (name, kind) == (f.name, "CGT production site")
    assert (country, region) == (label("country", f.country), label("region", f.region))
    assert country in ("Belgium", "Netherlands", "Luxembourg") and region and region != f.region
    assert modalities == [label("modality", m) for m in f.modalities] and modalities
    assert lat == f.latitude and area == f.area_m2 and verified == f.verified_on
    assert isinstance(verified, date)


def test_spec_uses_the_given_label_function_and_headers():
    f = make_facilities(1)[0]
    spec = ExportSpec(["name", "kind", "services"], headers={"name": "Nom"}, label=lambda v, c: f"{v}:{c}")
    assert spec.header_row() == ["Nom", "Kind", "Services"]
    assert spec.values(f) == [f.name, f"kind:{f.kind}", [f"service:{s}" for s in f.services]]


def test_extra_columns_come_from_extras():
    a, b = make_facilities(2)
    spec = ExportSpec(
        ["id", "note", "rank", "distance_km", "shortlist_status", "recipient_note", "custom"],
        headers={"custom": "Custom"},
        extras={
            a.id: {"note": "Call back", "rank": 1, "distance_km": 12.5, "custom": ("x", "y")},
            b.id: {"shortlist_status": "visited", "recipient_note": "Welcome"},
        },
    )
    assert spec.header_row() == ["ID", "Private note", "Rank", "Distance (km)", "Shortlist status", "Note", "Custom"]
    assert spec.values(a) == [a.id, "Call back", 1, 12.5, None, None, ["x", "y"]]
    assert spec.values(b) == [b.id, None, None, None, "visited", "Welcome", None]


def test_private_columns_no_row_carries_are_left_out():
    a, b = make_facilities(2)
    extras = {a.id: {"recipient_note": "Welcome"}, b.id: {"recipient_note": ""}}
    spec = ExportSpec(["id", "note", "shortlist_status", "rank", "recipient_note"], extras=extras)
    assert [c.key for c in spec.resolved] == ["id", "recipient_note"]
    with pytest.raises(ValueError, match="private"):
        ExportSpec(["note", "rank"], extras=extras)


def test_non_finite_numbers_become_empty():
    f = make_facilities(1)[0]
    spec = ExportSpec(["distance_km", "rank"], extras={f.id: {"distance_km": math.nan, "rank": math.inf}})
    assert spec.values(f) == [None, None]


@pytest.mark.parametrize(
    "columns, message",
    [([], "at least one"), (["name", "name"], "twice"), (["name", "nonsense"], "unknown export column")],
)
def test_bad_columns_are_rejected(columns, message):
    with pytest.raises(ValueError, match=message):
        ExportSpec(columns)


# --- CSV injection -------------------------------------------------------------------------------


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS)
def test_neutralise_prefixes_every_trigger(trigger):
    assert neutralise(trigger + "cmd") == "'" + trigger + "cmd"
    assert neutralise(trigger) == "'" + trigger


def test_owasp_triggers_are_all_covered():
    assert set(FORMULA_TRIGGERS) == {"=", "+", "-", "@", "\t", "\r"}


@pytest.mark.parametrize("value", ["", "Liège", "a=b", " =1", "'=1", "http://x", "1-2"])
def test_neutralise_leaves_harmless_text(value):
    assert neutralise(value) == value


@pytest.mark.parametrize("value", [-1, -1.5, 0, 3.25, None, date(2026, 1, 1), True])
def test_neutralise_never_touches_non_text(value):
    assert neutralise(value) is value


# --- atomic writing ------------------------------------------------------------------------------


def test_atomic_write_creates_and_replaces(tmp_path):
    target = tmp_path / "out.bin"
    assert atomic_write(target, lambda fh: fh.write(b"one")) == target
    atomic_write(target, lambda fh: fh.write(b"two"))
    assert target.read_bytes() == b"two"
    assert leftovers(tmp_path) == []


def test_new_file_gets_normal_permissions_and_replaced_file_keeps_its_own(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "out.bin"
    atomic_write(target, lambda fh: fh.write(b"x"))
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    target.chmod(0o640)
    atomic_write(target, lambda fh: fh.write(b"y"))
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("error", [RuntimeError("bug"), KeyboardInterrupt()])
def test_failing_writer_leaves_old_bytes_and_no_temp_file(tmp_path, error):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def writer(fh):
        fh.write(b"half")
        raise error

    with pytest.raises(type(error)):
        atomic_write(target, writer)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_full_disk_is_an_export_error_naming_the_path(tmp_path):
    target = tmp_path / "out.bin"

    def writer(fh):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError, match="disk is full") as info:
        atomic_write(target, writer)
    assert str(target) in info.value.message and info.value.path == str(target)
    assert isinstance(info.value, DirectoryError) and info.value.code == "export"
    assert not target.exists() and leftovers(tmp_path) == []


def test_missing_folder_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        atomic_write(tmp_path / "missing" / "out.bin", lambda fh: fh.write(b"x"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_read_only_folder_gives_export_error_and_no_stray_files(tmp_path, immutable, fmt):
    folder = tmp_path / "ro"
    folder.mkdir()
    existing = folder / f"old.{fmt}"
    existing.write_bytes(b"old bytes")
    immutable(folder)
    for target in (folder / f"new.{fmt}", existing):
        with pytest.raises(ExportError, match="read-only") as info:
            export(fmt, make_facilities(5), target, ExportSpec())
        assert str(target) in info.value.message
    assert sorted(p.name for p in folder.iterdir()) == [existing.name]
    assert existing.read_bytes() == b"old bytes"


@pytest.mark.parametrize("fmt", FORMATS)
def test_read_only_target_file_keeps_its_bytes(tmp_path, immutable, fmt):
    target = tmp_path / f"locked.{fmt}"
    target.write_bytes(b"old bytes")
    immutable(target)
    with pytest.raises(ExportError):
        export(fmt, make_facilities(5), target, ExportSpec())
    assert target.read_bytes() == b"old bytes"
    assert leftovers(tmp_path) == []


# --- progress and cancelling ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_progress_runs_from_zero_to_total(tmp_path, fmt):
    calls = []
    export(
        fmt, make_facilities(1000), tmp_path / f"out.{fmt}", ExportSpec(), progress=lambda d, t: calls.append((d, t))
    )
    assert calls[0] == (0, 1000) and calls[-1] == (1000, 1000)
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(calls) <= 110


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("existing", [False, True])
def test_cancel_halfway_leaves_no_file_and_keeps_old_bytes(tmp_path, fmt, existing):
    target = tmp_path / f"out.{fmt}"
    if existing:
        target.write_bytes(b"old bytes")
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < total // 2

    with pytest.raises(ExportCancelled) as info:
        export(fmt, make_facilities(400), target, ExportSpec(), progress=progress)
    assert not isinstance(info.value, ExportError)  # a cancel is not an error to report
    assert 0 < seen[-1] < 400
    assert (target.read_bytes() == b"old bytes") if existing else not target.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_cancel_at_the_very_end_still_writes_nothing(tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    with pytest.raises(ExportCancelled):
        export(fmt, make_facilities(10), target, ExportSpec(), progress=lambda d, t: d < t)
    assert list(tmp_path.iterdir()) == []


# --- registry ------------------------------------------------------------------------------------


def test_registry_and_unknown_format(tmp_path):
    assert set(EXPORTERS) == {"csv", "xlsx", "geojson", "pdf"}
    with pytest.raises(ValueError, match="unknown export format"):
        export("docx", [], tmp_path / "x.docx", ExportSpec())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_export_is_a_valid_file(tmp_path, fmt):
    export(fmt, iter(()), tmp_path / f"empty.{fmt}", ExportSpec())
    assert (tmp_path / f"empty.{fmt}").stat().st_size > 0
