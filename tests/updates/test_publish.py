"""keygen and publish: key files, the pack (no user data, read back by sqlite3), the signed manifest, the
incremental file, and the output-path guard."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import sqlite3
import stat

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.updates import keys
from tests.updates.conftest import curator_edits


def _manifest(folder):
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_keygen_writes_a_private_key_only_its_owner_reads_and_a_public_key_with_its_id(tmp_path, capsys):
    target = tmp_path / "curator.key"
    assert main(["keygen", "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    line = (tmp_path / "curator.key.pub").read_text(encoding="ascii").split()
    raw = base64.b64decode(line[1])
    assert line[0] == "directory-app-ed25519" and len(raw) == 32
    assert line[2] == hashlib.sha256(raw).hexdigest()[:16]
    assert line[2] in capsys.readouterr().err
    # never over an existing key
    before = target.read_bytes()
    assert main(["keygen", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "exists already" in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == before
    assert main(["keygen", "-o", str(tmp_path) + "/"]) == 2


def test_publish_writes_a_signed_pack_without_user_data(curator, key, tmp_path, capsys):
    curator.set_note("fac-0001", "PRIVATE NOTE do not publish")
    _, shortlist = curator.create_shortlist("Secret visit", "PRIVATE PURPOSE")
    curator.add_to_shortlist(shortlist.id, ["fac-0001"])
    curator.save_search("PRIVATE SEARCH", "kind:incubator")
    out = tmp_path / "published"
    assert main(["--db", str(curator.path), "publish", "-o", str(out), "--key", str(key), "--notes", "First"]) == 0
    assert "version 1" in capsys.readouterr().err
    manifest = _manifest(out)
    assert manifest["format_version"] == 1 and manifest["version"] == 1 and manifest["records"] == 30
    assert manifest["notes"] == "First" and manifest["published"].endswith("Z")
    raw_public = keys.load_public(key.with_name("curator.key.pub"))
    assert manifest["publisher_key"] == keys.key_id(raw_public)
    for entry in manifest["files"]:
        data = (out / entry["name"]).read_bytes()
        assert len(data) == entry["size"] and hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert {e["role"] for e in manifest["files"]} == {"pack", "metadata"}
    signature = base64.b64decode((out / "manifest.json.sig").read_bytes())
    assert keys.verifies(raw_public, signature, (out / "manifest.json").read_bytes())
    assert not keys.verifies(raw_public, signature, (out / "manifest.json").read_bytes() + b" ")
    # the pack: plain SQLite, the facilities and nothing of the user's
    pack = out / "directory.sqlite"
    conn = sqlite3.connect(pack)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not any(t.startswith("user_") for t in tables)
    assert {"facilities", "vocabulary", "pack_info", "facilities_fts"} <= tables
    assert conn.execute("SELECT count(*) FROM facilities").fetchone()[0] == 30
    services = json.loads(conn.execute("SELECT services FROM facilities WHERE id = 'fac-0001'").fetchone()[0])
    assert services == list(curator.facility("fac-0001").services)
    hits = conn.execute(
        "SELECT f.id FROM facilities_fts JOIN facilities f ON f.rowid = facilities_fts.rowid "
        "WHERE facilities_fts MATCH ?",
        [curator.facility("fac-0003").name.split()[0]],
    ).fetchall()
    assert ("fac-0003",) in hits
    conn.close()
    assert b"PRIVATE" not in pack.read_bytes()
    meta = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    assert meta["title"] and meta["license"] and meta["source"]
    assert "facilities" in meta["databases"]["directory"]["tables"]


def test_a_second_publish_is_the_next_version_with_an_incremental_file(curator, key, tmp_path):
    out = tmp_path / "published"
    curator.updates.publish(out, key)
    curator_edits(curator)
    manifest = curator.updates.publish(out, key, notes="Round 1")
    assert manifest.version == 2 and manifest.records == 30  # one added, one deleted
    entry = manifest.file("changes")
    assert entry is not None and entry.name == "changes-1-2.json.gz" and entry.base == 1
    change = json.loads(gzip.decompress((out / entry.name).read_bytes()))
    assert [r["id"] for r in change["added"]] == ["new-site-1"]
    assert change["removed"] == ["fac-0011"]
    assert change["changed"] == [
        {"id": "fac-0002", "fields": {"name": curator.facility("fac-0002").name, "phone": "+32 9 000 00 01"}}
    ]
    assert entry.size < manifest.file("pack").size / 20
    assert _manifest(out)["version"] == 2


def test_publish_into_the_folder_of_the_database_named_like_the_pack_is_refused(tmp_path, small_seed, key, capsys):
    work = tmp_path / "work"
    work.mkdir()
    db = work / "directory.sqlite"
    Directory.open(db, seed_file=small_seed).close()
    before = db.read_bytes()
    assert main(["--db", str(db), "publish", "-o", str(work), "--key", str(key)]) == 2
    err = capsys.readouterr().err
    assert "refusing to write to" in err.lower() and "it is the open database" in err
    assert len(err.strip().splitlines()) == 1
    assert db.read_bytes() == before and not (work / "manifest.json").exists()


def test_publish_with_a_public_key_or_no_key_is_refused(curator, key, tmp_path, capsys):
    out = tmp_path / "published"
    for bad in (key.with_name("curator.key.pub"), tmp_path / "missing.key"):
        assert main(["--db", str(curator.path), "publish", "-o", str(out), "--key", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("directory-app: ") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (out / "manifest.json").exists()
