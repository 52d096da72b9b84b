"""No command writes over the database, its journal, a backup or its own input (exit 2, every byte kept)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.domain.output_paths import folder_is_case_insensitive

SPREADSHEET = (
    "Naam;Soort;Gemeente;Postcode;Land;Breedtegraad;Lengtegraad;Website;Diensten\n"
    "Bio Incubator Gent;Incubator;Gent;9052;België;51,0236;3,7100;www.bioincubator-gent.be;Labruimte\n"
    "Nowhere Lab;Incubator;Paris;75001;France;;;;\n"
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _only_sqlite_wrote(path: Path) -> bool:
    """The file is absent, or holds what SQLite keeps there (not an export, not a copy of the database)."""
    return not path.exists() or not path.read_bytes().startswith((b"\xef\xbb\xbf", b"ID,", b"SQLite format 3\x00"))


@pytest.fixture
def db(tmp_path, small_seed) -> Path:
    path = tmp_path / "work" / "directory.sqlite"
    path.parent.mkdir()
    Directory.open(path, seed_file=small_seed).close()
    assert main(["--db", str(path), "info"]) == 0  # the daily backup is made: the file is settled
    return path


def _assert_refused(capsys, db: Path, argv: list[str], reason: str) -> None:
    before = _digest(db)
    with Directory.open(db, read_only=True) as directory:
        count = directory.count()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "refusing to write to" in err.lower() and reason in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert _digest(db) == before
    with Directory.open(db, read_only=True) as reopened:
        assert reopened.count() == count and reopened.check() == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "geojson", "html", "pdf"])
def test_export_onto_the_database_is_refused(db, capsys, fmt):
    argv = ["--db", str(db), "export", "--format", fmt, "--query", "", "-o", str(db)]
    _assert_refused(capsys, db, argv, "it is the open database")


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_export_onto_the_database_journal_is_refused(db, capsys, suffix):
    target = db.with_name(db.name + suffix)
    argv = ["--db", str(db), "export", "--format", "csv", "--query", "", "-o", str(target)]
    _assert_refused(capsys, db, argv, "belongs to the open database")
    assert _only_sqlite_wrote(target)


def test_export_onto_a_symlink_or_a_dotdot_path_to_the_database_is_refused(db, tmp_path, capsys):
    link = tmp_path / "link.sqlite"
    link.symlink_to(db)
    argv = ["--db", str(db), "export", "--format", "csv", "--query", "", "-o", str(link)]
    _assert_refused(capsys, db, argv, "it is the open database")
    assert link.is_symlink()
    (tmp_path / "other").mkdir()
    dotdot = tmp_path / "other" / ".." / "work" / "directory.sqlite"
    argv = ["--db", str(db), "export", "--format", "xlsx", "--query", "", "-o", str(dotdot)]
    _assert_refused(capsys, db, argv, "it is the open database")
    # and the database named through a symlink, written to by its real name
    argv = ["--db", str(link), "export", "--format", "csv", "--query", "", "-o", str(db)]
    _assert_refused(capsys, db, argv, "it is the open database")


def test_export_onto_a_differently_cased_path_is_refused_where_case_does_not_count(db, capsys):
    if not folder_is_case_insensitive(db.parent):
        pytest.skip(f"the file system of {db.parent} is case-sensitive: DIRECTORY.SQLITE is another file there")
    target = db.with_name(db.name.upper())
    argv = ["--db", str(db), "export", "--format", "csv", "--query", "", "-o", str(target)]
    _assert_refused(capsys, db, argv, "it is the open database")


def test_export_onto_a_backup_is_refused(db, capsys):
    with Directory.open(db, read_only=True) as directory:
        backup = directory.backups()[0].path
    kept = _digest(backup)
    argv = ["--db", str(db), "export", "--format", "csv", "--query", "", "-o", str(backup)]
    _assert_refused(capsys, db, argv, "it is in the backup folder")
    assert _digest(backup) == kept


def test_export_into_a_folder_path_is_refused(db, tmp_path, capsys):
    argv = ["--db", str(db), "export", "--format", "csv", "--query", "", "-o", str(tmp_path)]
    _assert_refused(capsys, db, argv, "it is a folder")


def test_backup_onto_the_database_or_its_journal_is_refused(db, capsys):
    _assert_refused(capsys, db, ["backup", "--db", str(db), "-o", str(db)], "it is the open database")
    wal = db.with_name(db.name + "-wal")
    _assert_refused(capsys, db, ["backup", "--db", str(db), "-o", str(wal)], "belongs to the open database")
    assert _only_sqlite_wrote(wal)


def test_import_rejected_naming_the_input_is_refused_before_anything_is_imported(db, tmp_path, capsys):
    source = tmp_path / "leden.csv"
    source.write_bytes(SPREADSHEET.encode("utf-8"))
    kept = _digest(source)
    argv = ["--db", str(db), "import", str(source), "--accept-partial", "--rejected", str(source)]
    _assert_refused(capsys, db, argv, "it is the file being imported")
    assert _digest(source) == kept
    # the input spelled another way
    argv = ["--db", str(db), "import", str(source), "--rejected", str(tmp_path / "." / "leden.csv")]
    _assert_refused(capsys, db, argv, "it is the file being imported")
    assert _digest(source) == kept
    # and the rejected rows onto the database itself
    _assert_refused(capsys, db, ["--db", str(db), "import", str(source), "--rejected", str(db)], "open database")


def test_a_good_target_still_works(db, tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert main(["--db", str(db), "export", "--format", "csv", "--query", "", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("ID,Name,")
    assert main(["backup", "--db", str(db), "-o", str(tmp_path / "copy.sqlite")]) == 0


def _functions(path: Path):
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
            names |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            yield node.name, names


def test_every_output_option_and_save_dialog_goes_through_the_guard():
    """A newcomer adding a command or dialog that writes a file a user named meets this test, not a lost database."""
    package = Path(__file__).resolve().parents[1] / "directory_app"
    guarded = {"guard_output", "guarded_output", "backup_to", "export_rejected", "export_shortlist_file"}
    unguarded = []
    for name, used in _functions(package / "cli.py"):
        if used & {"output", "rejected"} and not used & guarded:
            unguarded.append(f"cli.py:{name}")
    not_outputs = {("dialogs.py", "open_file"), ("dialogs.py", "save_file"), ("preferences.py", "_browse_database")}
    for module in sorted((package / "qt").rglob("*.py")):
        for name, used in _functions(module):
            if used & {"save_file", "getSaveFileName"} and (module.name, name) not in not_outputs:
                if not used & {"guarded_output", "guard_output"}:
                    unguarded.append(f"{module.name}:{name}")
    assert unguarded == [], "these write a file the user named without the output-path guard"


def test_journal_files_of_a_database_opened_through_a_symlink_are_refused(tmp_path, capsys):
    """SQLite names the -wal after the link's target: that file is protected too (found by an attack)."""
    real = tmp_path / "w.sqlite"
    assert main(["--db", str(real), "info"]) == 0
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    for command in (
        ["export", "--format", "csv", "--query", "", "-o", str(tmp_path / "w.sqlite-wal")],
        ["backup", "-o", str(tmp_path / "w.sqlite-shm")],
    ):
        capsys.readouterr()
        assert main(["--db", str(link), *command]) == 2
        assert "belongs to the open database" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_a_device_or_a_pipe_is_never_replaced_by_a_file(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in ("/dev/null", str(fifo)):
        capsys.readouterr()
        assert main(["--db", db, "export", "--format", "csv", "--query", "", "-o", target]) == 2
        assert "not a regular file" in capsys.readouterr().err
    assert Path("/dev/null").is_char_device() and fifo.is_fifo()
    capsys.readouterr()
    assert main(["--db", db, "export", "--format", "csv", "--query", "", "-o", str(tmp_path) + "/"]) == 2
