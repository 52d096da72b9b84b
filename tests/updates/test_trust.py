"""`trust add|remove|list`: publisher keys are kept in the database they apply to."""

from __future__ import annotations

import json

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.updates import keys


def test_trust_add_list_remove(tmp_path, key, capsys):
    db = tmp_path / "laptop.sqlite"
    public = key.with_name("curator.key.pub")
    key_id = keys.key_id(keys.load_public(public))
    assert main(["--db", str(db), "trust", "add", str(public)]) == 0
    assert f"trusted: key {key_id}" in capsys.readouterr().err
    assert main(["--db", str(db), "trust", "add", str(public)]) == 0
    assert "already trusted" in capsys.readouterr().err
    assert main(["--db", str(db), "trust", "list", "--format", "json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["key_id"] == key_id and listed["label"] == "curator.key.pub"
    other = tmp_path / "other.sqlite"
    assert main(["--db", str(other), "trust", "list"]) == 0 and capsys.readouterr().out == ""  # per database
    assert main(["--db", str(db), "trust", "remove", key_id]) == 0
    assert main(["--db", str(db), "trust", "remove", str(public)]) == 1
    assert "not a trusted key" in capsys.readouterr().err
    with Directory.open(db) as d:
        assert d.updates.trusted() == []


def test_a_private_key_or_another_file_is_not_trusted(tmp_path, key, capsys):
    db = tmp_path / "laptop.sqlite"
    Directory.open(db).close()
    junk = tmp_path / "junk.pub"
    junk.write_text("directory-app-ed25519 AAAA not-a-key\n")
    changed = tmp_path / "changed.pub"
    words = key.with_name("curator.key.pub").read_text().split()
    changed.write_text(f"{words[0]} {words[1]} 0000000000000000\n")
    for bad, why in ((key, "is a private key"), (junk, "not 32 bytes"), (changed, "does not match the key")):
        capsys.readouterr()
        assert main(["--db", str(db), "trust", "add", str(bad)]) == 2
        err = capsys.readouterr().err
        assert why in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with Directory.open(db) as d:
        assert d.updates.trusted() == []
