"""A large pack into an empty directory fills the full-text index once after the rows (not row by row); the
index is then whole and sound, the triggers are back for later edits, and a failure leaves nothing behind."""

from __future__ import annotations

from dataclasses import replace

import pytest

from directory_app.db import packs
from directory_app.directory import Directory
from directory_app.domain.models import FACILITY_FIELDS


@pytest.fixture
def bulk(monkeypatch):
    monkeypatch.setattr(packs, "BULK_INDEX_ROWS", 10)  # the 30 facilities of the small seed count as large


def _empty(tmp_path) -> Directory:
    """A new directory made from a seed without facilities."""
    seed = tmp_path / "no-facilities.csv"
    seed.write_text(",".join(FACILITY_FIELDS) + "\n", encoding="utf-8")
    d = Directory.open(tmp_path / "empty.sqlite", seed_file=seed, backup_folder=tmp_path / "b")
    assert d.count() == 0
    return d


def _triggers(d: Directory) -> dict[str, str]:
    return dict(d._db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'facilities%'"))


def test_a_full_pack_into_an_empty_directory_is_indexed_and_searchable(bulk, curator, key, tmp_path):
    site = tmp_path / "site"
    curator.updates.publish(site, key)
    with _empty(tmp_path) as d:
        before = _triggers(d)
        d.updates.trust_add(key.with_name(key.name + ".pub"))
        d.updates.apply(d.updates.check(str(site)))
        assert d.count() == curator.count()
        assert d.check() == []  # SQLite's integrity check and the full-text index's own check
        assert _triggers(d) == before
        name = curator.facility("fac-0007").name
        assert "fac-0007" in d.search(f'"{name}"').ids
        d.save_facility(replace(d.facility("fac-0007"), name="Zyxwv Unique Lab"))  # the triggers index it again
        assert d.search("Zyxwv").ids == ("fac-0007",)
        assert d.check() == []


@pytest.mark.parametrize("where", ["while_indexing_is_deferred", "after"])
def test_a_failing_bulk_apply_changes_nothing(bulk, curator, key, tmp_path, monkeypatch, where):
    site = tmp_path / "site"
    curator.updates.publish(site, key)
    with _empty(tmp_path) as d:
        before = _triggers(d)
        d.updates.trust_add(key.with_name(key.name + ".pub"))
        plan = d.updates.check(str(site))

        insert = packs.facilities.insert_new

        def broken(*args, **kwargs):
            if where == "while_indexing_is_deferred":
                insert(*args, **kwargs)  # the rows are in, the triggers are gone: then it fails
            raise RuntimeError("disk gone")

        if where == "after":
            monkeypatch.setattr(packs.edits, "log_changes", broken)
        else:
            monkeypatch.setattr(packs.facilities, "insert_new", broken)
        assert len(plan.added) == curator.count()
        with pytest.raises(RuntimeError):
            d.updates.apply(plan)
        assert d.count() == 0 and _triggers(d) == before and d.updates.installed() is None
        assert d.check() == []
