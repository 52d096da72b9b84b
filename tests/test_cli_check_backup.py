"""`directory-app check` and `directory-app backup`: the stable command-line contract."""

from __future__ import annotations

from directory_app.cli import main
from directory_app.directory import Directory


def test_check_healthy_database_exits_0(directory, capsys):
    directory.close()
    assert main(["check", "--db", str(directory.path)]) == 0
    assert "ok" in capsys.readouterr().err


def test_check_repairs_a_wrong_index_and_exits_1(directory, capsys):
    db = directory._db
    db.execute("DROP TRIGGER facilities_au")
    db.execute("UPDATE facilities SET name = 'Zzyzx' WHERE id = 'fac-0001'")
    db.conn.commit()
    directory.close()
    assert main(["--db", str(directory.path), "check"]) == 1
    err = capsys.readouterr().err
    assert "problems found, repaired" in err
    assert main(["check", "--db", str(directory.path)]) == 0  # repaired for good


def test_check_damaged_file_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert main(["check", "--db", str(bad)]) == 1
    assert "not repaired" in capsys.readouterr().err


def test_check_missing_file_exits_2_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "none.sqlite"
    assert main(["check", "--db", str(missing)]) == 2  # cannot be checked (cli docstring)
    assert not missing.exists()
    assert "does not exist" in capsys.readouterr().err


def test_backup_writes_a_copy_that_opens(directory, tmp_path, capsys):
    directory.set_note("fac-0002", "in the copy")
    out = tmp_path / "copies" / "copy.sqlite"
    assert main(["backup", "--db", str(directory.path), "-o", str(out)]) == 0
    with Directory.open(out, read_only=True) as copy:
        assert copy.count() == directory.count() and copy.note("fac-0002") == "in the copy"
    assert str(out) in capsys.readouterr().err


def test_backup_to_an_unwritable_place_exits_1(directory, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["backup", "--db", str(directory.path), "-o", str(blocker / "sub" / "copy.sqlite")]) == 1
