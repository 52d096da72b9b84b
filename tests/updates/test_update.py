"""`update` from a real HTTP server on 127.0.0.1: full and incremental updates, resumed and failed downloads,
tampering, wrong keys, downgrades and replays refused with nothing changed, and user data kept."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.domain.errors import UpdateRefused
from directory_app.updates import keys
from tests.updates.conftest import curator_edits, open_laptop


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _state(d: Directory) -> tuple:
    """Everything an update could change, to compare before and after a refusal."""
    return (
        d.facilities(),
        d.change_log(limit=10_000),
        d.local_overrides(),
        d.override_conflicts(),
        d.updates.installed(),
        [(s.name, d.shortlist_items(s.id)) for s in d.shortlists()],
    )


def _update(laptop: Path, source: str, *extra: str) -> int:
    return main(["--db", str(laptop), "update", "--source", source, *extra])


@pytest.fixture
def served_v1(curator, key, pack_server):
    """Version 1 of the curators' directory, published into the served folder (a round of edits first)."""
    curator_edits(curator, 1)
    curator.updates.publish(pack_server.root, key, notes="Version one")
    return pack_server


def test_full_update_over_http(served_v1, curator, key, tmp_path, small_seed, capsys):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        laptop.set_note("fac-0001", "my note")
        path = laptop.path
    assert _update(path, served_v1.base) == 0
    out = capsys.readouterr().out
    assert "1 new, 1 changed, 1 removed" in out and "changed fields: name (1), phone (1)" in out
    with Directory.open(path) as laptop:
        assert laptop.facilities() == curator.facilities()
        assert laptop.note("fac-0001") == "my note"
        installed = laptop.updates.installed()
        assert installed.version == 1 and installed.notes == "Version one"
        assert installed.publisher_key == keys.key_id(keys.load_public(key.with_name("curator.key.pub")))
        log = [e for e in laptop.change_log() if e.batch == "pack:1"]
        assert {(e.facility_id, e.action) for e in log} == {
            ("new-site-1", "update"),
            ("fac-0002", "update"),
            ("fac-0011", "update"),
        }
        assert any(b.reason == "update" for b in laptop.backups())
    assert _update(path, served_v1.base) == 0  # again: up to date
    assert "up to date" in capsys.readouterr().out


def test_incremental_update_downloads_only_the_change_file(served_v1, curator, key, tmp_path, small_seed, capsys):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        laptop.updates.apply(laptop.updates.check(served_v1.base))
        path = laptop.path
    curator_edits(curator, 2)
    manifest = curator.updates.publish(served_v1.root, key)
    served_v1.requests.clear()
    assert _update(path, served_v1.base + "manifest.json", "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "applied" and report["plan"]["via"] == "changes"
    assert report["plan"]["download_bytes"] == manifest.file("changes").size
    assert report["plan"]["added"] == ["new-site-2"] and report["plan"]["removed"] == ["fac-0012"]
    assert report["plan"]["changed"] == {"fac-0002": ["name", "phone"]}
    assert not served_v1.asked("directory.sqlite")
    with Directory.open(path) as laptop:
        assert laptop.facilities() == curator.facilities()
        assert laptop.updates.installed().version == 2


def test_an_interrupted_download_resumes_where_it_stopped(served_v1, curator, key, tmp_path, small_seed):
    served_v1.drop_once.add("directory.sqlite")
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        plan = laptop.updates.check(served_v1.base)
        ranges = served_v1.asked("directory.sqlite")
        assert len(ranges) == 2 and ranges[0] == "" and ranges[1].startswith("bytes=") and ranges[1] != "bytes=0-"
        laptop.updates.apply(plan)
        assert laptop.facilities() == curator.facilities()


def test_server_gone_mid_download_changes_nothing_and_a_later_run_resumes(
    served_v1, curator, key, tmp_path, small_seed, capsys
):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        before = _state(laptop)
        path = laptop.path
    served_v1.die_on.add("directory.sqlite")
    assert _update(path, served_v1.base) == 2
    err = capsys.readouterr().err
    assert "stopped at" in err and "nothing was changed" in err and len(err.strip().splitlines()) == 1
    with Directory.open(path) as laptop:
        assert _state(laptop) == before
        assert not [b for b in laptop.backups() if b.reason == "update"]
    served_v1.die_on.clear()
    served_v1.dead = False  # back online
    served_v1.requests.clear()
    assert _update(path, served_v1.base) == 0
    assert served_v1.asked("directory.sqlite")[0].startswith("bytes=")  # resumed from the kept part
    with Directory.open(path) as laptop:
        assert laptop.facilities() == curator.facilities()


def test_an_unreachable_source_is_a_clear_refusal(tmp_path, small_seed, key, capsys):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        path = laptop.path
        before = _state(laptop)
    for source in ("http://127.0.0.1:9/updates/", str(tmp_path / "no-such-folder")):
        assert _update(path, source) == 2
        err = capsys.readouterr().err
        assert "cannot be reached" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with Directory.open(path) as laptop:
        assert _state(laptop) == before


@pytest.mark.parametrize("target", ["directory.sqlite", "metadata.json"])
def test_a_tampered_file_is_refused(served_v1, tmp_path, small_seed, key, capsys, target):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        path, before = laptop.path, _state(laptop)
    data = bytearray((served_v1.root / target).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (served_v1.root / target).write_bytes(bytes(data))
    if target == "metadata.json":  # never downloaded by laptops: the update goes ahead
        assert _update(path, served_v1.base) == 0
        return
    assert _update(path, served_v1.base) == 2
    assert "does not match its SHA-256" in capsys.readouterr().err
    with Directory.open(path) as laptop:
        assert _state(laptop) == before


def test_a_tampered_manifest_is_refused(served_v1, tmp_path, small_seed, key, capsys):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        path, before = laptop.path, _state(laptop)
    manifest = served_v1.root / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"records": 30', '"records": 31'), "utf-8")
    assert _update(path, served_v1.base) == 2
    assert "signature does not verify" in capsys.readouterr().err
    (served_v1.root / "manifest.json.sig").write_text("not a signature\n")
    assert _update(path, served_v1.base) == 2
    assert "signature" in capsys.readouterr().err
    with Directory.open(path) as laptop:
        assert _state(laptop) == before


def test_a_pack_signed_with_another_key_or_no_trusted_key_is_refused(served_v1, tmp_path, small_seed, capsys):
    other = tmp_path / "other.key"
    keys.generate(other)
    with open_laptop(tmp_path, small_seed) as laptop:
        path = laptop.path
        with pytest.raises(UpdateRefused, match="trusts no publisher key"):
            laptop.updates.check(served_v1.base)
        laptop.updates.trust_add(tmp_path / "other.key.pub")
        before = _state(laptop)
    assert _update(path, served_v1.base) == 2
    assert "which this directory does not trust" in capsys.readouterr().err
    with Directory.open(path) as laptop:
        assert _state(laptop) == before


def test_an_older_version_is_refused_as_a_downgrade(served_v1, curator, key, tmp_path, small_seed, capsys):
    old = tmp_path / "v1-copy"
    shutil.copytree(served_v1.root, old)
    curator_edits(curator, 2)
    curator.updates.publish(served_v1.root, key)
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        laptop.updates.apply(laptop.updates.check(served_v1.base))
        path, before = laptop.path, _state(laptop)
    for name in ("manifest.json", "manifest.json.sig", "directory.sqlite"):  # an attacker serves the old version
        shutil.copy(old / name, served_v1.root / name)
    assert _update(path, served_v1.base) == 2
    err = capsys.readouterr().err
    assert "refused as a downgrade" in err and "version 1" in err
    with Directory.open(path) as laptop:
        assert _state(laptop) == before


def test_another_pack_under_the_installed_version_is_refused_as_a_replay(
    served_v1, curator, key, tmp_path, small_seed, capsys
):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        laptop.updates.apply(laptop.updates.check(served_v1.base))
        path, before = laptop.path, _state(laptop)
    # a second series published elsewhere from the same version number, by the same key
    elsewhere = tmp_path / "elsewhere"
    curator_edits(curator, 3)
    curator.updates.publish(elsewhere, key)
    assert _update(path, str(elsewhere)) == 2
    assert "refused as a replay" in capsys.readouterr().err
    with Directory.open(path) as laptop:
        assert _state(laptop) == before


def test_dry_run_changes_nothing(served_v1, tmp_path, small_seed, key, capsys):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        path, before = laptop.path, _state(laptop)
    digest = _digest(path)
    assert _update(path, served_v1.base, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "1 new, 1 changed, 1 removed" in out and "dry run: nothing was changed" in out
    assert _digest(path) == digest
    with Directory.open(path) as laptop:
        assert _state(laptop) == before
        assert not [b for b in laptop.backups() if b.reason == "update"]


def test_user_data_survives_and_a_shortlisted_removed_facility_is_kept_as_withdrawn(
    served_v1, curator, key, tmp_path, small_seed
):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        laptop.set_note("fac-0011", "visited them in March")
        _, visit = laptop.create_shortlist("Visit", "for the delegation")
        laptop.add_to_shortlist(visit.id, ["fac-0011", "fac-0003"])
        laptop.save_search("Gent incubators", "kind:incubator Gent")
        laptop.delete_facilities(["fac-0020"])  # in the trash: the update must not bring it back
        mine = replace(laptop.facility("fac-0004"), id="user-my-lab", name="My Own Lab")
        laptop.save_facility(mine)
        last = laptop.facility("fac-0011")
        laptop.updates.apply(laptop.updates.check(served_v1.base))
        assert laptop.facility("fac-0011") is None  # out of the directory (and of searches)...
        assert [i.facility_id for i in laptop.shortlist_items(visit.id)] == ["fac-0011", "fac-0003"]  # ...not the list
        withdrawn = laptop.updates.withdrawn()
        assert list(withdrawn) == ["fac-0011"] and withdrawn["fac-0011"].facility == last
        assert withdrawn["fac-0011"].pack_version == 1
        assert laptop.note("fac-0011") == "visited them in March"
        assert [s.name for s in laptop.saved_searches()] == ["Gent incubators"]
        assert [t.facility.id for t in laptop.trash()] == ["fac-0020"] and laptop.facility("fac-0020") is None
        assert laptop.facility("user-my-lab").name == "My Own Lab"


def test_two_laptops_with_different_edits_update_from_one_pack(served_v1, curator, key, tmp_path, small_seed):
    """Each keeps its own edits; where the update changed the same field, a conflict waits for review."""
    with open_laptop(tmp_path, small_seed, "anna", key=key) as anna:
        anna.save_facility(replace(anna.facility("fac-0002"), phone="+32 9 111 11 11"))  # the update changes it too
        anna.save_facility(replace(anna.facility("fac-0006"), description="Anna's words"))
        anna_path = anna.path
    with open_laptop(tmp_path, small_seed, "ben", key=key) as ben:
        ben.save_facility(replace(ben.facility("fac-0007"), website="https://ben.example"))
        ben.save_facility(replace(ben.facility("fac-0011"), phone="+32 2 222 22 22"))  # the update removes it
        ben_path = ben.path
    assert _update(anna_path, served_v1.base) == 1
    assert _update(ben_path, served_v1.base) == 1
    published = {f.id: f for f in curator.facilities()}
    with Directory.open(anna_path) as anna:
        assert anna.facility("fac-0002").phone == "+32 9 111 11 11"  # hers, kept
        assert anna.facility("fac-0002").name == published["fac-0002"].name  # the field she did not touch follows
        assert anna.facility("fac-0006").description == "Anna's words"
        [conflict] = anna.override_conflicts()
        assert (conflict.facility_id, conflict.field, conflict.local, conflict.seed_now) == (
            "fac-0002",
            "phone",
            "+32 9 111 11 11",
            "+32 9 000 00 01",
        )
        anna.resolve_override_conflict("fac-0002", "phone", use_seed=True)  # the existing review flow settles it
        assert anna.facility("fac-0002") == published["fac-0002"]
    with Directory.open(ben_path) as ben:
        assert ben.facility("fac-0007").website == "https://ben.example"
        assert ben.facility("fac-0002") == published["fac-0002"]
        assert ben.facility("fac-0011").phone == "+32 2 222 22 22"  # removed upstream, kept as his own
        assert [(c.facility_id, c.removed) for c in ben.override_conflicts()] == [("fac-0011", True)]


def test_an_update_is_never_reverted_by_the_shipped_seed(served_v1, curator, key, tmp_path, small_seed):
    with open_laptop(tmp_path, small_seed, key=key) as laptop:
        laptop.updates.apply(laptop.updates.check(served_v1.base))
        path = laptop.path
    newer_seed = tmp_path / "newer-seed.csv"
    newer_seed.write_text(small_seed.read_text(encoding="utf-8").replace("Quote 1", "Quote one"), encoding="utf-8")
    with Directory.open(path, seed_file=newer_seed) as laptop:
        assert laptop.seed_report is None
        assert laptop.facilities() == curator.facilities()
