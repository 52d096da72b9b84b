"""`--db PATH` (and `--read-only`) before or after any command, nested `shortlist` actions included.

The contract (cli docstring, README "Command line"): the options may stand before the command,
after it, or both; when given more than once the last one on the command line wins.
"""

from __future__ import annotations

import argparse
import csv
import json

import pytest

from directory_app.cli import build_parser, main
from directory_app.directory import Directory
from tests.fixtures.shipped_seed import shipped_count


def _parsers(parser: argparse.ArgumentParser, path: str = "") -> list[tuple[str, argparse.ArgumentParser]]:
    """Every (sub)parser of ``parser`` with its command path, nested ones included."""
    found = [(path or "directory-app", parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _parsers(sub, f"{path} {name}".strip())
    return found


def test_every_command_and_action_takes_db_and_read_only():
    parsers = _parsers(build_parser())
    names = {name for name, _ in parsers}
    assert {"info", "search", "shortlist", "shortlist show", "export", "check", "backup", "import"} <= names
    for name, parser in parsers:
        options = {o for a in parser._actions for o in a.option_strings}
        assert {"--db", "--read-only"} <= options, name


@pytest.fixture
def db(tmp_path) -> str:
    """A directory file made from the shipped seed , as a user's would be."""
    path = str(tmp_path / "cli.sqlite")
    assert main(["--db", path, "info"]) == 0
    return path


@pytest.fixture
def ids(db) -> list[str]:
    with Directory.open(db, read_only=True) as d:
        return [f.id for f in d.facilities()][:2]


def test_info_and_search_take_db_after_the_command(db, capsys):
    assert main(["info", "--db", db, "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["path"] == db and info["facilities"] == shipped_count()
    assert main(["search", "kind:incubator", "--db", db, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == info["kinds"]["incubator"] > 0


def test_shortlist_actions_take_db_after_the_action(db, ids, capsys):
    assert main(["shortlist", "create", "Visit", "--db", db]) == 0
    assert main(["shortlist", "add", "Visit", *ids, "--db", db]) == 0
    assert main(["shortlist", "remove", "Visit", ids[1], "--db", db]) == 0
    assert main(["shortlist", "--db", db, "list", "--format", "json"]) == 0  # between command and action
    assert json.loads(capsys.readouterr().out) == [{"name": "Visit", "purpose": "", "count": 1}]
    assert main(["shortlist", "show", "Visit", "--db", db, "--format", "json"]) == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)["items"]] == ids[:1]
    with Directory.open(db, read_only=True) as d:
        assert [s.name for s in d.shortlists()] == ["Visit"]


def test_export_check_backup_import_take_db_after_the_command(db, tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "--query", "", "-o", str(out), "--db", db]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == shipped_count()
    assert main(["check", "--db", db]) == 0
    copy = tmp_path / "copy.sqlite"
    assert main(["backup", "-o", str(copy), "--db", db]) == 0
    with Directory.open(copy, read_only=True) as d:
        assert d.count() == shipped_count()
    assert main(["import", str(out), "--dry-run", "--db", db, "--format", "json"]) == 0


def test_the_later_db_wins_and_the_earlier_file_is_not_created(db, tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere.sqlite"
    assert main(["--db", str(elsewhere), "info", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == db
    assert not elsewhere.exists()
    assert main(["--db", db, "info", "--db", db, "--format", "json"]) == 0  # the same twice is fine
    assert json.loads(capsys.readouterr().out)["path"] == db
    assert main(["shortlist", "--db", str(elsewhere), "list", "--db", db]) == 0  # nested: the action's wins
    assert not elsewhere.exists()


def test_read_only_after_the_command(db, capsys):
    assert main(["info", "--read-only", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["read_only"] is True
    assert main(["shortlist", "create", "Visit", "--db", db, "--read-only"]) != 0
    with Directory.open(db, read_only=True) as d:
        assert d.shortlists() == []


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_search_limit_says_how_many_are_shown_of_how_many(db, fmt, capsys):
    with Directory.open(db, read_only=True) as d:
        total = d.search("kind:incubator").count
    assert total > 3
    assert main(["search", "kind:incubator", "--limit", "3", "--format", fmt, "--db", db]) == 0
    out, err = capsys.readouterr()
    assert f"3 shown of {total} facilities" in err
    assert "shown of" not in out  # stdout holds the rows only
    if fmt == "json":
        assert len(json.loads(out)) == 3  # the same array as without --limit, only shorter
    elif fmt == "csv":
        assert len(list(csv.DictReader(out.splitlines()))) == 3
    else:
        lines = out.strip().splitlines()
        assert len(lines) == 1 + 3  # the header and three rows


def test_search_without_a_cut_says_only_the_count(db, capsys):
    assert main(["search", "kind:incubator", "--limit", "500", "--format", "json", "--db", db]) == 0
    out, err = capsys.readouterr()
    assert f"{len(json.loads(out))} facilities" in err and "shown of" not in err
