"""The GUI's first rows read with the standard library alone: the same rows, in the same order, as
the directory's own search for everything; ``None`` (the usual opening decides) on any unusual file."""

from __future__ import annotations

import sqlite3

import pytest

from directory_app.db.first_page import read_first_page


def test_the_first_page_is_the_first_page_of_an_empty_search(seeded_directory):
    result = seeded_directory.search("")
    expected = seeded_directory.facilities(list(result.page(0, 20)))
    path = seeded_directory.path

    first = read_first_page(path, limit=20)

    assert first is not None
    assert first.total == seeded_directory.count() == result.count
    assert list(first.facilities) == expected  # every field, the vocabulary lists and dates too


@pytest.mark.parametrize(("key", "descending"), [("city", True), ("kind", False), ("verified_on", True)])
def test_a_remembered_sort_gives_the_same_order_as_the_search(seeded_directory, key, descending):
    result = seeded_directory.search("", order_by=key, descending=descending)

    first = read_first_page(seeded_directory.path, limit=30, order_by=key, descending=descending)

    assert first is not None and first.ids == tuple(result.page(0, 30))


def test_nothing_is_written_to_the_file(seeded_directory):
    path = seeded_directory.path
    seeded_directory.close()
    before = path.read_bytes()
    assert read_first_page(path, limit=10) is not None
    assert path.read_bytes() == before


def test_unusual_files_are_left_to_the_usual_opening(tmp_path, seeded_directory):
    missing = tmp_path / "missing.sqlite"
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database\n" * 20)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE facilities (id TEXT, name TEXT)")
        conn.execute("INSERT INTO facilities VALUES ('x', 'Not ours')")
    conn.close()
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(seeded_directory.path.read_bytes()[:4096])

    for path in (missing, empty, text, foreign, truncated, tmp_path):
        assert read_first_page(path, limit=10) is None, path
    assert read_first_page(seeded_directory.path, limit=10, order_by="no such column") is None
    assert not missing.exists()  # never created
