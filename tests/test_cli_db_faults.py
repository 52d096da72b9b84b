"""The command line under database faults (issue 13): damaged files, locks, concurrent writers, odd paths.

Contract (cli docstring, README): every command exits 2 with a one-line reason on stderr, never a
traceback, when the database is damaged, busy or cannot be used; ``check`` exits 0 healthy,
1 damaged (problems found), 2 cannot be checked (missing, unreadable, not a directory file).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from directory_app.cli import main
from directory_app.db import connection
from directory_app.directory import Directory
from tests.fixtures.damaged import break_table, pad

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "directory_app", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


def _no_traceback(err: str) -> None:
    assert "Traceback" not in err and "sqlite3." not in err, err


@pytest.fixture
def damaged(directory, monkeypatch):
    """A directory file whose facilities table is broken, treated as over the quick-check size."""
    directory.backup("manual")
    newest = directory.backups()[0].path
    directory.close()
    break_table(directory.path)
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)
    return directory.path, newest


COMMANDS = [
    ["info"],
    ["--read-only", "info"],
    ["search", "bio"],
    ["shortlist", "list"],
    ["export", "--format", "csv", "--query", "", "-o", "{tmp}/out.csv"],
    ["import", "{tmp}/in.csv"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_damaged_large_database_every_command_exits_2_with_the_reason(damaged, tmp_path, capsys, command):
    path, newest = damaged
    (tmp_path / "in.csv").write_text("Name,Kind,City,Country\nNew Lab,Incubator,Gent,BE\n", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    assert main(["--db", str(path), *args]) == 2
    err = capsys.readouterr().err
    _no_traceback(err)
    assert "damaged" in err and "malformed" in err
    assert "directory-app check" in err and str(newest) in err
    assert not (tmp_path / "out.csv").exists()


def test_check_reports_damage_past_the_quick_check_size_and_names_the_newest_backup(damaged, capsys):
    path, newest = damaged
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    _no_traceback(err)
    assert "damaged" in err and str(newest) in err
    assert main(["--read-only", "check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    _no_traceback(err)
    assert str(newest) in err


def test_check_names_the_newest_good_backup_not_a_newer_damaged_copy(damaged, capsys):
    from datetime import datetime, timedelta

    from sqlite_utils import Database

    from directory_app import config
    from directory_app.db import backups

    path, newest_good = damaged
    db = Database(path)
    backups.make_backup(db, config.default_backup_folder(), path, "daily", now=datetime.now() + timedelta(minutes=1))
    db.close()
    assert Directory.newest_backup(path).path == newest_good
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    _no_traceback(err)
    assert f"the newest good backup is {newest_good}" in err and ".damaged." not in err


def test_commands_that_back_up_a_damaged_database_warn_on_stderr(directory, tmp_path, capsys, monkeypatch):
    directory.close()
    break_table(directory.path, "user_trash")  # damage that `info` does not read
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)
    assert main(["--db", str(directory.path), "info"]) == 0  # the daily backup is made on opening
    err = capsys.readouterr().err
    _no_traceback(err)
    assert "warning:" in err and "damaged" in err and "directory-app check" in err
    with Directory.open(directory.path, read_only=True) as d:
        total = d.count()
    (tmp_path / "in.csv").write_text("Name,Kind,City,Country\nNew Lab,Incubator,Gent,BE\n", encoding="utf-8")
    assert main(["--db", str(directory.path), "import", str(tmp_path / "in.csv")]) == 2  # refused: no sound way back
    err = capsys.readouterr().err
    _no_traceback(err)
    assert "damaged" in err and "directory-app check" in err
    with Directory.open(directory.path, read_only=True) as d:
        assert d.count() == total  # nothing was imported
    copy = tmp_path / "copy.sqlite"
    assert main(["--db", str(directory.path), "backup", "-o", str(copy)]) == 1  # written, but damaged: a finding
    err = capsys.readouterr().err
    _no_traceback(err)
    assert copy.exists() and "warning:" in err and "damaged" in err


def test_real_65_mb_damaged_file_through_the_command_line(directory, tmp_path):
    directory.close()
    pad(directory.path, 65)
    break_table(directory.path)
    assert directory.path.stat().st_size > connection.QUICK_CHECK_MAX_BYTES
    info = _run("--db", str(directory.path), "info")
    assert info.returncode == 2, info.stderr
    _no_traceback(info.stderr)
    assert "damaged" in info.stderr
    check = _run("check", "--db", str(directory.path))
    assert check.returncode == 1, check.stderr
    _no_traceback(check.stderr)
    assert "malformed" in check.stderr or "damaged" in check.stderr


# check's exit codes ----------------------------------------------------------------------------


def test_check_exit_codes_follow_one_contract(directory, tmp_path, capsys):
    directory.close()
    assert main(["check", "--db", str(directory.path)]) == 0
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(directory.path.read_bytes())
    break_table(broken)
    assert main(["check", "--db", str(broken)]) == 1  # ours, damaged: problems found
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"\x00\x01 not a database at all" * 50)
    for path in (foreign, garbage, tmp_path / "missing.sqlite"):
        capsys.readouterr()
        assert main(["check", "--db", str(path)]) == 2, path  # cannot be checked: not a directory file
        _no_traceback(capsys.readouterr().err)


# writers: BEGIN IMMEDIATE, no immutable reads --------------------------------------------------


def _import_file(path: Path, prefix: str, n: int) -> Path:
    rows = [f"{prefix} Lab {i},Incubator,Gent,BE,https://{prefix.lower()}{i}.example" for i in range(n)]
    path.write_text("Name,Kind,City,Country,Website\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_two_concurrent_imports_into_one_file_both_succeed(directory, tmp_path):
    directory.close()
    files = [_import_file(tmp_path / f"{p}.csv", p, 400) for p in ("Alpha", "Beta", "Gamma")]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "directory_app", "--db", str(directory.path), "import", str(f)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    results = [(p.wait(timeout=180), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert [code for code, _ in results] == [0, 0, 0], results
    with Directory.open(directory.path, read_only=True) as d:
        names = {f.name for f in d.facilities()}
    for prefix in ("Alpha", "Beta", "Gamma"):
        assert {f"{prefix} Lab {i}" for i in range(400)} <= names


HOLD_EXCLUSIVE = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE facilities SET source_quote = 'mid-write ' || hex(randomblob(2000))")
    conn.execute("UPDATE facilities SET name = name || ' (renamed)'")
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
    """
)


def test_healthy_file_under_an_exclusive_writer_is_busy_never_damaged(directory, tmp_path, capsys, monkeypatch):
    directory.close()
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.5)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_EXCLUSIVE, str(directory.path), "30"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        copy = tmp_path / "copy.sqlite"
        for args in (
            ["--read-only", "info"],
            ["info"],
            ["--read-only", "check"],
            ["check"],
            ["backup", "-o", str(copy)],
        ):
            code = main(["--db", str(directory.path), *args])
            err = capsys.readouterr().err
            assert code == 2, (args, err)
            assert "busy" in err and "damaged" not in err and "problem" not in err, (args, err)
            _no_traceback(err)
        assert not copy.exists()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert main(["check", "--db", str(directory.path)]) == 0


# messages ---------------------------------------------------------------------------------------


def test_schema_message_is_true_when_the_version_is_not_newer(directory, capsys):
    directory.close()
    conn = sqlite3.connect(directory.path)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["directory_app", "9999_from_another_build", "2030-01-01"],
    )
    conn.commit()
    conn.close()
    assert main(["--db", str(directory.path), "info"]) == 2
    err = capsys.readouterr().err
    assert "9999_from_another_build" in err
    assert f"up to {version}" not in err and "is newer" not in err


def test_schema_message_names_both_versions_when_newer(directory, capsys):
    directory.close()
    conn = sqlite3.connect(directory.path)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    assert main(["--db", str(directory.path), "info"]) == 2
    err = capsys.readouterr().err
    assert f"schema 99 is newer than this version's {version}" in err


def test_db_under_a_file_says_the_parent_is_not_a_folder(tmp_path, capsys):
    blocker = tmp_path / "hostname"
    blocker.write_text("box\n")
    assert main(["--db", str(blocker / "x.db"), "info"]) == 2
    err = capsys.readouterr().err
    assert "File exists" not in err and f"{blocker} is not a folder" in err
    assert blocker.read_text() == "box\n"


def test_empty_file_named_by_the_user_is_refused_not_filled(tmp_path, capsys):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    for args in (["info"], ["--read-only", "info"], ["shortlist", "list"]):
        assert main(["--db", str(empty), *args]) == 2
        err = capsys.readouterr().err
        assert "empty" in err and "0 bytes" in err
        _no_traceback(err)
    assert main(["check", "--db", str(empty)]) == 2
    assert empty.stat().st_size == 0


def test_read_only_folder_opens_without_locks_only_when_nobody_can_write(
    tmp_path, small_seed, immutable, monkeypatch, capsys
):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "dir.sqlite"
    Directory.open(path, seed_file=small_seed, daily_backup=False).close()
    immutable(folder)  # no -shm can be made here, and no writer can start: immutable reads are safe
    assert main(["--db", str(path), "--read-only", "info"]) == 0
    capsys.readouterr()
    # where another program might still write the file, it is refused rather than read without locks
    monkeypatch.setattr(connection, "nobody_can_write", lambda p: False)
    assert main(["--db", str(path), "--read-only", "info"]) == 2
    err = capsys.readouterr().err
    assert "Copy it to a writable folder" in err and "damaged" not in err


def test_a_damage_report_on_several_lines_is_printed_on_one(tmp_path, capsys):
    """SQLite's quick check reports damage on several lines; stderr gets one (found by an attack)."""
    import random
    import sqlite3

    path = tmp_path / "seeded.sqlite"
    assert main(["--db", str(path), "info"]) == 0  # the shipped seed
    capsys.readouterr()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    page_size, pages = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
    conn.close()
    noise = random.Random(1)
    report = "ok"
    for page in range(pages // 2, pages):  # 200 random bytes inside a page, until SQLite reports several lines
        with path.open("r+b") as fh:
            fh.seek(page * page_size)
            original = fh.read(page_size)
            fh.seek(page * page_size + 100)
            fh.write(bytes(noise.randrange(256) for _ in range(200)))
        conn = sqlite3.connect(path)
        try:
            report = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError:  # a page the check itself needs: not the several-line report sought
            report = "ok"
        finally:
            conn.close()
        if "\n" in report:
            break
        with path.open("r+b") as fh:
            fh.seek(page * page_size)
            fh.write(original)
    assert "\n" in report  # the case this test is about
    assert main(["--db", str(path), "info"]) == 2
    err = capsys.readouterr().err
    _no_traceback(err)
    assert "damaged" in err and err.strip().count("\n") == 0, err


def test_a_db_path_ending_in_a_slash_is_refused_not_made_a_file(tmp_path, capsys):
    folder = tmp_path / "newdir"
    with pytest.raises(SystemExit) as stop:
        main(["--db", f"{folder}/", "info"])
    assert stop.value.code == 2
    assert "names a folder" in capsys.readouterr().err
    assert not folder.exists()
