"""Private notes and internal status never leave the machine unless the user asks (issue 13).

A shortlist item has a private note and a status (the adviser's own), and a note for the
recipient. Every export format, read back with its own reader, carries the recipient's note and
none of the private fields by default; ``--include-private`` puts them in.
"""

from __future__ import annotations

import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pypdf
import pytest

from directory_app.cli import main
from directory_app.directory import Directory

A = "biopartner-center-leiden"
B = "necstgen-mirai-house-leiden-bio-science-park"
PRIVATE = "Internal: CEO slow to reply; pricing too high"
RECIPIENT = "Ask for Dr Peeters at the front desk"
FORMATS = ("pdf", "html", "xlsx", "csv", "geojson")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("privacy") / "directory.sqlite")
    assert main(["--db", path, "shortlist", "create", "Visit", "--purpose", "Boston delegation"]) == 0
    assert main(["--db", path, "shortlist", "add", "Visit", B, A]) == 0
    with Directory.open(path) as directory:
        visit = directory.shortlist("Visit")
        directory.set_shortlist_item(visit.id, A, status="contacted", rank=2, note=PRIVATE, recipient_note=RECIPIENT)
    return path


class _Text(HTMLParser):
    """Every piece of text of an HTML page, scripts included (the embedded JSON)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _json_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return []


def _embedded_json_strings(text: str) -> list[str]:
    """The strings of every JSON object embedded in the page's scripts."""
    decoder = json.JSONDecoder()
    found: list[str] = []
    index = text.find("{")
    while index != -1:
        try:
            value, end = decoder.raw_decode(text, index)
        except ValueError:
            index = text.find("{", index + 1)
            continue
        found += _json_strings(value)
        index = text.find("{", end)
    return found


def read_back(fmt: str, path: Path) -> str:
    """Everything a recipient can read in the file, as one text."""
    if fmt == "pdf":
        reader = pypdf.PdfReader(path)
        return "\n".join(page.extract_text() for page in reader.pages)
    if fmt == "html":
        raw = path.read_text(encoding="utf-8")
        parser = _Text()
        parser.feed(raw)
        text = "\n".join(parser.parts)
        return text + "\n" + "\n".join(_embedded_json_strings(text)) + "\n" + raw
    if fmt == "xlsx":
        book = openpyxl.load_workbook(path)
        cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
        return "\n".join(cells)
    if fmt == "csv":
        rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
        return "\n".join("\t".join(r) for r in rows)
    body = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join(_json_strings(body))


def export(db: str, fmt: str, out: Path, *extra: str) -> str:
    assert main(["--db", db, "export", "--format", fmt, "--shortlist", "Visit", "-o", str(out), *extra]) == 0
    return read_back(fmt, out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_carry_the_recipient_note_and_never_the_private_note_or_status(db, tmp_path, fmt):
    text = export(db, fmt, tmp_path / f"visit.{fmt}")
    assert RECIPIENT in text
    assert "CEO slow to reply" not in text
    assert "pricing too high" not in text
    assert "contacted" not in text.lower()  # the internal status, in any wording
    assert "Shortlist status" not in text and "Private note" not in text
    assert "Rank" not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_include_private_puts_the_private_note_and_status_in(db, tmp_path, fmt):
    text = export(db, fmt, tmp_path / f"internal.{fmt}", "--include-private")
    assert RECIPIENT in text
    assert PRIVATE in text
    assert "contacted" in text.lower()
    if fmt == "html":  # the words a reader understands, in the list and the popup alike, not the code
        assert "Status: Contacted" in text and "contacted ·" not in text


def test_private_columns_asked_for_by_name_stay_out_without_the_option(db, tmp_path):
    out = tmp_path / "asked.csv"
    text = export(db, "csv", out, "--columns", "id,name,note,shortlist_status,rank,recipient_note")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert list(rows[0]) == ["ID", "Name", "Note"]
    assert [r["Note"] for r in rows] == ["", RECIPIENT]
    assert "CEO" not in text and "contacted" not in text.lower()


def test_shortlist_rows_is_the_one_place_that_drops_private_fields(db):
    with Directory.open(db, read_only=True) as directory:
        visit = directory.shortlist("Visit")
        rows, extras = directory.shortlist_rows(visit.id)
        assert [f.id for f in rows] == [B, A]
        assert extras[A] == {"recipient_note": RECIPIENT}
        _, internal = directory.shortlist_rows(visit.id, include_private=True)
        assert internal[A] == {"recipient_note": RECIPIENT, "note": PRIVATE, "shortlist_status": "contacted", "rank": 2}


def test_recipient_note_is_stored_restored_and_shared(tmp_path, directory):
    _, visit = directory.create_shortlist("Visit")
    directory.add_to_shortlist(visit.id, ["fac-0001", "fac-0002"])
    directory.set_shortlist_item(visit.id, "fac-0001", note=PRIVATE, recipient_note=RECIPIENT)
    item = directory.shortlist_items(visit.id)[0]
    assert (item.note, item.recipient_note) == (PRIVATE, RECIPIENT)
    directory.set_shortlist_item(visit.id, "fac-0001", note="changed")  # leaves the other note alone
    assert directory.shortlist_items(visit.id)[0].recipient_note == RECIPIENT
    _, removed = directory.remove_from_shortlist(visit.id, ["fac-0001"])
    directory.restore_shortlist_items(visit.id, removed)
    assert directory.shortlist_items(visit.id)[0].recipient_note == RECIPIENT
    share = tmp_path / "visit.shortlist.json"
    directory.export_shortlist_file(visit.id, share)
    body = json.loads(share.read_text(encoding="utf-8"))
    assert body["items"][0]["recipient_note"] == RECIPIENT
    from directory_app.importers.shortlist_share import read_share_file

    assert read_share_file(share).items[0].recipient_note == RECIPIENT


def test_remembered_choice_is_per_shortlist_and_can_be_forgotten(directory):
    _, one = directory.create_shortlist("One")
    _, two = directory.create_shortlist("Two")
    assert directory.shortlist_export_private(one.id) is None  # nothing remembered: off
    directory.remember_shortlist_export_private(one.id, True)
    assert directory.shortlist_export_private(one.id) is True
    assert directory.shortlist_export_private(two.id) is None
    directory.remember_shortlist_export_private(one.id, None)
    assert directory.shortlist_export_private(one.id) is None


def test_share_file_leaves_private_fields_out_unless_asked(tmp_path, directory, small_seed):
    _, visit = directory.create_shortlist("Visit")
    directory.add_to_shortlist(visit.id, ["fac-0001"])
    directory.set_shortlist_item(
        visit.id, "fac-0001", status="excluded", rank=3, note=PRIVATE, recipient_note=RECIPIENT
    )
    share = tmp_path / "visit.shortlist.json"
    directory.export_shortlist_file(visit.id, share)
    text = share.read_text(encoding="utf-8")
    assert PRIVATE not in text and "excluded" not in text
    item = json.loads(text)["items"][0]
    assert item["recipient_note"] == RECIPIENT and not {"status", "rank", "note"} & set(item)
    # the colleague's own values are not reset by what the file leaves out
    with Directory.open(tmp_path / "colleague.sqlite", seed_file=small_seed) as colleague:
        _, theirs = colleague.create_shortlist("Visit")
        colleague.add_to_shortlist(theirs.id, ["fac-0001"])
        colleague.set_shortlist_item(theirs.id, "fac-0001", status="visited", note="mine")
        _, _, added, conflicts = colleague.import_shortlist_file(share)
        kept = colleague.shortlist_items(theirs.id)[0]
        assert (added, kept.status, kept.note) == (0, "visited", "mine")
        assert [c.field for c in conflicts] == ["recipient_note"]
    directory.export_shortlist_file(visit.id, share, include_private=True)
    item = json.loads(share.read_text(encoding="utf-8"))["items"][0]
    assert (item["status"], item["rank"], item["note"]) == ("excluded", 3, PRIVATE)


def test_share_file_gets_the_permissions_of_any_new_file(tmp_path, directory):
    """Found in review: the share file was written 0600 (a colleague on a shared folder could not read it)."""
    import os

    _, visit = directory.create_shortlist("Visit")
    share = tmp_path / "visit.shortlist.json"
    old = os.umask(0o022)
    try:
        directory.export_shortlist_file(visit.id, share)
    finally:
        os.umask(old)
    assert share.stat().st_mode & 0o777 == 0o644
