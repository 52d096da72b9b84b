"""Corrections sent back (issue 15): an adviser's corrections file, the curator's review queue, and the round
trip adviser -> curator -> published pack -> adviser update, all through the command line on real files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from directory_app.cli import main
from directory_app.directory import Directory
from directory_app.updates import corrections
from tests.updates.conftest import open_laptop

NOTE = "PRIVATE-NOTE-7f3a do not share"
ITEM_NOTE = "PRIVATE-ITEM-NOTE-19c2"
RECIPIENT_NOTE = "RECIPIENT-NOTE-88b1"
SAVED = "PRIVATE-SAVED-SEARCH-5d0e"


def _adviser(tmp_path: Path, small_seed: Path, key: Path | None = None) -> Path:
    """A laptop with two edits of reference facilities (one with its source), one facility of its own, and
    private things (a note, a shortlist with status, rank and notes, a saved search) that must never travel."""
    with open_laptop(tmp_path, small_seed, "adviser", key=key) as d:
        d.save_facility(replace(d.facility("fac-0003"), phone="+32 9 123 45 67"))
        d.save_facility(
            replace(
                d.facility("fac-0004"),
                website="https://fixed.example",
                source_url="https://source.example/fac-4",
                source_quote="As the operator's own page says",
            )
        )
        own = replace(
            d.facility("fac-0005"),
            id=d.new_facility_id("Brand New Lab"),
            name="Brand New Lab",
            website="https://brand-new-lab.example",
            source_url="https://news.example/brand-new-lab",
        )
        d.save_facility(own)
        d.set_note("fac-0003", NOTE)
        _, visit = d.create_shortlist("Visit", "Trip")
        d.add_to_shortlist(visit.id, ["fac-0003", "fac-0004"])
        d.set_shortlist_item(
            visit.id, "fac-0003", status="contacted", rank=1, note=ITEM_NOTE, recipient_note=RECIPIENT_NOTE
        )
        d.save_search(SAVED, "kind:incubator")
        return d.path


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), "corrections", *args])


def test_the_corrections_file_holds_the_edits_and_added_facilities_and_nothing_private(tmp_path, small_seed, capsys):
    laptop = _adviser(tmp_path, small_seed)
    out = tmp_path / "anna.corrections.json"
    assert _run(laptop, "-o", str(out), "--from", "Anna") == 0
    assert "edits: 4 (of 2 facilities), facilities you added: 1" in capsys.readouterr().err
    raw = out.read_bytes()
    for private in (NOTE, ITEM_NOTE, RECIPIENT_NOTE, SAVED, "contacted", "Visit"):
        assert private.encode() not in raw
    body = json.loads(raw)
    assert body["format"] == "directory-app-corrections" and body["version"] == 1 and body["from"] == "Anna"
    edits = {(e["id"], e["field"]): e for e in body["edits"]}
    with Directory.open(laptop) as d:
        seed = {f.id: f for f in d.facilities(["fac-0003", "fac-0004"])}
    assert set(edits) == {
        ("fac-0003", "phone"),
        ("fac-0004", "website"),
        ("fac-0004", "source_url"),
        ("fac-0004", "source_quote"),
    }
    assert edits[("fac-0003", "phone")]["new"] == "+32 9 123 45 67"
    assert edits[("fac-0003", "phone")]["old"] != "+32 9 123 45 67" and edits[("fac-0003", "phone")]["when"]
    assert edits[("fac-0003", "phone")]["source"] == {}  # the adviser did not change its source
    assert edits[("fac-0004", "website")]["source"]["source_url"] == "https://source.example/fac-4"
    assert edits[("fac-0004", "website")]["source"]["source_quote"] == seed["fac-0004"].source_quote
    [added] = body["added"]
    assert added["record"]["name"] == "Brand New Lab" and added["record"]["source_url"].endswith("brand-new-lab")
    # read back with its own reader
    read = corrections.read(out)
    assert read.sender == "Anna" and len(read.edits) == 4 and read.added[0].record["id"] == "user-brand-new-lab"


def test_round_trip_adviser_curator_queue_accept_publish_adviser_update(
    curator, key, tmp_path, small_seed, pack_server, capsys
):
    laptop = _adviser(tmp_path, small_seed, key=key)
    sent = tmp_path / "corrections.json"
    assert _run(laptop, "-o", str(sent)) == 0
    curator_path = curator.path
    before = curator.facilities()
    curator.close()
    assert _run(curator_path, "import", str(sent)) == 0
    assert "5 changes from" in capsys.readouterr().err
    with Directory.open(curator_path) as c:
        assert c.facilities() == before  # nothing applied without review
        pending = c.corrections.queue()
        assert len(pending) == 5 and {p.state for p in pending} == {"pending"}
    assert _run(curator_path, "list") == 0
    listed = capsys.readouterr().out
    assert "fac-0003" in listed and "+32 9 123 45 67" in listed and "new facility" in listed
    assert _run(curator_path, "accept", "--all") == 0
    with Directory.open(curator_path) as c:
        assert c.facility("fac-0003").phone == "+32 9 123 45 67"
        assert c.facility("fac-0004").source_url == "https://source.example/fac-4"
        assert c.facility("user-brand-new-lab").name == "Brand New Lab"
        assert c.corrections.queue() == []
        assert any(e.batch.startswith("correction:") for e in c.change_log(limit=50))
        c.updates.publish(pack_server.root, key, notes="Corrections from the field")
    assert main(["--db", str(laptop), "update", "--source", pack_server.base]) == 0
    with Directory.open(laptop) as d:
        assert d.facility("fac-0003").phone == "+32 9 123 45 67"
        assert d.local_overrides() == []  # the reference data now says what the adviser said
        assert d.note("fac-0003") == NOTE


def test_reject_leaves_the_directory_unchanged(curator, tmp_path, small_seed, capsys):
    laptop = _adviser(tmp_path, small_seed)
    sent = tmp_path / "corrections.json"
    assert _run(laptop, "-o", str(sent)) == 0
    path = curator.path
    curator.close()
    assert _run(path, "import", str(sent)) == 0
    with Directory.open(path) as c:
        before = (c.facilities(), c.change_log(limit=1000), c.local_overrides())
        ids = [p.id for p in c.corrections.queue()]
    for change_id in ids:
        assert _run(path, "reject", str(change_id)) == 0
    with Directory.open(path) as c:
        assert (c.facilities(), c.change_log(limit=1000), c.local_overrides()) == before
        assert {q.state for q in c.corrections.queue(None)} == {"rejected"}
    assert _run(path, "accept", str(ids[0])) == 1  # decided already: nothing happens
    assert "rejected already" in capsys.readouterr().err
    # the same file again queues nothing new
    assert _run(path, "import", str(sent)) == 0
    assert "0 changes" in capsys.readouterr().err


def _tamper(raw: bytes) -> bytes:
    return raw.replace(b"+32 9 123 45 67", b"+32 9 666 66 66")


def _newer(raw: bytes) -> bytes:
    body = json.loads(raw)
    body["version"] = 2
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_tamper, "changed after it was written"),
        (_newer, "newer version"),
        (lambda raw: raw[: len(raw) // 2], "not valid JSON"),
        (lambda raw: b"[" * 100_000, "nested"),
        (lambda raw: b'{"format": "directory-app-shortlist", "version": 1}', "not a Directory App corrections file"),
    ],
)
def test_a_tampered_cut_newer_or_foreign_file_is_refused_and_nothing_is_queued(
    curator, tmp_path, small_seed, capsys, change, reason
):
    laptop = _adviser(tmp_path, small_seed)
    sent = tmp_path / "corrections.json"
    assert _run(laptop, "-o", str(sent)) == 0
    sent.write_bytes(change(sent.read_bytes()))
    path = curator.path
    curator.close()
    capsys.readouterr()
    assert _run(path, "import", str(sent)) == 2
    err = capsys.readouterr().err
    assert reason.lower() in err.lower() and "Traceback" not in err and len(err.strip().splitlines()) == 1
    with Directory.open(path) as c:
        assert c.corrections.queue(None) == []


def test_an_added_facility_like_an_existing_one_is_marked_as_its_likely_duplicate(
    curator, tmp_path, small_seed, capsys
):
    existing = curator.facility("fac-0008")
    with open_laptop(tmp_path, small_seed, "ben") as d:
        twin = replace(existing, id=d.new_facility_id(existing.name), name=existing.name + " ", phone="+32 2 000 00 99")
        d.save_facility(twin)
        laptop = d.path
    sent = tmp_path / "ben.json"
    assert _run(laptop, "-o", str(sent)) == 0
    path = curator.path
    curator.close()
    assert _run(path, "import", str(sent)) == 0
    assert "likely duplicate" in capsys.readouterr().err
    with Directory.open(path) as c:
        [new] = c.corrections.queue()
        assert (new.kind, new.duplicate_of) == ("new", "fac-0008")
        count = c.count()
    assert _run(path, "accept", "--all") == 1  # a likely duplicate needs the curator's choice
    assert "looks like fac-0008" in capsys.readouterr().err
    assert _run(path, "accept", str(new.id), "--merge") == 0
    with Directory.open(path) as c:
        assert c.count() == count  # merged, not added
        assert c.facility("fac-0008").phone == "+32 2 000 00 99"
        assert c.corrections.queue(None)[0].state == "merged"


def test_corrections_output_onto_the_database_is_refused(tmp_path, small_seed, capsys):
    laptop = _adviser(tmp_path, small_seed)
    digest = laptop.read_bytes()
    assert _run(laptop, "-o", str(laptop)) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert laptop.read_bytes() == digest


def test_text_from_a_received_file_never_drives_the_terminal(curator, tmp_path, small_seed, capsys):
    laptop = _adviser(tmp_path, small_seed)
    sent = tmp_path / "corrections.json"
    assert _run(laptop, "-o", str(sent), "--from", "Eve\x1b[2J\x1b]0;owned\x07") == 0
    path = curator.path
    curator.close()
    assert _run(path, "import", str(sent)) == 0
    assert _run(path, "list") == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err and "\x07" not in captured.out + captured.err
    assert "Eve\\x1b[2J" in captured.out
