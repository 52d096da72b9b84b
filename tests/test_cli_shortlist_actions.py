"""`directory-app shortlist set|rename|delete|import`, and `remove` of an id that is not on the list."""

from __future__ import annotations

import json

import pytest

from directory_app.cli import main
from directory_app.directory import Directory

A, B, C = "biopartner-center-leiden", "necstgen-mirai-house-leiden-bio-science-park", "no-such-facility"


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "d.sqlite")
    assert main(["--db", path, "shortlist", "create", "Visit", "--purpose", "Boston delegation"]) == 0
    assert main(["--db", path, "shortlist", "add", "Visit", A, B]) == 0
    capsys.readouterr()
    return path


def items(db: str, capsys, name: str = "Visit") -> dict[str, dict]:
    capsys.readouterr()
    assert main(["--db", db, "shortlist", "show", name, "--format", "json"]) == 0
    return {row["id"]: row for row in json.loads(capsys.readouterr().out)["items"]}


def test_set_changes_status_rank_and_notes_and_leaves_the_rest(db, capsys):
    assert main(["--db", db, "shortlist", "set", "Visit", A, "--status", "contacted", "--rank", "2",
                 "--note", "call Anna", "--recipient-note", "Ask for the tour"]) == 0  # fmt: skip
    assert main(["--db", db, "shortlist", "set", "Visit", A, "--status", "visited"]) == 0
    row = items(db, capsys)[A]
    assert (row["status"], row["rank"], row["note"], row["recipient_note"]) == (
        "visited",
        2,
        "call Anna",
        "Ask for the tour",
    )
    assert main(["--db", db, "shortlist", "set", "Visit", A, "--rank", "none", "--note", ""]) == 0
    row = items(db, capsys)[A]
    assert row["rank"] is None and row["note"] == "" and row["recipient_note"] == "Ask for the tour"


@pytest.mark.parametrize(
    "extra, code, message",
    [
        (["--status", "maybe"], 2, "invalid choice"),
        (["--rank", "0"], 2, "not a rank"),
        ([], 2, "nothing to set"),
    ],
)
def test_set_refuses_bad_values_with_a_reason(db, capsys, extra, code, message):
    with pytest.raises(SystemExit) as raised:
        code_ = main(["--db", db, "shortlist", "set", "Visit", A, *extra])
        raise SystemExit(code_)
    assert raised.value.code == code and message in capsys.readouterr().err
    assert items(db, capsys)[A]["status"] == "candidate"


def test_set_of_a_facility_not_on_the_list_or_an_unknown_list_fails(db, capsys):
    assert main(["--db", db, "shortlist", "set", "Visit", C, "--status", "visited"]) == 1
    assert f"{C} is not on 'Visit'" in capsys.readouterr().err
    assert main(["--db", db, "shortlist", "set", "Nope", A, "--status", "visited"]) == 1
    assert "no shortlist called 'Nope'" in capsys.readouterr().err


def test_remove_of_an_id_not_on_the_list_fails_like_add_and_removes_nothing(db, capsys):
    assert main(["--db", db, "shortlist", "remove", "Visit", A, C]) == 1
    assert f"no facility with id {C} (nothing removed)" in capsys.readouterr().err
    assert main(["--db", db, "shortlist", "create", "Other"]) == 0
    assert main(["--db", db, "shortlist", "remove", "Other", A]) == 1
    assert f"not on 'Other': {A}" in capsys.readouterr().err
    assert set(items(db, capsys)) == {A, B}
    assert main(["--db", db, "shortlist", "remove", "Visit", A]) == 0
    assert set(items(db, capsys)) == {B}


def test_rename_keeps_the_items_and_refuses_a_taken_name(db, capsys):
    assert main(["--db", db, "shortlist", "create", "Other"]) == 0
    assert main(["--db", db, "shortlist", "rename", "Visit", "other"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["--db", db, "shortlist", "rename", "visit", "Boston trip"]) == 0
    assert set(items(db, capsys, "Boston trip")) == {A, B}
    assert main(["--db", db, "shortlist", "show", "Visit"]) == 1


def test_delete_needs_yes(db, capsys):
    assert main(["--db", db, "shortlist", "delete", "Visit"]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert set(items(db, capsys)) == {A, B}
    assert main(["--db", db, "shortlist", "delete", "Visit", "--yes"]) == 0
    assert main(["--db", db, "shortlist", "show", "Visit"]) == 1
    with Directory.open(db) as directory:
        assert directory.facility(A) is not None  # the facilities stay


def test_import_merges_keeps_local_values_and_lists_what_differs(db, capsys, tmp_path):
    colleague = tmp_path / "colleague.sqlite"
    share = tmp_path / "visit.shortlist.json"
    with Directory.open(colleague) as other:
        _, visit = other.create_shortlist("Visit", "Boston delegation")
        other.add_to_shortlist(visit.id, [B, "biotech-campus-delft"])
        other.set_shortlist_item(visit.id, B, status="excluded")
        other.export_shortlist_file(visit.id, share, include_private=True)
    assert main(["--db", db, "shortlist", "set", "Visit", B, "--status", "contacted"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "shortlist", "import", str(share)]) == 1
    err = capsys.readouterr().err
    assert "1 facilities added" in err and f"{B} status: kept 'contacted', file has 'excluded'" in err
    listed = items(db, capsys)
    assert list(listed) == [A, B, "biotech-campus-delft"] and listed[B]["status"] == "contacted"
    assert main(["--db", db, "shortlist", "import", str(share)]) == 1  # same differences, nothing added twice
    assert len(items(db, capsys)) == 3


def test_import_of_a_bad_or_missing_file_is_refused(db, capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["--db", db, "shortlist", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("directory-app: not imported:") and "Traceback" not in err and len(err.splitlines()) == 1
    assert main(["--db", db, "shortlist", "import", str(tmp_path / "missing.json")]) == 2
    assert "no such file" in capsys.readouterr().err
